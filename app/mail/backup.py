"""The mail backup: every mailbox's folders, messages, calendars and contacts.

Per mailbox: its folder tree ("List mailFolders" with ``includeHiddenFolders=true``,
then "List childFolders" recursively, :mod:`app.mail.folders`), each folder's messages
through "message: delta" (the delta link is kept, so the next run lists only what
changed), each message's MIME ("Get MIME content of a message") into the
Maildir or mbox, read back and checked (:mod:`app.mail.saving`, :mod:`app.mail.verify`),
and each folder's saved count against Graph's ``totalItemCount`` at the end
(:mod:`app.mail.mailbox`). Several mailboxes are worked on at once, each with at most
4 requests in flight (:class:`app.mail.http.MailboxGate`). Calendars to .ics, contacts
to .vcf (:mod:`app.mail.item_files`). This module runs the whole: the plan
(:mod:`app.mail.plan`), the mailboxes in parallel, the summary (:mod:`app.mail.summary`).

    summary = MailBackup(tokens, graph_url, dest, fmt="maildir").run()
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from app.backup.control import BackupControl
from app.graph.client import TokenProvider
from app.mail import plan
from app.mail.http import (
    CONCURRENT_PER_MAILBOX,
    MailAccessDenied,
    MailboxGate,
    MailHttp,
)
from app.mail.mailbox import DELTA_SELECT, SIZE_PROPERTY, MailboxWorker
from app.mail.manifest import MailManifest
from app.mail.plan import MailboxInfo, mailbox_kind
from app.mail.progress import MailProgress, ProgressCounter
from app.mail.recording import Recorder
from app.mail.summary import MailboxResult, MailSummary

__all__ = ["DELTA_SELECT", "MAIL_DIR", "SIZE_PROPERTY", "MailBackup", "MailboxInfo",
           "MailboxResult", "MailProgress", "MailSummary", "mailbox_kind"]

log = logging.getLogger(__name__)
MAIL_DIR = "Mail"


class MailBackup:
    """Runs once; ``control`` (:class:`app.backup.control.BackupControl`, the file
    backup's too) pauses it (no new request until resumed) and cancels it between
    requests."""

    def __init__(self, tokens: TokenProvider, base_url: str, dest: str, *, fmt: str = "maildir",
                 users: list[str] | None = None, parallel: int = 8,
                 on_progress: Callable[[MailProgress], None] | None = None,
                 control: BackupControl | None = None,
                 directory_gate: MailboxGate | None = None,
                 now: datetime | None = None, attempts: int = 6) -> None:
        self.root = os.path.join(dest, MAIL_DIR)
        self.fmt = fmt
        self.only = {u.lower() for u in users or []}
        self.parallel = parallel
        self.control = control or BackupControl()
        self.http = MailHttp(tokens, base_url, control=self.control, attempts=attempts,
                             pool=parallel * CONCURRENT_PER_MAILBOX + 8)
        self.on_progress = on_progress
        self.directory = directory_gate or MailboxGate(limit=8, per_window=10**9)
        self.now = now or datetime.now(UTC)
        self.kinds_known = True    # shared and room mailboxes told apart (MailboxSettings.Read)

    # -- plan ----------------------------------------------------------------------------

    def mailboxes(self) -> list[MailboxInfo]:
        """Every user with a mailbox (or the ones asked for), labelled; ``kinds_known`` says
        afterwards whether shared and room mailboxes could be told apart."""
        found = plan.find_mailboxes(self.http, self.directory, self.only)
        self.kinds_known = found.kinds_known
        return found.boxes

    def access_problem(self, boxes: list[MailboxInfo]) -> str | None:
        """Why mail cannot be read with this access (no Mail.Read), or None."""
        return plan.access_problem(self.http, boxes)

    def sizes(self, boxes: list[MailboxInfo]) -> None:
        """Counts and sizes from each mailbox's folders (for the plan)."""
        plan.measure(self.http, boxes, self.parallel)

    # -- run -----------------------------------------------------------------------------

    def run(self, boxes: list[MailboxInfo] | None = None) -> MailSummary:
        summary = MailSummary(self.root, self.fmt)
        try:
            boxes = self.mailboxes() if boxes is None else boxes
        except MailAccessDenied:
            summary.skipped = "this access cannot list users (User.Read.All)"
            return summary
        if not boxes:
            return summary
        summary.skipped = self.access_problem(boxes)
        if summary.skipped:
            return summary
        os.makedirs(self.root, exist_ok=True)
        manifest = MailManifest(self.root)
        progress = ProgressCounter(self.on_progress)
        progress.mailboxes(len(boxes))
        recorder = Recorder(manifest, self.root)
        worker = MailboxWorker(self.http, self.root, self.fmt, self.control, progress, self.now,
                               recorder)
        try:
            with ThreadPoolExecutor(self.parallel, thread_name_prefix="mailbox") as pool:
                results = list(pool.map(lambda b: worker.run(manifest, b), boxes))
        finally:
            try:
                recorder.close()        # what a cancelled run had checked, recorded too
            finally:
                manifest.close()
        summary.mailboxes = results
        summary.cancelled = self.control.cancelled
        return summary
