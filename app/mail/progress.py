"""The mail backup's progress, counted across the mailbox threads and reported at most every 0.25 s."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class MailProgress:
    mailboxes_done: int
    mailboxes_total: int
    messages_done: int
    messages_total: int
    failed: int
    current: str = ""


class ProgressCounter:
    """Counts mailboxes and messages from many threads; ``report`` hands out a snapshot."""

    def __init__(self, on_progress: Callable[[MailProgress], None] | None) -> None:
        self.on_progress = on_progress
        self._lock = threading.Lock()
        self._emit_lock = threading.Lock()
        self._done = self._total = self._failed = self._boxes_done = 0
        self._boxes_total = 0
        self._last_progress = 0.0

    def mailboxes(self, total: int) -> None:
        self._boxes_total = total

    def listed(self, messages: int) -> None:
        with self._lock:
            self._total += messages

    def message_done(self, failed: bool) -> None:
        with self._lock:
            self._done += 1
            if failed:
                self._failed += 1

    def mailbox_done(self) -> None:
        with self._lock:
            self._boxes_done += 1

    def report(self, current: str = "", force: bool = False) -> None:
        if self.on_progress is None:
            return
        now = time.monotonic()
        with self._lock:
            if not force and now - self._last_progress < 0.25:
                return
            self._last_progress = now
            p = MailProgress(self._boxes_done, self._boxes_total, self._done, self._total,
                             self._failed, current)
        with self._emit_lock:       # one at a time: a JSON line is never interleaved
            self.on_progress(p)
