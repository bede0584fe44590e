"""The Backup page's three ways to get access, each ending in a Graph client for the plan.

Blocking network work: the page runs these on a worker thread. ``report`` hears
one sentence per step ("Granting admin consent …", "Waiting for Microsoft …").
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.auth.secrets import SecretStore
from app.backup.access import (
    Authority,
    SavedAccess,
    app_graph,
    load_access,
    save_access,
    wait_until_ready,
)
from app.backup.app_registration import create_backup_app
from app.backup.errors import BackupError
from app.graph.client import GraphClient
from app.settings import is_client_id, is_tenant
from app.texts import translate

Report = Callable[[str], None]


class AccessDetailsError(BackupError):
    """What the admin typed for an existing app registration is not usable."""


def _waiting(report: Report) -> Callable[[int], None]:
    return lambda seconds: report(translate(
        "backup", "Waiting for Microsoft to activate the new app registration ({0} s so far; "
        "this can take a few minutes)…").format(seconds))


def set_up_for_me(graph: GraphClient, store: SecretStore, tenant: str, authority: Authority,
                  cancelled: threading.Event, report: Report) -> GraphClient:
    """Make the app registration (admin consent, 7-day secret), keep it, wait until it works.

    An app registration made earlier and still kept is used again instead of a second one.
    """
    saved = load_access(store)
    if saved is None or not saved.made_by_cancel365:
        created = create_backup_app(graph, tenant, on_step=lambda s: report(s + "…"))
        saved = SavedAccess.from_created(created)
        save_access(store, saved)
    client = app_graph(saved, authority, graph.base_url)
    wait_until_ready(client, cancelled, on_wait=_waiting(report))
    return client


def use_existing(tenant: str, client_id: str, secret: str, store: SecretStore,
                 authority: Authority, graph_url: str, cancelled: threading.Event,
                 report: Report) -> GraphClient:
    """Check the typed-in app registration works, then keep it in the keyring.

    Without a secret typed in, the one kept earlier for the same client ID is used.
    """
    tenant, client_id = tenant.strip(), client_id.strip()
    kept = load_access(store)
    same = kept is not None and kept.client_id == client_id
    if same and kept is not None and not secret.strip():
        secret = kept.secret
    if not is_tenant(tenant) or tenant == "organizations":
        raise AccessDetailsError(translate(
            "backup", "Enter your tenant's ID or its domain (for example contoso.onmicrosoft.com)."))
    if not is_client_id(client_id):
        raise AccessDetailsError(translate(
            "backup", "The client ID is a GUID like 1b2c3d4e-…; copy it from the app "
            "registration's Overview page."))
    if not secret.strip():
        raise AccessDetailsError(translate("backup", "Enter the client secret's value (not its ID)."))
    access = SavedAccess(tenant, client_id, secret.strip(),   # still removable if Cancel365 made it
                         object_id=kept.object_id if same and kept else "",
                         expires=kept.expires if same and kept else "")
    client = app_graph(access, authority, graph_url)
    report(translate("backup", "Checking the app registration…"))
    wait_until_ready(client, cancelled, on_wait=_waiting(report), timeout=60.0)
    save_access(store, access)
    return client


def saved_access(store: SecretStore, authority: Authority, graph_url: str,
                 cancelled: threading.Event, report: Report) -> tuple[GraphClient, bool] | None:
    """The access kept from an earlier run, checked, and whether Cancel365 made it; or None."""
    saved = load_access(store)
    if saved is None:
        return None
    client = app_graph(saved, authority, graph_url)
    report(translate("backup", "Checking the backup access kept from last time…"))
    wait_until_ready(client, cancelled, on_wait=_waiting(report), timeout=120.0)
    return client, saved.made_by_cancel365
