"""App-only Graph tokens for the backup: the client-credentials grant of an app registration.

:class:`ClientCredentials` asks Microsoft's authority through MSAL's
``ConfidentialClientApplication`` (tests point it at a local authority: only
:class:`AppOnlyConfig` differs). :class:`DemoClientCredentials` has the same
shape and asks the demo Graph server, which has no MSAL authority. Both are
:class:`app.graph.client.TokenProvider`s: MSAL renews a token that has under
five minutes left, and ``force_refresh`` (after a 401) gets a new one, so a
backup that runs for hours keeps working.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

import msal
import requests

from app.auth.errors import call_msal
from app.errors import NetworkError, NotSignedInError
from app.texts import translate

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
GRAPH_DEFAULT_SCOPE = "https://graph.microsoft.com/.default"

# Entra ID answers these for an app registration (or secret) it does not know yet:
# right after it was created, until every replica has it.
NOT_YET_KNOWN = ("AADSTS700016", "AADSTS7000215", "AADSTS7000216")
EXPIRED = "AADSTS7000222"


class AppAccessRefusedError(NotSignedInError):
    """The authority refused the app registration's client ID or secret."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message, status=401, code=code)

    @property
    def maybe_propagating(self) -> bool:
        """True when a just-created app registration may simply not be known everywhere yet."""
        return self.code in NOT_YET_KNOWN


def refused(result: dict[str, Any]) -> AppAccessRefusedError:
    """One sentence for the authority's error answer (no secret in it)."""
    error = str(result.get("error") or "unknown_error")
    description = str(result.get("error_description") or "")
    code = description.split(":", 1)[0] if description.startswith("AADSTS") else error
    if code == EXPIRED:
        text = translate(
            "auth", "The backup app registration's client secret has expired. Set up backup "
            "access again (or add a new secret to your app registration).")
    elif code in NOT_YET_KNOWN:
        text = translate(
            "auth", "Microsoft does not accept the backup app registration's client ID or secret "
            "(yet). A just-created app registration can take a few minutes to work "
            "everywhere; otherwise check the tenant, client ID and secret.")
    else:
        first_line = description.splitlines()[0][:300] if description else error
        text = translate(
            "auth", "Microsoft refused the backup app registration: {0} Check the "
            "tenant, client ID and secret, or set up backup access again.").format(first_line)
    return AppAccessRefusedError(text, code=code)


@dataclass(frozen=True)
class AppOnlyConfig:
    """Which tenant and app registration, and where its authority is. Tests change the host."""

    tenant: str
    client_id: str
    authority_host: str = MICROSOFT_AUTHORITY
    http_client: requests.Session | None = None
    instance_discovery: bool = True
    http_timeout: float = 30.0

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant}"


class ClientCredentials:
    """App-only tokens through MSAL's ``ConfidentialClientApplication``."""

    def __init__(self, config: AppOnlyConfig, secret: str) -> None:
        self.config = config
        self._secret = secret
        self._app: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ClientCredentials({self.config.authority}, {self.config.client_id}, <secret>)"

    def access_token(self, *, force_refresh: bool = False) -> str:
        with self._lock:
            if force_refresh or self._app is None:
                self._app = self._call(
                    msal.ConfidentialClientApplication, self.config.client_id,
                    client_credential=self._secret, authority=self.config.authority,
                    http_client=self.config.http_client, timeout=self.config.http_timeout,
                    instance_discovery=None if self.config.instance_discovery else False,
                    token_cache=msal.TokenCache(), app_name="Cancel365")
            result = self._call(self._app.acquire_token_for_client, [GRAPH_DEFAULT_SCOPE])
        if result and "access_token" in result:
            return str(result["access_token"])
        raise refused(result or {})

    @staticmethod
    def _call(fn: Any, *args: Any, **kwargs: Any) -> Any:
        return call_msal(fn, *args, unusable=lambda exc: AppAccessRefusedError(translate(
            "auth", "The backup access settings are not usable ({0}). Check the tenant.").format(exc),
            code="invalid_tenant"), **kwargs)


class DemoClientCredentials:
    """The same, from the demo Graph server's token endpoint (``/_demo/token``)."""

    def __init__(self, token_url: str, client_id: str, secret: str,
                 session: requests.Session | None = None) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self._secret = secret
        self._session = session or requests.Session()
        self._token = ""
        self._expires = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"DemoClientCredentials({self.client_id}, <secret>)"

    def access_token(self, *, force_refresh: bool = False) -> str:
        with self._lock:
            if force_refresh or time.monotonic() > self._expires:
                try:
                    response = self._session.post(self.token_url, timeout=30, json={
                        "grant_type": "client_credentials", "client_id": self.client_id,
                        "client_secret": self._secret, "scope": GRAPH_DEFAULT_SCOPE})
                    answer = response.json()
                except (requests.RequestException, ValueError) as exc:
                    raise NetworkError(translate(
                        "auth", "The demo tenant did not answer ({0}). Restart Cancel365 "
                        "--demo.").format(type(exc).__name__)) from None
                if "access_token" not in answer:
                    raise refused(answer)
                self._token = str(answer["access_token"])
                self._expires = time.monotonic() + float(answer.get("expires_in", 3600)) - 300
            return self._token


def demo_token_url(graph_url: str) -> str:
    """The demo server's token endpoint, next to its Graph URL (``…/v1.0``)."""
    return graph_url.rstrip("/").rsplit("/", 1)[0] + "/_demo/token"
