"""Opening a manifest's SQLite file: shared by threads, write-ahead log, schema applied."""

from __future__ import annotations

import os
import sqlite3


def open_manifest(path: str | os.PathLike[str], schema: str) -> sqlite3.Connection:
    """The database at ``path`` with ``schema`` applied (its statements use IF NOT EXISTS).

    Autocommit (transactions are begun by hand), usable from any thread behind the caller's
    lock, WAL with synchronous=NORMAL: durable across a process crash (kill -9), each commit
    without a full fsync.
    """
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(schema)
    return db
