"""What the admin needs to finish signing in: the browser note, or the device code to type."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.auth.delegated import BrowserOpened, DeviceCode
from ui.widgets.open_link import desktop_open, open_or_show


class SignInPromptView(QWidget):
    """Hidden until a prompt arrives; shows it with Copy buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.code = ""
        self.prompt: object = None   # the one shown, to say again after a language switch
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.code_label = QLabel()
        self.code_label.setObjectName("deviceCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(
            self.code_label.textInteractionFlags().TextSelectableByMouse
            | self.code_label.textInteractionFlags().TextSelectableByKeyboard)
        self.copy_code = QPushButton()
        self.copy_code.clicked.connect(lambda: self._copy(self.code))
        self.open_page = QPushButton()
        self.open_url = desktop_open   # the desktop's opener (a test gives its own)
        self.open_page.clicked.connect(
            lambda: open_or_show(self, QUrl(self.url), opener=self.open_url))
        self.copy_link = QPushButton()
        self.copy_link.clicked.connect(lambda: self._copy(self.url))
        row = QHBoxLayout()
        row.addWidget(self.code_label)
        row.addWidget(self.copy_code)
        row.addWidget(self.open_page)
        row.addWidget(self.copy_link)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.code_label.setAccessibleName(self.tr("Sign-in code"))
        self.copy_code.setText(self.tr("&Copy code"))
        self.open_page.setText(self.tr("&Open the sign-in page"))
        self.copy_link.setText(self.tr("Copy the &link"))
        if self.prompt is not None:
            self._say(self.prompt)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, prompt: object) -> None:
        if isinstance(prompt, DeviceCode):
            until = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(prompt.expires_at)).time(),
                                       QLocale.FormatType.ShortFormat)
            self.text.setText(self.tr(
                "On this or any other device, open <a href=\"{url}\">{url}</a> and enter "
                "this code by {time}. Then sign in with your administrator account.").format(
                    url=self.url, time=until))
        elif isinstance(prompt, BrowserOpened):
            self.text.setText(self.tr(
                "Your web browser shows Microsoft's sign-in page. Finish signing in there; "
                "Cancel365 continues by itself. If no browser window appeared, copy the link "
                "into a browser."))

    def show_prompt(self, prompt: object) -> None:
        if isinstance(prompt, DeviceCode):
            self.url, self.code = prompt.verification_uri, prompt.user_code
            self.prompt = prompt
            self._say(prompt)
            self.code_label.setText(self.code)
            for widget in (self.code_label, self.copy_code, self.open_page):
                widget.show()
            self.copy_link.hide()
            self.copy_code.setFocus()
        elif isinstance(prompt, BrowserOpened):
            self.url, self.code = prompt.url, ""
            self.prompt = prompt
            self._say(prompt)
            for widget in (self.code_label, self.copy_code, self.open_page):
                widget.hide()
            self.copy_link.show()
        else:
            return
        self.show()

    def clear(self) -> None:
        self.url = self.code = ""
        self.prompt = None
        self.code_label.clear()
        self.hide()

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
