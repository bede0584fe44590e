"""Where messages go: a Maildir++ tree per user (default) or one mbox file per folder.

Both are laid out with Python's :mod:`mailbox`. Maildir: the folders are made by
:class:`mailbox.Maildir`; a message is delivered as Maildir delivers (written in ``tmp/``,
renamed into ``cur/``; not with ``Maildir.add``, which fsyncs every message, see
:meth:`MaildirStore.add`) under a name that starts with its ``receivedDateTime`` and
carries its Graph id's hash and its flags (``S`` read, ``F`` flagged); the file's mtime
is the received time, which Dovecot serves as the IMAP INTERNALDATE. A resumed run finds
a message that was written but not yet recorded by that hash, so it is not fetched
again. Folder names are IMAP modified UTF-7, separated by ``.`` (Maildir++:
``.Kunder``, ``.INBOX.Kunder``), so Dovecot opens the tree with
``mail_location = maildir:<folder>``.

mbox: Thunderbird's layout (``Inbox``, ``Inbox.sbd/Kunder``), each message
with a ``From `` line dated when it was received and ``Status``/``X-Status``
flags. Before each append the file's length is recorded; a run that stopped
mid-append cuts the file back there, so no message stays half written.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import mailbox
import os
import threading
import time
from datetime import datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import IO

from app.backup.paths import safe_name

CHUNK = 256 * 1024
TMP_SUFFIX = ".cancel365-writing"    # a message being written in a Maildir's tmp/


def imap_utf7(name: str) -> str:
    """RFC 3501 modified UTF-7 (what Dovecot's Maildir++ folder names are on disk)."""
    out, pending = [], []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def id_hash(message_id: str) -> str:
    return hashlib.sha1(message_id.encode()).hexdigest()[:16]


def received_ts(received: str) -> float:
    try:
        return datetime.fromisoformat(received.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return time.time()


class MaildirStore:
    """One user's Maildir++ tree."""

    kind = "maildir"

    def __init__(self, root: str) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._boxes: dict[str, mailbox.Maildir] = {}
        self._found: dict[str, dict[str, str]] = {}

    def folder_name(self, path: list[str], under_inbox: bool) -> str:
        """The Maildir++ folder for a Graph folder path ([] is the Inbox itself)."""
        parts = [imap_utf7(p).replace(".", "_").replace("/", "_") for p in path]
        if under_inbox and parts:
            parts = ["INBOX", *parts]
        return ".".join(parts)

    def _box(self, name: str) -> mailbox.Maildir:
        with self._lock:
            box = self._boxes.get(name)
            if box is None:
                os.makedirs(os.path.dirname(self.root), exist_ok=True)
                root = mailbox.Maildir(self.root, factory=None, create=True)
                box = root if not name else root.add_folder(name)
                folder_path = self.folder_path(name)
                for stray in os.listdir(os.path.join(folder_path, "new")):
                    # we always move to cur/: a file in new/ is from a run that stopped there
                    os.remove(os.path.join(folder_path, "new", stray))
                for stray in os.listdir(os.path.join(folder_path, "tmp")):
                    if stray.endswith(TMP_SUFFIX):     # ours, from a run stopped mid-write
                        os.remove(os.path.join(folder_path, "tmp", stray))
                self._found[name] = {
                    part.split(".")[1][1:]: os.path.join(folder_path, "cur", part)
                    for part in os.listdir(os.path.join(folder_path, "cur"))
                    if part.count(".") >= 2 and part.split(".")[1].startswith("G")}
                self._boxes[name] = box
            return box

    def folder_path(self, name: str) -> str:
        return self.root if not name else os.path.join(self.root, "." + name)

    def ensure(self, name: str) -> None:
        """The folder exists, even when empty."""
        self._box(name)

    def already(self, name: str, message_id: str) -> str | None:
        """The file of a message written by an earlier run that stopped before recording it."""
        self._box(name)
        return self._found[name].get(id_hash(message_id))

    def add(self, name: str, message_id: str, data: IO[bytes] | bytes, received: str, *,
            is_read: bool, flagged: bool) -> str:
        """The message delivered as Maildir delivers (written in ``tmp/``, then renamed into
        ``cur/`` under its final name), its line ends LF as :mod:`mailbox` writes them; the
        file's path. Not yet durable: :class:`app.mail.recording.Recorder` makes a batch of
        files durable at once before their messages are recorded as verified
        (``mailbox.Maildir.add`` fsyncs every message: that and its extra stat, link and
        unlink were most of the time saving a message took, profiled with py-spy on
        benchmarks/mail.py)."""
        self._box(name)
        flags = ("F" if flagged else "") + ("S" if is_read else "")
        when = received_ts(received)
        folder = self.folder_path(name)
        key = id_hash(message_id)
        final = os.path.join(folder, "cur", f"{int(when)}.G{key}.cancel365:2,{flags}")
        tmp = os.path.join(folder, "tmp", f"{key}.{os.getpid()}.{threading.get_ident()}"
                           f"{TMP_SUFFIX}")
        try:
            with open(tmp, "wb") as f:
                if isinstance(data, bytes):         # most messages
                    f.write(data.replace(b"\r\n", b"\n"))
                else:                               # a big one, streamed from its spool file
                    _copy_lf(data, f)
            os.utime(tmp, (when, when))
            os.replace(tmp, final)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(tmp)
            raise
        return final

    def read(self, path: str) -> bytes:
        with open(path, "rb") as f:
            return f.read()

    def close(self) -> None:
        pass


class MboxStore:
    """One user's mbox files, Thunderbird's layout."""

    kind = "mbox"

    def __init__(self, root: str) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._boxes: dict[str, tuple[mailbox.mbox, threading.Lock]] = {}

    def folder_name(self, path: list[str], under_inbox: bool) -> str:
        parts = ["Inbox", *path] if under_inbox else list(path) or ["Inbox"]
        parts = [safe_name(p) for p in parts]
        return os.path.join(*[p + ".sbd" for p in parts[:-1]], parts[-1])

    def folder_path(self, name: str) -> str:
        return os.path.join(self.root, name)

    def _box(self, name: str) -> tuple[mailbox.mbox, threading.Lock]:
        with self._lock:
            found = self._boxes.get(name)
            if found is None:
                path = self.folder_path(name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                mark = path + ".c365append"
                if os.path.exists(mark):          # stopped mid-append: cut back
                    with open(mark) as f:
                        length = int(f.read() or 0)
                    with open(path, "r+b") as f:
                        f.truncate(length)
                    os.remove(mark)
                found = (mailbox.mbox(path, create=True), threading.Lock())
                self._boxes[name] = found
            return found

    def ensure(self, name: str) -> None:
        self._box(name)

    def already(self, name: str, message_id: str) -> str | None:
        return None

    def add(self, name: str, message_id: str, data: IO[bytes] | bytes, received: str, *,
            is_read: bool, flagged: bool) -> str:
        box, lock = self._box(name)
        path = self.folder_path(name)
        raw = data if isinstance(data, bytes) else data.read()
        head = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536])
        # the From line (sender, received time) and mutt's/Thunderbird's Status and X-Status
        # flags, as mailbox.mboxMessage would write them, without parsing the whole message
        stamp = time.asctime(time.gmtime(received_ts(received)))
        status = b"Status: " + (b"RO" if is_read else b"O") + b"\n"
        if flagged:
            status += b"X-Status: F\n"
        raw = f"From {_sender(head)} {stamp}\n".encode() + status + raw
        with lock:
            mark = path + ".c365append"
            with open(mark, "w") as f:
                f.write(str(os.path.getsize(path) if os.path.exists(path) else 0))
            key = box.add(raw)
            box.flush()
            os.remove(mark)
        return f"{path}#{key}"

    def read(self, path: str) -> bytes:
        name, _, key = path.rpartition("#")
        box, lock = self._box(os.path.relpath(name, self.root))
        with lock:
            return box.get_bytes(int(key))

    def close(self) -> None:
        with self._lock:
            for box, _lock in self._boxes.values():
                box.close()
            self._boxes.clear()


def _sender(msg: Message) -> str:
    from email.utils import parseaddr
    return parseaddr(str(msg.get("From", "")))[1] or "MAILER-DAEMON"


def _copy_lf(source: IO[bytes], target: IO[bytes]) -> None:
    """``source`` into ``target`` with CRLF as LF (and a last lone CR as LF), as
    :mod:`mailbox` writes a message from a binary file, in chunks: memory stays flat."""
    carry = b""
    while chunk := source.read(CHUNK):
        chunk = carry + chunk
        carry = b"\r" if chunk.endswith(b"\r") else b""
        target.write(chunk[:len(chunk) - len(carry)].replace(b"\r\n", b"\n"))
    if carry:
        target.write(b"\n")


def make_store(kind: str, root: str) -> MaildirStore | MboxStore:
    if kind == "mbox":
        return MboxStore(root)
    return MaildirStore(root)

