"""What a mail move gives back: per user and folder, what was there, sent, refused and read back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class UserProgress:
    email: str
    state: str          # "waiting" | "moving" | "done" | "failed" | "stopped"
    total: int          # messages in the saved mailbox
    sent: int
    already_there: int
    failed: int
    message: str        # last thing worth saying (translated), "" if none


@dataclass
class FolderResult:
    source: str             # the saved folder, readable ("Inbox/Kunder")
    target: str             # the folder on the new server
    source_count: int = 0
    already_there: int = 0
    sent: int = 0
    failed: int = 0
    to_send: int = 0        # dry run: what would be sent
    created: bool = False   # made by this run (dry run: would be made)
    target_count: int | None = None   # read back at the end
    there_before: int = 0   # messages in the target when this run first looked
    note: str = ""          # a difference, named


@dataclass
class UserResult:
    email: str
    state: str = "waiting"
    total: int = 0
    sent: int = 0
    already_there: int = 0
    failed: int = 0
    to_send: int = 0
    login_failed: bool = False
    folders: list[FolderResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)   # refused messages, stops (server's words)
    message: str = ""

    @property
    def complete(self) -> bool:
        return self.state == "done" and self.failed == 0 and not any(
            f.note for f in self.folders)


@dataclass
class MoveSummary:
    users: list[UserResult]
    complete: bool            # every message is at the new provider (counts read back match)
    report_html: Path | None  # DIR/Mail/cancel365-mail-move-report.html (and .csv beside it)
    report_csv: Path | None
    dry_run: bool = False

    def total(self, name: str) -> int:
        return sum(getattr(u, name) for u in self.users)
