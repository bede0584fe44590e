"""The demo tenant's mailboxes, calendars and contacts, made up by a seeded generator.

Every user of the demo tenant gets a small mailbox; Mette Kragh's is the rich
one (nested folders, an Archive, a hidden folder, attachments, RFC 2047
subjects and names, a 25 MB attachment, a message without an
``internetMessageId``, a weekly series with an exception and a cancelled
occurrence, an all-day event in another time zone, contacts with several
addresses and phone numbers). A shared mailbox and a room mailbox are added
to the directory as users without licences, as Exchange Online shows them.

Nothing large is stored: a message's MIME is built when it is asked for, and
the 25 MB attachment is streamed from a seed. :meth:`MailStore.synthetic`
builds the benchmark's many mailboxes of ~20 KB messages the same way.
"""

from __future__ import annotations

import base64
import hashlib
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from app.demo.tenant import DemoTenant

JsonDict = dict[str, Any]
BIG_ATTACHMENT = 25 * 1024 * 1024
SHARED_ID = "7f1c2a9e-5d0b-5c31-9a77-1e2b3c4d5e01"
ROOM_ID = "7f1c2a9e-5d0b-5c31-9a77-1e2b3c4d5e02"
RICH_USER = "58ef9b98-40a9-5f4f-b80e-0b1eaaba9550"   # Mette Kragh


def _id(*parts: str) -> str:
    return "AAMk" + hashlib.sha256("/".join(parts).encode()).hexdigest()[:40]


def graph_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class DemoMessage:
    id: str
    folder_id: str
    subject: str
    sender: tuple[str, str]
    received: datetime
    is_read: bool = True
    flagged: bool = False
    imid: str | None = None         # None: Graph gives no internetMessageId
    kind: str = "plain"             # plain | attach | big | filler
    filler: int = 0                 # bytes of body text for "filler"
    seq: int = 0                    # change number, for delta
    deleted: bool = False
    _mime: bytes | None = None
    _length: int | None = None

    def json(self) -> JsonDict:
        """The message as Graph's message delta shows it."""
        return {
            "id": self.id, "parentFolderId": self.folder_id, "subject": self.subject,
            "receivedDateTime": graph_time(self.received), "isRead": self.is_read,
            "flag": {"flagStatus": "flagged" if self.flagged else "notFlagged"},
            "internetMessageId": self.imid,
            "from": {"emailAddress": {"name": self.sender[0], "address": self.sender[1]}},
            "hasAttachments": self.kind in ("attach", "big"),
        }

    # -- MIME --------------------------------------------------------------------

    def _headers(self, msg: EmailMessage, to: str) -> None:
        msg["From"] = formataddr(self.sender)
        msg["To"] = to
        msg["Subject"] = self.subject          # non-ASCII: RFC 2047 encoded words
        msg["Date"] = format_datetime(self.received)
        if self.imid:
            msg["Message-ID"] = self.imid

    def mime(self, to: str) -> bytes:
        if self._mime is None:
            rnd = random.Random(self.id)
            msg = EmailMessage()
            self._headers(msg, to)
            if self.kind == "filler":
                # plain ASCII lines: 7bit, so the demo server makes 20,000 of them cheaply
                line = " ".join(rnd.choice(_ASCII_WORDS) for _ in range(12))
                msg.set_content((line + "\n") * max(1, self.filler // (len(line) + 1)))
            else:
                msg.set_content(f"Hej,\n\n{self.subject}.\n\nVenlig hilsen\n{self.sender[0]}\n")
            if self.kind == "attach":
                msg.add_attachment(rnd.randbytes(48_000), maintype="application",
                                   subtype="pdf", filename="Tilbud æblekage.pdf")
            data = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
            if self.kind != "filler":      # the benchmark's 20,000 are made anew each time
                self._mime = data
            return data
        return self._mime

    def stream(self, to: str) -> tuple[int, Iterator[bytes]]:
        """Content length and the bytes, in chunks (the big one is never held whole)."""
        if self.kind != "big":
            data = self.mime(to)
            self._length = len(data)
            return len(data), iter([data])
        return self.size(to), self._big(to)

    def size(self, to: str) -> int:
        """The MIME's length (worked out once)."""
        if self._length is None:
            self._length = sum(len(c) for c in self._big(to)) if self.kind == "big" \
                else len(self.mime(to))
        return self._length

    def _big(self, to: str) -> Iterator[bytes]:
        msg = EmailMessage()
        self._headers(msg, to)
        boundary = "=_cancel365_demo_" + self.id[-12:]
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
        policy = msg.policy.clone(linesep="\r\n")
        yield b"".join(policy.fold_binary(k, v) for k, v in msg.items()) + b"\r\n"
        yield (f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               "Her er videoen fra butikken.\r\n\r\n").encode()
        yield (f"--{boundary}\r\nContent-Type: video/mp4\r\nContent-Transfer-Encoding: base64"
               f'\r\nContent-Disposition: attachment; filename="Butikken.mp4"\r\n\r\n').encode()
        rnd = random.Random(self.id)
        block = rnd.randbytes(57 * 1024)            # 57 bytes -> one 76-character line
        left = BIG_ATTACHMENT
        while left > 0:
            part = block[:min(left, len(block))]
            left -= len(part)
            enc = base64.b64encode(part)
            yield b"".join(enc[i:i + 76] + b"\r\n" for i in range(0, len(enc), 76))
        yield f"\r\n--{boundary}--\r\n".encode()


@dataclass
class DemoFolder:
    id: str
    name: str
    parent_id: str | None             # None: the mailbox's root ("msgfolderroot")
    hidden: bool = False
    well_known: str | None = None


@dataclass
class DemoMailbox:
    user_id: str
    address: str
    folders: dict[str, DemoFolder] = field(default_factory=dict)
    messages: dict[str, DemoMessage] = field(default_factory=dict)
    calendars: list[JsonDict] = field(default_factory=list)     # each with "events"
    contact_folders: list[JsonDict] = field(default_factory=list)  # each with "contacts"
    contacts: list[JsonDict] = field(default_factory=list)      # the default folder

    def folder_json(self, folder: DemoFolder) -> JsonDict:
        live = [m for m in self.messages.values() if m.folder_id == folder.id and not m.deleted]
        size = sum(m.size(self.address) if m.kind != "big" else BIG_ATTACHMENT * 4 // 3
                   for m in live)
        return {
            "id": folder.id, "displayName": folder.name,
            "parentFolderId": folder.parent_id or _id(self.user_id, "root"),
            "childFolderCount": sum(1 for f in self.folders.values() if f.parent_id == folder.id),
            "unreadItemCount": sum(1 for m in live if not m.is_read),
            "totalItemCount": len(live), "sizeInBytes": size, "isHidden": folder.hidden,
        }


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

    def next_seq(self) -> int:
        with self.lock:
            self.seq += 1
            return self.seq

    def add_folder(self, box: DemoMailbox, name: str, parent: DemoFolder | None = None, *,
                   hidden: bool = False, well_known: str | None = None) -> DemoFolder:
        folder = DemoFolder(_id(box.user_id, "folder", parent.id if parent else "", name), name,
                            parent.id if parent else None, hidden, well_known)
        box.folders[folder.id] = folder
        return folder

    def add_message(self, box: DemoMailbox, folder: DemoFolder, subject: str,
                    sender: tuple[str, str], received: datetime, **kw: Any) -> DemoMessage:
        n = len(box.messages)
        mid = _id(box.user_id, "msg", str(n), subject)
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
                    store._rich(box, base)
                else:
                    store._plain(box, user, base)
        return store

    def _standard(self, box: DemoMailbox) -> dict[str, DemoFolder]:
        out = {}
        for wk, name in (("inbox", "Inbox"), ("sentitems", "Sent Items"), ("drafts", "Drafts"),
                         ("deleteditems", "Deleted Items"), ("archive", "Archive"),
                         ("junkemail", "Junk Email")):
            out[wk] = self.add_folder(box, name, well_known=wk)
        return out

    def _plain(self, box: DemoMailbox, user: JsonDict, base: datetime) -> None:
        rnd = random.Random(box.user_id)
        std = self._standard(box)
        for i in range(rnd.randint(3, 6)):
            self.add_message(box, std["inbox"], f"{rnd.choice(_SUBJECTS)} ({i + 1})",
                             rnd.choice(_SENDERS), base - timedelta(hours=7 * i + 3),
                             is_read=i % 3 != 0)
        self.add_message(box, std["sentitems"], "Re: Vagtplan", (user["displayName"], box.address),
                         base - timedelta(days=2))
        box.calendars.append({"id": _id(box.user_id, "cal"), "name": "Calendar",
                              "isDefaultCalendar": True, "events": [_event(
                                  box.user_id, "Personalemøde", datetime(2026, 12, 3, 14, 0),
                                  60, "Romance Standard Time")]})

    def _rich(self, box: DemoMailbox, base: datetime) -> None:
        std = self._standard(box)
        inbox = std["inbox"]
        kunder = self.add_folder(box, "Kunder", inbox)
        cafe = self.add_folder(box, "Café Østerbro", kunder)
        projekter = self.add_folder(box, "Projekter 2026")
        hidden = self.add_folder(box, "Skjulte noter", hidden=True)
        add = self.add_message
        add(box, inbox, "Æbleskiver til julemarkedet – bestilling", ("Søren Ærø", "soren@aero.dk"),
            base - timedelta(hours=1), is_read=False)
        add(box, inbox, "Tilbud på æblekage", ("Åse Øberg", "aase@oeberg.se"),
            base - timedelta(hours=5), kind="attach", flagged=True)
        add(box, inbox, "Uden Message-ID", ("Gammel printer", "scan@lillebager.dk"),
            base - timedelta(days=1), imid=None)
        add(box, inbox, "Ordre #2231 bekræftet", ("Webshop", "ordre@lillebager.dk"),
            base - timedelta(days=2))
        add(box, inbox, "Грузовик приедет в 7 утра", ("Дмитрий", "dmitri@example.com"),
            base - timedelta(days=3), is_read=False, flagged=True)
        add(box, kunder, "Fast levering hver fredag", ("Kaffebaren", "info@kaffebaren.dk"),
            base - timedelta(days=6))
        add(box, cafe, "Kanelsnegle × 40", ("Café Østerbro", "hej@cafeosterbro.dk"),
            base - timedelta(days=8), kind="attach")
        add(box, cafe, "Faktura 1042", ("Café Østerbro", "hej@cafeosterbro.dk"),
            base - timedelta(days=9))
        add(box, projekter, "Ny ovn – tidsplan", ("Anders Holm", "anders.holm@lillebager.dk"),
            base - timedelta(days=20))
        add(box, std["archive"], "Video fra butikken", ("Freja Dahl", "freja.dahl@lillebager.dk"),
            base - timedelta(days=120), kind="big")
        for i in range(6):
            add(box, std["archive"], f"Gammel korrespondance {i + 1}", random.Random(i).choice(
                _SENDERS), base - timedelta(days=200 + i * 11))
        add(box, std["sentitems"], "Re: Æbleskiver til julemarkedet", ("Mette Kragh", box.address),
            base - timedelta(minutes=30))
        add(box, std["deleteditems"], "Nyhedsbrev", ("Grossisten", "news@grossist.dk"),
            base - timedelta(days=4))
        add(box, hidden, "Note til mig selv", ("Mette Kragh", box.address),
            base - timedelta(days=30))
        box.calendars.append({"id": _id(box.user_id, "cal"), "name": "Calendar",
                              "isDefaultCalendar": True, "events": rich_events(box.user_id)})
        box.calendars.append({"id": _id(box.user_id, "cal2"), "name": "Butikken",
                              "isDefaultCalendar": False, "events": [_event(
                                  box.user_id, "Vareopptælling", datetime(2026, 12, 28, 7, 0),
                                  180, "Romance Standard Time")]})
        box.contacts.extend(rich_contacts())
        box.contact_folders.append({"id": _id(box.user_id, "cf"), "displayName": "Leverandører",
                                    "contacts": supplier_contacts()})

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


def _event(user_id: str, subject: str, start: datetime, minutes: int, tz: str,
           **extra: Any) -> JsonDict:
    """A single event as Graph returns it with ``Prefer: outlook.timezone="UTC"``."""
    zone = _ZONES[tz]
    aware = start.replace(tzinfo=zone)
    end = aware + timedelta(minutes=minutes)
    return {"id": _id(user_id, "event", subject), "subject": subject, "type": "singleInstance",
            "iCalUId": _id(user_id, "uid", subject)[4:] + "@lillebager.dk",
            "start": {"dateTime": _utc_local(aware), "timeZone": "UTC"},
            "end": {"dateTime": _utc_local(end), "timeZone": "UTC"},
            "originalStartTimeZone": tz, "originalEndTimeZone": tz, "isAllDay": False,
            "isCancelled": False, "isReminderOn": True, "reminderMinutesBeforeStart": 15,
            "location": {"displayName": "Butikken"}, "body": {"contentType": "text",
                                                             "content": subject},
            "organizer": {"emailAddress": {"name": "Mette Kragh",
                                           "address": "mette.kragh@lillebager.dk"}},
            "attendees": [], "showAs": "busy", "sensitivity": "normal",
            "lastModifiedDateTime": "2026-10-01T10:00:00Z", **extra}


def _utc_local(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000")


def rich_events(user_id: str) -> list[JsonDict]:
    """The weekly series (with its exception and cancelled occurrence) and the all-day event.

    The series: Mondays 09:00-10:00 Copenhagen time, 10 times from 2026-02-16 (across the
    change to summer time on 29 March); the third (2 March) moved to 10:30 with another
    subject, the fifth (16 March) cancelled.
    """
    series = _event(user_id, "Ugemøde", datetime(2026, 2, 16, 9, 0), 60, "Romance Standard Time",
                    type="seriesMaster", reminderMinutesBeforeStart=10,
                    attendees=[
                        {"type": "required", "status": {"response": "accepted"},
                         "emailAddress": {"name": "Anders Holm",
                                          "address": "anders.holm@lillebager.dk"}},
                        {"type": "optional", "status": {"response": "tentativelyAccepted"},
                         "emailAddress": {"name": "Sofie Lund",
                                          "address": "sofie.lund@lillebager.dk"}}],
                    recurrence={
                        "pattern": {"type": "weekly", "interval": 1, "daysOfWeek": ["monday"],
                                    "firstDayOfWeek": "monday", "month": 0, "dayOfMonth": 0,
                                    "index": "first"},
                        "range": {"type": "numbered", "startDate": "2026-02-16",
                                  "endDate": "0001-01-01", "numberOfOccurrences": 10,
                                  "recurrenceTimeZone": "Romance Standard Time"}})
    allday = _event(user_id, "Messe i Seattle", datetime(2026, 3, 10), 0, "Pacific Standard Time")
    allday.update({"isAllDay": True, "isReminderOn": False,
                   "start": {"dateTime": "2026-03-10T00:00:00.0000000", "timeZone": "UTC"},
                   "end": {"dateTime": "2026-03-12T00:00:00.0000000", "timeZone": "UTC"},
                   "location": {"displayName": "Seattle Convention Center"}})
    return [series, allday]


def series_instances(series: JsonDict) -> list[JsonDict]:
    """What ``GET /events/{id}/instances`` answers for the demo's weekly series."""
    zone = _ZONES["Romance Standard Time"]
    out = []
    for n in range(10):
        start = datetime(2026, 2, 16, 9, 0, tzinfo=zone) + timedelta(weeks=n)
        if n == 4:
            continue                       # cancelled: the recurrence yields it, instances not
        inst = {k: v for k, v in series.items() if k not in ("recurrence",)}
        inst.update({"id": f"{series['id']}_{n}", "seriesMasterId": series["id"],
                     "type": "occurrence", "originalStart": graph_time(start)})
        begin, end = start, start + timedelta(hours=1)
        if n == 2:
            begin, end = start + timedelta(minutes=90), start + timedelta(minutes=150)
            inst.update({"type": "exception", "subject": "Ugemøde (flyttet)"})
        inst["start"] = {"dateTime": _utc_local(begin), "timeZone": "UTC"}
        inst["end"] = {"dateTime": _utc_local(end), "timeZone": "UTC"}
        out.append(inst)
    return out


def rich_contacts() -> list[JsonDict]:
    return [
        {"id": _id("c", "1"), "displayName": "Søren Ærø", "givenName": "Søren", "surname": "Ærø",
         "companyName": "Ærø Mølle", "jobTitle": "Møller",
         "emailAddresses": [{"name": "Søren Ærø", "address": "soren@aero.dk"},
                            {"name": "Søren (privat)", "address": "soren.aero@example.com"}],
         "businessPhones": ["+45 62 52 10 00", "+45 62 52 10 01"], "homePhones": ["+45 33 12 34 56"],
         "mobilePhone": "+45 20 30 40 50",
         "businessAddress": {"street": "Møllevej 4", "city": "Ærøskøbing",
                             "postalCode": "5970", "countryOrRegion": "Danmark"},
         "birthday": "1970-05-17T00:00:00Z", "personalNotes": "Leverer mel hver tirsdag."},
        {"id": _id("c", "2"), "displayName": "Åse Øberg", "givenName": "Åse", "surname": "Øberg",
         "emailAddresses": [{"name": "Åse", "address": "aase@oeberg.se"}],
         "businessPhones": [], "homePhones": [], "mobilePhone": "+46 70 123 45 67"},
        {"id": _id("c", "3"), "displayName": "Kaffebaren", "companyName": "Kaffebaren ApS",
         "emailAddresses": [{"address": "info@kaffebaren.dk"}, {"address": "bogholderi@kaffebaren.dk"},
                            {"address": "ordre@kaffebaren.dk"}],
         "businessPhones": ["+45 70 20 30 40"], "homePhones": [], "mobilePhone": None},
    ]


def supplier_contacts() -> list[JsonDict]:
    return [
        {"id": _id("c", "s1"), "displayName": "Grossisten A/S", "companyName": "Grossisten A/S",
         "emailAddresses": [{"address": "salg@grossist.dk"}], "businessPhones": ["+45 86 00 00 00"],
         "homePhones": [], "mobilePhone": None},
        {"id": _id("c", "s2"), "displayName": "Dmitri Ivanov", "givenName": "Дмитрий",
         "surname": "Иванов", "emailAddresses": [{"address": "dmitri@example.com"}],
         "businessPhones": [], "homePhones": [], "mobilePhone": "+7 912 000 00 00"},
    ]


def _zones() -> dict[str, Any]:
    from zoneinfo import ZoneInfo
    return {"Romance Standard Time": ZoneInfo("Europe/Copenhagen"),
            "Pacific Standard Time": ZoneInfo("America/Los_Angeles")}


_ZONES = _zones()
_SUBJECTS = ["Vagtplan uge 49", "Bestilling af rugbrød", "Møde om julemarkedet", "Ferie",
             "Kassen stemmer ikke", "Leverance forsinket", "Ny opskrift"]
_SENDERS = [("Grossisten", "salg@grossist.dk"), ("Mette Kragh", "mette.kragh@lillebager.dk"),
            ("Bjørn Østergård", "bjorn@example.dk"), ("Kaffebaren", "info@kaffebaren.dk")]
_ASCII_WORDS = ["bread", "cinnamon", "butter", "flour", "oven", "customer", "order", "delivery",
                "cake", "invoice", "week", "morning"]
_WORDS = ["rugbrød", "kanel", "smør", "mel", "ovn", "kunde", "bestilling", "levering", "kage",
          "faktura", "uge", "morgen"]
