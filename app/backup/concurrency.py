"""How many files to fetch at once, chosen from what the link shows.

A download is a wait (the request goes out, the server finds the file, the first byte
comes back: one round trip plus the server's time) followed by the bytes arriving. While
a connection waits it moves nothing, so on a link with a long round trip small files
leave it idle most of the time: on 40 ms with 64 KiB files at 200 Mbit/s a connection
waits 40 ms for 3 ms of bytes. Little's law gives the files that must be in flight to
keep the link busy: (wait + receiving) / receiving. On loopback or a LAN the wait is
next to nothing and the starting number is kept; on a slow link with big files the
bytes dominate and it is kept too (more connections would only share the same link).

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
from dataclasses import dataclass, field

START = 6       # connections at the start (the engine's DEFAULT_WORKERS)
CAP = 16        # at most, see above
SAMPLES = 24    # whole answers measured before the first choice
AGAIN_AFTER = 256  # ... and the choice is looked at again after this many more
HEADROOM = 1.25    # a little more than Little's law, for the spread of the waits


@dataclass
class Timing:
    """One whole answer: from the request to its first byte, then the bytes arriving."""

    waited: float      # seconds: libcurl's STARTTRANSFER_TIME - PRETRANSFER_TIME
    receiving: float   # seconds: TOTAL_TIME - STARTTRANSFER_TIME


def connections_for(timings: list[Timing], current: int, *, cap: int = CAP) -> int:
    """The files to have in flight: Little's law on the median answer, never fewer than now.

    Only grows: a link that is already full makes each answer's bytes take longer, which
    asks for fewer connections, and that is no reason to drop any.
    """
    if not timings:
        return current
    waited = statistics.median(t.waited for t in timings)
    receiving = max(statistics.median(t.receiving for t in timings), 1e-4)
    wanted = math.ceil(HEADROOM * (waited + receiving) / receiving)
    return max(current, min(cap, wanted))


@dataclass
class LinkWatch:
    """Collects the first answers' timings and says when the number should change."""

    current: int = START
    cap: int = CAP
    _timings: list[Timing] = field(default_factory=list)
    _next_choice: int = SAMPLES

    def measured(self, timing: Timing) -> int | None:
        """Count one whole answer; returns a new number of connections, or None for no change."""
        self._timings.append(timing)
        if len(self._timings) < self._next_choice:
            return None
        recent = self._timings[-SAMPLES:]
        self._timings = []
        self._next_choice = AGAIN_AFTER
        wanted = connections_for(recent, self.current, cap=self.cap)
        if wanted == self.current:
            return None
        self.current = wanted
        return wanted
