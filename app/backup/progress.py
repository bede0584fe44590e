"""What a running backup reports: overall and per-drive counts, speed, time left.

A plain dataclass handed to a callback, so the wizard page, the terminal line
and ``--json-progress`` all show the same numbers.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class DriveStatus:
    """One drive's part of the backup."""

    drive_id: str
    kind: str
    owner: str
    name: str
    state: str = "waiting"     # waiting, listing, downloading, done, failed
    files_total: int = 0
    files_done: int = 0
    files_failed: int = 0
    bytes_total: int = 0
    bytes_done: int = 0
    reason: str = ""


@dataclass
class Progress:
    """One progress event."""

    event: str                 # planning, listing, progress, file-failed, finished, cancelled, stopped
    phase: str
    files_total: int = 0
    files_done: int = 0
    files_failed: int = 0
    files_skipped: int = 0
    bytes_total: int = 0
    bytes_done: int = 0
    speed: float = 0.0         # bytes per second over the last few seconds
    eta_seconds: float | None = None
    paused: bool = False
    message: str = ""
    drives: list[DriveStatus] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Speedometer:
    """Bytes per second over a sliding window; thread-safe counting."""

    def __init__(self, window: float = 5.0) -> None:
        self._lock = threading.Lock()
        self._window = window
        self._samples: deque[tuple[float, int]] = deque()
        self.total = 0

    def add(self, n: int) -> None:
        with self._lock:
            self.total += n

    def speed(self) -> float:
        now = time.monotonic()
        with self._lock:
            total = self.total
        self._samples.append((now, total))
        while len(self._samples) > 2 and now - self._samples[0][0] > self._window:
            self._samples.popleft()
        first_t, first_total = self._samples[0]
        return (total - first_total) / (now - first_t) if now > first_t else 0.0
