"""Proof from Graph that the subscription left Enabled after the admin cancelled it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

ENABLED = "Enabled"


@dataclass(frozen=True)
class StatusReading:
    """One read of the subscription (companySubscription.status) and its SKU
    (subscribedSku.capabilityStatus); None when Graph no longer lists it (gone)."""

    at: datetime
    subscription_status: str | None
    sku_capability_status: str | None
    next_lifecycle_at: datetime | None = None

    @property
    def left_enabled(self) -> bool:
        """Both left Enabled: Warning, Suspended, LockedOut, Deleted, or gone."""
        return self.subscription_status != ENABLED and self.sku_capability_status != ENABLED


@dataclass(frozen=True)
class Proof:
    """What the poll saw: every reading, and whether the last one left Enabled."""

    readings: tuple[StatusReading, ...]
    left_enabled: bool
    started_at: datetime
    ended_at: datetime
    timed_out: bool = False
    error: str = ""                  # a permanent Graph error that stopped the poll

    @property
    def last(self) -> StatusReading | None:
        return self.readings[-1] if self.readings else None


@dataclass
class Confirmation:
    """The admin's confirmation: the typed name, when they said it was done, and the proof."""

    typed_name: str
    confirmed_at: datetime
    done_at: datetime | None = None          # when the admin said it was cancelled
    proof: Proof | None = None
    timeout_acknowledged: bool = False       # no proof seen; the admin went on anyway
    channel: str = "admin-center"            # "admin-center", "support" or "partner"
    handed_facts: dict[str, str] = field(default_factory=dict)  # support/partner facts shown

    @property
    def proven(self) -> bool:
        return self.proof is not None and self.proof.left_enabled
