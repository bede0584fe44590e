"""One listed message saved, in two stages: its MIME fetched (or found already saved), then
written, read back and checked.

A mailbox's fetcher threads run both, one message at a time
(:meth:`app.mail.mailbox.MailboxWorker._fetch`); the second hands the message's outcome to
the recorder, which writes the manifest in batches, each made durable first
(:mod:`app.mail.recording`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from app.mail.http import MailboxGate, MailFetchError, MailHttp, MailNotFound
from app.mail.manifest import MailManifest, MessageRow
from app.mail.recording import Outcome, Recorder
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


def store_message(store: MaildirStore | MboxStore, manifest: MailManifest, recorder: Recorder,
                  user: str, got: Fetched) -> Outcome:
    """The second stage: the message written (or its earlier copy found), read back and
    checked (:func:`app.mail.verify.check`), and handed to ``recorder``, which records it
    ``verified`` or ``failed`` once its file is durable. Returns what it handed in."""
    maildir = isinstance(store, MaildirStore)
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
            if not maildir:  # mbox (fsynced by mailbox); a Maildir file is found by its name
                manifest.set_state(user, row.id, "saved", path=path)
            fetched = True
            data = store.read(path)
            reason = check(data, received_size=got.size, listed_size=row.size, imid=row.imid,
                           exact=maildir)
        elif reason is None and path is not None:
            data = store.read(path)
            reason = check(data, received_size=len(data), listed_size=row.size, imid=row.imid,
                           exact=maildir)
    except OSError as exc:
        reason = f"could not be written ({exc})"
    finally:
        got.mime = None
    outcome = Outcome(user, row.id, "verified" if reason is None else "failed", path, reason,
                      fetched, file=path if maildir and reason is None else None)
    recorder.record(outcome)
    return outcome
