"""A reminder for users to save their own files too (the source documents ask admins to)."""

from __future__ import annotations

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
        self.setWindowTitle(self.tr("Reminder for your users"))
        hint = QLabel(self.tr("Edit the text as you like, then copy it into a mail or a chat "
                              "message to everyone."))
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self.template(organization))
        self.text.setAccessibleName(self.tr("Reminder text"))
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy"))
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

    def template(self, organization: str) -> str:
        return self.tr(
            "Hello everyone,\n\n"
            "{0} is leaving Microsoft 365. Before that, we back up every OneDrive and "
            "SharePoint library, but please also save your own copies of what matters to "
            "you:\n\n"
            "• files in your OneDrive that are not in a shared library,\n"
            "• files shared with you by people outside the company,\n"
            "• OneNote notebooks (export them from OneNote: File > Export),\n"
            "• anything in Teams chats or personal mail you want to keep.\n\n"
            "Please finish this within the next week and tell me if something is missing.\n\n"
            "Thank you!").format(organization or self.tr("Our company"))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.note.setText(self.tr("Copied."))
