"""How many files to fetch at once, chosen from what the link shows.

A download is a wait (the request goes out, the server finds the file, the first byte
comes back: one round trip plus the server's time) followed by the bytes arriving. While
a connection waits it moves nothing, so on a link with a long round trip small files
leave it idle most of the time: on 40 ms with 64 KiB files at 200 Mbit/s a connection
waits 40 ms, then receives for tens of ms. So: after each window of answers, if the
first byte took a round trip worth counting (latency-bound, see :func:`latency_bound`)
and the last step up moved the bytes per second up by at least a third of what it added
in connections (:data:`GAIN_SHARE`), take another step up (x1.5). Stop at a step that
did not pay in :data:`MISSES` windows (the link, the server or this machine is the limit),
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
SAMPLES = 24    # whole answers in a window, at least ...
WINDOW_PER_CONNECTION = 4  # ... and this many per connection
STEP = 1.5      # each step up multiplies the connections by this
GAIN_SHARE = 1 / 3  # a step must bring a third of its extra connections in bytes per second
MISSES = 2          # ... in one of this many windows, or the climb ends there
MIN_WAIT = 0.005  # seconds to the first byte below which round trips are no reason (a LAN)


@dataclass
class Timing:
    """One whole answer: from the request to its first byte, then the bytes arriving."""

    waited: float      # seconds: libcurl's STARTTRANSFER_TIME - PRETRANSFER_TIME
    receiving: float   # seconds: TOTAL_TIME - STARTTRANSFER_TIME
    size: int = 0      # bytes received


def latency_bound(timings: list[Timing]) -> bool:
    """Round trips hold the typical answer back: its first byte took more than
    :data:`MIN_WAIT` and at least a quarter of the whole answer's time.

    (On a 40 ms link a 64 KiB answer waits 40 ms and receives for 20-70 ms more: the
    sender's congestion control paces a short burst over about a round trip too.)
    """
    if not timings:
        return False
    waited = statistics.median(t.waited for t in timings)
    receiving = statistics.median(t.receiving for t in timings)
    return waited >= MIN_WAIT and waited >= (waited + receiving) / 4


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
    _settle: int = 0              # answers to let pass after a step before the next window
    _misses: int = 0              # windows in a row where the last step did not pay
    _wanted_gain: float = 1.0     # what the last step must bring to be followed by another

    def measured(self, timing: Timing) -> int | None:
        """Count one whole answer; returns a new number of connections, or None for no change."""
        if self.done:
            return None
        if self._settle > 0:  # new connections start cold (handshake, slow start): not yet
            self._settle -= 1
            return None
        now = self.clock()
        if self._since is None:
            self._since = now
            return None  # the window opens at this answer's end
        self._window.append(timing)
        if len(self._window) < max(SAMPLES, WINDOW_PER_CONNECTION * self.current):
            return None
        rate = sum(t.size for t in self._window) / max(now - self._since, 1e-6)
        window, self._window, self._since = self._window, [], None
        if not latency_bound(window) or self.current >= self.cap:
            self.done = True
            return None
        if self._last_rate is not None and rate < self._last_rate * self._wanted_gain:
            self._misses += 1  # once may be noise (a loss, a busy server): look again
            self.done = self._misses >= MISSES
            return None
        self._misses = 0
        self._last_rate = max(rate, self._last_rate or 0.0)
        before, self.current = self.current, step_up(self.current, self.cap)
        self._wanted_gain = 1 + (self.current / before - 1) * GAIN_SHARE
        self._settle = self.current
        return self.current
