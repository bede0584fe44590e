"""One GET of a pre-authenticated download URL into a part file, on a libcurl easy handle.

libcurl does the HTTP: keep-alive connections shared by every transfer,
TLS, chunked bodies, redirects, and the proxy the environment names
(``https_proxy``, ``no_proxy``). This module decides what reaches the disk:
only the body of a 2xx answer, only from the offset asked for, hashed as it
is written. It never sends an Authorization header: the URL carries its own.

A transfer stops itself (its write callback refuses the bytes) when the
backup is paused or cancelled, when the destination refuses a write, or when
a resumed download answers with a range that was not asked for.
"""

from __future__ import annotations

import errno
import io
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import certifi
import pycurl

from app.backup.quickxor import QuickXorHash
from app.graph.client import USER_AGENT

BUFFER = 256 * 1024          # libcurl's receive buffer
BATCH = 1024 * 1024          # bytes gathered before one write and one hash update
MAX_ERROR_BODY = 64 * 1024   # an error page is read (so the connection is kept), never stored

@dataclass
class Answer:
    """How one transfer ended."""

    status: int = 0                 # the final HTTP status; 0 if none arrived
    head: list[bytes] = field(default_factory=list)  # the final answer's header lines
    offset: int = 0                 # where the bytes written began in the part file
    written: int = 0                # body bytes written to the part file by this transfer
    curl_error: int = 0             # libcurl's result; 0 when the transfer completed
    curl_message: str = ""
    stopped: bool = False           # refused because the backup was paused or cancelled
    range_mismatch: bool = False    # a 206 that did not start where it was asked to
    disk_error: OSError | None = None

    @property
    def cut(self) -> bool:
        """The connection failed or ended early, for a reason of the network's."""
        return bool(self.curl_error) and not (self.stopped or self.range_mismatch
                                              or self.disk_error)

    def header(self, name: str) -> str | None:
        want = name.lower().encode("latin-1") + b":"
        for line in self.head:
            if line[:len(want)].lower() == want:
                return line[len(want):].decode("latin-1").strip()
        return None


class Transfer:
    """One request; :meth:`start` configures the handle, libcurl runs it, :meth:`finish` ends it."""

    def __init__(self, handle: pycurl.Curl, buffer: bytearray, url: str, part: str, offset: int,
                 hasher: QuickXorHash, *, on_bytes: Callable[[int], None],
                 should_stop: Callable[[], bool]) -> None:
        self.handle = handle
        self.url = url
        self.part = part
        self.hasher = hasher
        self.answer = Answer(offset=offset)
        self._on_bytes = on_bytes
        self._should_stop = should_stop
        self._file: io.FileIO | None = None
        # libcurl hands over 16 KiB at a time: gather them in the handle's own buffer (no
        # allocation per file) and write and hash in large pieces.
        self._buffer = buffer
        self._view = memoryview(buffer)
        self._fill = 0
        self._streaming = False      # the body of a 2xx answer is going to the part file
        self._body_started = False
        self._error_bytes = 0
        self._lines: list[bytes] = []  # every header line, redirects' included (a C-level append)

    def start(self) -> None:
        h = self.handle
        h.setopt(pycurl.URL, self.url)
        if self.answer.offset:
            h.setopt(pycurl.RANGE, f"{self.answer.offset}-")
        else:
            h.unsetopt(pycurl.RANGE)
        h.setopt(pycurl.HEADERFUNCTION, self._lines.append)
        h.setopt(pycurl.WRITEFUNCTION, self._on_body)

    def finish(self, curl_error: int = 0, message: str = "") -> Answer:
        """The handle is done: record libcurl's result, close the part file."""
        answer = self.answer
        answer.curl_error, answer.curl_message = curl_error, message
        if not self._body_started:
            self._read_head()
        if not curl_error and 200 <= answer.status < 300 and not self._body_started:
            self._open()  # an empty body: the part file must still exist (and be empty)
        if self._file is not None:
            self._flush()  # what arrived before a cut is kept too: Range resumes after it
            try:
                self._file.close()
            except OSError as exc:
                answer.disk_error = answer.disk_error or exc
            self._file = None
        # Drop the callbacks: they hold this transfer (and its hasher) alive.
        self.handle.setopt(pycurl.HEADERFUNCTION, _ignore)
        self.handle.setopt(pycurl.WRITEFUNCTION, _ignore)
        return answer

    # -- libcurl's callbacks (they must not raise) ---------------------------------

    def _read_head(self) -> None:
        """The final answer's status and header lines (after redirects and 100s)."""
        lines = self._lines
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].startswith(b"HTTP/"):
                parts = lines[i].split(None, 2)
                self.answer.status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
                self.answer.head = lines[i + 1:]
                return

    def _on_body(self, data: bytes) -> int | None:
        if self._streaming:  # the common case, 16 KiB at a time: only a copy
            n, fill = len(data), self._fill
            if fill + n > len(self._buffer):
                if not self._flush():
                    return 0
                if n > len(self._buffer):
                    return None if self._store(memoryview(data)) else 0
                fill = 0
            self._buffer[fill:fill + n] = data
            self._fill = fill + n
            return None
        return self._first_body(data)

    def _first_body(self, data: bytes) -> int | None:
        """The first bytes of a body: an error page is dropped; a file's body checked, begun."""
        answer = self.answer
        if not self._body_started and not answer.status:
            self._read_head()
        if not 200 <= answer.status < 300:
            self._error_bytes += len(data)  # an error page: read it, never keep it
            return None if self._error_bytes <= MAX_ERROR_BODY else 0
        if self._should_stop():
            answer.stopped = True
            return 0
        self._body_started = True
        if answer.status == 206:
            if _range_start(answer.header("content-range")) != answer.offset:
                answer.range_mismatch = True
                return 0
        elif answer.offset:  # the whole file came instead of the rest: start again
            answer.offset = 0
            self.hasher = QuickXorHash()
        if not self._open():
            return 0
        self._streaming = True
        return self._on_body(data)

    def _flush(self) -> bool:
        """Write and hash what the buffer holds; False when the backup stops or the disk refused.

        Pause and Cancel are looked at here, once a buffer, not for every 16 KiB.
        """
        fill, self._fill = self._fill, 0
        if fill and not self._store(self._view[:fill]):
            return False
        if self._should_stop():
            self.answer.stopped = True
            return False
        return True

    def _store(self, data: memoryview) -> bool:
        if self.answer.disk_error is not None:
            return False
        try:
            _write_all(self._file, data)  # type: ignore[arg-type]
        except OSError as exc:
            self.answer.disk_error = exc
            return False
        self.hasher.update(data)
        self.answer.written += len(data)
        self._on_bytes(len(data))
        return True

    def _open(self) -> bool:
        offset = self.answer.offset
        try:
            self._file = open(self.part, "r+b" if offset else "wb", buffering=0)  # noqa: SIM115
            if offset:
                self._file.seek(offset)
                self._file.truncate()
        except OSError as exc:
            self.answer.disk_error = exc
            return False
        return True


def new_handle(*, timeout: float) -> pycurl.Curl:
    """An easy handle with what every download needs; reused for many transfers."""
    h = pycurl.Curl()
    h.setopt(pycurl.NOSIGNAL, 1)
    h.setopt(pycurl.USERAGENT, USER_AGENT)
    h.setopt(pycurl.FOLLOWLOCATION, 1)
    h.setopt(pycurl.MAXREDIRS, 5)
    if hasattr(pycurl, "PROTOCOLS_STR"):
        h.setopt(pycurl.PROTOCOLS_STR, "http,https")
        h.setopt(pycurl.REDIR_PROTOCOLS_STR, "http,https")
    h.setopt(pycurl.CONNECTTIMEOUT, int(min(timeout, 30)))
    h.setopt(pycurl.LOW_SPEED_LIMIT, 1)              # no byte for `timeout` seconds: cut
    h.setopt(pycurl.LOW_SPEED_TIME, int(timeout))
    h.setopt(pycurl.BUFFERSIZE, BUFFER)
    if sys.platform != "win32":  # Windows' libcurl uses the system's certificate store
        h.setopt(pycurl.CAINFO, certifi.where())
    return h


def _ignore(_: bytes) -> None:
    return None


def _write_all(fd: io.FileIO, data: memoryview) -> None:
    """Write every byte (a raw write may be short); the hash counts only what is on disk."""
    while data:
        n = fd.write(data)
        if not n:
            raise OSError(errno.EIO, "the destination accepted no more bytes")
        data = data[n:]


def _range_start(content_range: str | None) -> int | None:
    match = re.match(r"bytes (\d+)-\d+/(\d+|\*)", content_range or "")
    return int(match[1]) if match else None
