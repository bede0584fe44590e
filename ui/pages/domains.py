"""Domains: what still points at Microsoft 365, checked live, and what to do about it.

Next is enabled at once without a custom domain; else when every custom domain's DNS
no longer points at Microsoft 365 and it is removed from the tenant, or when the admin
ticks "I understand, continue anyway" under a list of what will happen (mail bouncing,
a domain not checked, one still in Microsoft 365): nobody goes on unwarned.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.domains.dns.check import InvalidDomainError
from app.domains.dns.results import DomainCheck, DomainStatus, Problem
from app.domains.removal import ADMIN_CENTER_DOMAINS_URL, custom_domains, domain_references
from app.graph.models import ServiceRecord
from app.state import CancellationState
from ui.errors import describe
from ui.pages.domain_actions import DomainActions
from ui.pages.domain_checks import DomainChecks, dns_checker
from ui.pages.page import Page
from ui.widgets.dns_table import DnsRecordTable
from ui.widgets.domain_box import DomainBox
from ui.widgets.domain_risks import DomainRisks
from ui.widgets.domain_summary import DomainSummary
from ui.widgets.open_link import NotOpenedDialog, desktop_open, open_or_show
from ui.widgets.page_scroll import scrolling_layout
from ui.widgets.recheck import Recheck
from ui.widgets.resolver_picker import ResolverPicker
from ui.widgets.status import StatusLine
from ui.worker import TaskControl, run_task


class DomainsPage(Page):
    def __init__(self, state: CancellationState, *, authoritative_port: int = 53,
                 recheck_seconds: int = 60) -> None:
        super().__init__()
        self.state = state
        self.authoritative_port = authoritative_port
        self.open_url = desktop_open        # the desktop's opener (a test gives its own)
        self.not_opened: NotOpenedDialog | None = None
        self.tenant_domains: list[str] = []      # ASCII names, from Graph
        self.removed: set[str] = set()           # removed from the tenant on this page
        self.expected: dict[str, list[ServiceRecord]] = {}
        self.loaded = False
        self.loading = False
        self.load_failed = False

        self.domain_box = DomainBox()
        self.domain_box.lineEdit().returnPressed.connect(self.add_typed_domain)
        self.domain_box.currentIndexChanged.connect(self._show_selected)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.check_now)

        self.resolver = ResolverPicker(state)
        self.resolver.changed.connect(self._resolver_changed)

        self.recheck = Recheck(recheck_seconds, showing=self.isVisible)
        self.recheck.due.connect(self._timer_fired)
        self.auto_check, self.interval = self.recheck.auto_check, self.recheck.interval
        self.recheck_timer = self.recheck.timer

        self.verdict = DomainSummary()
        self.summary, self.steps = self.verdict.summary, self.verdict.steps
        self.table = DnsRecordTable()
        self.table.currentItemChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actions = DomainActions(self, self)
        self.risk_box = DomainRisks()
        self.risks, self.acknowledge = self.risk_box.risks, self.risk_box.acknowledge
        self.acknowledge.toggled.connect(self._acknowledged)
        self.status = StatusLine()
        self.status.keep_room()   # "Checking…", "Checked at …": the buttons above never jump
        self.dns = DomainChecks(self, self)
        self.dns.answered.connect(self._resolver_answered)
        self.dns.finished.connect(self._checked)
        self.checks = self.dns.checks            # by ASCII name

        form = QFormLayout()
        self.domain_label = QLabel()
        self.domain_label.setBuddy(self.domain_box)
        self.resolver_label = QLabel()
        self.resolver_label.setBuddy(self.resolver.box)
        row = QHBoxLayout()
        row.addWidget(self.domain_box, 1)
        row.addWidget(self.check_button)
        form.addRow(self.domain_label, row)
        row = QHBoxLayout()
        row.addWidget(self.resolver)
        row.addStretch(1)
        row.addWidget(self.recheck)
        form.addRow(self.resolver_label, row)
        layout = self.content_layout = scrolling_layout(self)   # scrolls at 200%
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self.actions.layout)
        layout.addWidget(self.risk_box)
        layout.addWidget(self.status)
        self._recheck_for_language = False
        self.retranslate()

    def lesson_layout(self) -> QVBoxLayout:
        return self.content_layout   # inside the scroll area

    def retranslate(self) -> None:
        self.setTitle(self.tr("Move your domains away from Microsoft 365"))
        self.setSubTitle(self.tr("Mail for your own domain must go to the new provider before "
                                 "you cancel, or it bounces. This page checks DNS live."))
        self.check_button.setText(self.tr("Check &again"))
        self.domain_label.setText(self.tr("&Domain:"))
        self.resolver_label.setText(self.tr("DNS se&rver:"))
        self.table.retranslate()
        self.actions.retranslate()
        self.resolver.retranslate()
        self._show_selected()
        self._update_risks()
        if self.checks and not self._recheck_for_language:
            # The advice is the core's, made in the check's language: check again (once, after
            # the burst of LanguageChange events; a hidden page checks when shown again).
            self._recheck_for_language = True
            if self.isVisible():
                QTimer.singleShot(0, self._recheck_in_new_language)

    def _recheck_in_new_language(self) -> None:
        if self._recheck_for_language:
            self._recheck_for_language = False
            self.check_now()

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant this page asks public DNS where your domain's mail and records "
            "point. Checking changes nothing; you make the DNS changes yourself at your DNS "
            "host, mail (MX) first. Remove from Microsoft 365 takes the domain out of your "
            "tenant and cannot be undone. What can go wrong: cancelling while MX still points "
            "at Microsoft 365 bounces all mail to your domain, and DNS changes take up to the "
            "TTL to reach everyone.")

    # -- loading the tenant's domains ---------------------------------------------

    def initializePage(self) -> None:
        dns_checker().start()   # it loads while the domains are read from Microsoft 365
        if not self.loaded:
            if not self.loading:
                self.load_domains()
        else:  # back on the page: the admin may have changed DNS meanwhile
            self.check_now()

    def load_domains(self) -> None:
        graph = self.state.graph
        if graph is None:  # not signed in: only what the admin types
            self._domains_loaded(([], {}))
            return
        self.status.busy(lambda: self.tr("Reading your domains from Microsoft 365…"))
        self.loading = True
        tenant = self.state.tenant

        def read(_: TaskControl) -> tuple[list[str], dict[str, list[ServiceRecord]]]:
            names = [d.id.lower() for d in custom_domains(tenant)]
            return names, {n: tenant.service_records(n) for n in names}

        run_task(self.task_parent(), read, on_done=self._domains_loaded, on_error=self._load_failed)

    def _domains_loaded(self, result: tuple[list[str], dict[str, list[ServiceRecord]]]) -> None:
        names, expected = result
        self.loaded, self.load_failed, self.loading = True, False, False
        self.tenant_domains = names
        self.expected.update(expected)
        for name in names:
            self.domain_box.add(name)
        resume = self.state.resume
        if resume is not None:   # the domains the last run checked (typed ones too)
            for name in resume.domains_checked:
                self.domain_box.add(name)
        names = self.domains()
        if not names:
            self.status.info(lambda: self.tr("Your tenant has no custom domain: nothing to move. "
                                     "You can check any domain by typing it above."))
        else:
            self.check_now()
        self._update_risks()

    def _load_failed(self, error: BaseException) -> None:
        self.loaded, self.load_failed, self.loading = True, True, False
        self.status.error(lambda: describe(error), retry=self.load_domains)
        self._update_risks()

    def add_typed_domain(self) -> None:
        try:
            self.domain_box.add_typed()
        except InvalidDomainError as error:
            self.status.error(str(error))
            return
        self.check_now()

    # -- checking ---------------------------------------------------------------

    def domains(self) -> list[str]:
        return self.domain_box.names()

    @property
    def checking(self) -> bool:
        return self.dns.checking

    def check_now(self) -> None:
        """Check every listed domain (again); queued if a check is running."""
        self.dns.check_now()

    def _resolver_answered(self, new: list[DomainCheck]) -> None:
        if any(c.ascii == self.domain_box.currentData() for c in new):
            self._show_selected()   # only the shown domain's table and verdict change
        self._update_risks()

    def _checked(self) -> None:
        self._show_selected()
        self._update_risks()

    def _resolver_changed(self) -> None:
        if self.loaded:
            self.check_now()

    def _timer_fired(self) -> None:
        if not self.checking:
            self.check_now()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.recheck.update_timer()
        if self._recheck_for_language:   # the language changed while another page was shown
            QTimer.singleShot(0, self._recheck_in_new_language)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.recheck_timer.stop()

    # -- showing ----------------------------------------------------------------

    def selected_check(self) -> DomainCheck | None:
        return self.checks.get(self.domain_box.currentData())

    def _show_selected(self) -> None:
        check = self.selected_check()
        self.table.show_check(check)
        self._show_detail()   # the selected row may be the same one, with new words
        current = self.domain_box.currentData()
        self.actions.update(current,
                            in_tenant=current in self.tenant_domains
                            and current not in self.removed,
                            typed=current is not None and current not in self.tenant_domains)
        if check is None:
            self.verdict.clear()
            return
        self.verdict.show_check(check, removed=check.ascii in self.removed,
                                denied_by=self.resolver.description()
                                if self.resolver_denies(check) else None)

    def resolver_denies(self, check: DomainCheck) -> bool:
        """The resolver says NXDOMAIN for a domain Graph lists as the tenant's (verified)."""
        return (check.status is DomainStatus.ERROR and check.ascii in self.tenant_domains
                and bool(check.rows) and all(r.problem is Problem.NXDOMAIN for r in check.rows))

    def forget_domain(self) -> None:
        """Take a domain the admin typed to test off the list, and out of the risks."""
        name = self.domain_box.currentData()
        if name is None or name in self.tenant_domains:
            return
        self.domain_box.remove(name)
        self.checks.pop(name, None)
        self.state.domains.first_checks.pop(name, None)
        self.state.domains.latest_checks.pop(name, None)
        self._show_selected()
        self._update_risks()

    def _show_detail(self) -> None:
        """The selected record's advice in full, the row's whole width (the column wraps)."""
        row = self.table.selected_row()
        text = "" if row is None else " ".join(t for t in (row.advice, row.note) if t)
        self.detail.setText(self.tr("What to do: {0}").format(text) if text else "")

    # -- may the admin go on? -----------------------------------------------------

    def risk_lines(self) -> list[str]:
        """What will go wrong if the admin cancels now, one line per domain."""
        return self.risk_box.lines(self.load_failed, (
            (self.domain_box.shown(name), self.checks.get(name),
             name in self.tenant_domains and name not in self.removed)
            for name in self.domains()))

    def _update_risks(self) -> None:
        self.risk_box.show_lines(self.risk_lines())
        self.completeChanged.emit()

    def _acknowledged(self, checked: bool) -> None:
        self.state.domains.risks_acknowledged = checked
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.loaded:
            return False
        return not self.risk_lines() or self.acknowledge.isChecked()

    def complete_for_self_test(self) -> None:
        """``--self-test`` on the demo tenant: once checked, go on past the warnings."""
        if self.loaded and self.risk_lines() and not self.acknowledge.isChecked():
            self.acknowledge.setChecked(True)

    # -- after removal (called by DomainActions) ------------------------------------

    def domain_removed(self, ascii_name: str) -> None:
        self.removed.add(ascii_name)
        self.state.domains.removed(ascii_name)
        self._show_selected()
        self._update_risks()

    def references_for_notice(self, ascii_name: str) -> list[str]:
        """Users on the domain (for the message's Bcc); empty when not signed in."""
        if self.state.graph is None or ascii_name not in self.tenant_domains:
            return []
        return [r.name for r in domain_references(self.state.graph, ascii_name)
                if r.kind == "user"]

    def task_parent(self) -> QObject:
        """Background work belongs to the wizard (it waits for it on close), else the page."""
        return self.wizard() or self

    def open_admin_center(self) -> None:
        self.not_opened = open_or_show(self, ADMIN_CENTER_DOMAINS_URL, opener=self.open_url)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

