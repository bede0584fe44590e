"""A new provider for the Move mail page's tests and screenshots: the shared loopback Dovecot
(tests/dovecot_support.py, SPECIAL-USE folders, '/' delimiter) taking any user with one
password, over plain IMAP (the page allows plain text only for a loopback test server)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.dovecot_support import DOVECOT, Dovecot

__all__ = ["DOVECOT", "PASSWORD", "ImapTarget", "running_dovecot"]

PASSWORD = "new-provider-pw-7Q"   # found nowhere in a file written by the wizard (a test greps)


@dataclass(frozen=True)
class ImapTarget:
    port: int
    mail_root: Path        # the users' new mailboxes
    password: str = PASSWORD


@contextlib.contextmanager
def running_dovecot(password: str = PASSWORD) -> Iterator[ImapTarget]:
    if DOVECOT is None:
        raise RuntimeError("dovecot-imapd is not installed")
    with Dovecot(static_password=password) as server:
        yield ImapTarget(server.port, server.mail_dir, password)
