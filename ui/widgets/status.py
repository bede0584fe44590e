"""A line under a page's content: busy while work runs, or an error with Retry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class StatusLine(QWidget):
    """Shows one of: nothing, a busy bar with a message, an error with Retry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retry: Callable[[], None] | None = None
        self.state = "idle"  # idle, busy, error or info
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try &again"))
        self.retry_button.clicked.connect(self._on_retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        self.clear()

    def busy(self, text: str) -> None:
        self.state = "busy"
        self.message.setText(text)
        self.message.setStyleSheet("")
        self.bar.show()
        self.message.show()
        self.retry_button.hide()
        self.show()

    def error(self, text: str, retry: Callable[[], None] | None = None) -> None:
        self.state = "error"
        self._retry = retry
        self.bar.hide()
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;")
        self.message.show()
        self.retry_button.setVisible(retry is not None)
        self.show()
        if retry is not None:
            self.retry_button.setFocus()

    def info(self, text: str) -> None:
        self.state = "info"
        self.bar.hide()
        self.retry_button.hide()
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.show()
        self.show()

    def clear(self) -> None:
        self.state = "idle"
        self.bar.hide()
        self.retry_button.hide()
        self.message.clear()
        self.hide()

    def _on_retry(self) -> None:
        if self._retry is not None:
            retry, self._retry = self._retry, None
            retry()
