"""What to back up: every user's OneDrive and every site's libraries, their sizes, the room.

The plan is made from what the token can see. Users without a OneDrive are
listed as such; drives the token may not open are listed as left out, so the
admin sees exactly what the backup will not hold.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from app.backup.errors import NotEnoughSpaceError
from app.errors import GraphError, NotFoundError, PermissionMissingError
from app.graph.client import GraphClient, JsonDict
from app.texts import QT_TRANSLATE_NOOP, translate

ONEDRIVE, SHAREPOINT = "onedrive", "sharepoint"
NO_ONEDRIVE = QT_TRANSLATE_NOOP("backup", "has no OneDrive")
# Graph calls at once while discovering: one per user (its drive) and one per site (its
# libraries). Four, the low end of the "small pool (about 4-8)" Microsoft's throttling
# pages suggest (concurrency.py); the shared pacer slows them all on a 429. Serial, a
# 25-user tenant took 25 round trips before the first file (about 4 s at Graph's usual
# 150 ms); four at a time take a quarter of that.
DISCOVERY_CALLS = 4

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class DriveChoice:
    """One drive the backup can hold."""

    drive_id: str
    kind: str               # onedrive or sharepoint
    owner: str              # the user's UPN or the site's URL
    owner_name: str         # the user's or site's display name
    name: str               # "OneDrive" or the library's name
    drive_type: str         # business, documentLibrary, ...
    used_bytes: int
    selected: bool = True
    size_known: bool = True  # False: the drive's quota gave no usable size (shown as unknown)


@dataclass
class LeftOut:
    """A user or site whose files the backup will not hold, and why.

    ``reason`` stays English (the command line says it so); :attr:`shown_reason`
    is the wizard's version, which the wizard and the backup report show.
    """

    kind: str
    owner: str
    owner_name: str
    reason: str

    @property
    def holds_data(self) -> bool:
        """Files exist there that this backup does not hold (a user without a OneDrive has none)."""
        return self.reason != NO_ONEDRIVE

    @property
    def shown_reason(self) -> str:
        """The reason in the wizard's language (the texts below are marked for lupdate)."""
        return translate("backup", self.reason)


@dataclass
class BackupPlan:
    """The drives to back up, and what is left out."""

    drives: list[DriveChoice] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    scope_chosen: bool = False   # the admin asked for exactly this scope (users, sites, only-accessible)

    @property
    def chosen(self) -> list[DriveChoice]:
        return [d for d in self.drives if d.selected]

    @property
    def missing(self) -> list[LeftOut]:
        """Users and sites in scope whose files this backup cannot hold (none when the admin
        asked for exactly this scope): a backup that misses any is incomplete."""
        return [] if self.scope_chosen else [g for g in self.left_out if g.holds_data]

    @property
    def total_bytes(self) -> int:
        return sum(d.used_bytes for d in self.chosen)

    @property
    def sizes_known(self) -> bool:
        """Every chosen drive's size is known (else the space check cannot be sure)."""
        return all(d.size_known for d in self.chosen)

    def add(self, choice: DriveChoice) -> bool:
        """Plan a drive once: a drive id already planned is not added again."""
        if any(d.drive_id == choice.drive_id for d in self.drives):
            return False
        self.drives.append(choice)
        return True

    def keep_only(self, *, users: Iterable[str] = (), sites: Iterable[str] = ()) -> None:
        """Select only these users (UPNs) and sites (URLs); an empty list keeps every one."""
        want_users = {u.lower() for u in users}
        want_sites = {s.lower().rstrip("/") for s in sites}
        if not want_users and not want_sites:
            return
        self.scope_chosen = True
        for d in self.drives:
            key = d.owner.lower().rstrip("/")
            d.selected = key in (want_users if d.kind == ONEDRIVE else want_sites)

    def deselect(self, owner: str) -> None:
        """Leave out every drive of one user (UPN) or site (URL)."""
        for d in self.drives:
            if d.owner.lower() == owner.lower():
                d.selected = False


def discover(graph: GraphClient, *, only: str | None = None,
             on_step: Callable[[str], None] | None = None) -> BackupPlan:
    """Every OneDrive and every document library the token can see."""
    plan = BackupPlan()
    if only in (None, ONEDRIVE):
        _add_onedrives(graph, plan, on_step)
    if only in (None, SHAREPOINT):
        _add_sites(graph, plan, on_step)
    return plan


def _add_onedrives(graph: GraphClient, plan: BackupPlan,
                   on_step: Callable[[str], None] | None) -> None:
    users = list(graph.get_all("/users", params={"$select": "id,displayName,userPrincipalName"}))
    for user, asked in _asked_together(lambda u: graph.get(f"/users/{u['id']}/drive"), users):
        upn = str(user.get("userPrincipalName") or user["id"])
        name = str(user.get("displayName") or upn)
        if on_step:
            on_step(upn)
        try:
            drive = asked.result()
        except NotFoundError:
            plan.left_out.append(LeftOut(ONEDRIVE, upn, name, NO_ONEDRIVE))
            continue
        except PermissionMissingError:
            plan.left_out.append(LeftOut(ONEDRIVE, upn, name, QT_TRANSLATE_NOOP(
                "backup", "cannot be opened with this sign-in (set up backup access to include it)")))
            continue
        plan.add(_choice(drive, ONEDRIVE, upn, name))


def _add_sites(graph: GraphClient, plan: BackupPlan,
               on_step: Callable[[str], None] | None) -> None:
    sites = [site for site in _all_sites(graph) if not _personal(site)]  # OneDrives: with users
    libraries = _asked_together(lambda s: list(graph.get_all(f"/sites/{s['id']}/drives")), sites)
    for site, asked in libraries:
        url = str(site.get("webUrl") or site["id"])
        name = str(site.get("displayName") or site.get("name") or url)
        if on_step:
            on_step(url)
        try:
            drives = asked.result()
        except (PermissionMissingError, NotFoundError):
            plan.left_out.append(LeftOut(SHAREPOINT, url, name, QT_TRANSLATE_NOOP(
                "backup", "its libraries cannot be opened with this sign-in")))
            continue
        for drive in drives:
            plan.add(_choice(drive, SHAREPOINT, url, name))  # drive ids stay unique


def _asked_together(ask: Callable[[T], R], things: list[T]) -> Iterator[tuple[T, Future[R]]]:
    """Each thing with its Graph answer to come, :data:`DISCOVERY_CALLS` asked at a time,
    in the things' order (the plan stays the same however the answers arrive). An error is
    raised by the future's ``result()``, in the caller's thread; calls not yet made when
    the caller stops are not made."""
    if not things:
        return
    pool = ThreadPoolExecutor(min(DISCOVERY_CALLS, len(things)),
                              thread_name_prefix="backup-discover")
    try:
        futures = [pool.submit(ask, thing) for thing in things]
        yield from zip(things, futures, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _all_sites(graph: GraphClient) -> list[JsonDict]:
    """getAllSites (app-only tokens), else the search every token may use."""
    try:
        return list(graph.get_all("/sites/getAllSites"))
    except GraphError as exc:
        if exc.status not in (400, 403, 404, 501):
            raise
    return list(graph.get_all("/sites", params={"search": "*"}))


def _personal(site: JsonDict) -> bool:
    """"sites: getAllSites" returns the OneDrives too, as personal sites."""
    host = str((site.get("siteCollection") or {}).get("hostname") or "")
    url = str(site.get("webUrl") or "")
    return bool(site.get("isPersonalSite")) or host.endswith("-my.sharepoint.com") \
        or "-my.sharepoint.com/" in url


def used_bytes(quota: JsonDict) -> int | None:
    """A drive's size from its quota ("drive" and "quota resource type"): ``used``, else
    ``total - remaining - deleted``; None when neither can be had."""
    used = quota.get("used")
    if isinstance(used, int):
        return used
    total, remaining = quota.get("total"), quota.get("remaining")
    if isinstance(total, int) and isinstance(remaining, int):
        return max(0, total - remaining - int(quota.get("deleted") or 0))
    return None


def _choice(drive: JsonDict, kind: str, owner: str, owner_name: str) -> DriveChoice:
    used = used_bytes(drive.get("quota") or {})
    return DriveChoice(
        drive_id=str(drive["id"]), kind=kind, owner=owner, owner_name=owner_name,
        name=str(drive.get("name") or ("OneDrive" if kind == ONEDRIVE else "Documents")),
        drive_type=str(drive.get("driveType") or ""), used_bytes=used or 0,
        size_known=used is not None)


@dataclass(frozen=True)
class SpaceCheck:
    """The room needed against the room there is."""

    needed: int
    free: int
    sure: bool = True   # False: some drive's size is unknown, so the room needed may be more

    @property
    def enough(self) -> bool:
        return self.free >= self.needed


def check_space(plan: BackupPlan, dest: str, *, already_verified: int = 0) -> SpaceCheck:
    """Free space at ``dest`` against what is left to fetch (+10% and 16 MB for the manifest)."""
    probe = dest
    while not os.path.exists(probe) and os.path.dirname(probe) != probe:
        probe = os.path.dirname(probe)
    free = shutil.disk_usage(probe).free
    remaining = max(0, plan.total_bytes - already_verified)
    needed = remaining + remaining // 10 + 16 * 1024 * 1024 if remaining else 0
    return SpaceCheck(needed, free, plan.sizes_known)


def require_space(plan: BackupPlan, dest: str, *, already_verified: int = 0) -> SpaceCheck:
    """:func:`check_space`, raising :class:`NotEnoughSpaceError` without room."""
    check = check_space(plan, dest, already_verified=already_verified)
    if not check.enough:
        raise NotEnoughSpaceError(check.needed, check.free, dest)
    return check
