"""The demo tenant's state: loaded from resources/demo/tenant.json, changed by the wizard.

Dates in the data file are relative ("created 400 days ago") so the demo
never goes stale. Licence counts are derived from the users, so removing a
licence really changes what /subscribedSkus reports.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import Any

from app.errors import DemoDataError

JsonDict = dict[str, Any]


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class DemoItem:
    """A file, folder, notebook or root in a demo drive."""

    id: str
    name: str
    drive_id: str
    parent_id: str | None
    is_folder: bool = False
    size: int = 0
    modified: datetime = field(default_factory=lambda: datetime.now(UTC))
    package: str | None = None
    office_rewrite: bool = False
    version: int = 0                   # the tenant's change counter when it last changed
    revision: int = 0                  # its bytes changed this many times
    stale: JsonDict | None = None      # a full delta names it first like this, then as it is
    deleted_in_listing: bool = False   # a full delta names it last as deleted
    handed_out: bool = True            # False: no download URL (a notebook's part)
    malware: str | None = None         # Microsoft found malware: the malware facet's description
    remote_drive: str | None = None    # a shortcut (remoteItem) to this drive's root

    @property
    def seed(self) -> str:
        base = f"{self.drive_id}/{self.id}"
        return f"{base}@{self.revision}" if self.revision else base

    @property
    def served_size(self) -> int:
        """What a download returns: SharePoint adds metadata to some Office files."""
        return self.size + 2048 if self.office_rewrite else self.size

    @property
    def served_seed(self) -> str:
        return self.seed + ("#rewritten" if self.office_rewrite else "")


@dataclass
class DemoDrive:
    """A OneDrive or a document library."""

    id: str
    name: str
    drive_type: str                      # "business" or "documentLibrary"
    owner_user_id: str | None = None     # OneDrive owner
    site_id: str | None = None
    web_url: str = ""
    items: dict[str, DemoItem] = field(default_factory=dict)  # in listing order
    deleted: dict[str, tuple[DemoItem, int]] = field(default_factory=dict)  # id -> (item, when)
    quota_without_used: bool = False     # its quota answers without 'used', as some do

    @property
    def root(self) -> DemoItem:
        return next(iter(self.items.values()))

    def used_bytes(self) -> int:
        return sum(i.size for i in self.items.values() if not i.is_folder)


class DemoTenant:
    """Everything the demo server serves; safe to use from many threads."""

    def __init__(self, data: JsonDict, now: datetime | None = None) -> None:
        self.lock = threading.RLock()
        self.now = now or datetime.now(UTC)
        try:
            self.organization: JsonDict = data["organization"]
            self.initial_domain: str = data["initialDomain"]
            self.admin_id: str = data["adminId"]
            self.roles: dict[str, list[JsonDict]] = data.get("roles", {})
            self.users: dict[str, JsonDict] = {u["id"]: u for u in data["users"]}
            self.subscriptions: list[JsonDict] = data["subscriptions"]
            self.skus: list[JsonDict] = data["skus"]
            self.domains: dict[str, JsonDict] = {d["id"]: d for d in data["domains"]}
            self.service_records: dict[str, list[JsonDict]] = data["serviceConfigurationRecords"]
            self.sites: list[JsonDict] = data["sites"]
        except (KeyError, TypeError) as exc:
            raise DemoDataError(f"The demo tenant's data is incomplete ({exc}).") from None
        self.drives: dict[str, DemoDrive] = {}
        self.seq = 0            # the change counter: delta tokens name it
        self.oldest_token = 0   # delta tokens below this answer 410 Gone
        self._build_drives()
        self._link_shortcuts(data)

    @classmethod
    def load(cls, now: datetime | None = None) -> DemoTenant:
        """The demo tenant shipped in resources/demo/tenant.json (a fresh copy)."""
        try:
            text = resources.files("resources.demo").joinpath("tenant.json").read_text("utf-8")
            return cls(json.loads(text), now)
        except (OSError, ValueError) as exc:
            raise DemoDataError(
                f"The demo tenant's data could not be read ({exc}). Reinstall Cancel365."
            ) from None

    # -- ids -------------------------------------------------------------------

    @staticmethod
    def _id(*parts: str) -> str:
        digest = hashlib.sha256("/".join(parts).encode()).hexdigest().upper()
        return "01" + digest[:32]

    # -- drives ----------------------------------------------------------------

    def _build_drives(self) -> None:
        self._shortcuts: list[tuple[DemoItem, str]] = []
        for user in self.users.values():
            tree = user.get("onedrive")
            if tree is None:
                continue
            drive_id = "b!" + self._id("drive", user["id"])[2:]
            local = user["userPrincipalName"].split("@")[0].replace(".", "_")
            drive = DemoDrive(drive_id, "OneDrive", "business", owner_user_id=user["id"],
                              web_url=f"https://lillebager-my.sharepoint.com/personal/{local}")
            self._add_tree(drive, tree["files"])
        for site in self.sites:
            for lib in site["drives"]:
                drive_id = "b!" + self._id("drive", site["id"], lib["name"])[2:]
                drive = DemoDrive(drive_id, lib["name"], "documentLibrary", site_id=site["id"],
                                  web_url=f"{site['webUrl']}/{lib['name']}",
                                  quota_without_used=bool(lib.get("quotaWithoutUsed")))
                self._add_tree(drive, lib["files"])

    def _link_shortcuts(self, data: JsonDict) -> None:
        """A shortcut names its target by the owner's UPN; it points at that user's OneDrive."""
        for item, upn in self._shortcuts:
            owner = next((u for u in self.users.values() if u["userPrincipalName"] == upn), None)
            target = self.user_drive(owner["id"]) if owner else None
            item.remote_drive = target.id if target else None

    def bump(self, item: DemoItem) -> None:
        """Count a change of ``item`` (under the lock): delta tokens see it."""
        self.seq += 1
        item.version = self.seq

    def delete_item(self, drive_id: str, item_id: str) -> None:
        """Delete an item (and what is inside it); delta names each as deleted."""
        with self.lock:
            drive = self.drives[drive_id]
            doomed = [item_id]
            for i in list(drive.items.values()):
                if i.parent_id in doomed:
                    doomed.append(i.id)
            for gone in doomed:
                item = drive.items.pop(gone, None)
                if item is not None:
                    self.seq += 1
                    drive.deleted[gone] = (item, self.seq)

    def expire_delta_tokens(self) -> None:
        """Every delta token handed out so far answers 410 Gone, as after a long while."""
        with self.lock:
            self.seq += 1
            self.oldest_token = self.seq

    def _add_tree(self, drive: DemoDrive, entries: list[JsonDict]) -> None:
        root = DemoItem(self._id(drive.id, "root"), "root", drive.id, None, is_folder=True)
        drive.items[root.id] = root
        self.drives[drive.id] = drive
        self._add_entries(drive, root, entries)

    def _add_entries(self, drive: DemoDrive, parent: DemoItem, entries: list[JsonDict]) -> None:
        for entry in entries:
            item = self.add_item(drive.id, parent.id, entry["name"],
                                 size=int(entry.get("size", 0)),
                                 modified=self.now - timedelta(days=entry.get("modifiedDaysAgo", 1)),
                                 is_folder="children" in entry and not entry.get("package"),
                                 package=entry.get("package"),
                                 office_rewrite=bool(entry.get("officeRewrite")))
            item.stale = entry.get("changedWhileListed")
            item.deleted_in_listing = bool(entry.get("deletedWhileListed"))
            item.handed_out = bool(entry.get("handedOut", True))
            item.malware = entry.get("malware")
            if entry.get("shortcutTo"):
                self._shortcuts.append((item, str(entry["shortcutTo"])))
            if "children" in entry:
                self._add_entries(drive, item, entry["children"])

    def add_item(self, drive_id: str, parent_id: str, name: str, *, size: int = 0,
                 modified: datetime | None = None, is_folder: bool = False,
                 package: str | None = None, office_rewrite: bool = False) -> DemoItem:
        """Add a file or folder (tests use this for hostile names and huge files)."""
        with self.lock:
            drive = self.drives[drive_id]
            item_id = self._id(drive_id, parent_id, name, str(len(drive.items)))
            item = DemoItem(item_id, name, drive_id, parent_id, is_folder=is_folder, size=size,
                            modified=modified or self.now, package=package,
                            office_rewrite=office_rewrite)
            drive.items[item_id] = item
            self.bump(item)
            return item

    def user_drive(self, user_id: str) -> DemoDrive | None:
        return next((d for d in self.drives.values() if d.owner_user_id == user_id), None)

    def site_drives(self, site_id: str) -> list[DemoDrive]:
        return [d for d in self.drives.values() if d.site_id == site_id]

    # -- licences --------------------------------------------------------------

    def consumed_units(self, sku_id: str) -> int:
        return sum(1 for u in self.users.values()
                   if any(a["skuId"] == sku_id for a in u["assignedLicenses"]))

    def sku_view(self) -> list[JsonDict]:
        with self.lock:
            out = []
            for sku in self.skus:
                view = {k: v for k, v in sku.items()}
                view["consumedUnits"] = self.consumed_units(sku["skuId"])
                out.append(view)
            return out

    def subscription_view(self) -> list[JsonDict]:
        out = []
        for sub in self.subscriptions:
            view = {k: v for k, v in sub.items()
                    if k not in ("createdDaysAgo", "nextLifecycleInDays")}
            view["createdDateTime"] = iso(self.now - timedelta(days=sub["createdDaysAgo"]))
            view["nextLifecycleDateTime"] = iso(self.now + timedelta(days=sub["nextLifecycleInDays"]))
            out.append(view)
        return out

    def change_licences(self, user_id: str, add: list[str], remove: list[str]) -> JsonDict:
        """assignLicense: raises KeyError/ValueError with Graph-like reasons."""
        with self.lock:
            user = self.users[user_id]
            held = {a["skuId"] for a in user["assignedLicenses"]}
            known = {s["skuId"] for s in self.skus}
            for sku_id in add + remove:
                if sku_id not in known:
                    raise ValueError(f"License {sku_id} does not correspond to a valid company "
                                     "License.")
            for sku_id in remove:
                if sku_id not in held:
                    raise ValueError(f"User does not have a corresponding license {sku_id}.")
            user["assignedLicenses"] = [a for a in user["assignedLicenses"]
                                        if a["skuId"] not in remove]
            for sku_id in add:
                if sku_id not in held:
                    user["assignedLicenses"].append({"skuId": sku_id, "disabledPlans": []})
            return copy.deepcopy(user)

    # -- domains ---------------------------------------------------------------

    def domain_references(self, domain: str) -> list[JsonDict]:
        suffix = "@" + domain.lower()
        return [
            {"@odata.type": "#microsoft.graph.user", "id": u["id"],
             "userPrincipalName": u["userPrincipalName"], "displayName": u["displayName"]}
            for u in self.users.values() if u["userPrincipalName"].lower().endswith(suffix)
        ]

    def rename_users_to_initial_domain(self, domain: str) -> None:
        """What an admin does before removing a domain: move users to onmicrosoft.com."""
        with self.lock:
            for user in self.users.values():
                local, _, host = user["userPrincipalName"].partition("@")
                if host.lower() == domain.lower():
                    user["userPrincipalName"] = f"{local}@{self.initial_domain}"
