"""The demo server's download endpoint: a file's bytes for a pre-authenticated URL.

Checks the URL (a good ``tempauth``; an Authorization header is ignored), honours a
``Range`` request (206, or 416 when it cannot be met) and streams the bytes
made up by :mod:`app.demo.content`; a CUT fault closes the connection halfway,
a CORRUPT fault flips a byte, an IGNORE_RANGE fault sends the whole file (200).
Ranges as Microsoft's page "Download driveItem content" describes them (section "Partial
range downloads": ``Range: bytes=0-1023`` on the download URL, answered 206 with the bytes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Protocol

from app.demo import content
from app.demo.faults import Fault, FaultKind
from app.demo.tenant import DemoItem


class SendError(Protocol):
    """The handler's way to answer with Graph's error JSON."""

    def __call__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None) -> None: ...


def serve_download(handler: BaseHTTPRequestHandler,
                   item_for: Callable[[str, str, str], DemoItem | None],
                   path: str, query: dict[str, str], fault: Fault | None,
                   send_error: SendError) -> None:
    """Answer ``GET /_download/{drive}/{item}?tempauth=...`` on ``handler``."""
    match = re.fullmatch(r"/_download/([^/]+)/([^/]+)", path)
    item = None
    if match:
        item = item_for(match[1], match[2], query.get("tempauth", ""))
    # An Authorization header is ignored, as SharePoint usually does (the server counts it).
    if item is None:
        send_error(401, "unauthenticated", "The download URL is invalid or expired.")
        return
    if item.malware:  # SharePoint refuses an infected file with a page and X-Virus-Infected
        page = b"<html><body>This file is infected with a virus and cannot be downloaded.</body></html>"
        handler.send_response(403)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("X-Virus-Infected", item.malware)
        handler.send_header("Content-Length", str(len(page)))
        handler.end_headers()
        handler.wfile.write(page)
        return
    size = item.served_size
    start, end = 0, size
    status = 200
    range_header = handler.headers.get("Range", "")
    m = re.fullmatch(r"bytes=(\d+)-(\d*)", range_header.strip())
    if m and not (fault and fault.kind is FaultKind.IGNORE_RANGE):
        start = int(m[1])
        end = min(size, int(m[2]) + 1) if m[2] else size
        if start >= size or start >= end:
            send_error(416, "invalidRange", "The range is not satisfiable.",
                       {"Content-Range": f"bytes */{size}"})
            return
        status = 206
    handler.send_response(status)
    handler.send_header("Content-Type", "application/octet-stream")
    handler.send_header("Content-Length", str(end - start))
    handler.send_header("Accept-Ranges", "bytes")
    if status == 206:
        handler.send_header("Content-Range", f"bytes {start}-{end - 1}/{size}")
    handler.end_headers()
    cut_at = start + (end - start) // 2 if fault and fault.kind is FaultKind.CUT else None
    corrupt = bool(fault and fault.kind is FaultKind.CORRUPT)
    pos = start
    try:
        for piece in content.read(item.served_seed, size, start, end):
            if cut_at is not None and pos + len(piece) > cut_at:
                handler.wfile.write(piece[:cut_at - pos])
                handler.wfile.flush()
                handler.close_connection = True
                handler.connection.shutdown(2)
                return
            if corrupt:
                piece = bytes([piece[0] ^ 0xFF]) + piece[1:]
                corrupt = False
            handler.wfile.write(piece)
            pos += len(piece)
    except (BrokenPipeError, ConnectionResetError):
        handler.close_connection = True
