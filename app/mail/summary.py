"""What a mail backup ended with: each mailbox's result and the run's summary."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from app.texts import QT_TRANSLATE_NOOP, translate
from app.verdict import OwnerVerdict, PartVerdict

REPORT_HTML = "cancel365-mail-report.html"
KIND_WORDS = {"user": QT_TRANSLATE_NOOP("mail", "user"),
              "shared": QT_TRANSLATE_NOOP("mail", "shared mailbox"),
              "room": QT_TRANSLATE_NOOP("mail", "room mailbox"),
              "equipment": QT_TRANSLATE_NOOP("mail", "equipment mailbox"),
              "other": QT_TRANSLATE_NOOP("mail", "other mailbox"),
              "unlicensed-user": QT_TRANSLATE_NOOP("mail", "user without a licence"),
              "unlicensed": QT_TRANSLATE_NOOP("mail", "shared or room mailbox (no licence)")}


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

    @property
    def complete(self) -> bool:
        return self.error is None and self.failed == 0

    def counts_text(self) -> str:
        text = translate("mail", "Verified: {0} of {1} messages. Failed: {2}. Events: {3}. "
                         "Contacts: {4}.").format(self.verified, self.listed, self.failed,
                                                  self.events, self.contacts)
        return text + (" " + self.error if self.error else "")


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

    def verdict(self) -> PartVerdict:
        """The shape the files report and the Backup page share (app.verdict)."""
        if self.skipped:
            counts = translate("mail", "Mail was left out: {0}.").format(self.skipped)
        else:
            counts = translate("mail", "{0} messages verified, {1} failed; {2} events; {3} "
                               "contacts.").format(self.total("verified"), self.total("failed"),
                                                   self.total("events"), self.total("contacts"))
        owners = tuple(OwnerVerdict(r.upn, translate("mail", KIND_WORDS.get(r.kind, r.kind)),
                                    r.counts_text(), r.complete) for r in self.mailboxes)
        return PartVerdict("mail", self.complete, counts,
                           os.path.join(self.root, REPORT_HTML), owners)
