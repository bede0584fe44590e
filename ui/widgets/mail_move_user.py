"""One user on the Move mail page: the new provider's IMAP login, "Test login", and the move's
progress (sent, already there, failed). The password goes to the OS keyring, never elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.mail_move.accounts import DEFAULT_PORTS, MoveAccount, SavedMailbox, Security


class MoveUserBox(QGroupBox):
    """A saved mailbox and where it goes. ``test_requested`` asks the page to test the login."""

    test_requested = Signal(object)   # this box
    changed = Signal()

    def __init__(self, mailbox: SavedMailbox, *, allow_plain: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mailbox = mailbox
        self.email = mailbox.email
        self.allow_plain = allow_plain
        self.password_saved = False      # the keyring holds one for this account
        self.progress = None             # the latest UserProgress
        self._message = ""               # the last login check's message
        self.user = QLineEdit()
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.security = QComboBox()
        for security in (Security.TLS, Security.STARTTLS) + ((Security.PLAIN,) if allow_plain else ()):
            self.security.addItem("", security.value)   # Qt keeps the plain string
        self.security.currentIndexChanged.connect(self._security_changed)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton()
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.bar = QProgressBar()
        self.bar.hide()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.hide()
        self.labels = [QLabel() for _ in range(5)]
        grid = QGridLayout(self)
        fields = (self.user, self.host, self.port, self.security, self.password)
        places = ((0, 0), (0, 2), (0, 4), (1, 0), (1, 2))
        for label, field, (row, column) in zip(self.labels, fields, places, strict=True):
            label.setBuddy(field)
            grid.addWidget(label, row, column)
            grid.addWidget(field, row, column + 1)
        grid.addWidget(self.test_button, 1, 4, 1, 2)
        grid.addWidget(self.bar, 2, 0, 1, 6)
        grid.addWidget(self.counts, 3, 0, 1, 6)
        grid.addWidget(self.message, 4, 0, 1, 6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        for field in (self.user, self.host, self.password):
            field.textChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("{0}: {1} messages in {2} folders").format(
            self.email, self.mailbox.message_count, self.mailbox.folder_count))
        for label, text in zip(self.labels, (self.tr("IMAP user:"), self.tr("Server:"),
                                             self.tr("Port:"), self.tr("Security:"),
                                             self.tr("Password:")), strict=True):
            label.setText(text)
        names = {Security.TLS: self.tr("TLS (port 993)"),
                 Security.STARTTLS: self.tr("STARTTLS (port 143)"),
                 Security.PLAIN: self.tr("None (a test server on this computer only)")}
        for index in range(self.security.count()):
            self.security.setItemText(index, names[Security(self.security.itemData(index))])
        self.user.setPlaceholderText(self.tr("often the e-mail address"))
        self.host.setPlaceholderText(self.tr("for example imap.example.com"))
        self.password.setPlaceholderText(self.tr("Saved in your password store") if
                                         self.password_saved else
                                         self.tr("password or app password"))
        self.test_button.setText(self.tr("Test login"))
        for field, name in ((self.user, self.tr("IMAP user for {0}")),
                            (self.host, self.tr("IMAP server for {0}")),
                            (self.port, self.tr("Port for {0}")),
                            (self.security, self.tr("Security for {0}")),
                            (self.password, self.tr("Password for {0}")),
                            (self.test_button, self.tr("Test login for {0}")),
                            (self.bar, self.tr("Mail moved for {0}"))):
            field.setAccessibleName(name.format(self.email))
        self._show_progress()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the account ----------------------------------------------------------------------------

    def account(self) -> MoveAccount | None:
        """The login as typed; None while the user or server is empty."""
        user, host = self.user.text().strip(), self.host.text().strip()
        if not user or not host:
            return None
        return MoveAccount(self.email, user, host, self.port.value(), self.chosen_security())

    def chosen_security(self) -> Security:
        return Security(self.security.currentData())

    def choose_security(self, security: Security) -> None:
        index = self.security.findData(security.value)
        if index >= 0:
            self.security.setCurrentIndex(index)

    def fill(self, account: MoveAccount, password: str | None = None) -> None:
        """From a CSV row: the login, and its password when the row has one."""
        self.user.setText(account.imap_user)
        self.host.setText(account.imap_host)
        self.choose_security(account.security)
        self.port.setValue(account.imap_port)
        if password:
            self.password.setText(password)

    def typed_password(self) -> str:
        return self.password.text()

    def password_stored(self) -> None:
        """What was typed went to the password store: empty the field, say it is kept."""
        self.password.clear()
        self.set_password_saved(True)

    def set_password_saved(self, saved: bool) -> None:
        self.password_saved = saved
        self.retranslate()

    def _security_changed(self) -> None:
        """A port still at the other security's usual number follows the choice."""
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.chosen_security()])

    def set_editable(self, editable: bool) -> None:
        for field in (self.user, self.host, self.port, self.security, self.password,
                      self.test_button):
            field.setEnabled(editable)

    # -- what happened ----------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """The last login check's words (translated by the engine when it was made)."""
        self._message = text
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_progress(self, progress: object) -> None:
        self.progress = progress
        self._show_progress()

    def _show_progress(self) -> None:
        progress = self.progress
        if progress is None:
            self.bar.hide()
            self.counts.hide()
            return
        total = max(progress.total, 1)
        self.bar.setRange(0, total)
        self.bar.setValue(min(progress.sent + progress.already_there + progress.failed, total))
        self.bar.show()
        states = {"waiting": self.tr("Waiting"), "moving": self.tr("Moving"),
                  "done": self.tr("Done"), "failed": self.tr("Failed"),
                  "stopped": self.tr("Stopped")}
        self.counts.setText(self.tr("{0}: {1} sent, {2} already there, {3} failed, of {4}.").format(
            states.get(progress.state, progress.state), progress.sent, progress.already_there,
            progress.failed, progress.total))
        # Done with the engine's summary: that sentence says the counts already.
        self.counts.setVisible(not (progress.state == "done" and progress.message))
        if progress.message:   # the engine's own words, translated when it said them
            self.say(progress.message)
