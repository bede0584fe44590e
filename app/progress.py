"""The wizard's progress, kept between runs: which step was reached and what was chosen.

Only typed, non-secret facts from :class:`app.state.CancellationState` (no token, no
secret, no file contents): the tenant's ID and name, the subscription, the domains
that were checked, the backup folder, and the page reached. Saved as JSON in the data
folder (platformdirs' user_data_dir), written atomically (a temporary file renamed over
the old one), so a crash mid-write never leaves half a file. The next start offers to
continue where the admin left off.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from app.files import write_atomically

if TYPE_CHECKING:
    from app.state import CancellationState

VERSION = 1


@dataclass(frozen=True)
class Progress:
    """Where one wizard run got to (all of it safe to write to disk in plain text)."""

    page: int                                   # ui.wizard.PageId reached
    saved_at: str                               # ISO 8601, UTC
    tenant_id: str = ""
    tenant_name: str = ""
    subscription_id: str = ""
    subscription_name: str = ""
    domains_checked: list[str] = field(default_factory=list)
    backup_destination: str = ""

    @classmethod
    def of(cls, state: CancellationState, page: int, *, backup_destination: str = "") -> Progress:
        """What ``state`` holds worth keeping, at ``page``."""
        from app.state import now

        organization = state.organization
        overview = state.subscription
        backup = state.backup
        return cls(
            page=int(page), saved_at=now().isoformat(timespec="seconds"),
            tenant_id=organization.id if organization else "",
            tenant_name=organization.display_name if organization else "",
            subscription_id=overview.subscription.id if overview else "",
            subscription_name=overview.name if overview else "",
            domains_checked=sorted(state.domains.latest_checks),
            backup_destination=backup.destination if backup else backup_destination)

    @property
    def saved(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.saved_at)
        except ValueError:
            return None


def default_path(demo: bool = False) -> Path:
    """The data folder's progress file; the demo tenant keeps its own, apart from a real one."""
    name = "progress-demo.json" if demo else "progress.json"
    return Path(user_data_dir("Cancel365", appauthor=False)) / name


def save(progress: Progress, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, then renamed over the old one."""
    data = {"version": VERSION, **asdict(progress)}
    write_atomically(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def load(path: Path) -> Progress | None:
    """The saved progress, or None (none saved, unreadable, or from another version)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.pop("version", None) != VERSION:
        return None
    try:
        progress = Progress(**data)
    except TypeError:
        return None
    if not isinstance(progress.page, int) or not isinstance(progress.domains_checked, list):
        return None
    return progress


def forget(path: Path) -> None:
    """Start over: the saved progress is removed."""
    path.unlink(missing_ok=True)
