"""Feedback: why the organization is leaving, kept in the record and ready for the admin center.

Optional: Next is always allowed. Nothing on this page is sent anywhere; the answer goes
into the cancellation record (``state.feedback``), and Copy puts it on the clipboard
for the admin center's own feedback box.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.record.feedback import Feedback, LeavingReason
from app.state import CancellationState, now
from ui.pages.page import Page


class FeedbackPage(Page):
    def __init__(self, state: CancellationState) -> None:
        super().__init__()
        self.state = state
        self.copied = False
        self.reasons_box = QGroupBox()
        self.boxes: dict[LeavingReason, QCheckBox] = {}
        reasons_layout = QVBoxLayout(self.reasons_box)
        for reason in LeavingReason:
            box = QCheckBox()
            box.toggled.connect(self._changed)
            self.boxes[reason] = box
            reasons_layout.addWidget(box)
            if reason is LeavingReason.OTHER_PROVIDER:
                self.provider_label = QLabel()
                self.provider = QLineEdit()
                self.provider_label.setBuddy(self.provider)
                self.provider.textChanged.connect(self._changed)
                row = QHBoxLayout()
                row.setContentsMargins(24, 0, 0, 0)   # under its check box, like a sub-item
                row.addWidget(self.provider_label)
                row.addWidget(self.provider, 1)
                reasons_layout.addLayout(row)
        self.comment_label = QLabel()
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment)
        self.comment.textChanged.connect(self._changed)
        self.private = QLabel()
        self.private.setWordWrap(True)
        self.private.setObjectName("feedbackPrivate")
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.copy_note = QLabel()
        self.copy_note.setWordWrap(True)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copy_note, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.private)
        layout.addSpacing(8)
        layout.addWidget(self.reasons_box)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment, 1)
        layout.addLayout(copy_row)
        self._update_enabled()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Why are you leaving? (optional)"))
        self.setSubTitle(self.tr("Your answer goes into the cancellation record, and you can "
                                 "paste it into Microsoft's own feedback box when you cancel."))
        self.private.setText(self.tr(
            "<b>Nothing on this page is sent anywhere.</b> Cancel365 keeps your answer only in "
            "the cancellation record you save at the end. Skip the page if you like."))
        self.reasons_box.setTitle(self.tr("Why the organization is leaving"))
        labels = {
            LeavingReason.COST: self.tr("It &costs too much"),
            LeavingReason.OTHER_PROVIDER: self.tr("We are &moving to another provider"),
            LeavingReason.CLOSING_OR_MERGING: self.tr("The business is c&losing or merging"),
            LeavingReason.MISSING_FEATURES: self.tr("&Features we need are missing"),
            LeavingReason.TOO_COMPLEX: self.tr("It is too comple&x for us"),
            LeavingReason.OTHER: self.tr("&Another reason"),
        }
        for reason, box in self.boxes.items():
            box.setText(labels[reason])
        self.provider_label.setText(self.tr("&Provider's name:"))
        self.provider.setAccessibleName(self.tr("The new provider's name"))
        self.provider.setPlaceholderText(self.tr("for example Google Workspace"))
        self.comment_label.setText(self.tr("Commen&t:"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setPlaceholderText(self.tr("Anything else you want to remember or tell "
                                                "Microsoft"))
        self.copy_button.setText(self.tr("Cop&y for the admin center"))
        self.copy_button.setToolTip(self.tr("Puts your answer on the clipboard, to paste into "
                                            "the admin center's feedback box when you cancel"))
        self._update_note()

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant this page changes nothing either: the answer stays on your "
            "computer, in the record. When you cancel, the admin center asks why you are leaving; "
            "paste the copied text there if you want Microsoft to know.")

    def initializePage(self) -> None:
        saved = self.state.feedback
        if saved is not None:
            for reason, box in self.boxes.items():
                box.setChecked(reason in saved.reasons)
            self.provider.setText(saved.provider)
            self.comment.setPlainText(saved.comment)

    def feedback(self) -> Feedback:
        """What the page says now (not yet in the state)."""
        return Feedback(tuple(r for r, box in self.boxes.items() if box.isChecked()),
                        self.provider.text(), self.comment.toPlainText(), now())

    def validatePage(self) -> bool:
        self.state.feedback = self.feedback()
        return True

    def copy(self) -> None:
        text = self.feedback().copy_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.copied = True
        self._update_note()

    def _changed(self) -> None:
        self.copied = False
        self._update_enabled()
        self._update_note()

    def _update_enabled(self) -> None:
        moving = self.boxes[LeavingReason.OTHER_PROVIDER].isChecked()
        self.provider.setEnabled(moving)
        self.provider_label.setEnabled(moving)
        self.copy_button.setEnabled(not self.feedback().empty)

    def _update_note(self) -> None:
        if self.copied:
            self.copy_note.setText(self.tr("Copied. Paste it into the admin center's feedback "
                                           "box when you cancel."))
        else:
            self.copy_note.setText("")
