"""A drive's items from delta pages, with their paths rebuilt from parentReference.id.

Delta answers carry no paths (and may list a child before its folder), so each
item's path is put together from the chain of parent ids. No call per file:
the delta pages hold everything the backup needs, including a fresh
pre-authenticated download URL.

As Microsoft's "driveItem: delta" page documents it: the same item may come
more than once in one listing, and the last occurrence is the one to use
(a later entry re-places the item, and a folder's contents with it); an item
may come back with the ``deleted`` facet; only the item with the ``root``
facet is the drive's root. The "package resource type" page: a OneNote
notebook (``package``) holds files and folders like a folder does, so its
contents stay inside it. ``malware`` and ``remoteItem`` (a shortcut to another
drive) are listed as not downloadable here, with the reason.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from app.graph.client import GraphClient
from app.texts import translate

PAGE_SIZE = 999  # Graph's largest delta page
JsonDict = dict[str, Any]
T = TypeVar("T")
CONTAINERS = ("folder", "notebook", "package")


@dataclass
class ListedItem:
    """One file, folder or notebook of a drive, as the listing found it."""

    item_id: str
    name: str
    parent_id: str | None
    kind: str                  # file, folder, notebook, package, shortcut, other
    size: int
    quickxor: str | None
    modified: float | None     # seconds since the epoch (the file's own time)
    download_url: str | None   # pre-authenticated; kept in memory only
    server_path: str = ""      # '/Folder/name.ext' from the drive's root
    reason: str = ""           # why it cannot be downloaded (empty: it can)
    deleted: bool = False      # the 'deleted' facet: gone from the drive
    is_root: bool = False      # the 'root' facet
    note: str = ""             # where it was put, when Microsoft 365 did not say
    remote_drive: str = ""     # a shortcut's target drive (remoteItem.parentReference.driveId)

    @property
    def is_container(self) -> bool:
        return self.kind in CONTAINERS


def parse_time(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def no_parent_note() -> str:
    return translate("backup", "Microsoft 365 named no folder for this item, so it was placed "
                     "at the top of the drive.")


def to_item(raw: JsonDict) -> ListedItem:
    """One delta entry to a :class:`ListedItem`."""
    parent = raw.get("parentReference") or {}
    fs_info = raw.get("fileSystemInfo") or {}
    modified = parse_time(fs_info.get("lastModifiedDateTime") or raw.get("lastModifiedDateTime"))
    reason = ""
    remote_drive = ""
    download_url = raw.get("@microsoft.graph.downloadUrl")
    if "remoteItem" in raw:  # a shortcut or shared item: its bytes live in another drive
        kind = "shortcut"
        remote = raw.get("remoteItem") or {}
        remote_drive = str((remote.get("parentReference") or {}).get("driveId") or "")
        reason = shortcut_reason(remote_drive, "")
        download_url = None
    elif "folder" in raw or "root" in raw:
        kind = "folder"
    elif "package" in raw:  # "package resource type": a collection, conceptually a folder
        package = (raw.get("package") or {}).get("type", "")
        kind = "notebook" if package == "oneNote" else "package"
    elif "file" in raw:
        kind = "file"
    else:
        kind = "other"
        reason = translate("backup", "Microsoft 365 lists no file content for this item.")
    if "malware" in raw:  # driveItem's malware facet: Microsoft blocks the download
        description = str((raw.get("malware") or {}).get("description") or "").strip()
        reason = translate("backup", "Microsoft 365 found malware in this file and blocks its "
                           "download ({0}).").format(description or "malware")
        download_url = None
    hashes = (raw.get("file") or {}).get("hashes") or {}
    parent_id = parent.get("id") or None
    return ListedItem(
        item_id=str(raw["id"]), name=str(raw.get("name") or ""),
        parent_id=None if "root" in raw else parent_id,
        kind=kind, size=int(raw.get("size") or 0), quickxor=hashes.get("quickXorHash"),
        modified=modified, download_url=download_url, reason=reason,
        deleted="deleted" in raw, is_root="root" in raw, remote_drive=remote_drive)


def shortcut_reason(drive_id: str, holder: str) -> str:
    """Why a shortcut is not downloaded here, naming the drive that holds its files."""
    if holder:
        return translate("backup", "A shortcut to an item in {0}; its files are backed up with "
                         "that drive, not here.").format(holder)
    return translate("backup", "A shortcut to an item in another drive ({0}); its files are "
                     "backed up with that drive, not here.").format(drive_id or "?")


def not_handed_out_reason() -> str:
    return translate("backup", "Microsoft 365 hands out no download for this part of a OneNote "
                     "notebook; open the notebook in OneNote to export it.")


def list_drive(graph: GraphClient, drive_id: str,
               on_page: Callable[[int], None] | None = None, *,
               page_size: int = PAGE_SIZE) -> list[ListedItem]:
    """Every live item of a drive, paths rebuilt, the last entry of each item winning."""
    out: dict[str, ListedItem] = {}
    listing = DeltaListing(graph, drive_id, page_size=page_size)
    for batch in listing.batches():
        for item in batch:
            if item.deleted:
                out.pop(item.item_id, None)
            else:
                out.pop(item.item_id, None)
                out[item.item_id] = item
        if on_page:
            on_page(len(out))
    return list(out.values())


def listing_batches(graph: GraphClient, drive_id: str, *,
                    page_size: int = PAGE_SIZE) -> Iterator[list[ListedItem]]:
    """The drive's items page by page (see :class:`DeltaListing`)."""
    return DeltaListing(graph, drive_id, page_size=page_size).batches()


class DeltaListing:
    """One delta listing of a drive: a full one, or the changes since ``delta_link``.

    After :meth:`batches` has run to its end, :attr:`delta_link` holds the link
    for the next incremental listing (the "driveItem: delta" page: keep the
    ``@odata.deltaLink`` of a complete listing) and :attr:`root_id` the root's id.
    """

    def __init__(self, graph: GraphClient, drive_id: str, *, page_size: int = PAGE_SIZE,
                 delta_link: str | None = None, known_folders: dict[str, str] | None = None,
                 root_id: str | None = None) -> None:
        self.graph = graph
        self.drive_id = drive_id
        self.page_size = page_size
        self.start_link = delta_link
        self.delta_link: str | None = None
        self.resolver = PathResolver(known_folders, root_id)

    @property
    def root_id(self) -> str | None:
        return self.resolver.root_id

    def batches(self) -> Iterator[list[ListedItem]]:
        """Items whose path is known, page by page; deleted items come as they are."""
        if self.start_link:
            pages = self.graph.pages(self.start_link)
        else:
            pages = self.graph.pages(f"/drives/{self.drive_id}/root/delta",
                                     params={"$top": str(self.page_size)})
        for page in read_ahead(pages):
            ready = self.resolver.feed(to_item(raw) for raw in page.get("value", [])
                                       if "id" in raw)
            if ready:
                yield ready
            if "@odata.deltaLink" in page:
                self.delta_link = str(page["@odata.deltaLink"])
        rest = self.resolver.finish()
        if rest:
            yield rest


def read_ahead(items: Iterator[T]) -> Iterator[T]:
    """``items`` in order, the next one fetched on a thread while the caller works on this one.

    Graph takes its time over each delta page; asking for page n+1 while page n is placed,
    saved and queued keeps the downloads fed from the first page on. What the producer
    raises (a 410 Gone, a refused token) is raised here, in the caller's thread, in order.
    Closing the generator early (a cancel) lets the thread end at its next page.
    """
    ahead: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        ahead.put((True, item), timeout=0.2)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            outcome: tuple[bool, Any] = (False, None)
        except BaseException as exc:  # handed to the caller, who decides
            outcome = (False, exc)
        while not stop.is_set():
            try:
                ahead.put(outcome, timeout=0.2)
                return
            except queue.Full:
                continue

    thread = threading.Thread(target=produce, name="listing-read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            more, value = ahead.get()
            if not more:
                if value is not None:
                    raise value
                return
            yield value
    finally:
        stop.set()


class PathResolver:
    """Rebuilds '/Folder/name' paths from parentReference.id, whatever the order.

    A later entry for an item replaces the earlier one (and a container's new
    path moves its contents); a deleted entry forgets the item.
    """

    def __init__(self, known_folders: dict[str, str] | None = None,
                 root_id: str | None = None) -> None:
        self._paths: dict[str, str] = dict(known_folders or {})  # container id -> its path
        self.root_id = root_id
        if root_id:
            self._paths[root_id] = ""
        self._waiting: dict[str, list[ListedItem]] = {}  # parent id -> items waiting for it
        self._placed: dict[str, ListedItem] = {}
        self._kids: dict[str, set[str]] = {}             # container id -> placed children

    def feed(self, items: Iterable[ListedItem]) -> list[ListedItem]:
        """Items whose path is now known, each container before its contents."""
        ready: list[ListedItem] = []
        for item in items:
            self._forget(item.item_id)
            if item.deleted:
                ready.append(item)
            elif item.is_root:
                self.root_id = item.item_id
                self._paths[item.item_id] = ""
                self._release(item.item_id, "", ready)
            elif item.parent_id is None:  # no usable parentReference: the top, and say so
                item.note = no_parent_note()
                self._place(item, "", ready)
            elif item.parent_id in self._paths:
                self._place(item, self._paths[item.parent_id], ready)
            else:
                self._waiting.setdefault(item.parent_id, []).append(item)
        return ready

    def finish(self) -> list[ListedItem]:
        """Items whose folder never came, placed at the top and named."""
        ready: list[ListedItem] = []
        while self._waiting:
            _, orphans = self._waiting.popitem()
            for item in orphans:
                item.note = no_parent_note()
                self._place(item, "", ready)
        return ready

    def _forget(self, item_id: str) -> None:
        earlier = self._placed.pop(item_id, None)
        if earlier is not None and earlier.parent_id:
            self._kids.get(earlier.parent_id, set()).discard(item_id)
        elif earlier is None:
            for waiting in self._waiting.values():
                waiting[:] = [w for w in waiting if w.item_id != item_id]

    def _release(self, container_id: str, path: str, ready: list[ListedItem]) -> None:
        for child in self._waiting.pop(container_id, []):
            self._place(child, path, ready)
        for kid_id in list(self._kids.get(container_id, ())):  # a moved container's contents
            kid = self._placed.get(kid_id)
            if kid is not None:
                self._place(kid, path, ready)

    def _place(self, item: ListedItem, parent_path: str, ready: list[ListedItem]) -> None:
        stack = [(item, parent_path)]
        while stack:
            current, parent = stack.pop()
            path = f"{parent}/{current.name}"
            current.server_path = path
            self._placed[current.item_id] = current
            if current.parent_id:
                self._kids.setdefault(current.parent_id, set()).add(current.item_id)
            if current.kind == "file" and current.download_url is None and not current.reason \
                    and self._is_notebook(current.parent_id):
                current.reason = not_handed_out_reason()
            ready.append(current)
            if current.is_container:
                before = self._paths.get(current.item_id)
                self._paths[current.item_id] = path
                children = list(self._waiting.pop(current.item_id, []))
                if before is not None and before != path:
                    children += [self._placed[k] for k in self._kids.get(current.item_id, ())
                                 if k in self._placed]
                for child in reversed(children):
                    stack.append((child, path))

    def _is_notebook(self, container_id: str | None) -> bool:
        """Inside a OneNote notebook, at any depth."""
        seen = 0
        while container_id and seen < 1000:
            parent = self._placed.get(container_id)
            if parent is None:
                return False
            if parent.kind == "notebook":
                return True
            container_id, seen = parent.parent_id, seen + 1
        return False
