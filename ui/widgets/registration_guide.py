"""Register Cancel365 in the admin's organization, step by step, in the admin's language.

For a build without a publisher's client ID (app/publisher.py) and for a source checkout,
whose admins would otherwise need docs/app-registration.md, a file a packaged build does
not contain. The steps name the Microsoft Entra admin center's own labels; each value to
enter has a Copy button; the client ID is checked as it is typed (a GUID), and the first
sign-in's answer (an AADSTS code) is explained by app/auth/errors.py on the Sign-in page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.auth.delegated import READ_SCOPES, REMOVE_DOMAIN, REMOVE_LICENCES, SET_UP_BACKUP
from app.settings import is_client_id

ENTRA_URL = "https://entra.microsoft.com"
REDIRECT_URI = "http://localhost"   # any port on localhost: Cancel365 picks a free one
APP_NAME = "Cancel365"
PERMISSIONS = (*READ_SCOPES, *REMOVE_LICENCES, *REMOVE_DOMAIN, *SET_UP_BACKUP)


class RegistrationGuide(QDialog):
    """The steps, the values to paste (with Copy), and the client ID, checked."""

    def __init__(self, client_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(720, 640)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.steps = [QLabel() for _ in range(6)]
        for step in self.steps:
            step.setWordWrap(True)
            step.setTextFormat(Qt.TextFormat.RichText)
        self.values = {"url": ENTRA_URL, "name": APP_NAME, "redirect": REDIRECT_URI,
                       "permissions": " ".join(PERMISSIONS)}
        self.copy_buttons: dict[str, QPushButton] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.value_fields: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for row, key in enumerate(self.values):
            label = QLabel()
            field = QLineEdit(self.values[key])
            field.setReadOnly(True)
            field.setCursorPosition(0)
            button = QPushButton()
            button.clicked.connect(lambda _=False, k=key: self.copy(k))
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2)
            label.setBuddy(field)
            self.value_labels[key], self.value_fields[key] = label, field
            self.copy_buttons[key] = button
        self.client_label = QLabel()
        self.client_id_field = QLineEdit(client_id)
        self.client_id_field.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.client_label.setBuddy(self.client_id_field)
        self.client_id_field.textChanged.connect(self._check)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = QPushButton()
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.intro)
        layout.addWidget(self.steps[0])
        layout.addLayout(grid)
        for step in self.steps[1:]:
            layout.addWidget(step)
        layout.addWidget(self.client_label)
        layout.addWidget(self.client_id_field)
        layout.addWidget(self.verdict)
        layout.addWidget(self.note)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self.retranslate()
        self._check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register Cancel365 in your organization"))
        self.intro.setText(self.tr(
            "Cancel365 signs in as your organization's own app registration: you decide what "
            "it may do, and you can delete it when you are done. A Global Administrator "
            "creates it once, in about five minutes. No secret is needed."))
        steps = [
            self.tr("<b>1.</b> Open the Microsoft Entra admin center and sign in as a Global "
                    "Administrator. Go to <b>Identity › Applications › App registrations</b> "
                    "and select <b>New registration</b>. The values to enter:"),
            self.tr("<b>2.</b> <b>Supported account types</b>: <b>Accounts in this "
                    "organizational directory only</b> is fine. Under <b>Redirect URI</b>, "
                    "select the platform <b>Public client/native (mobile &amp; desktop)</b> "
                    "and paste the redirect URI above. Select <b>Register</b>."),
            self.tr("<b>3.</b> Open <b>Authentication</b>: under <b>Mobile and desktop "
                    "applications</b> the redirect URI http://localhost is listed. Set "
                    "<b>Allow public client flows</b> to <b>Yes</b> (for signing in with a "
                    "code) and select <b>Save</b>."),
            self.tr("<b>4.</b> Open <b>API permissions › Add a permission › Microsoft Graph "
                    "› Delegated permissions</b> and add the permissions above. Cancel365 "
                    "asks only to read when you sign in, and for a write permission only when "
                    "you start what needs it."),
            self.tr("<b>5.</b> Optional: <b>Grant admin consent for</b> your organization, so "
                    "nobody is asked again."),
            self.tr("<b>6.</b> Open <b>Overview</b>, copy the <b>Application (client) ID</b> "
                    "and paste it below."),
        ]
        for label, text in zip(self.steps, steps, strict=True):
            label.setText(text)
        names = {"url": self.tr("Admin center:"), "name": self.tr("&Name:"),
                 "redirect": self.tr("Redirect &URI:"),
                 "permissions": self.tr("&Delegated permissions:")}
        for key, label in self.value_labels.items():
            label.setText(names[key])
            self.value_fields[key].setAccessibleName(names[key].replace("&", ""))
            self.copy_buttons[key].setText(self.tr("Copy"))
            self.copy_buttons[key].setAccessibleName(
                self.tr("Copy {0}").format(names[key].replace("&", "").rstrip(":")))
        self.client_label.setText(self.tr("Application (&client) ID:"))
        self.use_button.setText(self.tr("&Save and sign in"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def client_id(self) -> str:
        value = self.client_id_field.text().strip()
        return value if is_client_id(value) else ""

    def copy(self, key: str) -> None:
        QGuiApplication.clipboard().setText(self.values[key])
        self.note.setText(self.tr("Copied: {0}").format(self.values[key]))

    def _check(self) -> None:
        """The client ID's form, as it is typed; the sign-in that follows checks the rest."""
        value = self.client_id_field.text().strip()
        ok = is_client_id(value)
        self.use_button.setEnabled(ok)
        if not value:
            self.verdict.setText(self.tr("Paste the Application (client) ID from the app's "
                                         "Overview page."))
        elif ok:
            self.verdict.setText(self.tr(
                "That is a client ID. Save and sign in: if Microsoft refuses it, the Sign-in "
                "page says why (for example AADSTS700016: the app is not in your directory; "
                "AADSTS50011: the redirect URI is missing)."))
        elif len(value) == 36 or "-" in value:
            self.verdict.setText(self.tr(
                "Not a client ID yet: it is a GUID, 32 hexadecimal digits in groups of "
                "8-4-4-4-12, like 1b2c3d4e-0000-1111-2222-333344445555. Copy it again from "
                "Overview (not the Object ID or the Directory (tenant) ID)."))
        else:
            self.verdict.setText(self.tr(
                "Not a client ID: it is a GUID like 1b2c3d4e-0000-1111-2222-333344445555."))
