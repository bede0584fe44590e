"""One run's per-drive counts (listed, fetched, failed, skipped) and the progress they make."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from app.backup.fetch import FetchResult, FileJob
from app.backup.manifest import DONE_STATES, ItemState
from app.backup.plan import DriveChoice
from app.backup.progress import DriveStatus, Progress, Speedometer


@dataclass
class ListedEntry:
    """One item of this run's listing, as the counts know it."""

    kind: str
    size: int
    job: FileJob | None              # its download, when one was queued
    result: ItemState | None = None  # how it ended (done, skipped, failed); None: not yet


def is_file(entry: ListedEntry) -> bool:
    """A file to fetch (the progress counts these): not a container, not undownloadable."""
    return entry.kind == "file" and entry.result is not ItemState.SKIPPED


def all_fetched(status: DriveStatus) -> bool:
    """Every file the drive's listing named so far has ended, verified or failed."""
    return status.files_done + status.files_failed >= status.files_total


class DriveCounts:
    """The counts of one listing's entries, per drive; a later entry replaces an earlier one.

    ``lock`` is the run's one lock: the listing thread and the download thread both
    change these counts. Methods that say "under the lock" expect the caller to hold it.
    """

    def __init__(self, lock: threading.Lock) -> None:
        self.lock = lock
        self.status: dict[str, DriveStatus] = {}
        self.entries: dict[tuple[str, str], ListedEntry] = {}
        self.listed_bytes: dict[str, int] = {}
        self.totals = {"done": 0, "failed": 0, "skipped": 0}
        # Per drive: bytes received of files not yet finished (written by the downloads; every
        # drive has its key before they start, so the dict never grows while it is read).
        self.inflight: dict[str, int] = {}

    def add_drive(self, choice: DriveChoice) -> None:
        """A drive of this run, before its listing and downloads start."""
        self.inflight[choice.drive_id] = 0
        self.status[choice.drive_id] = DriveStatus(
            choice.drive_id, choice.kind, choice.owner, choice.name,
            bytes_total=choice.used_bytes)

    def start_listing(self, drive_id: str) -> None:
        """The drive's listing begins: its counts start again from nothing."""
        status = self.status[drive_id]
        status.files_total = status.files_done = status.bytes_done = 0
        self.listed_bytes[drive_id] = 0

    def count(self, drive_id: str, item_id: str, entry: ListedEntry) -> None:
        status = self.status[drive_id]
        with self.lock:
            self.entries[(drive_id, item_id)] = entry
            if is_file(entry):
                self.listed_bytes[drive_id] += entry.size
                status.files_total += 1
                status.bytes_total = max(status.bytes_total, self.listed_bytes[drive_id])
            self.tally(status, entry, +1)

    def withdraw(self, drive_id: str, item_id: str) -> ListedEntry | None:
        """Take an earlier entry's counts back; its download, if still to come, is dropped."""
        status = self.status[drive_id]
        with self.lock:
            entry = self.entries.pop((drive_id, item_id), None)
            if entry is None:
                return None
            if entry.job is not None and entry.result is None:
                entry.job.superseded = True
            if is_file(entry):
                self.listed_bytes[drive_id] -= entry.size
                status.files_total -= 1
            self.tally(status, entry, -1)
            return entry

    def tally(self, status: DriveStatus, entry: ListedEntry, sign: int) -> None:
        """Add (``sign`` +1) or take back (-1) how an entry ended; under the lock."""
        if entry.result in DONE_STATES:
            status.files_done += sign
            status.bytes_done += sign * entry.size
            self.totals["done"] += sign
        elif entry.result is ItemState.SKIPPED:
            self.totals["skipped"] += sign
        elif entry.result is ItemState.FAILED:
            status.files_failed += sign
            self.totals["failed"] += sign

    def drop_drive(self, drive_id: str) -> None:
        """Forget a drive's counts (under the lock) before it is listed again from the start."""
        status = self.status[drive_id]
        for key in [k for k in self.entries if k[0] == drive_id]:
            entry = self.entries.pop(key)
            if entry.job is not None and entry.result is None:
                entry.job.superseded = True
            self.tally(status, entry, -1)
        status.files_total = 0
        self.listed_bytes[drive_id] = 0

    def finished(self, job: FileJob, result: FetchResult, received: int) -> ListedEntry | None:
        """Count a download that ended (under the lock); None when a later entry replaced it."""
        status = self.status[job.drive_id]
        self.inflight[job.drive_id] -= received
        entry = self.entries.get((job.drive_id, job.item_id))
        if job.superseded or entry is None or entry.job is not job:
            return None  # a later entry of the listing replaced this one: its own job counts
        if result.state is ItemState.SKIPPED:  # not downloadable after all: not to fetch
            status.files_total -= 1
            self.listed_bytes[job.drive_id] -= entry.size
        entry.result = result.state
        self.tally(status, entry, +1)
        return entry

    def progress(self, event: str, *, phase: str, meter: Speedometer, paused: bool,
                 message: str) -> Progress:
        """The counts as one progress event, the bytes on their way included."""
        with self.lock:
            drives = [DriveStatus(**vars(s)) for s in self.status.values()]
            counts = dict(self.totals)
            for d in drives:  # what is on its way counts too, so a big file moves its row
                d.bytes_done = min(d.bytes_total, d.bytes_done + max(0, self.inflight[d.drive_id]))
        bytes_total = sum(d.bytes_total for d in drives)
        bytes_done = sum(d.bytes_done for d in drives)
        speed = meter.speed()
        left = max(0, bytes_total - bytes_done)
        return Progress(
            event=event, phase=phase, files_total=sum(d.files_total for d in drives),
            files_done=counts["done"], files_failed=counts["failed"],
            files_skipped=counts["skipped"], bytes_total=bytes_total, bytes_done=bytes_done,
            speed=speed, eta_seconds=left / speed if speed > 0 else None,
            paused=paused, message=message, drives=drives)
