"""The three ways to give the backup access, as radio buttons with the details they need."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.backup.access import AccessKind


class AccessChooser(QGroupBox):
    """Emits :attr:`chosen` with the kind when the admin presses Continue."""

    chosen = Signal(object)   # AccessKind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_up = QRadioButton()
        self.set_up_note = self._note()
        self.existing = QRadioButton()
        self.tenant = QLineEdit()
        self.client_id = QLineEdit()
        self.client_id.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        self.form_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.form_labels, (self.tenant, self.client_id, self.secret),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.only_mine = QRadioButton()
        self.only_mine_note = self._note()
        self.group = QButtonGroup(self)
        for button in self.buttons().values():
            self.group.addButton(button)
            button.toggled.connect(self._show_details)
        self.continue_button = QPushButton()
        self.continue_button.clicked.connect(lambda: self.chosen.emit(self.kind()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.set_up)
        layout.addWidget(self.set_up_note)
        layout.addWidget(self.existing)
        layout.addWidget(self.details)
        layout.addWidget(self.only_mine)
        layout.addWidget(self.only_mine_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self.set_up.setChecked(True)
        self._show_details()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Access for the backup"))
        self.set_up.setText(self.tr("&Set up backup access for me (recommended)"))
        self.set_up_note.setText(self.tr(
            "Cancel365 creates an app registration in your tenant that may read every "
            "OneDrive and SharePoint site (Files.Read.All, Sites.Read.All, User.Read.All), "
            "with your consent as administrator and a client secret that expires in 7 days. "
            "The secret stays in this computer's password store. Cancel365 offers to remove "
            "the app registration when the backup is done.") + " " + self.tr(
            "It may also read every mailbox's mail, calendars and contacts (Mail.Read, "
            "Calendars.Read, Contacts.Read), to save them; it cannot send, change or delete "
            "anything, and these permissions go with the app registration when it is removed.")
            + " " + self.tr("It may read each mailbox's settings too (MailboxSettings.Read), "
                            "only to tell shared mailboxes from room mailboxes in the plan."))
        self.existing.setText(self.tr("Use an &existing app registration"))
        self.tenant.setPlaceholderText(self.tr("contoso.onmicrosoft.com or the tenant ID"))
        self.secret.setPlaceholderText(self.tr("the secret's value (kept in the password store)"))
        for label, text in zip(self.form_labels, (self.tr("&Tenant:"), self.tr("C&lient ID:"),
                                                  self.tr("Client s&ecret:")), strict=True):
            label.setText(text)
        self.only_mine.setText(self.tr("&Only what I can open with my own sign-in"))
        self.only_mine_note.setText(self.tr(
            "No app registration. The backup then leaves out every OneDrive and site your own "
            "account cannot open; the list below shows exactly which."))
        self.continue_button.setText(self.tr("&Continue"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _note() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setContentsMargins(24, 0, 0, 0)
        return label

    def buttons(self) -> dict[AccessKind, QRadioButton]:
        return {AccessKind.SET_UP_FOR_ME: self.set_up, AccessKind.EXISTING_APP: self.existing,
                AccessKind.ONLY_MINE: self.only_mine}

    def kind(self) -> AccessKind:
        return next(k for k, b in self.buttons().items() if b.isChecked())

    def choose(self, kind: AccessKind) -> None:
        self.buttons()[kind].setChecked(True)

    def set_busy(self, busy: bool) -> None:
        for widget in (*self.buttons().values(), self.details, self.continue_button):
            widget.setEnabled(not busy)

    def focus_details(self) -> None:
        """After a validation error: the first field of the existing app's details to fix."""
        if self.existing.isChecked():
            empty = [f for f in (self.tenant, self.client_id, self.secret) if not f.text().strip()]
            (empty[0] if empty else self.tenant).setFocus()

    def _show_details(self) -> None:
        self.details.setVisible(self.existing.isChecked())
