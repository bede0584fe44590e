"""The demo tenant's Graph-compatible HTTP server, on 127.0.0.1 and an ephemeral port.

Serves ``/v1.0/...`` like Microsoft Graph (bearer tokens, paging, Graph's error JSON,
302 to pre-authenticated download URLs that take Range requests and ignore an
Authorization header, counting it) and can misbehave on purpose through
:attr:`DemoGraphServer.faults`. Used by ``--demo``, by ``cancel365
demo-server`` and by the tests.
"""

from __future__ import annotations

import json
import logging
import secrets
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from app.demo.app_routes import client_credentials
from app.demo.budget import DEFAULT_APP, DemoBudget
from app.demo.delta import ChangeClock
from app.demo.download_urls import DownloadUrls
from app.demo.downloads import serve_download
from app.demo.faults import FaultKind, FaultPlan, warning_headers
from app.demo.graph_rules import MAX_PAGE, advanced_query_fault, answer_root, default_view, page_of, select
from app.demo.lifecycle import lifecycle_control
from app.demo.routes import GraphRoutes
from app.demo.tenant import DemoItem, DemoTenant
from app.demo.wire import Answer, Call, GraphFault, Identity

log = logging.getLogger(__name__)
API = "/v1.0"


@dataclass
class IssuedToken:
    identity: Identity
    expires_at: float
    app_id: str = DEFAULT_APP  # whose resource-unit budget its calls spend


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server saw it; ``at`` is its arrival by the server's clock."""

    at: float
    method: str
    path: str
    status: int
    had_authorization: bool
    range: str = ""   # the Range header asked for, if any


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up mid-answer (a cancelled download, a closed wizard) is normal
    traffic here, not a traceback on stderr; anything else is still logged."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
            log.debug("demo: the client at %s went away", client_address)
            return
        log.exception("demo: error while answering %s", client_address)


class DemoGraphServer:
    """Start with :meth:`start` (or ``with``); stop with :meth:`stop`."""

    def __init__(self, tenant: DemoTenant | None = None, *, host: str = "127.0.0.1",
                 port: int = 0, download_url_lifetime: float = 600.0,
                 download_base: str | None = None, change_every: float | None = None) -> None:
        self.tenant = tenant or DemoTenant.load()
        self.faults = FaultPlan()
        self.requests: deque[RequestRecord] = deque(maxlen=100_000)
        self._tokens: dict[str, IssuedToken] = {}
        self._tokens_lock = threading.Lock()
        self._httpd = _QuietServer((host, port), _Handler)
        self._httpd.demo = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None
        self.download_urls = DownloadUrls(self.tenant, f"{self.root_url}/_download",
                                          lifetime=download_url_lifetime, base=download_base)
        self.routes = GraphRoutes(self.tenant, self.download_urls.url)
        self.apps = self.routes.apps   # app registrations; /_demo/token checks their secrets
        self.lifecycle = self.routes.lifecycle   # /_demo/cancel: the admin center's stand-in
        # Downloads that carried an Authorization header (pre-authenticated URLs ignore it,
        # as SharePoint does; Cancel365 must never send one there).
        self.download_authorizations = 0
        self.changes = ChangeClock(self.tenant, change_every)  # files change on their own
        self.max_page = MAX_PAGE  # Graph may answer with fewer items than $top asked for
        # SharePoint's resource-unit budget per app (app/demo/budget.py); None: unlimited.
        self.budget: DemoBudget | None = None

    # -- lifecycle -------------------------------------------------------------

    @property
    def root_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def graph_url(self) -> str:
        return self.root_url + API

    def start(self) -> DemoGraphServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        name="demo-graph", daemon=True)
        self._thread.start()
        self.changes.start()
        return self

    def stop(self) -> None:
        self.changes.stop()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> DemoGraphServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- tokens ----------------------------------------------------------------

    def issue_token(self, *, user_id: str | None = "admin", scopes: set[str] | None = None,
                    lifetime: float = 3600.0, app_id: str = DEFAULT_APP) -> str:
        """A bearer token for the demo admin (default), another user, or an app (None);
        its calls spend ``app_id``'s budget."""
        if user_id == "admin":
            user_id = self.tenant.admin_id
        token = "demo-" + secrets.token_urlsafe(32)
        with self._tokens_lock:
            self._tokens[token] = IssuedToken(
                Identity(user_id, frozenset(scopes) if scopes is not None else None),
                time.monotonic() + lifetime, app_id)
        return token

    def expire_tokens(self) -> None:
        """Every token issued so far stops working, as if an hour had passed."""
        with self._tokens_lock:
            for issued in self._tokens.values():
                issued.expires_at = 0.0

    def identity_for(self, authorization: str) -> Identity | None:
        if not authorization.startswith("Bearer "):
            return None
        with self._tokens_lock:
            issued = self._tokens.get(authorization[7:].strip())
        if issued is None or issued.expires_at < time.monotonic():
            return None
        return issued.identity

    def app_for(self, authorization: str) -> str | None:
        """The app a bearer token was issued to (its client ID), or None for a bad token."""
        with self._tokens_lock:
            issued = self._tokens.get(authorization[7:].strip()) \
                if authorization.startswith("Bearer ") else None
        return issued.app_id if issued is not None else None

    # -- download URLs (see DownloadUrls) ---------------------------------------

    @property
    def download_url_lifetime(self) -> float:
        """Seconds a download URL works."""
        return self.download_urls.lifetime

    @download_url_lifetime.setter
    def download_url_lifetime(self, seconds: float) -> None:
        self.download_urls.lifetime = seconds

    @property
    def download_base(self) -> str | None:
        """Where download URLs point when not at this server (the benchmark's nginx)."""
        return self.download_urls.base

    @download_base.setter
    def download_base(self, base: str | None) -> None:
        self.download_urls.base = base

    def download_url(self, item: DemoItem) -> str:
        """A pre-authenticated URL that expires after ``download_url_lifetime`` seconds."""
        return self.download_urls.url(item)

    def expire_download_urls(self) -> None:
        """Every download URL handed out so far stops working (401), as after an hour."""
        self.download_urls.expire_all()

    def item_for_download(self, drive_id: str, item_id: str, tempauth: str) -> DemoItem | None:
        return self.download_urls.item_for(drive_id, item_id, tempauth)


class _Handler(BaseHTTPRequestHandler):
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
            self._control(method, path, body)
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

    # -- control (fault switches for scripts) ----------------------------------

    def _control(self, method: str, path: str, body: dict[str, Any] | None) -> None:
        if (answered := lifecycle_control(self.demo.lifecycle, method, path, body)) is not None:
            self._send_json(*answered)
            return
        if method == "POST" and path == "/_demo/token":   # the demo's client-credentials grant
            demo = self.demo
            self._send_json(*client_credentials(
                demo.apps, lambda roles: demo.issue_token(
                    user_id=None, scopes=roles,
                    app_id=str((body or {}).get("client_id") or DEFAULT_APP)), body or {}))
            return
        if method == "POST" and path == "/_demo/faults" and body:
            try:
                self.demo.faults.add(body["kind"], body.get("match", ""),
                                     times=int(body.get("times", 1)),
                                     retry_after=body.get("retry_after", 1),
                                     delay=float(body.get("delay", 0)),
                                     method=body.get("method", ""))
            except (KeyError, ValueError) as exc:
                self._send_error(400, "BadRequest", f"Bad fault: {exc}")
                return
            self._send_json(204, None)
            return
        if method == "DELETE" and path == "/_demo/faults":
            self.demo.faults.clear()
            self._send_json(204, None)
            return
        self._send_error(404, "NotFound", "Unknown control URL.")
