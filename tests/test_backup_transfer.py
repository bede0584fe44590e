"""One download on libcurl: what reaches the part file, and what never does.

A small HTTP/1.1 server on loopback answers in the ways a download can go:
chunked, ended by close, cut, an error page, Range honoured or not, a
redirect; and a forward proxy shows that the environment's proxy is used.
"""

from __future__ import annotations

import os
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pycurl
import pytest

from app.backup.quickxor import QuickXorHash, quickxor_b64
from app.backup.transfer import (
    MAX_ERROR_BODY,
    Answer,
    Sink,
    Transfer,
    new_handle,
    proxy_for,
    tls_options,
)

BODY = bytes(range(256)) * 1000   # 256,000 bytes


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: C901 - one branch per way of answering
        server = self.server
        server.seen.append((self.path, dict(self.headers), self.client_address))  # type: ignore[attr-defined]
        path = self.path.split("?")[0]
        start = 0
        if self.headers.get("Range"):
            start = int(self.headers["Range"].removeprefix("bytes=").split("-")[0])
        if path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for at in range(0, len(BODY), 70_000):
                piece = BODY[at:at + 70_000]
                self.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\nX-Trailer: yes\r\n\r\n")
        elif path == "/until-close":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(BODY)
            self.close_connection = True
        elif path == "/cut":
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY[:1000])
            self.wfile.flush()
            self.close_connection = True
        elif path == "/missing":
            page = b"<html>" + b"not here " * 20 + b"</html>"
            self.send_response(404)
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
        elif path == "/huge-error":
            self.send_response(503)
            self.send_header("Content-Length", str(MAX_ERROR_BODY * 4))
            self.send_header("Retry-After", "7")
            self.end_headers()
            self.wfile.write(b"e" * MAX_ERROR_BODY * 4)
        elif path == "/wrong-range":
            self.send_response(206)
            self.send_header("Content-Range", f"bytes 0-{len(BODY) - 1}/{len(BODY)}")
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)
        elif path == "/no-range":
            self.send_response(200)
            self.send_header("Content-Length", str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)
        elif path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/file")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/empty":
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            rest = BODY[start:]
            self.send_response(206 if start else 200)
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(BODY) - 1}/{len(BODY)}")
            self.send_header("Content-Length", str(len(rest)))
            self.end_headers()
            self.wfile.write(rest)


class _Proxy(BaseHTTPRequestHandler):
    """A forward proxy for plain HTTP: it answers absolute-URI requests itself."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.seen.append(self.path)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.seen = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    yield from _serve(_Handler)


@pytest.fixture
def proxy() -> Iterator[ThreadingHTTPServer]:
    yield from _serve(_Proxy)


class _Client:
    """One easy handle, reused like the download loop reuses it."""

    def __init__(self) -> None:
        self.sink = Sink()
        self.handle = new_handle(self.sink, timeout=10)

    def get(self, url: str, part: Path, offset: int = 0,
            hasher: QuickXorHash | None = None) -> tuple[Answer, Transfer]:
        transfer = Transfer(self.handle, self.sink, url, str(part), offset,
                            hasher or QuickXorHash(), on_bytes=lambda n: None,
                            proxies=urllib.request.getproxies())
        transfer.start()
        code, message = 0, ""
        try:
            self.handle.perform()
        except pycurl.error as exc:
            code, message = exc.args
        return transfer.finish(code, message), transfer


def url(server: ThreadingHTTPServer, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_a_chunked_body_with_extensions_and_trailers_arrives_whole(server, tmp_path) -> None:
    answer, transfer = _Client().get(url(server, "/chunked"), tmp_path / "f.part")
    assert answer.status == 200 and not answer.cut
    assert (tmp_path / "f.part").read_bytes() == BODY
    assert transfer.hasher.b64digest() == quickxor_b64(BODY)


def test_a_body_ended_by_close_arrives_whole(server, tmp_path) -> None:
    answer, _ = _Client().get(url(server, "/until-close"), tmp_path / "f.part")
    assert answer.status == 200 and not answer.cut
    assert (tmp_path / "f.part").read_bytes() == BODY


def test_a_cut_body_is_reported_cut_and_what_arrived_is_kept_for_a_range(server, tmp_path) -> None:
    part = tmp_path / "f.part"
    answer, _ = _Client().get(url(server, "/cut"), part)
    assert answer.cut and answer.curl_error
    assert answer.written == 1000 and part.read_bytes() == BODY[:1000]


def test_an_error_page_never_reaches_the_part_file(server, tmp_path) -> None:
    part = tmp_path / "f.part"
    answer, _ = _Client().get(url(server, "/missing"), part)
    assert answer.status == 404 and not answer.cut and answer.written == 0
    assert not part.exists()


def test_a_long_error_page_is_not_read_to_its_end_nor_kept(server, tmp_path) -> None:
    client = _Client()
    transfer = Transfer(client.handle, client.sink, url(server, "/huge-error"),
                        str(tmp_path / "f.part"), 0, QuickXorHash(), on_bytes=lambda n: None,
                        proxies={})
    transfer.start()
    multi = pycurl.CurlMulti()
    multi.add_handle(client.handle)
    refused = False
    while multi.perform()[1]:  # pump as the download loop does, each time data arrived
        multi.select(1.0)
        if client.sink.size > MAX_ERROR_BODY // 2 and not transfer.pump():
            refused = True
            break
    multi.remove_handle(client.handle)
    answer = transfer.finish(0 if not refused else pycurl.E_WRITE_ERROR, "")
    assert answer.status == 503 and answer.header("Retry-After") == "7"
    assert not (tmp_path / "f.part").exists()
    assert not answer.cut  # a refused error page is judged by its status, not retried as a cut


def test_a_range_resume_appends_and_the_hash_covers_the_whole_file(server, tmp_path) -> None:
    part = tmp_path / "f.part"
    part.write_bytes(BODY[:100_000])
    hasher = QuickXorHash()
    hasher.update(BODY[:100_000])
    answer, transfer = _Client().get(url(server, "/file"), part, offset=100_000, hasher=hasher)
    assert answer.status == 206 and answer.written == len(BODY) - 100_000
    assert part.read_bytes() == BODY
    assert transfer.hasher.b64digest() == quickxor_b64(BODY)
    assert server.seen[-1][1]["Range"] == "bytes=100000-"


def test_a_range_that_starts_elsewhere_is_refused_and_the_part_left_alone(server, tmp_path) -> None:
    part = tmp_path / "f.part"
    part.write_bytes(b"x" * 5000)
    answer, _ = _Client().get(url(server, "/wrong-range"), part, offset=5000)
    assert answer.range_mismatch and not answer.cut
    assert part.read_bytes() == b"x" * 5000


def test_the_whole_file_instead_of_the_rest_starts_the_part_again(server, tmp_path) -> None:
    part = tmp_path / "f.part"
    part.write_bytes(b"stale bytes from before")
    stale = QuickXorHash()
    stale.update(b"stale bytes from before")
    answer, transfer = _Client().get(url(server, "/no-range"), part, offset=23, hasher=stale)
    assert answer.status == 200 and answer.offset == 0
    assert part.read_bytes() == BODY
    assert transfer.hasher.b64digest() == quickxor_b64(BODY)


def test_redirects_are_followed_without_any_authorization(server, tmp_path) -> None:
    answer, _ = _Client().get(url(server, "/moved"), tmp_path / "f.part")
    assert answer.status == 200 and (tmp_path / "f.part").read_bytes() == BODY
    assert [p for p, _, _ in server.seen] == ["/moved", "/file"]
    assert not any("Authorization" in h for _, h, _ in server.seen)


def test_an_empty_file_is_written_empty(server, tmp_path) -> None:
    part = tmp_path / "f.part"
    answer, _ = _Client().get(url(server, "/empty"), part)
    assert answer.status == 200 and part.exists() and part.read_bytes() == b""


def test_one_connection_serves_many_files(server, tmp_path) -> None:
    client = _Client()
    for i in range(5):
        answer, _ = client.get(url(server, f"/file?n={i}"), tmp_path / f"{i}.part")
        assert answer.status == 200
    assert len({address for _, _, address in server.seen}) == 1


def test_the_proxy_the_environment_names_is_used(server, proxy, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("http_proxy", url(proxy, ""))
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    target = "http://files.example.invalid/download/f.bin?tempauth=x"
    answer, _ = _Client().get(target, tmp_path / "f.part")
    assert answer.status == 200 and (tmp_path / "f.part").read_bytes() == BODY
    assert proxy.seen == [target]


def test_a_full_disk_is_reported_as_the_disk_s_error(server, tmp_path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    answer, _ = _Client().get(url(server, "/file"), Path("/dev/full"))
    assert answer.disk_error is not None and not answer.cut


def test_no_proxy_exempts_a_host(monkeypatch) -> None:
    monkeypatch.setenv("no_proxy", "files.example.invalid,.sharepoint.example")
    proxies = {"https": "http://proxy.example:3128"}
    assert proxy_for("https://files.example.invalid/x", proxies) == ""
    assert proxy_for("https://tenant.sharepoint.example/x", proxies) == ""
    assert proxy_for("https://other.example/x", proxies) == "http://proxy.example:3128"
    assert proxy_for("http://other.example/x", proxies) == ""   # no http proxy named


def test_certificates_come_from_the_system_where_libcurl_can_use_it() -> None:
    assert tls_options("Schannel", "win32") == []
    assert tls_options("SecureTransport", "darwin") == []
    assert tls_options("OpenSSL/3.0.13", "win32") == [(pycurl.SSL_OPTIONS, pycurl.SSLOPT_NATIVE_CA)]
    (option, bundle), = tls_options("OpenSSL/3.0.13", "linux")
    assert option == pycurl.CAINFO and os.path.isfile(str(bundle))
