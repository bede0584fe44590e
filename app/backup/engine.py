"""The backup from a plan to a verified copy: list each drive, download, verify, report.

One direction only: plan → listing → fetch/verify → manifest → report. The
calling thread lists the drives page by page and queues the files; one
download thread (``downloader.py``) fetches ``workers`` of them at a time. Run it
again on the same destination and it resumes: verified files are skipped,
partly written ones continue. Progress goes to a plain callback (a page, the
terminal, JSON lines); :class:`BackupControl` pauses, resumes and cancels.
"""

from __future__ import annotations

import contextlib
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
from app.backup.listing import CONTAINERS, DeltaListing, ListedItem, shortcut_reason
from app.backup.manifest import DONE_STATES, DriveRow, ItemRow, ItemState, Listing, Manifest
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
class _Entry:
    """One item of this run's listing, as the counts know it."""

    kind: str
    size: int
    job: FileJob | None              # its download, when one was queued
    result: ItemState | None = None  # how it ended (done, skipped, failed); None: not yet


def _is_file(entry: _Entry) -> bool:
    """A file to fetch (the progress counts these): not a container, not undownloadable."""
    return entry.kind == "file" and entry.result is not ItemState.SKIPPED


def _stale(exc: GraphError) -> bool:
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
    files_fetched: int = 0   # downloaded and verified by this run
    deleted: int = 0         # marked deleted in Microsoft 365 by this run
    updated_from: float | None = None  # an incremental run: the earlier listing it updates
    resynced: int = 0        # drives whose delta link was stale, listed again in full
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
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._listed_bytes: dict[str, int] = {}
        self._drive_names = {d.drive_id: f"{d.owner_name}: {d.name}" for d in plan.drives}
        self._deleted = self._fetched = self._resynced = 0
        self._before: dict[tuple[str, str], ItemRow] = {}        # verified copies at the start
        self._verified_now: dict[tuple[str, str], ItemRow] = {}  # ... and fetched by this run
        self._replaces: dict[int, list[str]] = {}  # a job's earlier copies, removed once it is kept
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
        for r in known.values():  # the copies this destination holds already
            if r.kind == "file" and (r.state in DONE_STATES or (
                    r.state is ItemState.DELETED and self._kept_whole(r))):
                state = r.state if r.state in DONE_STATES else ItemState.VERIFIED
                self._before[(row.drive_id, r.item_id)] = ItemRow(**{**vars(r), "state": state})
        status.files_total = status.files_done = status.bytes_done = 0
        self._listed_bytes[choice.drive_id] = 0
        last = manifest.listing(choice.drive_id)
        started = time.time()
        try:
            listing = self._listing(choice, last, known)
            if last is not None:
                self._precount(row, known)
            try:
                self._consume(manifest, row, listing, known, names, local_of)
            except GraphError as exc:
                if last is None or not _stale(exc):
                    raise
                log.info("backup: the delta link of %s is stale (%s); listing it all again",
                         choice.drive_id, exc.status)
                manifest.forget_listing(choice.drive_id)
                with self._lock:
                    self._resynced += 1
                    self._drop_entries(choice.drive_id, status)
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
            status.bytes_total = self._listed_bytes[choice.drive_id]
            status.state = "done" if self._all_fetched(status) else (
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
        for batch in listing.batches():
            rows, jobs = self._reconcile(row, batch, known, names, local_of)
            manifest.save_listing(rows)
            self._emit("listing", f"{status.files_total} files listed in {row.name}")
            for job in jobs:
                if self._stopping():
                    return
                self._put(job)

    def _precount(self, drive: DriveRow, known: dict[str, ItemRow]) -> None:
        """An incremental listing names only the changes: count what the backup holds already."""
        for r in known.values():
            if r.kind != "file" or r.state not in (*DONE_STATES, ItemState.SKIPPED):
                continue
            self._count(drive.drive_id, r.item_id, _Entry(r.kind, r.size, None, r.state))

    def _after_listing(self, manifest: Manifest, drive: DriveRow, known: dict[str, ItemRow], *,
                       incremental: bool) -> None:
        """Files the listing did not name: fetch what is unfinished (an incremental listing
        names only changes); after a full listing, what is gone was deleted in Microsoft 365."""
        if self._stopping():
            return
        rows, jobs = [], []
        for r in known.values():
            if r.kind in CONTAINERS or (drive.drive_id, r.item_id) in self._entries \
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
                          in_library=drive.drive_type == "documentLibrary", download_url=None)
            self._count(drive.drive_id, r.item_id, _Entry(r.kind, r.size, job, None))
            jobs.append(job)
        if rows:
            manifest.save_listing(rows)
            with self._lock:
                self._deleted += len(rows)
        for job in jobs:
            if self._stopping():
                return
            self._put(job)

    @staticmethod
    def _all_fetched(status: DriveStatus) -> bool:
        return status.files_done + status.files_failed >= status.files_total

    # -- the counts of one listing's entries (a later entry replaces an earlier one) ------------

    def _count(self, drive_id: str, item_id: str, entry: _Entry) -> None:
        status = self._status[drive_id]
        with self._lock:
            self._entries[(drive_id, item_id)] = entry
            if _is_file(entry):
                self._listed_bytes[drive_id] += entry.size
                status.files_total += 1
                status.bytes_total = max(status.bytes_total, self._listed_bytes[drive_id])
            self._tally(status, entry, +1)

    def _withdraw(self, drive_id: str, item_id: str) -> _Entry | None:
        """Take an earlier entry's counts back; its download, if still to come, is dropped."""
        status = self._status[drive_id]
        with self._lock:
            entry = self._entries.pop((drive_id, item_id), None)
            if entry is None:
                return None
            if entry.job is not None and entry.result is None:
                entry.job.superseded = True
            if _is_file(entry):
                self._listed_bytes[drive_id] -= entry.size
                status.files_total -= 1
            self._tally(status, entry, -1)
            return entry

    def _tally(self, status: DriveStatus, entry: _Entry, sign: int) -> None:
        if entry.result in DONE_STATES:
            status.files_done += sign
            status.bytes_done += sign * entry.size
            self._counts["done"] += sign
        elif entry.result is ItemState.SKIPPED:
            self._counts["skipped"] += sign
        elif entry.result is ItemState.FAILED:
            status.files_failed += sign
            self._counts["failed"] += sign

    def _drop_entries(self, drive_id: str, status: DriveStatus) -> None:
        """Forget a drive's counts (under the lock) before it is listed again from the start."""
        for key in [k for k in self._entries if k[0] == drive_id]:
            entry = self._entries.pop(key)
            if entry.job is not None and entry.result is None:
                entry.job.superseded = True
            self._tally(status, entry, -1)
        status.files_total = 0
        self._listed_bytes[drive_id] = 0

    def _reconcile(self, drive: DriveRow, listed: list[ListedItem], known: dict[str, ItemRow],
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
            earlier = self._withdraw(drive.drive_id, item.item_id)
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
                        self._deleted += 1
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
                    self._move_tree(drive, moved_from, local, old.server_path, item.server_path,
                                    known, rows)
                self._make_folder(local)
            elif item.kind != "file" or item.reason:
                state, reason = ItemState.SKIPPED, self._skip_reason(item)
            else:
                # A copy verified before this run (or earlier in it) of the same bytes is kept,
                # moved to the item's new name if it has one; else the file is fetched.
                key = (drive.drive_id, item.item_id)
                copies = [c for c in (self._before.get(key), self._verified_now.get(key))
                          if c is not None]
                keep = next((c for c in copies if c.size == item.size
                             and c.quickxor == item.quickxor), None)
                if keep is not None and self._move_file(keep.local_path, local):
                    state, reason = keep.state, keep.reason
                    self._verified_now[key] = ItemRow(**{**vars(keep), "local_path": local})
                    self._before.pop(key, None)
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
                        generation=generation)
                    self._replaces[id(job)] = replaces
                    jobs.append(job)
            self._count(drive.drive_id, item.item_id, _Entry(
                item.kind, item.size, job,
                state if state in (*DONE_STATES, ItemState.SKIPPED) else None))
            new = ItemRow(drive.drive_id, item.item_id, item.kind, item.server_path, local,
                          item.size, item.quickxor, item.modified, state, reason, item.note)
            rows.pop(item.item_id, None)
            known[item.item_id] = rows[item.item_id] = new
        return list(rows.values()), jobs

    def _kept_whole(self, row: ItemRow) -> bool:
        path = inside(self.dest, row.local_path)
        return os.path.isfile(path) and os.path.getsize(path) == row.size

    def _skip_reason(self, item: ListedItem) -> str:
        if item.kind == "shortcut":
            holder = self._drive_names.get(item.remote_drive, "")
            return shortcut_reason(item.remote_drive, holder)
        return item.reason

    def _move_file(self, old_local: str, new_local: str) -> bool:
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

    def _move_tree(self, drive: DriveRow, old_local: str, new_local: str, old_server: str,
                   new_server: str, known: dict[str, ItemRow], rows: dict[str, ItemRow]) -> None:
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
            self._inflight[job.drive_id] -= received
            entry = self._entries.get((job.drive_id, job.item_id))
            if job.superseded or entry is None or entry.job is not job:
                return  # a later entry of the listing replaced this one: its own job counts
            if result.state is ItemState.SKIPPED:  # not downloadable after all: not to fetch
                status.files_total -= 1
                self._listed_bytes[job.drive_id] -= entry.size
            entry.result = result.state
            self._tally(status, entry, +1)
            replaced = self._replaces.pop(id(job), [])
            if result.state in DONE_STATES:
                self._fetched += 1
                self._verified_now[(job.drive_id, job.item_id)] = ItemRow(
                    job.drive_id, job.item_id, "file", job.server_path,
                    os.path.relpath(job.local_path, self.dest).replace(os.sep, "/"), job.size,
                    job.quickxor, job.modified, result.state, result.reason)
                for path in replaced:  # the earlier copy under its old name
                    if path != job.local_path:
                        with contextlib.suppress(OSError):
                            os.remove(path)
            if status.state == "downloading" and self._all_fetched(status):
                status.state = "done"
        manifest.set_state(job.drive_id, job.item_id, result.state, result.reason)
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
        summary = BackupSummary(cancelled=cancelled, left_out=len(self.plan.missing),
                                files_fetched=self._fetched, deleted=self._deleted,
                                updated_from=self.updated_from, resynced=self._resynced)
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
                missing=self.plan.missing, updated_from=self.updated_from, fetched=self._fetched)
        except OSError as exc:
            if must:
                raise destination_error(exc, self.dest) from None
            log.warning("backup: the report could not be written (%s)", exc.strerror)


