"""Who moves where: each user's new IMAP account (from a CSV or the wizard's table), and the
saved mailboxes found in the backup folder.

The CSV has a header row with the columns ``email,imap_user,imap_host`` and, optionally,
``imap_port``, ``security`` (``tls``, ``starttls`` or ``plain``) and ``password``::

    email,imap_user,imap_host,imap_port,security
    mette.kragh@lillebager.dk,mette@lillebager.dk,imap.example.net,993,tls
"""

from __future__ import annotations

import contextlib
import csv
import ipaddress
import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.backup.paths import safe_name
from app.mail.backup import MAIL_DIR
from app.mail.manifest import MANIFEST_NAME
from app.texts import translate


class Security(StrEnum):
    TLS = "tls"            # implicit TLS (993)
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (143)
    PLAIN = "plain"        # only with --insecure and a loopback host


DEFAULT_PORTS = {Security.TLS: 993, Security.STARTTLS: 143, Security.PLAIN: 143}


@dataclass(frozen=True)
class MoveAccount:
    email: str        # the user's Microsoft 365 address; names the saved mailbox folder
    imap_user: str
    imap_host: str
    imap_port: int = 993
    security: Security = Security.TLS

    def __repr__(self) -> str:
        return (f"MoveAccount({self.email!r}, {self.imap_user!r}@{self.imap_host}:"
                f"{self.imap_port}/{self.security.value})")


class AccountsFileError(ValueError):
    """The accounts CSV cannot be used; the message says which row and what."""


REQUIRED = ("email", "imap_user", "imap_host")
KNOWN = (*REQUIRED, "imap_port", "security", "password")


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_accounts_csv(path: Path) -> tuple[list[MoveAccount], dict[str, str]]:
    """The accounts in ``path`` and any per-row passwords (email -> password).

    Raises :class:`AccountsFileError` naming the row and what is wrong with it. A password
    is never part of the message."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
    except OSError as exc:
        raise AccountsFileError(translate(
            "mail_move", "Cannot read the accounts file {0}: {1}").format(
                path, exc.strerror or exc)) from None
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(text.splitlines(), dialect=dialect)
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise AccountsFileError(translate(
            "mail_move", "The accounts file {0} has no column {1}: the first row must name "
            "the columns email,imap_user,imap_host (and optionally imap_port, security, "
            "password).").format(path, ", ".join(missing)))
    accounts: list[MoveAccount] = []
    passwords: dict[str, str] = {}
    seen: set[str] = set()
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()
               if isinstance(v, str) or v is None}
        if not any(row.get(c) for c in KNOWN):
            continue
        for column in REQUIRED:
            if not row.get(column):
                raise AccountsFileError(translate(
                    "mail_move", "Row {0} of {1}: the column {2} is empty.").format(
                        number, path, column))
        email = row["email"]
        if "@" not in email:
            raise AccountsFileError(translate(
                "mail_move", "Row {0} of {1}: {2} is not an email address.").format(
                    number, path, email))
        if email.lower() in seen:
            raise AccountsFileError(translate(
                "mail_move", "Row {0} of {1}: {2} is there twice.").format(number, path, email))
        seen.add(email.lower())
        try:
            security = Security((row.get("security") or "tls").lower())
        except ValueError:
            raise AccountsFileError(translate(
                "mail_move", "Row {0} of {1}: security must be tls, starttls or plain, not "
                "{2}.").format(number, path, row.get("security"))) from None
        port_text = row.get("imap_port") or ""
        try:
            port = int(port_text) if port_text else DEFAULT_PORTS[security]
            if not 0 < port < 65536:
                raise ValueError
        except ValueError:
            raise AccountsFileError(translate(
                "mail_move", "Row {0} of {1}: {2} is not a port number.").format(
                    number, path, port_text)) from None
        accounts.append(MoveAccount(email, row["imap_user"], row["imap_host"], port, security))
        if row.get("password"):
            passwords[email] = row["password"]
    if not accounts:
        raise AccountsFileError(translate(
            "mail_move", "The accounts file {0} has no accounts.").format(path))
    return accounts, passwords


@dataclass(frozen=True)
class SavedMailbox:
    email: str
    folder_count: int
    message_count: int
    path: Path            # the user's Maildir (DIR/Mail/<email>/Maildir)
    verified: bool = True  # the backup's manifest has every saved message verified


def mail_root(source_dir: Path) -> Path:
    """DIR/Mail, or DIR itself when the admin pointed at the Mail folder."""
    source_dir = Path(source_dir)
    if (source_dir / MAIL_DIR).is_dir():
        return source_dir / MAIL_DIR
    return source_dir


def maildir_of(source_dir: Path, email: str) -> Path:
    return mail_root(source_dir) / safe_name(email) / "Maildir"


def maildir_folders(maildir: Path) -> list[str]:
    """The Maildir++ folder names ("" is the Inbox itself), Inbox first."""
    names = [""] if (maildir / "cur").is_dir() else []
    try:
        entries = sorted(os.listdir(maildir))
    except OSError:
        return names
    names += [e[1:] for e in entries
              if e.startswith(".") and e not in (".", "..") and (maildir / e / "cur").is_dir()]
    return names


def count_messages(maildir: Path, folder: str) -> int:
    path = maildir if not folder else maildir / ("." + folder)
    total = 0
    for sub in ("cur", "new"):
        with contextlib.suppress(OSError):
            total += sum(1 for e in os.scandir(path / sub) if e.is_file()
                         and not e.name.startswith("."))
    return total


def _failed_in_manifest(root: Path) -> dict[str, int]:
    """Messages per saved-mailbox folder name that the backup could not verify."""
    db = root / MANIFEST_NAME
    if not db.exists():
        return {}
    out: dict[str, int] = {}
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            rows = con.execute("SELECT path FROM messages WHERE state IN ('failed', 'listed', "
                               "'saved') AND path IS NOT NULL").fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return {}
    for (path,) in rows:
        parts = Path(path).parts
        if "Maildir" in parts:
            user = parts[parts.index("Maildir") - 1]
            out[user] = out.get(user, 0) + 1
    return out


def saved_mailboxes(source_dir: Path) -> list[SavedMailbox]:
    """The users whose Maildir is in DIR (DIR/Mail/<email>/Maildir), with their counts."""
    root = mail_root(source_dir)
    unverified = _failed_in_manifest(root)
    out = []
    try:
        users = sorted(os.listdir(root))
    except OSError:
        return []
    for user in users:
        maildir = root / user / "Maildir"
        if not maildir.is_dir() or "@" not in user:
            continue
        folders = maildir_folders(maildir)
        out.append(SavedMailbox(user, len(folders),
                                sum(count_messages(maildir, f) for f in folders), maildir,
                                unverified.get(user, 0) == 0))
    return out
