"""A line under a page's content: busy while work runs, or an error with Retry.

Each method takes the text, or better a function that makes it
(``lambda: self.tr("Reading…")``): on a runtime language switch the line calls
the function again, so a busy or info line follows the new language. For an
error, pages pass ``lambda: describe(error)`` and keep the exception that way:
the wizard's own wording is said again in the new language, while a core
error's message stays as the core made it (in the language of the moment it
happened; the core keeps no untranslated copy). A plain string cannot be
translated again: an info or error line given one is cleared on a switch
rather than left in the old language; a busy line keeps it until the work ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

Text = str | Callable[[], str]


class StatusLine(QWidget):
    """Shows one of: nothing, a busy bar with a message, an error with Retry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retry: Callable[[], None] | None = None
        self._text: Text = ""
        self._before: tuple[str, Text] | None = None   # the info line a short busy replaced
        self.state = "idle"  # idle, busy, error or info
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self._on_retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        self.clear()
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try &again"))
        if callable(self._text):
            self.message.setText(self._text())
        elif self.state in ("error", "info"):
            self.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say(self, text: Text) -> None:
        self._text = text
        self.message.setText(text() if callable(text) else text)

    def busy(self, text: Text) -> None:
        if self.state == "info":
            self._before = ("info", self._text)
        elif self.state != "busy":
            self._before = None
        self.state = "busy"
        self._say(text)
        self.message.setStyleSheet("")
        self.bar.show()
        self.message.show()
        self.retry_button.hide()
        self.show()

    def error(self, text: Text, retry: Callable[[], None] | None = None) -> None:
        self.state = "error"
        self._retry = retry
        self.bar.hide()
        self._say(text)
        self.message.setStyleSheet("color: #b00020;")
        self.message.show()
        self.retry_button.setVisible(retry is not None)
        self.show()
        if retry is not None:
            self.retry_button.setFocus()

    def info(self, text: Text) -> None:
        self.state = "info"
        self.bar.hide()
        self.retry_button.hide()
        self.message.setStyleSheet("")
        self._say(text)
        self.message.show()
        self.show()

    def end_busy(self) -> None:
        """A short piece of work is done: say again the line it replaced ("Checked at …"),
        so nothing the admin was reading disappears."""
        before, self._before = self._before, None
        if self.state != "busy":
            return
        if before is not None and before[1]:
            self.info(before[1])
        else:
            self.clear()

    def keep_room(self) -> None:
        """Keep the line's height while it is empty, so the controls below never jump."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        # As tall as its tallest part (the Try again button), busy, info or error alike.
        self.setMinimumHeight(max(self.retry_button.sizeHint().height(),
                                  self.bar.sizeHint().height(),
                                  self.message.sizeHint().height()))

    def clear(self) -> None:
        self.state = "idle"
        self._text = ""
        self.bar.hide()
        self.retry_button.hide()
        self.message.clear()
        self.hide()

    def _on_retry(self) -> None:
        if self._retry is not None:
            retry, self._retry = self._retry, None
            retry()
