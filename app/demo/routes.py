"""The Graph endpoints the demo tenant answers: one dispatch table and who may call what.

:class:`GraphRoutes` matches a call to its handler and checks its permission
(SCOPES); it answers the directory (organization, me, users, licences) and
domains itself, and takes the sites and drives from
:mod:`app.demo.file_routes` and the app registrations from
:mod:`app.demo.app_routes`. Collections are returned whole; the server pages
them (``$top``, ``@odata.nextLink``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.demo.app_routes import AppRegistry
from app.demo.file_routes import FileRoutes
from app.demo.lifecycle import SubscriptionLifecycle
from app.demo.tenant import DemoItem, DemoTenant
from app.demo.wire import Answer, Call, GraphFault, JsonDict, not_found

# Which permissions let a call through (any one of them).
READ_DIR = ("Directory.Read.All", "Directory.ReadWrite.All")
SCOPES: dict[str, tuple[str, ...]] = {
    "org": ("Organization.Read.All", *READ_DIR),
    "roles": ("RoleManagement.Read.Directory", *READ_DIR),
    "skus": ("LicenseAssignment.Read.All", "Organization.Read.All", *READ_DIR),
    "users": ("User.Read.All", "User.ReadWrite.All", *READ_DIR),
    "assign": ("LicenseAssignment.ReadWrite.All", "User.ReadWrite.All"),
    "domains": ("Domain.Read.All", "Domain.ReadWrite.All", *READ_DIR),
    "domains-write": ("Domain.ReadWrite.All",),
    "files": ("Files.Read.All", "Files.ReadWrite.All", "Sites.Read.All"),
    "sites": ("Sites.Read.All", "Sites.ReadWrite.All"),
    "apps": ("Application.ReadWrite.All",),
    "apps-read": ("Application.Read.All", "Application.ReadWrite.All", *READ_DIR),
    "app-roles": ("AppRoleAssignment.ReadWrite.All",),
}


class GraphRoutes:
    """Dispatches a call to its handler."""

    def __init__(self, tenant: DemoTenant, download_url: Callable[[DemoItem], str]) -> None:
        self.tenant = tenant
        self.apps = AppRegistry(str(tenant.organization.get("id", "")))
        self.files = FileRoutes(tenant, download_url)
        self.lifecycle = SubscriptionLifecycle(tenant)   # cancellations from the stand-in
        T = tuple[str, str, str | None, Callable[[Call], Answer]]  # noqa: N806
        self.table: list[T] = [
            ("GET", r"/organization", "org", self.organization),
            ("GET", r"/me", None, self.me),
            ("GET", r"/me/transitiveMemberOf/microsoft\.graph\.directoryRole", "roles", self.my_roles),
            ("GET", r"/directory/subscriptions", "org", self.subscriptions),
            ("GET", r"/subscribedSkus", "skus", self.skus),
            ("GET", r"/users", "users", self.users),
            ("GET", r"/users/(?P<user>[^/]+)", "users", self.user),
            ("POST", r"/users/(?P<user>[^/]+)/assignLicense", "assign", self.assign_license),
            ("GET", r"/users/(?P<user>[^/]+)/drive", "files", self.user_drive),
            ("GET", r"/domains", "domains", self.domains),
            ("GET", r"/domains/(?P<domain>[^/]+)", "domains", self.domain),
            ("DELETE", r"/domains/(?P<domain>[^/]+)", "domains-write", self.delete_domain),
            ("GET", r"/domains/(?P<domain>[^/]+)/serviceConfigurationRecords", "domains",
             self.service_records),
            ("GET", r"/domains/(?P<domain>[^/]+)/domainNameReferences", "domains",
             self.domain_references),
            *self.files.table(),
            *self.apps.table(),
        ]

    def route(self, call: Call) -> Answer:
        allowed = False
        for method, pattern, scope, handler in self.table:
            match = re.fullmatch(pattern, call.path)
            if not match:
                continue
            if method != call.method:
                allowed = True
                continue
            scopes = call.identity.scopes
            if scope and scopes is not None and not scopes.intersection(SCOPES[scope]):
                raise GraphFault(403, "Authorization_RequestDenied",
                                 "Insufficient privileges to complete the operation.")
            call.match = match
            return handler(call)
        if allowed:
            raise GraphFault(405, "Request_BadRequest", "Specified HTTP method is not allowed "
                             "for the request target.")
        raise GraphFault(400, "BadRequest", f"Resource not found for the segment "
                         f"'{call.path.strip('/').split('/')[0]}'.")

    # -- directory -------------------------------------------------------------

    def organization(self, call: Call) -> Answer:
        org = dict(self.tenant.organization)
        org["verifiedDomains"] = [
            {"name": d["id"], "isDefault": d["isDefault"], "isInitial": d["isInitial"],
             "type": "Managed", "capabilities": "Email"}
            for d in self.tenant.domains.values() if d["isVerified"]
        ]
        return Answer(collection=[org])

    def _me(self, call: Call) -> JsonDict:
        if call.identity.user_id is None:
            raise GraphFault(400, "BadRequest",
                             "/me request is only valid with delegated authentication flow.")
        return self.tenant.users[call.identity.user_id]

    def me(self, call: Call) -> Answer:
        return Answer(body=user_json(self._me(call)))

    def my_roles(self, call: Call) -> Answer:
        me = self._me(call)
        roles = [{"@odata.type": "#microsoft.graph.directoryRole", **r}
                 for r in self.tenant.roles.get(me["id"], [])]
        return Answer(collection=roles)

    def subscriptions(self, call: Call) -> Answer:
        self.lifecycle.advance()
        return Answer(collection=self.tenant.subscription_view())

    def skus(self, call: Call) -> Answer:
        if "$filter" in call.query:
            raise GraphFault(400, "Request_BadRequest", "The $filter query is not supported "
                             "on subscribedSkus.")
        self.lifecycle.advance()
        return Answer(collection=self.tenant.sku_view())

    # -- users -----------------------------------------------------------------

    def users(self, call: Call) -> Answer:
        users = [user_json(u) for u in self.tenant.users.values()]
        flt = call.query.get("$filter")
        if flt:
            m = re.fullmatch(r"assignedLicenses/any\((\w+):\1/skuId eq ([0-9a-fA-F-]{36})\)",
                             flt.strip())
            if not m:
                raise GraphFault(400, "Request_UnsupportedQuery", "Unsupported Query.")
            sku = m.group(2).lower()
            users = [u for u in users
                     if any(a["skuId"].lower() == sku for a in u["assignedLicenses"])]
        return Answer(collection=users)

    def _user(self, call: Call) -> JsonDict:
        key = call.match["user"] if call.match else ""
        for user in self.tenant.users.values():
            if key in (user["id"], user["userPrincipalName"]):
                return user
        raise not_found(f"Resource '{key}'")

    def user(self, call: Call) -> Answer:
        return Answer(body=user_json(self._user(call)))

    def assign_license(self, call: Call) -> Answer:
        user = self._user(call)
        body = call.body or {}
        add = [a["skuId"] for a in body.get("addLicenses") or []]
        remove = list(body.get("removeLicenses") or [])
        try:
            changed = self.tenant.change_licences(user["id"], add, remove)
        except ValueError as exc:
            raise GraphFault(400, "Request_BadRequest", str(exc)) from None
        return Answer(body=user_json(changed))

    def user_drive(self, call: Call) -> Answer:
        user = self._user(call)
        drive = self.tenant.user_drive(user["id"])
        if drive is None:
            raise GraphFault(404, "ResourceNotFound", "User's mysite not found.")
        self.files.check_drive_access(call, drive)
        return Answer(body=self.files.drive_json(drive))

    # -- domains ---------------------------------------------------------------

    def domains(self, call: Call) -> Answer:
        return Answer(collection=list(self.tenant.domains.values()))

    def _domain(self, call: Call) -> JsonDict:
        name = (call.match["domain"] if call.match else "").lower()
        domain = self.tenant.domains.get(name)
        if domain is None:
            raise not_found(f"Resource '{name}'")
        return domain

    def domain(self, call: Call) -> Answer:
        return Answer(body=self._domain(call))

    def service_records(self, call: Call) -> Answer:
        domain = self._domain(call)
        return Answer(collection=list(self.tenant.service_records.get(domain["id"], [])))

    def domain_references(self, call: Call) -> Answer:
        return Answer(collection=self.tenant.domain_references(self._domain(call)["id"]))

    def delete_domain(self, call: Call) -> Answer:
        domain = self._domain(call)
        if domain["isInitial"]:
            raise GraphFault(400, "Request_BadRequest",
                             "The initial domain of a tenant cannot be removed.")
        if self.tenant.domain_references(domain["id"]):
            raise GraphFault(400, "Request_BadRequest",
                             "Unable to delete domain: it still has references (users, groups "
                             "or apps that use it).")
        with self.tenant.lock:
            del self.tenant.domains[domain["id"]]
        return Answer(status=204)


def user_json(user: JsonDict) -> JsonDict:
    """A user as Graph shows it (without the demo's private fields)."""
    return {k: v for k, v in user.items() if k != "onedrive"}
