"""The backup's memory, in SQLite inside the destination: what exists, what is done.

Every drive and item is a row; an item's state moves listed → downloading →
verified (or failed, skipped, office-rewrite). A backup started again on the
same destination reads this and skips what is verified, so an interrupted
backup (a crash, kill -9, sleep, Cancel) resumes where it stopped. Each drive's
``@odata.deltaLink`` of its last complete listing is kept too ("driveItem: delta"),
so a later run asks only for the changes. It never holds an access token or a
download URL (a delta link's token names a point in the drive's history, nothing more).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from app.backup.errors import (
    BackupError,
    DestinationDeniedError,
    DestinationError,
    DestinationGoneError,
    DiskFullError,
    ManifestError,
    destination_error,
)
from app.database import open_manifest
from app.durable import DiskBarrier
from app.texts import translate

MANIFEST_NAME = "cancel365-manifest.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS drives (
    drive_id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner TEXT NOT NULL, owner_name TEXT NOT NULL,
    name TEXT NOT NULL, drive_type TEXT NOT NULL, local_root TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting', reason TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS items (
    drive_id TEXT NOT NULL, item_id TEXT NOT NULL, kind TEXT NOT NULL,
    server_path TEXT NOT NULL, local_path TEXT NOT NULL, size INTEGER NOT NULL,
    quickxor TEXT, modified REAL, state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (drive_id, item_id));
CREATE INDEX IF NOT EXISTS items_state ON items (drive_id, state);
CREATE TABLE IF NOT EXISTS listings (
    drive_id TEXT PRIMARY KEY, delta_link TEXT NOT NULL, root_id TEXT NOT NULL DEFAULT '',
    listed_at REAL NOT NULL);
"""


class ItemState(StrEnum):
    """Where one item stands."""

    LISTED = "listed"
    DOWNLOADING = "downloading"
    VERIFIED = "verified"
    OFFICE_REWRITE = "office-rewrite"   # kept: SharePoint changed the Office file's bytes
    FAILED = "failed"
    SKIPPED = "skipped"                 # not downloadable (malware, a shortcut, ...)
    DELETED = "deleted"                 # deleted in Microsoft 365 (a copy made before is kept)


DONE_STATES = (ItemState.VERIFIED, ItemState.OFFICE_REWRITE)


@dataclass
class ItemRow:
    """One item as the manifest knows it."""

    drive_id: str
    item_id: str
    kind: str            # file, folder, notebook, other
    server_path: str
    local_path: str      # relative to the destination, '/'-separated
    size: int
    quickxor: str | None
    modified: float | None
    state: ItemState
    reason: str = ""
    note: str = ""       # where the backup put it when Microsoft 365 did not say


@dataclass
class Listing:
    """A drive's last complete listing: the delta link that asks for the changes since."""

    drive_id: str
    delta_link: str
    root_id: str
    listed_at: float     # seconds since the epoch


@dataclass
class DriveRow:
    """One drive as the manifest knows it."""

    drive_id: str
    kind: str            # onedrive or sharepoint
    owner: str           # the user's UPN or the site's URL
    owner_name: str
    name: str
    drive_type: str
    local_root: str
    state: str = "waiting"
    reason: str = ""


class Manifest:
    """The SQLite file; safe to use from several threads.

    Item state changes from the workers are queued (the latest per item) and
    written in one transaction by :meth:`flush` (the engine calls it a few
    times a second): one commit per file would make the manifest the
    bottleneck for small files. The files a batch records as kept are made
    durable first, all together (``durable.py``): a file the manifest calls
    verified is on the disk, even after a power cut. A crash loses at most a
    batch of bookkeeping, never correctness: a file is renamed into place only
    after verification, and a file found in place on resume is verified again
    from disk instead of downloaded.
    """

    def __init__(self, dest: str, *,
                 barrier: Callable[[list[str]], None] | None = None) -> None:
        self.dest = dest
        # Kept files in, on the disk when it returns (a test may watch or fail it).
        disk = DiskBarrier(dest)  # opens nothing until its first batch
        self._disk: DiskBarrier | None = disk if barrier is None else None
        self._barrier: Callable[[list[str]], None] = barrier if barrier is not None else disk
        self.path = os.path.join(dest, MANIFEST_NAME)
        try:
            self._db = open_manifest(self.path, _SCHEMA)
            columns = {r[1] for r in self._db.execute("PRAGMA table_info(items)")}
            if "note" not in columns:  # a manifest from before notes were kept
                self._db.execute("ALTER TABLE items ADD COLUMN note TEXT NOT NULL DEFAULT ''")
        except sqlite3.OperationalError as exc:
            raise self._trouble(exc) from None
        except sqlite3.DatabaseError as exc:
            raise ManifestError(translate(
                "backup", "The backup's manifest in {0} cannot be used ({1}). Move {2} away to start "
                "afresh, or choose another destination.").format(dest, exc, MANIFEST_NAME)) from None
        self._lock = threading.Lock()
        # Item state changes not yet written: the latest per item, in one dict swapped out
        # whole by flush (a file listed, started and verified between two flushes is one row).
        self._changes: dict[tuple[str, str], tuple[str, str]] = {}
        self._kept: list[str] = []  # files renamed into place, for the next flush's barrier
        self._changes_lock = threading.Lock()

    def _trouble(self, exc: sqlite3.Error) -> BackupError:
        """SQLite's complaint about the destination as the admin's error."""
        text = str(exc).lower()
        if "full" in text:
            return DiskFullError(self.dest)
        if "readonly" in text or "read-only" in text or "permission" in text:
            return DestinationDeniedError(self.dest)
        if not os.path.isdir(self.dest):
            return DestinationGoneError(self.dest)
        return DestinationError(translate(
            "backup", "The backup's manifest in {0} could not be written ({1}). Check the "
            "destination, then start the backup again.").format(self.dest, exc))

    def _write(self, sql: str, args: tuple[object, ...]) -> None:
        self.flush()
        with self._lock:
            try:
                self._db.execute(sql, args)
            except sqlite3.OperationalError as exc:
                raise self._trouble(exc) from None

    def flush(self) -> None:
        """Make the queued kept files durable, then write every queued state change in one
        transaction."""
        with self._lock:
            with self._changes_lock:
                changes, self._changes = self._changes, {}
                kept, self._kept = self._kept, []
            if not changes:
                return
            try:
                self._barrier(kept)
            except OSError as exc:
                self._queue_again(changes, kept)
                raise destination_error(exc, self.dest) from None
            try:
                self._db.execute("BEGIN")
                self._db.executemany(
                    "UPDATE items SET state=?, reason=? WHERE drive_id=? AND item_id=?",
                    [(state, reason, drive_id, item_id)
                     for (drive_id, item_id), (state, reason) in changes.items()])
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                self._queue_again(changes, kept)
                raise self._trouble(exc) from None

    def _queue_again(self, changes: dict[tuple[str, str], tuple[str, str]],
                     kept: list[str]) -> None:
        """A flush that failed: keep its changes, and any newer change on top."""
        with self._changes_lock:
            changes.update(self._changes)
            self._changes = changes
            self._kept = kept + self._kept

    @staticmethod
    def exists(dest: str) -> bool:
        return os.path.exists(os.path.join(dest, MANIFEST_NAME))

    def close(self) -> None:
        """Commit what is pending and close (a failed commit is reported, then closed)."""
        try:
            self.flush()
        finally:
            with self._lock:
                self._db.close()
                if self._disk is not None:
                    self._disk.close()

    # -- drives ----------------------------------------------------------------

    def drives(self) -> list[DriveRow]:
        with self._lock:
            rows = self._db.execute(
                "SELECT drive_id, kind, owner, owner_name, name, drive_type, local_root, state, "
                "reason FROM drives ORDER BY rowid").fetchall()
        return [DriveRow(*r) for r in rows]

    def drive(self, drive_id: str) -> DriveRow | None:
        return next((d for d in self.drives() if d.drive_id == drive_id), None)

    def add_drive(self, row: DriveRow) -> None:
        self._write("INSERT OR IGNORE INTO drives VALUES (?,?,?,?,?,?,?,?,?)",
                    (row.drive_id, row.kind, row.owner, row.owner_name, row.name, row.drive_type,
                     row.local_root, row.state, row.reason))

    def set_drive_state(self, drive_id: str, state: str, reason: str = "") -> None:
        self._write("UPDATE drives SET state=?, reason=? WHERE drive_id=?",
                    (state, reason, drive_id))

    # -- items -----------------------------------------------------------------

    def items(self, drive_id: str | None = None) -> Iterator[ItemRow]:
        self.flush()
        query = ("SELECT drive_id, item_id, kind, server_path, local_path, size, quickxor, "
                 "modified, state, reason, note FROM items")
        args: tuple[str, ...] = ()
        if drive_id is not None:
            query += " WHERE drive_id=?"
            args = (drive_id,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY rowid", args).fetchall()
        for r in rows:
            yield ItemRow(*r[:8], ItemState(r[8]), r[9], r[10])

    def save_listing(self, rows: Iterable[ItemRow]) -> None:
        """Add or refresh listed items in one transaction (done items keep their state)."""
        self.flush()
        with self._lock:
            try:
                self._db.execute("BEGIN")
                self._db.executemany(
                    "INSERT INTO items (drive_id, item_id, kind, server_path, local_path, size, "
                    "quickxor, modified, state, reason, note) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                    "ON CONFLICT (drive_id, item_id) DO UPDATE SET kind=excluded.kind, "
                    "server_path=excluded.server_path, local_path=excluded.local_path, "
                    "size=excluded.size, quickxor=excluded.quickxor, modified=excluded.modified, "
                    "state=excluded.state, reason=excluded.reason, note=excluded.note",
                    [(r.drive_id, r.item_id, r.kind, r.server_path, r.local_path, r.size,
                      r.quickxor, r.modified, r.state.value, r.reason, r.note) for r in rows])
                self._db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise self._trouble(exc) from None

    def set_state(self, drive_id: str, item_id: str, state: ItemState, reason: str = "", *,
                  kept: str | None = None) -> None:
        """Queue a state change; written by the next :meth:`flush` (the latest per item wins).

        ``kept``: the file now in place (absolute path), made durable before the state is
        written.
        """
        with self._changes_lock:
            self._changes[(drive_id, item_id)] = (state.value, reason)
            if kept is not None:
                self._kept.append(kept)

    # -- listings (driveItem: delta: keep the @odata.deltaLink of a complete listing) ---------

    def listing(self, drive_id: str) -> Listing | None:
        """The drive's last complete listing, if one was recorded."""
        with self._lock:
            row = self._db.execute("SELECT drive_id, delta_link, root_id, listed_at FROM listings "
                                   "WHERE drive_id=?", (drive_id,)).fetchone()
        return Listing(*row) if row else None

    def save_listing_link(self, listing: Listing) -> None:
        self._write("INSERT OR REPLACE INTO listings VALUES (?,?,?,?)",
                    (listing.drive_id, listing.delta_link, listing.root_id, listing.listed_at))

    def forget_listing(self, drive_id: str) -> None:
        self._write("DELETE FROM listings WHERE drive_id=?", (drive_id,))

    def verified_bytes(self) -> int:
        self.flush()
        with self._lock:
            (total,) = self._db.execute(
                "SELECT COALESCE(SUM(size), 0) FROM items WHERE state IN (?, ?)",
                tuple(s.value for s in DONE_STATES)).fetchone()
        return int(total)
