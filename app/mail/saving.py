"""One listed message saved: its MIME fetched (or found already saved), written, read back and checked."""

from __future__ import annotations

from app.mail.http import MailboxGate, MailFetchError, MailHttp, MailNotFound, Stopped
from app.mail.manifest import MailManifest, MessageRow
from app.mail.store import MaildirStore, MboxStore
from app.mail.verify import check


def save_message(http: MailHttp, gate: MailboxGate, store: MaildirStore | MboxStore,
                 manifest: MailManifest, user: str, row: MessageRow,
                 name: str) -> tuple[str, bool] | None:
    """The message's state in the manifest ("verified" or "failed") and whether its MIME was
    downloaded now; None when nothing was recorded (deleted in the mailbox, or stopped)."""
    exact = isinstance(store, MaildirStore)
    state, path, reason = "failed", None, None
    fetched = False
    try:
        if row.state == "saved" and row.path:
            data = store.read(row.path)
            path, size = row.path, len(data)
        else:
            found = store.already(name, row.id)
            if found is not None:
                data = store.read(found)
                path, size = found, len(data)
            else:
                try:
                    spool, size = http.mime(gate, user, row.id)
                except MailNotFound:
                    manifest.set_state(user, row.id, "removed",
                                       reason="deleted in the mailbox during the backup")
                    return None
                if isinstance(spool, bytes):
                    path = store.add(name, row.id, spool, row.received,
                                     is_read=row.is_read, flagged=row.flagged)
                else:
                    with spool:
                        path = store.add(name, row.id, spool, row.received,
                                         is_read=row.is_read, flagged=row.flagged)
                if not exact:    # mbox; a Maildir file is found again by its name
                    manifest.set_state(user, row.id, "saved", path=path)
                fetched = True
                data = store.read(path)
        reason = check(data, received_size=size, listed_size=row.size, imid=row.imid,
                       exact=exact)
        state = "verified" if reason is None else "failed"
    except MailFetchError as exc:
        reason = f"could not be downloaded ({exc})"
    except Stopped:
        return None
    except OSError as exc:
        reason = f"could not be written ({exc})"
    manifest.set_state(user, row.id, state, path=path, reason=reason, fetched=fetched)
    return state, fetched
