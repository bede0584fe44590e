"""Confirm: the final checklist, the typed confirmation, the cancellation, and proof from Graph.

The checklist is built from what the wizard verified and what this page reads
again live (DNS, the tenant's domains, the licence pool, the backup's
manifest). Every red row is fixed on its page or acknowledged with a written
reason. Then the admin types the subscription's name, cancels in the admin
center (the demo tenant: a stand-in dialog), and the page polls Graph until
the subscription and its licences leave Enabled, or the time runs out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.confirm.checklist import RowState, build_checklist
from app.confirm.evidence import Evidence
from app.confirm.proof import DEFAULT_INTERVAL, DEFAULT_TIMEOUT_MINUTES, Confirmation
from app.domains.dns.options import CheckOptions
from app.errors import Cancel365Error
from app.state import CancellationState, now
from ui.errors import describe
from ui.pages.confirm_checklist import ChecklistSection
from ui.pages.confirm_route import CancellationRoute
from ui.pages.page import Page
from ui.widgets.checklist_view import AcknowledgeDialog
from ui.widgets.proof_panel import ProofPanel
from ui.worker import run_task


class ConfirmPage(Page):
    def __init__(self, state: CancellationState, *, poll_interval: float = DEFAULT_INTERVAL,
                 poll_timeout_seconds: float | None = None,
                 dns_options: CheckOptions | None = None) -> None:
        super().__init__()
        self.state = state
        self.poll_interval = poll_interval
        self.poll_timeout_seconds = poll_timeout_seconds   # tests: seconds instead of the box
        self.dns_options = dns_options
        self._self_test_cancelled = False   # complete_for_self_test asked the demo to cancel
        self.demo_dialog: QWidget | None = None

        self.checklist_box = ChecklistSection(state, self._dns, lambda: self.wizard() or self)
        self.checklist_box.gathered.connect(self._rebuild)
        self.checklist_view = self.checklist_box.view
        self.checklist_view.fix_requested.connect(self.go_to_page)
        self.checklist_view.acknowledge_requested.connect(self._ask_acknowledgement)
        self.checklist_view.users_told_changed.connect(self._users_told)
        self.recheck_button, self.check_status = (self.checklist_box.recheck_button,
                                                  self.checklist_box.status)

        self.name_box = QGroupBox()
        self.name_prompt = _wrapped()
        self.name_edit = QLineEdit()
        self.name_prompt.setBuddy(self.name_edit)
        self.name_edit.textChanged.connect(self._name_changed)
        self.name_hint = _wrapped()
        box = QVBoxLayout(self.name_box)
        box.addWidget(self.name_prompt)
        box.addWidget(self.name_edit)
        box.addWidget(self.name_hint)

        self.route_box = QGroupBox()
        self.route = CancellationRoute()
        self.route.open_requested.connect(self._open)
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.start_poll)
        self.timeout_label = QLabel()
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setRange(1, 240)
        self.timeout_spin.setValue(DEFAULT_TIMEOUT_MINUTES)
        self.timeout_label.setBuddy(self.timeout_spin)
        box = QVBoxLayout(self.route_box)
        box.addWidget(self.route)
        box.addLayout(_row(self.done_button, self.timeout_label, self.timeout_spin))

        self.proof_box = ProofPanel(state, interval=poll_interval)
        self.proof_box.changed.connect(self._proof_changed)
        self.proof_box.again.connect(self.start_poll)

        content = QWidget()
        layout = QVBoxLayout(content)
        for group in (self.checklist_box, self.name_box, self.route_box, self.proof_box):
            layout.addWidget(group)
        layout.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    # -- texts -----------------------------------------------------------------

    def retranslate(self) -> None:
        self._show_route()
        self.setTitle(self.tr("Confirm and cancel"))
        self.setSubTitle(self.tr("A last check of everything, then the cancellation itself, and "
                                 "proof from Microsoft 365 that it happened."))
        self.name_box.setTitle(self.tr("2. Confirm"))
        self.name_prompt.setText(self.tr("&Type the subscription's name, <b>{0}</b>, to confirm "
                                         "that you want to cancel it:").format(self._name()))
        self.name_edit.setAccessibleName(self.tr("Subscription name"))
        self.route_box.setTitle(self.tr("3. Cancel it") if self.route.channel == "admin-center"
                                else self.tr("3. Hand it over"))
        self.done_button.setText(self.tr("I have &cancelled it")
                                 if self.route.channel == "admin-center"
                                 else self.tr("Check the &status now"))
        self.timeout_label.setText(self.tr("&Wait for proof up to:"))
        self.timeout_spin.setSuffix(self.tr(" min"))
        self.timeout_spin.setAccessibleName(self.tr("Minutes to wait for proof"))
        self.proof_box.retranslate()
        if self.evidence is not None:
            self._rebuild()
        self._update()

    def demo_lesson(self) -> str:
        return self.tr("On a real tenant this page checks everything once more, then you cancel "
                       "in the Microsoft 365 admin center yourself: no program may do that for "
                       "you. The wizard then reads Microsoft 365 until the subscription leaves "
                       "Enabled. Here a stand-in for the admin center plays that part, and the "
                       "demo subscription turns to Warning a few seconds later. What can go "
                       "wrong: the admin center offers no Cancel option (then support cancels "
                       "it), or the change takes a while to show (check later with cancel365 "
                       "status).")

    def _name(self) -> str:
        return self.state.subscription.name if self.state.subscription else ""

    # -- the checklist ----------------------------------------------------------

    def initializePage(self) -> None:
        from ui.wizard import PageId

        wizard = self.wizard()
        self.checklist_view.set_fixable_pages(set(wizard.visitedIds()) - {PageId.CONFIRM}
                                              if wizard else set())
        conf = self.state.confirmation
        if conf is not None and conf.typed_name.casefold() != self._name().casefold():
            self.state.confirmation = None       # another subscription was chosen meanwhile
            self.name_edit.clear()
        self._show_route()
        self.retranslate()
        self.recheck()

    def cleanupPage(self) -> None:
        self.stop_poll()

    def recheck(self) -> None:
        """Read everything again and rebuild the checklist (see :class:`ChecklistSection`)."""
        self.checklist_box.recheck()

    @property
    def evidence(self) -> Evidence | None:
        return self.checklist_box.evidence

    @property
    def gathering(self) -> bool:
        return self.checklist_box.gathering

    def _dns(self) -> CheckOptions | None:
        """The resolver chosen on the Domains page (the demo's DNS on the demo tenant)."""
        if self.dns_options is not None:
            return self.dns_options
        from ui.wizard import PageId

        domains = self.wizard().page(PageId.DOMAINS) if self.wizard() else None
        resolver = getattr(domains, "resolver", None)
        if resolver is None:
            return None
        try:
            return resolver.options(getattr(domains, "authoritative_port", 53))
        except Cancel365Error:
            return None

    def _rebuild(self) -> None:
        assert self.evidence is not None
        self.state.checklist = build_checklist(self.state, self.evidence, self.state.checklist)
        self.checklist_view.show_checklist(self.state.checklist, self.state.users_told)
        self._order_tabs()
        self._update()

    def _users_told(self, told: bool) -> None:
        self.state.users_told = told
        if self.evidence is not None:
            self._rebuild()

    def acknowledge(self, ident: str, reason: str) -> bool:
        """Acknowledge a red row with a written reason (kept in the state); False without one."""
        if self.state.checklist is None or not reason.strip():
            return False
        self.state.checklist.acknowledge(ident, reason)
        self.checklist_view.show_checklist(self.state.checklist, self.state.users_told)
        self._order_tabs()
        self._update()
        return True

    def _ask_acknowledgement(self, ident: str) -> None:
        row = self.state.checklist.row(ident) if self.state.checklist else None
        if row is None:
            return
        dialog = AcknowledgeDialog(row, self)
        if dialog.exec():
            self.acknowledge(ident, dialog.text())

    def go_to_page(self, page_id: int) -> None:
        """Back through the wizard to the page that fixes a row."""
        wizard = self.wizard()
        if wizard is None or page_id not in wizard.visitedIds():
            return
        while wizard.currentId() != page_id:
            before = wizard.currentId()
            wizard.back()
            if wizard.currentId() == before:
                return

    # -- the confirmation and the cancellation -----------------------------------

    def name_matches(self) -> bool:
        name = self._name()
        return bool(name) and self.name_edit.text().strip().casefold() == name.casefold()

    def _name_changed(self) -> None:
        if self.name_matches():
            conf = self.state.confirmation
            if conf is None:
                self.state.confirmation = Confirmation(
                    typed_name=self.name_edit.text().strip(), confirmed_at=now(),
                    channel=self.route.channel, handed_facts=dict(self.route.facts))
            else:
                conf.typed_name = self.name_edit.text().strip()
            self._update()
            self._reveal(self.route_box)
            return
        self._update()

    def _show_route(self) -> None:
        org = self.state.organization
        self.route.show_route(self.state.decision, self.state.subscription,
                              org.id if org else "", demo=self.state.demo)
        self._order_tabs()

    def tab_chain(self) -> list[QWidget]:
        """Reading order: the rows (rebuilt on each check), then each section in turn."""
        return [*self.checklist_view.focusables(), self.recheck_button, self.name_edit,
                *self.route.focusables(), self.done_button, self.timeout_spin,
                *self.proof_box.focusables()]

    def _order_tabs(self) -> None:
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _open(self, url: str) -> None:
        if self.state.demo and self.route.channel == "admin-center":
            from ui.pages.demo_admin_center import DemoAdminCenterDialog

            if self.state.graph is None or self.state.subscription is None:
                return
            dialog = DemoAdminCenterDialog(self.state.graph, self.state.subscription, self)
            dialog.finished.connect(lambda _: self.done_button.setFocus())
            self.demo_dialog = dialog
            dialog.open()
        elif self.state.demo:
            self.proof_box.poll_status.info(self.tr("On the demo tenant nothing opens. On a real tenant "
                                          "this opens {0}").format(url))
        else:
            QDesktopServices.openUrl(QUrl(url))

    def _reveal(self, section: QWidget) -> None:
        """Scroll the section that just opened into view (it is what comes next)."""
        QTimer.singleShot(0, self.scroll, lambda: self.scroll.ensureWidgetVisible(section, 0, 0))

    # -- the proof ---------------------------------------------------------------

    @property
    def polling(self) -> bool:
        return self.proof_box.polling

    def start_poll(self) -> None:
        """The admin says it is done: read Graph until the subscription leaves Enabled."""
        conf, overview, graph = self.state.confirmation, self.state.subscription, self.state.graph
        if self.polling or conf is None or overview is None or graph is None:
            return
        conf.done_at = now()
        conf.proof = None
        timeout = (self.poll_timeout_seconds if self.poll_timeout_seconds is not None
                   else self.timeout_spin.value() * 60.0)
        self.proof_box.start(graph, overview.subscription.id, overview.subscription.sku_id,
                             timeout, self.wizard() or self)
        self._reveal(self.proof_box)

    def stop_poll(self) -> None:
        self.proof_box.stop()

    def _proof_changed(self) -> None:
        self._update()
        if not self.polling and self.proof_box.proof is not None:
            self._reveal(self.proof_box)    # the outcome, and what to do next

    # -- what may happen next ------------------------------------------------------

    def _update(self) -> None:
        checklist = self.state.checklist
        ready = checklist is not None and checklist.complete
        matches = ready and self.name_matches()
        conf = self.state.confirmation
        proof = conf.proof if conf else None
        self.name_box.setEnabled(ready)
        self.name_hint.setText("" if not self.name_edit.text().strip() or self.name_matches()
                               else self.tr("That is not the name yet. Type it as shown above "
                                            "(capitals do not matter)."))
        self.name_hint.setVisible(bool(self.name_hint.text()))
        self.route_box.setEnabled(matches)
        proven = proof is not None and proof.left_enabled
        self.done_button.setEnabled(matches and not self.polling and not proven)
        self.timeout_spin.setEnabled(not self.polling)
        handed_over = self.route.channel != "admin-center"
        self.proof_box.setVisible(self.polling or proof is not None or (matches and handed_over))
        self.proof_box.allow(confirmed=matches, skip_anytime=handed_over)
        self.completeChanged.emit()

    def complete_for_self_test(self) -> None:
        """``--self-test`` on the demo tenant, one step a call, as an admin would: acknowledge
        the red rows, type the name, cancel in the demo's stand-in, then read the proof."""
        checklist, overview, graph = self.state.checklist, self.state.subscription, self.state.graph
        if self.gathering or checklist is None or overview is None or graph is None:
            return
        for row in checklist.rows:
            if row.state is RowState.RED:
                self.acknowledge(row.ident, "self-test on the demo tenant")
        if not self.name_matches():
            self.name_edit.setText(self._name())
            return
        if self.polling or self._self_test_cancelled:
            return
        self._self_test_cancelled = True
        from app.demo.lifecycle import request_cancel

        sub_id = overview.subscription.id
        run_task(self, lambda _: request_cancel(graph, sub_id), on_done=lambda _: self.start_poll(),
                 on_error=lambda e: self.proof_box.poll_status.error(describe(e)))

    def isComplete(self) -> bool:
        checklist, conf = self.state.checklist, self.state.confirmation
        return (checklist is not None and checklist.complete and self.name_matches()
                and conf is not None and not self.polling
                and (conf.proven or conf.timeout_acknowledged))


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
