"""One file's way to the disk: request, judge the answer, verify, keep or try again.

:class:`FileFetch` holds no connection and never waits: it says what to do
next (:class:`Request` the bytes, :class:`NeedUrl` from Graph, :class:`Wait`
a moment, or :class:`Finished`) and judges each answer. The download loop
(``downloader.py``) carries the steps out for many files at once.

The download URL carries its own authorisation, so requests go without the
Authorization header (and the URL is never logged). An expired URL is asked
for again through Graph. A cut connection resumes with Range; 429 and 503
slow every download through the shared pacer. Only bytes from a 2xx answer
reach the part file, and the file gets its final name only after its
quickXorHash matched Graph's.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from app.backup.errors import DestinationGoneError, destination_error
from app.backup.manifest import ItemState
from app.backup.paths import PART_SUFFIX
from app.backup.quickxor import QuickXorHash
from app.backup.transfer import Answer, Hasher
from app.errors import GraphError, NotFoundError, NotSignedInError
from app.graph.pacer import Pacer
from app.graph.verdict import retry_after_seconds
from app.texts import translate

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
OFFICE_EXTENSIONS = (".docx", ".xlsx", ".pptx", ".docm", ".xlsm", ".pptm")
_EXPIRED = (401, 403, 404, 410)
_RETRY = (429, 500, 502, 503, 504)
T = TypeVar("T")


@dataclass
class FileJob:
    """One file to fetch."""

    drive_id: str
    item_id: str
    server_path: str
    local_path: str          # absolute
    size: int
    quickxor: str | None
    modified: float | None
    in_library: bool         # a SharePoint document library (Office files may be rewritten)
    download_url: str | None = None
    seen_before: bool = True  # in the manifest already: a part or whole file may be on disk
    generation: int = 0       # a later delta entry for the same item: its own part file
    superseded: bool = False  # set by the engine when a later entry replaced this one
    local_rel: str = ""       # local_path relative to the destination, '/'-separated

    @property
    def part_path(self) -> str:
        tag = f".{self.generation}" if self.generation else ""
        return self.local_path + tag + PART_SUFFIX

    @property
    def office_rewrite_possible(self) -> bool:
        return self.in_library and self.server_path.lower().endswith(OFFICE_EXTENSIONS)


@dataclass
class FetchResult:
    """How one file ended."""

    state: ItemState
    reason: str = ""


# -- what to do next -------------------------------------------------------------


@dataclass
class Request:
    """GET ``url`` into the part file from ``offset``; ``hasher`` has seen the bytes before it.

    ``end``: only bytes [offset, end), one part of a big file (``parts.py``)."""

    url: str
    part: str
    offset: int
    hasher: Hasher
    end: int | None = None


@dataclass
class NeedUrl:
    """Ask Graph for a fresh download URL, then call :meth:`FileFetch.url_arrived`."""


@dataclass
class Wait:
    """Try again after ``seconds`` (0: as soon as the pacer and the buttons allow)."""

    seconds: float


@dataclass
class Finished:
    result: FetchResult


Step = Request | NeedUrl | Wait | Finished


class FileFetch:
    """The decisions for one file, across every attempt."""

    def __init__(self, job: FileJob, dest: str, pacer: Pacer, *, max_downloads: int = 3,
                 max_transient: int = 8) -> None:
        self.job = job
        self.dest = dest
        self.pacer = pacer
        self.max_downloads = max_downloads
        self.max_transient = max_transient
        self.part = job.part_path
        self.url = job.download_url
        self.received = 0          # bytes received over every attempt (for progress)
        self._maybe_part = job.seen_before
        self._bad_digests: list[str] = []
        self._transient = self._url_refreshes = self._throttles = 0

    # -- the start ---------------------------------------------------------------

    def first_step(self, folders: set[str]) -> Step:
        """Make the folder; a file already in place and whole is done without a download."""
        return self.ready(folders) or self.next_step()

    def ready(self, folders: set[str]) -> Finished | None:
        """Make the folder; a file already in place and whole is :class:`Finished` at once."""
        if self.job.superseded:
            return Finished(SUPERSEDED)
        folder = os.path.dirname(self.job.local_path)
        if folder not in folders:
            if not os.path.isdir(self.dest):  # never recreate an unplugged destination
                raise DestinationGoneError(self.dest)
            self._file_op(os.makedirs, folder, exist_ok=True)
            folders.add(folder)
        if self.job.seen_before and self._already_in_place():
            return Finished(FetchResult(ItemState.VERIFIED))
        return None

    def next_step(self) -> Step:
        """The next request, or a fresh URL first."""
        if self.url is None:
            return self._url_step()
        have = self._file_op(size_or_zero, self.part) if self._maybe_part else 0
        self._maybe_part = True  # from the first request on, there may be one
        hasher = QuickXorHash()
        if have:
            have = self._rehash(self.part, hasher)
            if have == self.job.size and hasher.b64digest() == self.job.quickxor:
                return self._judge(hasher.b64digest(), have)  # stopped before the rename
        return Request(self.url, self.part, have, hasher)

    def _url_step(self) -> Step:
        """A fresh download URL from Graph, unless Graph kept handing out refused ones."""
        if self._url_refreshes > 3:
            return Finished(FetchResult(ItemState.FAILED, translate(
                "backup", "Microsoft 365 kept refusing the download link for this file.")))
        self._url_refreshes += 1
        return NeedUrl()

    def url_arrived(self, url: str | None, error: BaseException | None) -> Step:
        """Graph's answer to :class:`NeedUrl`."""
        if isinstance(error, NotSignedInError):
            raise error
        if isinstance(error, NotFoundError):
            return Finished(FetchResult(ItemState.SKIPPED, translate(
                "backup", "Deleted in Microsoft 365 during the backup.")))
        if isinstance(error, GraphError):
            return Finished(FetchResult(ItemState.FAILED, str(error)))
        if error is not None:
            raise error
        self.url = url
        return self.next_step()

    # -- an answer ---------------------------------------------------------------

    def answered(self, answer: Answer, hasher: Hasher) -> Step:
        """Judge one transfer's end; raises BackupError when the destination failed."""
        self.received += answer.written
        if answer.disk_error is not None:
            raise destination_error(answer.disk_error, self.dest) from None
        if answer.stopped:
            return Wait(0)  # paused or cancelled: the part file stays for a Range later
        if answer.range_mismatch:
            self._range_refused()
            return self._retry(translate("backup", "a range the server did not honour"))
        if answer.cut:
            log.info("backup: download cut (%s) after %d bytes", answer.curl_message,
                     answer.written)
            return self._retry(translate("backup", "the connection failed: {0}").format(
                answer.curl_message), progressed=answer.written > 0)
        status = answer.status
        blocked = self._blocked(answer)
        if blocked is not None:
            self._drop_part()
            return Finished(FetchResult(ItemState.SKIPPED, blocked))
        if status in _EXPIRED:
            self.url = None
            return self.next_step()
        if status in _RETRY:
            wait = retry_after_seconds(answer.header("Retry-After"))
            if status in (429, 503) or wait is not None:
                self.pacer.throttled(wait, answer.header)  # the greater of it and RateLimit-Reset
                self._throttles += 1
                if self._throttles > 50:
                    return Finished(FetchResult(ItemState.FAILED, translate(
                        "backup", "Microsoft 365 kept asking this app to slow down; try again "
                        "later.")))
                return Wait(0)  # the shared pacer waits for Retry-After
            return self._retry(f"HTTP {status}")
        if status == 416:
            self._range_refused()
            return self._retry("HTTP 416")
        if not 200 <= status < 300:
            return Finished(FetchResult(ItemState.FAILED, translate(
                "backup", "The download answered HTTP {0}.").format(status)))
        # RateLimit-* say the limit is near (the downloader may have told the pacer already)
        warned = answer.paced if answer.paced is not None else self.pacer.warned(answer.header)
        if not warned:
            self.pacer.succeeded()
        return self._whole_answer(answer, hasher)

    def _whole_answer(self, answer: Answer, hasher: Hasher) -> Step:
        """A 2xx that came to its end."""
        assert isinstance(hasher, QuickXorHash)
        return self._judge(hasher.b64digest(), answer.offset + answer.written)

    @property
    def _expected_end(self) -> int:
        """Where a whole 2xx answer ends in the file."""
        return self.job.size

    def _range_refused(self) -> None:
        """A 206 from elsewhere, or 416: what was there is no base for a Range."""
        self._file_op(_truncate, self.part, 0)

    def _drop_part(self) -> None:
        """The file is not to be had: its part file goes."""
        self._file_op(remove_if_there, self.part)

    def _blocked(self, answer: Answer) -> str | None:
        """An answer that is Microsoft's refusal, not the file: the reason, else None.

        SharePoint names a blocked (infected) file in ``X-Virus-Infected``; a web page
        where a file that is no web page was asked for is an error page, whatever its status.
        """
        virus = answer.header("X-Virus-Infected")
        if virus:
            return translate("backup", "Microsoft 365 blocks the download of this file: it found "
                             "malware in it ({0}).").format(virus)
        status = answer.status
        page_not_file = (200 <= status < 300
                         and answer.offset + answer.written != self._expected_end) \
            or (status >= 400 and status not in _EXPIRED and status not in _RETRY)
        if not page_not_file:  # the size asked for, or an answer judged by its status
            return None
        kind = (answer.header("Content-Type") or "").split(";", 1)[0].strip().lower()
        if kind == "text/html" and not self.job.server_path.lower().endswith((".htm", ".html")):
            return translate("backup", "Microsoft 365 answered with a web page (HTTP {0}) "
                             "instead of the file; it does not hand this file out.").format(
                                 answer.status)
        return None

    def _retry(self, why: str, *, progressed: bool = False) -> Step:
        self._transient = 0 if progressed else self._transient + 1
        if self._transient >= self.max_transient:
            return Finished(FetchResult(ItemState.FAILED, translate(
                "backup", "The download kept failing ({0}).").format(why)))
        return Wait(0 if progressed else min(10.0, 0.2 * 2 ** self._transient))

    def _judge(self, digest: str, written: int) -> Step:
        """A whole answer: keep the file if it is verified, else fetch it again."""
        job = self.job
        if written == job.size and (job.quickxor is None or digest == job.quickxor):
            self._keep()
            reason = "" if job.quickxor else translate(
                "backup", "Microsoft 365 gave no hash: size checked only.")
            return Finished(FetchResult(ItemState.VERIFIED, reason))
        if job.office_rewrite_possible and written != job.size and digest in self._bad_digests:
            # A different size, and the same bytes twice: SharePoint's known Office
            # rewrite. (Same size but other bytes is treated as damage, to be safe.)
            self._keep()
            return Finished(FetchResult(ItemState.OFFICE_REWRITE, translate(
                "backup", "SharePoint adds its own properties to Office files in libraries, so the "
                "downloaded file ({0} bytes) differs from the listed one ({1} bytes). This is "
                "expected; the file was kept.").format(written, job.size)))
        self._bad_digests.append(digest)
        self._file_op(os.remove, self.part)
        log.info("backup: %s did not match its hash (%d of %d)", job.item_id,
                 len(self._bad_digests), self.max_downloads)
        if len(self._bad_digests) >= self.max_downloads:
            return Finished(FetchResult(ItemState.FAILED, translate(
                "backup", "The downloaded bytes did not match Microsoft 365's quickXorHash {0} "
                "times (got {1} of {2} bytes); the file was not kept.").format(
                    self.max_downloads, written, job.size)))
        return self.next_step()

    # -- the file ----------------------------------------------------------------

    def _already_in_place(self) -> bool:
        """A run stopped after the rename but before the manifest said so: check the file."""
        job = self.job
        if not job.quickxor or not os.path.isfile(job.local_path) \
                or self._file_op(os.path.getsize, job.local_path) != job.size:
            return False
        hasher = QuickXorHash()
        self._rehash(job.local_path, hasher)
        return hasher.b64digest() == job.quickxor

    def _rehash(self, path: str, hasher: QuickXorHash) -> int:
        """Hash what an earlier attempt wrote, so a Range resume verifies the whole file."""
        total = 0
        buf = bytearray(CHUNK)
        with self._file_op(open, path, "rb", buffering=0) as f:
            while True:
                n = self._file_op(f.readinto, buf)
                if not n:
                    return total
                hasher.update(memoryview(buf)[:n])
                total += n

    def _keep(self) -> None:
        if self.job.superseded:  # a later entry of the listing replaced this one: never its bytes
            self._file_op(remove_if_there, self.part)
            return
        if self.job.modified is not None:
            self._file_op(os.utime, self.part, (self.job.modified, self.job.modified))
        self._file_op(os.replace, self.part, self.job.local_path)

    def _file_op(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        """Run a file-system call; turn destination trouble into a typed, fatal error."""
        try:
            return fn(*args, **kwargs)
        except OSError as exc:
            raise destination_error(exc, self.dest) from None


SUPERSEDED = FetchResult(ItemState.SKIPPED, "superseded")  # never recorded: the engine drops it


def remove_if_there(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def size_or_zero(path: str) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


def _truncate(path: str, size: int) -> None:
    if os.path.exists(path):
        os.truncate(path, size)
