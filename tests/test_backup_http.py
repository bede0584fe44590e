"""The download client's HTTP/1.1: chunked bodies, bodies ended by close, keep-alive, cuts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.backup.http import Connection, ProtocolError

BODY = bytes(range(256)) * 1000


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(BODY), 70_000):
                piece = BODY[start:start + 70_000]
                self.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\nX-Trailer: yes\r\n\r\n")
        elif self.path == "/until-close":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(BODY)
            self.close_connection = True
        elif self.path == "/cut":
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY[:1000])
            self.close_connection = True
        else:
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def read_all(conn: Connection, path: str) -> tuple[bytes, bool]:
    response = conn.get(path, {"User-Agent": "test"})
    buf = memoryview(bytearray(50_000))
    out = bytearray()
    while n := response.readinto(buf):
        out += buf[:n]
    return bytes(out), response.reusable


def test_chunked_and_keep_alive(server: ThreadingHTTPServer) -> None:
    conn = Connection("http", f"127.0.0.1:{server.server_address[1]}", timeout=5, context=None)
    body, reusable = read_all(conn, "/chunked")
    assert body == BODY and reusable
    body, reusable = read_all(conn, "/plain?x=1")  # the same connection again
    assert body == BODY and reusable
    assert server.seen == ["/chunked", "/plain?x=1"]  # type: ignore[attr-defined]
    conn.close()


def test_a_body_ended_by_close_is_read_whole_and_not_reused(server: ThreadingHTTPServer) -> None:
    conn = Connection("http", f"127.0.0.1:{server.server_address[1]}", timeout=5, context=None)
    body, reusable = read_all(conn, "/until-close")
    assert body == BODY and not reusable
    conn.close()


def test_a_cut_body_raises_instead_of_ending_quietly(server: ThreadingHTTPServer) -> None:
    conn = Connection("http", f"127.0.0.1:{server.server_address[1]}", timeout=5, context=None)
    with pytest.raises(ProtocolError):
        read_all(conn, "/cut")
    conn.close()
