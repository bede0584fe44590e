"""One saved file: its path, Open and Show in folder; Copy the path when the system can't open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class SavedFile(QWidget):
    """Never fails silently: when ``open_url`` returns False, says so and offers the path to copy."""

    def __init__(self, open_url: Callable[[QUrl], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open_url = open_url
        self.path: Path | None = None
        self.kind = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.show_folder)
        self.failed = QLabel()
        self.failed.setWordWrap(True)
        self.failed.setTextFormat(Qt.TextFormat.RichText)
        self.failed.setStyleSheet("color: #b00020;")
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_path)
        self.failed_path = ""
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        fallback = QHBoxLayout()
        fallback.addWidget(self.failed, 1)
        fallback.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        layout.addLayout(fallback)
        self.failed.hide()
        self.copy_button.hide()
        self.hide()

    def retranslate(self, kind: str, open_text: str, folder_text: str) -> None:
        """``kind`` names the file ("The record to read (PDF)"); the buttons' texts carry mnemonics."""
        self.kind = kind
        self.open_button.setText(open_text)
        self.open_button.setAccessibleName(self.tr("Open: {0}").format(kind))
        self.folder_button.setText(folder_text)
        self.folder_button.setAccessibleName(self.tr("Show in folder: {0}").format(kind))
        self.copy_button.setText(self.tr("Copy the path"))
        self._show_path()
        if self.failed_path:
            self._failed(self.failed_path)

    def set_path(self, path: Path) -> None:
        self.path = path
        self.failed_path = ""
        self.failed.hide()
        self.copy_button.hide()
        self._show_path()
        self.show()

    def _show_path(self) -> None:
        if self.path is not None:
            self.label.setText(f"<b>{_escape(self.kind)}</b><br>{_escape(str(self.path))}")

    def open_file(self) -> None:
        if self.path is not None:
            self._open(self.path)

    def show_folder(self) -> None:
        if self.path is not None:
            self._open(self.path.parent)

    def _open(self, path: Path) -> None:
        if self.open_url(QUrl.fromLocalFile(str(path))):
            self.failed_path = ""
            self.failed.hide()
            self.copy_button.hide()
        else:
            self._failed(str(path))

    def _failed(self, path: str) -> None:
        self.failed_path = path
        self.failed.setText(self.tr("This computer has no program set to open it. Copy the path "
                                    "and open it yourself: {0}").format(_escape(path)))
        self.failed.show()
        self.copy_button.show()
        self.copy_button.setFocus()

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.failed_path)
        self.copy_button.setText(self.tr("Copied"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
