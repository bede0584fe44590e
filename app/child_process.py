"""Work the wizard hands to a process of its own, and how the two talk.

Work that is mostly Python (a backup's listing, manifest and hashing; a DNS
check's parsing of a thousand answers) holds the interpreter's lock (the GIL)
while it runs. On a thread of the wizard's process that lock is the one the GUI
thread needs to paint, and the window stalls. In a child process it is not.

The child is this program again (``cancel365 --child ROLE``; the bundle runs
itself, a checkout ``python -m app``), importing the same ``app`` as the
wizard. The two speak in length-prefixed pickles over the child's stdin and
stdout: pickle because both ends are this program, and what crosses is the
core's own dataclasses, unchanged.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

ROLES = ("dns", "backup")
_HEADER = struct.Struct("!I")
_ROOT = Path(__file__).resolve().parent.parent   # the folder that holds this app package


def send(stream: IO[bytes], message: object) -> None:
    """Write one message (the caller keeps writers on one stream from interleaving)."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """The next message; EOFError when the other end has closed."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - the other end is this program's own child/parent


def pack_error(error: BaseException, otherwise: BaseException) -> tuple[Any, ...]:
    """``error`` as it can cross to the other process: its class, arguments and attributes
    (a GraphError's status and request ID too; its constructor is not called again), or
    ``otherwise`` when some of that cannot be pickled."""
    for candidate in (error, otherwise):
        packed = (type(candidate), candidate.args, dict(vars(candidate)))
        try:
            pickle.loads(pickle.dumps(packed))  # noqa: S301 - our own bytes, just made
        except Exception:  # noqa: BLE001 - any reason it cannot cross: the next one
            continue
        return packed
    return (RuntimeError, (str(otherwise),), {})


def unpack_error(packed: tuple[Any, ...]) -> BaseException:
    """The error :func:`pack_error` packed, rebuilt without calling its constructor."""
    cls, args, attributes = packed
    error = cls.__new__(cls)
    error.args = args
    vars(error).update(attributes)
    return error


def command(role: str) -> list[str]:
    """How to start the child for ``role``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--child", role]
    return [sys.executable, "-m", "app", "--child", role]


def start(role: str) -> subprocess.Popen[bytes]:
    """Start the child for ``role``, its stdin and stdout piped to this process."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH")) if p)
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)   # Windows: no console window flashes
    # A session of its own: where Linux groups CPU time by session (autogroup, on by default
    # on desktops), the child's work then takes its own group's share, not the window's. It
    # ends when the wizard does: its stdin closes.
    return subprocess.Popen(  # noqa: S603 - this program, fixed arguments
        command(role), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=str(_ROOT),
        creationflags=flags, start_new_session=os.name == "posix")


def end(process: subprocess.Popen[bytes], *, grace: float = 0.0) -> None:
    """Close the child's pipes (it sees the end of its requests and stops), give it
    ``grace`` seconds to finish, then kill it if it has not."""
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(5)


def stdio() -> tuple[IO[bytes], IO[bytes]]:
    """In the child: (requests, answers) on stdin and stdout; stray prints go to stderr.

    The child runs a little below the wizard's priority: on a busy machine the
    window is served first."""
    if hasattr(os, "nice"):
        os.nice(5)
    requests = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr
    return requests, answers
