"""One request to the demo Graph server: its faults and budget first, then a download, a
control switch (app.demo.control_routes) or a Graph call (app.demo.routes), answered as Graph does."""

from __future__ import annotations

import json
import logging
import secrets
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from app.demo.budget import DEFAULT_APP
from app.demo.control_routes import control_answer
from app.demo.downloads import serve_download
from app.demo.faults import FaultKind, warning_headers
from app.demo.graph_rules import advanced_query_fault, answer_root, default_view, page_of, select
from app.demo.wire import Answer, Call, GraphFault

if TYPE_CHECKING:
    from app.demo.graph_server import DemoGraphServer

log = logging.getLogger(__name__)
API = "/v1.0"


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server saw it; ``at`` is its arrival by the server's clock."""

    at: float
    method: str
    path: str
    status: int
    had_authorization: bool
    range: str = ""   # the Range header asked for, if any


class GraphHandler(BaseHTTPRequestHandler):
    """Answers one connection's requests for the :class:`DemoGraphServer` it is served by."""

    protocol_version = "HTTP/1.1"
    server_version = "Cancel365Demo/1.0"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms stalls

    @property
    def demo(self) -> DemoGraphServer:
        return self.server.demo  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("demo %s", format % args)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    # -- plumbing ---------------------------------------------------------------

    def send_response(self, code: int, message: str | None = None) -> None:
        """Log the request before any byte of the answer leaves, so that a client that has
        read the answer always finds it in :attr:`DemoGraphServer.requests`."""
        self.demo.requests.append(RequestRecord(
            self._arrived, self.command, self._path, code, "Authorization" in self.headers,
            self.headers.get("Range", "")))
        super().send_response(code, message)
        for key, value in getattr(self, "_warnings", {}).items():
            self.send_header(key, value)

    def _send_json(self, status: int, body: dict[str, Any] | None,
                   headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json; odata.metadata=minimal")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("request-id", self._request_id)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if data:
            self.wfile.write(data)

    def _send_error(self, status: int, code: str, message: str,
                    headers: dict[str, str] | None = None) -> None:
        self._send_json(status, {"error": {"code": code, "message": message, "innerError": {
            "date": time.strftime("%Y-%m-%dT%H:%M:%S"), "request-id": self._request_id,
            "client-request-id": self._request_id}}}, headers)

    def _read_body(self) -> dict[str, Any] | None:
        length = int(self.headers.get("Content-Length") or 0)
        if not length:
            return None
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw)
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    def _serve(self, method: str) -> None:
        self._arrived = time.monotonic()
        self._request_id = secrets.token_hex(8)
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        if path.startswith("/v2.0/"):  # SharePoint's v2.0 endpoint (rclone's tenant_url): as v1.0
            path = API + path[len("/v2.0"):]
        self._path = path
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        body = self._read_body()
        fault = self.demo.faults.take(method, path)
        self._warnings = warning_headers(fault, path) \
            if fault is not None and fault.kind is FaultKind.NEAR_LIMIT else {}
        self.demo.download_urls.use_app(None)
        # Absolute links come from the host the client called (a proxy or TLS front too).
        self._root = answer_root(self.headers, self.demo.root_url)
        self.demo.download_urls.use_root(self._root)
        if self._apply_fault_before(fault):
            return
        if self.demo.budget is not None and self._over_budget(method, path, query):
            return
        if path.startswith("/_download/"):
            if "Authorization" in self.headers:
                self.demo.download_authorizations += 1
            serve_download(self, self.demo.item_for_download, path, query, fault,
                           self._send_error)
        elif path.startswith("/_demo/"):
            try:
                self._send_json(*control_answer(self.demo, method, path, body))
            except GraphFault as exc:
                self._send_error(exc.status, exc.code, exc.message, exc.headers)
        elif path.startswith(API + "/") or path == API:
            self._graph(method, path[len(API):] or "/", query, body)
        else:
            self._send_error(404, "NotFound", "Not a Graph URL.")

    def _apply_fault_before(self, fault: Any) -> bool:
        """Act on a fault that fires before the answer; True when it already answered."""
        if fault is None:
            return False
        if fault.kind is FaultKind.SLOW:
            time.sleep(fault.delay)
            return False
        if fault.kind is FaultKind.EXPIRE_TOKEN:
            self.demo.expire_tokens()
            return False
        if fault.kind is FaultKind.EXPIRE_URLS:
            self.demo.expire_download_urls()
            return False
        if fault.kind in (FaultKind.THROTTLE, FaultKind.UNAVAILABLE):
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = str(int(fault.retry_after))
            if fault.kind is FaultKind.THROTTLE:
                self._send_error(429, "TooManyRequests", "Too many requests.", headers)
                return True
            self._send_error(503, "serviceNotAvailable", "Service unavailable.", headers)
            return True
        return False  # CUT, CORRUPT and IGNORE_RANGE act on bodies

    def _over_budget(self, method: str, path: str, query: dict[str, str]) -> bool:
        """Charge the request to its app's budget; True when it was refused (429/503)."""
        budget = self.demo.budget
        assert budget is not None
        if path.startswith("/_download/"):
            app: str | None = query.get("app") or DEFAULT_APP  # the app the URL was made for
        else:
            app = self.demo.app_for(self.headers.get("Authorization", ""))
            if app is None:
                return False  # answered 401 below; Graph charges no app for that
            self.demo.download_urls.use_app(app)
        charge = budget.charge(app, method, path, query)
        if charge.status:
            message = "Too many requests." if charge.status == 429 else \
                "The app is blocked for exceeding its limits again and again."
            code = "TooManyRequests" if charge.status == 429 else "serviceNotAvailable"
            self._send_error(charge.status, code, message, charge.headers)
            return True
        self._warnings = {**self._warnings, **charge.headers}
        return False

    # -- Graph -----------------------------------------------------------------

    def _graph(self, method: str, path: str, query: dict[str, str],
               body: dict[str, Any] | None) -> None:
        identity = self.demo.identity_for(self.headers.get("Authorization", ""))
        if identity is None:
            self._send_error(401, "InvalidAuthenticationToken",
                             "Access token has expired or is not yet valid.",
                             {"WWW-Authenticate": 'Bearer realm=""'})
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        call = Call(method, path.rstrip("/") or "/", query, headers, body, identity)
        try:
            refused = advanced_query_fault(call)
            if refused is not None:
                raise refused
            answer = self.demo.routes.route(call)
        except GraphFault as exc:
            self._send_error(exc.status, exc.code, exc.message, exc.headers)
            return
        except KeyError:
            self._send_error(404, "Request_ResourceNotFound", "Resource not found.")
            return
        if answer.raw is not None:
            self._send_raw(answer)
            return
        if answer.collection is not None:
            self._send_page(call, answer)
            return
        self._send_json(answer.status, select(default_view(call.path, answer.body, query), query),
                        answer.headers)

    def _send_raw(self, answer: Answer) -> None:
        """Bytes (a message's MIME); fewer than announced closes the connection (a cut)."""
        self.send_response(answer.status)
        for key, value in {**answer.headers, "Content-Length": str(answer.raw_length),
                           "request-id": self._request_id}.items():
            self.send_header(key, value)
        self.end_headers()
        sent = 0
        for chunk in answer.raw or ():
            self.wfile.write(chunk)
            sent += len(chunk)
        if sent < answer.raw_length:
            self.close_connection = True

    def _send_page(self, call: Call, answer: Answer) -> None:
        try:
            body = page_of(call, answer, f"{self._root}{API}", self.demo.max_page)
        except GraphFault as exc:
            self._send_error(exc.status, exc.code, exc.message)
            return
        self._send_json(200, body)
