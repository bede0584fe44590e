"""One GET of a pre-authenticated download URL into a part file, on a libcurl easy handle.

libcurl does the HTTP: keep-alive connections shared by every transfer,
TLS, chunked bodies, redirects; the proxy is the one ``requests`` would use
for the Graph calls (the environment's, or the system's on Windows and macOS).
This module decides what reaches the disk: only the body of a 2xx answer,
only from the offset asked for, hashed as it is written. It never sends an
Authorization header: the URL carries its own.

libcurl hands the body over 16 KiB at a time. Each handle writes it into its
own in-memory sink (``BytesIO.write``, no Python code per piece); the
download loop calls :meth:`Transfer.pump` when a sink holds a megabyte, and
at the end, to move the bytes to the part file and the hash in one piece.
The status line is known by then, so an error page never reaches the file.
"""

from __future__ import annotations

import errno
import io
import os
import re
import sys
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

import certifi
import pycurl

from app.backup.quickxor import QuickXorHash
from app.graph.client import USER_AGENT

RECEIVE_BUFFER = 64 * 1024  # libcurl's reads; what one read of a socket may bring at once
PUMP_AT = 1024 * 1024        # bytes a sink gathers before they go to the disk and the hash
MAX_ERROR_BODY = 64 * 1024   # an error page is read (so the connection is kept), never stored
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


@dataclass
class Answer:
    """How one transfer ended."""

    status: int = 0                 # the final HTTP status; 0 if none arrived
    head: list[bytes] = field(default_factory=list)  # the final answer's header lines
    offset: int = 0                 # where the bytes written began in the part file
    written: int = 0                # body bytes written to the part file by this transfer
    curl_error: int = 0             # libcurl's result; 0 when the transfer completed
    curl_message: str = ""
    stopped: bool = False           # ended because the backup was paused or cancelled
    refused: bool = False           # an error page too long to read to its end
    range_mismatch: bool = False    # a 206 that did not start where it was asked to
    ranges_refused: bool = False    # a part was asked for and the whole file came (200)
    disk_error: OSError | None = None
    paced: bool | None = None       # the pacer's word on its RateLimit-* (True: it slowed
                                    # down), once the downloader told it; None: not told yet
    _headers: dict[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def cut(self) -> bool:
        """The connection failed or ended early, for a reason of the network's."""
        return bool(self.curl_error) and not (self.stopped or self.refused or self.range_mismatch
                                              or self.ranges_refused or self.disk_error)

    def header(self, name: str) -> str | None:
        """The final answer's header ``name`` (any case); the lines are parsed once."""
        if self._headers is None:
            self._headers = {}
            for line in self.head:
                key, colon, value = line.partition(b":")
                if colon:  # the first of a repeated header wins, as before
                    self._headers.setdefault(key.strip().lower().decode("latin-1"),
                                             value.decode("latin-1").strip())
        return self._headers.get(name.lower())


class Sink:
    """A handle's body buffer: libcurl writes into it, :class:`Transfer` empties it."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()

    @property
    def size(self) -> int:
        return self.buffer.tell()


class Hasher(Protocol):
    """What sees the bytes once they are on disk: a :class:`QuickXorHash`, or a part's
    feed to the hashing process (``parts.py``)."""

    def update(self, data: memoryview) -> None: ...


class Transfer:
    """One request; :meth:`start` configures the handle, libcurl runs it, :meth:`finish` ends it.

    ``end`` (exclusive) asks for one part of the file, bytes [offset, end), written in place
    into a part file that other parts fill too: it is never truncated, and a 200 (the whole
    file) is not written at all.
    """

    def __init__(self, handle: pycurl.Curl, sink: Sink, url: str, part: str, offset: int,
                 hasher: Hasher, *, on_bytes: Callable[[int], None],
                 proxies: Mapping[str, str], end: int | None = None) -> None:
        self.handle: pycurl.Curl | None = handle
        self.sink = sink
        self.url = url
        self.part = part
        self.hasher = hasher
        self.end = end
        self.answer = Answer(offset=offset)
        self._on_bytes = on_bytes
        self._proxies = proxies
        self._fd: int | None = None    # the part file (a raw descriptor: no stat, no buffer)
        self._lines: list[bytes] = []  # every header line, redirects' included (a C-level append)
        self._judged = False           # the status is read and the part file open (or not wanted)
        self._peek: tuple[int, int | None, Answer] | None = None  # final_header's parse:
        # (lines seen, status, the final answer's headers)
        self._error_bytes = 0

    def start(self) -> None:
        h = self.handle
        assert h is not None
        h.setopt(pycurl.URL, self.url)
        h.setopt(pycurl.PROXY, proxy_for(self.url, self._proxies))
        if self.end is not None:
            h.setopt(pycurl.RANGE, f"{self.answer.offset}-{self.end - 1}")
        elif self.answer.offset:
            h.setopt(pycurl.RANGE, f"{self.answer.offset}-")
        else:
            h.unsetopt(pycurl.RANGE)
        h.setopt(pycurl.HEADERFUNCTION, self._lines.append)
        h.setopt(pycurl.WRITEFUNCTION, self.sink.buffer.write)  # this transfer's own buffer
        self.sink.buffer.seek(0)

    def pump(self) -> bool:
        """Move what the sink holds to the part file and the hash; False: end this transfer."""
        size = self.sink.size
        if not size:
            return True
        self.sink.buffer.seek(0)
        answer = self.answer
        if not self._judged and not self._judge():
            return False
        if not 200 <= answer.status < 300:
            self._error_bytes += size  # an error page: read it, never keep it
            if self._error_bytes > MAX_ERROR_BODY:
                answer.refused = True
                return False
            return True
        with self.sink.buffer.getbuffer() as view:
            return self._store(view[:size])

    def final_header(self, name: str) -> str | None:
        """The final answer's header ``name`` before :meth:`finish` has run: the downloader
        hands RateLimit-* to the pacer before the connection's next request leaves."""
        if self._judged:
            return self.answer.header(name)
        return self._peeked().header(name)

    def stop(self) -> None:
        """The backup is paused or cancelled: keep what arrived, end the transfer."""
        self.answer.stopped = True

    def finish(self, curl_error: int = 0, message: str = "") -> Answer:
        """The handle is done (or taken away): record libcurl's result, close the part file."""
        answer = self.answer
        answer.curl_error, answer.curl_message = curl_error, message
        if not (answer.refused or answer.range_mismatch or answer.ranges_refused
                or answer.disk_error):
            self.pump()  # what arrived before a cut is kept too: Range resumes after it
        if not self._judged:
            self._judge(empty=not curl_error)
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError as exc:
                answer.disk_error = answer.disk_error or exc
            self._fd = None
        self.detach()
        return answer

    def detach(self) -> None:
        """libcurl is done with the handle: let go of it, so it can carry the next file."""
        if self.handle is not None:
            self.handle.setopt(pycurl.HEADERFUNCTION, _ignore)  # it holds this transfer alive
            self.handle = None

    # -- inside --------------------------------------------------------------------

    def _judge(self, *, empty: bool = False) -> bool:
        """The final answer's status; for a 2xx, check the range and open the part file."""
        self._judged = True
        answer = self.answer
        peek = self._peek  # the lines final_header parsed already: the same, once it ended
        if peek is not None and peek[0] == len(self._lines):
            status, head, headers = peek[1], peek[2].head, peek[2]._headers
        else:
            (status, head), headers = _final_answer(self._lines), None
        if status is not None:
            answer.status, answer.head, answer._headers = status, head, headers
        if not 200 <= answer.status < 300:
            return True
        if answer.status == 206:
            if _range_start(answer.header("content-range")) != answer.offset:
                answer.range_mismatch = True
                return False
        elif self.end is not None:  # a part was asked for: the whole file is not written
            answer.ranges_refused = True
            return False
        elif answer.offset:  # the whole file came instead of the rest: start again
            answer.offset = 0
            self.hasher = QuickXorHash()
        if empty and answer.offset:
            return True  # nothing new arrived: the part file stays as it is
        return self._open()

    def _peeked(self) -> Answer:
        """The final answer's header lines, parsed once however many headers are asked for."""
        if self._peek is None or self._peek[0] != len(self._lines):
            status, head = _final_answer(self._lines)
            self._peek = (len(self._lines), status, Answer(head=head))
        return self._peek[2]

    def _store(self, data: memoryview) -> bool:
        if self._fd is None or self.answer.disk_error is not None:
            return False
        try:
            _write_all(self._fd, data)
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
            if self.end is not None:  # a part: in place, beside the other parts
                self._fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | _BINARY, 0o666)
                os.lseek(self._fd, offset, os.SEEK_SET)
            elif offset:
                self._fd = os.open(self.part, os.O_WRONLY | _BINARY)
                os.lseek(self._fd, offset, os.SEEK_SET)
                os.ftruncate(self._fd, offset)
            else:
                self._fd = os.open(self.part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY,
                                   0o666)
        except OSError as exc:
            self.answer.disk_error = exc
            return False
        return True


def new_handle(sink: Sink, *, timeout: float) -> pycurl.Curl:
    """An easy handle with what every download needs, writing into ``sink``; reused."""
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
    h.setopt(pycurl.BUFFERSIZE, RECEIVE_BUFFER)
    h.setopt(pycurl.WRITEFUNCTION, sink.buffer.write)
    for option, value in tls_options(pycurl.version_info()[5] or "", sys.platform):
        h.setopt(option, value)
    return h


def tls_options(ssl_backend: str, platform: str) -> list[tuple[int, object]]:
    """Whose certificates libcurl trusts: the same as the Graph calls where it can.

    Schannel (Windows) and Secure Transport (macOS) use the system's store, corporate
    roots included. OpenSSL on Windows is told to use the system's store too; elsewhere
    OpenSSL gets certifi's bundle, as ``requests`` does for the Graph calls.
    """
    if "schannel" in ssl_backend.lower() or "securetransport" in ssl_backend.lower():
        return []
    if platform == "win32" and hasattr(pycurl, "SSLOPT_NATIVE_CA"):
        return [(pycurl.SSL_OPTIONS, pycurl.SSLOPT_NATIVE_CA)]
    return [(pycurl.CAINFO, certifi.where())]


def proxy_for(url: str, proxies: Mapping[str, str]) -> str:
    """The proxy for ``url`` as ``requests`` picks it for the Graph calls: ``proxies`` is
    ``urllib.request.getproxies()`` (the environment's ``https_proxy``, and on Windows and
    macOS the system's settings), minus the hosts ``no_proxy`` and the system exempt.
    '' means a direct connection."""
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    proxy = proxies.get(scheme.lower()) or proxies.get("all") or ""
    if proxy and host and urllib.request.proxy_bypass(host):
        return ""
    return proxy


def _ignore(_: bytes) -> None:
    return None


def _write_all(fd: int, data: memoryview) -> None:
    """Write every byte (a raw write may be short); the hash counts only what is on disk."""
    while data:
        n = os.write(fd, data)
        if not n:
            raise OSError(errno.EIO, "the destination accepted no more bytes")
        data = data[n:]


def _range_start(content_range: str | None) -> int | None:
    match = re.match(r"bytes (\d+)-\d+/(\d+|\*)", content_range or "")
    return int(match[1]) if match else None


def _final_answer(lines: list[bytes]) -> tuple[int | None, list[bytes]]:
    """The last status line's code (0 if unreadable; None: no status line) and the header
    lines after it: the final answer, after redirects and 100s."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith(b"HTTP/"):
            parts = lines[i].split(None, 2)
            return (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0), lines[i + 1:]
    return None, []
