"""A new provider for the Move mail page's tests and screenshots: Debian's Dovecot on loopback
with a private configuration, every user's password the same, plain IMAP (the page allows
plain text only for a loopback test server)."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot")
                                      else None)
PASSWORD = "new-provider-pw-7Q"   # found nowhere in a file written by the wizard (a test greps)


@dataclass(frozen=True)
class ImapTarget:
    port: int
    mail_root: Path        # each user's new mailbox: mail_root/<user>/Maildir
    password: str = PASSWORD


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_dovecot(password: str = PASSWORD) -> Iterator[ImapTarget]:
    if DOVECOT is None:
        raise RuntimeError("dovecot-imapd is not installed")
    # not under pytest's tmp_path: its 0700 parents keep the dovecot user out when run as root
    tmp = Path(tempfile.mkdtemp(prefix="cancel365-imap-target-"))
    os.chmod(tmp, 0o755)
    target, run = tmp / "mail", tmp / "dovecot"
    target.mkdir()
    run.mkdir()
    port = _free_port()
    me = pwd.getpwuid(os.getuid())
    login, internal = ("dovenull", "dovecot") if os.getuid() == 0 else (me.pw_name, me.pw_name)
    owner = pwd.getpwnam("dovecot") if os.getuid() == 0 else me   # never a mail process as root
    os.chown(target, owner.pw_uid, owner.pw_gid)
    (run / "dovecot.conf").write_text(f"""
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
mail_location = maildir:{target}/%u/Maildir:LAYOUT=fs:INDEX={target}/%u/index
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
  mailbox Archive {{
    special_use = \\Archive
    auto = subscribe
  }}
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={owner.pw_uid} gid={owner.pw_gid} home={target}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
first_valid_uid = 1
""")
    os.chmod(run, 0o755)
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(run / "dovecot.conf")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                if proc.poll() is not None:
                    out = proc.stdout.read() if proc.stdout else b""
                    raise RuntimeError(f"dovecot did not start: {out!r}") from None
                time.sleep(0.1)
        yield ImapTarget(port, target, password)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
