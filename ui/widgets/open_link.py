"""Open a link or file with the desktop, or, when nothing opens it, show it with Copy.

``QDesktopServices.openUrl`` returns False when the desktop has no program for the
address (no browser, no mail program, no file manager: a bare server desktop, a
sandbox). A button that then does nothing is a dead end, so every "Open…" button of
the wizard goes through :func:`open_or_show`: it opens, or shows the address or the
path in a small window with Copy, and for a file "Show in folder".
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

Opener = Callable[[QUrl], object]


def desktop_open(url: QUrl) -> bool:
    return bool(QDesktopServices.openUrl(url))


class NotOpenedDialog(QDialog):
    """The address or path that nothing opened, to copy (and for a file, its folder)."""

    def __init__(self, url: QUrl, opener: Opener, parent: QWidget | None = None, *,
                 copy_text: str | None = None, shown: str | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.opener = opener
        self.is_file = url.isLocalFile()
        self.shown = shown if shown is not None else (
            url.toLocalFile() if self.is_file else url.toString())
        self.copy_text = copy_text if copy_text is not None else self.shown
        self.mail = url.scheme() == "mailto"
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.place = QLineEdit(self.shown)
        self.place.setReadOnly(True)
        self.place.setCursorPosition(0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.show_folder)
        self.folder_button.setVisible(self.is_file)
        if self.is_file:
            self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.place)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(560, 10)
        self.retranslate()
        self.copy_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nothing opened it"))
        if self.mail:
            self.text.setText(self.tr(
                "No mail program on this computer opened the message. Copy it and paste it "
                "into your mail (web mail works too); send it to:"))
            self.copy_button.setText(self.tr("&Copy the message"))
        elif self.is_file:
            self.text.setText(self.tr(
                "No program on this computer opened the file. It is here:"))
            self.copy_button.setText(self.tr("&Copy the path"))
        else:
            self.text.setText(self.tr(
                "No browser on this computer opened the page. Copy the address into a "
                "browser (on any computer):"))
            self.copy_button.setText(self.tr("&Copy the address"))
        self.folder_button.setText(self.tr("Show in &folder"))
        self.place.setAccessibleName(self.text.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.copy_text)
        self.note.setText(self.tr("Copied."))

    def show_folder(self) -> None:
        folder = os.path.dirname(self.url.toLocalFile())
        if not self.opener(QUrl.fromLocalFile(folder)):
            self.note.setText(self.tr("The folder did not open either: {0}").format(folder))


def open_or_show(parent: QWidget, url: QUrl | str, *, opener: Opener = desktop_open,
                 copy_text: str | None = None,
                 shown: str | None = None) -> NotOpenedDialog | None:
    """Open ``url``; when nothing opens it, show it (or ``shown``) with Copy (which copies
    ``copy_text``, else what is shown); returns that window."""
    if isinstance(url, str):
        url = QUrl(url)
    if opener(url):
        return None
    dialog = NotOpenedDialog(url, opener, parent, copy_text=copy_text, shown=shown)
    parent._not_opened = dialog   # type: ignore[attr-defined]  # kept alive while open
    dialog.open()
    return dialog
