"""A running backup: overall bytes and files, speed, time left, and each drive's state.

Each phase says only what is true in it: running (speed, time left), paused (no speed,
no time left; the rows say paused), cancelled or ended (the numbers are what the backup
holds, as the summary counts them; rows that never finished say so; no listing line).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup.errors import human_bytes
from app.backup.progress import Progress


class ProgressView(QWidget):
    """Shows the latest :class:`Progress` (the page hands it over a few times a second)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.drives = QTreeWidget()
        self.drives.setRootIsDecorated(False)
        self.drives.setColumnCount(5)
        header = self.drives.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.drives.setMinimumHeight(140)
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._texts: dict[str, tuple[str, str, str, str]] = {}   # what each row shows now
        self.last: Progress | None = None   # shown again in the new language after a switch
        self.paused = False                 # the admin paused (the engine may report later)
        self.summary = None                 # how the run ended (BackupSummary), once it has
        self.over = False                   # the run ended (with a summary, or stopped)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.numbers)
        layout.addWidget(self.message)
        layout.addWidget(self.drives, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.drives.setHeaderLabels([self.tr("User or site"), self.tr("Library"),
                                     self.tr("State"), self.tr("Files"), self.tr("Size")])
        self.drives.setAccessibleName(self.tr("Each drive's progress"))
        self.states = {"waiting": self.tr("waiting"), "listing": self.tr("listing files"),
                       "downloading": self.tr("downloading"), "done": self.tr("done"),
                       "failed": self.tr("failed"), "paused": self.tr("paused"),
                       "not started": self.tr("not started"),
                       "stopped": self.tr("stopped (resumes next time)")}
        if self.last is not None:
            self.show_progress(self.last)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.last = None
        self.paused = False
        self.summary = None
        self.over = False
        self.bar.setValue(0)
        self.numbers.clear()
        self.message.clear()
        self.drives.clear()
        self._rows.clear()
        self._texts.clear()
        self._updating = ""

    def set_paused(self, paused: bool) -> None:
        """Paused by the admin: the last numbers again, without speed or time left."""
        self.paused = paused
        if self.last is not None:
            self.show_progress(self.last)

    def show_ended(self, summary=None) -> None:
        """The run ended (complete, cancelled, or stopped: no summary): say what it holds."""
        self.summary = summary
        self.over = True
        self.paused = False
        if self.last is not None:
            self.show_progress(self.last)
        else:
            self.message.clear()

    def _drive_state(self, state: str, ended: bool, paused: bool) -> str:
        if ended and state == "waiting":
            return "not started"
        if ended and state in ("listing", "downloading"):
            return "stopped"
        if paused and state in ("listing", "downloading"):
            return "paused"
        return state

    def show_progress(self, p: Progress) -> None:
        self.last = p
        summary = self.summary
        ended = self.over or p.event in ("finished", "cancelled", "stopped")
        paused = not ended and (p.paused or self.paused)
        if summary is not None:
            # What the backup holds, counted as the summary counts it (BackupSummary).
            held = min(summary.bytes_verified, p.bytes_total) if p.bytes_total else 0
            if p.bytes_total:
                self.bar.setValue(int(1000 * held / p.bytes_total))
            text = self.tr("In the backup: {0} of {1} files, {2} of {3}").format(
                summary.files_in_backup, p.files_total, human_bytes(summary.bytes_verified),
                human_bytes(p.bytes_total))
        else:
            if p.bytes_total:
                self.bar.setValue(int(1000 * min(p.bytes_done, p.bytes_total) / p.bytes_total))
            text = self.tr("{0} of {1} · files: {2} of {3}").format(
                human_bytes(p.bytes_done), human_bytes(p.bytes_total), p.files_done,
                p.files_total)
        if p.files_failed:
            text += " · " + self.tr("failed: {0}").format(p.files_failed)
        if ended:
            pass   # the summary below says how it ended
        elif paused:
            text += " · " + self.tr("paused")
        elif p.phase == "downloading" or p.speed > 0:
            text += " · " + self.tr("{0}/s").format(human_bytes(p.speed))
            if p.eta_seconds is not None:
                text += " · " + self.tr("about {0} left").format(self.duration(p.eta_seconds))
        self.numbers.setText(text)
        listing = next((d for d in p.drives if d.state == "listing"), None)
        if ended and not (p.message and p.event == "stopped"):
            self.message.clear()   # no "Listing the files of …" left from a run that is over
        elif p.event == "updating":  # "Updating the backup from <date>" (the admin's language)
            self._updating = p.message
            self.message.setText(p.message)
        elif p.event == "listing" and listing is not None:  # said here, in the admin's language
            said = self.tr("Listing the files of {0}: {1} (files so far: {2})").format(
                listing.owner, listing.name, listing.files_total)
            self.message.setText(f"{self._updating} · {said}" if getattr(self, "_updating", "")
                                 else said)
        elif p.message and p.event in ("stopped", "drive-failed"):
            self.message.setText(p.message)
        elif p.phase == "downloading" and p.event == "progress":
            self.message.clear()
        for drive in p.drives:
            row = self._rows.get(drive.drive_id)
            if row is None:
                row = QTreeWidgetItem([drive.owner, drive.name, "", "", ""])
                for column in (3, 4):
                    row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                self.drives.addTopLevelItem(row)
                self._rows[drive.drive_id] = row
            shown = self._drive_state(drive.state, ended, paused)
            state = self.states.get(shown, shown)
            if drive.files_failed:
                state += " " + self.tr("(failed: {0})").format(drive.files_failed)
            texts = (state, drive.reason, f"{drive.files_done} / {drive.files_total}",
                     f"{human_bytes(drive.bytes_done)} / {human_bytes(drive.bytes_total)}")
            if self._texts.get(drive.drive_id) == texts:
                continue   # most drives are done or waiting: no repaint for an unchanged row
            self._texts[drive.drive_id] = texts
            row.setText(2, texts[0])
            row.setToolTip(2, texts[1])
            row.setText(3, texts[2])
            row.setText(4, texts[3])

    def duration(self, seconds: float) -> str:
        s = int(seconds)
        if s < 60:
            return self.tr("{0} s").format(max(1, s))
        if s < 3600:
            return self.tr("{0} min").format(round(s / 60))
        return self.tr("{0} h {1} min").format(s // 3600, s // 60 % 60)
