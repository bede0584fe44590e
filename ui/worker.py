"""The one bridge between the core and the GUI thread.

A core function runs on Qt's thread pool; its result, its error and its
progress come back as queued signals. Progress is coalesced: whatever the
core reports, the GUI hears the latest value at most five times a second.
The first report after a quiet spell is delivered at once (one queued wake-up,
however many reports follow), later ones at the end of the interval; nothing
runs on the GUI thread while the core reports nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

_NOTHING = object()
_running: set[Task] = set()   # touched on the GUI thread only


def cancel_all() -> None:
    """Ask every running task to stop: the window is closing."""
    for task in list(_running):
        task.cancel()


class TaskControl:
    """What a running core function may use: report progress, notice a cancel."""

    def __init__(self, wake: Callable[[], None] | None = None) -> None:
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._latest: Any = _NOTHING
        self._wake = wake        # tells the GUI thread a value waits (once until it is taken)
        self._woken = False

    def report(self, value: Any) -> None:
        """Thread-safe; only the latest value reaches the GUI."""
        with self._lock:
            self._latest = value
            wake, self._woken = not self._woken, True
        if wake and self._wake is not None:
            self._wake()

    def take(self) -> Any:
        with self._lock:
            value, self._latest = self._latest, _NOTHING
            self._woken = False
        return value


class Task(QObject):
    """A core call in the background. Connect to its signals, then :meth:`start`."""

    succeeded = Signal(object)
    failed = Signal(object)       # the exception
    progress = Signal(object)
    finished = Signal()

    _done = Signal(bool, object)  # internal: from the pool thread to the GUI thread
    _reported = Signal()          # internal: a progress value waits (queued, once per value)

    def __init__(self, fn: Callable[[TaskControl], Any], parent: QObject | None = None,
                 *, progress_interval_ms: int = 200) -> None:
        super().__init__(parent)
        self.control = TaskControl(wake=self._reported.emit)
        self._fn = fn
        self.running = False
        self._interval = progress_interval_ms / 1000
        self._last_emit = -1e9
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush_progress)
        self._reported.connect(self._schedule_progress)
        self._done.connect(self._on_done)

    def start(self) -> Task:
        self.running = True
        _running.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self.control.cancelled.set()

    def _schedule_progress(self) -> None:
        """On the GUI thread: show the value now, or when the interval since the last is over."""
        wait = self._last_emit + self._interval - time.monotonic()
        if wait <= 0:
            self._flush_progress()
        elif not self._timer.isActive():
            self._timer.start(max(1, int(wait * 1000)))

    def _flush_progress(self) -> None:
        value = self.control.take()
        if value is not _NOTHING:
            self._last_emit = time.monotonic()
            self.progress.emit(value)

    def _on_done(self, ok: bool, value: object) -> None:
        self._timer.stop()
        self._flush_progress()
        self.running = False
        _running.discard(self)
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        try:
            value = self._task._fn(self._task.control)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI, which shows it
            self._task._done.emit(False, exc)
        else:
            self._task._done.emit(True, value)


def run_task(parent: QObject, fn: Callable[[TaskControl], Any], *,
             on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None,
             on_progress: Callable[[Any], None] | None = None) -> Task:
    """Start ``fn`` in the background with callbacks on the GUI thread."""
    task = Task(fn, parent)
    if on_done:
        task.succeeded.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_progress:
        task.progress.connect(on_progress)
    task.finished.connect(task.deleteLater)
    return task.start()
