"""Graph requests for one mailbox at a time, within Outlook's limits.

"Microsoft Graph service-specific throttling limits", Outlook service limits: 4 concurrent
requests per app per mailbox, 10,000 requests per 10 minutes per app per
mailbox. :class:`MailboxGate` holds both for one mailbox; a 429 or 503 with
``Retry-After`` pauses every worker of that mailbox (only that one: others go
on). :class:`MailHttp` sends the requests: token refresh on 401, retries on
429/503/504 and cut connections (a wait that Retry-After asked for is not a failed
attempt), Graph's errors as exceptions, and no new request while the backup's
:class:`app.backup.control.BackupControl` is paused (cancel raises its ``Stopped``).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import IO, Any
from urllib.parse import urlencode, urlsplit

import certifi
import requests.utils
import urllib3

from app.backup.control import BackupControl
from app.graph.client import TokenProvider
from app.graph.verdict import retry_after_seconds

log = logging.getLogger(__name__)

CONCURRENT_PER_MAILBOX = 4
REQUESTS_PER_WINDOW = 10_000
WINDOW_SECONDS = 600.0
SPOOL_IN_MEMORY = 8 * 1024 * 1024   # a bigger message goes to a temporary file


class MailAccessDenied(Exception):  # noqa: N818 - Graph's answer
    """403: this access cannot read this (no Mail.Read, Calendars.Read, Contacts.Read)."""


class MailNotFound(Exception):  # noqa: N818
    """404: no such mailbox, folder or message (any more)."""


class MailFetchError(Exception):
    """A request that kept failing; the text says why."""


class MailboxGate:
    """At most ``limit`` requests at once and ``per_window`` per ``window`` for one mailbox."""

    def __init__(self, limit: int = CONCURRENT_PER_MAILBOX, per_window: int = REQUESTS_PER_WINDOW,
                 window: float = WINDOW_SECONDS) -> None:
        self._slots = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self._sent: deque[float] = deque()
        self.per_window, self.window = per_window, window
        self.paused_until = 0.0
        self.pauses = 0

    def pause(self, seconds: float) -> None:
        """Every worker of this mailbox waits (Retry-After)."""
        with self._lock:
            self.paused_until = max(self.paused_until, time.monotonic() + seconds)
            self.pauses += 1

    def wait_time(self) -> float:
        """Seconds until a request may go (0 or less: now, and it is counted as sent)."""
        now = time.monotonic()
        with self._lock:
            while self._sent and self._sent[0] <= now - self.window:
                self._sent.popleft()
            wait = self.paused_until - now
            if len(self._sent) >= self.per_window:
                wait = max(wait, self._sent[0] + self.window - now)
            if wait <= 0:
                self._sent.append(now)
            return wait

    @contextmanager
    def slot(self, control: BackupControl | None = None) -> Iterator[None]:
        """A request's turn; ``control``'s cancel ends the wait with ``Stopped``."""
        while True:
            self._slots.acquire()
            wait = self.wait_time()
            if wait <= 0:
                break
            self._slots.release()
            if control is not None:
                control.sleep(min(wait, 0.5))
            else:
                time.sleep(min(wait, 0.5))
        try:
            yield
        finally:
            self._slots.release()


class MailHttp:
    """GETs against Graph for mailboxes; thread-safe.

    Sent with urllib3's connection pool directly, not through a requests Session: the mail
    backup sends one GET per message, and requests' own work per request (the proxy
    environment read again, settings merged, the request prepared) cost about as much CPU
    as the rest of saving a message (benchmarks/mail.py, profiled with cProfile). The
    proxy from the environment (HTTPS_PROXY, NO_PROXY, as requests reads them) and the CA
    bundle (REQUESTS_CA_BUNDLE, else certifi's) are read once, here.
    """

    def __init__(self, tokens: TokenProvider, base_url: str, *, attempts: int = 6,
                 timeout: float = 60.0, pool: int = 64, control: BackupControl | None = None,
                 max_retry_after: float = 300.0, throttled_retries: int = 50) -> None:
        self.tokens = tokens
        self.control = control or BackupControl()   # pause, resume, cancel
        self.throttled_retries = throttled_retries
        self.base_url = base_url.rstrip("/")
        self.attempts, self.timeout = attempts, timeout
        self.max_retry_after = max_retry_after
        self.pool = _pool(self.base_url, pool)
        self.requests_sent = 0
        self._count_lock = threading.Lock()

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}{path}"

    def get_json(self, gate: MailboxGate, path: str, params: Mapping[str, str] | None = None,
                 headers: Mapping[str, str] | None = None) -> dict[str, Any]:
        def read(response: urllib3.BaseHTTPResponse) -> dict[str, Any]:
            return json.loads(response.read())
        return self._get(gate, path, params, headers, read)

    def all(self, gate: MailboxGate, path: str, params: Mapping[str, str] | None = None,
            headers: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
        """Every item of a collection, following @odata.nextLink."""
        out: list[dict[str, Any]] = []
        url: str | None = path
        while url:
            page = self.get_json(gate, url, params, headers)
            out.extend(page.get("value", []))
            url, params = page.get("@odata.nextLink"), None
        return out

    def mime(self, gate: MailboxGate, user: str,
             message_id: str) -> tuple[IO[bytes] | bytes, int]:
        """A message's full MIME ("Get MIME content of a message": .../messages/{id}/$value)
        in memory or a spooled file, and its size with CRLF line ends as LF (as
        :mod:`mailbox` saves it); a cut stream is retried."""
        def read(response: urllib3.BaseHTTPResponse) -> tuple[IO[bytes] | bytes, int]:
            expected = response.headers.get("Content-Length")
            if expected is not None and int(expected) < SPOOL_IN_MEMORY:   # most messages
                data = response.read()
                if len(data) != int(expected):
                    raise Cut(f"got {len(data)} of {expected} bytes")
                return data, len(data) - data.count(b"\r\n")
            spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 - returned
            size = crlf = 0
            last = b""
            for chunk in response.stream(256 * 1024):
                spool.write(chunk)
                size += len(chunk)
                crlf += chunk.count(b"\r\n") + (last == b"\r" and chunk[:1] == b"\n")
                last = chunk[-1:]
            if expected is not None and int(expected) != size:
                spool.close()
                raise Cut(f"got {size} of {expected} bytes")
            spool.seek(0)
            return spool, size - crlf
        return self._get(gate, f"/users/{user}/messages/{message_id}/$value", None, None, read)

    def _get(self, gate: MailboxGate, path: str, params: Mapping[str, str] | None,
             headers: Mapping[str, str] | None, read: Any) -> Any:
        url = self.url(path)
        if params:
            url += ("&" if "?" in url else "?") + urlencode(params)
        refreshed = False
        token = self.tokens.access_token()
        last = ""
        attempt = throttled = 0
        while attempt < self.attempts:
            attempt += 1
            self.control.checkpoint()       # waits while paused; Stopped once cancelled
            backoff = 0.0
            with gate.slot(self.control):
                with self._count_lock:
                    self.requests_sent += 1
                response = None
                try:
                    response = self.pool.request(
                        "GET", url, preload_content=False, retries=False,
                        timeout=self.timeout,
                        headers={"Authorization": f"Bearer {token}", **(headers or {})})
                    status = response.status
                    if status == 200:
                        return read(response)
                    body = response.read()
                except (urllib3.exceptions.HTTPError, OSError, Cut) as exc:
                    last = f"{type(exc).__name__}: {exc}"[:200]
                    log.info("mail GET %s: %s (attempt %d)", path[:120], last, attempt)
                    backoff = min(10.0, 0.2 * 2 ** attempt)
                finally:
                    if response is not None:
                        response.release_conn()
            if backoff:                  # waited outside the slot: the others go on
                self.control.sleep(backoff)
                continue
            code = _error_code(body)
            if status == 401 and not refreshed:
                refreshed = True
                token = self.tokens.access_token(force_refresh=True)
                continue
            if status in (429, 503, 504):
                wait = retry_after_seconds(response.headers.get("Retry-After"))
                if wait is not None and wait > self.max_retry_after:
                    raise MailFetchError(f"Microsoft 365 asked to pause for {int(wait)} s")
                gate.pause(wait if wait is not None else min(30.0, 0.5 * 2 ** attempt))
                last = f"HTTP {status} {code}"
                if wait is not None and throttled < self.throttled_retries:
                    # Graph's guidance: wait Retry-After and retry "until it succeeds";
                    # such a wait is not a failed attempt (up to throttled_retries of them)
                    throttled += 1
                    attempt -= 1
                continue
            if status == 403:
                raise MailAccessDenied(code or "Forbidden")
            if status == 404:
                raise MailNotFound(code or "NotFound")
            if status >= 500:
                last = f"HTTP {status} {code}"
                self.control.sleep(min(10.0, 0.2 * 2 ** attempt))
                continue
            raise MailFetchError(f"HTTP {status} {code}")
        raise MailFetchError(last or "no answer")


class Cut(Exception):  # noqa: N818
    """The answer ended before its Content-Length."""


def _pool(base_url: str, size: int) -> urllib3.PoolManager:
    """One pool for every request: through the environment's proxy for ``base_url`` when
    there is one (requests' reading of HTTPS_PROXY and NO_PROXY), with the CA bundle
    requests would use."""
    ca = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") \
        or certifi.where()
    proxies = requests.utils.get_environ_proxies(base_url)
    proxy = proxies.get(urlsplit(base_url).scheme) or proxies.get("all")
    if proxy:
        return urllib3.ProxyManager(proxy, num_pools=4, maxsize=size, ca_certs=ca)
    return urllib3.PoolManager(num_pools=4, maxsize=size, ca_certs=ca)


def _error_code(body: bytes) -> str:
    try:
        return str(json.loads(body).get("error", {}).get("code", "")) if body else ""
    except (ValueError, AttributeError):
        return ""
