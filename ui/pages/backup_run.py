"""The Backup page's run: progress, Pause, Resume, Cancel, the summary, and what leaving does to it.

The engine runs in a process of its own (app/backup/process.py: its Python work
never holds the GUI thread's interpreter), watched from the worker pool
(ui.worker.run_task); its progress arrives here coalesced, a few times a second.
The box says when the run ended (:attr:`RunBox.ended`, with the summary) or had
to stop (:attr:`RunBox.stopped`, with the error); the page decides what comes next.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup.plan import BackupPlan
from app.backup.process import BackupProcess, RemoteControl
from app.backup.progress import Progress
from app.backup.run_summary import BackupSummary
from app.graph.client import GraphClient
from ui.widgets.ask import said_yes
from ui.widgets.backup_progress import ProgressView
from ui.widgets.backup_summary import SummaryView
from ui.widgets.status import StatusLine
from ui.worker import Task, TaskControl, run_task


class RunBox(QGroupBox):
    ended = Signal(object)     # BackupSummary
    stopped = Signal(object)   # the BackupError (or other) that stopped the run

    def __init__(self, status: StatusLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.control: RemoteControl | None = None
        self.task: Task | None = None
        self.summary: BackupSummary | None = None
        self.destination = ""   # the folder of the run started last
        self.progress = ProgressView()
        self.pause_button = QPushButton()
        self.resume_button = QPushButton()
        self.cancel_button = QPushButton()
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            buttons.addWidget(button)
        self.summary_view = SummaryView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_view)
        self.show_phase("ready", made_app=False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backup"))
        self.pause_button.setText(self.tr("&Pause"))
        self.resume_button.setText(self.tr("&Resume"))
        self.cancel_button.setText(self.tr("&Cancel backup"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def running(self) -> bool:
        return self.task is not None

    def show_phase(self, phase: str, *, made_app: bool) -> None:
        """Which buttons the page's phase (ready, running, ended …) calls for."""
        self._buttons(running=phase == "running")
        ended = phase == "ended"
        view = self.summary_view
        view.label.setVisible(ended and self.summary is not None)
        view.together.setVisible(ended and self.summary is not None and view.mail is not None)
        view.report_button.setVisible(ended and bool(self.summary and self.summary.report_html))
        view.report_place.setVisible(ended and bool(self.summary and self.summary.report_html))
        view.remove_app_button.setVisible(ended and made_app)
        view.change_button.setVisible(ended)

    # -- the run ------------------------------------------------------------------------------

    def start(self, graph: GraphClient, plan: BackupPlan, dest: str) -> None:
        self.summary = None
        self.destination = os.path.abspath(dest)
        self.control = control = RemoteControl()
        self.progress.reset()
        self.status.clear()

        def run(task: TaskControl) -> BackupSummary:
            return BackupProcess(graph, plan, dest, control=control,
                                 on_progress=task.report).run()

        self.task = run_task(self, run, on_done=self._ended, on_error=self._stopped,
                             on_progress=self._progress)

    def _progress(self, p: Progress) -> None:
        self.progress.show_progress(p)

    def pause(self) -> None:
        if self.control is not None and self.running:
            self.control.pause()
            self._buttons()
            self.progress.set_paused(True)   # no speed, no time left; the rows say paused
            self.resume_button.setFocus()

    def resume(self) -> None:
        if self.control is not None and self.running:
            self.control.resume()
            self._buttons()
            self.progress.set_paused(False)
            self.pause_button.setFocus()

    def cancel(self) -> None:
        if self.control is not None and self.running:
            self.control.cancel()
            self.cancel_button.setEnabled(False)
            self.status.busy(lambda: self.tr("Stopping after the files being written…"))

    def stop_for_close(self) -> None:
        """The wizard is closing: cancel; its shutdown waits for the worker to finish."""
        if self.control is not None:
            self.control.cancel()

    # -- leaving while it runs -------------------------------------------------------------

    def going_on_note(self, parent: QWidget | None) -> QMessageBox:
        """Said on Back from a running or paused backup: what happens to it (it is not stopped)."""
        paused = self.control is not None and self.control.paused
        title = self.tr("The backup goes on")
        if paused:
            text = self.tr("The backup stays paused while you look at the other pages. Come "
                           "back to this page (Next) to resume it. Closing Cancel365 stops it; "
                           "the next start offers to resume where it stopped.")
        else:
            text = self.tr("The backup keeps running while you look at the other pages. Come "
                           "back to this page (Next) to see how far it got. Closing Cancel365 "
                           "stops it; the next start offers to resume where it stopped.")
        return QMessageBox(QMessageBox.Icon.Information, title, text,
                           QMessageBox.StandardButton.Ok, parent)

    def ask_to_stop(self, parent: QWidget) -> bool:
        """The wizard is closing during a run: True when the admin says stop it."""
        return said_yes(
            parent, self.tr("Stop the backup?"),
            self.tr("A backup is running. Stop it and close Cancel365? Files verified so far "
                    "are kept; the next start offers to resume where it stopped."))

    def _buttons(self, *, running: bool = True) -> None:
        paused = running and self.control is not None and self.control.paused
        self.pause_button.setVisible(running and not paused)
        self.resume_button.setVisible(paused)
        self.cancel_button.setVisible(running)

    def _ended(self, summary: BackupSummary) -> None:
        self.task = None
        self.cancel_button.setEnabled(True)
        self.summary = summary
        self.status.clear()
        self.progress.show_ended(summary)
        self.summary_view.show_summary(summary)
        self.ended.emit(summary)

    def _stopped(self, error: BaseException) -> None:
        self.task = None
        self.progress.show_ended()
        self.cancel_button.setEnabled(True)
        self.stopped.emit(error)
