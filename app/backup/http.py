"""A lean HTTP/1.1 GET client for download URLs: keep-alive, TLS, Content-Length or chunked.

Downloads of many small files spend most of their time in per-request
overhead; http.client parses headers with the email package, which costs
more than the file itself on a fast link. This client does only what a
download needs: one GET, the status line, the headers, and the body read
straight into the caller's buffer.
"""

from __future__ import annotations

import socket
import ssl
from urllib.parse import urlsplit

MAX_HEADER_BYTES = 64 * 1024


class ProtocolError(OSError):
    """The server's answer was not HTTP we understand, or ended early."""


class Response:
    """One answer; read the body with :meth:`readinto` until it returns 0."""

    def __init__(self, conn: Connection, status: int, headers: dict[str, str],
                 head_only: bool) -> None:
        self._conn = conn
        self.status = status
        self.headers = headers
        self._chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        length = headers.get("content-length", "")
        self._left: int | None = int(length) if length.isdigit() else None
        if head_only or status in (204, 304):
            self._left = 0
        self._chunk_left = 0
        self._done = self._left == 0 and not self._chunked
        self.reusable = headers.get("connection", "").lower() != "close"
        if self._left is None and not self._chunked:
            self.reusable = False  # the body ends when the server closes

    def getheader(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)

    @property
    def complete(self) -> bool:
        return self._done

    def readinto(self, buf: memoryview) -> int:
        """Up to len(buf) bytes of the body; 0 at its end. Raises ProtocolError if cut."""
        if self._done:
            return 0
        if self._chunked:
            return self._read_chunked(buf)
        want = len(buf) if self._left is None else min(len(buf), self._left)
        n = self._conn.file.readinto(buf[:want])
        if not n:
            if self._left is None:
                self._done = True
                return 0
            raise ProtocolError(f"the body ended {self._left} bytes early")
        if self._left is not None:
            self._left -= n
            self._done = self._left == 0
        return n

    def _read_chunked(self, buf: memoryview) -> int:
        f = self._conn.file
        if self._chunk_left == 0:
            line = f.readline(1024)
            if not line:
                raise ProtocolError("the chunked body ended early")
            try:
                self._chunk_left = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise ProtocolError("a garbled chunk size") from None
            if self._chunk_left == 0:
                while f.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                self._done = True
                return 0
        n = f.readinto(buf[:min(len(buf), self._chunk_left)])
        if not n:
            raise ProtocolError("the chunked body ended early")
        self._chunk_left -= n
        if self._chunk_left == 0:
            f.readline(16)  # the CRLF after the chunk
        return n

    def drain(self, limit: int = 65536) -> bool:
        """Read and drop a small body so the connection can be reused; False if too big."""
        scratch = memoryview(bytearray(16384))
        read = 0
        while not self._done:
            n = self.readinto(scratch)
            read += n
            if read > limit:
                return False
        return True


class Connection:
    """One keep-alive connection to one origin."""

    def __init__(self, scheme: str, netloc: str, *, timeout: float,
                 context: ssl.SSLContext | None) -> None:
        parts = urlsplit(f"{scheme}://{netloc}")
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if scheme == "https" else 80)
        self.netloc = netloc
        sock = socket.create_connection((self.host, self.port), timeout=timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if scheme == "https":
            assert context is not None
            sock = context.wrap_socket(sock, server_hostname=self.host)
        self.sock = sock
        self.file = sock.makefile("rb", buffering=256 * 1024)

    def get(self, target: str, headers: dict[str, str]) -> Response:
        lines = [f"GET {target} HTTP/1.1", f"Host: {self.netloc}", "Accept-Encoding: identity"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        status_line = self.file.readline(8192)
        if not status_line:
            raise ProtocolError("the server closed the connection")
        parts = status_line.split(None, 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1."):
            raise ProtocolError("not an HTTP answer")
        status = int(parts[1])
        fields: dict[str, str] = {}
        size = 0
        while True:
            line = self.file.readline(8192)
            size += len(line)
            if line in (b"\r\n", b"\n"):
                break
            if not line or size > MAX_HEADER_BYTES:
                raise ProtocolError("the headers ended early or were too long")
            name, _, value = line.decode("latin-1").partition(":")
            fields[name.strip().lower()] = value.strip()
        if status < 200:
            raise ProtocolError(f"an unexpected interim answer ({status})")
        return Response(self, status, fields, head_only=False)

    def close(self) -> None:
        try:
            self.file.close()
        finally:
            self.sock.close()
