"""A real Dovecot (Debian's dovecot-imapd) on loopback with a private config, for the tests.

:class:`Dovecot` writes the config, starts ``dovecot -F`` and stops it. Options: users with
passwords (a passwd-file, each with an optional quota), a quota plugin (``[OVERQUOTA]``, and a
largest message size that makes it refuse a message), TLS on an imaps port and STARTTLS with a
throwaway CA (trustme), and two flavours: "modern" ('/' delimiter, SPECIAL-USE folders,
MULTIAPPEND) and "plain" ('.' delimiter, an ``INBOX.`` namespace prefix, neither SPECIAL-USE nor
MULTIAPPEND in its capabilities, like many older servers).

Dovecot never runs a mail process as root: when the tests run as root, the mail processes
run as the ``dovecot`` user, the folders they write are handed to it first, and the whole
tree lives under a 0755 temp dir (not pytest's tmp_path, whose 0700 parents keep it out).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if os.path.exists("/usr/sbin/dovecot")
                                      else None)

PLAIN_CAPABILITIES = ("IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT "
                      "THREAD=REFERENCES UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED "
                      "I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH SEARCHRES LIST-STATUS BINARY MOVE "
                      "QUOTA")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dovecot_owner() -> pwd.struct_passwd:
    return pwd.getpwnam("dovecot") if os.getuid() == 0 else pwd.getpwuid(os.getuid())


def hand_to_dovecot(*paths: Path) -> None:
    """As root, the dovecot user owns what its mail processes must read or write."""
    if os.getuid() != 0:
        return
    owner = dovecot_owner()
    for top in paths:
        for path in [top, *top.rglob("*")]:
            os.chown(path, owner.pw_uid, owner.pw_gid)


@dataclass
class Dovecot:
    """``users``: name -> password; ``quota``: name -> storage limit ("200K")."""

    users: dict[str, str] = field(default_factory=dict)
    static_password: str | None = None       # any user, this password (serving a backup)
    mail_location: str | None = None         # default: a fresh maildir per user
    flavour: str = "modern"                  # "modern", "plain" or "maildir" (Dovecot's default)
    quota: dict[str, str] = field(default_factory=dict)
    max_mail_size: str | None = None          # e.g. "1M": larger APPENDs are refused
    tls: bool = False
    fsync: str = "optimized"                  # Dovecot's mail_fsync (benchmarks: "never")

    def __post_init__(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="cancel365-dovecot-"))
        os.chmod(self.tmp, 0o755)
        self.run_dir = self.tmp / "dovecot"
        self.run_dir.mkdir()
        self.mail_dir = self.tmp / "mail"
        self.mail_dir.mkdir()
        self.port = free_port()
        self.tls_port = free_port() if self.tls else 0
        self.ca_file: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None

    # -- config ---------------------------------------------------------------------------

    def _tls_files(self) -> tuple[Path, Path]:
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        self.ca_file = self.tmp / "ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        cert_file, key_file = self.run_dir / "cert.pem", self.run_dir / "key.pem"
        cert.private_key_pem.write_to_path(str(key_file))
        with open(cert_file, "wb") as f:
            for blob in cert.cert_chain_pems:
                f.write(blob.bytes())
        os.chmod(key_file, 0o600)
        return cert_file, key_file

    def config(self) -> str:
        me = pwd.getpwuid(os.getuid())
        login, internal = ("dovenull", "dovecot") if os.getuid() == 0 else (me.pw_name, me.pw_name)
        owner = dovecot_owner()
        run = self.run_dir
        location = self.mail_location or f"maildir:{self.mail_dir}/%u/Maildir:INDEX={run}/index/%u"
        if self.static_password is not None:
            passdb = f"passdb {{\n  driver = static\n  args = password={self.static_password}\n}}"
        else:
            lines = []
            for user, password in self.users.items():
                extra = f"userdb_quota_rule=*:storage={self.quota[user]}" if user in self.quota \
                    else ""
                lines.append(f"{user}:{{PLAIN}}{password}::::::{extra}")
            (run / "passwd").write_text("\n".join(lines) + "\n")
            passdb = f"passdb {{\n  driver = passwd-file\n  args = {run}/passwd\n}}"
        userdb_args = f"uid={owner.pw_uid} gid={owner.pw_gid} home={run}/home/%u"
        if self.static_password is not None:
            userdb = f"userdb {{\n  driver = static\n  args = {userdb_args}\n}}"
        else:
            userdb = (f"userdb {{\n  driver = passwd-file\n  args = {run}/passwd\n"
                      f"  default_fields = {userdb_args}\n}}")
        if self.flavour == "maildir":     # Dovecot's default namespace: '.', no prefix
            namespace = ""
        elif self.flavour == "plain":
            namespace = """namespace inbox {
  inbox = yes
  separator = .
  prefix = INBOX.
}
imap_capability = """ + PLAIN_CAPABILITIES
        else:
            namespace = """namespace inbox {
  inbox = yes
  separator = /
  prefix =
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
}"""
        quota = ""
        if self.quota or self.max_mail_size:
            quota = ("mail_plugins = $mail_plugins quota\n"
                     "protocol imap {\n  mail_plugins = $mail_plugins quota imap_quota\n}\n"
                     "plugin {\n  quota = maildir:User quota\n"
                     + (f"  quota_max_mail_size = {self.max_mail_size}\n"
                        if self.max_mail_size else "")
                     + "}\n")
        if self.tls:
            cert, key = self._tls_files()
            ssl = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}\n"
            imaps = f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {self.tls_port}\n  }}"
        else:
            ssl = "ssl = no\n"
            imaps = "  inet_listener imaps {\n    port = 0\n  }"
        return f"""
base_dir = {run}/base
state_dir = {run}/state
log_path = {run}/dovecot.log
protocols = imap
listen = 127.0.0.1
{ssl}disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = {login}
default_internal_user = {internal}
mail_location = {location}
{namespace}
{quota}{passdb}
{userdb}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
{imaps}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
first_valid_uid = 1
mail_max_userip_connections = 50
mail_fsync = {self.fsync}
"""

    # -- run ------------------------------------------------------------------------------

    def start(self) -> Dovecot:
        assert DOVECOT is not None
        conf = self.run_dir / "dovecot.conf"
        conf.write_text(self.config())
        os.chmod(self.run_dir, 0o755)
        for sub in ("index", "home"):
            (self.run_dir / sub).mkdir(exist_ok=True)
        hand_to_dovecot(self.mail_dir, self.run_dir / "index", self.run_dir / "home")
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        ports = [p for p in (self.port, self.tls_port) if p]
        deadline = time.monotonic() + 60
        while ports:
            try:
                socket.create_connection(("127.0.0.1", ports[0]), 0.5).close()
                ports.pop(0)
            except OSError:
                if self.proc.poll() is not None:
                    out = self.proc.stdout.read() if self.proc.stdout else b""
                    raise RuntimeError(f"dovecot did not start: {out.decode(errors='replace')}\n"
                                       f"{self.log()}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError("dovecot did not open its port in 60 s") from None
                time.sleep(0.1)
        return self

    def log(self) -> str:
        try:
            return (self.run_dir / "dovecot.log").read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
            self.proc = None
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class FaultProxy:
    """TCP forwarding to ``port`` on loopback, in threads. ``cut_after(n)``: the next
    connection is cut once the client has sent ``n`` bytes (mid-APPEND when ``n`` is past the
    login); ``hold_after(n)``: the client's bytes stop being forwarded after ``n`` (the
    server never answers; for a kill -9 mid-user). Later connections pass through."""

    def __init__(self, port: int) -> None:
        self.upstream = port
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.mode: tuple[str, int] | None = None
        self.cuts = 0
        self.connections = 0
        self.held = threading.Event()
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after(self, n: int) -> None:
        self.mode = ("cut", n)

    def hold_after(self, n: int) -> None:
        self.mode = ("hold", n)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            with self._lock:
                mode, self.mode = self.mode, None
                self.connections += 1
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream))
            except OSError:
                client.close()
                continue
            self._socks += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, mode),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, None),
                             daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, mode: tuple[str, int] | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if mode is not None and sent + len(data) > mode[1]:
                    keep = mode[1] - sent
                    if keep > 0:
                        dst.sendall(data[:keep])
                    if mode[0] == "cut":
                        self.cuts += 1
                        break
                    self.held.set()
                    while src.recv(65536):     # swallow, never answer
                        pass
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self.server.close()
        for s in self._socks:
            with contextlib.suppress(OSError):
                s.close()
