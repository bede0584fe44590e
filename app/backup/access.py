"""Which access the backup uses, kept in the OS keyring, and the Graph client it gives.

Three ways, as the Backup page offers them:

- **Set up backup access for me**: an app registration made through Graph
  (:mod:`app.backup.app_registration`); removed when the admin is done.
- **Use an existing app registration**: tenant, client ID and secret typed in.
- **Only what I can open**: the admin's own delegated sign-in; the plan lists
  what that leaves out.

The app registration's details and secret live only in the sign-in issue's
:class:`SecretStore` (sealed, its key in the OS keyring): never in a file of
their own, a log line or an error message.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import Enum

import requests

from app.auth.app_only import (
    AppAccessRefusedError,
    AppOnlyConfig,
    ClientCredentials,
    DemoClientCredentials,
    demo_token_url,
)
from app.auth.secrets import SecretStore
from app.backup.app_registration import CreatedApp, remove_backup_app
from app.backup.errors import BackupError
from app.errors import Cancel365Error, NotSignedInError, PermissionMissingError
from app.graph.client import DEFAULT_BASE_URL, GraphClient, TokenProvider
from app.texts import translate

log = logging.getLogger(__name__)

ACCESS_SECRET = "backup-app"   # the SecretStore entry: JSON of SavedAccess


class AccessKind(Enum):
    SET_UP_FOR_ME = "set-up"
    EXISTING_APP = "existing"
    ONLY_MINE = "delegated"


@dataclass(frozen=True)
class SavedAccess:
    """An app registration the backup signs in as. ``object_id`` is set when Cancel365 made it."""

    tenant: str
    client_id: str
    secret: str = field(repr=False)
    object_id: str = ""
    expires: str = ""

    @property
    def made_by_cancel365(self) -> bool:
        return bool(self.object_id)

    @classmethod
    def from_created(cls, app: CreatedApp) -> SavedAccess:
        return cls(app.tenant, app.client_id, app.secret, app.object_id, app.expires)


class AccessNotReadyError(BackupError):
    """A just-created app registration still does not work after the wait."""

    def __init__(self, minutes: int) -> None:
        super().__init__(translate(
            "backup", "The new app registration still does not work after {0} min: Microsoft "
            "can take a while to activate it everywhere. Wait a few minutes, then choose "
            "Try again (nothing needs to be set up again).").format(minutes))


# -- the keyring ---------------------------------------------------------------------

def save_access(store: SecretStore, access: SavedAccess) -> None:
    store.set_secret(ACCESS_SECRET, json.dumps(asdict(access)))


def load_access(store: SecretStore) -> SavedAccess | None:
    """The saved app registration, or None (also when the entry is unreadable)."""
    raw = store.get_secret(ACCESS_SECRET)
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return SavedAccess(**{k: str(data[k]) for k in ("tenant", "client_id", "secret")},
                           object_id=str(data.get("object_id") or ""),
                           expires=str(data.get("expires") or ""))
    except (ValueError, KeyError, TypeError):
        log.warning("The saved backup access is not in the expected format; ignoring it.")
        return None


def forget_access(store: SecretStore) -> None:
    store.delete_secret(ACCESS_SECRET)


# -- tokens and the client -----------------------------------------------------------

@dataclass(frozen=True)
class Authority:
    """Where client-credentials tokens come from: Microsoft (or a test authority), or the demo."""

    host: str = "https://login.microsoftonline.com"
    http_client: requests.Session | None = None
    instance_discovery: bool = True
    demo_graph_url: str = ""   # set on the demo tenant: its own token endpoint

    def tokens(self, access: SavedAccess) -> TokenProvider:
        if self.demo_graph_url:
            return DemoClientCredentials(demo_token_url(self.demo_graph_url), access.client_id,
                                         access.secret)
        return ClientCredentials(AppOnlyConfig(
            access.tenant, access.client_id, authority_host=self.host,
            http_client=self.http_client, instance_discovery=self.instance_discovery),
            access.secret)


def app_graph(access: SavedAccess, authority: Authority,
              graph_url: str = DEFAULT_BASE_URL) -> GraphClient:
    """A Graph client that signs in as the app registration."""
    return GraphClient(authority.tokens(access), base_url=graph_url)


def wait_until_ready(graph: GraphClient, cancelled: threading.Event, *,
                     on_wait: Callable[[int], None] = lambda _: None,
                     timeout: float = 600.0, sleep_step: float = 2.0) -> None:
    """Until the app registration's token works and carries its permissions.

    A just-made app registration is refused for a while (AADSTS700016/7000215), then its
    tokens may lack the granted permissions (403): both are waited out, up to ``timeout``;
    ``on_wait`` hears the seconds waited so far. Anything else is raised at once.
    """
    started = time.monotonic()
    delay = sleep_step
    while True:
        try:
            graph.tokens.access_token(force_refresh=True)
            graph.get("/users", params={"$top": "1", "$select": "id"})
            graph.get("/sites", params={"search": "*", "$top": "1", "$select": "id"})
            return
        except NotSignedInError as exc:   # the app's secret refused, or Graph's 401
            if isinstance(exc, AppAccessRefusedError) and not exc.maybe_propagating:
                raise
        except PermissionMissingError:
            pass
        waited = time.monotonic() - started
        if waited + delay > timeout:
            raise AccessNotReadyError(max(1, round(timeout / 60)))
        on_wait(int(waited))
        if cancelled.wait(delay):
            from app.backup.control import Stopped
            raise Stopped()
        delay = min(delay * 1.5, 15.0)


# -- removal -------------------------------------------------------------------------

def remove_saved_app(graph: GraphClient, store: SecretStore) -> bool:
    """Delete the app registration Cancel365 made (if any) and forget it; True when one was."""
    access = load_access(store)
    if access is None:
        return False
    if access.made_by_cancel365:
        remove_backup_app(graph, access.object_id)
    forget_access(store)
    return access.made_by_cancel365


def remove_on_sign_out(graph: GraphClient | None, store: SecretStore,
                       ensure_permission: Callable[[], None]) -> str:
    """Before signing out: remove the app registration Cancel365 made.

    Returns "" when there was none or it is gone, else a sentence for the admin: sign-out
    goes on either way (the secret is forgotten with everything else, and expires in days).
    """
    access = load_access(store)
    if access is None or not access.made_by_cancel365:
        return ""
    if graph is None:
        return _left_behind(access, "you were not signed in")
    try:
        ensure_permission()
        remove_backup_app(graph, access.object_id)
    except Cancel365Error as exc:
        return _left_behind(access, str(exc))
    forget_access(store)
    return ""


def _left_behind(access: SavedAccess, why: str) -> str:
    return (f"The backup app registration (client ID {access.client_id}) could not be removed: "
            f"{why} Delete it in the Entra admin center under App registrations; its secret "
            f"expires on {access.expires[:10] or 'its end date'} and is no longer on this computer.")
