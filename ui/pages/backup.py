"""Back up every OneDrive and SharePoint library before the data is deleted.

The page walks through: access (why the admin's own sign-in is not enough,
and the three ways), what to back up (users and sites to deselect, what is
left out, the size against the free space), the destination, then the run
(progress, Pause, Resume, Cancel) and its summary with the report. All
network and disk work runs off the GUI thread (ui.worker.run_task); progress
arrives coalesced, a few times a second.

When Next is enabled: after a backup that ended complete (every file verified,
kept as a known Office rewrite, or not downloadable), or when the admin ticks
"I back up these files another way". Data left in Microsoft 365 is deleted
after cancelling, so nobody leaves this page without either a verified copy
or an explicit statement that they have one; a backup with failed files
keeps Next disabled until it is run again (it resumes) or the admin ticks.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app import settings as app_settings
from app.auth.secrets import SecretStore
from app.backup.access import AccessKind, Authority
from app.backup.access_flow import AccessDetailsError
from app.backup.control import Stopped
from app.backup.engine import BackupSummary
from app.backup.errors import human_bytes
from app.backup.manifest import MANIFEST_NAME
from app.backup.plan import BackupPlan, SpaceCheck, discover
from app.backup.unfinished import Unfinished, unfinished_backup
from app.graph.client import GraphClient
from app.state import BackupResult, CancellationState, now
from ui.errors import describe
from ui.pages.backup_access_steps import AccessSteps
from ui.pages.backup_app_removal import AppRemoval
from ui.pages.backup_run import RunBox
from ui.pages.page import Page
from ui.widgets.backup_access import AccessChooser
from ui.widgets.backup_destination import ResumeOffer
from ui.widgets.backup_plan_box import PlanBox
from ui.widgets.backup_reminder import ReminderDialog
from ui.widgets.mail_box import MailBox
from ui.widgets.open_link import NotOpenedDialog, open_or_show
from ui.widgets.page_scroll import PageScroll
from ui.widgets.status import StatusLine
from ui.worker import Task, run_task


class BackupPage(Page):
    def __init__(self, state: CancellationState, *, settings_path: Path | None = None,
                 store: SecretStore | None = None, authority: Authority | None = None,
                 open_url: Callable[[QUrl], object] = QDesktopServices.openUrl) -> None:
        super().__init__()
        self.state = state
        self.settings_path = settings_path
        self.open_url = open_url
        self.not_opened: NotOpenedDialog | None = None   # the report's path, when nothing opened it
        self.app_graph: GraphClient | None = None   # the access chosen (app-only or delegated)
        self.plan: BackupPlan | None = None
        self.space: SpaceCheck | None = None
        self.task: Task | None = None
        self.unfinished: Unfinished | None = None
        self.resume_drives: frozenset[str] | None = None
        self.reminder: ReminderDialog | None = None
        self.back_note: QMessageBox | None = None   # said on Back from a running backup
        self.closing = False
        self.made_app = False          # the access is an app registration Cancel365 made
        self._build(store, authority)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Back up every OneDrive and SharePoint library"))
        self.setSubTitle(self.tr("Microsoft deletes the files 90 to 180 days after you cancel "
                                 "(sometimes sooner). This backup is verified file by file."))
        self.why.setText(self.tr(
            "Your own sign-in only opens what your account can open: even a Global "
            "Administrator cannot read other people's OneDrives that way. To back up "
            "everything, Cancel365 needs access of its own to the files (an app registration)."))
        self.reminder_button.setText(self.tr("Reminder for your &users…"))
        self.elsewhere.setText(self.tr("I back up these files another way (or nobody needs "
                                       "them): continue without a complete backup"))
        self._check_room()

    def lesson_layout(self) -> QVBoxLayout:
        return self.content_layout   # inside the scroll area, aligned with the page's content

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant the backup reads every OneDrive and SharePoint library and "
            "writes it to the folder you choose, checking each file's hash. Set up backup "
            "access for me creates an app registration in your tenant, with your consent; "
            "Cancel365 offers to remove it afterwards. Reading changes no file in Microsoft "
            "365. What can go wrong: a disk too small, files that change during the backup, "
            "and OneNote notebooks, which cannot be downloaded as files.")

    # -- layout -----------------------------------------------------------------------------

    def _build(self, store: SecretStore | None, authority: Authority | None) -> None:
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.resume_offer = ResumeOffer()
        self.resume_offer.resume.connect(self.offer_resume)
        self.resume_note, self.resume_button = self.resume_offer.note, self.resume_offer.button
        self.access = AccessChooser()
        self.access.chosen.connect(self.get_access)
        self.access_status = StatusLine()
        self.steps = AccessSteps(self, self.state, self.access, self.access_status, store,
                                 authority)
        self.steps.ready.connect(self._access_ready)
        self.steps.failed.connect(self._access_failed)

        self.plan_box = PlanBox(
            on_unreadable=lambda exc: self.run_status.error(lambda: describe(exc)))
        self.plan_box.changed.connect(self._check_room)
        self.plan_view, self.destination = self.plan_box.plan_view, self.plan_box.destination
        self.dest = self.destination.edit
        self.start_button = self.plan_box.start_button
        self.start_button.clicked.connect(self.start)
        self.change_access_button = self.plan_box.change_access_button
        self.change_access_button.clicked.connect(self.change_access)

        self.mail_box = MailBox()   # mail, calendars and contacts (app.mail), next to the files
        self.mail_box.finished.connect(self._mail_ended)
        self.run_status = StatusLine()
        self.run = RunBox(self.run_status)
        self.run.ended.connect(self._ended)
        self.run.stopped.connect(self._stopped)
        self.run.cancel_button.clicked.connect(self.mail_box.stop)   # Cancel stops mail too
        summary = self.run.summary_view
        summary.report_button.clicked.connect(self.open_report)
        self.app_removal = AppRemoval(self, self.state, self.store, summary.remove_app_button,
                                      self.run_status)
        self.app_removal.removed.connect(lambda: setattr(self, "made_app", False))
        summary.change_button.clicked.connect(lambda: self._show("ready"))

        self.reminder_button = QPushButton()
        self.reminder_button.clicked.connect(self.show_reminder)
        self.elsewhere = QCheckBox()
        self.elsewhere.toggled.connect(lambda _: self.completeChanged.emit())

        self.scroll = PageScroll(self, flush=False)
        layout = self.content_layout = self.scroll.content
        layout.addWidget(self.why)
        layout.addWidget(self.resume_offer)
        layout.addWidget(self.access)
        layout.addWidget(self.access_status)
        layout.addWidget(self.plan_box, 1)
        layout.addWidget(self.run, 1)
        layout.addWidget(self.mail_box)
        layout.addWidget(self.run_status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reminder_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.elsewhere)
        layout.addStretch(0)   # extra room goes below when the boxes that stretch are hidden
        self._show("access")

    def _show(self, phase: str) -> None:
        """access → planning → ready → running → ended."""
        self.phase = phase
        self.plan_box.setVisible(phase in ("ready", "running", "ended"))
        self.plan_box.show_phase(phase)
        self.content_layout.setStretchFactor(self.plan_box, 1 if phase == "ready" else 0)
        self.run.setVisible(phase in ("running", "ended"))
        self.mail_box.setVisible(phase in ("ready", "running", "ended"))
        self.run.show_phase(phase, made_app=self.made_app)
        self.access.set_busy(phase != "access")
        self.access.setVisible(phase in ("access", "planning"))
        self.why.setVisible(phase in ("access", "planning"))
        self._check_room()
        self.completeChanged.emit()

    # -- the wizard ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        settings = app_settings.load(self.settings_path)
        resumed = self.state.resume.backup_destination if self.state.resume else ""
        if not self.dest.text():
            self.dest.setText(resumed or settings.backup_destination
                              or str(Path.home() / "Cancel365 backup"))
        self.resume_offer.withdraw()
        last = settings.backup_destination
        if last and self.phase in ("access", "planning", "ready"):
            run_task(self, lambda c: unfinished_backup(last), on_done=self._found_unfinished,
                     on_error=lambda e: self.run_status.error(describe(e)))

    def _found_unfinished(self, unfinished: Unfinished | None) -> None:
        self.unfinished = unfinished
        if unfinished is None or self.phase not in ("access", "planning", "ready"):
            return
        self.resume_offer.offer(unfinished)

    def isComplete(self) -> bool:
        if self.phase == "running" or self.mail_box.saving:
            return False
        complete = self.summary is not None and self.summary.complete
        return complete or self.elsewhere.isChecked()

    def complete_for_self_test(self) -> None:
        """``--self-test``: the backup itself is checked on its own (ui/self_test.py)."""
        if not self.elsewhere.isChecked():
            self.elsewhere.setChecked(True)

    @property
    def running(self) -> bool:
        return self.phase == "running"

    def cleanupPage(self) -> None:
        """Back from a running or paused backup: say what happens to it (it is not stopped)."""
        if not self.running or self.run.control is None:
            return
        self.back_note = self.run.going_on_note(self.wizard())
        self.back_note.open()

    def agrees_to_stop(self) -> bool:
        """The wizard is closing during a run: True when the admin says stop it (the wizard
        then calls :meth:`stop_for_close`)."""
        return not self.running or self.closing or self.run.ask_to_stop(self)

    def stop_for_close(self) -> None:
        """Cancel the run; the wizard's shutdown waits for the thread pool to finish it."""
        self.closing = True
        self.run.stop_for_close()
        self.mail_box.stop()

    # -- access -------------------------------------------------------------------------------

    def store(self) -> SecretStore:
        return self.steps.store()

    def offer_resume(self) -> None:
        """Resume the unfinished backup: its folder and drives, with the access kept."""
        if self.unfinished is None:
            return
        self.dest.setText(self.unfinished.dest)
        self.resume_drives = self.unfinished.drive_ids
        self.resume_offer.withdraw()
        self._show("planning")
        self.steps.resume()

    def get_access(self, kind: AccessKind) -> None:
        self._show("planning")
        self.steps.choose(kind)

    def _access_ready(self, graph: GraphClient, made_app: bool) -> None:
        self.made_app = made_app
        self.app_graph = graph
        self._find_drives()

    def _access_failed(self, error: BaseException) -> None:
        self.task = None
        self.access_status.clear()
        self._show("access")
        if isinstance(error, AccessDetailsError):
            # What was typed is wrong: trying the same again cannot help, so no Try again;
            # the admin corrects the field (focused) and presses Continue.
            self.access_status.error(lambda: describe(error))
            self.access.focus_details()
        elif not isinstance(error, Stopped):
            self.access_status.error(lambda: describe(error), retry=lambda: self.get_access(
                self.access.kind()))

    # -- the plan -----------------------------------------------------------------------------

    def _find_drives(self) -> None:
        graph = self.app_graph
        assert graph is not None
        self._show("planning")
        self.access_status.busy(lambda: self.tr("Finding every OneDrive and SharePoint "
                                                "library…"))
        self.task = run_task(
            self, lambda c: discover(graph, on_step=lambda s: c.report(s)),
            on_done=self._plan_found, on_error=self._access_failed,
            on_progress=lambda owner: self.access_status.busy(
                lambda: self.tr("Finding every OneDrive and SharePoint library… {0}").format(
                    owner)))

    def change_access(self) -> None:
        """Back to the three ways of access, from the plan or after a run (not during one)."""
        if self.running:
            return
        self.plan = None
        self.app_graph = None
        self.run_status.clear()
        self._show("access")
        self.access.continue_button.setFocus()

    def _plan_found(self, plan: BackupPlan) -> None:
        self.task = None
        self.plan = plan
        self.access_status.clear()
        first = self.state.backup_first
        if first and self.resume_drives is None:
            # Chosen in the licence-removal dialog: these users' OneDrives before their licence goes.
            plan.keep_only(users=first)
            plan.scope_chosen = False   # the other users are still in scope: nothing is hidden
            count = len(first)
            self.access_status.info(lambda: self.tr(
                "Ticked: the OneDrive of the %n user(s) whose licence you are about to remove. "
                "Tick others to back them up too.", "", count))
        self.plan_view.show_plan(plan, only=self.resume_drives)
        if self.app_graph is not None and not self.mail_box.running:
            self.mail_box.find(self.app_graph)
        self._show("ready")
        if self.resume_drives is not None:
            self.start()

    def _check_room(self) -> None:
        self.space = self.plan_box.check_room(self.plan, self.phase in ("ready", "ended"))

    # -- the run ------------------------------------------------------------------------------

    def start(self) -> None:
        self._check_room()
        if self.plan is None or self.app_graph is None or not self.start_button.isEnabled():
            if self.plan is not None and self.space is not None and not self.space.enough:
                self.run_status.error(lambda: self.tr(
                    "Not enough room: the backup needs about {0} but {1} has {2} free.").format(
                    human_bytes(self.space.needed), self.dest.text(), human_bytes(self.space.free)))
            return
        dest = self.destination.path()
        settings = app_settings.load(self.settings_path)
        app_settings.save(settings.with_changes(backup_destination=dest), self.settings_path)
        self.resume_offer.withdraw()
        self.resume_drives = None
        self.run.start(self.app_graph, self.plan, dest)
        self.run.summary_view.show_mail(None)      # this run's mail, once it ended
        self.mail_box.start(dest)
        self._show("running")
        self.run.pause_button.setFocus()

    def _ended(self, summary: BackupSummary) -> None:
        self.destination.forget_verified()
        dest = self.run.destination
        self.state.backup = BackupResult(summary, dest, os.path.join(dest, MANIFEST_NAME), now())
        self._show("ended")
        self.run.summary_view.report_button.setFocus()
        # After the layout took the summary in: then the buttons under it can be scrolled to.
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.run.summary_view))

    def _mail_ended(self, summary: object) -> None:
        self.state.mail_backup = summary
        # the summary says files and mail together (app.verdict), once both ended
        self.run.summary_view.show_mail(summary.verdict() if summary is not None else None)
        self.completeChanged.emit()

    def _stopped(self, error: BaseException) -> None:
        self.destination.forget_verified()
        self._show("ended")
        self.run_status.error(lambda: describe(error), retry=self.start)

    @property
    def summary(self) -> BackupSummary | None:
        return self.run.summary

    def open_report(self) -> None:
        if self.summary is not None and self.summary.report_html:
            self.not_opened = open_or_show(self, QUrl.fromLocalFile(self.summary.report_html),
                                           opener=self.open_url)

    # -- the end ------------------------------------------------------------------------------

    def show_reminder(self) -> None:
        organization = self.state.organization
        self.reminder = ReminderDialog(organization.display_name if organization else "", self)
        self.reminder.open()
