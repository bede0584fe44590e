"""The Backup page's "Mail, calendars and contacts": the mailboxes in the plan (with counts
and sizes from Graph), the progress, and per mailbox what was saved, verified and failed.

The mail backup (app.mail) runs next to the file backup, on the worker pool
(ui.worker.run_task); a stop (cancel, closing the wizard) ends it between requests.
Pause mail holds every new mail request (those under way finish); Resume mail goes
on where it was (app.backup.control.BackupControl).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup.control import BackupControl
from app.backup.errors import human_bytes
from app.graph.client import GraphClient
from app.mail.backup import MailBackup, MailboxInfo, MailboxResult, MailProgress, MailSummary
from app.mail.report import write_report
from ui.errors import describe
from ui.worker import Task, TaskControl, run_task


class MailBox(QGroupBox):
    finished = Signal(object)    # MailSummary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph: GraphClient | None = None
        self.boxes: list[MailboxInfo] = []
        self.skipped: str | None = None
        self.kinds_known = True          # shared and room mailboxes told apart
        self.summary: MailSummary | None = None
        self.progress_seen: MailProgress | None = None
        self.task: Task | None = None
        self.control = BackupControl()    # Pause mail, Resume mail, and stop (cancel)
        self.pending: str | None = None   # the file backup started before the mailboxes were found
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(3)
        self.table.setWordWrap(True)
        header = self.table.header()
        # every column as wide as its text (a long translation at 200% scrolls, never cut)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.bar = QProgressBar()
        self.bar.hide()
        self.pause_button = QPushButton()
        self.resume_button = QPushButton()
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._buttons()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Mail, calendars and contacts"))
        self.pause_button.setText(self.tr("Pause &mail"))
        self.resume_button.setText(self.tr("Resume &mail"))
        self.table.setHeaderLabels([self.tr("Mailbox"), self.tr("Kind"), self.tr("Mail")])
        self.table.setAccessibleName(self.tr("Mailboxes in the backup"))
        self.bar.setAccessibleName(self.tr("Mail backup progress"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kind_label(self, kind: str) -> str:
        return {"user": self.tr("user"), "shared": self.tr("shared mailbox"),
                "room": self.tr("room mailbox"), "equipment": self.tr("equipment mailbox"),
                "other": self.tr("other mailbox"),
                "unlicensed-user": self.tr("user without a licence"),
                "unlicensed": self.tr("shared or room mailbox (no licence)")}.get(kind, kind)

    # -- the plan ---------------------------------------------------------------------------

    def find(self, graph: GraphClient) -> None:
        """Every mailbox with its counts and sizes, off the GUI thread."""
        self.graph, self.boxes, self.skipped, self.summary = graph, [], None, None
        self.kinds_known = True
        self.progress_seen = None
        self.table.hide()
        self.bar.setRange(0, 0)     # busy until the mailboxes are found
        self.bar.show()
        self.note.setText(self.tr("Finding every mailbox…"))

        def find(_: TaskControl) -> tuple[list[MailboxInfo], str | None, bool]:
            engine = MailBackup(graph.tokens, graph.base_url, "")
            boxes = engine.mailboxes()
            problem = engine.access_problem(boxes) if boxes else None
            if problem is None:
                engine.sizes(boxes)
            return boxes, problem, engine.kinds_known

        self.task = run_task(self, find, on_done=self._found, on_error=self._failed)

    def _found(self, found: tuple[list[MailboxInfo], str | None, bool]) -> None:
        self.task = None
        self.boxes, self.skipped, self.kinds_known = found
        self.bar.hide()
        self._refresh()
        if self.pending is not None:
            dest, self.pending = self.pending, None
            self.start(dest)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.pending = None
        self.bar.hide()
        self.note.setText(self.tr("Mail could not be backed up: {0}").format(describe(error)))

    # -- the run ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    @property
    def saving(self) -> bool:
        """A mail backup is under way (or waits for the mailboxes to be found): the page's
        Next waits for it, so nobody goes on to cancel while mail is still being saved."""
        run = self.task is not None and bool(self.boxes)   # finding runs with no boxes yet
        return self.pending is not None or (run and self.summary is None)

    def start(self, dest: str) -> None:
        if self.running and self.summary is None and not self.boxes:
            self.pending = dest          # still finding the mailboxes: start when found
            return
        if self.graph is None or self.skipped or not self.boxes or self.running:
            return
        graph, boxes = self.graph, list(self.boxes)
        self.control = control = BackupControl()
        self.summary = None
        self.bar.setRange(0, 0)
        self.bar.show()

        def run(task: TaskControl) -> MailSummary:
            summary = MailBackup(graph.tokens, graph.base_url, dest, control=control,
                                 on_progress=task.report).run(boxes)
            write_report(summary)
            return summary

        self.task = run_task(self, run, on_done=self._ended, on_error=self._stopped,
                             on_progress=self._progress)
        self._buttons()

    def stop(self) -> None:
        self.pending = None
        self.control.cancel()
        self._buttons()

    @property
    def paused(self) -> bool:
        return self.running and self.control.paused

    def pause(self) -> None:
        """No new mail request until Resume mail; those under way finish."""
        if self.running and self.boxes and not self.control.cancelled:
            self.control.pause()
            self._buttons()
            self._refresh()
            self.resume_button.setFocus()

    def resume(self) -> None:
        if self.control.paused:
            self.control.resume()
            self._buttons()
            self._refresh()
            if self.pause_button.isVisible():
                self.pause_button.setFocus()

    def _buttons(self) -> None:
        backing_up = self.running and bool(self.boxes) and self.summary is None \
            and not self.control.cancelled
        self.pause_button.setVisible(backing_up and not self.control.paused)
        self.resume_button.setVisible(backing_up and self.control.paused)

    def _progress(self, p: MailProgress) -> None:
        self.progress_seen = p
        if p.messages_total:
            self.bar.setRange(0, p.messages_total)
            self.bar.setValue(p.messages_done)
        self._refresh()

    def _ended(self, summary: MailSummary) -> None:
        self.task = None
        self.summary = summary
        self.control.resume()
        self._buttons()
        self.bar.hide()
        self._refresh()
        self.finished.emit(summary)

    def _stopped(self, error: BaseException) -> None:
        self.task = None
        self.control.resume()
        self._buttons()
        self.bar.hide()
        self.note.setText(self.tr("The mail backup stopped: {0}").format(describe(error)))
        self.finished.emit(None)   # no summary: the page may go on (its Next no longer waits)

    # -- what it shows ----------------------------------------------------------------------

    def _refresh(self) -> None:
        if self.skipped:
            self.note.setText(self.tr(
                "Mail is left out: this access cannot read mailboxes (it has no Mail.Read "
                "permission). The files are not affected. \"Set up backup access for me\" "
                "adds Mail.Read, Calendars.Read and Contacts.Read."))
            self.table.hide()
            return
        if not self.boxes:
            return
        self.table.show()
        results = {r.upn: r for r in self.summary.mailboxes} if self.summary else {}
        self.table.clear()
        for box in self.boxes:
            result = results.get(box.upn)
            item = QTreeWidgetItem([box.upn, self.kind_label(box.kind),
                                    self._result_text(result) if result else
                                    self._plan_text(box)])
            item.setToolTip(2, item.text(2))
            self.table.addTopLevelItem(item)
        messages = sum(b.messages for b in self.boxes)
        size = sum(b.size for b in self.boxes)
        if self.summary is not None:
            s = self.summary
            verdict = self.tr("The mail backup is complete.") if s.complete else \
                self.tr("The mail backup is incomplete.")
            self.note.setText(verdict + " " + self.tr(
                "{0} messages verified, {1} failed; {2} events; {3} contacts. Saved as {4} in "
                "{5}.").format(s.total("verified"), s.total("failed"), s.total("events"),
                               s.total("contacts"), "Maildir" if s.fmt == "maildir" else "mbox",
                               s.root))
        elif self.progress_seen is not None or self.paused:
            p = self.progress_seen or MailProgress(0, len(self.boxes), 0, messages, 0)
            text = self.tr("{0} of {1} messages saved and verified, {2} failed; "
                           "{3} of {4} mailboxes done.").format(
                p.messages_done - p.failed, p.messages_total, p.failed, p.mailboxes_done,
                p.mailboxes_total)
            if self.paused:
                text = self.tr("Mail is paused: no new request goes to Microsoft 365 until you "
                               "resume, and it goes on where it stopped.") + " " + text
            self.note.setText(text)
        else:
            text = self.tr(
                "Mailboxes, shared and room mailboxes included: {0}. Messages: {1}, {2}. "
                "Every folder is saved as Maildir (Dovecot or any IMAP server opens it), "
                "calendars as .ics, contacts as .vcf.").format(len(self.boxes), messages,
                                                               human_bytes(size))
            if not self.kinds_known:
                text += " " + self.tr(
                    "Shared and room mailboxes are shown together: telling them apart needs "
                    "the MailboxSettings.Read permission, which this access does not have. "
                    "Both are backed up all the same.")
            self.note.setText(text)

    def _plan_text(self, box: MailboxInfo) -> str:
        if box.error:
            return box.error
        return self.tr("Messages: {0} in {1} folders, {2}").format(
            box.messages, box.folders, human_bytes(box.size))

    def _result_text(self, r: MailboxResult) -> str:
        text = self.tr("Verified: {0} of {1} messages. Failed: {2}. Events: {3}. Contacts: {4}."
                       ).format(r.verified, r.listed, r.failed, r.events, r.contacts)
        extra = [*(r.notes), *(r.failures[:5])] + ([r.error] if r.error else [])
        return text + ("\n" + "\n".join(extra) if extra else "")
