"""The demo tenant's Outlook endpoints: mail folders, message delta, MIME, calendars, contacts.

Follows Microsoft's pages "List mailFolders" (``includeHiddenFolders``),
"List childFolders", "message: delta" (per folder, ``@odata.nextLink`` then
``@odata.deltaLink``; removed items as ``@removed``), "Get MIME content of a
message" (``/messages/{id}/$value``), "List calendars", "List events",
"List instances" (event-list-instances), "List contacts" and "List
contactFolders". Each mailbox counts its requests in progress:
:attr:`MailStore.max_active` is the most it ever saw at once, the check for
Outlook's "4 concurrent requests per app per mailbox" ("Microsoft Graph
service-specific throttling limits", Outlook service limits); with
``MailStore.limits`` set (:mod:`app.demo.mail_limits`) a fifth request at once,
or one over the window's 10,000, gets 429 ``ApplicationThrottled`` with Retry-After.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from app.demo.mail_data import DemoMailbox, MailStore, series_instances
from app.demo.tenant import DemoTenant
from app.demo.wire import Answer, Call, GraphFault, JsonDict

PAGE = 100

MAIL_SCOPES: dict[str, tuple[str, ...]] = {
    "mail": ("Mail.Read", "Mail.ReadWrite", "Mail.ReadBasic.All"),
    "mail-mime": ("Mail.Read", "Mail.ReadWrite"),
    "calendars": ("Calendars.Read", "Calendars.ReadWrite"),
    "contacts": ("Contacts.Read", "Contacts.ReadWrite"),
    "mailbox-settings": ("MailboxSettings.Read", "MailboxSettings.ReadWrite"),
}


class MailRoutes:
    """Routes for :class:`app.demo.routes.GraphRoutes` (permission keys in MAIL_SCOPES)."""

    def __init__(self, tenant: DemoTenant, store: MailStore | None = None) -> None:
        self.store = store or MailStore.for_tenant(tenant)

    def table(self) -> list[tuple[str, str, str, Callable[[Call], Answer]]]:
        u = r"/users/(?P<user>[^/]+)"
        f = r"/mailFolders/(?P<folder>[^/]+)"
        return [
            ("GET", u + r"/mailboxSettings", "mailbox-settings", self.mailbox_settings),
            ("GET", u + r"/mailFolders", "mail", self.top_folders),
            ("GET", u + f, "mail", self.folder),
            ("GET", u + f + r"/childFolders", "mail", self.child_folders),
            ("GET", u + f + r"/messages/delta", "mail", self.delta),
            ("GET", u + r"/messages/(?P<msg>[^/]+)/\$value", "mail-mime", self.mime),
            ("GET", u + r"/calendars", "calendars", self.calendars),
            ("GET", u + r"/calendars/(?P<cal>[^/]+)/events", "calendars", self.events),
            ("GET", u + r"/events/(?P<event>[^/]+)/instances", "calendars", self.instances),
            ("GET", u + r"/contacts", "contacts", self.contacts),
            ("GET", u + r"/contactFolders", "contacts", self.contact_folders),
            ("GET", u + r"/contactFolders/(?P<cf>[^/]+)/contacts", "contacts",
             self.folder_contacts),
        ]

    # -- the mailbox and its concurrency ----------------------------------------------

    def _box(self, call: Call) -> DemoMailbox:
        box = self.store.mailbox(call.match["user"] if call.match else "")
        if box is None:
            raise GraphFault(404, "MailboxNotEnabledForRESTAPI",
                             "The mailbox is either inactive, soft-deleted, or is hosted "
                             "on-premise.")
        return box

    @contextmanager
    def _gate(self, box: DemoMailbox) -> Iterator[None]:
        self._enter(box)
        try:
            if self.store.latency:
                time.sleep(self.store.latency)
            yield
        finally:
            self._leave(box)

    def _enter(self, box: DemoMailbox) -> None:
        s = self.store
        with s.lock:
            now = s.active.get(box.user_id, 0) + 1
            if s.limits is not None:     # Outlook's limits, when a test turned them on
                refused = s.limits.admit(box.user_id, now, time.monotonic())
                if refused is not None:
                    raise refused
            s.active[box.user_id] = now
            s.max_active[box.user_id] = max(now, s.max_active.get(box.user_id, 0))
            s.max_total = max(s.max_total, sum(s.active.values()))

    def _leave(self, box: DemoMailbox) -> None:
        with self.store.lock:
            self.store.active[box.user_id] -= 1

    # -- folders ----------------------------------------------------------------------

    def mailbox_settings(self, call: Call) -> Answer:
        box = self._box(call)
        with self._gate(box):
            return Answer(body={"userPurpose": self.store.purposes.get(box.user_id, "user"),
                                "timeZone": "Romance Standard Time"})

    def _folders(self, call: Call, parent: str | None) -> Answer:
        box = self._box(call)
        hidden = call.query.get("includeHiddenFolders", "").lower() == "true"
        with self._gate(box), self.store.lock:
            found = [box.folder_json(f) for f in box.folders.values()
                     if f.parent_id == parent and (hidden or not f.hidden)]
        return Answer(collection=found)

    def top_folders(self, call: Call) -> Answer:
        return self._folders(call, None)

    def child_folders(self, call: Call) -> Answer:
        box = self._box(call)
        folder = self._folder_of(box, call)
        return self._folders(call, folder)

    def _folder_of(self, box: DemoMailbox, call: Call) -> str:
        key = call.match["folder"] if call.match else ""
        if key in box.folders:
            return key
        for folder in box.folders.values():
            if folder.well_known == key.lower():
                return folder.id
        raise GraphFault(404, "ErrorItemNotFound", "The specified object was not found in the "
                         "store.")

    def folder(self, call: Call) -> Answer:
        box = self._box(call)
        with self._gate(box), self.store.lock:
            return Answer(body=box.folder_json(box.folders[self._folder_of(box, call)]))

    def delta(self, call: Call) -> Answer:
        """message: delta, with our own $skiptoken and $deltatoken (a change number)."""
        box = self._box(call)
        folder = self._folder_of(box, call)
        since = int(call.query.get("$deltatoken") or 0)
        skip = int(call.query.get("$skiptoken") or 0)
        page = PAGE
        prefer = call.headers.get("prefer", "")
        if "odata.maxpagesize=" in prefer:
            page = max(1, min(1000, int(prefer.split("odata.maxpagesize=")[1].split(",")[0])))
        fields = call.query.pop("$select", "")     # applied here: the server's would drop value
        keep = {f.strip() for f in fields.split(",") if f.strip()} | {"id", "@removed",
                                                                    "singleValueExtendedProperties"}
        with self._gate(box), self.store.lock:
            upto = int(call.query.get("upto") or self.store.seq)
            changed = sorted((m for m in box.messages.values()
                              if m.folder_id == folder and since < m.seq <= upto
                              and not (m.deleted and since == 0)), key=lambda m: m.seq)
            values: list[JsonDict] = []
            for m in changed[skip:skip + page]:
                if m.deleted:
                    values.append({"@odata.type": "#microsoft.graph.message", "id": m.id,
                                   "@removed": {"reason": "deleted"}})
                else:
                    item = m.json()
                    if "0x0E08" in call.query.get("$expand", ""):
                        size = m.size(box.address) if m.kind != "big" else 25 * 1024 * 1024
                        item["singleValueExtendedProperties"] = [
                            {"id": "Integer 0x0e08", "value": str(size)}]
                    if fields:
                        item = {k: v for k, v in item.items() if k in keep}
                    values.append(item)
        base = (f"http://{call.headers.get('host', '127.0.0.1')}/v1.0/users/{box.user_id}"
                f"/mailFolders/{folder}/messages/delta")
        body: dict[str, Any] = {"value": values}
        expand = call.query.get("$expand")
        extra = f"&$expand={expand}" if expand else ""
        if skip + page < len(changed):
            body["@odata.nextLink"] = (f"{base}?$deltatoken={since}&upto={upto}"
                                       f"&$skiptoken={skip + page}{extra}")
        else:
            body["@odata.deltaLink"] = f"{base}?$deltatoken={upto}{extra}"
        return Answer(body=body)

    # -- MIME -------------------------------------------------------------------------

    def mime(self, call: Call) -> Answer:
        box = self._box(call)
        key = call.match["msg"] if call.match else ""
        msg = box.messages.get(key)
        if msg is None or msg.deleted:
            raise GraphFault(404, "ErrorItemNotFound", "The specified object was not found in "
                             "the store.")
        self._enter(box)
        try:
            if self.store.latency:
                time.sleep(self.store.latency)
            length, chunks = msg.stream(box.address)
            s = self.store
            with s.lock:
                cut = s.cut_messages.get(key, 0) > 0
                if cut:
                    s.cut_messages[key] -= 1
                s.value_gets[key] = s.value_gets.get(key, 0) + 1
                after = s.arrive_after.get(box.user_id)
                if after is not None:
                    s.arrive_after[box.user_id] = after - 1
                    if after - 1 == 0:
                        del s.arrive_after[box.user_id]
                        s.changed_during_backup(box.user_id)
        except BaseException:
            self._leave(box)
            raise
        return Answer(raw=self._stream(box, chunks, length // 2 if cut else None),
                      raw_length=length, headers={"Content-Type": "text/plain"})

    def _stream(self, box: DemoMailbox, chunks: Iterator[bytes],
                cut_at: int | None) -> Iterator[bytes]:
        """The bytes; the mailbox's count drops before the last one leaves (a client can
        then send its next request), and a cut stops halfway."""
        sent = 0
        left = True
        try:
            pending = next(chunks, None)
            while pending is not None:
                following = next(chunks, None)
                if cut_at is not None and sent + len(pending) >= cut_at:
                    pending, following = pending[:max(0, cut_at - sent)], None
                if following is None and left:
                    self._leave(box)
                    left = False
                sent += len(pending)
                yield pending
                pending = following
        finally:
            if left:
                self._leave(box)

    # -- calendars and contacts -------------------------------------------------------

    def calendars(self, call: Call) -> Answer:
        box = self._box(call)
        with self._gate(box):
            return Answer(collection=[{k: v for k, v in c.items() if k != "events"}
                                      for c in box.calendars])

    def events(self, call: Call) -> Answer:
        box = self._box(call)
        cal = call.match["cal"] if call.match else ""
        with self._gate(box):
            for c in box.calendars:
                if c["id"] == cal:
                    return Answer(collection=list(c["events"]))
        raise GraphFault(404, "ErrorItemNotFound", "The specified object was not found in the "
                         "store.")

    def instances(self, call: Call) -> Answer:
        box = self._box(call)
        key = call.match["event"] if call.match else ""
        for param in ("startDateTime", "endDateTime"):
            if param not in call.query:
                raise GraphFault(400, "ErrorInvalidParameter", f"This request requires a "
                                 f"time window specified by the query string parameters "
                                 f"StartDateTime and EndDateTime ({param}).")
        start = _parse(call.query["startDateTime"])
        end = _parse(call.query["endDateTime"])
        with self._gate(box):
            for c in box.calendars:
                for event in c["events"]:
                    if event["id"] == key:
                        if event.get("type") != "seriesMaster":
                            return Answer(collection=[])
                        found = [i for i in series_instances(event)
                                 if start <= _parse(i["start"]["dateTime"]) < end]
                        return Answer(collection=found)
        raise GraphFault(404, "ErrorItemNotFound", "The specified object was not found in the "
                         "store.")

    def contacts(self, call: Call) -> Answer:
        box = self._box(call)
        with self._gate(box):
            return Answer(collection=list(box.contacts))

    def contact_folders(self, call: Call) -> Answer:
        box = self._box(call)
        with self._gate(box):
            return Answer(collection=[{k: v for k, v in f.items() if k != "contacts"}
                                      for f in box.contact_folders])

    def folder_contacts(self, call: Call) -> Answer:
        box = self._box(call)
        key = call.match["cf"] if call.match else ""
        with self._gate(box):
            for f in box.contact_folders:
                if f["id"] == key:
                    return Answer(collection=list(f["contacts"]))
        raise GraphFault(404, "ErrorItemNotFound", "The specified object was not found in the "
                         "store.")


def _parse(text: str) -> datetime:
    text = text.replace("Z", "").split(".")[0]
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
