"""The mail backup: every mailbox's folders, messages, calendars and contacts.

Per mailbox: its folder tree ("List mailFolders" with ``includeHiddenFolders=true``,
then "List childFolders" recursively), each folder's messages through
"message: delta" (the delta link is kept, so the next run lists only what
changed), each message's MIME ("Get MIME content of a message") into the
Maildir or mbox, read back and checked (:mod:`app.mail.verify`), and each
folder's saved count against Graph's ``totalItemCount`` at the end. Several
mailboxes are worked on at once, each with at most 4 requests in flight
(:class:`app.mail.http.MailboxGate`). Calendars to .ics, contacts to .vcf.

    summary = MailBackup(tokens, graph_url, dest, fmt="maildir").run()
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.backup.paths import safe_name
from app.graph.client import TokenProvider
from app.mail import calendars, contacts
from app.mail.http import (
    CONCURRENT_PER_MAILBOX,
    MailAccessDenied,
    MailboxGate,
    MailFetchError,
    MailHttp,
    MailNotFound,
    Stopped,
)
from app.mail.manifest import MailManifest, MessageRow
from app.mail.store import MaildirStore, MboxStore, make_store
from app.mail.verify import check
from app.texts import translate

log = logging.getLogger(__name__)
MAIL_DIR = "Mail"
SIZE_PROPERTY = "Integer 0x0E08"    # PidTagMessageSize, as a single-value extended property
DELTA_SELECT = "id,receivedDateTime,isRead,flag,internetMessageId,parentFolderId,subject"
UTC_PREFER = 'outlook.timezone="UTC"'


@dataclass
class MailboxInfo:
    """A mailbox in the plan: whose, what kind, how big (from the folders' counts)."""

    user_id: str
    upn: str
    name: str
    kind: str = "user"            # user | shared | room | unlicensed
    messages: int = 0
    size: int = 0
    folders: int = 0
    error: str | None = None


@dataclass
class MailboxResult:
    upn: str
    kind: str
    listed: int = 0
    saved: int = 0
    verified: int = 0
    failed: int = 0
    fetched: int = 0
    events: int = 0
    calendars: int = 0
    contacts: int = 0
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)       # count differences, skipped parts
    error: str | None = None


@dataclass
class MailProgress:
    mailboxes_done: int
    mailboxes_total: int
    messages_done: int
    messages_total: int
    failed: int
    current: str = ""


@dataclass
class MailSummary:
    root: str
    fmt: str
    mailboxes: list[MailboxResult] = field(default_factory=list)
    skipped: str | None = None        # mail left out as a whole (no Mail.Read), and why
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        return (self.skipped is None and not self.cancelled and all(
            r.error is None and r.failed == 0 for r in self.mailboxes))

    def total(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.mailboxes)


def mailbox_kind(user: dict[str, Any], purpose: str | None) -> str:
    if purpose in ("shared", "room", "equipment"):
        return "room" if purpose == "equipment" else purpose
    return "user" if user.get("assignedLicenses") else "unlicensed"


class MailBackup:
    """Runs once; ``stop`` (a threading.Event) cancels between requests."""

    def __init__(self, tokens: TokenProvider, base_url: str, dest: str, *, fmt: str = "maildir",
                 users: list[str] | None = None, parallel: int = 8,
                 on_progress: Callable[[MailProgress], None] | None = None,
                 stop: threading.Event | None = None, directory_gate: MailboxGate | None = None,
                 now: datetime | None = None, attempts: int = 6) -> None:
        self.root = os.path.join(dest, MAIL_DIR)
        self.fmt = fmt
        self.only = {u.lower() for u in users or []}
        self.parallel = parallel
        self.stop = stop or threading.Event()
        self.http = MailHttp(tokens, base_url, stopped=self.stop, attempts=attempts,
                             pool=parallel * CONCURRENT_PER_MAILBOX + 8)
        self.on_progress = on_progress
        self.directory = directory_gate or MailboxGate(limit=8, per_window=10**9)
        self.now = now or datetime.now(UTC)
        self._lock = threading.Lock()
        self._emit_lock = threading.Lock()
        self._done = self._total = self._failed = self._boxes_done = 0
        self._boxes_total = 0
        self._last_progress = 0.0

    # -- plan ----------------------------------------------------------------------------

    def mailboxes(self) -> list[MailboxInfo]:
        """Every user with a mailbox (or the ones asked for), labelled."""
        users = self.http.all(self.directory, "/users", {
            "$select": "id,displayName,userPrincipalName,mail,assignedLicenses", "$top": "999"})
        out = []
        for user in users:
            upn = user.get("userPrincipalName") or ""
            if not user.get("mail"):
                continue
            if self.only and upn.lower() not in self.only and \
                    str(user.get("mail")).lower() not in self.only:
                continue
            purpose = None
            if not user.get("assignedLicenses"):
                try:  # "Get mailboxSettings" (userPurpose); needs MailboxSettings.Read
                    purpose = self.http.get_json(self.directory,
                                                 f"/users/{user['id']}/mailboxSettings").get(
                                                     "userPurpose")
                except (MailAccessDenied, MailNotFound, MailFetchError):
                    purpose = None
            out.append(MailboxInfo(user["id"], upn, user.get("displayName") or upn,
                                   mailbox_kind(user, purpose)))
        return out

    def access_problem(self, boxes: list[MailboxInfo]) -> str | None:
        """Why mail cannot be read with this access (no Mail.Read), or None."""
        for box in boxes[:3]:
            try:
                self.http.get_json(MailboxGate(), f"/users/{box.user_id}/mailFolders",
                                   {"$top": "1"})
                return None
            except MailAccessDenied:
                return "this access has no Mail.Read permission"
            except (MailNotFound, MailFetchError):
                continue
        return None

    def sizes(self, boxes: list[MailboxInfo]) -> None:
        """Counts and sizes from each mailbox's folders (for the plan)."""
        def one(box: MailboxInfo) -> None:
            try:
                folders = self._folders(MailboxGate(), box.user_id)
            except (MailAccessDenied, MailNotFound, MailFetchError) as exc:
                box.error = str(exc)
                return
            box.folders = len(folders)
            box.messages = sum(int(f.get("totalItemCount") or 0) for f, _ in folders)
            box.size = sum(int(f.get("sizeInBytes") or 0) for f, _ in folders)
        with ThreadPoolExecutor(self.parallel) as pool:
            list(pool.map(one, boxes))

    # -- run -----------------------------------------------------------------------------

    def run(self, boxes: list[MailboxInfo] | None = None) -> MailSummary:
        summary = MailSummary(self.root, self.fmt)
        try:
            boxes = self.mailboxes() if boxes is None else boxes
        except MailAccessDenied:
            summary.skipped = "this access cannot list users (User.Read.All)"
            return summary
        if not boxes:
            return summary
        summary.skipped = self.access_problem(boxes)
        if summary.skipped:
            return summary
        os.makedirs(self.root, exist_ok=True)
        manifest = MailManifest(self.root)
        self._boxes_total = len(boxes)
        try:
            with ThreadPoolExecutor(self.parallel, thread_name_prefix="mailbox") as pool:
                results = list(pool.map(lambda b: self._mailbox(manifest, b), boxes))
        finally:
            manifest.close()
        summary.mailboxes = results
        summary.cancelled = self.stop.is_set()
        return summary

    def _progress(self, current: str = "", force: bool = False) -> None:
        if self.on_progress is None:
            return
        now = time.monotonic()
        with self._lock:
            if not force and now - self._last_progress < 0.25:
                return
            self._last_progress = now
            p = MailProgress(self._boxes_done, self._boxes_total, self._done, self._total,
                             self._failed, current)
        with self._emit_lock:       # one at a time: a JSON line is never interleaved
            self.on_progress(p)

    def _folders(self, gate: MailboxGate, user: str) -> list[tuple[dict[str, Any], list[str]]]:
        """Every folder, hidden ones and the Archive included, with its path of names."""
        out: list[tuple[dict[str, Any], list[str]]] = []
        params = {"includeHiddenFolders": "true", "$top": "250"}

        def walk(items: list[dict[str, Any]], parents: list[str], top: str = "") -> None:
            for folder in items:
                path = [*parents, str(folder.get("displayName") or folder["id"])]
                folder["_top"] = top or folder["id"]
                out.append((folder, path))
                if int(folder.get("childFolderCount") or 0) > 0:
                    walk(self.http.all(gate, f"/users/{user}/mailFolders/{folder['id']}"
                                       "/childFolders", params), path, folder["_top"])
        walk(self.http.all(gate, f"/users/{user}/mailFolders", params), [])
        return out

    def _mailbox(self, manifest: MailManifest, box: MailboxInfo) -> MailboxResult:
        result = MailboxResult(box.upn, box.kind)
        gate = MailboxGate()
        base = os.path.join(self.root, safe_name(box.upn))
        store = make_store(self.fmt, os.path.join(base, "Maildir" if self.fmt == "maildir"
                                                  else "mbox"))
        try:
            if self.stop.is_set():
                raise Stopped()
            names = self._list(manifest, gate, store, box)
            self._fetch(manifest, gate, store, box, names, result)
            self._check_counts(manifest, gate, box, names, result)
            self._calendars(manifest, gate, box, base, result)
            self._contacts(manifest, gate, box, base, result)
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
        with self._lock:
            self._boxes_done += 1
        self._progress(box.upn, force=True)
        return result

    def _list(self, manifest: MailManifest, gate: MailboxGate, store: MaildirStore | MboxStore,
              box: MailboxInfo) -> dict[str, str]:
        """Folders and their messages into the manifest; folder id -> local folder name."""
        user = box.user_id
        inbox = self.http.get_json(gate, f"/users/{user}/mailFolders/inbox")["id"]
        names: dict[str, str] = {}
        for folder, path in self._folders(gate, user):
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
        rows = manifest.to_fetch(box.user_id)
        with self._lock:
            self._total += len(rows)
        exact = isinstance(store, MaildirStore)

        def one(row: MessageRow) -> None:
            if self.stop.is_set():
                return
            name = names.get(row.folder)
            if name is None:
                return
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
                            spool, size = self.http.mime(gate, box.user_id, row.id)
                        except MailNotFound:
                            manifest.set_state(box.user_id, row.id, "removed",
                                               reason="deleted in the mailbox during the backup")
                            return
                        if isinstance(spool, bytes):
                            path = store.add(name, row.id, spool, row.received,
                                             is_read=row.is_read, flagged=row.flagged)
                        else:
                            with spool:
                                path = store.add(name, row.id, spool, row.received,
                                                 is_read=row.is_read, flagged=row.flagged)
                        if not exact:    # mbox; a Maildir file is found again by its name
                            manifest.set_state(box.user_id, row.id, "saved", path=path)
                        fetched = True
                        with self._lock:
                            result.fetched += 1
                        data = store.read(path)
                reason = check(data, received_size=size, listed_size=row.size, imid=row.imid,
                               exact=exact)
                state = "verified" if reason is None else "failed"
            except MailFetchError as exc:
                reason = f"could not be downloaded ({exc})"
            except Stopped:
                return
            except OSError as exc:
                reason = f"could not be written ({exc})"
            manifest.set_state(box.user_id, row.id, state, path=path, reason=reason,
                               fetched=fetched)
            with self._lock:
                self._done += 1
                if state == "failed":
                    self._failed += 1
            self._progress(box.upn)

        with ThreadPoolExecutor(CONCURRENT_PER_MAILBOX,
                                thread_name_prefix=f"mail-{box.upn[:12]}") as pool:
            list(pool.map(one, rows))
        if self.stop.is_set():
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

    def _calendars(self, manifest: MailManifest, gate: MailboxGate, box: MailboxInfo,
                   base: str, result: MailboxResult) -> None:
        user = box.user_id
        prefer = {"Prefer": UTC_PREFER}
        try:
            cals = self.http.all(gate, f"/users/{user}/calendars", None, prefer)
        except MailAccessDenied:
            result.notes.append(translate(
                "mail", "Calendars left out: this access has no Calendars.Read permission."))
            return
        folder = os.path.join(base, "Calendars")
        os.makedirs(folder, exist_ok=True)
        horizon = self.now + timedelta(days=730)

        def instances(master: dict[str, Any]) -> list[dict[str, Any]]:
            # "event: instances" needs a window: the series' start to its end (or 2 years on)
            start = calendars.graph_dt(master["start"]) - timedelta(days=1)
            end = horizon
            rng = (master.get("recurrence") or {}).get("range") or {}
            if rng.get("type") == "endDate" and rng.get("endDate"):
                end = datetime.fromisoformat(rng["endDate"]).replace(tzinfo=UTC) + timedelta(2)
            elif rng.get("type") == "numbered":
                end = max(horizon, start + timedelta(days=366 * 5))
            return self.http.all(gate, f"/users/{user}/events/{master['id']}/instances", {
                "startDateTime": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "endDateTime": end.strftime("%Y-%m-%dT%H:%M:%SZ"), "$top": "500"}, prefer)

        taken: set[str] = set()
        for cal in cals:
            events = self.http.all(gate, f"/users/{user}/calendars/{cal['id']}/events",
                                   {"$top": "500"}, prefer)
            data, count = calendars.calendar_ics(cal.get("name") or "Calendar", events,
                                                 instances, horizon)
            path = os.path.join(folder, _unique(safe_name(cal.get("name") or "Calendar"),
                                                taken) + ".ics")
            _write(path, data)
            manifest.item_file(user, "events", cal["id"], count, path)
            result.events += count
            result.calendars += 1

    def _contacts(self, manifest: MailManifest, gate: MailboxGate, box: MailboxInfo,
                  base: str, result: MailboxResult) -> None:
        user = box.user_id
        try:
            default = self.http.all(gate, f"/users/{user}/contacts", {"$top": "500"})
            folders = self.http.all(gate, f"/users/{user}/contactFolders", {"$top": "500"})
        except MailAccessDenied:
            result.notes.append(translate(
                "mail", "Contacts left out: this access has no Contacts.Read permission."))
            return
        folder = os.path.join(base, "Contacts")
        os.makedirs(folder, exist_ok=True)
        taken: set[str] = set()
        for key, name, items in [("default", "Contacts", default)] + [
                (f["id"], f.get("displayName") or "Contacts",
                 self.http.all(gate, f"/users/{user}/contactFolders/{f['id']}/contacts",
                               {"$top": "500"})) for f in folders]:
            path = os.path.join(folder, _unique(safe_name(name), taken) + ".vcf")
            _write(path, contacts.contacts_vcf(items))
            manifest.item_file(user, "contacts", key, len(items), path)
            result.contacts += len(items)


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{name} ({n})"
    taken.add(candidate.lower())
    return candidate


def _write(path: str, data: bytes) -> None:
    tmp = path + ".c365part"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
