"""The wizard's DNS checks, in a process of their own (app/child_process.py).

A check of thirty domains asks over a thousand questions; parsing their answers
is a second of Python work, which on a thread of the wizard's process would
hold the GIL the GUI thread needs. So the wizard hands its checks to one
long-lived child, ``cancel365 --child dns``, started once ahead of the first
check (Python and dnspython take a moment to load). It keeps what a check
learns between checks (the nameservers' addresses, for their TTL).

Per request (domains, options, expected records, language) the child sends
each domain's first result as the resolver's answers are in, then the full
results.
"""

from __future__ import annotations

import contextlib
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import IO

from app import child_process
from app.child_process import receive, send
from app.domains.dns.options import CheckOptions
from app.domains.dns.results import DomainCheck
from app.errors import Cancel365Error
from app.graph.models import ServiceRecord
from app.texts import translate


class DnsCheckStoppedError(Cancel365Error):
    """The process that checks DNS ended before it answered."""


def _stopped() -> DnsCheckStoppedError:
    return DnsCheckStoppedError(translate(
        "dns", "The DNS check stopped before it finished. Check again; if it keeps "
        "stopping, run “cancel365 dns your-domain” in a terminal to see why."))


# -- the child ------------------------------------------------------------------------------

def serve(requests: IO[bytes], answers: IO[bytes]) -> int:
    """``cancel365 --child dns``: check each request, until ``requests`` is closed."""
    from app.domains.dns.check import check_domains

    language = "en"
    while True:
        try:
            request = receive(requests)
        except EOFError:
            return 0
        if request["language"] != language:
            language = request["language"]
            _install_language(language)

        def resolver_in(check: DomainCheck) -> None:
            send(answers, ("resolver", check))
        try:
            checks = check_domains(request["domains"], request["options"], request["expected"],
                                   on_resolver=resolver_in)
        except Exception as error:  # noqa: BLE001 - handed to the wizard, which shows it
            send(answers, ("failed", child_process.pack_error(error, _stopped())))
        else:
            send(answers, ("done", checks))


def _install_language(language: str) -> None:
    """The advice in the wizard's language (Qt's translator; QtCore needs no display)."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    _translators[:] = i18n.install(app, language)


_translators: list[object] = []   # kept alive for the process


# -- the wizard's side -----------------------------------------------------------------------

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
            self._process = child_process.start("dns")

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
                send(process.stdin, request)
                while True:
                    kind, value = receive(process.stdout)
                    if kind != "resolver":
                        break
                    if on_resolver is not None:
                        on_resolver(value)
            except (EOFError, OSError, pickle.UnpicklingError):
                child_process.end(process)
                raise _stopped() from None
        if kind == "failed":
            raise child_process.unpack_error(value)
        return value

    def stop(self) -> None:
        """End the child (the wizard is closing); a check waiting on it raises."""
        process = self._process
        if process is not None:
            with contextlib.suppress(OSError):
                process.kill()
            if not self._lock.locked():   # else the waiting check closes the pipes
                child_process.end(process)
