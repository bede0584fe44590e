"""Errors that stop a backup, each saying what the admin can do about it."""

from __future__ import annotations

import errno
import os

from app.errors import Cancel365Error
from app.texts import translate


class BackupError(Cancel365Error):
    """A backup could not start or had to stop."""


class NotEnoughSpaceError(BackupError):
    """The destination has less free space than the chosen drives hold."""

    def __init__(self, needed: int, free: int, dest: str) -> None:
        super().__init__(translate(
            "backup", "The backup needs about {0} but {1} has only {2} free. Free up {3}, choose a "
            "larger destination, or deselect some users or sites.").format(
                human_bytes(needed), dest, human_bytes(free), human_bytes(needed - free)))
        self.needed, self.free = needed, free


class DiskFullError(BackupError):
    """The destination filled up during the backup."""

    def __init__(self, dest: str) -> None:
        super().__init__(translate(
            "backup", "The destination {0} is full. The backup stopped; files already verified are "
            "kept. Free up space (or choose a larger drive) and start the backup again: it "
            "resumes where it stopped.").format(dest))


class DestinationDeniedError(BackupError):
    """The destination refused a write."""

    def __init__(self, dest: str) -> None:
        super().__init__(translate(
            "backup", "Cancel365 may not write to {0}. Choose a folder you can write to, or fix its "
            "permissions, then start the backup again: it resumes where it stopped.").format(dest))


class DestinationGoneError(BackupError):
    """The destination disappeared (an unplugged disk, a removed folder)."""

    def __init__(self, dest: str) -> None:
        super().__init__(translate(
            "backup", "The destination {0} is no longer there (was a disk unplugged?). Reconnect it "
            "and start the backup again: it resumes where it stopped.").format(dest))


class ConnectionLostError(BackupError):
    """No download has reached Microsoft 365 for a while: the network is down."""

    def __init__(self, detail: str, minutes: int) -> None:
        # "{0} min": no plural to choose, in any language.
        super().__init__(translate(
            "backup", "Cancel365 could not reach Microsoft 365's file servers for {0} min ({1}). "
            "The backup stopped; files verified so far are kept. Check the network connection, "
            "then start the backup again: it resumes where it stopped.").format(minutes, detail))


class DestinationError(BackupError):
    """Another file-system error at the destination."""


class ManifestError(BackupError):
    """The manifest in the destination cannot be read."""


def destination_error(exc: OSError, dest: str) -> BackupError:
    """The admin's version of a file-system error at the destination."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return DiskFullError(dest)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return DestinationDeniedError(dest)
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO) and not os.path.isdir(dest):
        return DestinationGoneError(dest)
    return DestinationError(translate(
        "backup", "Writing to {0} failed ({1}). Check the destination, then start the backup "
        "again: it resumes where it stopped.").format(dest, exc.strerror or exc))


def human_bytes(n: float) -> str:
    """1536 -> '1.5 KB' (powers of 1024, the way file managers show sizes); "bytes" in the
    wizard's language (KB, MB, GB and TB are the same in every language it speaks)."""
    if abs(n) < 1024:
        return translate("backup", "{0} bytes").format(f"{n:.0f}")
    for unit in ("KB", "MB", "GB", "TB"):
        n /= 1024
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.1f} {unit}"
    return f"{n:.1f} TB"
