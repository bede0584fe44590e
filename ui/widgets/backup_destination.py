"""The backup's folder: the row to choose it, the room there, and the offer to resume an unfinished one."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.backup.errors import BackupError
from app.backup.manifest import Manifest
from app.backup.plan import BackupPlan, SpaceCheck, check_space
from app.backup.unfinished import Unfinished


class DestinationRow(QWidget):
    """"Back up to:" a folder, typed or chosen, and how much room the plan needs there."""

    changed = Signal()   # the folder was typed or chosen

    def __init__(self, on_unreadable: Callable[[BackupError], None]) -> None:
        super().__init__()
        self.on_unreadable = on_unreadable   # a manifest in the folder that cannot be read
        self._verified: tuple[str, int] = ("", 0)   # destination -> bytes verified there
        self.edit = QLineEdit()
        self.edit.editingFinished.connect(self.changed)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_folder)
        self.label = QLabel()
        self.label.setBuddy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.tr("Backup folder"))
        self.edit.setPlaceholderText(self.tr("a folder on a disk with enough room"))
        self.choose_button.setText(self.tr("Ch&oose…"))
        self.label.setText(self.tr("Back up to:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_editable(self, editable: bool) -> None:
        self.edit.setEnabled(editable)
        self.choose_button.setEnabled(editable)

    def path(self) -> str:
        """The folder as an absolute path; empty when nothing is typed."""
        text = self.edit.text().strip()
        return os.path.abspath(text) if text else ""

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Back up to which folder?"),
                                                  self.edit.text())
        if folder:
            self.edit.setText(folder)
            self.changed.emit()

    def check_space(self, plan: BackupPlan) -> SpaceCheck | None:
        """The room the plan needs in the folder, less what a backup there already verified."""
        dest = self.path()
        return check_space(plan, dest, already_verified=self._verified_at(dest)) if dest else None

    def forget_verified(self) -> None:
        """A run ended or stopped: what the folder holds verified is read again."""
        self._verified = ("", 0)

    def _verified_at(self, dest: str) -> int:
        """Bytes a manifest at ``dest`` holds verified (read once per destination and run)."""
        if self._verified[0] != dest:
            verified = 0
            if dest and Manifest.exists(dest):
                try:
                    manifest = Manifest(dest)
                    verified = manifest.verified_bytes()
                    manifest.close()
                except BackupError as exc:   # unreadable: the run will say so, with what to do
                    self.on_unreadable(exc)
            self._verified = (dest, verified)
        return self._verified[1]


class ResumeOffer(QWidget):
    """A backup that did not finish: where, how far it got, and a button to resume it."""

    resume = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.unfinished: Unfinished | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.resume)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.button)
        self.withdraw()
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("&Resume that backup"))
        unfinished = self.unfinished
        if unfinished is not None:
            self.note.setText(self.tr(
                "A backup in {0} did not finish (files verified: {1}; still to fetch: {2}). "
                "Resume it: verified files are not downloaded again.").format(
                unfinished.dest, unfinished.files_verified, unfinished.files_left))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self, unfinished: Unfinished) -> None:
        self.unfinished = unfinished
        self.retranslate()
        self.show()

    def withdraw(self) -> None:
        """Nothing to offer (or it was taken): hidden."""
        self.hide()
