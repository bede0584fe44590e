"""A reminder for users to save their own files too (the source documents ask admins to)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReminderDialog(QDialog):
    """An editable message with Copy; the admin sends it the way they usually write to staff."""

    def __init__(self, organization: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organization = organization
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self.template(organization))
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts; the message itself too while the admin has not edited it."""
        self.setWindowTitle(self.tr("Reminder for your users"))
        self.hint.setText(self.tr("Edit the text as you like, then copy it into a mail or a chat "
                                  "message to everyone."))
        self.text.setAccessibleName(self.tr("Reminder text"))
        self.copy_button.setText(self.tr("&Copy"))
        if not self.text.document().isModified():
            self.text.setPlainText(self.template(self.organization))
        self.note.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def template(self, organization: str) -> str:
        return self.tr(
            "Hello everyone,\n\n"
            "{0} is leaving Microsoft 365. Before that, we back up the files in every "
            "OneDrive and SharePoint library of the company, your own OneDrive included: "
            "you need not copy those. The backup cannot take everything, so please save "
            "your own copy of:\n\n"
            "• files people outside the company shared with you (they stay in their "
            "OneDrive, not ours),\n"
            "• OneNote notebooks (export them from OneNote: File > Export),\n"
            "• Teams chat messages and mail you want to keep (the backup holds files, not "
            "chats or mail).\n\n"
            "Please finish this within the next week and tell me if something is missing.\n\n"
            "Thank you!").format(organization or self.tr("Our company"))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.note.setText(self.tr("Copied."))
