"""A mailbox's folder tree, hidden folders and the Archive included, each with its path of names."""

from __future__ import annotations

from typing import Any

from app.mail.http import MailboxGate, MailHttp


def list_folders(http: MailHttp, gate: MailboxGate,
                 user: str) -> list[tuple[dict[str, Any], list[str]]]:
    """Every folder ("List mailFolders", then "List childFolders"), with its path of names."""
    out: list[tuple[dict[str, Any], list[str]]] = []
    params = {"includeHiddenFolders": "true", "$top": "250"}

    def walk(items: list[dict[str, Any]], parents: list[str], top: str = "") -> None:
        for folder in items:
            path = [*parents, str(folder.get("displayName") or folder["id"])]
            folder["_top"] = top or folder["id"]
            out.append((folder, path))
            if int(folder.get("childFolderCount") or 0) > 0:
                walk(http.all(gate, f"/users/{user}/mailFolders/{folder['id']}"
                              "/childFolders", params), path, folder["_top"])
    walk(http.all(gate, f"/users/{user}/mailFolders", params), [])
    return out
