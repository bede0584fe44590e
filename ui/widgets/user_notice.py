"""A dialog with the message to users: when their mail moves and what they must do."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domains.user_notice import MAILTO_SAFE_LENGTH, UserNotice, mailto_link, render
from ui.widgets.open_link import NotOpenedDialog, desktop_open, open_or_show


class UserNoticeDialog(QDialog):
    """Date and new provider fill the template; the admin may edit the text freely."""

    def __init__(self, domain: str, recipients: list[str], admin_name: str = "",
                 parent: QWidget | None = None, *, admin_moves_mail: bool = False) -> None:
        super().__init__(parent)
        self.domain = domain
        self.recipients = recipients
        self.admin_name = admin_name
        self.edited = False
        self.open_url = desktop_open        # the desktop's opener (a test gives its own)
        self.not_opened: NotOpenedDialog | None = None
        self.move_date = QDateEdit(QDate.currentDate().addDays(14))
        self.move_date.setCalendarPopup(True)
        self.move_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.provider = QLineEdit()
        self.old_mail = QComboBox()     # who moves the old mail: the admin (Move mail page) or each user
        self.old_mail.addItem("", True)
        self.old_mail.addItem("", False)
        self.old_mail.setCurrentIndex(0 if admin_moves_mail else 1)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.hint = hint = QLabel()
        hint.setWordWrap(True)
        form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.form_labels, (self.move_date, self.provider, self.old_mail,
                                                   self.subject), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.mail_button = QPushButton()
        self.reset_button = QPushButton()
        for button in (self.copy_button, self.mail_button, self.reset_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.open_mail)
        self.reset_button.clicked.connect(self.reset)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(hint)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()
        self.reset()
        self.move_date.dateChanged.connect(self._inputs_changed)
        self.provider.textChanged.connect(self._inputs_changed)
        self.old_mail.currentIndexChanged.connect(self._inputs_changed)
        self.body.textChanged.connect(self._text_edited)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Message to your users"))
        self.provider.setPlaceholderText(self.tr("for example Fastmail or Google Workspace"))
        self.body.setAccessibleName(self.tr("Message text"))
        self.hint.setText(self.tr("Edit the text as you like. Recipients (Bcc): {0}, the users "
                                  "whose addresses are on {1}.").format(len(self.recipients),
                                                                         self.domain))
        for label, text in zip(self.form_labels, (self.tr("&Mail moves on:"),
                                                  self.tr("&New mail provider:"),
                                                  self.tr("Ol&d mail:"),
                                                  self.tr("&Subject:")), strict=True):
            label.setText(text)
        self.old_mail.setItemText(0, self.tr("I move it for them with Cancel365"))
        self.old_mail.setItemText(1, self.tr("They move it themselves"))
        self.copy_button.setText(self.tr("&Copy"))
        self.mail_button.setText(self.tr("&Open in mail program"))
        self.reset_button.setText(self.tr("&Reset text"))
        self.note.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.move_date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
            if not self.edited:
                self.reset()   # the template, in the new language
        super().changeEvent(event)

    def notice(self) -> UserNotice:
        chosen = self.move_date.date()
        return UserNotice(self.domain, date(chosen.year(), chosen.month(), chosen.day()),
                          self.provider.text().strip(), self.admin_name, tuple(self.recipients),
                          bool(self.old_mail.currentData()))

    def reset(self) -> None:
        """Fill subject and text from the template again (drops the admin's edits)."""
        date_text = QLocale().toString(self.move_date.date(), QLocale.FormatType.LongFormat)
        subject, body = render(self.notice(), date_text=date_text)
        self.subject.setText(subject)
        self.body.blockSignals(True)
        self.body.setPlainText(body)
        self.body.blockSignals(False)
        self.edited = False

    def mailto(self) -> str:
        return mailto_link(self.recipients, self.subject.text(), self.body.toPlainText())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(f"{self.subject.text()}\n\n{self.body.toPlainText()}")
        self.note.setText(self.tr("Copied: paste it into your mail program."))

    def open_mail(self) -> None:
        link = self.mailto()
        if len(link) > MAILTO_SAFE_LENGTH:
            self.note.setText(self.tr("The message is long: some mail programs cut it. If it "
                                      "arrives incomplete, use Copy instead."))
        self.not_opened = open_or_show(
            self, QUrl(link, QUrl.ParsingMode.StrictMode), opener=self.open_url,
            copy_text=f"{self.subject.text()}\n\n{self.body.toPlainText()}",
            shown="; ".join(self.recipients))

    def _inputs_changed(self) -> None:
        if not self.edited:
            self.reset()
        else:
            self.note.setText(self.tr("You edited the text, so it was not changed. Use Reset "
                                      "text to fill in the new date and provider."))

    def _text_edited(self) -> None:
        self.edited = True
