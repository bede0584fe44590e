"""Fetch one file: pre-authenticated URL, streamed to a part file, verified, then renamed.

The download URL carries its own authorisation in its query, so requests go
without the Authorization header (and the URL is never logged). When the URL
has expired the item is asked for again through Graph. A cut connection
resumes with Range; 429 and 503 slow every worker through the shared pacer.
Only bytes from a 2xx answer reach the part file, and the file gets its final
name only after its quickXorHash matched Graph's.
"""

from __future__ import annotations

import errno
import io
import logging
import os
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from app.backup.control import BackupControl, Stopped
from app.backup.errors import (
    DestinationGoneError,
    destination_error,
)
from app.backup.http import Connection, Response
from app.backup.manifest import ItemState
from app.backup.paths import PART_SUFFIX
from app.backup.quickxor import QuickXorHash
from app.errors import GraphError, NotFoundError, NotSignedInError
from app.graph.client import USER_AGENT, GraphClient, safe_url
from app.graph.pacer import Pacer
from app.graph.verdict import retry_after_seconds

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
OFFICE_EXTENSIONS = (".docx", ".xlsx", ".pptx", ".docm", ".xlsm", ".pptm")
_EXPIRED = (401, 403, 404, 410)
_RETRY = (429, 500, 502, 503, 504)


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

    @property
    def office_rewrite_possible(self) -> bool:
        return self.in_library and self.server_path.lower().endswith(OFFICE_EXTENSIONS)


@dataclass
class FetchResult:
    """How one file ended."""

    state: ItemState
    reason: str = ""


class _Retry(Exception):  # noqa: N818 - flow control inside fetch()
    """Try the request again (after a cut, a 5xx, an expired URL)."""

    def __init__(self, why: str, *, progressed: bool = False, expired: bool = False,
                 throttled: bool = False) -> None:
        super().__init__(why)
        self.why, self.progressed, self.expired, self.throttled = why, progressed, expired, throttled


class Fetcher:
    """Downloads files one after another; one per worker thread (it owns its connections)."""

    def __init__(self, graph: GraphClient, pacer: Pacer, control: BackupControl, dest: str, *,
                 on_bytes: Callable[[int], None] = lambda n: None, max_downloads: int = 3,
                 max_transient: int = 8, timeout: float = 60.0) -> None:
        self.graph = graph
        self.pacer = pacer
        self.control = control
        self.dest = dest
        self.on_bytes = on_bytes
        self.max_downloads = max_downloads
        self.max_transient = max_transient
        self.timeout = timeout
        self._conns: dict[tuple[str, str], Connection] = {}
        self._buf = bytearray(CHUNK)
        self._ssl = _tls_context()
        self._last_key: tuple[str, str] = ("", "")
        self._folders: set[str] = set()

    def close(self) -> None:
        for conn in self._conns.values():
            conn.close()
        self._conns.clear()

    # -- one file ----------------------------------------------------------------

    def fetch(self, job: FileJob) -> FetchResult:
        """Fetch, verify and keep one file; raises BackupError for fatal destination errors."""
        part = job.local_path + PART_SUFFIX
        folder = os.path.dirname(job.local_path)
        if folder not in self._folders:
            if not os.path.isdir(self.dest):  # never recreate an unplugged destination
                raise DestinationGoneError(self.dest)
            self._file_op(os.makedirs, folder, exist_ok=True)
            self._folders.add(folder)
        if job.seen_before and self._already_in_place(job):
            return FetchResult(ItemState.VERIFIED)
        url = job.download_url
        self._maybe_part = job.seen_before
        bad_digests: list[str] = []
        transient = url_refreshes = throttles = 0
        while True:
            self.control.checkpoint()
            if url is None:
                if url_refreshes > 3:
                    return FetchResult(ItemState.FAILED, "Microsoft 365 kept refusing the "
                                       "download link for this file.")
                url_refreshes += 1
                try:
                    url = self._fresh_url(job)
                except NotSignedInError:
                    raise
                except NotFoundError:
                    return FetchResult(ItemState.SKIPPED, "Deleted in Microsoft 365 during the "
                                       "backup.")
                except GraphError as exc:
                    return FetchResult(ItemState.FAILED, str(exc))
            try:
                outcome = self._download(job, url, part)
            except _Retry as retry:
                transient = 0 if retry.progressed else transient + 1
                if retry.expired:
                    url = None
                elif retry.throttled:
                    throttles += 1  # the shared pacer already waits for Retry-After
                    if throttles > 50:
                        return FetchResult(ItemState.FAILED, "Microsoft 365 kept asking this "
                                           "app to slow down; try again later.")
                elif transient >= self.max_transient:
                    return FetchResult(ItemState.FAILED, f"The download kept failing ({retry.why}).")
                elif not retry.progressed:
                    self.control.sleep(min(10.0, 0.2 * 2 ** transient))
                continue
            if isinstance(outcome, FetchResult):
                return outcome
            digest, written = outcome
            if written == job.size and (job.quickxor is None or digest == job.quickxor):
                self._keep(job, part)
                reason = "" if job.quickxor else "Microsoft 365 gave no hash: size checked only."
                return FetchResult(ItemState.VERIFIED, reason)
            if job.office_rewrite_possible and written != job.size and digest in bad_digests:
                # A different size, and the same bytes twice: SharePoint's known Office
                # rewrite. (Same size but other bytes is treated as damage, to be safe.)
                self._keep(job, part)
                return FetchResult(ItemState.OFFICE_REWRITE, (
                    "SharePoint adds its own properties to Office files in libraries, so the "
                    f"downloaded file ({written} bytes) differs from the listed one "
                    f"({job.size} bytes). This is expected; the file was kept."))
            bad_digests.append(digest)
            self._file_op(os.remove, part)
            log.info("backup: %s did not match its hash (%d of %d)", job.item_id,
                     len(bad_digests), self.max_downloads)
            if len(bad_digests) >= self.max_downloads:
                return FetchResult(ItemState.FAILED, (
                    f"The downloaded bytes did not match Microsoft 365's quickXorHash "
                    f"{self.max_downloads} times (got {written} of {job.size} bytes); the "
                    "file was not kept."))

    # -- the request -------------------------------------------------------------

    def _download(self, job: FileJob, url: str, part: str) -> tuple[str, int] | FetchResult:
        have = self._file_op(_size_or_zero, part) if self._maybe_part else 0
        self._maybe_part = True  # from the second attempt on, there may be one
        hasher = QuickXorHash()
        if have:
            have = self._rehash(part, hasher)
            if have == job.size and hasher.b64digest() == job.quickxor:
                return job.quickxor, have  # complete already; stopped before the rename
        self.pacer.wait()
        headers = {"User-Agent": USER_AGENT}
        if have:
            headers["Range"] = f"bytes={have}-"
        response = self._request(url, headers)
        status = response.status
        if status in _EXPIRED:
            self._drain(response)
            raise _Retry(f"HTTP {status}", expired=True)
        if status in _RETRY:
            wait = retry_after_seconds(response.getheader("Retry-After"))
            self._drain(response)
            if status in (429, 503) or wait is not None:
                self.pacer.throttled(wait)
                raise _Retry(f"HTTP {status}", throttled=True)
            raise _Retry(f"HTTP {status}")
        if status == 416:
            self._drain(response)
            self._file_op(_truncate, part, 0)
            raise _Retry("HTTP 416")
        if 200 <= status < 300:
            self.pacer.succeeded()
        if status == 206:
            start = _range_start(response.getheader("Content-Range"))
            if start != have:
                self._drain(response)
                self._file_op(_truncate, part, 0)
                raise _Retry("a range the server did not honour")
        elif status == 200:
            if have:
                hasher = QuickXorHash()
                have = 0
        else:
            self._drain(response)
            return FetchResult(ItemState.FAILED, f"The download answered HTTP {status}.")
        length = response.getheader("Content-Length")
        expected = int(length) if length and length.isdigit() else None
        got = self._stream(response, part, have, hasher)
        if expected is not None and got < expected:
            self._drop(response)
            raise _Retry("the connection was cut", progressed=got > 0)
        if not response.reusable:
            self._close(self._last_key)
        return hasher.b64digest(), have + got

    def _stream(self, response: Response, part: str, offset: int,
                hasher: QuickXorHash) -> int:
        """Body → part file (at ``offset``) and hasher; returns the bytes written."""
        view = memoryview(self._buf)
        got = 0
        fd = self._file_op(open, part, "r+b" if offset else "wb", buffering=0)
        try:
            if offset:
                fd.seek(offset)
                fd.truncate()
            while True:
                try:
                    n = response.readinto(view)
                except OSError as exc:
                    self._drop(response)
                    log.info("backup: download cut (%s) after %d bytes", type(exc).__name__, got)
                    raise _Retry("the connection was cut", progressed=got > 0) from None
                if not n:
                    break
                chunk = view[:n]
                self._file_op(_write_all, fd, chunk)
                hasher.update(chunk)
                got += n
                self.on_bytes(n)
                if self.control.cancelled or self.control.paused:
                    if self.control.cancelled:
                        self._drop(response)
                        raise Stopped()
                    self.control.checkpoint()
        finally:
            self._file_op(fd.close)
        return got

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        for _ in range(6):
            parts = urlsplit(url)
            key = self._last_key = (parts.scheme, parts.netloc)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            for fresh in (False, True):
                try:
                    response = self._conn(key, fresh).get(target, headers)
                    break
                except OSError as exc:  # a stale keep-alive connection, a reset, a timeout
                    self._close(key)
                    if fresh:
                        log.info("backup: %s unreachable (%s)", safe_url(url), type(exc).__name__)
                        raise _Retry(type(exc).__name__) from None
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                self._drain(response)
                url = urljoin(url, response.getheader("Location") or "")
                continue
            return response
        raise _Retry("too many redirects")

    def _conn(self, key: tuple[str, str], fresh: bool) -> Connection:
        conn = self._conns.get(key)
        if conn is None or fresh:
            self._close(key)
            scheme, netloc = key
            conn = Connection(scheme, netloc, timeout=self.timeout,
                              context=self._ssl if scheme == "https" else None)
            self._conns[key] = conn
        return conn

    def _close(self, key: tuple[str, str]) -> None:
        conn = self._conns.pop(key, None)
        if conn is not None:
            conn.close()

    def _drain(self, response: Response) -> None:
        """Read a small error body so the connection can be reused; never keep it."""
        try:
            reusable = response.drain() and response.reusable
        except OSError:
            reusable = False
        if not reusable:
            self._close(self._last_key)

    def _drop(self, response: Response) -> None:
        """Give up on a response: its connection cannot be reused."""
        self._close(self._last_key)

    def _fresh_url(self, job: FileJob) -> str:
        """A new pre-authenticated URL for the item, from Graph."""
        item = self.graph.get(f"/drives/{job.drive_id}/items/{job.item_id}")
        url = item.get("@microsoft.graph.downloadUrl")
        if url:
            return str(url)
        response = self.graph.request("GET", f"/drives/{job.drive_id}/items/{job.item_id}/content",
                                      allow_redirects=False)
        location = response.headers.get("Location")
        if not location:
            raise GraphError("Microsoft 365 gave no download link for this file.",
                             status=response.status_code)
        return location

    # -- the file ----------------------------------------------------------------

    def _already_in_place(self, job: FileJob) -> bool:
        """A run stopped after the rename but before the manifest said so: check the file."""
        if not job.quickxor or not os.path.isfile(job.local_path) \
                or self._file_op(os.path.getsize, job.local_path) != job.size:
            return False
        hasher = QuickXorHash()
        self._rehash(job.local_path, hasher)
        return hasher.b64digest() == job.quickxor

    def _rehash(self, part: str, hasher: QuickXorHash) -> int:
        """Hash what an earlier attempt wrote, so a Range resume verifies the whole file."""
        total = 0
        with self._file_op(open, part, "rb", buffering=0) as f:
            while True:
                n = self._file_op(f.readinto, self._buf)
                if not n:
                    return total
                hasher.update(memoryview(self._buf)[:n])
                total += n

    def _keep(self, job: FileJob, part: str) -> None:
        if job.modified is not None:
            self._file_op(os.utime, part, (job.modified, job.modified))
        self._file_op(os.replace, part, job.local_path)

    def _file_op(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run a file-system call; turn destination trouble into a typed, fatal error."""
        try:
            return fn(*args, **kwargs)
        except OSError as exc:
            raise destination_error(exc, self.dest) from None


_TLS: ssl.SSLContext | None = None


def _tls_context() -> ssl.SSLContext:
    """One TLS context for every worker (loading the CA store is slow)."""
    global _TLS
    if _TLS is None:
        _TLS = ssl.create_default_context()
    return _TLS


def _write_all(fd: io.FileIO, data: memoryview) -> None:
    """Write every byte (a raw write may be short); the hash counts only what is on disk."""
    while data:
        n = fd.write(data)
        if not n:
            raise OSError(errno.EIO, "the destination accepted no more bytes")
        data = data[n:]


def _size_or_zero(path: str) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


def _truncate(path: str, size: int) -> None:
    if os.path.exists(path):
        os.truncate(path, size)


def _range_start(content_range: str | None) -> int | None:
    match = re.match(r"bytes (\d+)-\d+/(\d+|\*)", content_range or "")
    return int(match[1]) if match else None
