"""How many files to fetch at once, chosen from what the link shows.

A download is a wait (the request goes out, the server finds the file, the first byte
comes back: one round trip plus the server's time) followed by the bytes arriving. While
a connection waits it moves nothing, so on a link with a long round trip small files
leave it idle most of the time: on 40 ms with 64 KiB files at 200 Mbit/s a connection
waits 40 ms, then receives for tens of ms. So: after each window of answers, if the
first byte took a round trip worth counting (latency-bound, see :func:`latency_bound`)
and the last step up moved the bytes per second up by at least :data:`GAIN`, take
another step up (x1.5). Stop at the
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
SAMPLES = 24    # whole answers in a window, at least ...
WINDOW_PER_CONNECTION = 4  # ... and this many per connection
STEP = 1.5      # each step up multiplies the connections by this
GAIN = 1.15     # ... and must bring this much more bytes per second to be followed by another
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
        paid = self._last_rate is None or rate >= self._last_rate * GAIN
        if not paid or not latency_bound(window) or self.current >= self.cap:
            self.done = True
            return None
        self._last_rate = rate
        self.current = step_up(self.current, self.cap)
        self._settle = self.current
        return self.current
