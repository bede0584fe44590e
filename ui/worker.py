"""The one bridge between the core and the GUI thread.

A core function runs on Qt's thread pool; its result, its error and its
progress come back as queued signals. Progress is coalesced: whatever the
core reports, the GUI hears the latest value at most five times a second.
"""

from __future__ import annotations

import threading
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

    def __init__(self) -> None:
        self.cancelled = threading.Event()
        self._lock = threading.Lock()
        self._latest: Any = _NOTHING

    def report(self, value: Any) -> None:
        """Thread-safe; only the latest value reaches the GUI."""
        with self._lock:
            self._latest = value

    def take(self) -> Any:
        with self._lock:
            value, self._latest = self._latest, _NOTHING
        return value


class Task(QObject):
    """A core call in the background. Connect to its signals, then :meth:`start`."""

    succeeded = Signal(object)
    failed = Signal(object)       # the exception
    progress = Signal(object)
    finished = Signal()

    _done = Signal(bool, object)  # internal: from the pool thread to the GUI thread

    def __init__(self, fn: Callable[[TaskControl], Any], parent: QObject | None = None,
                 *, progress_interval_ms: int = 200) -> None:
        super().__init__(parent)
        self.control = TaskControl()
        self._fn = fn
        self.running = False
        self._timer = QTimer(self)
        self._timer.setInterval(progress_interval_ms)
        self._timer.timeout.connect(self._flush_progress)
        self._done.connect(self._on_done)

    def start(self) -> Task:
        self.running = True
        _running.add(self)
        self._timer.start()
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self.control.cancelled.set()

    def _flush_progress(self) -> None:
        value = self.control.take()
        if value is not _NOTHING:
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
