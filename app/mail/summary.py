"""What a mail backup ended with: each mailbox's result and the run's summary."""

from __future__ import annotations

from dataclasses import dataclass, field


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
