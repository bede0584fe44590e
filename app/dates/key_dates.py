"""The key dates of leaving a subscription, computed from Graph and a given clock.

From Microsoft's "Cancel your Microsoft business subscription" and "What happens
to my data and access when my subscription ends" pages (shared/reference):

- Cancelled before the term ends: the subscription skips Expired and is
  Disabled at once for 90 days (admins only, read-only; they can still back
  up). Data may be deleted after 90 days (one current page says 30: we plan
  for 30) and is deleted no later than 180 days after cancelling.
- Recurring billing turned off: it runs to the end of its term
  (nextLifecycleDateTime), then Expired (30 days, everyone keeps access),
  Disabled (90 days), Deleted.
- A trial expires by itself on nextLifecycleDateTime; its data is deleted
  after the expired period.
- A prorated refund only within 7 days of the start or a renewal. Graph gives
  createdDateTime but not the last renewal, so after the first 7 days the
  window cannot be known from Graph.

Every date is a calendar day in the admin's time zone: the zone of ``now``.
Days are added with ``timedelta`` (never months), so month ends and leap
years need no special case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import Enum

from app.graph.models import Subscription
from app.subscription.rules import CancellationPath, Decision

REFUND_DAYS = 7            # prorated refund within 7 days of start or renewal
EXPIRED_DAYS = 30          # Expired (grace): everyone keeps access
DISABLED_DAYS = 90         # Disabled: admins only, read-only
EARLIEST_DELETION_DAYS = 30  # one page says 30, another 90: plan for the earlier
DELETED_BY_DAYS = 180      # deleted no later than 180 days after it ended


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
    ENDS = "ends"                                # cancelled / expired: the subscription ends
    DISABLED = "disabled"                        # read-only for admins from this day
    DATA_MAY_BE_DELETED = "data-may-be-deleted"  # earliest deletion (planning date)
    DISABLED_ENDS = "disabled-ends"              # the 90 days of read-only end
    DATA_DELETED = "data-deleted"                # deleted no later than this day


class Refund(Enum):
    """Whether a prorated refund applies."""

    WITHIN_WINDOW = "within-window"      # started within 7 days: known
    UNKNOWN = "unknown"                  # started earlier; the last renewal is not in Graph
    NONE = "none"                        # trial, product key, partner, run out, already ended


class Phase(Enum):
    """A span on the timeline. Access and data each have their own lane."""

    ACTIVE = "active"                    # access: everyone, as today
    EXPIRED = "expired"                  # access: everyone still, but it can only be reactivated
    READ_ONLY = "read-only"              # access: admins only, read-only (back up now)
    NO_ACCESS = "no-access"              # access: nobody (the subscription is gone)
    DATA_KEPT = "data-kept"              # data: kept
    DATA_MAY_BE_DELETED = "data-may-be-deleted"
    DATA_DELETED = "data-deleted"

    @property
    def lane(self) -> str:
        return "data" if self.name.startswith("DATA_") else "access"


@dataclass(frozen=True)
class KeyDate:
    """One day on the timeline, a calendar day in the admin's time zone."""

    kind: DateKind
    day: date
    known: bool = True       # False: estimated from the state (Graph does not give it)


@dataclass(frozen=True)
class Span:
    """A phase from ``start`` (inclusive) to ``end`` (exclusive; None: open-ended)."""

    phase: Phase
    start: date
    end: date | None = None


@dataclass(frozen=True)
class KeyDates:
    """The dates for one subscription and one way of ending it."""

    subscription_id: str
    ending: Ending
    dates: tuple[KeyDate, ...]
    early_termination_fee: bool    # cancelling before the term's end may cost a fee
    refund: Refund
    refund_ends: date | None       # the last day of the refund window, when known
    prorated_credit: bool          # credit in the next billing cycle
    partner: bool                  # the partner cancels; their terms apply
    time_zone: str
    computed_at: datetime
    spans: tuple[Span, ...] = ()

    def get(self, kind: DateKind) -> KeyDate | None:
        return next((d for d in self.dates if d.kind is kind), None)

    def day(self, kind: DateKind) -> date | None:
        found = self.get(kind)
        return found.day if found else None

    @property
    def earliest_deletion(self) -> date | None:
        """The day to have everything backed up by."""
        return self.day(DateKind.DATA_MAY_BE_DELETED) or self.day(DateKind.DATA_DELETED)


def local_day(moment: datetime, zone: tzinfo) -> date:
    """The calendar day ``moment`` falls on in ``zone`` (a naive time is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date()


def zone_name(zone: tzinfo | None) -> str:
    return getattr(zone, "key", None) or str(zone or "UTC")


def endings_for(subscription: Subscription) -> tuple[Ending, ...]:
    """The ways this subscription can end, the default first."""
    if subscription.is_trial:
        return (Ending.TRIAL_EXPIRES,)
    if subscription.status == "Enabled":
        if subscription.next_lifecycle is None:
            return (Ending.CANCEL_NOW,)
        return (Ending.CANCEL_NOW, Ending.RUN_OUT)
    if subscription.status == "Warning":
        return (Ending.CANCEL_NOW, Ending.ALREADY_ENDING)
    return (Ending.ALREADY_ENDING,)


def compute(subscription: Subscription, *, now: datetime, ending: Ending | None = None,
            decision: Decision | None = None, partner: bool = False) -> KeyDates:
    """The key dates of ``subscription`` ending as ``ending`` (default: its first way).

    ``now`` is an aware datetime in the admin's time zone; it is the only clock.
    """
    if now.tzinfo is None:
        raise ValueError("now must carry the admin's time zone")
    zone = now.tzinfo
    today = now.date()
    offered = endings_for(subscription)
    ending = ending if ending in offered else offered[0]
    partner = partner or (decision is not None and decision.path is CancellationPath.PARTNER)
    next_day = local_day(subscription.next_lifecycle, zone) if subscription.next_lifecycle else None

    if ending is Ending.TRIAL_EXPIRES:
        dates, spans = _trial(today, next_day)
    elif ending is Ending.ALREADY_ENDING:
        dates, spans = _already_ending(subscription.status, today, next_day)
    elif ending is Ending.RUN_OUT and next_day is not None:
        dates, spans = _run_out(today, next_day)
    else:
        dates, spans = _cancel_now(today, next_day)

    paid_active = not subscription.is_trial and subscription.status in ("Enabled", "Warning")
    fee_possible = decision.early_termination_fee_possible if decision else paid_active
    term_running = subscription.status == "Enabled" and (next_day is None or today < next_day)
    cancels_early = ending is Ending.CANCEL_NOW and term_running
    fee = cancels_early and fee_possible and not partner

    refund, refund_ends = Refund.NONE, None
    product_key = decision is not None and decision.path is CancellationPath.PRODUCT_KEY
    if cancels_early and not partner and not product_key and not subscription.is_trial:
        refund = Refund.UNKNOWN
        if subscription.created is not None:
            window_end = subscription.created + timedelta(days=REFUND_DAYS)
            if now < window_end:
                refund, refund_ends = Refund.WITHIN_WINDOW, local_day(window_end, zone)
    if refund_ends is not None:
        dates = (*dates, KeyDate(DateKind.REFUND_WINDOW_ENDS, refund_ends))

    return KeyDates(
        subscription_id=subscription.id,
        ending=ending,
        dates=tuple(sorted(dates, key=lambda d: (d.day, _ORDER.index(d.kind)))),
        early_termination_fee=fee,
        refund=refund,
        refund_ends=refund_ends,
        prorated_credit=cancels_early and not partner and not product_key,
        partner=partner,
        time_zone=zone_name(zone),
        computed_at=now,
        spans=spans,
    )


_ORDER = list(DateKind)
Dates = tuple[tuple[KeyDate, ...], tuple[Span, ...]]


def _after(day: date, days: int) -> date:
    return day + timedelta(days=days)


def _cancel_now(today: date, term_end: date | None) -> Dates:
    earliest, disabled_end = _after(today, EARLIEST_DELETION_DAYS), _after(today, DISABLED_DAYS)
    deleted = _after(today, DELETED_BY_DAYS)
    dates = [KeyDate(DateKind.TODAY, today), KeyDate(DateKind.ENDS, today),
             KeyDate(DateKind.DATA_MAY_BE_DELETED, earliest),
             KeyDate(DateKind.DISABLED_ENDS, disabled_end),
             KeyDate(DateKind.DATA_DELETED, deleted)]
    if term_end is not None and today < term_end:
        dates.append(KeyDate(DateKind.TERM_ENDS, term_end))
    spans = (Span(Phase.READ_ONLY, today, disabled_end), Span(Phase.NO_ACCESS, disabled_end),
             Span(Phase.DATA_KEPT, today, earliest),
             Span(Phase.DATA_MAY_BE_DELETED, earliest, deleted),
             Span(Phase.DATA_DELETED, deleted))
    return tuple(dates), spans


def _run_out(today: date, term_end: date) -> Dates:
    disabled = _after(term_end, EXPIRED_DAYS)
    disabled_end = _after(disabled, DISABLED_DAYS)
    earliest = _after(term_end, EARLIEST_DELETION_DAYS)
    deleted = _after(term_end, DELETED_BY_DAYS)
    dates = (KeyDate(DateKind.TODAY, today), KeyDate(DateKind.ENDS, term_end),
             KeyDate(DateKind.DISABLED, disabled),
             KeyDate(DateKind.DATA_MAY_BE_DELETED, earliest),
             KeyDate(DateKind.DISABLED_ENDS, disabled_end),
             KeyDate(DateKind.DATA_DELETED, deleted))
    spans = (Span(Phase.ACTIVE, today, term_end), Span(Phase.EXPIRED, term_end, disabled),
             Span(Phase.READ_ONLY, disabled, disabled_end), Span(Phase.NO_ACCESS, disabled_end),
             Span(Phase.DATA_KEPT, today, earliest),
             Span(Phase.DATA_MAY_BE_DELETED, earliest, deleted),
             Span(Phase.DATA_DELETED, deleted))
    return dates, spans


def _trial(today: date, expires: date | None) -> Dates:
    """A trial: active until it expires, then the expired period, then its data is deleted."""
    known = expires is not None
    expires = expires or today
    deleted = _after(expires, EXPIRED_DAYS)
    dates = (KeyDate(DateKind.TODAY, today), KeyDate(DateKind.ENDS, expires, known),
             KeyDate(DateKind.DATA_DELETED, deleted, known))
    spans = (Span(Phase.ACTIVE, today, expires), Span(Phase.EXPIRED, expires, deleted),
             Span(Phase.NO_ACCESS, deleted),
             Span(Phase.DATA_KEPT, today, deleted), Span(Phase.DATA_DELETED, deleted))
    return dates, spans


def _already_ending(status: str, today: date, next_day: date | None) -> Dates:
    """Warning (expired, grace) or Suspended (disabled): dates from the current state.

    Graph's nextLifecycleDateTime is when the state moves on: from Warning to
    Suspended, from Suspended to deleted. The day it ended is estimated back from it.
    """
    if status == "Warning":
        disabled = next_day or today
        ended = _after(disabled, -EXPIRED_DAYS)
        disabled_end = _after(disabled, DISABLED_DAYS)
        earliest = _after(ended, EARLIEST_DELETION_DAYS)
        deleted = _after(ended, DELETED_BY_DAYS)
        dates = (KeyDate(DateKind.TODAY, today), KeyDate(DateKind.ENDS, ended, False),
                 KeyDate(DateKind.DISABLED, disabled, next_day is not None),
                 KeyDate(DateKind.DATA_MAY_BE_DELETED, earliest, False),
                 KeyDate(DateKind.DISABLED_ENDS, disabled_end, next_day is not None),
                 KeyDate(DateKind.DATA_DELETED, deleted, False))
        spans = (Span(Phase.EXPIRED, min(ended, today), disabled),
                 Span(Phase.READ_ONLY, disabled, disabled_end), Span(Phase.NO_ACCESS, disabled_end),
                 Span(Phase.DATA_KEPT, min(ended, today), earliest),
                 Span(Phase.DATA_MAY_BE_DELETED, earliest, deleted),
                 Span(Phase.DATA_DELETED, deleted))
        return dates, spans
    if status == "Suspended":
        disabled_end = next_day or _after(today, DISABLED_DAYS)
        disabled = _after(disabled_end, -DISABLED_DAYS)
        earliest = _after(disabled, EARLIEST_DELETION_DAYS)   # may lie in the past
        deleted = _after(disabled, DELETED_BY_DAYS)
        dates = (KeyDate(DateKind.TODAY, today), KeyDate(DateKind.DISABLED, disabled, False),
                 KeyDate(DateKind.DATA_MAY_BE_DELETED, earliest, False),
                 KeyDate(DateKind.DISABLED_ENDS, disabled_end, next_day is not None),
                 KeyDate(DateKind.DATA_DELETED, deleted, False))
        spans = (Span(Phase.READ_ONLY, min(disabled, today), disabled_end),
                 Span(Phase.NO_ACCESS, disabled_end),
                 Span(Phase.DATA_KEPT, min(disabled, today), max(earliest, min(disabled, today))),
                 Span(Phase.DATA_MAY_BE_DELETED, earliest, deleted),
                 Span(Phase.DATA_DELETED, deleted))
        return dates, spans
    # LockedOut or a state Graph adds later: only the next change is known.
    deleted = next_day or today
    dates = (KeyDate(DateKind.TODAY, today),
             KeyDate(DateKind.DATA_DELETED, deleted, next_day is not None))
    return dates, (Span(Phase.NO_ACCESS, today), Span(Phase.DATA_MAY_BE_DELETED, today, deleted),
                   Span(Phase.DATA_DELETED, deleted))
