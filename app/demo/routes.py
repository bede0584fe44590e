"""The Graph endpoints the demo tenant answers, with Graph's wire formats.

Each handler takes a :class:`Call` and returns an :class:`Answer`. Collections
are returned whole; the server pages them (``$top``, ``@odata.nextLink``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.demo import content
from app.demo.app_routes import AppRegistry
from app.demo.tenant import DemoDrive, DemoItem, DemoTenant, iso
from app.demo.wire import Answer, Call, GraphFault, JsonDict, item_not_found, not_found

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
        self.download_url = download_url
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
            ("GET", r"/sites", "sites", self.search_sites),
            ("GET", r"/sites/getAllSites", "sites", self.all_sites),
            ("GET", r"/sites/(?P<site>[^/]+)/drives", "sites", self.site_drives),
            ("GET", r"/drives/(?P<drive>[^/]+)", "files", self.drive),
            ("GET", r"/drives/(?P<drive>[^/]+)/root", "files", self.root),
            ("GET", r"/drives/(?P<drive>[^/]+)/root/delta", "files", self.delta),
            ("GET", r"/drives/(?P<drive>[^/]+)/items/(?P<item>[^/]+)", "files", self.item),
            ("GET", r"/drives/(?P<drive>[^/]+)/items/(?P<item>[^/]+)/content", "files",
             self.item_content),
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
        return Answer(collection=self.tenant.subscription_view())

    def skus(self, call: Call) -> Answer:
        if "$filter" in call.query:
            raise GraphFault(400, "Request_BadRequest", "The $filter query is not supported "
                             "on subscribedSkus.")
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
        self._check_drive_access(call, drive)
        return Answer(body=self.drive_json(drive))

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

    # -- sites and drives ------------------------------------------------------

    def _sites(self) -> list[JsonDict]:
        return [{"id": s["id"], "name": s["name"], "displayName": s["displayName"],
                 "webUrl": s["webUrl"]} for s in self.tenant.sites]

    def search_sites(self, call: Call) -> Answer:
        if "search" not in call.query:
            raise GraphFault(400, "invalidRequest", "Provide a search query with ?search=.")
        term = call.query["search"].strip().lower()
        sites = self._sites()
        if term not in ("*", ""):
            sites = [s for s in sites if term in s["displayName"].lower()]
        return Answer(collection=sites)

    def all_sites(self, call: Call) -> Answer:
        if call.identity.user_id is not None:
            raise GraphFault(400, "invalidRequest",
                             "getAllSites is only supported with application permissions.")
        return Answer(collection=self._sites())

    def site_drives(self, call: Call) -> Answer:
        site_id = call.match["site"] if call.match else ""
        if not any(s["id"] == site_id for s in self.tenant.sites):
            raise item_not_found()
        return Answer(collection=[self.drive_json(d) for d in self.tenant.site_drives(site_id)])

    def _drive(self, call: Call) -> DemoDrive:
        drive = self.tenant.drives.get(call.match["drive"] if call.match else "")
        if drive is None:
            raise item_not_found()
        self._check_drive_access(call, drive)
        return drive

    def _check_drive_access(self, call: Call, drive: DemoDrive) -> None:
        """Delegated sign-in opens only the admin's own OneDrive (and the sites)."""
        user = call.identity.user_id
        if user is not None and drive.owner_user_id not in (None, user):
            raise GraphFault(403, "accessDenied", "Access denied")

    def drive(self, call: Call) -> Answer:
        return Answer(body=self.drive_json(self._drive(call)))

    def root(self, call: Call) -> Answer:
        drive = self._drive(call)
        return Answer(body=self.item_json(drive, drive.root))

    def delta(self, call: Call) -> Answer:
        drive = self._drive(call)
        if call.query.get("token"):
            return Answer(collection=[], delta=True)  # nothing changed since
        with self.tenant.lock:
            items = list(drive.items.values())
        return Answer(collection=_LazyItems(self, drive, items), delta=True)

    def _item(self, call: Call) -> tuple[DemoDrive, DemoItem]:
        drive = self._drive(call)
        item = drive.items.get(call.match["item"] if call.match else "")
        if item is None:
            raise item_not_found()
        return drive, item

    def item(self, call: Call) -> Answer:
        drive, item = self._item(call)
        return Answer(body=self.item_json(drive, item))

    def item_content(self, call: Call) -> Answer:
        drive, item = self._item(call)
        if item.is_folder or item.package:
            raise GraphFault(404, "itemNotFound", "The item has no content stream.")
        return Answer(status=302, headers={"Location": self.download_url(item)})

    # -- JSON shapes -----------------------------------------------------------

    def drive_json(self, drive: DemoDrive) -> JsonDict:
        used = drive.used_bytes()
        total = 1024**4
        owner: JsonDict = {}
        if drive.owner_user_id:
            user = self.tenant.users[drive.owner_user_id]
            owner = {"user": {"id": user["id"], "displayName": user["displayName"],
                              "email": user["userPrincipalName"]}}
        return {"id": drive.id, "name": drive.name, "driveType": drive.drive_type,
                "webUrl": drive.web_url, "owner": owner,
                "quota": {"total": total, "used": used, "remaining": total - used,
                          "deleted": 0, "state": "normal"}}

    def item_json(self, drive: DemoDrive, item: DemoItem, *, in_delta: bool = False) -> JsonDict:
        body: JsonDict = {
            "id": item.id, "name": item.name,
            "createdDateTime": iso(item.modified), "lastModifiedDateTime": iso(item.modified),
            "fileSystemInfo": {"createdDateTime": iso(item.modified),
                               "lastModifiedDateTime": iso(item.modified)},
            "size": item.size,
            "webUrl": f"{drive.web_url}/{item.name}",
        }
        parent: JsonDict = {"driveId": drive.id, "driveType": drive.drive_type}
        if item.parent_id:
            parent["id"] = item.parent_id
            if not in_delta:  # real delta answers carry no path
                parent["path"] = f"/drives/{drive.id}/root:{self._path_of(drive, item)}"
        body["parentReference"] = parent
        if item.parent_id is None:
            body["root"] = {}
            body["name"] = "root"
        if item.is_folder:
            kids = sum(1 for i in drive.items.values() if i.parent_id == item.id)
            body["folder"] = {"childCount": kids}
            body["size"] = sum(i.size for i in drive.items.values() if not i.is_folder) \
                if item.parent_id is None else 0
        elif item.package:
            body["package"] = {"type": item.package}
        else:
            body["file"] = {"mimeType": "application/octet-stream",
                            "hashes": {"quickXorHash": content.quickxor(item.seed, item.size)}}
            body["@microsoft.graph.downloadUrl"] = self.download_url(item)
        return body

    def _path_of(self, drive: DemoDrive, item: DemoItem) -> str:
        names = []
        parent = drive.items.get(item.parent_id or "")
        while parent is not None and parent.parent_id is not None:
            names.append(parent.name)
            parent = drive.items.get(parent.parent_id)
        return "/" + "/".join(reversed(names)) if names else ""


class _LazyItems(Sequence[JsonDict]):
    """A delta listing whose JSON is made only for the page asked for (big drives stay quick)."""

    def __init__(self, routes: GraphRoutes, drive: DemoDrive, items: list[DemoItem]) -> None:
        self._routes, self._drive, self._items = routes, drive, items

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [self._routes.item_json(self._drive, i, in_delta=True)
                    for i in self._items[index]]
        return self._routes.item_json(self._drive, self._items[index], in_delta=True)


def user_json(user: JsonDict) -> JsonDict:
    """A user as Graph shows it (without the demo's private fields)."""
    return {k: v for k, v in user.items() if k != "onedrive"}
