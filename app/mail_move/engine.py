"""The mail move: every user's saved Maildir appended into the new provider's IMAP server.

One connection per user (many providers limit concurrent logins), ``parallel_users`` users at
once. Per folder: the target is made when missing, what is already there is read (Message-ID,
or a digest of Date/From/To/Subject when there is none) and matched against the saved
messages as a multiset, and only the missing ones are appended, with ``\\Seen``/``\\Flagged``
and the received time as the internal date: many per command with MULTIAPPEND (RFC 3502)
where the server offers it (imapclient uses LITERAL+ where offered, so the literals are not
waited for), else one APPEND each. APPENDUID (UIDPLUS, RFC 4315) gives each message's UID for
the manifest. At the end every target folder's count is read back (STATUS) and compared.
Here: the users run a few at once and the reports are written; one user's run is
user_move.py, one folder's copying folder_copy.py, what is counted and recorded record.py.

Faults: a dropped connection reconnects (a few times, with a pause) and the folder is
matched again, so a message appended just before the drop is not sent twice; ``[OVERQUOTA]``
stops that user; a message the server refuses is recorded with the server's words and the
rest go on; a refused login stops that user at once.

    summary = MailMove(Path(dir), accounts, passwords.get).run(print)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.mail_move.accounts import MoveAccount, mail_root
from app.mail_move.manifest import MoveManifest
from app.mail_move.results import MoveSummary, UserProgress, UserResult
from app.mail_move.user_move import UserMove


class MailMove:
    """Runs once; ``stop`` (a threading.Event) ends each user between batches."""

    def __init__(self, source_dir: Path, accounts: list[MoveAccount],
                 passwords: Callable[[MoveAccount], str | None], *,
                 users: list[str] | None = None, dry_run: bool = False,
                 insecure: bool = False, parallel_users: int = 3,
                 stop: threading.Event | None = None, timeout: float = 120,
                 multiappend: bool = True) -> None:
        self.source_dir = Path(source_dir)
        self.root = mail_root(self.source_dir)
        only = {u.lower() for u in users or []}
        self.accounts = [a for a in accounts if not only or a.email.lower() in only]
        self.passwords = passwords
        self.dry_run = dry_run
        self.insecure = insecure
        self.parallel_users = max(1, parallel_users)
        self.stop = stop or threading.Event()
        self.timeout = timeout
        self.multiappend = multiappend

    def run(self, on_progress: Callable[[UserProgress], None] | None = None) -> MoveSummary:
        from app.mail_move.report import write_reports

        results = [UserResult(a.email) for a in self.accounts]
        manifest = None if self.dry_run else MoveManifest(self.root)
        try:
            with ThreadPoolExecutor(self.parallel_users, thread_name_prefix="mail-move") as pool:
                list(pool.map(lambda pair: UserMove(self, pair[0], pair[1], manifest,
                                                    on_progress).run(),
                              zip(self.accounts, results, strict=True)))
        finally:
            if manifest is not None:
                manifest.close()
        complete = bool(results) and not self.dry_run and all(r.complete for r in results)
        summary = MoveSummary(results, complete, None, None, self.dry_run)
        if not self.dry_run:
            summary.report_html, summary.report_csv = write_reports(self.root, summary)
        return summary
