"""The Confirm page on the demo tenant: the typed name opens the way, the demo's stand-in for
the admin center cancels, and the page sees Microsoft 365 (the demo) show Warning."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from app.demo.dns_server import DnsServer
from app.demo.dns_zones import demo_store
from app.demo.faults import FaultKind
from app.domains.dns.check import CheckOptions, Nameserver
from tests.confirm_support import PARTNER, backup_on_disk, signed_in
from ui.pages.confirm import ConfirmPage
from ui.pages.demo_admin_center import DemoAdminCenterDialog
from ui.wizard import CancelWizard, PageId

WAIT = 15_000


@pytest.fixture
def dns():
    with DnsServer(demo_store()) as server:
        yield server


def open_confirm(qtbot, state, dns, **page_options) -> CancelWizard:
    wizard = CancelWizard(state)
    options = CheckOptions(nameservers=(Nameserver("127.0.0.1", dns.port),),
                           authoritative_port=dns.port, timeout=2.0)
    wizard.removePage(PageId.CONFIRM)   # the page with the test's DNS and poll timing
    wizard.setPage(PageId.CONFIRM, ConfirmPage(state, poll_interval=0.05, dns_options=options,
                                               **page_options))
    wizard.setStartId(PageId.CONFIRM)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.show()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: state.checklist is not None and not page.gathering, timeout=WAIT)
    return wizard


def ready_state(graph, tmp_path, sku=None):
    state = signed_in(graph, sku) if sku else signed_in(graph)
    state.backup = backup_on_disk(str(tmp_path / "backup"))
    state.users_told = True
    state.key_dates_reviewed_at = datetime.now(UTC)
    return state


def acknowledge_the_rest(page) -> None:
    for row in list(page.state.checklist.red_rows):   # lillebager.dk is still on Microsoft 365
        assert page.acknowledge(row.ident, "The demo's domain stays; nobody mails it.")
    assert page.state.checklist.complete


def next_enabled(wizard) -> bool:
    return any(wizard.button(b).isEnabled() and wizard.button(b).isVisible()
               for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton))


@pytest.fixture
def wizard(qtbot, demo_server, graph, dns, tmp_path):
    demo_server.lifecycle.delay = 0.3
    window = open_confirm(qtbot, ready_state(graph, tmp_path), dns)
    yield window
    window.shutdown()


def test_the_typed_name_opens_the_way_to_the_cancellation(qtbot, wizard):
    page = wizard.currentPage()
    acknowledge_the_rest(page)
    assert page.name_box.isEnabled() and not page.route_box.isEnabled()
    qtbot.keyClicks(page.name_edit, "Microsoft 365 Business")
    assert not page.route_box.isEnabled()
    assert "not the name yet" in page.name_hint.text()
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "  microsoft 365 BUSINESS basic ")
    assert page.route_box.isEnabled() and page.done_button.isEnabled()
    assert page.name_hint.text() == ""
    assert wizard.state.confirmation.typed_name == "microsoft 365 BUSINESS basic"
    assert wizard.state.confirmation.channel == "admin-center"
    steps = page.route.steps.text()
    assert "<b>Billing</b> &gt; <b>Your products</b>" in steps
    assert "<b>Cancel subscription</b>" in steps and "Microsoft 365 Business Basic" in steps
    assert not next_enabled(wizard)


def test_the_demo_stand_in_cancels_and_the_page_sees_warning(qtbot, demo_server, wizard):
    page = wizard.currentPage()
    acknowledge_the_rest(page)
    qtbot.keyClicks(page.name_edit, "Microsoft 365 Business Basic")
    page.route.open_button.click()
    dialog = page.demo_dialog
    assert isinstance(dialog, DemoAdminCenterDialog) and dialog.isVisible()
    assert "Demo stand-in" in dialog.windowTitle()
    assert dialog.where.text() == "Billing > Your products"
    dialog.open_product.click()
    dialog.start_cancel.click()
    assert dialog.where.text() == "Cancel subscription"
    dialog.confirm_cancel.click()
    qtbot.waitUntil(lambda: dialog.cancelled, timeout=WAIT)
    assert demo_server.lifecycle.pending() == ["a6b2a2eb-534b-5e3f-b497-97939369a06c"] or \
        demo_server.tenant.subscriptions[1]["status"] == "Warning"
    dialog.reject()

    page.done_button.click()
    assert page.polling and not next_enabled(wizard)
    assert page.proof_box.isVisible() and page.proof_box.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not page.polling, timeout=WAIT)
    proof = wizard.state.confirmation.proof
    assert proof.left_enabled and proof.last.subscription_status == "Warning"
    assert proof.last.sku_capability_status == "Warning"
    assert wizard.state.confirmation.done_at is not None and wizard.state.confirmation.proven
    assert "(Warning)" in page.proof_box.reading_label.text()
    assert "Microsoft 365 shows the change" in page.proof_box.result_label.text()
    assert next_enabled(wizard)


def test_when_no_proof_comes_the_admin_is_told_what_to_check(qtbot, demo_server, graph, dns,
                                                           tmp_path):
    demo_server.lifecycle.stay_enabled = True
    wizard = open_confirm(qtbot, ready_state(graph, tmp_path), dns, poll_timeout_seconds=0.3)
    page = wizard.currentPage()
    acknowledge_the_rest(page)
    qtbot.keyClicks(page.name_edit, "Microsoft 365 Business Basic")
    page.done_button.click()
    qtbot.waitUntil(lambda: not page.polling, timeout=WAIT)
    proof = wizard.state.confirmation.proof
    assert proof.timed_out and not proof.left_enabled
    text = page.proof_box.result_label.text()
    assert "still shows the subscription as Enabled" in text and "cancel365 status" in text
    assert "<b>Billing</b> &gt; <b>Your products</b>" in text
    assert not next_enabled(wizard)
    assert page.proof_box.poll_again.isEnabled() and page.proof_box.without_proof.isEnabled()
    page.proof_box.without_proof.setChecked(True)
    assert wizard.state.confirmation.timeout_acknowledged
    assert next_enabled(wizard)
    wizard.shutdown()


def test_a_permanent_graph_error_stops_the_poll_with_a_retry(qtbot, demo_server, wizard):
    page = wizard.currentPage()
    acknowledge_the_rest(page)
    qtbot.keyClicks(page.name_edit, "Microsoft 365 Business Basic")
    demo_server.faults.add(FaultKind.THROTTLE, "/subscribedSkus", times=1, retry_after=3600)
    demo_server.lifecycle.cancel("a6b2a2eb-534b-5e3f-b497-97939369a06c")
    page.done_button.click()
    qtbot.waitUntil(lambda: not page.polling, timeout=WAIT)
    assert page.proof_box.poll_status.state == "error"
    assert "pause for about 60 min" in page.proof_box.poll_status.message.text()
    assert page.proof_box.poll_status.retry_button.isVisible() and not next_enabled(wizard)
    page.proof_box.poll_status.retry_button.click()
    qtbot.waitUntil(lambda: not page.polling, timeout=WAIT)
    assert wizard.state.confirmation.proven and next_enabled(wizard)


def test_the_partner_path_hands_over_the_facts_to_copy(qtbot, graph, dns, tmp_path):
    state = ready_state(graph, tmp_path, PARTNER)
    wizard = open_confirm(qtbot, state, dns)
    page = wizard.currentPage()
    acknowledge_the_rest(page)
    qtbot.keyClicks(page.name_edit, "Exchange Online (Plan 1)")
    assert page.route.channel == "partner"
    assert page.route_box.title() == "3. Hand it over"
    assert page.done_button.text() == "Check the &status now"
    facts = page.route.facts
    assert facts["Tenant ID"] == state.organization.id
    assert facts["Subscription ID"] == "e802502f-5476-5c65-97d7-acd40943b4d0"
    assert facts["Commerce subscription ID"] == "f4e608a1-a89c-5f32-8183-30f4fc550cd2"
    assert facts["Licences"].startswith("0 assigned of 5") or "assigned of 5" in facts["Licences"]
    page.route.copy_buttons["Subscription ID"].click()
    assert QApplication.clipboard().text() == "e802502f-5476-5c65-97d7-acd40943b4d0"
    assert state.confirmation.channel == "partner"
    assert state.confirmation.handed_facts["Tenant ID"] == state.organization.id
    assert page.proof_box.without_proof.isEnabled()           # the partner may cancel later
    page.proof_box.without_proof.setChecked(True)
    assert next_enabled(wizard)
    wizard.shutdown()


def test_a_language_switch_keeps_the_checklist_and_its_reasons(qtbot, wizard):
    page = wizard.currentPage()
    acknowledge_the_rest(page)
    page.retranslate()
    assert wizard.state.checklist.complete
    row = page.checklist_view.rows["dns:lillebager.dk"]
    assert "The demo's domain stays" in row.detail.text()
    assert page.demo_lesson()


def assert_chained(chain) -> None:
    """Tab from each control lands on the next one of the chain (nothing of it in between)."""
    for before, after in zip(chain, chain[1:], strict=False):
        step = before.nextInFocusChain()
        while step is not after:
            assert step not in chain
            step = step.nextInFocusChain()


def test_the_keyboard_reaches_everything_in_reading_order(qtbot, demo_server, wizard):
    page = wizard.currentPage()
    chain = page.tab_chain()
    first_row = page.checklist_view.rows["dns:lillebager.dk"].ack
    assert chain.index(first_row) < chain.index(page.recheck_button) < chain.index(
        page.name_edit) < chain.index(page.done_button)
    assert_chained(chain)
    acknowledge_the_rest(page)                # rebuilt rows are chained again
    assert page.checklist_view.rows["dns:lillebager.dk"].ack in page.tab_chain()
    assert_chained(page.tab_chain())
    qtbot.keyClicks(page.name_edit, "Microsoft 365 Business Basic")
    demo_server.lifecycle.cancel("a6b2a2eb-534b-5e3f-b497-97939369a06c")
    qtbot.keyClick(page.done_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.polling, timeout=WAIT)
    assert wizard.state.confirmation.proven
