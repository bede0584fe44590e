"""The backup from a plan to a verified copy: list each drive, download, verify, report.

One direction only: plan → listing → fetch/verify → manifest → report. The
calling thread lists the drives page by page and queues the files; one
download thread (``downloader.py``) fetches ``workers`` of them at a time. Run it
again on the same destination and it resumes: verified files are skipped,
partly written ones continue. Progress goes to a plain callback (a page, the
terminal, JSON lines); :class:`BackupControl` pauses, resumes and cancels.

This module runs the backup; each drive's folder is chosen in ``drive_folders.py``, the
listed entries are applied in ``delta_apply.py``, counted per drive in ``drive_counts.py``,
and the end summed up in ``run_summary.py``.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable

from app.backup.concurrency import CAP, START, LinkWatch
from app.backup.control import BackupControl
from app.backup.delta_apply import DeltaApplier, stale_link
from app.backup.downloader import Downloader
from app.backup.drive_counts import DriveCounts, all_fetched
from app.backup.drive_folders import drive_rows
from app.backup.errors import BackupError, destination_error
from app.backup.fetch import FetchResult, FileJob
from app.backup.listing import CONTAINERS, DeltaListing
from app.backup.manifest import DONE_STATES, DriveRow, ItemRow, ItemState, Listing, Manifest
from app.backup.paths import LocalNames
from app.backup.plan import BackupPlan, DriveChoice
from app.backup.progress import Progress, Speedometer
from app.backup.run_summary import BackupSummary, summarize, write_report
from app.errors import GraphError, NetworkError, NotSignedInError
from app.graph.client import GraphClient
from app.texts import translate

__all__ = ["DEFAULT_WORKERS", "MAX_WORKERS", "BackupEngine", "BackupSummary"]

log = logging.getLogger(__name__)

DEFAULT_WORKERS = START  # at the start, when the admin chose no number (concurrency.py)
MAX_WORKERS = CAP
TICK = 0.25  # seconds between progress events while files are fetched
SLICE = 200  # listed entries applied, saved and queued at a time


class BackupEngine:
    """Runs one backup; create a new one for each run."""

    def __init__(self, graph: GraphClient, plan: BackupPlan, dest: str, *,
                 workers: int | None = None, control: BackupControl | None = None,
                 on_progress: Callable[[Progress], None] = lambda p: None) -> None:
        self.graph = graph
        self.plan = plan
        self.dest = os.path.abspath(dest)
        # None: start at DEFAULT_WORKERS and follow the link (concurrency.py); else fixed.
        self.adaptive = workers is None
        self.workers = DEFAULT_WORKERS if workers is None else max(1, min(MAX_WORKERS, workers))
        self.control = control or BackupControl()
        self.on_progress = on_progress
        self._jobs: queue.Queue[FileJob | None] = queue.Queue(maxsize=10_000)
        self._downloads = threading.Thread()
        self._lock = threading.Lock()
        self._meter = Speedometer()
        self._counts = DriveCounts(self._lock)  # per drive: listed, fetched, failed, skipped
        self._status = self._counts.status
        self._started: set[str] = set()  # drives whose downloads began
        self._fatal: BaseException | None = None
        self._stop = threading.Event()  # a fatal error: every worker stops
        self._phase = "listing"
        self._manifest: Manifest | None = None
        self._owner = threading.get_ident()
        self._flushed = 0.0
        drive_names = {d.drive_id: f"{d.owner_name}: {d.name}" for d in plan.drives}
        self._delta = DeltaApplier(self.dest, self._counts, drive_names)
        self._fetched = self._resynced = 0
        self.updated_from: float | None = None  # set when a drive is listed from a delta link

    # -- the run -----------------------------------------------------------------

    def run(self) -> BackupSummary:
        """Back up the plan's chosen drives; raises BackupError/NotSignedInError when it must stop."""
        try:
            os.makedirs(self.dest, exist_ok=True)
            probe = os.path.join(self.dest, f".cancel365-write-test-{os.getpid()}")
            with open(probe, "wb"):
                pass
            os.remove(probe)
        except OSError as exc:
            raise destination_error(exc, self.dest) from None
        manifest = Manifest(self.dest)
        try:
            return self._run(manifest)
        finally:
            manifest.close()

    def _run(self, manifest: Manifest) -> BackupSummary:
        self._manifest, self._owner = manifest, threading.get_ident()
        drives = self._register_drives(manifest)
        self._downloads = threading.Thread(target=self._download, args=(manifest,),
                                           name="backup-downloads", daemon=True)
        self._downloads.start()
        try:
            for choice, row in drives:
                if self._stopping():
                    break
                self._list_and_queue(manifest, choice, row)
            self._phase = "downloading"
        finally:
            self._put(None)
            while self._downloads.is_alive():
                self._downloads.join(TICK)
                self._emit("progress")
        stopped_early = self.control.cancelled or self._fatal is not None
        for status in self._status.values():
            if status.state in ("waiting", "downloading", "done"):
                status.state = "waiting" if stopped_early and not all_fetched(status) \
                    else "done"
                manifest.set_drive_state(status.drive_id, status.state, status.reason)
        items = list(manifest.items())  # read once, for the summary and the report
        summary = self._summary(manifest, items)
        if isinstance(self._fatal, BackupError | NotSignedInError):
            self._emit("stopped", str(self._fatal))
            self._write_report(manifest, summary, items, must=False)
            raise self._fatal
        self._write_report(manifest, summary, items, must=True)
        self._emit("cancelled" if summary.cancelled else "finished")
        return summary

    def _flush(self) -> None:
        """Commit the manifest a few times a second (from the engine's own thread only)."""
        if (self._manifest is None or threading.get_ident() != self._owner
                or time.monotonic() - self._flushed < TICK):
            return
        self._flushed = time.monotonic()
        try:
            self._manifest.flush()
        except BackupError as exc:
            self._fail(exc)

    def _stopping(self) -> bool:
        return self._stop.is_set() or self.control.cancelled

    def _put(self, job: FileJob | None) -> None:
        """Hand a file to the downloads; gives up when they have stopped."""
        while True:
            try:
                self._jobs.put(job, timeout=TICK)
                return
            except queue.Full:
                if self._stopping() or not self._downloads.is_alive():
                    return
                self._emit("progress")

    # -- drives and listing ------------------------------------------------------

    def _register_drives(self, manifest: Manifest) -> list[tuple[DriveChoice, DriveRow]]:
        drives = drive_rows(manifest, self.plan, self.dest)
        for choice, _row in drives:
            self._counts.add_drive(choice)
        return drives

    def _list_and_queue(self, manifest: Manifest, choice: DriveChoice, row: DriveRow) -> None:
        """List the drive page by page; files go to the workers as soon as their path is known.

        With a delta link from an earlier complete listing, only the changes are
        asked for ("driveItem: delta"); a stale link (410 Gone, resyncRequired)
        falls back to a full listing, which still fetches nothing already verified.
        """
        status = self._status[choice.drive_id]
        status.state = "listing"
        self._emit("listing", f"Listing {choice.owner_name}: {choice.name}")
        known = {r.item_id: r for r in manifest.items(row.drive_id)}
        names = LocalNames((r.local_path for r in known.values()), root=self.dest)
        local_of = {r.item_id: r.local_path for r in known.values() if r.kind in CONTAINERS}
        self._delta.note_copies(row.drive_id, known)  # the copies this destination holds already
        self._counts.start_listing(choice.drive_id)
        last = manifest.listing(choice.drive_id)
        started = time.time()
        try:
            listing = self._listing(choice, last, known)
            if last is not None:
                self._delta.precount(row, known)
            try:
                self._consume(manifest, row, listing, known, names, local_of)
            except GraphError as exc:
                if last is None or not stale_link(exc):
                    raise
                log.info("backup: the delta link of %s is stale (%s); listing it all again",
                         choice.drive_id, exc.status)
                manifest.forget_listing(choice.drive_id)
                with self._lock:
                    self._resynced += 1
                    self._counts.drop_drive(choice.drive_id)
                listing = DeltaListing(self.graph, choice.drive_id)
                last = None
                self._consume(manifest, row, listing, known, names, local_of)
            self._after_listing(manifest, row, known, incremental=last is not None)
            if listing.delta_link:
                manifest.save_listing_link(Listing(choice.drive_id, listing.delta_link,
                                                   listing.root_id or "", started))
        except NotSignedInError as exc:
            self._fatal = exc
            self._stop.set()
            return
        except (GraphError, NetworkError) as exc:
            status.state, status.reason = "failed", str(exc)
            manifest.set_drive_state(choice.drive_id, "failed", str(exc))
            self._emit("drive-failed", str(exc))
            return
        if self._stopping():
            return
        with self._lock:
            status.bytes_total = self._counts.listed_bytes[choice.drive_id]
            status.state = "done" if all_fetched(status) else (
                "downloading" if choice.drive_id in self._started else "waiting")
        manifest.set_drive_state(choice.drive_id, "listed")

    def _listing(self, choice: DriveChoice, last: Listing | None,
                 known: dict[str, ItemRow]) -> DeltaListing:
        if last is None:
            return DeltaListing(self.graph, choice.drive_id)
        with self._lock:
            self.updated_from = min(self.updated_from or last.listed_at, last.listed_at)
        folders = {r.item_id: r.server_path for r in known.values() if r.kind in CONTAINERS
                   and r.state is not ItemState.DELETED}
        self._emit("updating", translate("backup", "Updating the backup from {0}").format(
            time.strftime("%Y-%m-%d %H:%M", time.localtime(last.listed_at))))
        return DeltaListing(self.graph, choice.drive_id, delta_link=last.delta_link,
                            known_folders=folders, root_id=last.root_id or None)

    def _consume(self, manifest: Manifest, row: DriveRow, listing: DeltaListing,
                 known: dict[str, ItemRow], names: LocalNames, local_of: dict[str, str]) -> None:
        status = self._status[row.drive_id]
        for page in listing.batches():
            # A page in slices: the first files go to the downloads after a slice, not a page.
            for start in range(0, len(page), SLICE):
                rows, jobs = self._delta.apply(row, page[start:start + SLICE], known, names,
                                               local_of)
                manifest.save_listing(rows)
                for job in jobs:
                    if self._stopping():
                        return
                    self._put(job)
            self._emit("listing", f"{status.files_total} files listed in {row.name}")

    def _after_listing(self, manifest: Manifest, drive: DriveRow, known: dict[str, ItemRow], *,
                       incremental: bool) -> None:
        """Files the listing did not name: fetch what is unfinished (an incremental listing
        names only changes); after a full listing, what is gone was deleted in Microsoft 365."""
        if self._stopping():
            return
        rows, jobs = self._delta.unnamed(drive, known, incremental=incremental)
        if rows:
            manifest.save_listing(rows)
            with self._lock:
                self._delta.deleted += len(rows)
        for job in jobs:
            if self._stopping():
                return
            self._put(job)

    # -- downloads ---------------------------------------------------------------

    def _download(self, manifest: Manifest) -> None:
        """The download loop's thread: every file on the queue, ``workers`` at a time."""

        def on_bytes(job: FileJob, n: int) -> None:
            self._meter.add(n)
            self._counts.inflight[job.drive_id] += n

        def on_start(job: FileJob) -> None:
            if job.superseded:
                return
            manifest.set_state(job.drive_id, job.item_id, ItemState.DOWNLOADING)
            status = self._status[job.drive_id]
            with self._lock:
                self._started.add(job.drive_id)
                if status.state == "waiting":
                    status.state = "downloading"

        downloader = Downloader(self.graph, self.graph.pacer, self.control, self.dest,
                                parallel=self.workers, on_start=on_start, on_bytes=on_bytes,
                                link_watch=LinkWatch(self.workers, MAX_WORKERS)
                                if self.adaptive else None,
                                on_done=lambda job, result, received:
                                self._finished(manifest, job, result, received))
        try:
            downloader.run(self._jobs)
        except (BackupError, NotSignedInError) as exc:
            self._fail(exc)
        except Exception as exc:  # a bug: stop the backup and say so, rather than hang
            log.exception("backup: the download loop failed")
            self._fail(BackupError(translate(
                "backup", "Cancel365 hit an unexpected error ({0}); see the log. Start the backup "
                "again to resume.").format(type(exc).__name__)))

    def _fail(self, exc: BaseException) -> None:
        with self._lock:
            self._fatal = self._fatal or exc
        self._stop.set()
        self.control.cancel()

    def _finished(self, manifest: Manifest, job: FileJob, result: FetchResult,
                  received: int) -> None:
        status = self._status[job.drive_id]
        with self._lock:
            if self._counts.finished(job, result, received) is None:
                return  # a later entry of the listing replaced this one: its own job counts
            if result.state in DONE_STATES:
                self._fetched += 1
            self._delta.settle(job, result)
            if status.state == "downloading" and all_fetched(status):
                status.state = "done"
        manifest.set_state(job.drive_id, job.item_id, result.state, result.reason,
                           kept=job.local_path if result.state in DONE_STATES else None)
        if result.state is ItemState.FAILED:
            self._emit("file-failed", f"{job.server_path}: {result.reason}")

    # -- progress and the end ----------------------------------------------------

    def _emit(self, event: str, message: str = "") -> None:
        self.on_progress(self._counts.progress(event, phase=self._phase, meter=self._meter,
                                               paused=self.control.paused, message=message))
        self._flush()

    def _summary(self, manifest: Manifest, items: list[ItemRow]) -> BackupSummary:
        """This run's drives, counted as the report counts them.

        A file listed but not fetched counts as failed, unless the admin cancelled or
        the backup had to stop: then it is simply waiting for the backup to resume.
        """
        cancelled = self.control.cancelled and self._fatal is None
        return summarize(manifest, self._status, cancelled=cancelled,
                         waiting=cancelled or self._fatal is not None,
                         left_out=len(self.plan.missing), fetched=self._fetched,
                         deleted=self._delta.deleted, updated_from=self.updated_from,
                         resynced=self._resynced, items=items)

    def _write_report(self, manifest: Manifest, summary: BackupSummary, items: list[ItemRow], *,
                      must: bool) -> None:
        write_report(self.dest, manifest, self.plan, summary, updated_from=self.updated_from,
                     fetched=self._fetched, must=must, items=items)
