"""A drive's items from delta pages, with their paths rebuilt from parentReference.id.

Delta answers carry no paths (and may list a child before its folder), so the
whole listing is read first and each item's path is put together from the
chain of parent ids. No call per file: the delta pages hold everything the
backup needs, including a fresh pre-authenticated download URL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.graph.client import GraphClient
from app.texts import translate

PAGE_SIZE = 999  # Graph's largest delta page
JsonDict = dict[str, Any]


@dataclass
class ListedItem:
    """One file, folder or notebook of a drive, as the listing found it."""

    item_id: str
    name: str
    parent_id: str | None
    kind: str                  # file, folder, notebook, other
    size: int
    quickxor: str | None
    modified: float | None     # seconds since the epoch (the file's own time)
    download_url: str | None   # pre-authenticated; kept in memory only
    server_path: str = ""      # '/Folder/name.ext' from the drive's root
    reason: str = ""           # why it cannot be downloaded


def parse_time(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def to_item(raw: JsonDict) -> ListedItem:
    """One delta entry to a :class:`ListedItem`."""
    parent = raw.get("parentReference") or {}
    fs_info = raw.get("fileSystemInfo") or {}
    modified = parse_time(fs_info.get("lastModifiedDateTime") or raw.get("lastModifiedDateTime"))
    reason = ""
    if "folder" in raw or "root" in raw:
        kind = "folder"
    elif "file" in raw:
        kind = "file"
    elif "package" in raw:
        package = (raw.get("package") or {}).get("type", "")
        kind = "notebook" if package == "oneNote" else "other"
        if kind == "notebook":
            reason = translate(
                "backup", "A OneNote notebook is not a file Microsoft 365 can hand out; export it "
                "from OneNote (File > Export) or open it there.")
        else:
            reason = translate("backup", "A '{0}' item has no file content to download.").format(
                package or "package")
    else:
        kind = "other"
        reason = translate("backup", "Microsoft 365 lists no file content for this item.")
    hashes = (raw.get("file") or {}).get("hashes") or {}
    return ListedItem(
        item_id=str(raw["id"]), name=str(raw.get("name") or ""),
        parent_id=None if "root" in raw else parent.get("id"),
        kind=kind, size=int(raw.get("size") or 0), quickxor=hashes.get("quickXorHash"),
        modified=modified, download_url=raw.get("@microsoft.graph.downloadUrl"), reason=reason)


def list_drive(graph: GraphClient, drive_id: str,
               on_page: Callable[[int], None] | None = None, *,
               page_size: int = PAGE_SIZE) -> list[ListedItem]:
    """Every live item of a drive, paths rebuilt, folders before their contents."""
    out: list[ListedItem] = []
    for batch in listing_batches(graph, drive_id, page_size=page_size):
        out.extend(batch)
        if on_page:
            on_page(len(out))
    return out


def listing_batches(graph: GraphClient, drive_id: str, *,
                    page_size: int = PAGE_SIZE) -> Iterator[list[ListedItem]]:
    """The drive's items page by page, each as soon as its folder's path is known.

    Downloads can start while later pages are still being listed. Items whose
    folder has not come yet wait for it; any still waiting at the end (their
    folder never came) are placed at the top of the drive.
    """
    paths = PathResolver()
    for page in graph.pages(f"/drives/{drive_id}/root/delta", params={"$top": str(page_size)}):
        ready = paths.feed(to_item(raw) for raw in page.get("value", [])
                           if "id" in raw and "deleted" not in raw)
        if ready:
            yield ready
    rest = paths.finish()
    if rest:
        yield rest


class PathResolver:
    """Rebuilds '/Folder/name' paths from parentReference.id, whatever the order."""

    def __init__(self) -> None:
        self._folder_paths: dict[str, str] = {}          # folder id -> its path ('' = root)
        self._waiting: dict[str, list[ListedItem]] = {}  # parent id -> items waiting for it
        self._seen: set[str] = set()

    def feed(self, items: Iterable[ListedItem]) -> list[ListedItem]:
        """Items whose path is now known, each folder before its contents."""
        ready: list[ListedItem] = []
        for item in items:
            if item.item_id in self._seen:
                continue  # a later entry for an item already handed out
            self._seen.add(item.item_id)
            if item.parent_id is None:  # the drive's root
                self._place(item, "", ready, emit=False)
            elif item.parent_id in self._folder_paths:
                self._place(item, self._folder_paths[item.parent_id], ready)
            else:
                self._waiting.setdefault(item.parent_id, []).append(item)
        return ready

    def finish(self) -> list[ListedItem]:
        """Items whose folder never came, placed at the top."""
        ready: list[ListedItem] = []
        while self._waiting:
            _, orphans = self._waiting.popitem()
            for item in orphans:
                self._place(item, "", ready)
        return ready

    def _place(self, item: ListedItem, parent_path: str, ready: list[ListedItem], *,
               emit: bool = True) -> None:
        stack = [(item, parent_path, emit)]
        while stack:
            current, parent, show = stack.pop()
            path = f"{parent}/{current.name}" if show else ""
            current.server_path = path or "/"
            if show:
                ready.append(current)
            if current.kind == "folder":
                self._folder_paths[current.item_id] = path
                for child in reversed(self._waiting.pop(current.item_id, [])):
                    stack.append((child, path, True))
