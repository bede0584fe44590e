"""The backup from a plan to a verified copy: list each drive, download, verify, report.

One direction only: plan → listing → fetch/verify → manifest → report. The
calling thread lists the drives page by page and queues the files; one
download thread (``downloader.py``) fetches ``workers`` of them at a time. Run it
again on the same destination and it resumes: verified files are skipped,
partly written ones continue. Progress goes to a plain callback (a page, the
terminal, JSON lines); :class:`BackupControl` pauses, resumes and cancels.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.backup import report
from app.backup.control import BackupControl
from app.backup.downloader import Downloader
from app.backup.errors import BackupError, DestinationGoneError, destination_error, human_bytes
from app.backup.fetch import FetchResult, FileJob
from app.backup.listing import ListedItem, listing_batches
from app.backup.manifest import DONE_STATES, DriveRow, ItemRow, ItemState, Manifest
from app.backup.paths import LocalNames, inside
from app.backup.plan import ONEDRIVE, BackupPlan, DriveChoice
from app.backup.progress import DriveStatus, Progress, Speedometer
from app.errors import GraphError, NetworkError, NotSignedInError
from app.graph.client import GraphClient
from app.texts import translate

log = logging.getLogger(__name__)

DEFAULT_WORKERS = 6
MAX_WORKERS = 16
TICK = 0.25  # seconds between progress events while files are fetched


@dataclass
class BackupSummary:
    """How the backup ended."""

    files_verified: int = 0
    office_rewrites: int = 0
    files_failed: int = 0
    not_downloadable: int = 0
    bytes_verified: int = 0
    drives_failed: int = 0
    left_out: int = 0        # users and sites in scope the access could not open (plan.missing)
    cancelled: bool = False
    report_html: str = ""
    report_csv: str = ""
    failures: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every file in scope verified, kept as a known Office rewrite, or not downloadable;
        no user or site in scope left out because the access could not open it."""
        return not (self.files_failed or self.drives_failed or self.cancelled or self.left_out)

    @property
    def files_in_backup(self) -> int:
        """Files the backup holds: verified by their hash, plus Office files kept as SharePoint
        rewrote them (their hash cannot match the listing's; the report names them)."""
        return self.files_verified + self.office_rewrites

    def counts_text(self) -> str:
        """What the counts mean, said once for the wizard's summary and the command's line."""
        if self.office_rewrites:
            return translate(
                "backup", "Files verified: {0} ({1}), and {2} Office files kept as SharePoint "
                "changed them after upload (not corruption): {3} files in the backup.").format(
                self.files_verified, human_bytes(self.bytes_verified), self.office_rewrites,
                self.files_in_backup)
        return translate("backup", "Files verified: {0} ({1}).").format(
            self.files_verified, human_bytes(self.bytes_verified))


class BackupEngine:
    """Runs one backup; create a new one for each run."""

    def __init__(self, graph: GraphClient, plan: BackupPlan, dest: str, *,
                 workers: int = DEFAULT_WORKERS, control: BackupControl | None = None,
                 on_progress: Callable[[Progress], None] = lambda p: None) -> None:
        self.graph = graph
        self.plan = plan
        self.dest = os.path.abspath(dest)
        self.workers = max(1, min(MAX_WORKERS, workers))
        self.control = control or BackupControl()
        self.on_progress = on_progress
        self._jobs: queue.Queue[FileJob | None] = queue.Queue(maxsize=10_000)
        self._downloads = threading.Thread()
        self._lock = threading.Lock()
        self._meter = Speedometer()
        self._status: dict[str, DriveStatus] = {}
        self._started: set[str] = set()  # drives whose downloads began
        self._fatal: BaseException | None = None
        self._stop = threading.Event()  # a fatal error: every worker stops
        self._phase = "listing"
        self._counts = {"done": 0, "failed": 0, "skipped": 0}
        # Per drive: bytes received of files not yet finished (written by the downloads; every
        # drive has its key before they start, so the dict never grows while it is read).
        self._inflight: dict[str, int] = {}
        self._manifest: Manifest | None = None
        self._owner = threading.get_ident()
        self._flushed = 0.0

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
                status.state = "waiting" if stopped_early and not self._all_fetched(status) \
                    else "done"
                manifest.set_drive_state(status.drive_id, status.state, status.reason)
        summary = self._summary(manifest)
        if isinstance(self._fatal, BackupError | NotSignedInError):
            self._emit("stopped", str(self._fatal))
            self._write_report(manifest, summary, must=False)
            raise self._fatal
        self._write_report(manifest, summary, must=True)
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
        known = {d.drive_id: d for d in manifest.drives()}
        roots = LocalNames((d.local_root for d in known.values()), root=self.dest)
        site_dirs = {d.owner: d.local_root.rsplit("/", 1)[0] for d in known.values()
                     if d.kind != ONEDRIVE}
        for d in known.values():
            if d.kind != ONEDRIVE:
                roots.mark(site_dirs[d.owner])
        out = []
        for choice in self.plan.chosen:
            row = known.get(choice.drive_id)
            if row is None:
                if choice.kind == ONEDRIVE:
                    local_root = roots.allocate("OneDrive", choice.owner)
                else:
                    if choice.owner not in site_dirs:
                        site_dirs[choice.owner] = roots.allocate("SharePoint", choice.owner_name)
                    local_root = roots.allocate(site_dirs[choice.owner], choice.name)
                row = DriveRow(choice.drive_id, choice.kind, choice.owner, choice.owner_name,
                               choice.name, choice.drive_type, local_root)
                manifest.add_drive(row)
            self._inflight[choice.drive_id] = 0
            self._status[choice.drive_id] = DriveStatus(
                choice.drive_id, choice.kind, choice.owner, choice.name,
                bytes_total=choice.used_bytes)
            out.append((choice, row))
        return out

    def _list_and_queue(self, manifest: Manifest, choice: DriveChoice, row: DriveRow) -> None:
        """List the drive page by page; files go to the workers as soon as their path is known."""
        status = self._status[choice.drive_id]
        status.state = "listing"
        self._emit("listing", f"Listing {choice.owner_name}: {choice.name}")
        known = {r.item_id: r for r in manifest.items(row.drive_id)}
        names = LocalNames((r.local_path for r in known.values()), root=self.dest)
        local_of: dict[str, str] = {}
        listed_bytes = 0
        status.files_total = status.files_done = status.bytes_done = 0
        try:
            for batch in listing_batches(self.graph, choice.drive_id):
                rows, jobs = self._reconcile(row, batch, known, names, local_of)
                manifest.save_listing(rows)
                files = [r for r in rows if r.kind == "file"]
                done = [r for r in files if r.state in DONE_STATES]
                with self._lock:
                    listed_bytes += sum(r.size for r in files)
                    status.files_total += len(files)
                    status.bytes_total = max(choice.used_bytes, listed_bytes)
                    status.files_done += len(done)
                    status.bytes_done += sum(r.size for r in done)
                    self._counts["done"] += len(done)
                    self._counts["skipped"] += sum(1 for r in rows if r.state is ItemState.SKIPPED)
                self._emit("listing", f"{status.files_total} files listed in {choice.name}")
                for job in jobs:
                    if self._stopping():
                        return
                    self._put(job)
        except NotSignedInError as exc:
            self._fatal = exc
            self._stop.set()
            return
        except (GraphError, NetworkError) as exc:
            status.state, status.reason = "failed", str(exc)
            manifest.set_drive_state(choice.drive_id, "failed", str(exc))
            self._emit("drive-failed", str(exc))
            return
        with self._lock:
            status.bytes_total = listed_bytes
            status.state = "done" if self._all_fetched(status) else (
                "downloading" if choice.drive_id in self._started else "waiting")
        manifest.set_drive_state(choice.drive_id, "listed")

    @staticmethod
    def _all_fetched(status: DriveStatus) -> bool:
        return status.files_done + status.files_failed >= status.files_total

    def _reconcile(self, drive: DriveRow, listed: list[ListedItem], known: dict[str, ItemRow],
                   names: LocalNames, local_of: dict[str, str]
                   ) -> tuple[list[ItemRow], list[FileJob]]:
        """Listed items + what the manifest knew → rows to save and files still to fetch."""
        rows: list[ItemRow] = []
        jobs: list[FileJob] = []
        for item in listed:
            old = known.get(item.item_id)
            parent_local = local_of.get(item.parent_id or "", drive.local_root)
            if old is not None and old.server_path == item.server_path:
                local = old.local_path  # the same name in the same place: the same local file
            else:
                local = names.allocate(parent_local, item.name)
            local_of[item.item_id] = local
            state = ItemState.LISTED
            if item.kind == "folder":
                self._make_folder(local)
            elif item.kind != "file":
                state = ItemState.SKIPPED
            elif (old is not None and old.state in DONE_STATES and old.size == item.size
                  and old.quickxor == item.quickxor):
                state = old.state
            else:
                jobs.append(FileJob(
                    drive.drive_id, item.item_id, item.server_path, inside(self.dest, local),
                    item.size, item.quickxor, item.modified,
                    in_library=drive.drive_type == "documentLibrary",
                    download_url=item.download_url, seen_before=old is not None))
            reason = item.reason if state is ItemState.SKIPPED else (
                old.reason if old is not None and state in DONE_STATES else "")
            rows.append(ItemRow(drive.drive_id, item.item_id, item.kind, item.server_path, local,
                                item.size, item.quickxor, item.modified, state, reason))
        return rows, jobs

    def _make_folder(self, local: str) -> None:
        if not os.path.isdir(self.dest):  # never recreate an unplugged destination
            raise DestinationGoneError(self.dest)
        try:
            os.makedirs(inside(self.dest, local), exist_ok=True)
        except OSError as exc:
            raise destination_error(exc, self.dest) from None

    # -- downloads ---------------------------------------------------------------

    def _download(self, manifest: Manifest) -> None:
        """The download loop's thread: every file on the queue, ``workers`` at a time."""

        def on_bytes(job: FileJob, n: int) -> None:
            self._meter.add(n)
            self._inflight[job.drive_id] += n

        def on_start(job: FileJob) -> None:
            manifest.set_state(job.drive_id, job.item_id, ItemState.DOWNLOADING)
            status = self._status[job.drive_id]
            with self._lock:
                self._started.add(job.drive_id)
                if status.state == "waiting":
                    status.state = "downloading"

        downloader = Downloader(self.graph, self.graph.pacer, self.control, self.dest,
                                parallel=self.workers, on_start=on_start, on_bytes=on_bytes,
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
        manifest.set_state(job.drive_id, job.item_id, result.state, result.reason)
        status = self._status[job.drive_id]
        with self._lock:
            self._inflight[job.drive_id] -= received
            if result.state in DONE_STATES:
                self._counts["done"] += 1
                status.files_done += 1
                status.bytes_done += job.size
            elif result.state is ItemState.SKIPPED:
                self._counts["skipped"] += 1
            else:
                self._counts["failed"] += 1
                status.files_failed += 1
            if status.state == "downloading" and self._all_fetched(status):
                status.state = "done"
        if result.state is ItemState.FAILED:
            self._emit("file-failed", f"{job.server_path}: {result.reason}")

    # -- progress and the end ----------------------------------------------------

    def _emit(self, event: str, message: str = "") -> None:
        with self._lock:
            drives = [DriveStatus(**vars(s)) for s in self._status.values()]
            counts = dict(self._counts)
            for d in drives:  # what is on its way counts too, so a big file moves its row
                d.bytes_done = min(d.bytes_total, d.bytes_done + max(0, self._inflight[d.drive_id]))
        bytes_total = sum(d.bytes_total for d in drives)
        bytes_done = sum(d.bytes_done for d in drives)
        speed = self._meter.speed()
        left = max(0, bytes_total - bytes_done)
        progress = Progress(
            event=event, phase=self._phase, files_total=sum(d.files_total for d in drives),
            files_done=counts["done"], files_failed=counts["failed"],
            files_skipped=counts["skipped"], bytes_total=bytes_total, bytes_done=bytes_done,
            speed=speed, eta_seconds=left / speed if speed > 0 else None,
            paused=self.control.paused, message=message, drives=drives)
        self.on_progress(progress)
        self._flush()

    def _summary(self, manifest: Manifest) -> BackupSummary:
        """This run's drives, counted as the report counts them.

        A file listed but not fetched counts as failed, unless the admin cancelled or
        the backup had to stop: then it is simply waiting for the backup to resume.
        """
        cancelled = self.control.cancelled and self._fatal is None
        waiting = cancelled or self._fatal is not None
        ours = self._status
        rows = report.totals((d for d in manifest.drives() if d.drive_id in ours),
                             (i for i in manifest.items() if i.drive_id in ours))
        summary = BackupSummary(cancelled=cancelled, left_out=len(self.plan.missing))
        for t in rows:
            summary.files_verified += t.verified
            summary.office_rewrites += t.rewrites
            summary.bytes_verified += t.bytes_verified
            summary.not_downloadable += t.not_downloadable
            summary.files_failed += t.failed
            summary.failures += [f"{i.server_path}: {i.reason}" for i in t.failed_items]
            if not waiting:
                summary.files_failed += t.unfinished
                summary.failures += [f"{i.server_path}: not fetched" for i in t.unfinished_items]
        summary.drives_failed = sum(1 for s in ours.values() if s.state == "failed")
        return summary

    def _write_report(self, manifest: Manifest, summary: BackupSummary, *, must: bool) -> None:
        try:
            summary.report_html, summary.report_csv = report.write(
                self.dest, manifest, self.plan.left_out, summary_time=time.time(),
                missing=self.plan.missing)
        except OSError as exc:
            if must:
                raise destination_error(exc, self.dest) from None
            log.warning("backup: the report could not be written (%s)", exc.strerror)


