"""The final checklist: one row per fact the wizard verified, green, red or acknowledged."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum, StrEnum


class RowState(Enum):
    """How a checklist row stands."""

    GREEN = "green"                  # verified
    RED = "red"                      # not verified: fix it or acknowledge it
    ACKNOWLEDGED = "acknowledged"    # red, and the admin wrote why it is fine


class RowKey(StrEnum):
    """The checklist's rows (a domain's rows carry the domain in ``ChecklistRow.subject``)."""

    LICENCES = "licences"
    DNS = "dns"
    DOMAIN_REMOVED = "domain-removed"
    BACKUP = "backup"
    USERS_TOLD = "users-told"
    KEY_DATES = "key-dates"


@dataclass(frozen=True)
class ChecklistRow:
    """One verified (or not) fact; ``fix_page`` is the wizard page that fixes it (a PageId int)."""

    key: RowKey
    label: str
    state: RowState
    detail: str
    checked_at: datetime | None
    fix_page: int | None = None
    acknowledgement_reason: str = ""
    subject: str = ""                # the domain, for per-domain rows

    @property
    def ident(self) -> str:
        """Stable identity across rebuilds (an acknowledgement follows it)."""
        return f"{self.key.value}:{self.subject}" if self.subject else self.key.value

    @property
    def passes(self) -> bool:
        return self.state is not RowState.RED

    def acknowledged(self, reason: str) -> ChecklistRow:
        reason = reason.strip()
        if not reason:
            raise ValueError("An acknowledgement needs a written reason.")
        if self.state is RowState.GREEN:
            return self
        return replace(self, state=RowState.ACKNOWLEDGED, acknowledgement_reason=reason)


@dataclass
class Checklist:
    """The rows, built when the Confirm page opened (and rebuilt on a re-check)."""

    rows: list[ChecklistRow] = field(default_factory=list)
    built_at: datetime | None = None

    @property
    def complete(self) -> bool:
        """Every row green or acknowledged with a reason: the admin may go on."""
        return bool(self.rows) and all(row.passes for row in self.rows)

    @property
    def red_rows(self) -> list[ChecklistRow]:
        return [row for row in self.rows if row.state is RowState.RED]

    def row(self, ident: str) -> ChecklistRow | None:
        return next((row for row in self.rows if row.ident == ident), None)

    def acknowledge(self, ident: str, reason: str) -> ChecklistRow:
        """Acknowledge a red row with a written reason; returns the new row."""
        for index, row in enumerate(self.rows):
            if row.ident == ident:
                self.rows[index] = row.acknowledged(reason)
                return self.rows[index]
        raise KeyError(ident)
