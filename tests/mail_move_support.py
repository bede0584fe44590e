"""Helpers for the mail-move tests: a saved Maildir written as the mail backup writes it, the
accounts, and what a Dovecot folder holds (read back over IMAP)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import imapclient

from app.backup.paths import safe_name
from app.mail.backup import MAIL_DIR
from app.mail.store import MaildirStore
from app.mail_move.accounts import MoveAccount, Security


@dataclass
class Saved:
    folder: str            # Maildir++ name as the backup makes it ("" Inbox)
    message_id: str | None
    subject: str
    received: datetime
    is_read: bool
    flagged: bool
    size: int


def make_message(mid: str | None, subject: str, when: datetime, size: int = 600) -> bytes:
    head = (f"From: Søren Ærø <soren@aero.dk>\nTo: mette@lillebager.dk\nSubject: {subject}\n"
            f"Date: {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n")
    if mid:
        head += f"Message-ID: {mid}\n"
    head += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    words = random.Random(subject).choices(["rugbrød", "kanel", "ovn", "levering"], k=size // 7)
    body = "\n".join(" ".join(words[i:i + 10]) for i in range(0, len(words), 10))
    return (head + body + "\n").encode()


def save_maildir(dest: Path, email: str, folders: dict[str, int], *, start: int = 0,
                 no_id_every: int = 0, size: int = 600, big: dict[str, int] | None = None
                 ) -> list[Saved]:
    """``folders``: Maildir++ name -> message count, written into DEST/Mail/<email>/Maildir."""
    root = dest / MAIL_DIR / safe_name(email) / "Maildir"
    store = MaildirStore(str(root))
    base = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    out = []
    n = start
    for folder, count in folders.items():
        store.ensure(folder)
        for i in range(count):
            n += 1
            mid = None if no_id_every and n % no_id_every == 0 else f"<m{n}.{email}@demo>"
            when = base - timedelta(hours=n * 7, seconds=n)
            subject = f"Besked {n} i {folder or 'Inbox'}"
            this = (big or {}).get(f"{folder}:{i}", size)
            data = make_message(mid, subject, when, this)
            store.add(folder, f"g{email}{n}", data, when.isoformat().replace("+00:00", "Z"),
                      is_read=n % 3 != 0, flagged=n % 4 == 0)
            out.append(Saved(folder, mid, subject, when, n % 3 != 0, n % 4 == 0, len(data)))
    return out


def account(email: str, port: int, security: Security = Security.PLAIN,
            user: str | None = None) -> MoveAccount:
    return MoveAccount(email, user or email, "127.0.0.1", port, security)


def server_view(port: int, user: str, password: str) -> dict[str, list[tuple]]:
    """Folder -> sorted (subject, message-id, seen, flagged, internal date ts) of its messages."""
    client = imapclient.IMAPClient("127.0.0.1", port=port, ssl=False)
    client.login(user, password)
    out: dict[str, list[tuple]] = {}
    try:
        for _flags, _delim, name in client.list_folders():
            client.select_folder(name, readonly=True)
            rows = client.fetch(client.search("ALL"), ["FLAGS", "INTERNALDATE",
                                        "BODY.PEEK[HEADER.FIELDS (SUBJECT MESSAGE-ID)]"])
            got = []
            for data in rows.values():
                head = data[b"BODY[HEADER.FIELDS (SUBJECT MESSAGE-ID)]"].decode()
                fields = dict(line.split(": ", 1) for line in head.split("\r\n") if ": " in line)
                when = data[b"INTERNALDATE"]
                got.append((fields.get("Subject", ""), fields.get("Message-ID"),
                            b"\\Seen" in data[b"FLAGS"], b"\\Flagged" in data[b"FLAGS"],
                            int(when.timestamp())))
            out[name] = sorted(got, key=lambda t: (t[0], t[4]))
    finally:
        client.logout()
    return out
