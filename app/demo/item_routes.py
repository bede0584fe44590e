"""What third-party Graph clients ask of a drive, answered as a real tenant does.

- "List children of a driveItem": ``/drives/{d}/items/{id}/children`` and
  ``/drives/{d}/root/children``, paged with ``@odata.nextLink`` and ``$top``.
- Path addressing ("Addressing driveItems"): ``/drives/{d}/root:/Folder/name:`` and
  ``/drives/{d}/items/{id}:/name:``, with or without a trailing ``/children`` or
  ``/content``; a name that is not there answers 404 ``itemNotFound``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.demo.tenant import DemoDrive, DemoItem
from app.demo.wire import Answer, Call, GraphFault, item_not_found

if TYPE_CHECKING:
    from app.demo.file_routes import FileRoutes

_ADDRESSED = re.compile(r"/drives/(?P<drive>[^/]+)/(?P<base>root|items/[^/:]+):(?P<rest>.*)")


class ItemRoutes:
    """Children and path addressing, on top of :class:`FileRoutes`' drives and items."""

    def __init__(self, files: FileRoutes) -> None:
        self.files = files

    def table(self) -> list[tuple[str, str, str, Callable[[Call], Answer]]]:
        return [
            ("GET", _ADDRESSED.pattern, "files", self.addressed),
            ("GET", r"/drives/(?P<drive>[^/]+)/root/children", "files", self.root_children),
            ("GET", r"/drives/(?P<drive>[^/]+)/items/(?P<item>[^/]+)/children", "files",
             self.children),
        ]

    def _children_of(self, drive: DemoDrive, item: DemoItem) -> Answer:
        if not (item.is_folder or item.package):
            return Answer(collection=[])
        with self.files.tenant.lock:
            kids = [i for i in drive.items.values() if i.parent_id == item.id]
        return Answer(collection=[self.files.item_json(drive, k) for k in kids])

    def root_children(self, call: Call) -> Answer:
        drive = self.files.drive_of(call)
        return self._children_of(drive, drive.root)

    def children(self, call: Call) -> Answer:
        drive, item = self.files.item_of(call)
        return self._children_of(drive, item)

    def addressed(self, call: Call) -> Answer:
        match = _ADDRESSED.fullmatch(call.path)
        assert match is not None
        drive = self.files.drive_of(call)
        rest = match["rest"]
        rel, colon, tail = rest.partition(":")
        if colon and tail not in ("", "/children", "/content"):
            raise GraphFault(400, "invalidRequest", f"Resource not found for the segment "
                             f"'{tail.strip('/').split('/')[0]}'.")
        if match["base"] == "root":
            start = drive.root
        else:
            start = drive.items.get(match["base"][len("items/"):])
            if start is None:
                raise item_not_found()
        item = self._walk(drive, start, rel)
        if tail == "/children":
            return self._children_of(drive, item)
        if tail == "/content":
            return self.files.content_of(drive, item)
        return Answer(body=self.files.item_json(drive, item))

    def _walk(self, drive: DemoDrive, start: DemoItem, rel: str) -> DemoItem:
        """Follow names from ``start``; Graph matches names without regard to case."""
        current = start
        for name in (p for p in rel.split("/") if p):
            want = name.casefold()
            current = next((i for i in drive.items.values() if i.parent_id == current.id
                            and i.name.casefold() == want), None)  # type: ignore[assignment]
            if current is None:
                raise item_not_found()
        return current
