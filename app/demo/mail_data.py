"""The demo tenant's mail: every mailbox in one store, its fault switches, and how it is built.

Every user of the demo tenant gets a small mailbox (:mod:`app.demo.ordinary_mail`);
Mette Kragh's is the rich one (:mod:`app.demo.rich_mailbox`: nested folders, an
Archive, a hidden folder, attachments, RFC 2047 subjects and names, a 25 MB
attachment, a message without an ``internetMessageId``, a weekly series with an
exception and a cancelled occurrence, an all-day event in another time zone
(:mod:`app.demo.calendar_data`), contacts with several addresses and phone numbers
(:mod:`app.demo.contact_data`)). A shared mailbox and a room mailbox are added
to the directory as users without licences, as Exchange Online shows them.

Nothing large is stored: a message's MIME is built when it is asked for
(:mod:`app.demo.mailbox_model`), and the 25 MB attachment is streamed from a seed
(:mod:`app.demo.big_attachment`). :meth:`MailStore.synthetic` builds the benchmark's
many mailboxes of ~20 KB messages the same way.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from app.demo.big_attachment import BIG_ATTACHMENT
from app.demo.calendar_data import rich_events, series_instances
from app.demo.contact_data import rich_contacts, supplier_contacts
from app.demo.mail_limits import OutlookLimits
from app.demo.mailbox_model import (
    DemoFolder,
    DemoMailbox,
    DemoMessage,
    JsonDict,
    demo_id,
    graph_time,
)
from app.demo.ordinary_mail import fill_plain
from app.demo.rich_mailbox import fill_rich
from app.demo.tenant import DemoTenant

__all__ = ["BIG_ATTACHMENT", "RICH_USER", "ROOM_ID", "SHARED_ID", "DemoFolder", "DemoMailbox",
           "DemoMessage", "JsonDict", "MailStore", "graph_time", "rich_contacts", "rich_events",
           "series_instances", "supplier_contacts"]

SHARED_ID = "7f1c2a9e-5d0b-5c31-9a77-1e2b3c4d5e01"
ROOM_ID = "7f1c2a9e-5d0b-5c31-9a77-1e2b3c4d5e02"
RICH_USER = "58ef9b98-40a9-5f4f-b80e-0b1eaaba9550"   # Mette Kragh


class MailStore:
    """Every mailbox of the demo tenant, plus the fault switches for mail."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.mailboxes: dict[str, DemoMailbox] = {}
        self.seq = 0
        # fault switches and observations
        self.cut_messages: dict[str, int] = {}        # message id -> times to cut mid-MIME
        self.arrive_after: dict[str, int] = {}        # user id -> after N $value GETs, change
        self.latency = 0.0                            # seconds added to every mailbox call
        self.active: dict[str, int] = {}              # user id -> requests in progress
        self.max_active: dict[str, int] = {}
        self.max_total = 0                            # requests in progress, all mailboxes
        self.value_gets: dict[str, int] = {}          # message id -> $value GETs answered
        self.purposes: dict[str, str] = {}            # user id -> mailboxSettings.userPurpose
        self.changed: list[str] = []                  # folders a change removed from
        self.limits: OutlookLimits | None = None      # Outlook's limits enforced (mail_limits)

    def next_seq(self) -> int:
        with self.lock:
            self.seq += 1
            return self.seq

    def add_folder(self, box: DemoMailbox, name: str, parent: DemoFolder | None = None, *,
                   hidden: bool = False, well_known: str | None = None) -> DemoFolder:
        folder = DemoFolder(demo_id(box.user_id, "folder", parent.id if parent else "", name),
                            name, parent.id if parent else None, hidden, well_known)
        box.folders[folder.id] = folder
        return folder

    def add_message(self, box: DemoMailbox, folder: DemoFolder, subject: str,
                    sender: tuple[str, str], received: datetime, **kw: Any) -> DemoMessage:
        n = len(box.messages)
        mid = demo_id(box.user_id, "msg", str(n), subject)
        imid = kw.pop("imid", f"<{mid[4:20]}.{n}@lillebager.dk>")
        msg = DemoMessage(mid, folder.id, subject, sender, received, imid=imid,
                          seq=self.next_seq(), **kw)
        box.messages[mid] = msg
        return msg

    def mailbox(self, key: str) -> DemoMailbox | None:
        box = self.mailboxes.get(key)
        if box is None:
            box = next((b for b in self.mailboxes.values() if b.address.lower() == key.lower()),
                       None)
        return box

    def changed_during_backup(self, user_id: str) -> None:
        """Mid-backup, a new message arrives in the Inbox and an already saved one is deleted
        from another folder, so both counts differ from what was saved."""
        with self.lock:
            box = self.mailboxes[user_id]
            inbox = next(f for f in box.folders.values() if f.well_known == "inbox")
            victim = next((m for m in box.messages.values()
                           if m.folder_id != inbox.id and not m.deleted and m.kind == "plain"
                           and self.value_gets.get(m.id)), None)
            self.add_message(box, inbox, "Kom lige ind under backuppen",
                             ("Kunde", "kunde@example.com"), datetime.now(UTC))
            if victim is not None:
                victim.deleted = True
                victim.seq = self.next_seq()
            self.changed.append(victim.folder_id if victim else "")

    # -- building ------------------------------------------------------------------

    @classmethod
    def for_tenant(cls, tenant: DemoTenant) -> MailStore:
        store = cls()
        base = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
        with tenant.lock:
            for uid, name, upn, purpose in (
                    (SHARED_ID, "Info Lillebager", "info@lillebager.dk", "shared"),
                    (ROOM_ID, "Mødelokalet", "moedelokale@lillebager.dk", "room")):
                tenant.users.setdefault(uid, {"id": uid, "displayName": name,
                                              "userPrincipalName": upn, "mail": upn,
                                              "assignedLicenses": []})
                store.purposes[uid] = purpose
            for user in tenant.users.values():
                box = DemoMailbox(user["id"], user["mail"] or user["userPrincipalName"])
                store.mailboxes[user["id"]] = box
                if user["id"] == RICH_USER:
                    fill_rich(store, box, base)
                else:
                    fill_plain(store, box, user, base)
        return store

    @classmethod
    def synthetic(cls, tenant: DemoTenant, mailboxes: int, per_mailbox: int,
                  size: int = 20_000) -> MailStore:
        """The benchmark's mailboxes: ``mailboxes`` users, ``per_mailbox`` messages each."""
        store = cls()
        base = datetime(2026, 6, 1, tzinfo=UTC)
        with tenant.lock:
            tenant.users.clear()
            for n in range(mailboxes):
                uid = f"00000000-0000-5000-8000-{n:012d}"
                upn = f"bench{n:03d}@lillebager.dk"
                tenant.users[uid] = {"id": uid, "displayName": f"Bench {n}",
                                     "userPrincipalName": upn, "mail": upn,
                                     "assignedLicenses": []}
                box = DemoMailbox(uid, upn)
                store.mailboxes[uid] = box
                inbox = store.add_folder(box, "Inbox", well_known="inbox")
                for i in range(per_mailbox):
                    store.add_message(box, inbox, f"Message {i}", ("Sender", "s@example.com"),
                                      base - timedelta(minutes=i), kind="filler", filler=size)
        return store
