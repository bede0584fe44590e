"""The demo tenant's app registrations: /applications, /servicePrincipals, app role grants.

Enough of Entra ID for "Set up backup access for me" to run end to end:
create an application, its service principal, grant it Microsoft Graph's
application permissions (``appRoleAssignedTo``), add a client secret (its
text is returned once, never again), delete the application (its service
principal and grants go with it). :meth:`AppRegistry.client_token` is the
client-credentials check: the demo's token endpoint and the tests' local
authority both ask it whether a client ID and secret are good, and which
application permissions the token carries.

A new application can take a while to reach every Entra ID replica:
:attr:`AppRegistry.propagation_delay` makes token requests for a just-created
secret fail the way Entra does (AADSTS7000215) until it has passed.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.demo.wire import Answer, Call, GraphFault, JsonDict, not_found

GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"
# Microsoft Graph's application permissions (app roles) with their real IDs.
GRAPH_APP_ROLES: dict[str, str] = {
    "Files.Read.All": "01d4889c-1287-42c6-ac1f-5d1e02578ef6",
    "Sites.Read.All": "332a536c-c7ef-4017-ab91-336970924f0d",
    "User.Read.All": "df021288-bdef-4463-88db-98f22de89214",
    "Directory.Read.All": "7ab1d382-f21e-4acd-a863-ba3e13f7da61",
    "Mail.Read": "810c84a8-4a9e-49e6-bf7d-12d183f40d01",
    "Calendars.Read": "798ee544-9d2d-430c-a058-570e29e34338",
    "Contacts.Read": "089fe4d0-434a-44c5-8827-41ba8a0b17f5",
    "MailboxSettings.Read": "40f97065-3a51-4b1a-8bf8-b0a5ba0add4d",
}


class ClientRefused(Exception):  # noqa: N818 - an answer of the token endpoint
    """The token endpoint's error answer (OAuth ``error`` and Entra's description)."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(description)
        self.error, self.description = error, description


@dataclass
class _Secret:
    key_id: str
    text: str
    end: float          # time.time()
    added: float        # time.monotonic(), for propagation


@dataclass
class _Application:
    body: JsonDict
    secrets: list[_Secret] = field(default_factory=list)


class AppRegistry:
    """Applications, service principals and app role grants of the demo tenant."""

    def __init__(self, tenant_id: str, *, propagation_delay: float = 0.0) -> None:
        self.tenant_id = tenant_id
        self.propagation_delay = propagation_delay
        self.lock = threading.RLock()
        self.applications: dict[str, _Application] = {}     # object id -> application
        self.service_principals: dict[str, JsonDict] = {}   # object id -> service principal
        self.assignments: dict[str, JsonDict] = {}          # assignment id -> appRoleAssignment
        graph_sp = {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "demo/graph-sp")), "appId": GRAPH_APP_ID,
            "displayName": "Microsoft Graph", "servicePrincipalType": "Application",
            "appRoles": [{"id": role_id, "value": value, "displayName": value,
                          "allowedMemberTypes": ["Application"], "isEnabled": True,
                          "description": f"{value} without a signed-in user"}
                         for value, role_id in GRAPH_APP_ROLES.items()]}
        self.service_principals[graph_sp["id"]] = graph_sp

    def table(self) -> list[tuple[str, str, str, Callable[[Call], Answer]]]:
        """Routes for :class:`app.demo.routes.GraphRoutes` (permission keys in its SCOPES)."""
        return [
            ("GET", r"/applications", "apps-read", self.list_applications),
            ("POST", r"/applications", "apps", self.create_application),
            ("GET", r"/applications/(?P<app>[^/]+)", "apps-read", self.get_application),
            ("DELETE", r"/applications/(?P<app>[^/]+)", "apps", self.delete_application),
            ("POST", r"/applications/(?P<app>[^/]+)/addPassword", "apps", self.add_password),
            ("GET", r"/servicePrincipals", "apps-read", self.list_service_principals),
            ("POST", r"/servicePrincipals", "apps", self.create_service_principal),
            ("GET", r"/servicePrincipals/(?P<sp>[^/]+)", "apps-read", self.get_service_principal),
            ("GET", r"/servicePrincipals/(?P<sp>[^/]+)/appRoleAssignedTo", "apps-read",
             self.list_assigned_to),
            ("POST", r"/servicePrincipals/(?P<sp>[^/]+)/appRoleAssignedTo", "app-roles",
             self.assign_role),
        ]

    # -- applications ----------------------------------------------------------

    def list_applications(self, call: Call) -> Answer:
        with self.lock:
            return Answer(collection=[a.body for a in self.applications.values()])

    def create_application(self, call: Call) -> Answer:
        body = call.body or {}
        name = str(body.get("displayName") or "").strip()
        if not name:
            raise _bad_request("Property 'displayName' is required.")
        app = {"id": str(uuid.uuid4()), "appId": str(uuid.uuid4()), "displayName": name,
               "signInAudience": body.get("signInAudience") or "AzureADMyOrg",
               "requiredResourceAccess": body.get("requiredResourceAccess") or [],
               "notes": body.get("notes"), "createdDateTime": _iso(time.time()),
               "passwordCredentials": []}
        with self.lock:
            self.applications[app["id"]] = _Application(app)
        return Answer(status=201, body=app)

    def _application(self, call: Call) -> _Application:
        key = call.match["app"] if call.match else ""
        with self.lock:
            app = self.applications.get(key)
        if app is None:
            raise _not_found(key)
        return app

    def get_application(self, call: Call) -> Answer:
        return Answer(body=self._application(call).body)

    def delete_application(self, call: Call) -> Answer:
        app = self._application(call)
        with self.lock:
            del self.applications[app.body["id"]]
            gone = {sp_id for sp_id, sp in self.service_principals.items()
                    if sp["appId"] == app.body["appId"]}
            for sp_id in gone:
                del self.service_principals[sp_id]
            for key in [k for k, a in self.assignments.items() if a["principalId"] in gone]:
                del self.assignments[key]
        return Answer(status=204)

    def add_password(self, call: Call) -> Answer:
        app = self._application(call)
        credential = (call.body or {}).get("passwordCredential") or {}
        end = credential.get("endDateTime")
        try:
            end_at = datetime.fromisoformat(str(end).replace("Z", "+00:00")).timestamp() \
                if end else time.time() + 2 * 365 * 86400
        except ValueError:
            raise _bad_request("Invalid value for 'endDateTime'.") from None
        text = secrets.token_urlsafe(30)
        secret = _Secret(str(uuid.uuid4()), text, end_at, time.monotonic())
        public = {"keyId": secret.key_id, "displayName": credential.get("displayName"),
                  "startDateTime": _iso(time.time()), "endDateTime": _iso(end_at),
                  "hint": text[:3], "secretText": None, "customKeyIdentifier": None}
        with self.lock:
            app.secrets.append(secret)
            app.body["passwordCredentials"].append(public)
        return Answer(body={**public, "secretText": text})  # the only time it is shown

    # -- service principals and grants -----------------------------------------

    def list_service_principals(self, call: Call) -> Answer:
        with self.lock:
            found = list(self.service_principals.values())
        flt = call.query.get("$filter", "").strip()
        if flt:
            if not (flt.startswith("appId eq '") and flt.endswith("'")):
                raise _bad_request("Unsupported query.")
            found = [sp for sp in found if sp["appId"] == flt[len("appId eq '"):-1]]
        return Answer(collection=found)

    def create_service_principal(self, call: Call) -> Answer:
        app_id = str((call.body or {}).get("appId") or "")
        with self.lock:
            app = next((a for a in self.applications.values() if a.body["appId"] == app_id), None)
            if app is None:
                raise _bad_request(f"The appId '{app_id}' of the service principal does not "
                                   "reference a valid application object.")
            if any(sp["appId"] == app_id for sp in self.service_principals.values()):
                raise GraphFault(409, "Request_MultipleObjectsWithSameKeyValue",
                                 "Another object with the same value for property appId exists.")
            sp = {"id": str(uuid.uuid4()), "appId": app_id,
                  "displayName": app.body["displayName"],
                  "servicePrincipalType": "Application", "appRoles": []}
            self.service_principals[sp["id"]] = sp
        return Answer(status=201, body=sp)

    def _service_principal(self, call: Call) -> JsonDict:
        key = call.match["sp"] if call.match else ""
        with self.lock:
            sp = self.service_principals.get(key)
        if sp is None:
            raise _not_found(key)
        return sp

    def get_service_principal(self, call: Call) -> Answer:
        return Answer(body=self._service_principal(call))

    def list_assigned_to(self, call: Call) -> Answer:
        resource = self._service_principal(call)
        with self.lock:
            found = [a for a in self.assignments.values() if a["resourceId"] == resource["id"]]
        return Answer(collection=found)

    def assign_role(self, call: Call) -> Answer:
        """Admin consent for one application permission of the resource (Microsoft Graph)."""
        resource = self._service_principal(call)
        body = call.body or {}
        principal_id = str(body.get("principalId") or "")
        role_id = str(body.get("appRoleId") or "")
        if str(body.get("resourceId") or "") != resource["id"]:
            raise _bad_request("resourceId must be the service principal in the URL.")
        with self.lock:
            principal = self.service_principals.get(principal_id)
            if principal is None:
                raise _not_found(principal_id)
            if not any(r["id"] == role_id for r in resource["appRoles"]):
                raise _bad_request("Permission being assigned was not found on application.")
            if any(a["principalId"] == principal_id and a["appRoleId"] == role_id
                   for a in self.assignments.values()):
                raise _bad_request("Permission being assigned already exists on the object.")
            grant = {"id": secrets.token_urlsafe(32), "appRoleId": role_id,
                     "principalId": principal_id, "principalType": "ServicePrincipal",
                     "principalDisplayName": principal["displayName"],
                     "resourceId": resource["id"], "resourceDisplayName": resource["displayName"],
                     "createdDateTime": _iso(time.time())}
            self.assignments[grant["id"]] = grant
        return Answer(status=201, body=grant)

    # -- client credentials ------------------------------------------------------

    def client_token(self, client_id: str, secret: str) -> frozenset[str]:
        """The application permissions a client-credentials token carries; raises ClientRefused."""
        with self.lock:
            app = next((a for a in self.applications.values()
                        if a.body["appId"] == client_id), None)
            if app is None:
                raise ClientRefused("unauthorized_client", f"AADSTS700016: Application with "
                                    f"identifier '{client_id}' was not found in the directory "
                                    f"'{self.tenant_id}'.")
            match = next((s for s in app.secrets
                          if secrets.compare_digest(s.text, secret)), None)
            if match is None or time.monotonic() - match.added < self.propagation_delay:
                raise ClientRefused("invalid_client", "AADSTS7000215: Invalid client secret "
                                    "provided. Ensure the secret being sent in the request is "
                                    "the client secret value, not the client secret ID.")
            if match.end < time.time():
                raise ClientRefused("invalid_client", "AADSTS7000222: The provided client "
                                    "secret keys are expired.")
            sp_ids = {sp_id for sp_id, sp in self.service_principals.items()
                      if sp["appId"] == client_id}
            role_ids = {a["appRoleId"] for a in self.assignments.values()
                        if a["principalId"] in sp_ids}
        names = {v for v, i in GRAPH_APP_ROLES.items() if i in role_ids}
        return frozenset(names)


def client_credentials(apps: AppRegistry, issue_app_token: Callable[[set[str]], str],
                       form: dict[str, Any]) -> tuple[int, JsonDict]:
    """The demo's token endpoint: an app-only token for a client ID and secret, or OAuth's error.

    ``issue_app_token`` makes a bearer token carrying the given application permissions.
    """
    try:
        roles = apps.client_token(str(form.get("client_id", "")),
                                  str(form.get("client_secret", "")))
    except ClientRefused as exc:
        return 401, {"error": exc.error, "error_description": exc.description}
    token = issue_app_token(set(roles))
    return 200, {"token_type": "Bearer", "expires_in": 3599, "access_token": token}


def _bad_request(message: str) -> GraphFault:
    return GraphFault(400, "Request_BadRequest", message)


def _not_found(key: str) -> GraphFault:
    return not_found(f"Resource '{key}'")


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
