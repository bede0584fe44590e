"""The demo tenant's delta feed and its own clock of changes, as Graph behaves.

Microsoft's "driveItem: delta" page says a listing may name an item more than
once (use the last), marks deleted items with the ``deleted`` facet, ends with
an ``@odata.deltaLink`` whose token asks for the changes since, and answers an
old token with ``410 Gone`` (resyncRequired). The demo does each: a full
listing names some items first as they were and again, changed, at the end,
and names some a last time as deleted; a token is the tenant's change counter
when the listing began; :meth:`ChangeClock.tick` changes files on its own
(content, a rename, a new file, a deletion), so a second backup has changes
to fetch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from app.demo.tenant import DemoDrive, DemoItem, DemoTenant
from app.demo.wire import GraphFault

JsonDict = dict[str, Any]
ItemJson = Callable[..., JsonDict]


def stale_token() -> GraphFault:
    """Graph's answer to a delta token it no longer keeps."""
    return GraphFault(410, "resyncRequired", "Resync required. Replace any local items with the "
                      "server's version (including deletes) if you're sure that the service was "
                      "up to date with your local changes when you last sync'd.")


def parse_token(tenant: DemoTenant, token: str) -> int:
    """The change counter a token names; 410 when it is unknown or too old."""
    if not token.isdigit() or int(token) < tenant.oldest_token or int(token) > tenant.seq:
        raise stale_token()
    return int(token)


class DeltaEntries(Sequence[JsonDict]):
    """One listing's entries; each entry's JSON is made only for the page asked for."""

    def __init__(self, drive: DemoDrive, item_json: ItemJson, entries: list[tuple[str, DemoItem]]
                 ) -> None:
        self._drive, self._json, self._entries = drive, item_json, entries

    @classmethod
    def full(cls, drive: DemoDrive, item_json: ItemJson) -> DeltaEntries:
        """Every item; those changed while listed come first as they were, and last as they are;
        those deleted while listed come last as deleted."""
        items = list(drive.items.values())
        entries = [("stale" if i.stale else "live", i) for i in items]
        entries += [("live", i) for i in items if i.stale]
        entries += [("deleted", i) for i in items if i.deleted_in_listing]
        return cls(drive, item_json, entries)

    @classmethod
    def since(cls, tenant: DemoTenant, drive: DemoDrive, item_json: ItemJson, token: int
              ) -> DeltaEntries:
        """What changed after ``token``: changed items with their folders, then deletions."""
        changed = [i for i in drive.items.values() if i.version > token]
        wanted: dict[str, DemoItem] = {}
        for item in changed:  # like Graph, the folders on the way come too
            chain = []
            parent = drive.items.get(item.parent_id or "")
            while parent is not None and parent.id not in wanted:
                chain.append(parent)
                parent = drive.items.get(parent.parent_id or "")
            for folder in reversed(chain):
                wanted[folder.id] = folder
            wanted[item.id] = item
        entries = [("live", i) for i in wanted.values()]
        entries += [("deleted", gone) for gone, at in drive.deleted.values() if at > token]
        return cls(drive, item_json, entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [self._one(*e) for e in self._entries[index]]
        return self._one(*self._entries[index])

    def _one(self, how: str, item: DemoItem) -> JsonDict:
        if how == "deleted":
            return {"id": item.id, "name": item.name, "deleted": {"state": "deleted"},
                    "parentReference": {"driveId": self._drive.id, "id": item.parent_id},
                    "file": {}}
        body = self._json(self._drive, item, in_delta=True)
        if how == "stale" and item.stale:
            body = {**body, "name": item.stale.get("name", item.name),
                    "size": int(item.stale.get("size", item.size))}
            body["file"] = {**body.get("file", {}), "hashes": {
                "quickXorHash": item.stale.get("quickXorHash", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")}}
        return body


class ChangeClock:
    """Changes files of the demo tenant on its own, every ``every`` seconds (None: only on
    :meth:`tick`): a file's bytes, a rename, a new file and a deletion per round."""

    def __init__(self, tenant: DemoTenant, every: float | None = None) -> None:
        self.tenant = tenant
        self.every = every
        self.rounds = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.every:
            self._thread = threading.Thread(target=self._run, name="demo-changes", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self.every or 60.0):
            self.tick()

    def tick(self) -> dict[str, int]:
        """One round of changes in the admin's OneDrive; returns what it did."""
        t = self.tenant
        with t.lock:
            self.rounds += 1
            n = self.rounds
            drive = t.user_drive(t.admin_id)
            if drive is None:
                return {}
            files = [i for i in drive.items.values()
                     if not i.is_folder and not i.package and not i.malware and not i.remote_drive
                     and i.handed_out and not i.stale and not i.deleted_in_listing
                     and i.size < 10_000_000 and not self._in_notebook(drive, i)]
            did = {"changed": 0, "renamed": 0, "added": 0, "deleted": 0}
            if files:
                edited = files[n % len(files)]
                edited.revision += 1
                edited.size += 100
                edited.modified = t.now + timedelta(minutes=n)
                t.bump(edited)
                did["changed"] = 1
            if len(files) > 2:
                renamed = files[(n + 1) % len(files)]
                stem, dot, ext = renamed.name.rpartition(".")
                renamed.name = f"{stem} ({n}).{ext}" if dot and stem else f"{renamed.name} ({n})"
                t.bump(renamed)
                did["renamed"] = 1
            t.add_item(drive.id, drive.root.id, f"Ny fil {n}.txt", size=1000 + n)
            did["added"] = 1
            if len(files) > 3:
                t.delete_item(drive.id, files[(n + 3) % len(files)].id)
                did["deleted"] = 1
            return did

    @staticmethod
    def _in_notebook(drive: DemoDrive, item: DemoItem) -> bool:
        parent = drive.items.get(item.parent_id or "")
        while parent is not None:
            if parent.package:
                return True
            parent = drive.items.get(parent.parent_id or "")
        return False
