"""quickXorHash of file ranges already on disk, beside the download thread, so hashing
never holds that thread's interpreter lock for long.

The download thread sends "bytes [start, end) of this file are written" and gets back
the range's register, already placed at its offset (:func:`app.backup.quickxor.at_offset`),
so ranges can be hashed in any order and XORed together (``parts.py``). What comes here:
the parts an earlier run left whole, and, where the hash folds in pure Python, every
part as it lands (where it folds in C, parts are hashed as they are written instead).

Where the hash folds in C (``quickxor.py``, 19-29 GB/s with the lock released), a thread
of this process does the work. Where it folds in pure Python (~2 GB/s, holding the lock
for every megabyte), :class:`HashWorker` runs the hashing in a spawned process instead
(the same on Windows, macOS and Linux; in the PyInstaller bundle ``app/__main__.py``
calls ``freeze_support``). If that process cannot be started, or dies, the ranges are
hashed on a thread: slower, never wrong.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Hashable
from dataclasses import dataclass
from multiprocessing.connection import Connection

from app.backup.quickxor import IMPLEMENTATION, QuickXorHash, at_offset

log = logging.getLogger(__name__)

READ = 1024 * 1024  # bytes read from the file at a time


@dataclass(frozen=True)
class Hashed:
    """One range's answer: its register placed at ``start``, or why it could not be read."""

    token: Hashable
    start: int
    end: int
    register: int = 0
    error: OSError | None = None


def hash_range(path: str, start: int, end: int) -> int:
    """The register of bytes [start, end) of ``path``, placed at ``start``."""
    hasher = QuickXorHash()
    buf = bytearray(READ)
    view = memoryview(buf)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        pos = start
        while pos < end:
            n = os.preadv(fd, [view[:min(READ, end - pos)]], pos) if hasattr(os, "preadv") \
                else _pread_into(fd, view[:min(READ, end - pos)], pos)
            if not n:
                raise OSError(f"{path} ends at {pos}, before {end}")
            hasher.update(view[:n])
            pos += n
    finally:
        os.close(fd)
    return at_offset(hasher.register(), start)


def _pread_into(fd: int, view: memoryview, pos: int) -> int:
    """Windows has no preadv: seek and read (the descriptor is this function's own)."""
    os.lseek(fd, pos, os.SEEK_SET)
    data = os.read(fd, len(view))
    view[:len(data)] = data
    return len(data)


def _serve(tasks: Connection, results: Connection) -> None:
    """The hashing process: (id, path, start, end) in, (id, register or error text) out."""
    while True:
        try:
            task = tasks.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        number, path, start, end = task
        try:
            results.send((number, hash_range(path, start, end), None))
        except OSError as exc:
            results.send((number, 0, f"{type(exc).__name__}: {exc}"))


class HashWorker:
    """Hashes ranges beside the download thread; answers arrive on :attr:`results`."""

    def __init__(self, *, use_process: bool | None = None) -> None:
        """``use_process``: hash in a process of its own; by default only where the hash
        folds in pure Python (a thread would take the download thread's lock)."""
        if use_process is None:
            use_process = IMPLEMENTATION != "C"
        self.results: queue.SimpleQueue[Hashed] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._waiting: dict[int, tuple[Hashable, str, int, int]] = {}
        self._numbers = itertools.count()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._tasks: Connection | None = None
        self._here: queue.SimpleQueue[int | None] | None = None
        if use_process:
            try:
                self._start_process()
            except (OSError, RuntimeError) as exc:  # no process on this system: a thread
                log.info("backup: hashing on a thread (no hashing process: %s)", exc)
        if self._process is None:
            self._start_thread()

    @property
    def in_process(self) -> bool:
        """Ranges still go to the hashing process (False: to a thread of this one)."""
        with self._lock:
            return self._tasks is not None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def submit(self, token: Hashable, path: str, start: int, end: int) -> None:
        """Hash bytes [start, end) of ``path`` (already written); the answer comes later."""
        number = next(self._numbers)
        with self._lock:
            self._waiting[number] = (token, path, start, end)
            tasks = self._tasks
        if tasks is None:
            assert self._here is not None
            self._here.put(number)
            return
        with contextlib.suppress(OSError):  # gone: the reader thread hands its work to a thread
            tasks.send((number, path, start, end))

    def close(self) -> None:
        if self._tasks is not None:
            with contextlib.suppress(OSError):
                self._tasks.send(None)
        if self._here is not None:
            self._here.put(None)
        if self._process is not None:
            self._process.join(5)
            if self._process.is_alive():
                self._process.kill()

    # -- inside ------------------------------------------------------------------------

    def _start_process(self) -> None:
        context = multiprocessing.get_context("spawn")
        task_out, task_in = context.Pipe(duplex=False)   # (receiving end, sending end)
        result_out, result_in = context.Pipe(duplex=False)
        process = context.Process(target=_serve, args=(task_out, result_in), daemon=True,
                                  name="cancel365-hash")
        process.start()
        task_out.close()
        result_in.close()
        self._process, self._tasks = process, task_in
        threading.Thread(target=self._read, args=(result_out,), daemon=True,
                         name="backup-hash-results").start()

    def _read(self, results: Connection) -> None:
        """The process's answers to :attr:`results`; if it dies, its work goes to a thread."""
        while True:
            try:
                number, register, error = results.recv()
            except (EOFError, OSError):
                break
            with self._lock:
                token, _path, start, end = self._waiting.pop(number)
            self.results.put(Hashed(token, start, end, register,
                                    OSError(error) if error else None))
        self._start_thread()
        with self._lock:
            left, self._tasks = sorted(self._waiting), None
        if left:
            log.warning("backup: the hashing process ended early; hashing on a thread instead")
        assert self._here is not None
        for number in left:
            self._here.put(number)

    def _start_thread(self) -> None:
        if self._here is not None:
            return
        self._here = queue.SimpleQueue()
        threading.Thread(target=self._hash_here, args=(self._here,), daemon=True,
                         name="backup-hash").start()

    def _hash_here(self, numbers: queue.SimpleQueue[int | None]) -> None:
        while (number := numbers.get()) is not None:
            with self._lock:
                token, path, start, end = self._waiting.pop(number)
            try:
                self.results.put(Hashed(token, start, end, hash_range(path, start, end)))
            except OSError as exc:
                self.results.put(Hashed(token, start, end, error=exc))
            except Exception as exc:  # a bug must end this file, not hang the backup
                log.exception("backup: hashing failed")
                self.results.put(Hashed(token, start, end, error=OSError(repr(exc))))
