"""The wizard's DNS checks in a process of their own (app/domains/dns/service.py): the same
results as a check in this process, the resolver's answers first, the wizard's language,
and a child that ends mid-check said so, then started again."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest

from app.domains.dns.check import check_domains
from app.domains.dns.records import Role
from app.domains.dns.results import DomainCheck, DomainStatus
from app.domains.dns.service import DnsChecker, DnsCheckStoppedError
from tests.dns_world import DnsWorld
from tests.test_dns_two_stage import held, release  # noqa: F401


@pytest.fixture
def checker() -> Iterator[DnsChecker]:
    checker = DnsChecker()
    yield checker
    checker.stop()


@pytest.fixture
def world() -> Iterator[DnsWorld]:
    with DnsWorld() as world:
        yield world


def _rows(check: DomainCheck) -> list[tuple]:
    """Each row as the page shows it (the note says a time, a second apart between checks)."""
    return [(r.name, r.type, r.values, r.points_to_microsoft, r.advice, r.agrees,
             tuple(v.server for v in r.authoritative)) for r in check.rows]


def test_the_child_finds_what_a_check_here_finds(checker, world):
    domains = ["m365.test", "moved.test", "stale.test", "nosuch.test"]
    here = check_domains(domains, world.options())
    there = checker.check(domains, world.options())
    assert [c.ascii for c in there] == domains
    assert [c.status for c in there] == [c.status for c in here]
    assert [c.status for c in there][:2] == [DomainStatus.MICROSOFT, DomainStatus.CLEAR]
    for mine, theirs in zip(here, there, strict=True):
        assert _rows(theirs) == _rows(mine)
        assert theirs.error == mine.error and theirs.everywhere == mine.everywhere


def test_the_resolver_answers_come_before_the_comparison(checker, held):  # noqa: F811
    firsts: queue.Queue[DomainCheck] = queue.Queue()
    results: list[list[DomainCheck]] = []
    worker = threading.Thread(target=lambda: results.append(checker.check(
        ["lillebager.dk"], held.options(timeout=10.0), on_resolver=firsts.put)))
    worker.start()
    try:
        first = firsts.get(timeout=30)
        assert not results   # the domain's own nameservers are still held
    finally:
        release(held)
        worker.join(30)
    assert first.authoritative_pending and first.status is DomainStatus.CLEAR
    full = results[0][0]
    assert not full.authoritative_pending and full.everywhere is False
    assert full.disagreements == (full.row(Role.MX),)


def test_the_advice_is_in_the_language_asked_for(checker, world):
    danish = checker.check(["m365.test"], world.options(), language="da")[0]
    english = checker.check(["m365.test"], world.options(), language="en")[0]
    assert danish.row(Role.MX).advice.startswith("Trin 1")
    assert english.row(Role.MX).advice.startswith("Step 1")


def test_a_child_that_ends_mid_check_is_said_and_the_next_check_starts_another(
        checker, held):  # noqa: F811
    failed: list[BaseException] = []

    def check() -> None:
        try:
            checker.check(["lillebager.dk"], held.options(timeout=10.0), on_resolver=stop)
        except DnsCheckStoppedError as error:
            failed.append(error)

    def stop(_: DomainCheck) -> None:   # the resolver has answered; the comparison is held
        checker.stop()

    worker = threading.Thread(target=check)
    worker.start()
    worker.join(30)
    assert failed and "cancel365 dns" in str(failed[0])
    release(held)
    again = checker.check(["lillebager.dk"], held.options(timeout=10.0))[0]
    assert again.status is DomainStatus.CLEAR and not again.authoritative_pending
