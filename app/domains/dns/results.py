"""What a DNS check found: one row per record, and a verdict per domain.

The page, the CLI table and the JSON all print these same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from app.domains.dns.records import STEP_OF_ROLE, Role, Step


class Problem(Enum):
    """A lookup that did not give a plain answer, named for what it is."""

    INVALID_NAME = "invalid-name"
    NXDOMAIN = "nxdomain"           # the name does not exist
    NO_DATA = "no-data"             # the name exists, but has no record of this type
    SERVFAIL = "servfail"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    CNAME_LOOP = "cname-loop"
    NULL_MX = "null-mx"             # RFC 7505: the domain accepts no mail
    NETWORK = "network"             # no route, no resolver configured, bad answer
    BAD_ANSWER = "bad-answer"

    @property
    def unknown(self) -> bool:
        """True when the lookup says nothing about the record: "couldn't check"."""
        return self not in (Problem.NXDOMAIN, Problem.NO_DATA, Problem.NULL_MX)


class DomainStatus(Enum):
    """clear: nothing points at Microsoft 365; microsoft: something still does;
    error: the domain could not be (fully) checked."""

    CLEAR = "clear"
    MICROSOFT = "microsoft"
    ERROR = "error"

    @property
    def exit_code(self) -> int:
        return {DomainStatus.CLEAR: 0, DomainStatus.MICROSOFT: 1, DomainStatus.ERROR: 2}[self]


@dataclass(frozen=True)
class Lookup:
    """One question's answer: values as text, the TTL, or the problem."""

    values: tuple[str, ...] = ()
    ttl: int | None = None
    problem: Problem | None = None
    detail: str = ""

    @property
    def unknown(self) -> bool:
        return self.problem is not None and self.problem.unknown


@dataclass(frozen=True)
class ServerView:
    """What one of the domain's authoritative nameservers answered for a row."""

    server: str
    values: tuple[str, ...] = ()
    problem: Problem | None = None

    @property
    def answered(self) -> bool:
        return self.problem is None or not self.problem.unknown


@dataclass(frozen=True)
class RecordRow:
    """One record of the domain as the resolver sees it, and what to do about it."""

    name: str                         # ASCII, without the final dot
    type: str
    values: tuple[str, ...]
    ttl: int | None
    points_to_microsoft: bool | None  # None: couldn't check
    advice: str
    role: Role
    problem: Problem | None = None
    expires_at: datetime | None = None
    authoritative: tuple[ServerView, ...] = ()
    note: str = ""                    # propagation: what the authoritative servers say

    @property
    def step(self) -> Step:
        return STEP_OF_ROLE.get(self.role, Step.REMOVE_RECORDS)

    @property
    def agrees(self) -> bool | None:
        """Whether every authoritative server that answered gave the resolver's values."""
        answered = [v for v in self.authoritative if v.answered]
        if not answered or self.points_to_microsoft is None:
            return None
        mine = {v.lower() for v in self.values}
        return all({v.lower() for v in view.values} == mine for view in answered)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "values": list(self.values),
                "ttl": self.ttl, "points_to_microsoft": self.points_to_microsoft,
                "advice": self.advice}


@dataclass(frozen=True)
class NextStep:
    """One step of the way out, with whether it's already done."""

    step: Step
    text: str
    done: bool


@dataclass(frozen=True)
class DomainCheck:
    """The result of checking one domain."""

    domain: str                       # as typed
    ascii: str
    unicode: str
    status: DomainStatus
    error: str | None
    rows: tuple[RecordRow, ...]
    checked_at: datetime
    resolver: str = ""
    authoritative_servers: tuple[str, ...] = ()
    steps: tuple[NextStep, ...] = field(default=())
    authoritative_pending: bool = False   # the resolver's answers only; the comparison is coming

    @property
    def everywhere(self) -> bool | None:
        """Whether the domain's own nameservers agree with the resolver: None while that is
        not known (still asking, or none answered), False as soon as one record differs."""
        if self.authoritative_pending:
            return None
        if self.disagreements:
            return False
        return True if any(r.agrees for r in self.rows) else None

    def row(self, role: Role) -> RecordRow | None:
        return next((r for r in self.rows if r.role is role), None)

    @property
    def mail_at_microsoft(self) -> bool | None:
        mx = self.row(Role.MX)
        return None if mx is None else mx.points_to_microsoft

    @property
    def dns_at_microsoft(self) -> bool | None:
        ns = self.row(Role.NS)
        return None if ns is None else ns.points_to_microsoft

    @property
    def disagreements(self) -> tuple[RecordRow, ...]:
        return tuple(r for r in self.rows if r.agrees is False)

    def to_json(self) -> dict[str, Any]:
        return {"domain": self.domain, "ascii": self.ascii, "status": self.status.value,
                "error": self.error, "records": [r.to_json() for r in self.rows]}


def expiry(checked_at: datetime, ttl: int | None) -> datetime | None:
    return None if ttl is None else checked_at + timedelta(seconds=ttl)
