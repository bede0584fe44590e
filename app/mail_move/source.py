"""The saved mailbox as it is on disk: Maildir++ folders and their messages, each with its
flags (from the file name), received time (the file's mtime) and matching key."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from imapclient import imap_utf7

from app.mail_move.accounts import maildir_folders

FLAG_LETTERS = {"S": b"\\Seen", "F": b"\\Flagged", "R": b"\\Answered", "D": b"\\Draft"}
KEY_FIELDS = ("MESSAGE-ID", "DATE", "FROM", "TO", "SUBJECT")
_SPACE = re.compile(r"\s+")


@dataclass
class SourceMessage:
    path: Path
    flags: tuple[bytes, ...]
    when: datetime
    key: str

    def data(self) -> bytes:
        """The message with CRLF line ends, as IMAP wants it."""
        with open(self.path, "rb") as f:
            raw = f.read()
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


@dataclass
class SourceFolder:
    name: str                 # the Maildir++ name ("" is the Inbox), modified UTF-7
    parts: list[str]          # decoded names below the Inbox or the top ([] is the Inbox)
    under_inbox: bool
    messages: list[SourceMessage] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "/".join(["Inbox", *self.parts] if self.under_inbox else self.parts)


def decode_name(name: str) -> str:
    """A modified-UTF-7 folder name decoded (imapclient's codec)."""
    return imap_utf7.decode(name.encode("ascii", "replace"))


def encode_name(name: str) -> str:
    out = imap_utf7.encode(name)
    return out.decode("ascii") if isinstance(out, bytes) else out


def message_key(head: bytes) -> str:
    """The Message-ID, or a digest of Date, From, To and Subject when there is none."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(head)
    mid = "".join(str(headers.get("Message-ID", "") or "").split())
    if mid:
        return "id:" + mid
    text = "\n".join(_SPACE.sub(" ", str(headers.get(f, "") or "")).strip()
                     for f in KEY_FIELDS[1:])
    return "digest:" + hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def read_head(path: Path, limit: int = 262144) -> bytes:
    """The header block of a message file (up to the first empty line)."""
    with open(path, "rb") as f:
        data = f.read(16384)
        while b"\n\n" not in data and b"\r\n\r\n" not in data and len(data) < limit:
            more = f.read(16384)
            if not more:
                break
            data += more
    end = data.find(b"\n\n")
    alt = data.find(b"\r\n\r\n")
    cut = min(x for x in (end, alt, len(data)) if x >= 0)
    return data[:cut + 2]


def _flags(filename: str) -> tuple[bytes, ...]:
    _, sep, info = filename.rpartition(":2,")
    if not sep:
        return ()
    return tuple(FLAG_LETTERS[c] for c in sorted(set(info)) if c in FLAG_LETTERS)


def read_folder(maildir: Path, name: str) -> SourceFolder:
    raw_parts = [p for p in name.split(".") if p] if name else []
    under_inbox = not raw_parts or raw_parts[0].upper() == "INBOX"
    if raw_parts and raw_parts[0].upper() == "INBOX":
        raw_parts = raw_parts[1:]
    folder = SourceFolder(name, [decode_name(p) for p in raw_parts], under_inbox)
    base = maildir if not name else maildir / ("." + name)
    for sub in ("cur", "new"):
        try:
            entries = sorted(os.scandir(base / sub), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if not entry.is_file() or entry.name.startswith("."):
                continue
            path = Path(entry.path)
            when = datetime.fromtimestamp(int(entry.stat().st_mtime), UTC)
            folder.messages.append(SourceMessage(path, _flags(entry.name), when,
                                                 message_key(read_head(path))))
    return folder


def read_mailbox(maildir: Path) -> list[SourceFolder]:
    """Every folder of a saved Maildir, the Inbox first, parents before children."""
    return [read_folder(maildir, n) for n in maildir_folders(maildir)]
