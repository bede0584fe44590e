"""How many files to fetch at once, chosen from what the link shows.

A download is a wait (the request goes out, the server finds the file, the first byte
comes back: one round trip plus the server's time) followed by the bytes arriving. While
a connection waits it moves nothing, so on a link with a long round trip small files
leave it idle most of the time: on 40 ms with 64 KiB files at 200 Mbit/s a connection
waits 40 ms for a few ms of bytes. So: after each window of answers, if the connections
spent more time waiting than receiving (latency-bound), and the last step up moved the
bytes per second up by at least :data:`GAIN`, take another step up (x1.5). Stop at the
first step that did not pay (the link, the server or this machine is the limit then),
or when the bytes dominate (big files: more connections would only share the link). On
loopback or a LAN the wait is next to nothing and the starting number is kept.

The number only grows, and never past :data:`CAP`:

- Microsoft documents no safe number of parallel connections ("Avoid getting throttled
  or blocked in SharePoint Online"; the Graph "Microsoft Graph throttling guidance"
  page): what SharePoint throttles is the app's resource units per tenant (1 unit per
  file download; 18,750 units per 5 minutes for up to 1,000 licences), whatever the
  number of connections. That budget is the pacer's job (``app/graph/pacer.py``: it
  slows every connection on RateLimit-* headers from 80% used, and on 429/503 with
  Retry-After). Connections only decide how close to the link or the budget we get.
- The same pages ask callers to "reduce the number of concurrent requests" when
  throttled and to avoid request spikes; "a small pool (about 4-8) with a shared
  back-off is usual" (the project's Microsoft 365 facts). :data:`CAP` 16 (the engine's
  ``MAX_WORKERS``) is twice the top of that, reached only when the round trip, not the
  link or the budget, is what holds the files back; with HTTP/1.1 that is 16 TCP
  connections to one host, about what two or three browsers open.
- A fixed ``--workers N`` from the admin is never changed.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

START = 6       # connections at the start (the engine's DEFAULT_WORKERS)
CAP = 16        # at most, see above
SAMPLES = 24    # whole answers in a window, at least (and 3 per connection)
STEP = 1.5      # each step up multiplies the connections by this
GAIN = 1.15     # ... and must bring this much more bytes per second to be followed by another


@dataclass
class Timing:
    """One whole answer: from the request to its first byte, then the bytes arriving."""

    waited: float      # seconds: libcurl's STARTTRANSFER_TIME - PRETRANSFER_TIME
    receiving: float   # seconds: TOTAL_TIME - STARTTRANSFER_TIME
    size: int = 0      # bytes received


def latency_bound(timings: list[Timing]) -> bool:
    """The typical answer spent longer waiting for its first byte than receiving bytes."""
    if not timings:
        return False
    return statistics.median(t.waited for t in timings) > \
        statistics.median(t.receiving for t in timings)


def step_up(current: int, cap: int = CAP) -> int:
    return min(cap, max(current + 1, math.ceil(current * STEP)))


@dataclass
class LinkWatch:
    """Watches windows of whole answers and says when to use more connections."""

    current: int = START
    cap: int = CAP
    clock: Callable[[], float] = time.monotonic
    done: bool = False            # stopped looking: the number stays
    _window: list[Timing] = field(default_factory=list)
    _since: float | None = None
    _last_rate: float | None = None

    def measured(self, timing: Timing) -> int | None:
        """Count one whole answer; returns a new number of connections, or None for no change."""
        if self.done:
            return None
        now = self.clock()
        if self._since is None:
            self._since = now
        self._window.append(timing)
        if len(self._window) < max(SAMPLES, 3 * self.current):
            return None
        rate = sum(t.size for t in self._window) / max(now - self._since, 1e-6)
        window, self._window, self._since = self._window, [], now
        paid = self._last_rate is None or rate >= self._last_rate * GAIN
        if not paid or not latency_bound(window) or self.current >= self.cap:
            self.done = True
            return None
        self._last_rate = rate
        self.current = step_up(self.current, self.cap)
        return self.current
