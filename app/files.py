"""Writing a file whole or not at all: the one atomic write every saved file uses."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> Path:
    """``data`` at ``path``, or nothing at all: never a half-written file.

    The bytes go to a temporary file beside ``path``, are flushed to disk, and
    the file is renamed over the old one; on POSIX the folder is synced too, so
    the rename survives a power cut. ``private`` makes a missing folder 0700
    (secrets); the temporary file is always created 0600 by :func:`tempfile.mkstemp`.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if os.name == "posix":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return path
