"""A mailbox's calendars written to .ics files and its contacts to .vcf files."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from typing import Any

from app.backup.paths import safe_name
from app.mail import calendars, contacts
from app.mail.http import MailAccessDenied, MailboxGate, MailHttp
from app.mail.manifest import MailManifest
from app.mail.summary import MailboxResult
from app.texts import translate

UTC_PREFER = 'outlook.timezone="UTC"'


def save_calendars(http: MailHttp, gate: MailboxGate, manifest: MailManifest, user: str,
                   base: str, now: datetime, result: MailboxResult) -> None:
    """Each calendar, its series expanded by "event: instances", into one .ics file."""
    prefer = {"Prefer": UTC_PREFER}
    try:
        cals = http.all(gate, f"/users/{user}/calendars", None, prefer)
    except MailAccessDenied:
        result.notes.append(translate(
            "mail", "Calendars left out: this access has no Calendars.Read permission."))
        return
    folder = os.path.join(base, "Calendars")
    os.makedirs(folder, exist_ok=True)
    horizon = now + timedelta(days=730)

    def instances(master: dict[str, Any]) -> list[dict[str, Any]]:
        # "event: instances" needs a window: the series' start to its end (or 2 years on)
        start = calendars.graph_dt(master["start"]) - timedelta(days=1)
        end = horizon
        rng = (master.get("recurrence") or {}).get("range") or {}
        if rng.get("type") == "endDate" and rng.get("endDate"):
            end = datetime.fromisoformat(rng["endDate"]).replace(tzinfo=UTC) + timedelta(2)
        elif rng.get("type") == "numbered":
            end = max(horizon, start + timedelta(days=366 * 5))
        return http.all(gate, f"/users/{user}/events/{master['id']}/instances", {
            "startDateTime": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "endDateTime": end.strftime("%Y-%m-%dT%H:%M:%SZ"), "$top": "500"}, prefer)

    taken: set[str] = set()
    for cal in cals:
        events = http.all(gate, f"/users/{user}/calendars/{cal['id']}/events",
                          {"$top": "500"}, prefer)
        data, count = calendars.calendar_ics(cal.get("name") or "Calendar", events,
                                             instances, horizon)
        path = os.path.join(folder, _unique(safe_name(cal.get("name") or "Calendar"),
                                            taken) + ".ics")
        _write(path, data)
        manifest.item_file(user, "events", cal["id"], count, path)
        result.events += count
        result.calendars += 1


def save_contacts(http: MailHttp, gate: MailboxGate, manifest: MailManifest, user: str,
                  base: str, result: MailboxResult) -> None:
    """The default contacts folder and every other one, each into one .vcf file."""
    try:
        default = http.all(gate, f"/users/{user}/contacts", {"$top": "500"})
        folders = http.all(gate, f"/users/{user}/contactFolders", {"$top": "500"})
    except MailAccessDenied:
        result.notes.append(translate(
            "mail", "Contacts left out: this access has no Contacts.Read permission."))
        return
    folder = os.path.join(base, "Contacts")
    os.makedirs(folder, exist_ok=True)
    taken: set[str] = set()
    for key, name, items in [("default", "Contacts", default)] + [
            (f["id"], f.get("displayName") or "Contacts",
             http.all(gate, f"/users/{user}/contactFolders/{f['id']}/contacts",
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
