"""A demo mailbox as Graph shows it: its folders and messages, each message's MIME built when asked."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from app.demo.big_attachment import BIG_ATTACHMENT, stream_big

JsonDict = dict[str, Any]


def demo_id(*parts: str) -> str:
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
        yield from stream_big(msg, self.id)


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
            "parentFolderId": folder.parent_id or demo_id(self.user_id, "root"),
            "childFolderCount": sum(1 for f in self.folders.values() if f.parent_id == folder.id),
            "unreadItemCount": sum(1 for m in live if not m.is_read),
            "totalItemCount": len(live), "sizeInBytes": size, "isHidden": folder.hidden,
        }


_ASCII_WORDS = ["bread", "cinnamon", "butter", "flour", "oven", "customer", "order", "delivery",
                "cake", "invoice", "week", "morning"]
