"""Applying a drive's listed entries to the destination: repeats, deletions, re-queues, moved copies.

"driveItem: delta" may name an item more than once (the later entry wins), name it
deleted, or name it under a new path; an incremental listing names only what changed.
:class:`DeltaApplier` turns each batch into the rows to save and the files still to
fetch, keeps a copy verified before (or earlier in this run) when its bytes are the
same, moving it to the item's new name, and counts every entry in :class:`DriveCounts`.
"""

from __future__ import annotations

import contextlib
import os

from app.backup.drive_counts import DriveCounts, ListedEntry
from app.backup.errors import DestinationGoneError, destination_error
from app.backup.fetch import FetchResult, FileJob
from app.backup.listing import CONTAINERS, ListedItem, shortcut_reason
from app.backup.manifest import DONE_STATES, DriveRow, ItemRow, ItemState
from app.backup.paths import LocalNames, inside
from app.errors import GraphError
from app.texts import translate


def stale_link(exc: GraphError) -> bool:
    """A delta link Graph no longer takes ("driveItem: delta": 410 Gone, resyncRequired)."""
    return exc.status == 410 or (exc.code or "").lower().startswith("resync")


def _deleted_reason(*, during: bool, kept: bool) -> str:
    if during:
        return translate("backup", "Deleted in Microsoft 365 during the backup.") if not kept \
            else translate("backup", "Deleted in Microsoft 365 during the backup; the copy made "
                           "before is kept.")
    return translate("backup", "Deleted in Microsoft 365 since the last backup; the copy made "
                     "then is kept.") if kept else translate(
                         "backup", "Deleted in Microsoft 365 since the last backup.")


def _gone_reason() -> str:
    return translate("backup", "No longer in Microsoft 365 (deleted since the last backup); "
                     "the copy made then is kept.")


class DeltaApplier:
    """One run's listed entries applied to the copies the destination holds."""

    def __init__(self, dest: str, counts: DriveCounts, drive_names: dict[str, str]) -> None:
        self.dest = dest
        self.counts = counts
        self._lock = counts.lock
        self._drive_names = drive_names  # drive id → "owner: name", for shortcuts' reasons
        self.before: dict[tuple[str, str], ItemRow] = {}        # verified copies at the start
        self.verified_now: dict[tuple[str, str], ItemRow] = {}  # ... and fetched by this run
        self.replaces: dict[int, list[str]] = {}  # a job's earlier copies, removed once it is kept
        self.deleted = 0  # files marked deleted in Microsoft 365 by this run

    def note_copies(self, drive_id: str, known: dict[str, ItemRow]) -> None:
        """The verified copies of a drive's files this destination holds already."""
        for r in known.values():
            if r.kind == "file" and (r.state in DONE_STATES or (
                    r.state is ItemState.DELETED and self.kept_whole(r))):
                state = r.state if r.state in DONE_STATES else ItemState.VERIFIED
                self.before[(drive_id, r.item_id)] = ItemRow(**{**vars(r), "state": state})

    def apply(self, drive: DriveRow, listed: list[ListedItem], known: dict[str, ItemRow],
              names: LocalNames, local_of: dict[str, str]
              ) -> tuple[list[ItemRow], list[FileJob]]:
        """Listed items + what the manifest knew → rows to save and files still to fetch.

        ``known`` is kept up to date with this listing, so a later entry for the same
        item (which wins, as "driveItem: delta" says) meets the earlier one here.
        """
        rows: dict[str, ItemRow] = {}
        jobs: list[FileJob] = []
        for item in listed:
            old = known.get(item.item_id)
            earlier = self.counts.withdraw(drive.drive_id, item.item_id)
            if earlier is not None and earlier.job is not None and earlier.job in jobs:
                jobs.remove(earlier.job)
            if item.deleted:
                if old is None or old.state is ItemState.DELETED:
                    continue
                had = old.state in DONE_STATES or (earlier is not None
                                                   and earlier.result in DONE_STATES)
                gone = ItemRow(**{**vars(old), "state": ItemState.DELETED,
                                  "reason": _deleted_reason(during=earlier is not None,
                                                            kept=had)})
                known[item.item_id] = rows[item.item_id] = gone
                if old.kind not in CONTAINERS:
                    with self._lock:
                        self.deleted += 1
                continue
            parent_local = local_of.get(item.parent_id or "", drive.local_root)
            moved_from = ""
            if old is not None and old.server_path == item.server_path and old.local_path:
                local = old.local_path  # the same name in the same place: the same local file
            else:
                local = names.allocate(parent_local, item.name)
                if old is not None and old.local_path and old.local_path != local:
                    moved_from = old.local_path
            state, reason = ItemState.LISTED, ""
            job: FileJob | None = None
            if item.is_container:
                local_of[item.item_id] = local
                if moved_from and old is not None and old.kind in CONTAINERS:
                    self.move_tree(moved_from, local, old.server_path, item.server_path,
                                   known, rows)
                self.make_folder(local)
            elif item.kind != "file" or item.reason:
                state, reason = ItemState.SKIPPED, self.skip_reason(item)
            else:
                # A copy verified before this run (or earlier in it) of the same bytes is kept,
                # moved to the item's new name if it has one; else the file is fetched.
                key = (drive.drive_id, item.item_id)
                copies = [c for c in (self.before.get(key), self.verified_now.get(key))
                          if c is not None]
                keep = next((c for c in copies if c.size == item.size
                             and c.quickxor == item.quickxor), None)
                if keep is not None and self.move_file(keep.local_path, local):
                    state, reason = keep.state, keep.reason
                    self.verified_now[key] = ItemRow(**{**vars(keep), "local_path": local})
                    self.before.pop(key, None)
                else:
                    generation = earlier.job.generation + 1 \
                        if earlier is not None and earlier.job is not None else 0
                    replaces = [inside(self.dest, c.local_path) for c in copies
                                if c.local_path != local]
                    job = FileJob(
                        drive.drive_id, item.item_id, item.server_path, inside(self.dest, local),
                        item.size, item.quickxor, item.modified,
                        in_library=drive.drive_type == "documentLibrary",
                        download_url=item.download_url, seen_before=old is not None,
                        generation=generation, local_rel=local)
                    if replaces:
                        self.replaces[id(job)] = replaces
                    jobs.append(job)
            self.counts.count(drive.drive_id, item.item_id, ListedEntry(
                item.kind, item.size, job,
                state if state in (*DONE_STATES, ItemState.SKIPPED) else None))
            new = ItemRow(drive.drive_id, item.item_id, item.kind, item.server_path, local,
                          item.size, item.quickxor, item.modified, state, reason, item.note)
            rows.pop(item.item_id, None)
            known[item.item_id] = rows[item.item_id] = new
        return list(rows.values()), jobs

    def precount(self, drive: DriveRow, known: dict[str, ItemRow]) -> None:
        """An incremental listing names only the changes: count what the backup holds already."""
        for r in known.values():
            if r.kind != "file" or r.state not in (*DONE_STATES, ItemState.SKIPPED):
                continue
            self.counts.count(drive.drive_id, r.item_id, ListedEntry(r.kind, r.size, None, r.state))

    def unnamed(self, drive: DriveRow, known: dict[str, ItemRow], *,
                incremental: bool) -> tuple[list[ItemRow], list[FileJob]]:
        """Files the listing did not name → rows marked deleted (after a full listing: they are
        gone from Microsoft 365) or unfinished files to fetch (an incremental listing names
        only changes)."""
        rows, jobs = [], []
        for r in known.values():
            if r.kind in CONTAINERS or (drive.drive_id, r.item_id) in self.counts.entries \
                    or r.state is ItemState.DELETED:
                continue
            if not incremental:
                if r.kind == "file":
                    rows.append(ItemRow(**{**vars(r), "state": ItemState.DELETED,
                                           "reason": _gone_reason()}))
                continue
            if r.kind != "file" or r.state in (*DONE_STATES, ItemState.SKIPPED):
                continue
            job = FileJob(drive.drive_id, r.item_id, r.server_path, inside(self.dest, r.local_path),
                          r.size, r.quickxor, r.modified,
                          in_library=drive.drive_type == "documentLibrary", download_url=None,
                          local_rel=r.local_path)
            self.counts.count(drive.drive_id, r.item_id, ListedEntry(r.kind, r.size, job, None))
            jobs.append(job)
        return rows, jobs

    def settle(self, job: FileJob, result: FetchResult) -> None:
        """A counted download ended (under the lock): a verified file replaces its earlier copies."""
        replaced = self.replaces.pop(id(job), [])
        if result.state in DONE_STATES:
            self.verified_now[(job.drive_id, job.item_id)] = ItemRow(
                job.drive_id, job.item_id, "file", job.server_path,
                job.local_rel or os.path.relpath(job.local_path, self.dest).replace(os.sep, "/"),
                job.size,
                job.quickxor, job.modified, result.state, result.reason)
            for path in replaced:  # the earlier copy under its old name
                if path != job.local_path:
                    with contextlib.suppress(OSError):
                        os.remove(path)

    def kept_whole(self, row: ItemRow) -> bool:
        path = inside(self.dest, row.local_path)
        return os.path.isfile(path) and os.path.getsize(path) == row.size

    def skip_reason(self, item: ListedItem) -> str:
        if item.kind == "shortcut":
            holder = self._drive_names.get(item.remote_drive, "")
            return shortcut_reason(item.remote_drive, holder)
        return item.reason

    def move_file(self, old_local: str, new_local: str) -> bool:
        """Move a verified copy to the item's new name; False when there is none to move."""
        source, target = inside(self.dest, old_local), inside(self.dest, new_local)
        if source == target:
            return os.path.isfile(target)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.replace(source, target)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise destination_error(exc, self.dest) from None
        return True

    def move_tree(self, old_local: str, new_local: str, old_server: str, new_server: str,
                  known: dict[str, ItemRow], rows: dict[str, ItemRow]) -> None:
        """A folder renamed or moved: move its local folder and every row inside it."""
        source, target = inside(self.dest, old_local), inside(self.dest, new_local)
        if os.path.isdir(source) and not os.path.exists(target):
            try:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.rename(source, target)
            except OSError as exc:
                raise destination_error(exc, self.dest) from None
        for r in list(known.values()):
            if r.local_path.startswith(old_local + "/"):
                server = new_server + r.server_path[len(old_server):] \
                    if r.server_path.startswith(old_server + "/") else r.server_path
                moved = ItemRow(**{**vars(r), "local_path": new_local + r.local_path[len(old_local):],
                                   "server_path": server})
                known[r.item_id] = rows[r.item_id] = moved

    def make_folder(self, local: str) -> None:
        if not os.path.isdir(self.dest):  # never recreate an unplugged destination
            raise DestinationGoneError(self.dest)
        try:
            os.makedirs(inside(self.dest, local), exist_ok=True)
        except OSError as exc:
            raise destination_error(exc, self.dest) from None
