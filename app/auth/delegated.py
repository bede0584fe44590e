"""The admin's own sign-in (MSAL public client), and the Graph token provider it gives.

One code path for Microsoft's authority and a local test authority: only
:class:`SignInConfig` differs. Every call here blocks on the network, so the
wizard runs them on a worker thread; each interactive wait can be cancelled
and times out.

Scopes are asked for incrementally: the read-only set at sign-in, a write
permission only when the admin starts the action that needs it
(:meth:`DelegatedSignIn.ensure_scopes`).
"""

from __future__ import annotations

import logging
import threading
import time
import webbrowser
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import msal
import requests

from app.auth.errors import (
    ConsentNeededError,
    KeyringFailedError,
    KeyringLockedError,
    NoClientIdError,
    SignInCancelledError,
    SignInFailedError,
    SignInRequiredError,
    SignInTimeoutError,
    call_msal,
    explain,
)
from app.auth.loopback import LoopbackReceiver
from app.auth.secrets import SecretStore
from app.graph.client import DEFAULT_BASE_URL
from app.settings import Settings
from app.texts import translate

log = logging.getLogger(__name__)

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"

READ_SCOPES: tuple[str, ...] = (
    "User.Read",
    "Organization.Read.All",
    "RoleManagement.Read.Directory",
    "Domain.Read.All",
    "LicenseAssignment.Read.All",
    "User.Read.All",
)
REMOVE_LICENCES: tuple[str, ...] = ("LicenseAssignment.ReadWrite.All",)
REMOVE_DOMAIN: tuple[str, ...] = ("Domain.ReadWrite.All",)
SET_UP_BACKUP: tuple[str, ...] = ("Application.ReadWrite.All", "AppRoleAssignment.ReadWrite.All")


class SignInMethod(Enum):
    BROWSER = "browser"          # system browser, loopback redirect (the default)
    DEVICE_CODE = "device-code"  # a code typed in on any device (the fallback)


@dataclass(frozen=True)
class DeviceCode:
    """What the admin needs to finish a device-code sign-in (no secret: it is shown)."""

    user_code: str
    verification_uri: str
    expires_at: float  # time.time()


@dataclass(frozen=True)
class BrowserOpened:
    """The sign-in page was handed to the browser; ``opened`` False when none started."""

    url: str
    opened: bool


Prompt = DeviceCode | BrowserOpened


@dataclass(frozen=True)
class SignInConfig:
    """Where and as which app to sign in. Tests change only this."""

    client_id: str
    tenant: str = "organizations"
    authority_host: str = MICROSOFT_AUTHORITY
    graph_url: str = DEFAULT_BASE_URL
    http_client: requests.Session | None = None
    instance_discovery: bool = True
    timeout: float = 600.0            # seconds for the admin to finish an interactive sign-in
    http_timeout: float = 30.0
    open_browser: Callable[[str], bool] = field(default=webbrowser.open, repr=False)

    @property
    def authority(self) -> str:
        return f"{self.authority_host.rstrip('/')}/{self.tenant or 'organizations'}"

    @classmethod
    def from_settings(cls, settings: Settings) -> SignInConfig:
        """Microsoft's authority with the admin's own app registration."""
        return cls(client_id=settings.client_id.strip(),
                   tenant=settings.tenant.strip() or "organizations")


@dataclass(frozen=True)
class SignedInAccount:
    username: str
    tenant_id: str


class DelegatedSignIn:
    """The admin's MSAL session; also the :class:`TokenProvider` Graph uses."""

    def __init__(self, config: SignInConfig, store: SecretStore) -> None:
        if not config.client_id.strip():
            raise NoClientIdError()
        self.config = config
        self.store = store
        self.scopes: set[str] = set(READ_SCOPES)
        self.method = SignInMethod.BROWSER   # how the admin chose to sign in; consent asks the same way
        self._account: dict[str, Any] | None = None
        self._app: msal.PublicClientApplication | None = None
        self._cache = msal.SerializableTokenCache()
        self._lock = threading.RLock()
        self._loaded = False

    def __repr__(self) -> str:
        return f"DelegatedSignIn({self.config.authority}, signed_in={self._account is not None})"

    # -- who ------------------------------------------------------------------------

    @property
    def account(self) -> SignedInAccount | None:
        if self._account is None:
            return None
        home = self._account.get("home_account_id") or ""
        return SignedInAccount(self._account.get("username") or "",
                               home.split(".", 1)[1] if "." in home else "")

    # -- signing in -----------------------------------------------------------------

    def sign_in_silently(self) -> bool:
        """Sign in from the saved cache; False when the admin has to sign in."""
        with self._lock:
            app = self._application()
            accounts = app.get_accounts()
            for account in accounts:
                result = self._call(app.acquire_token_silent, sorted(self.scopes),
                                    account=account)
                if result and "access_token" in result:
                    self._account = account
                    self._save()   # a refresh may have rotated the refresh token
                    return True
                if result:
                    log.info("Saved sign-in not usable: %s", result.get("error"))
            return False

    def sign_in(self, method: SignInMethod, *, cancelled: threading.Event,
                prompt: Callable[[Prompt], None] = lambda _: None) -> SignedInAccount:
        """Sign in interactively with the read-only scopes."""
        self.method = method
        result = self._interact(sorted(self.scopes), method, cancelled, prompt)
        with self._lock:
            self._remember(result)
        account = self.account
        assert account is not None
        return account

    def has_scopes(self, scopes: Iterable[str]) -> bool:
        return set(scopes) <= self.scopes

    def ensure_scopes(self, scopes: Iterable[str], method: SignInMethod | None = None,
                      *, cancelled: threading.Event | None = None,
                      prompt: Callable[[Prompt], None] = lambda _: None) -> None:
        """Make sure the token carries ``scopes``; asks the admin to consent if needed."""
        wanted = self.scopes | set(scopes)
        if wanted == self.scopes:
            return
        if self._account is None:
            raise SignInRequiredError()
        with self._lock:
            app = self._application()
            result = self._call(app.acquire_token_silent, sorted(wanted), account=self._account)
        if result and "access_token" in result:
            self._save()
            self.scopes = wanted
            return
        if result:
            log.info("Permission %s needs consent: %s", sorted(set(scopes)), result.get("error"))
        result = self._interact(sorted(wanted), method or self.method,
                                cancelled or threading.Event(), prompt,
                                login_hint=self._account.get("username"))
        with self._lock:
            self._remember(result)
            self.scopes = wanted

    # -- the TokenProvider -----------------------------------------------------------

    def access_token(self, *, force_refresh: bool = False) -> str:
        """A Graph token with every scope granted so far; refreshed when asked or expired."""
        with self._lock:
            if self._account is None:
                raise SignInRequiredError()
            app = self._application()
            result = self._call(app.acquire_token_silent, sorted(self.scopes),
                                account=self._account, force_refresh=force_refresh)
            try:
                self._save()
            except (KeyringLockedError, KeyringFailedError) as exc:
                # the keyring locked mid-session: keep working, the next start signs in again
                log.warning("Could not save the refreshed sign-in: %s", type(exc).__name__)
        if result and "access_token" in result:
            return str(result["access_token"])
        if result and result.get("suberror") == "consent_required":
            raise ConsentNeededError(", ".join(sorted(self.scopes - set(READ_SCOPES))))
        log.info("Token refresh failed: %s", (result or {}).get("error", "no token in cache"))
        raise SignInRequiredError()

    # -- signing out ------------------------------------------------------------------

    def sign_out(self) -> None:
        """Forget every account of this app and every secret it stored."""
        with self._lock:
            if self._app is not None:
                for account in self._app.get_accounts():
                    self._app.remove_account(account)
            self._cache = msal.SerializableTokenCache()
            self._app = None
            self._account = None
            self._loaded = True
            self.scopes = set(READ_SCOPES)
            self.store.forget_everything()

    # -- the two interactive flows ----------------------------------------------------

    def _interact(self, scopes: list[str], method: SignInMethod, cancelled: threading.Event,
                  prompt: Callable[[Prompt], None], login_hint: str | None = None) -> dict:
        deadline = time.monotonic() + self.config.timeout
        with self._lock:
            app = self._application()
        if method is SignInMethod.BROWSER:
            result = self._by_browser(app, scopes, cancelled, deadline, prompt, login_hint)
            if result is not None:
                return result
            log.info("No browser could be opened; falling back to a device code.")
        return self._by_device_code(app, scopes, cancelled, deadline, prompt)

    def _by_browser(self, app: msal.PublicClientApplication, scopes: list[str],
                    cancelled: threading.Event, deadline: float,
                    prompt: Callable[[Prompt], None], login_hint: str | None) -> dict | None:
        """The auth-code flow with PKCE in the system browser; None when no browser opened."""
        with LoopbackReceiver("") as receiver:
            flow = self._call(app.initiate_auth_code_flow, scopes,
                              redirect_uri=receiver.redirect_uri, login_hint=login_hint,
                              response_mode="form_post",
                              prompt=None if login_hint else "select_account")
            receiver.state = flow["state"]
            try:
                opened = bool(self.config.open_browser(flow["auth_uri"]))
            except webbrowser.Error:
                opened = False
            if not opened:
                return None
            prompt(BrowserOpened(flow["auth_uri"], True))
            answer = receiver.wait(cancelled, deadline)
        if answer is None:
            raise SignInCancelledError() if cancelled.is_set() else self._timed_out()
        if "error" in answer:
            return self._failed(answer)
        with self._lock:
            result = self._call(app.acquire_token_by_auth_code_flow, flow, answer)
        return self._checked(result)

    def _by_device_code(self, app: msal.PublicClientApplication, scopes: list[str],
                        cancelled: threading.Event, deadline: float,
                        prompt: Callable[[Prompt], None]) -> dict:
        flow = self._call(app.initiate_device_flow, scopes=scopes)
        if "user_code" not in flow:
            return self._failed(flow)
        prompt(DeviceCode(flow["user_code"], flow["verification_uri"],
                          float(flow.get("expires_at") or time.time() + 900)))

        def stop(_flow: dict) -> bool:
            return cancelled.is_set() or time.monotonic() > deadline

        result = self._call(app.acquire_token_by_device_flow, flow, exit_condition=stop)
        if result.get("error") in ("authorization_pending", "slow_down", "expired_token"):
            raise SignInCancelledError() if cancelled.is_set() else self._timed_out()
        return self._checked(result)

    # -- helpers ----------------------------------------------------------------------

    def _application(self) -> msal.PublicClientApplication:
        """Created on first use: the constructor reads the authority's configuration."""
        if not self._loaded:
            self.store.check_access()   # a locked keyring is reported before any sign-in
            saved = self.store.load_token_cache()
            if saved:
                try:
                    self._cache.deserialize(saved)
                except ValueError:
                    log.warning("The saved sign-in could not be read; signing in again.")
            self._loaded = True
        if self._app is None:
            self._app = self._call(
                msal.PublicClientApplication, self.config.client_id,
                authority=self.config.authority, token_cache=self._cache,
                http_client=self.config.http_client, timeout=self.config.http_timeout,
                instance_discovery=None if self.config.instance_discovery else False,
                app_name="Cancel365")
        return self._app

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Calls into MSAL, turning a network failure into one sentence for the admin."""
        try:
            return call_msal(fn, *args, unusable=lambda exc: SignInFailedError(translate(
                "auth", "The sign-in settings are not usable ({0}). Check the tenant in "
                "Settings.").format(exc)),
                **kwargs)
        except RuntimeError:  # MSAL: an answer that failed its checks (nonce, state)
            raise SignInFailedError(translate(
                "auth", "The answer from Microsoft's sign-in service did not pass Cancel365's "
                "checks, so it was not used. Sign in again.")) from None

    def _remember(self, result: dict) -> None:
        claims = result.get("id_token_claims") or {}
        for account in self._application().get_accounts():
            if account.get("local_account_id") == claims.get("oid") or \
                    account.get("username") == claims.get("preferred_username"):
                self._account = account
                break
        else:
            accounts = self._application().get_accounts()
            self._account = accounts[0] if accounts else None
        self._save()

    def _save(self) -> None:
        if self._cache.has_state_changed:
            self.store.save_token_cache(self._cache.serialize())

    def _checked(self, result: dict) -> dict:
        return result if "access_token" in result else self._failed(result)

    def _timed_out(self) -> SignInTimeoutError:
        return SignInTimeoutError(max(1, round(self.config.timeout / 60)))

    def _failed(self, result: dict) -> dict:
        raise explain(result)

