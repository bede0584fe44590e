"""Is there an unfinished backup at a destination? (The next start offers to resume it.)"""

from __future__ import annotations

import os
from dataclasses import dataclass

from app.backup.listing import CONTAINERS
from app.backup.manifest import DONE_STATES, ItemState, Manifest


@dataclass(frozen=True)
class Unfinished:
    """A backup that stopped before every file was verified."""

    dest: str
    drive_ids: frozenset[str]
    files_verified: int
    files_left: int


def unfinished_backup(dest: str) -> Unfinished | None:
    """The unfinished backup in ``dest``, or None (no manifest, or every file done)."""
    if not dest or not os.path.isdir(dest) or not Manifest.exists(dest):
        return None
    manifest = Manifest(dest)
    try:
        drives = manifest.drives()
        verified = left = 0
        for item in manifest.items():
            if item.kind in CONTAINERS or item.state in (ItemState.SKIPPED, ItemState.DELETED):
                continue
            if item.state in DONE_STATES:
                verified += 1
            else:
                left += 1
    finally:
        manifest.close()
    if not left and all(d.state == "done" for d in drives):
        return None
    return Unfinished(dest, frozenset(d.drive_id for d in drives), verified, left)
