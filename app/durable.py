"""Files on the disk itself before a manifest calls them verified: one barrier per batch.

The files backup (app/backup/manifest.py) and the mail backup (app/mail/recording.py)
record many files in one transaction, a few times a second. Before that transaction, a
:class:`DiskBarrier` makes the batch's files and their renames durable,
so a power cut never leaves a file recorded verified whose bytes were still only in
the cache. A kill -9 loses nothing either way: the kernel's cache outlives the process.

One barrier per batch instead of one fsync per file as it is written:

- Linux: ``syncfs`` on the destination's file system, one call for the whole batch
  ("syncfs(2)": since Linux 5.8 it reports write-back errors, as fsync does).
- Elsewhere: ``fsync`` of each file, then of each folder they were renamed in (POSIX;
  Windows has no folder handle to flush and its renames go to the journal); on macOS
  one ``F_FULLFSYNC`` at the end, so the drive's own cache is flushed too
  ("fsync(2)" in Apple's manual: fsync alone does not). As SQLite does, a file system
  that refuses F_FULLFSYNC gets a plain fsync, and one that cannot sync a folder
  (EINVAL on some network and FUSE ones) has its folders passed over; a file that
  cannot be synced is an error, one no longer there is passed over.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from collections.abc import Callable, Iterable

_BINARY = getattr(os, "O_BINARY", 0)
_CANNOT_SYNC = {errno.EINVAL, getattr(errno, "ENOTSUP", errno.EINVAL),
                getattr(errno, "EOPNOTSUPP", errno.EINVAL)}


def _find_syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]


_SYNCFS = _find_syncfs()
WHOLE_FILE_SYSTEM = _SYNCFS is not None  # one call per batch


class DiskBarrier:
    """Makes batches of files in one destination durable; keeps the destination open
    between batches (Linux), so a batch costs one call."""

    def __init__(self, dest: str, *, whole_file_system: bool = WHOLE_FILE_SYSTEM) -> None:
        self.dest = dest
        self.whole_file_system = whole_file_system and _SYNCFS is not None
        self._fd: int | None = None

    def __call__(self, paths: Iterable[str]) -> None:
        """The files at ``paths`` (inside the destination), and their names, on the disk;
        raises OSError."""
        paths = list(paths)
        if not paths:
            return
        if not self.whole_file_system:
            _file_by_file(paths, self.dest)
            return
        assert _SYNCFS is not None
        if self._fd is None:
            self._fd = os.open(self.dest, os.O_RDONLY)
        if _SYNCFS(self._fd) != 0:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number), self.dest)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def make_durable(paths: Iterable[str], dest: str, *,
                 whole_file_system: bool = WHOLE_FILE_SYSTEM) -> None:
    """One batch: the files at ``paths`` (inside ``dest``) on the disk; raises OSError.

    ``whole_file_system=False`` takes the file-by-file way even where ``syncfs`` exists.
    """
    barrier = DiskBarrier(dest, whole_file_system=whole_file_system)
    try:
        barrier(paths)
    finally:
        barrier.close()


def _file_by_file(paths: list[str], dest: str) -> None:
    folders: dict[str, None] = {}
    for path in paths:
        # Windows' fsync is FlushFileBuffers, which wants a handle open for writing.
        try:
            _sync(path, (os.O_RDWR if os.name == "nt" else os.O_RDONLY) | _BINARY)
        except FileNotFoundError:
            # Moved on by a later entry of the listing before this batch (that entry's row
            # replaces this one's); a copy deleted by someone else is fetched again on resume.
            continue
        folders[os.path.dirname(path)] = None
    if os.name != "posix":
        return
    for folder in folders:
        _sync(folder, os.O_RDONLY, folder=True)
    if sys.platform == "darwin":
        _sync(dest, os.O_RDONLY, folder=True, full=True)


def _sync(path: str, flags: int, *, folder: bool = False, full: bool = False) -> None:
    """fsync one file or folder. A folder whose file system cannot sync folders (some
    network and FUSE ones say EINVAL) is passed over, as SQLite does for its journal's."""
    fd = os.open(path, flags)
    try:
        if full and _full_fsync(fd):
            return
        os.fsync(fd)
    except OSError as exc:
        if not (folder and exc.errno in _CANNOT_SYNC):
            raise
    finally:
        os.close(fd)


def _full_fsync(fd: int) -> bool:
    """macOS: the drive flushes its own cache too (once covers all before it); False where
    the file system refuses it (then a plain fsync does what it can, as in SQLite)."""
    import fcntl

    try:
        fcntl.fcntl(fd, getattr(fcntl, "F_FULLFSYNC", 51))
    except OSError:
        return False
    return True
