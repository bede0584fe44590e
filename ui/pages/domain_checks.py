"""The Domains page's live DNS check: every listed domain, off the GUI thread, in two stages.

The checks run in one checker process for the whole wizard (:func:`dns_checker`), so thirty
domains' answers are parsed without taking the interpreter from the GUI thread. The chosen
resolver's answers come first (:attr:`DomainChecks.answered`), then the domains' own
nameservers' agreement (:attr:`DomainChecks.finished`); a check asked for while one runs
follows it.
"""

from __future__ import annotations

import atexit
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import QPushButton

from app import i18n
from app.domains.dns.results import DomainCheck
from app.domains.dns.service import DnsChecker
from app.errors import Cancel365Error
from app.graph.models import ServiceRecord
from app.state import CancellationState
from ui.errors import describe
from ui.widgets.domain_box import DomainBox
from ui.widgets.resolver_picker import ResolverPicker
from ui.widgets.status import StatusLine
from ui.worker import TaskControl, run_task

_checker: list[DnsChecker] = []   # one checker process for the wizard, however many pages


def dns_checker() -> DnsChecker:
    """The wizard's DNS checker: its checks run in a process of their own, so thirty
    domains' answers are parsed without taking the interpreter from the GUI thread."""
    if not _checker:
        checker = DnsChecker()
        _checker.append(checker)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(checker.stop)
        atexit.register(checker.stop)
    return _checker[0]


class ChecksHost(Protocol):
    """What the checks need from the page they run for (the Domains page)."""

    state: CancellationState
    status: StatusLine
    domain_box: DomainBox
    resolver: ResolverPicker
    check_button: QPushButton
    authoritative_port: int
    expected: dict[str, list[ServiceRecord]]

    def domains(self) -> list[str]: ...
    def task_parent(self) -> QObject: ...


class DomainChecks(QObject):
    """``checks`` holds each domain's latest check (by ASCII name), also kept in the state."""

    answered = Signal(list)   # stage one: the checks the resolver's answers changed
    finished = Signal()       # every listed domain checked, the nameservers asked too

    def __init__(self, host: ChecksHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.checks: dict[str, DomainCheck] = {}
        self.checking = self._comparing = False
        self._check_again = False

    def check_now(self) -> None:
        """Check every listed domain (again); queued if a check is running."""
        host = self.host
        domains = host.domains()
        if not domains:
            return
        if self.checking:
            self._check_again = True
            return
        try:
            options = host.resolver.options(host.authoritative_port)
        except Cancel365Error as error:  # a resolver that isn't one: say so
            host.status.error(str(error))
            return
        expected = {d: host.expected.get(d, []) for d in domains}
        self.checking, self._comparing = True, False
        host.check_button.setEnabled(False)
        shown = ", ".join(host.domain_box.shown(d) for d in domains)
        if len(domains) > 3:   # not a list of thirty names to wrap
            host.status.busy(lambda: self.tr("Checking DNS for %n domain(s) with {0}…", "",
                                             len(domains)).format(host.resolver.description()))
        else:
            host.status.busy(lambda: self.tr("Checking DNS for {0} with {1}…").format(
                shown, host.resolver.description()))

        language = i18n.current()   # the advice is worked out in the wizard's language
        checker = dns_checker()

        def check(control: TaskControl) -> list[DomainCheck]:
            first: dict[str, DomainCheck] = {}   # the resolver's answers, as they come in

            def resolver_in(check: DomainCheck) -> None:
                first[check.ascii] = check
                control.report(dict(first))
            return checker.check(domains, options, expected, on_resolver=resolver_in,
                                 language=language)

        run_task(host.task_parent(), check, on_done=self._checked,
                 on_error=self._check_failed, on_progress=self._resolver_answered)

    def _resolver_answered(self, checks: dict[str, DomainCheck]) -> None:
        """Stage one: verdicts and rows now; the domains' own nameservers are still asked."""
        if not self.checking:
            return   # the full result is already shown
        new = [c for c in checks.values() if self.checks.get(c.ascii) is not c]
        self._store(new)
        if not self._comparing:   # said once, not on every batch of answers
            self._comparing = True
            self.host.status.busy(lambda: self.tr("{0} has answered. Asking the domains' own "
                                                  "nameservers whether they agree…").format(
                self.host.resolver.description()))
        self.answered.emit(new)

    def _store(self, checks: list[DomainCheck]) -> None:
        for check in checks:
            self.checks[check.ascii] = check
            self.host.state.domains.checked(check)

    def _checked(self, checks: list[DomainCheck]) -> None:
        self._finish_check()
        self._store(checks)
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.host.status.info(lambda: self.tr("Checked at {0} with {1}.").format(
            now, self.host.resolver.description()))
        self.finished.emit()
        if self._check_again:
            self._check_again = False
            self.check_now()

    def _check_failed(self, error: BaseException) -> None:
        self._finish_check()
        self.host.status.error(lambda: describe(error), retry=self.check_now)

    def _finish_check(self) -> None:
        self.checking = False
        self.host.check_button.setEnabled(True)
