"""One listed message saved, in two stages: its MIME fetched (or found already saved), then
written, read back and checked.

The stages run on different threads (:meth:`app.mail.mailbox.MailboxWorker._fetch`): a
mailbox's 4 fetchers only download, and hand each message to the savers, so the mailbox
keeps its 4 requests in flight while the disk (write, fsync, read back) and the manifest
do their part. :func:`save_message` runs both stages on one thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from app.mail.http import MailboxGate, MailFetchError, MailHttp, MailNotFound, Stopped
from app.mail.manifest import MailManifest, MessageRow
from app.mail.store import MaildirStore, MboxStore
from app.mail.verify import check


@dataclass
class Fetched:
    """A message ready for the second stage: its MIME downloaded now (``mime``), or the path
    of a copy saved by an earlier run (``path``), or the reason it could not be had."""

    row: MessageRow
    name: str                                  # the local folder
    mime: IO[bytes] | bytes | None = None
    size: int = 0                              # bytes received, CRLF counted as LF
    path: str | None = None
    reason: str | None = None


def fetch_message(http: MailHttp, gate: MailboxGate, store: MaildirStore | MboxStore,
                  manifest: MailManifest, user: str, row: MessageRow,
                  name: str) -> Fetched | None:
    """The first stage; None when nothing is left to do (deleted in the mailbox)."""
    if row.state == "saved" and row.path:
        return Fetched(row, name, path=row.path)
    found = store.already(name, row.id)
    if found is not None:
        return Fetched(row, name, path=found)
    try:
        spool, size = http.mime(gate, user, row.id)
    except MailNotFound:
        manifest.set_state(user, row.id, "removed",
                           reason="deleted in the mailbox during the backup")
        return None
    except MailFetchError as exc:
        return Fetched(row, name, reason=f"could not be downloaded ({exc})")
    return Fetched(row, name, mime=spool, size=size)


def store_message(store: MaildirStore | MboxStore, manifest: MailManifest, user: str,
                  got: Fetched) -> tuple[str, bool]:
    """The second stage: the message's state in the manifest ("verified" or "failed") and
    whether its MIME was downloaded by this run."""
    exact = isinstance(store, MaildirStore)
    row, path, reason, fetched = got.row, got.path, got.reason, False
    try:
        if reason is None and got.mime is not None:
            if isinstance(got.mime, bytes):
                path = store.add(got.name, row.id, got.mime, row.received,
                                 is_read=row.is_read, flagged=row.flagged)
            else:
                with got.mime:
                    path = store.add(got.name, row.id, got.mime, row.received,
                                     is_read=row.is_read, flagged=row.flagged)
            if not exact:    # mbox; a Maildir file is found again by its name
                manifest.set_state(user, row.id, "saved", path=path)
            fetched = True
            data = store.read(path)
            reason = check(data, received_size=got.size, listed_size=row.size, imid=row.imid,
                           exact=exact)
        elif reason is None and path is not None:
            data = store.read(path)
            reason = check(data, received_size=len(data), listed_size=row.size, imid=row.imid,
                           exact=exact)
    except OSError as exc:
        reason = f"could not be written ({exc})"
    finally:
        got.mime = None
    state = "verified" if reason is None else "failed"
    manifest.set_state(user, row.id, state, path=path, reason=reason, fetched=fetched)
    return state, fetched


def save_message(http: MailHttp, gate: MailboxGate, store: MaildirStore | MboxStore,
                 manifest: MailManifest, user: str, row: MessageRow,
                 name: str) -> tuple[str, bool] | None:
    """Both stages on this thread; None when nothing was recorded (deleted in the mailbox,
    or stopped)."""
    try:
        got = fetch_message(http, gate, store, manifest, user, row, name)
    except Stopped:
        return None
    return None if got is None else store_message(store, manifest, user, got)
