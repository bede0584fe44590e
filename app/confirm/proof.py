"""Proof from Graph that the subscription left Enabled after the admin cancelled it."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.errors import Cancel365Error
from app.graph.client import GraphClient

ENABLED = "Enabled"


@dataclass(frozen=True)
class StatusReading:
    """One read of the subscription (companySubscription.status) and its SKU
    (subscribedSku.capabilityStatus); None when Graph no longer lists it (gone)."""

    at: datetime
    subscription_status: str | None
    sku_capability_status: str | None
    next_lifecycle_at: datetime | None = None
    sku_shared: bool = False   # the SKU also holds another subscription that is still Enabled

    @property
    def left_enabled(self) -> bool:
        """Both left Enabled: Warning, Suspended, LockedOut, Deleted, or gone. A licence pool
        that another Enabled subscription shares stays Enabled: then the subscription decides."""
        sku_left = self.sku_capability_status != ENABLED or self.sku_shared
        return self.subscription_status != ENABLED and sku_left


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


# -- the poll --------------------------------------------------------------------

DEFAULT_TIMEOUT_MINUTES = 10
DEFAULT_INTERVAL = 10.0      # seconds between reads; Graph's own retries come on top


def read_once(graph: GraphClient, subscription_id: str, sku_id: str,
              at: Callable[[], datetime]) -> StatusReading:
    """One reading of the subscription and its SKU (None when Graph no longer lists them)."""
    from app.confirm.status import read_statuses

    statuses = read_statuses(graph)
    mine = next((s for s in statuses if s.id == subscription_id), None)
    if mine is not None:
        shared = mine.sku is not None and any(
            s.id != subscription_id and s.status == ENABLED and s.id in mine.sku.subscription_ids
            for s in statuses)
        return StatusReading(at(), mine.status, mine.capability_status, mine.next_lifecycle,
                             shared)
    sku = next((s.sku for s in statuses if s.sku and s.sku.sku_id == sku_id), None)
    return StatusReading(at(), None, sku.capability_status if sku else None)


def poll_until_left_enabled(
    graph: GraphClient, subscription_id: str, sku_id: str, *,
    timeout: float, interval: float = DEFAULT_INTERVAL,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] | None = None,
    wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    on_reading: Callable[[StatusReading, float], None] | None = None,
    cancelled: threading.Event | None = None,
) -> Proof:
    """Read until both left Enabled, ``timeout`` seconds pass, a permanent Graph error
    stops it, or ``cancelled`` is set. Throttling (429/503 with Retry-After) and an
    expired token (401) are handled by the client, like every other call.

    ``on_reading(reading, seconds_left)`` hears every reading. Blocks: call it off the
    GUI thread.
    """
    if sleep is None:   # a cancel wakes the wait at once
        sleep = cancelled.wait if cancelled is not None else time.sleep
    started, start = wall_clock(), clock()
    deadline = start + timeout
    readings: list[StatusReading] = []

    def ended(*, timed_out: bool = False, error: str = "") -> Proof:
        left = bool(readings) and readings[-1].left_enabled
        return Proof(tuple(readings), left, started, wall_clock(), timed_out, error)

    while True:
        try:
            reading = read_once(graph, subscription_id, sku_id, wall_clock)
        except Cancel365Error as exc:   # the client already retried what can be retried
            return ended(error=str(exc))
        readings.append(reading)
        left = max(0.0, deadline - clock())
        if on_reading is not None:
            on_reading(reading, left)
        if reading.left_enabled:
            return ended()
        if left <= 0:
            return ended(timed_out=True)
        sleep(min(interval, left))
        if cancelled is not None and cancelled.is_set():
            return ended()
