"""SharePoint's resource-unit budget per app, as the demo tenant can enforce it (off by default).

Every OneDrive/SharePoint call an app makes costs resource units (RU); each app has its own
bucket per tenant and time window. From 80% used, answers carry ``RateLimit-Limit``,
``RateLimit-Remaining`` and ``RateLimit-Reset``; once the bucket is spent the answer is 429
with ``Retry-After``; an app that keeps sending while told to wait is answered with ever
longer ``Retry-After`` (its requests still count), and at last with 503, as SharePoint
blocks an app that keeps exceeding its limits.

Sources, read 2026-12 (the numbers are Microsoft's defaults and "may change at any time"):

- "Avoid getting throttled or blocked in SharePoint Online" (learn.microsoft.com,
  ms.date 10/02/2025): the costs and limits; "Throttled requests count towards usage limits,
  so failure to honor Retry-After may result in more throttling"; "If the offending
  application continues to exceed usage limits, SharePoint Online may completely block
  the application ... the application will keep getting HTTP status code 503". RateLimit
  headers: "When an application consumes 80% or more of its app 1-minute limit, the limit,
  remaining, and reset are returned" (beta, best effort, application permissions only);
  RateLimit-Reset is "the number of seconds until the quota is refilled"; on a 429 "the
  Retry-After matches the RateLimit-Reset ... honor the greater of the two values".
- "Microsoft Graph service-specific throttling limits": files and lists refer to the page
  above; identity and access answers carry ``x-ms-throttle-limit-percentage`` (0.8 to 1.8)
  past 80% of a limit.
- "Microsoft Graph throttling guidance": 429 with Retry-After; all requests accrue against
  the limits while throttled.

The numbers themselves, and where the sources disagree, are in ``app/graph/limits.py``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from app.graph.limits import (
    APP_RU_PER_MINUTE,
    COST_MULTI,
    COST_PERMISSIONS,
    COST_SINGLE,
    WARN_FROM,
    by_licences,
)

DEFAULT_APP = "cancel365-demo"  # the app of tokens issued without a client ID


def cost_of(method: str, path: str, query: Mapping[str, str]) -> int:
    """What one request costs in SharePoint's resource units; 0 when it is not SharePoint's.

    ``path`` is the request path (``/v1.0/...`` or ``/_download/...``). Only OneDrive and
    SharePoint calls (drives, sites, and the pre-authenticated downloads) are charged:
    directory, mail and the rest have their own limits.
    """
    if path.startswith("/_download/"):
        return COST_SINGLE
    lowered = path.lower()
    if not any(part in lowered for part in ("/drive", "/sites")):
        return 0
    expand = query.get("$expand", "").lower()
    if "/permissions" in lowered or "permissions" in expand:
        return COST_PERMISSIONS
    if method.upper() != "GET":
        return COST_MULTI
    if lowered.endswith("/delta") or lowered.endswith("/delta()"):
        tokens = ("token", "$deltatoken", "$skiptoken", "deltatoken", "skiptoken")
        return COST_SINGLE if any(query.get(t) for t in tokens) else COST_MULTI
    last = lowered.rstrip("/").rsplit("/", 1)[-1]
    if last in ("children", "drives", "sites", "getallsites", "items", "lists") \
            or lowered.endswith(":/children"):
        return COST_MULTI
    return COST_SINGLE


@dataclass
class Charge:
    """The budget's verdict on one request: 0 lets it through, else the refusal's status."""

    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    cost: int = 0


@dataclass
class _Bucket:
    start: float
    used: int = 0
    hold_until: float = 0.0   # told to wait until then (Retry-After)
    held_at: float = 0.0      # when that wait was first given
    strikes: int = 0          # requests sent while told to wait, in a row


@dataclass
class AppUsage:
    """What one app spent and was refused, for tests and benchmarks."""

    spent: int = 0
    requests: int = 0
    warned: int = 0
    throttled: int = 0
    early: int = 0            # sent while told to wait
    blocked: int = 0          # answered 503


class DemoBudget:
    """One bucket of ``limit`` resource units per app per ``window`` seconds; thread-safe.

    The real budget is :func:`by_licences` (``APP_RU_PER_MINUTE``) per 60 s. For tests and
    benchmarks both can be scaled: ``DemoBudget(limit=400, window=6)`` is a minute squeezed
    into six seconds. ``RateLimit-Reset`` is then given in tenths of a second (one sixtieth
    of the window, as whole seconds are of a real minute); ``Retry-After`` stays whole
    seconds, rounded up, as HTTP wants. A fixed window: the bucket fills up again ``window``
    seconds after it started; what was spent past the limit (requests sent while throttled)
    is carried into the next window, as those requests "count towards usage limits".
    """

    def __init__(self, limit: int = by_licences(APP_RU_PER_MINUTE, 10), window: float = 60.0, *,
                 warn_from: float = WARN_FROM, block_after: int = 12,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.warn_from = warn_from
        self.block_after = block_after   # early requests in a row before 503 ("blocked")
        # Seconds after a 429 for requests already sent (a network's latency, whatever the
        # window's scale).
        self.grace = 1.0
        self.clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}
        self.usage: dict[str, AppUsage] = {}

    @property
    def ceiling(self) -> float:
        """Resource units per second an app can spend at most, on average."""
        return self.limit / self.window

    def charge(self, app: str, method: str, path: str, query: Mapping[str, str]) -> Charge:
        """Take the cost of one request from ``app``'s bucket; the answer's headers or refusal."""
        cost = cost_of(method, path, query)
        if cost == 0:
            return Charge()
        with self._lock:
            now = self.clock()
            bucket = self._bucket(app, now)
            usage = self.usage.setdefault(app, AppUsage())
            usage.requests += 1
            usage.spent += cost
            bucket.used += cost   # a refused request counts too
            if now < bucket.hold_until:
                return self._early(bucket, usage, now, cost)
            bucket.strikes = 0
            if bucket.used > self.limit:
                bucket.hold_until = self._window_end(bucket)
                bucket.held_at = now
                usage.throttled += 1
                return self._refuse(bucket, now, 429, cost)
            if bucket.used >= self.warn_from * self.limit:
                usage.warned += 1
                return Charge(0, self._rate_headers(bucket, now), cost)
            return Charge(0, {}, cost)

    # -- inside the lock ---------------------------------------------------------

    def _bucket(self, app: str, now: float) -> _Bucket:
        bucket = self._buckets.get(app)
        if bucket is None:
            bucket = self._buckets[app] = _Bucket(now)
        elif now >= bucket.start + self.window:
            windows = math.floor((now - bucket.start) / self.window)
            carried = max(0, bucket.used - self.limit) if windows == 1 else 0
            bucket.start += windows * self.window
            bucket.used = carried
        return bucket

    def _window_end(self, bucket: _Bucket) -> float:
        return bucket.start + self.window

    def _early(self, bucket: _Bucket, usage: AppUsage, now: float, cost: int) -> Charge:
        """Sent while told to wait: a longer wait each time; at last 503 (blocked).

        Requests that were already on their way when the first 429 went out (a pool of
        workers) get the same wait without a strike: within ``grace`` of that 429.
        """
        if now - bucket.held_at <= self.grace:
            usage.throttled += 1
            return self._refuse(bucket, now, 429, cost)
        bucket.strikes += 1
        usage.early += 1
        extra = min(10 * self.window, self.window * 2 ** min(bucket.strikes - 1, 10) / 4)
        bucket.hold_until = max(bucket.hold_until, now) + extra  # a quarter window, then doubling
        if bucket.strikes > self.block_after:
            usage.blocked += 1
            return self._refuse(bucket, now, 503, cost)
        usage.throttled += 1
        return self._refuse(bucket, now, 429, cost)

    def _refuse(self, bucket: _Bucket, now: float, status: int, cost: int) -> Charge:
        wait = max(1, math.ceil(bucket.hold_until - now - 1e-9))
        headers = {"Retry-After": str(wait)}
        if status == 429:
            headers.update(self._rate_headers(bucket, now, remaining=0,
                                              reset=bucket.hold_until - now))
        return Charge(status, headers, cost)

    def _rate_headers(self, bucket: _Bucket, now: float, *, remaining: int | None = None,
                      reset: float | None = None) -> dict[str, str]:
        left = max(0, self.limit - bucket.used) if remaining is None else remaining
        until = bucket.start + self.window - now if reset is None else reset
        return {"RateLimit-Limit": str(self.limit), "RateLimit-Remaining": str(left),
                "RateLimit-Reset": self._seconds(until)}

    def _seconds(self, seconds: float) -> str:
        """Seconds until the reset, rounded up to a sixtieth of the window (whole seconds
        for a real one-minute window)."""
        unit = self.window / 60
        ticks = max(1, math.ceil(seconds / unit - 1e-9))
        value = ticks * unit
        return str(int(round(value))) if abs(value - round(value)) < 1e-6 else f"{value:.2f}"
