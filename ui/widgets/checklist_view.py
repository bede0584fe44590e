"""The final checklist: one framed row per fact, its state in words (not colour alone),
and what the admin can do about a red row: fix it on its page, or acknowledge it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.confirm.checklist import Checklist, ChecklistRow, RowKey, RowState

_COLOURS = {RowState.GREEN: "#1b7d2a", RowState.RED: "#b00020", RowState.ACKNOWLEDGED: "#8a5a00"}


class ChecklistView(QWidget):
    """Shows a :class:`Checklist`; asks the page to fix, acknowledge or tick."""

    fix_requested = Signal(int)          # the PageId that fixes the row
    acknowledge_requested = Signal(str)  # the row's ident
    users_told_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, _RowWidget] = {}
        self._fixable: set[int] = set()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def focusables(self) -> list[QWidget]:
        return [w for row in self.rows.values() for w in row.focusables()]

    def set_fixable_pages(self, pages: set[int]) -> None:
        """Only pages the wizard can go back to get a Fix button."""
        self._fixable = set(pages)

    def show_checklist(self, checklist: Checklist, users_told: bool) -> None:
        focused = next((ident for ident, w in self.rows.items() if w.has_focus()), None)
        for widget in self.rows.values():
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.rows.clear()
        for row in checklist.rows:
            widget = _RowWidget(row, users_told, row.fix_page in self._fixable, self)
            widget.fix.clicked.connect(lambda _=False, p=row.fix_page: self.fix_requested.emit(p))
            widget.ack.clicked.connect(
                lambda _=False, i=row.ident: self.acknowledge_requested.emit(i))
            if widget.tick is not None:
                widget.tick.toggled.connect(self.users_told_changed)
            self._layout.addWidget(widget)
            widget.show()
            self.rows[row.ident] = widget
        if focused in self.rows:
            self.rows[focused].focus()


class _RowWidget(QFrame):
    def __init__(self, row: ChecklistRow, users_told: bool, fixable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"checklistRow-{row.ident}")
        self.badge = QLabel(self._badge_text(row.state))
        self.badge.setStyleSheet(f"color: {_COLOURS[row.state]}; font-weight: bold;")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        bold = self.badge.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)     # every row's badge as wide as the widest: titles align
        self.badge.setMinimumWidth(max(metrics.horizontalAdvance(self._badge_text(s))
                                       for s in RowState) + metrics.averageCharWidth())
        self.title = QLabel(row.label)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        detail = row.detail
        if row.state is RowState.ACKNOWLEDGED:
            detail += "\n" + self.tr("Acknowledged: {0}").format(row.acknowledgement_reason)
        self.detail = QLabel(detail)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix = QPushButton(self.tr("Fix it…"))
        self.fix.setAccessibleName(self.tr("Fix: {0}").format(row.label))
        self.fix.setVisible(row.state is not RowState.GREEN and fixable and row.fix_page is not None)
        self.ack = QPushButton(self.tr("Acknowledge…") if row.state is RowState.RED
                               else self.tr("Change reason…"))
        self.ack.setAccessibleName(self.tr("Acknowledge: {0}").format(row.label))
        self.ack.setVisible(row.state is not RowState.GREEN)
        self.tick: QCheckBox | None = None
        buttons = QHBoxLayout()
        if row.key is RowKey.USERS_TOLD:
            self.tick = QCheckBox(self.tr("I have told the &users"))
            self.tick.setChecked(users_told)
            buttons.addWidget(self.tick)
        buttons.addStretch(1)
        buttons.addWidget(self.fix)
        buttons.addWidget(self.ack)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.addWidget(self.badge, 0, 0, 2, 1)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.detail, 1, 1)
        grid.addLayout(buttons, 2, 1)
        grid.setColumnStretch(1, 1)
        self.setAccessibleName(f"{self._badge_text(row.state)}: {row.label}. {detail}")

    def _badge_text(self, state: RowState) -> str:
        return {RowState.GREEN: self.tr("✔ Done"), RowState.RED: self.tr("✖ Not done"),
                RowState.ACKNOWLEDGED: self.tr("! Acknowledged")}[state]

    def focusables(self) -> list[QWidget]:
        """The row's controls in reading order (the page chains them into its tab order)."""
        return [w for w in (self.tick, self.fix, self.ack) if w is not None]

    def has_focus(self) -> bool:
        return any(w is not None and w.hasFocus() for w in (self.fix, self.ack, self.tick))

    def focus(self) -> None:
        for widget in (self.tick, self.fix, self.ack):
            if widget is not None and widget.isVisible():
                widget.setFocus()
                return


class AcknowledgeDialog(QDialog):
    """Asks why a red row is fine; OK only with a written reason."""

    def __init__(self, row: ChecklistRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go on without this?"))
        intro = QLabel(self.tr("<b>{0}</b> is not done: {1}<br><br>Write why it is fine to "
                               "cancel anyway. The reason goes into the cancellation "
                               "record.").format(_escape(row.label), _escape(row.detail)))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.reason = QPlainTextEdit(row.acknowledgement_reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: the new provider already hosts "
                                               "our mail; we keep no files in OneDrive."))
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Acknowledge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.buttons)
        self._changed()
        self.reason.setFocus()

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def _changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
