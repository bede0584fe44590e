"""What was sent where: every message appended, with its target folder and UID (SQLite,
``DIR/Mail/cancel365-mail-move.sqlite``). Written once per batch, in one transaction, after
the server said OK. A message the server refused is kept with the server's words.

The manifest is the record, not the judge: before a folder is filled, what is already there
is read from the server itself (by Message-ID or a header digest), so a message appended just
before the program was killed, and not yet written here, is still not sent twice.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from app.database import open_manifest

MANIFEST_NAME = "cancel365-mail-move.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sent (
    user TEXT NOT NULL, source TEXT NOT NULL, key TEXT NOT NULL, target TEXT NOT NULL,
    uidvalidity INTEGER, uid INTEGER, state TEXT NOT NULL, reason TEXT, at REAL NOT NULL,
    PRIMARY KEY (user, source));
CREATE INDEX IF NOT EXISTS sent_user ON sent (user, state);
"""


class MoveManifest:
    """One SQLite file; safe for many threads."""

    def __init__(self, root: Path) -> None:
        os.makedirs(root, exist_ok=True)
        self.path = Path(root) / MANIFEST_NAME
        self._db = open_manifest(self.path, _SCHEMA)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def record(self, user: str, rows: list[tuple[str, str, str, int | None, int | None, str,
                                                  str | None]]) -> None:
        """(source, key, target, uidvalidity, uid, state, reason) rows in one transaction."""
        if not rows:
            return
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO sent (user, source, key, target, uidvalidity, uid,"
                    " state, reason, at) VALUES (?,?,?,?,?,?,?,?,?)",
                    [(user.lower(), *r, now) for r in rows])
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def rows(self, user: str | None = None) -> list[tuple]:
        sql = ("SELECT user, source, key, target, uidvalidity, uid, state, reason FROM sent"
               + (" WHERE user=?" if user else "") + " ORDER BY at, source")
        with self._lock:
            return self._db.execute(sql, (user.lower(),) if user else ()).fetchall()

    def counts(self, user: str) -> dict[str, int]:
        with self._lock:
            return {r[0]: r[1] for r in self._db.execute(
                "SELECT state, COUNT(*) FROM sent WHERE user=? GROUP BY state",
                (user.lower(),)).fetchall()}
