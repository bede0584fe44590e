"""The Domains page against the demo tenant and a loopback DNS world."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.demo.dns_zones import on_microsoft365
from app.demo.session import DemoTokens
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.state import CancellationState
from tests.dns_world import NEW_MX, NEW_NS, NEW_SPF, SOA, DnsWorld
from ui.pages.domains import DomainsPage
from ui.widgets.dns_table import DnsRecordTable

ON_M365 = on_microsoft365("lillebager.dk", "lillebager")
MOVED = SOA + NEW_NS + NEW_MX + NEW_SPF


@pytest.fixture
def world() -> Iterator[DnsWorld]:
    with DnsWorld() as world:
        world.store.add_zone("lillebager.dk", ON_M365)
        yield world


@pytest.fixture
def state(graph: GraphClient, tenant: Tenant) -> CancellationState:
    state = CancellationState(demo=False)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    return state


@pytest.fixture
def open_page(qtbot) -> Callable[..., DomainsPage]:
    """Opens the page on the demo tenant, its resolver pointed at the DNS world."""
    def open_it(state: CancellationState, world: DnsWorld, *, resolver: str | None = None
                ) -> DomainsPage:
        return _open(qtbot, state, world, resolver)
    return open_it


def _settle(qtbot, page: DomainsPage) -> None:
    """Let background work finish before the page goes away."""
    page.recheck_timer.stop()
    qtbot.waitUntil(lambda: not page.checking, timeout=10000)
    QThreadPool.globalInstance().waitForDone(10000)
    QApplication.processEvents()


def _open(qtbot, state: CancellationState, world: DnsWorld, resolver: str | None) -> DomainsPage:
    page = DomainsPage(state, authoritative_port=world.port)
    qtbot.addWidget(page, before_close_func=lambda p: _settle(qtbot, p))
    page.resolver.use_custom(resolver or world.resolver.nameserver)
    page.resize(1000, 700)
    page.show()
    page.initializePage()
    wait_for_check(qtbot, page)
    return page


def wait_for_check(qtbot, page: DomainsPage, timeout: int = 8000) -> None:
    qtbot.waitUntil(lambda: page.loaded and not page.checking and (
        bool(page.checks) or not page.domains()), timeout=timeout)


def test_table_shows_records_in_advice_order_and_next_waits_for_the_admin(qtbot, open_page, state, world):
    page = open_page(state, world)

    assert page.domain_box.currentText() == "lillebager.dk"
    assert page.domains() == ["lillebager.dk"]        # onmicrosoft.com is left out
    types = page.table.texts(DnsRecordTable.TYPE)
    assert types[:2] == ["MX", "NS"]
    advice = page.table.texts(DnsRecordTable.ADVICE)
    assert advice[0].startswith("Step 1") and advice[1].startswith("Step 2")
    assert advice[-1].startswith("Step 4")
    steps = [a for a in advice if a.startswith("Step")]
    assert steps == sorted(steps, key=lambda a: a[:6])
    assert page.table.texts(DnsRecordTable.VALUE)[0] == \
        "0 lillebager-dk.mail.protection.outlook.com"
    assert set(page.table.texts(DnsRecordTable.MICROSOFT)) == {"Yes", "No"}
    assert page.table.texts(DnsRecordTable.AGREE)[0] == "Yes"
    assert "still points at Microsoft 365" in page.summary.text()
    assert "mail still goes to Microsoft 365" in page.risks.text()
    assert not page.isComplete()
    page.acknowledge.setChecked(True)
    assert page.isComplete()
    assert state.domains.latest_checks["lillebager.dk"].status.value == "microsoft"


def test_check_again_sees_the_zone_change(qtbot, open_page, state, world):
    page = open_page(state, world)
    assert page.table.texts(DnsRecordTable.MICROSOFT)[0] == "Yes"

    world.store.add_zone("lillebager.dk", MOVED)
    page.check_button.click()
    assert page.status.state == "busy" and not page.check_button.isEnabled()  # off the GUI thread
    qtbot.waitUntil(lambda: page.table.texts(DnsRecordTable.VALUE)[:1] == ["10 mx.newmail.test"],
                    timeout=8000)

    assert page.table.texts(DnsRecordTable.MICROSOFT)[:3] == ["No", "No", "No"]
    assert "nothing points at Microsoft 365" in page.summary.text()
    assert "mail still goes" not in page.risks.text()
    assert "still added to Microsoft 365" in page.risks.text()   # removal is the last step


def test_automatic_recheck_while_the_page_is_open(qtbot, open_page, state, world):
    page = open_page(state, world)
    assert page.recheck_timer.isActive() and page.recheck_timer.interval() == 60_000
    page.recheck_timer.setInterval(200)
    world.store.add_zone("lillebager.dk", MOVED)

    qtbot.waitUntil(lambda: page.table.texts(DnsRecordTable.VALUE)[:1] == ["10 mx.newmail.test"],
                    timeout=8000)
    page.hide()
    assert not page.recheck_timer.isActive()


def test_no_custom_domain_does_not_block(qtbot, open_page, world, demo_server, graph, tenant):
    demo_server.tenant.rename_users_to_initial_domain("lillebager.dk")
    graph.delete("/domains/lillebager.dk")
    state = CancellationState()
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    page = open_page(state, world)

    assert page.domains() == []
    assert "no custom domain" in page.status.message.text()
    assert page.isComplete() and not page.acknowledge.isVisible()


def test_typed_international_domain_is_added_and_checked(qtbot, open_page, state, world):
    page = open_page(state, world)
    page.domain_box.lineEdit().clear()
    qtbot.keyClicks(page.domain_box.lineEdit(), "Blåbær.dk")
    qtbot.keyClick(page.domain_box.lineEdit(), Qt.Key.Key_Return)
    wait_for_check(qtbot, page)
    qtbot.waitUntil(lambda: "xn--blbr-roah.dk" in page.checks, timeout=8000)

    assert page.domain_box.currentText() == "blåbær.dk"
    assert page.table.texts(DnsRecordTable.NAME)[:2] == ["@", "@"]
    assert page.table.topLevelItem(0).toolTip(DnsRecordTable.NAME) == "xn--blbr-roah.dk"
    assert "autodiscover" in page.table.texts(DnsRecordTable.NAME)
    assert "blåbær.dk: still points at Microsoft 365" in page.summary.text()


def test_invalid_typed_domain_is_refused(qtbot, open_page, state, world):
    page = open_page(state, world)
    page.domain_box.setEditText("not a domain")
    page.add_typed_domain()
    assert page.status.state == "error" and "not a valid domain name" in page.status.message.text()
    assert page.domains() == ["lillebager.dk"]


def test_unanswered_resolver_is_never_shown_as_fine(qtbot, open_page, state, world):
    page = open_page(state, world, resolver=world.silent.nameserver)

    assert set(page.table.texts(DnsRecordTable.MICROSOFT)) == {"Couldn't check"}
    assert "could not be checked" in page.summary.text()
    assert "could not be checked" in page.risks.text()
    assert not page.isComplete()


def _click_when_modal(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(50, click)
    QTimer.singleShot(50, click)


def test_domain_in_use_is_explained_not_removed(qtbot, open_page, state, world, demo_server):
    page = open_page(state, world)
    _click_when_modal(QMessageBox.StandardButton.Close)
    page.actions.remove_button.click()
    qtbot.waitUntil(lambda: page.status.state == "idle", timeout=5000)
    assert "lillebager.dk" in {d["id"] for d in demo_server.tenant.domains.values()}


def test_remove_domain_after_confirmation(qtbot, open_page, state, world, demo_server):
    demo_server.tenant.rename_users_to_initial_domain("lillebager.dk")
    world.store.add_zone("lillebager.dk", MOVED)
    page = open_page(state, world)
    assert "still added to Microsoft 365" in page.risks.text()

    _click_when_modal(QMessageBox.StandardButton.Yes)
    page.actions.remove_button.click()
    qtbot.waitUntil(lambda: "lillebager.dk" in page.removed, timeout=8000)

    assert "removed from Microsoft 365" in page.status.message.text()
    assert "lillebager.dk" not in demo_server.tenant.domains
    assert page.risk_lines() == [] and page.isComplete()
    assert not page.actions.remove_button.isEnabled()


def test_message_to_users_lists_them_in_bcc(qtbot, open_page, state, world):
    page = open_page(state, world)
    page.actions.notice_button.click()
    qtbot.waitUntil(lambda: page.actions.dialog is not None and page.actions.dialog.isVisible(),
                    timeout=5000)
    dialog = page.actions.dialog
    dialog.provider.setText("Fastmail")
    assert "to Fastmail" in dialog.body.toPlainText()
    assert "lillebager.dk" in dialog.body.toPlainText()
    assert "bcc=" in dialog.mailto() and "%40lillebager.dk" not in dialog.mailto()
    assert "@lillebager.dk" in dialog.mailto()
    dialog.copy()
    assert "Fastmail" in QApplication.clipboard().text()
    dialog.body.setPlainText("My own words")
    dialog.provider.setText("Proton")
    assert dialog.body.toPlainText() == "My own words"
    dialog.close()


def test_domains_that_cannot_be_read_need_the_admins_word(qtbot, open_page, world, demo_server,
                                                           tenant):
    tokens = DemoTokens(demo_server, scopes={"User.Read"})
    state = CancellationState()
    state.signed_in(GraphClient(tokens, base_url=demo_server.graph_url), tenant.organization(),
                    tenant.signed_in_user())
    page = open_page(state, world)

    assert page.status.state == "error" and "Domain.Read.All" in page.status.message.text()
    assert page.status.retry_button.isVisible()
    assert "could not be read" in page.risks.text()
    assert not page.isComplete()
    page.acknowledge.setChecked(True)
    assert page.isComplete() and state.domains.risks_acknowledged is True


def test_custom_resolver_that_is_not_one_is_refused(qtbot, open_page, state, world):
    page = open_page(state, world)
    page.resolver.use_custom("127.0.0.1:notaport")
    qtbot.keyClick(page.resolver.custom, Qt.Key.Key_Return)
    assert page.status.state == "error" and "is not a DNS server" in page.status.message.text()
    assert page.resolver.custom.isVisible()


def test_demo_wizard_checks_the_demo_domain_on_its_own_dns(qtbot, graph, tenant):
    state = CancellationState(demo=True)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    page = DomainsPage(state)
    qtbot.addWidget(page, before_close_func=lambda p: _settle(qtbot, p))
    assert page.resolver.kind() == "demo"
    page.show()
    page.initializePage()
    wait_for_check(qtbot, page)

    check = page.checks["lillebager.dk"]
    assert check.status.value == "microsoft" and check.authoritative_servers
    assert page.table.texts(DnsRecordTable.AGREE)[0] == "Yes"
    state.close()
    assert page.resolver.demo_dns is not None and not page.resolver.demo_dns.running
