"""One back-off shared by every thread that talks to Graph.

Throttling is per app and tenant, not per connection: when one worker gets a
429 every worker must slow down. The pacer keeps a "not before" instant that
all callers wait for, and a spacing between requests that grows on throttling
and decays on success (rclone's pacer works the same way).
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
                start = max(now, self._not_before)
                # Reserve a slot: the next caller goes one spacing later.
                self._not_before = start + self._spacing
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
            ready = max(self._not_before, self._hold_until)
            if ready > now:
                return ready - now
            self._not_before = now + self._spacing
            return 0.0

    def throttled(self, retry_after: float | None) -> None:
        """Graph said slow down: nobody sends before Retry-After, and we go slower."""
        with self._lock:
            self._spacing = min(self._max, max(0.05, self._spacing * 2 or 0.1))
            pause = retry_after if retry_after is not None else self._spacing * 4
            self._hold_until = max(self._hold_until, self._clock() + pause)
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
        get = headers if callable(headers) else headers.get
        remaining, reset = _number(get("RateLimit-Remaining")), _number(get("RateLimit-Reset"))
        percentage = _number(get("x-ms-throttle-limit-percentage"))
        if remaining is None and (percentage is None or percentage < 0.8):
            return False
        with self._lock:
            target = max(0.05, self._spacing * 1.5)
            if remaining is not None and reset is not None:
                target = max(target, reset / max(1.0, remaining))  # spread what is left
            self._spacing = min(self._max, target)
            self._not_before = max(self._not_before, self._clock() + self._spacing)
        return True

    def succeeded(self) -> None:
        """A request went through: let the spacing decay towards the minimum."""
        with self._lock:
            if self._spacing > self._min:
                self._spacing = max(self._min, self._spacing * 0.8)
                if self._spacing < 0.01:
                    self._spacing = self._min


def _number(value: object) -> float | None:
    try:
        return float(str(value).strip()) if value is not None else None
    except ValueError:
        return None
