"""The Confirm page's first section: the checklist, read again live (DNS, domains, licences, backup)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.confirm.evidence import Evidence, gather, known_domains
from app.domains.dns.options import CheckOptions
from app.state import CancellationState
from ui.errors import describe
from ui.widgets.checklist_view import ChecklistView
from ui.widgets.proof_panel import clock_text
from ui.widgets.status import StatusLine
from ui.worker import run_task


class ChecklistSection(QGroupBox):
    """"1. Before you cancel": the rows, Check again, and what the last check said.

    :meth:`recheck` reads everything again off the GUI thread; :attr:`gathered`
    says the new :attr:`evidence` is in, and the page rebuilds the checklist from it.
    """

    gathered = Signal()

    def __init__(self, state: CancellationState, dns: Callable[[], CheckOptions | None],
                 task_parent: Callable[[], QObject]) -> None:
        super().__init__()
        self.state = state
        self.dns = dns                   # the resolver chosen on the Domains page
        self.task_parent = task_parent   # background work belongs to the wizard
        self.evidence: Evidence | None = None
        self.gathering = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.view = ChecklistView()
        self.recheck_button = QPushButton()
        self.recheck_button.clicked.connect(self.recheck)
        self.status = StatusLine()
        row = QHBoxLayout()
        row.addWidget(self.recheck_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.view)
        box.addLayout(row)
        box.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("1. Before you cancel"))
        self.intro.setText(self.tr("Each row was checked again just now. Fix a red row "
                                   "on its page, or acknowledge it with a reason."))
        self.recheck_button.setText(self.tr("Check &again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def recheck(self) -> None:
        """Read everything again (DNS, domains, licences, the backup manifest), off the GUI
        thread; :attr:`gathered` when it is in."""
        if self.gathering:
            return
        state = self.state
        known = known_domains(state)
        sku_id = state.subscription.subscription.sku_id if state.subscription else None
        manifest = state.backup.manifest_path if state.backup else None
        options = self.dns()
        graph = state.graph
        self.gathering = True
        self.recheck_button.setEnabled(False)
        self.status.busy(self.tr("Checking DNS, domains, licences and the backup…"))
        run_task(self.task_parent(), lambda _: gather(
            graph, known_domains=known, sku_id=sku_id, manifest_path=manifest,
            dns_options=options), on_done=self._gathered, on_error=self._gather_failed)

    def _gathered(self, evidence: Evidence) -> None:
        self.gathering = False
        self.recheck_button.setEnabled(True)
        self.evidence = evidence
        self.status.info(self.tr("Checked at {0}.").format(clock_text(evidence.checked_at)))
        self.gathered.emit()

    def _gather_failed(self, error: BaseException) -> None:
        self.gathering = False
        self.recheck_button.setEnabled(True)
        self.status.error(describe(error), retry=self.recheck)
