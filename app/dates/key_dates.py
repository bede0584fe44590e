"""The key dates of leaving a subscription, computed from Graph and a given clock.

Data model first (the record is built from it); the computation follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum


class Ending(Enum):
    """How the subscription ends."""

    CANCEL_NOW = "cancel-now"            # cancel in the admin center today
    RUN_OUT = "run-out"                  # turn recurring billing off: ends at the term's end
    TRIAL_EXPIRES = "trial-expires"      # a trial: expires by itself
    ALREADY_ENDING = "already-ending"    # already Warning (expired) or Suspended (disabled)


class DateKind(Enum):
    """What happens on a key date."""

    TODAY = "today"
    REFUND_WINDOW_ENDS = "refund-window-ends"    # last day of a prorated refund
    TERM_ENDS = "term-ends"                      # end of the current term (nextLifecycleDateTime)
    ENDS = "ends"                                # cancelled / expired: users lose access
    DISABLED = "disabled"                        # read-only for admins from this day
    DATA_MAY_BE_DELETED = "data-may-be-deleted"  # earliest deletion (planning date)
    DISABLED_ENDS = "disabled-ends"              # the 90 days of read-only end
    DATA_DELETED = "data-deleted"                # deleted no later than this day


class Refund(Enum):
    """Whether a prorated refund applies."""

    WITHIN_WINDOW = "within-window"      # started within 7 days: known
    UNKNOWN = "unknown"                  # started earlier; the last renewal is not in Graph
    NONE = "none"                        # trial, product key, partner, already ended


@dataclass(frozen=True)
class KeyDate:
    """One day on the timeline, a calendar day in the admin's time zone."""

    kind: DateKind
    day: date
    known: bool = True       # False: an estimate or a planning date, not a date Microsoft gives


@dataclass(frozen=True)
class KeyDates:
    """The dates for one subscription and one way of ending it."""

    subscription_id: str
    ending: Ending
    dates: tuple[KeyDate, ...]
    early_termination_fee: bool
    refund: Refund
    refund_ends: date | None
    prorated_credit: bool          # credit in the next billing cycle
    partner: bool
    time_zone: str
    computed_at: datetime

    def get(self, kind: DateKind) -> KeyDate | None:
        return next((d for d in self.dates if d.kind is kind), None)
