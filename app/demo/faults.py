"""Fault switches for the demo server, so tests can make Graph misbehave on purpose."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum


class FaultKind(Enum):
    """What goes wrong."""

    THROTTLE = "throttle"          # 429 with Retry-After
    UNAVAILABLE = "unavailable"    # 503 (with Retry-After when given)
    CUT = "cut"                    # the connection is closed halfway through the body
    CORRUPT = "corrupt"            # bytes of the body are flipped
    EXPIRE_TOKEN = "expire-token"  # every token issued so far stops working (401)
    SLOW = "slow"                  # the answer waits ``delay`` seconds
    EXPIRE_URLS = "expire-urls"    # every download URL handed out so far stops working
    NEAR_LIMIT = "near-limit"      # a normal answer that warns the limit is close (see below)
    IGNORE_RANGE = "ignore-range"  # a Range request gets the whole file (200), as some
    #                                SharePoint endpoints do (GetFileByServerRelativePath)


def warning_headers(fault: Fault, path: str) -> dict[str, str]:
    """What Microsoft sends when an app nears its limit, before any 429.

    "Avoid getting throttled or blocked in SharePoint Online": OneDrive and SharePoint send
    RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset (seconds until the window
    resets) once an app has used 80% of its resource units. "Microsoft Graph throttling
    guidance": Graph sends x-ms-throttle-limit-percentage (0.8 to 1.8) past 80%.
    """
    reset = str(int(fault.retry_after or 10))
    remaining = fault.times if fault.times >= 0 else 12  # -1 (always): 10% of 1200 left
    if path.startswith("/_download/") or "/drives/" in path:
        return {"RateLimit-Limit": "1200", "RateLimit-Remaining": str(remaining * 10),
                "RateLimit-Reset": reset}
    return {"x-ms-throttle-limit-percentage": "0.95", "x-ms-throttle-scope":
            "Tenant_Application/ReadWrite/demo"}


@dataclass
class Fault:
    """One armed fault: fires on matching requests, ``times`` times (-1: always)."""

    kind: FaultKind
    match: str = ""            # a substring of the request path ("" matches all)
    method: str = ""           # "" matches every method
    times: int = 1
    retry_after: float | None = 1
    delay: float = 0.0

    def matches(self, method: str, path: str) -> bool:
        return (not self.method or self.method == method) and self.match in path


class FaultPlan:
    """The faults armed on a server; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self.fired: list[tuple[FaultKind, str]] = []

    def add(self, kind: FaultKind | str, match: str = "", *, times: int = 1,
            retry_after: float | None = 1, delay: float = 0.0, method: str = "") -> Fault:
        fault = Fault(FaultKind(kind), match, method.upper(), times, retry_after, delay)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """The first armed fault for this request, used up by one."""
        with self._lock:
            for fault in self._faults:
                if fault.times != 0 and fault.matches(method, path):
                    if fault.times > 0:
                        fault.times -= 1
                    self.fired.append((fault.kind, path))
                    return fault
        return None
