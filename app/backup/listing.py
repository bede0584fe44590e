"""A drive's items from delta pages, with their paths rebuilt from parentReference.id.

Delta answers carry no paths (and may list a child before its folder), so the
whole listing is read first and each item's path is put together from the
chain of parent ids. No call per file: the delta pages hold everything the
backup needs, including a fresh pre-authenticated download URL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.graph.client import GraphClient

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
        reason = ("A OneNote notebook is not a file Microsoft 365 can hand out; export it "
                  "from OneNote (File > Export) or open it there." if kind == "notebook" else
                  f"A '{package or 'package'}' item has no file content to download.")
    else:
        kind = "other"
        reason = "Microsoft 365 lists no file content for this item."
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
    by_id: dict[str, ListedItem] = {}
    for page in graph.pages(f"/drives/{drive_id}/root/delta", params={"$top": str(page_size)}):
        for raw in page.get("value", []):
            if "deleted" in raw or "id" not in raw:
                by_id.pop(str(raw.get("id")), None)
                continue
            item = to_item(raw)
            by_id[item.item_id] = item  # a later entry for the same id wins
        if on_page:
            on_page(len(by_id))
    return _with_paths(by_id)


def _with_paths(by_id: dict[str, ListedItem]) -> list[ListedItem]:
    children: dict[str | None, list[ListedItem]] = {}
    roots: list[ListedItem] = []
    for item in by_id.values():
        if item.parent_id is None or item.parent_id not in by_id:
            roots.append(item)
        else:
            children.setdefault(item.parent_id, []).append(item)
    out: list[ListedItem] = []
    stack: list[tuple[ListedItem, str]] = []
    for root in roots:
        # The drive's root has no parent; an orphan (its folder missing) goes at the top.
        is_drive_root = root.parent_id is None
        stack.append((root, "" if is_drive_root else "/" + root.name))
    while stack:
        item, path = stack.pop()
        item.server_path = path or "/"
        if item.parent_id is not None or item.kind != "folder":
            out.append(item)
        for child in reversed(children.get(item.item_id, [])):
            stack.append((child, f"{path}/{child.name}"))
    return out
