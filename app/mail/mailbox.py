"""One mailbox backed up: listed by delta, saved 4 at a time, counted against Graph, calendars, contacts."""

from __future__ import annotations

import os
import threading
from datetime import datetime

from app.backup.control import BackupControl, Stopped
from app.backup.paths import safe_name
from app.mail.folders import list_folders
from app.mail.http import (
    CONCURRENT_PER_MAILBOX,
    MailAccessDenied,
    MailboxGate,
    MailFetchError,
    MailHttp,
    MailNotFound,
)
from app.mail.item_files import save_calendars, save_contacts
from app.mail.manifest import MailManifest, MessageRow
from app.mail.plan import MailboxInfo
from app.mail.progress import ProgressCounter
from app.mail.recording import Recorder
from app.mail.saving import fetch_message, store_message
from app.mail.store import MaildirStore, MboxStore, make_store
from app.mail.summary import MailboxResult
from app.texts import translate

SIZE_PROPERTY = "Integer 0x0E08"    # PidTagMessageSize, as a single-value extended property
DELTA_SELECT = "id,receivedDateTime,isRead,flag,internetMessageId,parentFolderId,subject"
FETCHERS = CONCURRENT_PER_MAILBOX + 1   # threads per mailbox (MailboxWorker._fetch)


class MailboxWorker:
    """Backs up one mailbox after another into ``root``; many threads may share one worker."""

    def __init__(self, http: MailHttp, root: str, fmt: str, control: BackupControl,
                 progress: ProgressCounter, now: datetime, recorder: Recorder) -> None:
        self.http = http
        self.recorder = recorder  # records checked messages, a durable batch at a time
        self.root = root
        self.fmt = fmt
        self.control = control
        self.progress = progress
        self.now = now
        self._lock = threading.Lock()

    def run(self, manifest: MailManifest, box: MailboxInfo) -> MailboxResult:
        """The mailbox's messages, then calendars and contacts; its result from the manifest."""
        result = MailboxResult(box.upn, box.kind)
        gate = MailboxGate()
        base = os.path.join(self.root, safe_name(box.upn))
        store = make_store(self.fmt, os.path.join(base, "Maildir" if self.fmt == "maildir"
                                                  else "mbox"))
        try:
            if self.control.cancelled:
                raise Stopped()
            names = self._list(manifest, gate, store, box)
            self._fetch(manifest, gate, store, box, names, result)
            self._check_counts(manifest, gate, box, names, result)
            save_calendars(self.http, gate, manifest, box.user_id, base, self.now, result)
            save_contacts(self.http, gate, manifest, box.user_id, base, result)
        except Stopped:
            result.error = "cancelled"
        except MailAccessDenied as exc:
            result.error = f"this access cannot read the mailbox ({exc})"
        except MailNotFound:
            result.error = "no mailbox (not enabled for Exchange Online)"
        except MailFetchError as exc:
            result.error = f"stopped: {exc}"
        except OSError as exc:
            result.error = f"could not write: {exc}"
        finally:
            store.close()
        counts = manifest.counts(box.user_id)
        result.verified = counts.get("verified", 0)
        result.saved = counts.get("saved", 0) + result.verified
        result.failed = counts.get("failed", 0)
        result.listed = sum(counts.values()) - counts.get("removed", 0)
        result.failures = [f"{box.upn}: message {mid[-12:]}: {why}"
                           for mid, why in manifest.failures(box.user_id)]
        self.progress.mailbox_done()
        self.progress.report(box.upn, force=True)
        return result

    def _list(self, manifest: MailManifest, gate: MailboxGate, store: MaildirStore | MboxStore,
              box: MailboxInfo) -> dict[str, str]:
        """Folders and their messages into the manifest; folder id -> local folder name."""
        user = box.user_id
        inbox = self.http.get_json(gate, f"/users/{user}/mailFolders/inbox")["id"]
        names: dict[str, str] = {}
        for folder, path in list_folders(self.http, gate, user):
            under_inbox = folder.get("_top") == inbox
            name = store.folder_name(path[1:] if under_inbox else path, under_inbox)
            names[folder["id"]] = name
            store.ensure(name)
            manifest.folder(user, folder["id"], name, int(folder.get("totalItemCount") or 0),
                            int(folder.get("sizeInBytes") or 0))
            self._delta(manifest, gate, user, folder["id"])
        return names

    def _delta(self, manifest: MailManifest, gate: MailboxGate, user: str, folder: str) -> None:
        link = manifest.delta_link(user, folder)
        params: dict[str, str] | None = None
        if not link:
            link = f"/users/{user}/mailFolders/{folder}/messages/delta"
            params = {"$select": DELTA_SELECT,
                      "$expand": f"singleValueExtendedProperties($filter=id eq '{SIZE_PROPERTY}')"}
        while link:
            page = self.http.get_json(gate, link, params, {"Prefer": "odata.maxpagesize=200"})
            params = None
            rows, gone = [], []
            for m in page.get("value", []):
                if "@removed" in m:
                    gone.append(m["id"])
                    continue
                size = None
                for prop in m.get("singleValueExtendedProperties") or []:
                    if str(prop.get("id", "")).lower() == SIZE_PROPERTY.lower():
                        size = int(prop.get("value") or 0)
                rows.append(MessageRow(user, m["id"], m.get("parentFolderId") or folder,
                                       m.get("internetMessageId"), size,
                                       m.get("receivedDateTime") or "", bool(m.get("isRead")),
                                       (m.get("flag") or {}).get("flagStatus") == "flagged"))
            if rows:
                manifest.listed(rows)
            if gone:
                manifest.removed(user, gone)
            link = page.get("@odata.nextLink") or page.get("@odata.deltaLink")
            if link:
                manifest.set_delta_link(user, folder, link)
            if page.get("@odata.deltaLink"):
                break

    def _fetch(self, manifest: MailManifest, gate: MailboxGate,
               store: MaildirStore | MboxStore, box: MailboxInfo, names: dict[str, str],
               result: MailboxResult) -> None:
        """FETCHERS threads take the mailbox's messages one at a time: download, write, read
        back, check (:mod:`app.mail.saving`), hand to the recorder, which records them in
        durable batches. One thread more than the mailbox's 4 requests, so while one
        writes and checks, 4 requests stay in flight (the gate holds the limit); each
        thread holds one message, so memory stays flat. (A shared pool of savers fed by 4
        fetchers per mailbox cost a queue, a future and a thread switch per message:
        benchmarks/mail.py, 3 rounds each, alternated, load 9 to 15: 0.82, 0.82, 0.83 of
        the ceiling this way against 0.72, 0.82, 0.78.)"""
        listed = manifest.to_fetch(box.user_id)
        self.progress.listed(len(listed))
        rows = iter(listed)
        take = threading.Lock()
        problems: list[BaseException] = []

        def next_row() -> MessageRow | None:
            with take:
                return None if problems else next(rows, None)

        def fetcher() -> None:
            try:
                while (row := next_row()) is not None:
                    if self.control.cancelled:
                        return
                    name = names.get(row.folder)
                    if name is None:
                        continue
                    got = fetch_message(self.http, gate, store, manifest, box.user_id, row, name)
                    if got is None:
                        continue
                    outcome = store_message(store, manifest, self.recorder, box.user_id, got)
                    if outcome.fetched:
                        with self._lock:
                            result.fetched += 1
                    self.progress.message_done(failed=outcome.state == "failed")
                    self.progress.report(box.upn)
            except Stopped:
                return
            except BaseException as exc:    # raised below, once the other fetchers stopped
                with take:
                    problems.append(exc)

        threads = [threading.Thread(target=fetcher, name=f"mail-{box.upn[:12]}-{n}", daemon=True)
                   for n in range(FETCHERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.recorder.wait()        # every message of the mailbox recorded before its counts
        if problems:
            raise problems[0]
        if self.control.cancelled:
            raise Stopped()

    def _check_counts(self, manifest: MailManifest, gate: MailboxGate, box: MailboxInfo,
                      names: dict[str, str], result: MailboxResult) -> None:
        """Each folder's saved count against Graph's totalItemCount now."""
        saved = manifest.folder_counts(box.user_id)
        for folder_id, path, _total in manifest.folders(box.user_id):
            try:
                now = self.http.get_json(gate, f"/users/{box.user_id}/mailFolders/{folder_id}")
            except MailNotFound:
                result.notes.append(translate(
                    "mail", "The folder {0} was deleted during the backup.").format(
                    path or "INBOX"))
                continue
            total = int(now.get("totalItemCount") or 0)
            have = saved.get(folder_id, 0)
            if total != have:
                label = now.get("displayName") or path
                if total > have:
                    result.notes.append(translate(
                        "mail", "{0}: Microsoft 365 counts {1}, the backup has {2}: {3} arrived "
                        "during the backup or failed (run again to add them)").format(
                        label, total, have, total - have))
                else:
                    result.notes.append(translate(
                        "mail", "{0}: Microsoft 365 counts {1}, the backup has {2}: {3} were "
                        "deleted or moved in the mailbox during the backup (kept in the "
                        "backup)").format(label, total, have, have - total))
