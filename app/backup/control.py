"""Pause, resume and cancel for a running backup, from any thread (a page, a signal handler)."""

from __future__ import annotations

import threading


class Stopped(Exception):  # noqa: N818 - a request, not a bug
    """Raised inside the workers when the backup was cancelled or had to stop."""


class BackupControl:
    """The buttons: :meth:`pause`, :meth:`resume`, :meth:`cancel`. Thread-safe."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._running = threading.Event()
        self._running.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled.set()
        self._running.set()  # wake paused workers so they can stop

    def checkpoint(self) -> None:
        """Wait while paused; raise :class:`Stopped` once cancelled."""
        while not self._running.wait(0.5):
            pass
        if self._cancelled.is_set():
            raise Stopped()

    def sleep(self, seconds: float) -> None:
        """Sleep, but wake (and stop) at once on cancel."""
        if self._cancelled.wait(seconds):
            raise Stopped()
