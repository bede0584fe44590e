"""The Move mail page's fixed parts: the choice (move, or skip and what that gives up) and the
action bar under the users (fill from a CSV, dry run, move, stop, the report)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class MoveChoice(QWidget):
    """Move the saved mail, or skip: the sentence under Skip says what the admin gives up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.move = QRadioButton()
        self.skip = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.addButton(self.move)
        self.group.addButton(self.skip)
        self.skip_text = QLabel()
        self.skip_text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.move)
        layout.addWidget(self.skip)
        indent = QHBoxLayout()
        indent.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        indent.addWidget(self.skip_text, 1)
        layout.addLayout(indent)
        self.retranslate()

    def retranslate(self) -> None:
        self.move.setText(self.tr("&Move the saved mail into the new mailboxes"))
        self.skip.setText(self.tr("S&kip: users move their own mail, or there is no new "
                                  "provider yet"))
        self.skip_text.setText(self.tr(
            "If you skip, Cancel365 copies nothing: the old mail stays in the backup folder "
            "and in Microsoft 365 until Microsoft deletes it, and each user who wants it at "
            "the new provider must move it there themselves. Say so in the message to users (the "
            "Domains page writes it)."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MoveActions(QWidget):
    """The buttons under the users; the page connects them and decides which are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.csv = QPushButton()
        self.dry = QPushButton()
        self.move = QPushButton()
        self.stop = QPushButton()
        self.report = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.csv, self.dry, self.move, self.stop, self.report)

    def retranslate(self) -> None:
        self.csv.setText(self.tr("&Fill from a CSV file…"))
        self.dry.setText(self.tr("&Dry run"))
        self.move.setText(self.tr("Move m&ail"))
        self.stop.setText(self.tr("S&top"))
        self.report.setText(self.tr("Open the &report"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
