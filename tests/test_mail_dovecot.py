"""The Maildir served as it is by a real Dovecot on loopback (Debian's dovecot-imapd, a private
config): over IMAP the folder tree, message counts, flags and internal dates match the demo."""

from __future__ import annotations

import imaplib
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.demo.graph_server import DemoGraphServer
from app.mail.store import imap_utf7
from tests.dovecot_support import DOVECOT, Dovecot, hand_to_dovecot
from tests.mail_support import RICH, demo_box, mail_backup

pytestmark = pytest.mark.skipif(DOVECOT is None, reason="dovecot-imapd is not installed")


@pytest.fixture
def dovecot() -> Iterator[tuple[int, Path]]:
    """Dovecot serving the backup's Maildir as it is (any user, password "backup")."""
    server = Dovecot(static_password="backup", flavour="maildir")
    server.mail_location = (f"maildir:{server.tmp}/backup/Mail/%u/Maildir:LAYOUT=maildir++:"
                            f"INDEX={server.run_dir}/index/%u")
    with server:
        yield server.port, server.tmp / "backup"


def test_dovecot_serves_the_maildir_with_folders_counts_flags_and_dates(
        demo_server: DemoGraphServer, dovecot: tuple[int, Path]) -> None:
    port, dest = dovecot
    assert mail_backup(demo_server, dest, users=[RICH]).complete
    hand_to_dovecot(dest)     # as root: Dovecot's mail processes run as the dovecot user
    box = demo_box(demo_server)

    def imap_name(folder_id: str) -> str:
        chain = []
        folder = box.folders[folder_id]
        while folder is not None:
            chain.insert(0, folder)
            folder = box.folders.get(folder.parent_id) if folder.parent_id else None
        names = [imap_utf7(f.name) for f in chain]
        return ".".join(["INBOX", *names[1:]]) if chain[0].well_known == "inbox" else \
            ".".join(names)

    imap = imaplib.IMAP4("127.0.0.1", port)
    imap.login(RICH, "backup")
    typ, listing = imap.list()
    assert typ == "OK"
    served = {re.search(rb'"\." "?(.*?)"?$', line).group(1).decode() for line in listing}
    assert served == {imap_name(f) for f in box.folders}

    for folder_id in box.folders:
        want = sorted((m.is_read, m.flagged, int(m.received.timestamp()))
                      for m in box.messages.values() if m.folder_id == folder_id)
        typ, data = imap.select(f'"{imap_name(folder_id)}"', readonly=True)
        assert typ == "OK" and int(data[0]) == len(want)
        got = []
        if want:
            typ, rows = imap.fetch("1:*", "(FLAGS INTERNALDATE)")
            for row in rows:
                text = row.decode() if isinstance(row, bytes) else row[0].decode()
                flags = re.search(r"FLAGS \(([^)]*)\)", text).group(1)
                when = re.search(r'INTERNALDATE "([^"]+)"', text).group(1)
                stamp = int(datetime.strptime(when, "%d-%b-%Y %H:%M:%S %z").timestamp())
                got.append(("\\Seen" in flags, "\\Flagged" in flags, stamp))
        assert sorted(got) == want, imap_name(folder_id)
    imap.logout()
