"""Confirm: the final checklist, the typed confirmation, the cancellation, and proof from Graph.

The checklist is built from what the wizard verified and what this page reads
again live (DNS, the tenant's domains, the licence pool, the backup's
manifest). Every red row is fixed on its page or acknowledged with a written
reason. Then the admin types the subscription's name, cancels in the admin
center (the demo tenant: a stand-in dialog), and the page polls Graph until
the subscription and its licences leave Enabled, or the time runs out.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.confirm.checklist import build_checklist
from app.confirm.evidence import Evidence, gather, known_domains
from app.confirm.proof import (
    DEFAULT_INTERVAL,
    DEFAULT_TIMEOUT_MINUTES,
    Confirmation,
    Proof,
    StatusReading,
    poll_until_left_enabled,
)
from app.domains.dns.options import CheckOptions
from app.errors import Cancel365Error
from app.state import CancellationState, now
from ui.errors import describe
from ui.pages.confirm_route import CancellationRoute
from ui.pages.page import Page
from ui.widgets.checklist_view import AcknowledgeDialog, ChecklistView
from ui.widgets.status import StatusLine
from ui.worker import Task, run_task


class ConfirmPage(Page):
    def __init__(self, state: CancellationState, *, poll_interval: float = DEFAULT_INTERVAL,
                 poll_timeout_seconds: float | None = None,
                 dns_options: CheckOptions | None = None) -> None:
        super().__init__()
        self.state = state
        self.poll_interval = poll_interval
        self.poll_timeout_seconds = poll_timeout_seconds   # tests: seconds instead of the box
        self.dns_options = dns_options
        self.evidence: Evidence | None = None
        self.gathering = False
        self.poll_task: Task | None = None
        self.last_reading: StatusReading | None = None
        self.deadline = 0.0
        self.timeout = 0.0
        self.demo_dialog: QWidget | None = None

        self.checklist_box = QGroupBox()
        self.checklist_intro = _wrapped()
        self.checklist_view = ChecklistView()
        self.checklist_view.fix_requested.connect(self.go_to_page)
        self.checklist_view.acknowledge_requested.connect(self._ask_acknowledgement)
        self.checklist_view.users_told_changed.connect(self._users_told)
        self.recheck_button = QPushButton()
        self.recheck_button.clicked.connect(self.recheck)
        self.check_status = StatusLine()
        box = QVBoxLayout(self.checklist_box)
        box.addWidget(self.checklist_intro)
        box.addWidget(self.checklist_view)
        box.addLayout(_row(self.recheck_button))
        box.addWidget(self.check_status)

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

        self.proof_box = QGroupBox()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.reading_label = _wrapped()
        self.result_label = _wrapped()
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.poll_again = QPushButton()
        self.poll_again.clicked.connect(self.start_poll)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop_poll)
        self.without_proof = QCheckBox()
        self.without_proof.toggled.connect(self._without_proof)
        self.poll_status = StatusLine()
        box = QVBoxLayout(self.proof_box)
        box.addWidget(self.progress)
        box.addWidget(self.reading_label)
        box.addWidget(self.result_label)
        box.addLayout(_row(self.poll_again, self.stop_button))
        box.addWidget(self.without_proof)
        box.addWidget(self.poll_status)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)

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
        self.checklist_box.setTitle(self.tr("1. Before you cancel"))
        self.checklist_intro.setText(self.tr("Each row was checked again just now. Fix a red row "
                                             "on its page, or acknowledge it with a reason."))
        self.recheck_button.setText(self.tr("Check &again"))
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
        self.proof_box.setTitle(self.tr("4. Proof from Microsoft 365"))
        self.poll_again.setText(self.tr("Check a&gain"))
        self.stop_button.setText(self.tr("Sto&p"))
        self.without_proof.setText(self.tr("Continue without proof: I will check &later with "
                                           "cancel365 status"))
        self.progress.setAccessibleName(self.tr("Time left to wait for proof"))
        if self.evidence is not None:
            self._rebuild()
        self._show_reading()
        self._show_proof()
        self._tick()
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
        """Read everything again (DNS, domains, licences, the backup manifest), off the GUI
        thread, and rebuild the checklist."""
        if self.gathering:
            return
        state = self.state
        known = known_domains(state)
        sku_id = state.subscription.subscription.sku_id if state.subscription else None
        manifest = state.backup.manifest_path if state.backup else None
        options = self._dns()
        graph = state.graph
        self.gathering = True
        self.recheck_button.setEnabled(False)
        self.check_status.busy(self.tr("Checking DNS, domains, licences and the backup…"))
        run_task(self.wizard() or self, lambda _: gather(
            graph, known_domains=known, sku_id=sku_id, manifest_path=manifest,
            dns_options=options), on_done=self._gathered, on_error=self._gather_failed)

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

    def _gathered(self, evidence: Evidence) -> None:
        self.gathering = False
        self.recheck_button.setEnabled(True)
        self.evidence = evidence
        self.check_status.info(self.tr("Checked at {0}.").format(_clock(evidence.checked_at)))
        self._rebuild()

    def _gather_failed(self, error: BaseException) -> None:
        self.gathering = False
        self.recheck_button.setEnabled(True)
        self.check_status.error(describe(error), retry=self.recheck)

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
                self.poll_again, self.stop_button, self.without_proof]

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
            self.poll_status.info(self.tr("On the demo tenant nothing opens. On a real tenant "
                                          "this opens {0}").format(url))
        else:
            QDesktopServices.openUrl(QUrl(url))

    def _reveal(self, section: QWidget) -> None:
        """Scroll the section that just opened into view (it is what comes next)."""
        QTimer.singleShot(0, self.scroll, lambda: self.scroll.ensureWidgetVisible(section, 0, 0))

    # -- the proof ---------------------------------------------------------------

    @property
    def polling(self) -> bool:
        return self.poll_task is not None

    def start_poll(self) -> None:
        conf, overview, graph = self.state.confirmation, self.state.subscription, self.state.graph
        if self.polling or conf is None or overview is None or graph is None:
            return
        conf.done_at = now()
        conf.proof = None
        self.timeout = (self.poll_timeout_seconds if self.poll_timeout_seconds is not None
                        else self.timeout_spin.value() * 60.0)
        self.deadline = time.monotonic() + self.timeout
        self.last_reading = None
        self.poll_status.clear()
        self.progress.setRange(0, max(1, int(self.timeout)))
        sub_id, sku_id = overview.subscription.id, overview.subscription.sku_id
        timeout, interval = self.timeout, self.poll_interval
        self.poll_task = run_task(
            self.wizard() or self, lambda control: poll_until_left_enabled(
                graph, sub_id, sku_id, timeout=timeout, interval=interval,
                cancelled=control.cancelled, on_reading=lambda r, _: control.report(r)),
            on_done=self._polled, on_error=self._poll_failed, on_progress=self._reading)
        self.countdown.start()
        self._tick()
        self._show_proof()
        self._update()
        self._reveal(self.proof_box)

    def stop_poll(self) -> None:
        if self.poll_task is not None:
            self.poll_task.cancel()

    def _reading(self, reading: StatusReading) -> None:
        self.last_reading = reading
        self._show_reading()

    def _tick(self) -> None:
        left = max(0.0, self.deadline - time.monotonic()) if self.polling else 0.0
        self.progress.setValue(int(self.timeout - left) if self.polling else self.progress.maximum())
        minutes, seconds = divmod(int(left + 0.5), 60)
        conf = self.state.confirmation
        proof = conf.proof if conf else None
        if self.polling:
            text = self.tr("Checking Microsoft 365: {0}:{1:02d} left").format(minutes, seconds)
        elif proof is not None and proof.left_enabled:
            text = self.tr("Proof seen")
        elif proof is not None and proof.timed_out:
            text = self.tr("Time is up: no proof yet")
        else:
            text = self.tr("Not checking")
        self.progress.setFormat(text)

    def _polled(self, proof: Proof) -> None:
        self._poll_ended()
        if self.state.confirmation is not None:
            self.state.confirmation.proof = proof
        if proof.last is not None:
            self.last_reading = proof.last
        if proof.error:
            self.poll_status.error(proof.error, retry=self.start_poll)
        self._tick()
        self._show_reading()
        self._show_proof()
        self._update()

    def _poll_failed(self, error: BaseException) -> None:
        self._poll_ended()
        self.poll_status.error(describe(error), retry=self.start_poll)
        self._update()

    def _poll_ended(self) -> None:
        self.poll_task = None
        self.countdown.stop()
        self._tick()

    def _show_reading(self) -> None:
        reading = self.last_reading
        if reading is None:
            self.reading_label.setText(self.tr("No reading yet.") if self.polling else "")
            self.reading_label.setVisible(self.polling)
            return
        self.reading_label.show()
        self.reading_label.setText(self.tr("Last read at {0}. Subscription: {1}. Licences: "
                                           "{2}.").format(
            _clock(reading.at), self._status(reading.subscription_status),
            self._status(reading.sku_capability_status)))

    def _status(self, status: str | None) -> str:
        words = {"Enabled": self.tr("Active (Enabled)"),
                 "Warning": self.tr("Expired, grace period (Warning)"),
                 "Suspended": self.tr("Disabled (Suspended)"),
                 "LockedOut": self.tr("Cancelled (LockedOut)"),
                 "Deleted": self.tr("Deleted")}
        if status is None:
            return self.tr("No longer listed")
        return words.get(status, status)

    def _show_proof(self) -> None:
        conf = self.state.confirmation
        proof = conf.proof if conf else None
        if self.polling or proof is None:
            self.result_label.setText("")
        elif proof.left_enabled:
            self.result_label.setText(self.tr("<b>Done: Microsoft 365 shows the change.</b> The "
                                              "subscription and its licences are no longer "
                                              "Enabled (seen at {0}).").format(
                _clock(proof.last.at if proof.last else proof.ended_at)))
        elif proof.timed_out:
            minutes = max(1, round(self.timeout / 60))
            self.result_label.setText(self.tr(
                "<b>Microsoft 365 still shows the subscription as Enabled after {0} min.</b> "
                "A cancellation can take a while to show. In the admin center, open "
                "<b>Billing</b> &gt; <b>Your products</b> and check that the subscription no "
                "longer says Active; if it does, cancel it again or call support. Then choose "
                "<b>Check again</b>, or check later with <tt>cancel365 status</tt>.").format(
                    minutes))
        elif not proof.error:
            self.result_label.setText(self.tr("Stopped. Choose <b>Check again</b> to go on "
                                              "waiting for the proof."))
        else:
            self.result_label.setText("")
        self.result_label.setVisible(bool(self.result_label.text()))

    def _without_proof(self, checked: bool) -> None:
        if self.state.confirmation is not None:
            self.state.confirmation.timeout_acknowledged = checked
        self.completeChanged.emit()

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
        started = self.polling or proof is not None
        self.proof_box.setVisible(started or (matches and self.route.channel != "admin-center"))
        self.poll_again.setEnabled(matches and not self.polling and proof is not None
                                   and not proof.left_enabled)
        self.stop_button.setEnabled(self.polling)
        may_skip = matches and not self.polling and (
            self.route.channel != "admin-center"
            or (proof is not None and not proof.left_enabled))
        self.without_proof.setEnabled(may_skip)
        if not may_skip and self.without_proof.isChecked() and (proof and proof.left_enabled):
            self.without_proof.setChecked(False)
        self.completeChanged.emit()

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


def _clock(moment: datetime | None) -> str:
    """The admin's local time with seconds (readings come seconds apart)."""
    return moment.astimezone().strftime("%H:%M:%S") if moment else "–"
