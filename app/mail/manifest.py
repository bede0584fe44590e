"""The mail backup's manifest: every message's state and local path, in SQLite.

States: ``listed`` (seen in Graph's delta), ``saved`` (written to the Maildir
or mbox), ``verified`` (read back: parses, Message-ID and size match),
``failed`` (with a reason), ``removed`` (deleted in the mailbox after it was
listed; the saved copy is kept). Folders keep their delta link, so a later
run asks Graph only for what changed, and their last ``totalItemCount``.
A message once ``verified`` is never fetched again.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.database import open_manifest

if TYPE_CHECKING:
    from app.mail.recording import Outcome

MANIFEST_NAME = "cancel365-mail.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    user TEXT NOT NULL, id TEXT NOT NULL, folder TEXT NOT NULL, imid TEXT, size INTEGER,
    received TEXT, is_read INTEGER, flagged INTEGER, state TEXT NOT NULL, path TEXT,
    reason TEXT, fetches INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (user, id));
CREATE INDEX IF NOT EXISTS messages_state ON messages (user, state);
CREATE TABLE IF NOT EXISTS folders (
    user TEXT NOT NULL, id TEXT NOT NULL, path TEXT NOT NULL, total INTEGER,
    size INTEGER, delta_link TEXT, PRIMARY KEY (user, id));
CREATE TABLE IF NOT EXISTS items (
    user TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, count INTEGER,
    path TEXT, PRIMARY KEY (user, kind, name));
"""


@dataclass
class MessageRow:
    user: str
    id: str
    folder: str
    imid: str | None
    size: int | None
    received: str
    is_read: bool
    flagged: bool
    state: str = "listed"
    path: str | None = None
    reason: str | None = None


class MailManifest:
    """One SQLite file under the mail folder; safe for many threads."""

    def __init__(self, root: str) -> None:
        os.makedirs(root, exist_ok=True)
        self.path = os.path.join(root, MANIFEST_NAME)
        self._db = open_manifest(self.path, _SCHEMA)
        self._lock = threading.Lock()

    @staticmethod
    def exists(root: str) -> bool:
        return os.path.exists(os.path.join(root, MANIFEST_NAME))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _run(self, sql: str, args: Iterable[object] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    # -- folders -----------------------------------------------------------------------

    def folder(self, user: str, folder: str, path: str, total: int, size: int) -> None:
        self._run("INSERT INTO folders (user, id, path, total, size) VALUES (?,?,?,?,?) "
                  "ON CONFLICT (user, id) DO UPDATE SET path=excluded.path, "
                  "total=excluded.total, size=excluded.size", (user, folder, path, total, size))

    def delta_link(self, user: str, folder: str) -> str | None:
        rows = self._run("SELECT delta_link FROM folders WHERE user=? AND id=?", (user, folder))
        return rows[0][0] if rows else None

    def set_delta_link(self, user: str, folder: str, link: str) -> None:
        self._run("UPDATE folders SET delta_link=? WHERE user=? AND id=?", (link, user, folder))

    def folders(self, user: str) -> list[tuple[str, str, int]]:
        return [(r[0], r[1], r[2]) for r in
                self._run("SELECT id, path, total FROM folders WHERE user=?", (user,))]

    # -- messages ----------------------------------------------------------------------

    def listed(self, rows: list[MessageRow]) -> None:
        """New messages as ``listed``; known ones keep their state (flags are updated)."""
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT INTO messages (user, id, folder, imid, size, received, is_read, flagged,"
                " state) VALUES (?,?,?,?,?,?,?,?,'listed') ON CONFLICT (user, id) DO UPDATE SET "
                "is_read=excluded.is_read, flagged=excluded.flagged, folder=excluded.folder, "
                "state=CASE WHEN state='removed' THEN 'listed' ELSE state END",
                [(r.user, r.id, r.folder, r.imid, r.size, r.received, int(r.is_read),
                  int(r.flagged)) for r in rows])
            self._db.execute("COMMIT")

    def removed(self, user: str, ids: list[str]) -> None:
        with self._lock:
            self._db.executemany("UPDATE messages SET state='removed' WHERE user=? AND id=?",
                                 [(user, i) for i in ids])

    def to_fetch(self, user: str) -> list[MessageRow]:
        """Messages not yet saved (listed, or failed on an earlier run), and saved ones that
        still need their check."""
        rows = self._run("SELECT user, id, folder, imid, size, received, is_read, flagged, "
                         "state, path, reason FROM messages WHERE user=? AND state IN "
                         "('listed', 'failed', 'saved') ORDER BY folder, received", (user,))
        return [MessageRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7]), r[8],
                           r[9], r[10]) for r in rows]

    def set_state(self, user: str, message: str, state: str, *, path: str | None = None,
                  reason: str | None = None, fetched: bool = False) -> None:
        self._run("UPDATE messages SET state=?, path=COALESCE(?, path), reason=?, "
                  "fetches=fetches+? WHERE user=? AND id=?",
                  (state, path, reason, int(fetched), user, message))

    def record(self, outcomes: Iterable[Outcome]) -> None:
        """Many messages' states (:class:`app.mail.recording.Outcome`) in one transaction."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "UPDATE messages SET state=?, path=COALESCE(?, path), reason=?, "
                    "fetches=fetches+? WHERE user=? AND id=?",
                    [(o.state, o.path, o.reason, int(o.fetched), o.user, o.message)
                     for o in outcomes])
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def counts(self, user: str) -> dict[str, int]:
        return {r[0]: r[1] for r in self._run(
            "SELECT state, COUNT(*) FROM messages WHERE user=? GROUP BY state", (user,))}

    def folder_counts(self, user: str) -> dict[str, int]:
        """Messages kept (saved or verified, not removed) per folder."""
        return {r[0]: r[1] for r in self._run(
            "SELECT folder, COUNT(*) FROM messages WHERE user=? AND state IN "
            "('saved', 'verified') GROUP BY folder", (user,))}

    def failures(self, user: str) -> list[tuple[str, str]]:
        return [(r[0], r[1] or "") for r in self._run(
            "SELECT id, reason FROM messages WHERE user=? AND state='failed'", (user,))]

    def states(self) -> dict[str, tuple[str, int]]:
        """Every message's state and fetch count (for tests and the report)."""
        return {r[0]: (r[1], r[2]) for r in
                self._run("SELECT id, state, fetches FROM messages")}

    # -- calendars and contacts --------------------------------------------------------

    def item_file(self, user: str, kind: str, name: str, count: int, path: str) -> None:
        self._run("INSERT OR REPLACE INTO items VALUES (?,?,?,?,?)",
                  (user, kind, name, count, path))
