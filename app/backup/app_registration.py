""""Set up backup access for me": an app registration made (and removed) through Graph.

Needs the admin's delegated Application.ReadWrite.All and
AppRoleAssignment.ReadWrite.All. The steps, as the Entra admin center would
do them: create the application, its service principal, grant admin consent
for Microsoft Graph's application permissions (``appRoleAssignedTo``), add a
client secret that ends in 7 days. A step that fails removes what was made,
so no half-made app registration is left behind.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.backup.errors import BackupError
from app.errors import Cancel365Error, GraphError, NotFoundError
from app.graph.client import GraphClient, JsonDict
from app.texts import translate

log = logging.getLogger(__name__)

GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"   # Microsoft Graph, in every tenant
APP_NAME = "Cancel365 backup (safe to delete after the backup)"
# Files and libraries, and the list of users whose OneDrives to open (/users needs User.Read.All);
# every mailbox's mail, calendars and contacts (app.mail), read only; MailboxSettings.Read
# tells shared mailboxes from room mailboxes in the plan (mailboxSettings' userPurpose).
BACKUP_PERMISSIONS = ("Files.Read.All", "Sites.Read.All", "User.Read.All",
                      "Mail.Read", "Calendars.Read", "Contacts.Read", "MailboxSettings.Read")
SECRET_DAYS = 7


class AppSetUpError(BackupError):
    """The app registration could not be made."""


@dataclass(frozen=True)
class CreatedApp:
    """What "Set up backup access" made. ``secret`` is shown nowhere and logged nowhere."""

    tenant: str
    client_id: str            # the application's appId
    object_id: str            # the application's id (what DELETE /applications takes)
    expires: str              # the secret's end, ISO 8601 UTC
    secret: str = field(repr=False)


Step = Callable[[str], None]


def create_backup_app(graph: GraphClient, tenant: str, *, on_step: Step = lambda _: None,
                      now: datetime | None = None, sleep: Callable[[float], None] = time.sleep,
                      replication_wait: float = 60.0) -> CreatedApp:
    """Create the app registration with admin consent and a 7-day secret."""
    on_step(translate("backup", "Finding Microsoft Graph's permissions in your tenant"))
    graph_sp = _graph_service_principal(graph)
    roles = {r.get("value"): r["id"] for r in graph_sp.get("appRoles") or []}
    missing = [p for p in BACKUP_PERMISSIONS if p not in roles]
    if missing:
        raise AppSetUpError(translate(
            "backup", "Microsoft Graph in this tenant does not offer {0}. Use an existing app "
            "registration instead.").format(", ".join(missing)))
    on_step(translate("backup", "Creating the app registration"))
    end = (now or datetime.now(UTC)) + timedelta(days=SECRET_DAYS)
    app = graph.post("/applications", {
        "displayName": APP_NAME, "signInAudience": "AzureADMyOrg",
        "notes": "Made by Cancel365 to back up every OneDrive and SharePoint library. "
                 "Cancel365 removes it when you are done; you can also delete it yourself.",
        "requiredResourceAccess": [{"resourceAppId": GRAPH_APP_ID, "resourceAccess": [
            {"id": roles[p], "type": "Role"} for p in BACKUP_PERMISSIONS]}]})
    try:
        on_step(translate("backup", "Creating its service principal"))
        sp = _with_replication(lambda: graph.post("/servicePrincipals", {"appId": app["appId"]}),
                               sleep, replication_wait)
        for permission in BACKUP_PERMISSIONS:
            on_step(translate("backup", "Granting admin consent for {0}").format(permission))
            _with_replication(lambda p=permission: graph.post(
                f"/servicePrincipals/{graph_sp['id']}/appRoleAssignedTo",
                {"principalId": sp["id"], "resourceId": graph_sp["id"], "appRoleId": roles[p]}),
                sleep, replication_wait)
        on_step(translate("backup", "Adding a client secret that expires in 7 days"))
        password = graph.post(f"/applications/{app['id']}/addPassword", {"passwordCredential": {
            "displayName": "Cancel365 backup", "endDateTime": _iso(end)}})
    except BaseException:
        _remove_quietly(graph, app["id"])
        raise
    return CreatedApp(tenant=tenant, client_id=str(app["appId"]), object_id=str(app["id"]),
                      expires=str(password.get("endDateTime") or _iso(end)),
                      secret=str(password["secretText"]))


def remove_backup_app(graph: GraphClient, object_id: str) -> None:
    """Delete the app registration (its service principal and grants go with it)."""
    try:
        graph.delete(f"/applications/{object_id}")
    except NotFoundError:
        log.info("The backup app registration was already removed.")


def _graph_service_principal(graph: GraphClient) -> JsonDict:
    found = list(graph.get_all("/servicePrincipals", params={
        "$filter": f"appId eq '{GRAPH_APP_ID}'", "$select": "id,appId,displayName,appRoles"}))
    if not found:
        raise AppSetUpError(translate(
            "backup", "Microsoft Graph's service principal was not found in this tenant. Use an "
            "existing app registration instead."))
    return found[0]


def _with_replication(call: Callable[[], JsonDict], sleep: Callable[[float], None],
                      wait: float) -> JsonDict:
    """Entra ID may not know a just-created object on every replica yet: 400/404, then fine."""
    deadline = time.monotonic() + wait
    delay = 1.0
    while True:
        try:
            return call()
        except GraphError as exc:
            if exc.status not in (400, 404) or time.monotonic() + delay > deadline:
                raise
            log.info("Graph did not know the new app registration yet (HTTP %d); waiting %.0f s",
                     exc.status, delay)
        sleep(delay)
        delay = min(delay * 2, 10.0)


def _remove_quietly(graph: GraphClient, object_id: str) -> None:
    """Undo a half-made set-up; the original error is what the admin sees."""
    try:
        remove_backup_app(graph, object_id)
    except Cancel365Error as exc:
        log.warning("The half-made app registration %s could not be removed (%s); delete it in "
                    "the Entra admin center.", object_id, type(exc).__name__)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
