"""The demo tenant's Graph-compatible HTTP server, on 127.0.0.1 and an ephemeral port.

Serves ``/v1.0/...`` like Microsoft Graph (bearer tokens, paging, Graph's error JSON,
302 to pre-authenticated download URLs that take Range requests and ignore an
Authorization header, counting it) and can misbehave on purpose through
:attr:`DemoGraphServer.faults`. Used by ``--demo``, by ``cancel365
demo-server`` and by the tests. This module holds the server's state (tokens, download
URLs, the request log); each request is answered by :mod:`app.demo.graph_handler`.
"""

from __future__ import annotations

import logging
import secrets
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from typing import Any

from app.demo.budget import DEFAULT_APP, DemoBudget
from app.demo.delta import ChangeClock
from app.demo.download_urls import DownloadUrls
from app.demo.faults import FaultPlan
from app.demo.graph_handler import API, GraphHandler, RequestRecord
from app.demo.graph_rules import MAX_PAGE
from app.demo.routes import GraphRoutes
from app.demo.tenant import DemoItem, DemoTenant
from app.demo.wire import Identity

log = logging.getLogger(__name__)


@dataclass
class IssuedToken:
    identity: Identity
    expires_at: float
    app_id: str = DEFAULT_APP  # whose resource-unit budget its calls spend


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
        self._httpd = _QuietServer((host, port), GraphHandler)
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
