"""A DNS check in two stages: the resolver's verdict first, the domain's own nameservers
after, in the core and on the Domains page. The authoritative servers hold their answers
back until the test releases them, so nothing here depends on timing."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest

from app.domains.dns.check import check_domains
from app.domains.dns.records import Role
from app.domains.dns.results import DomainCheck, DomainStatus
from app.state import CancellationState
from tests.dns_world import NEW_MX, NEW_SPF, SOA, DnsWorld
from tests.test_domains_page import state  # noqa: F401
from ui.pages.domains import DomainsPage
from ui.widgets.dns_table import DnsRecordTable

# Moved according to the resolver; the second authoritative server still has Microsoft's MX.
MOVED_HERE = SOA + "@ 3600 IN NS ns1.lillebager.dk.\n@ 3600 IN NS ns2.lillebager.dk.\n" \
    + "ns1 3600 IN A 127.0.0.2\nns2 3600 IN A 127.0.0.3\n" + NEW_MX + NEW_SPF
OLD_THERE = MOVED_HERE.replace("10 mx.newmail.test.", "0 lillebager-dk.mail.protection.outlook.com.")


@pytest.fixture
def held() -> Iterator[DnsWorld]:
    """A DNS world whose two authoritative servers answer only when released."""
    with DnsWorld() as world:
        world.store.add_zone("lillebager.dk", MOVED_HERE)
        world.behind.add_zone("lillebager.dk", OLD_THERE)
        world.first.hold()
        world.second.hold()
        yield world
        world.first.release()
        world.second.release()


def release(world: DnsWorld) -> None:
    world.first.release()
    world.second.release()


def test_the_verdict_comes_with_the_resolver_and_the_comparison_updates_it(held):
    firsts: queue.Queue[DomainCheck] = queue.Queue()
    results: list[list[DomainCheck]] = []
    worker = threading.Thread(target=lambda: results.append(check_domains(
        ["lagging.test", "lillebager.dk"], held.options(timeout=10.0), on_resolver=firsts.put)))
    worker.start()
    try:
        first = {c.ascii: c for c in (firsts.get(timeout=20), firsts.get(timeout=20))}
        assert not results   # the full result waits for the held nameservers
    finally:
        release(held)
        worker.join(30)

    lagging = first["lagging.test"]
    assert lagging.authoritative_pending and lagging.everywhere is None
    assert lagging.status is DomainStatus.CLEAR and lagging.row(Role.MX).values == \
        ("10 mx.newmail.test",)
    assert all(r.agrees is None and not r.authoritative for r in lagging.rows)
    assert "Still asking the domain's own nameservers" in lagging.row(Role.MX).note

    full = {c.ascii: c for c in results[0]}
    for name in ("lagging.test", "lillebager.dk"):
        check = full[name]
        assert not check.authoritative_pending
        assert check.status is DomainStatus.CLEAR          # the resolver's view decides
        assert check.everywhere is False                   # ... but it is not everywhere yet
        assert check.disagreements == (check.row(Role.MX),)
        assert check.checked_at == first[name].checked_at  # the same check, completed
        assert "Not everywhere yet" in check.row(Role.MX).note


def test_agreeing_nameservers_complete_the_verdict(held):
    held.behind.remove_zone("lillebager.dk")   # both authoritative servers have the new MX
    firsts: queue.Queue[DomainCheck] = queue.Queue()
    results: list[list[DomainCheck]] = []
    worker = threading.Thread(target=lambda: results.append(check_domains(
        ["lillebager.dk"], held.options(timeout=10.0), on_resolver=firsts.put)))
    worker.start()
    try:
        first = firsts.get(timeout=20)
    finally:
        release(held)
        worker.join(30)
    assert first.authoritative_pending and first.everywhere is None
    full = results[0][0]
    assert full.everywhere is True and not full.disagreements
    assert [v.server for v in full.row(Role.MX).authoritative] == ["ns1.lillebager.dk",
                                                                    "ns2.lillebager.dk"]


def test_without_the_comparison_there_is_one_result_only(held):
    firsts: list[DomainCheck] = []
    checks = check_domains(["lillebager.dk"], held.options(ask_authoritative=False),
                           on_resolver=firsts.append)
    assert firsts == [] and not checks[0].authoritative_pending
    assert checks[0].everywhere is None


def test_the_page_shows_the_resolver_first_and_says_the_comparison_is_coming(
        qtbot, state: CancellationState, held):  # noqa: F811
    page = DomainsPage(state, authoritative_port=held.port)
    qtbot.addWidget(page)
    page.recheck_timer.stop()
    page.resolver.use_custom(held.resolver.nameserver)
    page.resize(1000, 700)
    page.show()
    try:
        page.initializePage()
        qtbot.waitUntil(lambda: "lillebager.dk" in page.checks, timeout=10000)

        # Stage one: the rows and a verdict that says no more than the resolver knows.
        assert page.checking and not page.check_button.isEnabled()
        assert page.table.texts(DnsRecordTable.VALUE)[0] == "10 mx.newmail.test"
        assert page.table.texts(DnsRecordTable.MICROSOFT)[0] == "No"
        assert page.table.texts(DnsRecordTable.AGREE)[0] == "Asking…"
        summary = page.summary.text()
        assert "the DNS server says nothing points at Microsoft 365" in summary
        assert "Still asking the domain's own nameservers" in summary
        assert "asking the domains' own nameservers" in page.status.message.text().lower()
        assert "mail still goes" not in page.risks.text()
        assert state.domains.latest_checks["lillebager.dk"].authoritative_pending
        page.table.setCurrentItem(page.table.topLevelItem(0))
        selected = page.table.currentItem()
    finally:
        release(held)
    qtbot.waitUntil(lambda: not page.checking, timeout=15000)

    # Stage two: the second nameserver still gives Microsoft's MX, and the verdict says so.
    assert page.table.texts(DnsRecordTable.AGREE)[0] == "Not yet"
    assert page.table.currentItem() is selected        # updated in place, selection kept
    summary = page.summary.text()
    assert "Still asking" not in summary
    assert "Not everywhere yet" in summary and "MX" in summary
    assert page.status.message.text().startswith("Checked at")
    check = state.domains.latest_checks["lillebager.dk"]
    assert not check.authoritative_pending and check.everywhere is False
    assert state.domains.first_checks["lillebager.dk"] is check   # the completed one is kept
    assert "ns2.lillebager.dk" in page.detail.text()
