"""The demo tenant's sites, drives and drive items, with Graph's JSON for them.

Site search and ``getAllSites``, a site's drives, a drive, its root, its
delta listing (made lazily, page by page, so big drives stay quick), an item
and its content (a 302 to a pre-authenticated download URL). Contributes its
routes to :class:`app.demo.routes.GraphRoutes`, whose SCOPES decide who may call them.
"""

from __future__ import annotations

from collections.abc import Callable

from app.demo import content
from app.demo.delta import DeltaEntries, parse_token
from app.demo.item_routes import ItemRoutes
from app.demo.tenant import DemoDrive, DemoItem, DemoTenant, iso
from app.demo.wire import Answer, Call, GraphFault, JsonDict, item_not_found


class FileRoutes:
    """Sites, drives and items of the demo tenant."""

    def __init__(self, tenant: DemoTenant, download_url: Callable[[DemoItem], str]) -> None:
        self.tenant = tenant
        self.download_url = download_url

    def table(self) -> list[tuple[str, str, str, Callable[[Call], Answer]]]:
        """Routes for :class:`app.demo.routes.GraphRoutes` (permission keys in its SCOPES)."""
        return [
            *ItemRoutes(self).table(),   # children and path addressing
            ("GET", r"/sites", "sites", self.search_sites),
            ("GET", r"/sites/getAllSites", "sites", self.all_sites),
            ("GET", r"/sites/(?P<site>[^/]+)/drives", "sites", self.site_drives),
            ("GET", r"/drives/(?P<drive>[^/]+)", "files", self.drive),
            ("GET", r"/drives/(?P<drive>[^/]+)/root", "files", self.root),
            ("GET", r"/drives/(?P<drive>[^/]+)/root/delta", "files", self.delta),
            ("GET", r"/drives/(?P<drive>[^/]+)/items/(?P<item>[^/]+)", "files", self.item),
            ("GET", r"/drives/(?P<drive>[^/]+)/items/(?P<item>[^/]+)/content", "files",
             self.item_content),
        ]

    # -- sites and drives ------------------------------------------------------

    def _sites(self) -> list[JsonDict]:
        return [{"id": s["id"], "name": s["name"], "displayName": s["displayName"],
                 "webUrl": s["webUrl"], "isPersonalSite": False,
                 "siteCollection": {"hostname": "lillebager.sharepoint.com"}}
                for s in self.tenant.sites]

    def _personal_sites(self) -> list[JsonDict]:
        """The OneDrives as sites: "sites: getAllSites" lists them too (isPersonalSite)."""
        out = []
        for drive in self.tenant.drives.values():
            if drive.owner_user_id is None:
                continue
            user = self.tenant.users[drive.owner_user_id]
            out.append({"id": self.personal_site_id(drive), "name": drive.web_url.rsplit("/", 1)[-1],
                        "displayName": user["displayName"], "webUrl": drive.web_url,
                        "isPersonalSite": True,
                        "siteCollection": {"hostname": "lillebager-my.sharepoint.com"}})
        return out

    @staticmethod
    def personal_site_id(drive: DemoDrive) -> str:
        return f"lillebager-my.sharepoint.com,{drive.id[2:14]},{drive.id[14:26]}"

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
        return Answer(collection=self._sites() + self._personal_sites())

    def site_drives(self, call: Call) -> Answer:
        site_id = call.match["site"] if call.match else ""
        personal = [d for d in self.tenant.drives.values()
                    if d.owner_user_id and self.personal_site_id(d) == site_id]
        if personal:
            return Answer(collection=[self.drive_json(d) for d in personal])
        if not any(s["id"] == site_id for s in self.tenant.sites):
            raise item_not_found()
        return Answer(collection=[self.drive_json(d) for d in self.tenant.site_drives(site_id)])

    def _drive(self, call: Call) -> DemoDrive:
        drive = self.tenant.drives.get(call.match["drive"] if call.match else "")
        if drive is None:
            raise item_not_found()
        self.check_drive_access(call, drive)
        return drive

    def drive_of(self, call: Call) -> DemoDrive:
        """The drive a call names (404 itemNotFound, 403 for another user's OneDrive)."""
        return self._drive(call)

    def item_of(self, call: Call) -> tuple[DemoDrive, DemoItem]:
        return self._item(call)

    def check_drive_access(self, call: Call, drive: DemoDrive) -> None:
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
        with self.tenant.lock:
            # The token of the deltaLink is the change counter when the listing began; the
            # listing's later pages carry it along ("at") so nothing changed meanwhile is lost.
            at = call.query.get("at") or str(self.tenant.seq)
            if call.query.get("token"):
                since = parse_token(self.tenant, call.query["token"])
                entries = DeltaEntries.since(self.tenant, drive, self.item_json, since)
                at = call.query.get("at") or str(self.tenant.seq)
            else:
                entries = DeltaEntries.full(drive, self.item_json)
        return Answer(collection=entries, delta=True, delta_token=at, next_query={"at": at})

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
        return self.content_of(drive, item)

    def content_of(self, drive: DemoDrive, item: DemoItem) -> Answer:
        """A 302 to the item's pre-authenticated download URL."""
        if item.is_folder or item.package or not item.handed_out or item.remote_drive:
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
                "quota": {"total": total, "remaining": total - used - 4096, "deleted": 4096,
                          "state": "normal"} if drive.quota_without_used else
                {"total": total, "used": used, "remaining": total - used, "deleted": 0,
                 "state": "normal"}}

    def item_json(self, drive: DemoDrive, item: DemoItem, *, in_delta: bool = False) -> JsonDict:
        modified = iso(item.modified)
        body: JsonDict = {
            "id": item.id, "name": item.name,
            "createdDateTime": modified, "lastModifiedDateTime": modified,
            "fileSystemInfo": {"createdDateTime": modified, "lastModifiedDateTime": modified},
            "size": item.size,
            "webUrl": f"{drive.web_url}/{item.name}",
            # eTag changes with anything about the item, cTag only with its content.
            "eTag": f'"{{{item.id[2:10]}}},{item.version}"',
            "cTag": f'"c:{{{item.id[2:10]}}},{item.revision + 1}"',
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
        elif item.package:  # "package resource type": no folder facet, yet it holds items
            body["package"] = {"type": item.package}
        elif item.remote_drive:  # a shortcut in a OneDrive: remoteItem points at the target
            body["remoteItem"] = {"id": self.tenant.drives[item.remote_drive].root.id,
                                  "parentReference": {"driveId": item.remote_drive,
                                                      "driveType": "business"},
                                  "folder": {"childCount": 0}}
        else:
            body["file"] = {"mimeType": "application/octet-stream",
                            "hashes": {"quickXorHash": content.quickxor(item.seed, item.size)}}
            if item.malware:
                body["malware"] = {"description": item.malware}
            if item.handed_out:
                body["@microsoft.graph.downloadUrl"] = self.download_url(item)
        return body

    def _path_of(self, drive: DemoDrive, item: DemoItem) -> str:
        names = []
        parent = drive.items.get(item.parent_id or "")
        while parent is not None and parent.parent_id is not None:
            names.append(parent.name)
            parent = drive.items.get(parent.parent_id)
        return "/" + "/".join(reversed(names)) if names else ""
