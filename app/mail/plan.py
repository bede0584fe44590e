"""The mail backup's plan: which mailboxes, what kind, how big, and whether this access can read mail."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from app.mail.folders import list_folders
from app.mail.http import MailAccessDenied, MailboxGate, MailFetchError, MailHttp, MailNotFound


@dataclass
class MailboxInfo:
    """A mailbox in the plan: whose, what kind, how big (from the folders' counts)."""

    user_id: str
    upn: str
    name: str
    kind: str = "user"    # user | shared | room | equipment | other | unlicensed-user | unlicensed
    messages: int = 0
    size: int = 0
    folders: int = 0
    error: str | None = None


def mailbox_kind(user: dict[str, Any], purpose: str | None) -> str:
    """The plan's label. ``purpose`` is mailboxSettings' ``userPurpose`` ("mailboxSettings
    resource type": user, linked, shared, room, equipment, others), None when it could not
    be read (no MailboxSettings.Read): then an unlicensed mailbox is "unlicensed", shared or
    room, and the plan says it cannot tell which."""
    if purpose in ("shared", "room", "equipment"):
        return purpose
    if purpose == "others":
        return "other"
    if user.get("assignedLicenses"):
        return "user"
    return "unlicensed-user" if purpose in ("user", "linked") else "unlicensed"


@dataclass
class MailboxList:
    """The mailboxes found, and whether their kinds could be read (MailboxSettings.Read)."""

    boxes: list[MailboxInfo]
    kinds_known: bool = True


def find_mailboxes(http: MailHttp, directory: MailboxGate, only: set[str]) -> MailboxList:
    """Every user with a mailbox (or the ones in ``only``), labelled."""
    users = http.all(directory, "/users", {
        "$select": "id,displayName,userPrincipalName,mail,assignedLicenses", "$top": "999"})
    found = MailboxList([])
    for user in users:
        upn = user.get("userPrincipalName") or ""
        if not user.get("mail"):
            continue
        if only and upn.lower() not in only and str(user.get("mail")).lower() not in only:
            continue
        purpose = None
        if not user.get("assignedLicenses") and found.kinds_known:
            # "Get mailboxSettings" (userPurpose); needs MailboxSettings.Read. Once refused,
            # not asked again for the others: the plan says the kinds are unknown.
            try:
                purpose = http.get_json(directory, f"/users/{user['id']}/mailboxSettings").get(
                    "userPurpose")
            except MailAccessDenied:
                found.kinds_known = False
            except (MailNotFound, MailFetchError):
                purpose = None
        found.boxes.append(MailboxInfo(user["id"], upn, user.get("displayName") or upn,
                                       mailbox_kind(user, purpose)))
    return found


def access_problem(http: MailHttp, boxes: list[MailboxInfo]) -> str | None:
    """Why mail cannot be read with this access (no Mail.Read), or None."""
    for box in boxes[:3]:
        try:
            http.get_json(MailboxGate(), f"/users/{box.user_id}/mailFolders", {"$top": "1"})
            return None
        except MailAccessDenied:
            return "this access has no Mail.Read permission"
        except (MailNotFound, MailFetchError):
            continue
    return None


def measure(http: MailHttp, boxes: list[MailboxInfo], parallel: int) -> None:
    """Counts and sizes from each mailbox's folders (for the plan)."""
    def one(box: MailboxInfo) -> None:
        try:
            folders = list_folders(http, MailboxGate(), box.user_id)
        except (MailAccessDenied, MailNotFound, MailFetchError) as exc:
            box.error = str(exc)
            return
        box.folders = len(folders)
        box.messages = sum(int(f.get("totalItemCount") or 0) for f, _ in folders)
        box.size = sum(int(f.get("sizeInBytes") or 0) for f, _ in folders)
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(one, boxes))
