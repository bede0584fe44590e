"""A small Microsoft Graph client: one session, paging, retries, one shared back-off.

The bearer token comes from an injected :class:`TokenProvider`, so the same
client serves the demo tenant, a delegated sign-in and app-only access. No
header, token or pre-authenticated URL is ever logged or put in an exception.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests

from app import __version__
from app.errors import GraphError, NetworkError, ThrottledError
from app.graph.pacer import Pacer
from app.graph.verdict import Action, decide, graph_error_fields
from app.texts import translate

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"
USER_AGENT = f"ISV|Cancel365|Cancel365/{__version__}"
JsonDict = dict[str, Any]


class TokenProvider(Protocol):
    """Anything that can hand out a Graph access token."""

    def access_token(self, *, force_refresh: bool = False) -> str:
        """A bearer token; a new one when ``force_refresh`` (after a 401)."""
        ...


class StaticToken:
    """A token given from outside (an environment variable, the demo server)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def access_token(self, *, force_refresh: bool = False) -> str:
        return self._token

    def __repr__(self) -> str:
        return "StaticToken(<hidden>)"


def safe_url(url: str) -> str:
    """A URL without its query: pre-authenticated URLs carry secrets there."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


class GraphClient:
    """Talks to Graph for every part of the product.

    Thread-safe for concurrent requests: ``requests.Session`` is shared (its
    connection pool is), and so is the :class:`Pacer`.
    """

    def __init__(
        self,
        tokens: TokenProvider,
        *,
        base_url: str = DEFAULT_BASE_URL,
        session: requests.Session | None = None,
        pacer: Pacer | None = None,
        max_attempts: int = 6,
        timeout: float = 60.0,
        max_retry_after: float = 300.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.pacer = pacer or Pacer(sleep=sleep)
        self.max_attempts = max_attempts
        self.timeout = timeout
        self.max_retry_after = max_retry_after
        self._sleep = sleep
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        pool = requests.adapters.HTTPAdapter(pool_connections=4, pool_maxsize=16)
        self.session.mount("https://", pool)
        self.session.mount("http://", pool)

    # -- public calls -------------------------------------------------------

    def get(self, path: str, params: Mapping[str, str] | None = None,
            headers: Mapping[str, str] | None = None) -> JsonDict:
        """GET one JSON resource."""
        return self.request("GET", path, params=params, headers=headers).json()

    def get_all(self, path: str, params: Mapping[str, str] | None = None,
                headers: Mapping[str, str] | None = None) -> Iterator[JsonDict]:
        """Every item of a collection, following ``@odata.nextLink``."""
        for page in self.pages(path, params=params, headers=headers):
            yield from page.get("value", [])

    def pages(self, path: str, params: Mapping[str, str] | None = None,
              headers: Mapping[str, str] | None = None) -> Iterator[JsonDict]:
        """Each page of a collection in turn; the last one may carry a deltaLink."""
        url: str | None = path
        query = params
        while url:
            page = self.request("GET", url, params=query, headers=headers).json()
            yield page
            url = page.get("@odata.nextLink")
            query = None  # the next link already carries the query

    def post(self, path: str, body: JsonDict | None = None) -> JsonDict:
        """POST JSON; returns the JSON answer ({} for 204)."""
        response = self.request("POST", path, json=body or {})
        return response.json() if response.content else {}

    def delete(self, path: str) -> None:
        """DELETE a resource."""
        self.request("DELETE", path)

    # -- the loop -----------------------------------------------------------

    def url_for(self, path_or_url: str) -> str:
        """Absolute URL for a Graph path (links from Graph are already absolute)."""
        if path_or_url.startswith(("https://", "http://")):
            return path_or_url
        return f"{self.base_url}/{path_or_url.lstrip('/')}"

    def _path_of(self, url: str) -> str:
        path = urlsplit(url).path
        base_path = urlsplit(self.base_url).path
        return path[len(base_path):] if path.startswith(base_path) else path

    def request(self, method: str, path_or_url: str, *,
                params: Mapping[str, str] | None = None,
                headers: Mapping[str, str] | None = None,
                json: JsonDict | None = None,
                allow_redirects: bool = True) -> requests.Response:
        """Send one request with retries, token refresh and the shared back-off."""
        url = self.url_for(path_or_url)
        path = self._path_of(url)
        refreshed = False
        token = self.tokens.access_token()
        attempt = 0
        while True:
            self.pacer.wait()
            send_headers = {"Authorization": f"Bearer {token}", **(headers or {})}
            try:
                response = self.session.request(
                    method, url, params=params, headers=send_headers, json=json,
                    timeout=self.timeout, allow_redirects=allow_redirects,
                )
            except requests.RequestException as exc:
                attempt += 1
                log.info("Graph %s %s: %s (attempt %d)", method, path,
                         type(exc).__name__, attempt)
                if attempt >= self.max_attempts:
                    raise NetworkError(translate(
                        "graph", "Could not reach Microsoft 365 ({0}). Check the internet "
                        "connection and any proxy, then try again.").format(type(exc).__name__)
                    ) from None
                self._sleep(min(30.0, 0.5 * 2 ** attempt))
                continue
            verdict = decide(response, method=method, path=path, attempt=attempt,
                             max_attempts=self.max_attempts, token_refreshed=refreshed)
            log.debug("Graph %s %s -> %d %s", method, path, response.status_code,
                      verdict.action.value)
            if verdict.action is Action.ACCEPT:
                if not self.pacer.warned(response.headers):  # the limit is near: slow down
                    self.pacer.succeeded()
                return response
            if verdict.action is Action.REFRESH_TOKEN:
                refreshed = True
                token = self.tokens.access_token(force_refresh=True)
                continue
            if verdict.action is Action.RETRY:
                attempt += 1
                wait = verdict.retry_after
                if wait is not None and wait > self.max_retry_after:
                    raise self._too_long(response, wait)
                if verdict.throttled or wait is not None:
                    self.pacer.throttled(wait, response.headers)  # and RateLimit-Reset
                else:
                    self._sleep(min(30.0, 0.5 * 2 ** attempt))
                log.info("Graph %s %s: HTTP %d, retrying (attempt %d, Retry-After %s)",
                         method, path, response.status_code, attempt, wait)
                continue
            assert verdict.error is not None
            # INFO, not WARNING: the caller decides whether it matters (a user without a
            # OneDrive answers 404, and that is an answer); errors that do reach the admin.
            log.info("Graph %s %s answered HTTP %d %s", method, path,
                     response.status_code, verdict.error.code)
            raise verdict.error

    @staticmethod
    def _too_long(response: requests.Response, wait: float) -> GraphError:
        code, graph_message, request_id = graph_error_fields(response)
        minutes = max(1, round(wait / 60))
        return ThrottledError(translate(
            "graph", "Microsoft 365 asked this app to pause for about {0} min. Try again after "
            "that.").format(minutes), status=response.status_code, code=code,
            graph_message=graph_message, request_id=request_id)
