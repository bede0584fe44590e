"""One back-off shared by every thread that talks to Graph.

Throttling is per app and tenant, not per connection: when one worker gets a
429 every worker must slow down. The pacer keeps a "not before" instant that
all callers wait for, and a spacing between requests that grows on throttling
and decays on success (rclone's pacer works the same way).

Before any 429, SharePoint tells how much of the app's budget is left
("Avoid getting throttled or blocked in SharePoint Online": ``RateLimit-Limit``,
``RateLimit-Remaining``, ``RateLimit-Reset`` from 80% of the app's 1-minute
resource units used). The pacer then spreads what is left over the seconds
until the reset, for every caller at once, and holds everyone back when only a
pool's worth is left, until the bucket refills; then it goes full speed again.
The budget's numbers are in ``app/demo/budget.py``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Pacer:
    """Spaces requests out after throttling; thread-safe."""

    def __init__(
        self,
        *,
        min_spacing: float = 0.0,
        max_spacing: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep
        self._min = min_spacing
        self._max = max_spacing
        self._spacing = min_spacing
        self._not_before = 0.0
        self._hold_until = 0.0  # Retry-After: nobody sends before this, whatever slot they hold
        self._refill_at = 0.0   # RateLimit-Reset: the budget is full again then; spacing from it
        self._left = 0.0        # units left until then: the last RateLimit-Remaining, less the
        #                         slots handed out since (an answer read late says too many)
        # Units kept back for requests that were on their way when the server counted.
        self.reserve = 4
        self.aim = 0.9  # of the seconds until the reset, to spend what is left in

    @property
    def spacing(self) -> float:
        """Current pause between two requests, in seconds."""
        return self._spacing

    def wait(self) -> float:
        """Block until this caller may send; returns how long it waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                self._refilled(now)
                start = max(now, self._not_before)
                # Reserve a slot: the next caller goes one spacing later.
                self._not_before = start + self._spacing
                self._took_slot(start)
            delay = start - now
            if delay > 0:
                self._sleep(delay)
                waited += delay
            with self._lock:
                # A Retry-After that arrived while this caller slept moves it back.
                if self._clock() >= self._hold_until:
                    return waited

    def try_acquire(self) -> float:
        """Take a slot if one is free now (returns 0.0); else how long to wait, taking nothing.

        For a caller that must not block, such as a loop driving many downloads.
        """
        with self._lock:
            now = self._clock()
            self._refilled(now)
            ready = max(self._not_before, self._hold_until)
            if ready > now:
                return ready - now
            self._not_before = now + self._spacing
            self._took_slot(now)
            return 0.0

    def _took_slot(self, start: float) -> None:
        """One unit less of what the RateLimit headers left; at the reserve, wait for the reset."""
        if not self._refill_at:
            return
        self._left -= 1
        if self._left <= self.reserve:
            self._not_before = max(self._not_before, self._refill_at)

    def _refilled(self, now: float) -> None:
        """Past the RateLimit-Reset the budget is full again: no spacing from it any more."""
        if self._refill_at and now >= self._refill_at:
            self._refill_at = 0.0
            self._spacing = self._min

    def throttled(self, retry_after: float | None, headers: object = None) -> None:
        """Graph said slow down: nobody sends before Retry-After, and we go slower.

        With the 429's ``headers``: when it names RateLimit-Reset, the greater of the two
        is honoured ("Avoid getting throttled or blocked in SharePoint Online"), and the
        budget is known to be full again after it, so the pace is not slowed further.
        """
        reset = _number(_getter(headers)("RateLimit-Reset")) if headers is not None else None
        with self._lock:
            now = self._clock()
            if reset is not None:
                pause = max(retry_after or 0.0, reset)
                self._refill_at = max(self._refill_at, now + pause)
            else:
                self._spacing = min(self._max, max(0.05, self._spacing * 2 or 0.1))
                pause = retry_after if retry_after is not None else self._spacing * 4
            self._hold_until = max(self._hold_until, now + pause)
            self._not_before = max(self._not_before, self._hold_until)

    def warned(self, headers: object) -> bool:
        """An answer that says the limit is close: slow down before the 429; True if it did.

        "Avoid getting throttled or blocked in SharePoint Online": OneDrive and SharePoint
        send RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (seconds until the
        window resets) once an app has used 80% of its resource units. "Microsoft Graph
        throttling guidance": Graph sends x-ms-throttle-limit-percentage (0.8 and up).
        ``headers`` is anything with ``get(name)`` (a requests header dict, a transfer's
        :meth:`Answer.header`).
        """
        get = _getter(headers)
        remaining, reset = _number(get("RateLimit-Remaining")), _number(get("RateLimit-Reset"))
        if remaining is not None and reset is not None:
            self._spread(remaining, reset)
            return True
        percentage = _number(get("x-ms-throttle-limit-percentage"))
        if remaining is None and (percentage is None or percentage < 0.8):
            return False
        with self._lock:  # a share used, but not of what nor until when: slow down by steps
            self._spacing = min(self._max, max(0.05, self._spacing * 1.5))
            self._not_before = max(self._not_before, self._clock() + self._spacing)
        return True

    def _spread(self, remaining: float, reset: float) -> None:
        """``remaining`` units until ``reset`` seconds from now: one request every
        reset / remaining seconds, for all callers together; with only the reserve left,
        nobody sends until the reset. Not capped by ``max_spacing``: a slower pace than
        the budget's own would just be waiting for nothing, a faster one a 429."""
        with self._lock:
            now = self._clock()
            refill = now + reset
            if self._refill_at > now:  # the same window: the lower count and the earlier reset
                remaining = min(remaining, self._left)
                refill = min(refill, self._refill_at)
            self._left, self._refill_at = remaining, refill
            reset = refill - now
            usable = remaining - self.reserve
            if usable < 1:
                self._spacing = self._min
                self._not_before = max(self._not_before, refill)
                return
            # Aim to be done a little before the reset: it is rounded up, it was counted from
            # when the server answered, and a late slot is a lost unit. Spending early costs
            # nothing; each answer's numbers correct the pace again.
            spacing = self.aim * reset / usable
            # The next slot: one new spacing after the last one handed out.
            self._not_before = max(now, self._not_before - self._spacing + spacing)
            self._spacing = spacing

    def succeeded(self) -> None:
        """A request went through: let the spacing decay towards the minimum."""
        with self._lock:
            if self._refill_at:  # paced by the budget's own numbers until its reset
                return
            if self._spacing > self._min:
                self._spacing = max(self._min, self._spacing * 0.8)
                if self._spacing < 0.01:
                    self._spacing = self._min


def _getter(headers: object) -> Callable[[str], object]:
    """``get(name)`` of a header mapping, or the function itself (Answer.header)."""
    if callable(headers):
        return headers  # type: ignore[return-value]
    return headers.get  # type: ignore[attr-defined,no-any-return]


def _number(value: object) -> float | None:
    try:
        return float(str(value).strip()) if value is not None else None
    except ValueError:
        return None
