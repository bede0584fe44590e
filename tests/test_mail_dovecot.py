"""The Maildir served as it is by a real Dovecot on loopback (Debian's dovecot-imapd, a private
config): over IMAP the folder tree, message counts, flags and internal dates match the demo."""

from __future__ import annotations

import imaplib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from app.demo.graph_server import DemoGraphServer
from app.mail.store import imap_utf7
from tests.mail_support import RICH, demo_box, mail_backup

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot")
                                      else None)
pytestmark = pytest.mark.skipif(DOVECOT is None, reason="dovecot-imapd is not installed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dovecot() -> Iterator[tuple[int, Path]]:
    # not under pytest's tmp_path: its 0700 parents keep the dovecot user out when run as root
    tmp_path = Path(tempfile.mkdtemp(prefix="cancel365-dovecot-"))
    os.chmod(tmp_path, 0o755)
    mail_root = tmp_path / "backup" / "Mail"
    run = tmp_path / "dovecot"
    run.mkdir()
    port = _free_port()
    me = pwd.getpwuid(os.getuid())
    login, internal = ("dovenull", "dovecot") if os.getuid() == 0 else (me.pw_name, me.pw_name)
    # Dovecot never runs a mail process as root: as root, the test hands the backup to the
    # dovecot user first (see chown_for_dovecot)
    owner = pwd.getpwnam("dovecot") if os.getuid() == 0 else me
    conf = run / "dovecot.conf"
    conf.write_text(f"""
base_dir = {run}/base
state_dir = {run}/state
log_path = {run}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
default_login_user = {login}
default_internal_user = {internal}
mail_location = maildir:{mail_root}/%u/Maildir:LAYOUT=maildir++:INDEX={run}/index/%u
passdb {{
  driver = static
  args = password=backup
}}
userdb {{
  driver = static
  args = uid={owner.pw_uid} gid={owner.pw_gid} home={run}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
first_valid_uid = 1
""")
    os.chmod(run, 0o755)
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"dovecot did not start: {proc.stdout.read() if proc.stdout else ''}")
                time.sleep(0.1)
        yield port, tmp_path / "backup"
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(tmp_path, ignore_errors=True)


def test_dovecot_serves_the_maildir_with_folders_counts_flags_and_dates(
        demo_server: DemoGraphServer, dovecot: tuple[int, Path]) -> None:
    port, dest = dovecot
    assert mail_backup(demo_server, dest, users=[RICH]).complete
    if os.getuid() == 0:
        owner = pwd.getpwnam("dovecot")
        for path in [dest, *dest.rglob("*"), dest.parent / "dovecot"]:
            os.chown(path, owner.pw_uid, owner.pw_gid)
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
