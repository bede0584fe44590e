"""The wizard's DNS checks, in a process of their own.

A check of thirty domains asks over a thousand questions; parsing their answers
is a second of Python work. Done on a thread of the wizard's process it holds
the interpreter (the GIL) the GUI thread needs to paint, and the window stalls.
So the wizard hands its checks to one long-lived child, ``cancel365 dns
--serve``, and only reads the results back. The child is started once, ahead of
the first check (Python and dnspython take a moment to load), and keeps what a
check learns between checks (the nameservers' addresses, for their TTL).

The two processes speak in length-prefixed pickles over the child's stdin and
stdout: a request (domains, options, expected records, language), then for it
each domain's first result as the resolver's answers are in, and the full
results. Pickle because both ends are this program, and the results are the
core's own dataclasses, unchanged.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from app.domains.dns.options import CheckOptions
from app.domains.dns.results import DomainCheck
from app.errors import Cancel365Error
from app.graph.models import ServiceRecord
from app.texts import translate

_HEADER = struct.Struct("!I")


class DnsCheckStoppedError(Cancel365Error):
    """The process that checks DNS ended before it answered."""


def _stopped() -> DnsCheckStoppedError:
    return DnsCheckStoppedError(translate(
        "dns", "The DNS check stopped before it finished. Check again; if it keeps "
        "stopping, run “cancel365 dns your-domain” in a terminal to see why."))


def _send(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    """The next message; EOFError when the other end has closed."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - the other end is this program's own child/parent


# -- the child ------------------------------------------------------------------------------

def serve(requests: IO[bytes], answers: IO[bytes]) -> int:
    """``cancel365 dns --serve``: check each request, until ``requests`` is closed."""
    from app.domains.dns.check import check_domains

    language = "en"
    while True:
        try:
            request = _receive(requests)
        except EOFError:
            return 0
        if request["language"] != language:
            language = request["language"]
            _install_language(language)

        def resolver_in(check: DomainCheck) -> None:
            _send(answers, ("resolver", check))
        try:
            checks = check_domains(request["domains"], request["options"], request["expected"],
                                   on_resolver=resolver_in)
        except Exception as error:  # noqa: BLE001 - handed to the wizard, which shows it
            _send(answers, ("failed", error if _picklable(error) else _stopped()))
        else:
            _send(answers, ("done", checks))


def _picklable(error: BaseException) -> bool:
    try:
        pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes, just made
    except Exception:  # noqa: BLE001 - any reason it cannot cross: send the general one
        return False
    return True


def _install_language(language: str) -> None:
    """The advice in the wizard's language (Qt's translator; QtCore needs no display)."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    _translators[:] = i18n.install(app, language)


_translators: list[object] = []   # kept alive for the process


def serve_stdio() -> int:
    """The child's main: requests on stdin, answers on stdout (stray prints go to stderr)."""
    if hasattr(os, "nice"):
        os.nice(5)   # the wizard's window comes first when the machine is busy
    requests = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr
    with requests, answers:
        return serve(requests, answers)


# -- the wizard's side -----------------------------------------------------------------------

def child_command() -> list[str]:
    """How to start ``cancel365 dns --serve``: the bundle runs itself; a checkout, ``-m app``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "dns", "--serve"]
    return [sys.executable, "-m", "app", "dns", "--serve"]


class DnsChecker:
    """Checks domains in the child process, one check at a time (callers queue)."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()      # one check at a time on the one pipe
        self._start_lock = threading.Lock()

    def start(self) -> None:
        """Start the child now (it loads for a moment) so the first check need not wait."""
        with self._start_lock:
            if self._process is not None and self._process.poll() is None:
                return
            # The child imports the same app as this process, wherever it was started from.
            root = str(Path(__file__).resolve().parents[3])
            env = dict(os.environ)
            env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
            flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)   # Windows: no console flashes
            self._process = subprocess.Popen(  # noqa: S603 - our own program, fixed arguments
                child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                cwd=root, creationflags=flags)

    def check(self, domains: Sequence[str], options: CheckOptions,
              expected: Mapping[str, Sequence[ServiceRecord]] | None = None,
              on_resolver: Callable[[DomainCheck], None] | None = None,
              *, language: str = "en") -> list[DomainCheck]:
        """What :func:`app.domains.dns.check.check_domains` returns, worked out in the child.

        Blocks (call it from a worker thread); ``on_resolver`` is called on this thread.
        Raises :class:`DnsCheckStoppedError` when the child ends first (it is started
        again for the next check)."""
        request = {"domains": list(domains), "options": options,
                   "expected": {k: list(v) for k, v in (expected or {}).items()},
                   "language": language}
        with self._lock:
            self.start()
            process = self._process
            assert process is not None and process.stdin is not None \
                and process.stdout is not None
            try:
                _send(process.stdin, request)
                while True:
                    kind, value = _receive(process.stdout)
                    if kind != "resolver":
                        break
                    if on_resolver is not None:
                        on_resolver(value)
            except (EOFError, OSError, pickle.UnpicklingError):
                self._end(process)
                raise _stopped() from None
        if kind == "failed":
            raise value
        return value

    def stop(self) -> None:
        """End the child (the wizard is closing); a check waiting on it raises."""
        process = self._process
        if process is not None:
            with contextlib.suppress(OSError):
                process.kill()
            if not self._lock.locked():   # else the waiting check closes the pipes
                self._end(process)

    def _end(self, process: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(OSError):
            process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(5)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
