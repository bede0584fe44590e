"""Live DNS checks against real DNS servers on loopback, one zone per situation."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from app.domains.dns.check import (
    CheckOptions,
    InvalidDomainError,
    InvalidNameserverError,
    Nameserver,
    check_domain,
    check_domains,
    normalize_domain,
)
from app.domains.dns.records import Role, Step, ends_with, expected_records
from app.domains.dns.results import DomainStatus, Problem
from app.graph.tenant import Tenant
from tests.dns_world import DnsWorld


def wait_for(condition, what: str, limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"never: {what}"
        time.sleep(0.02)


@pytest.fixture(scope="module")
def world() -> Iterator[DnsWorld]:
    with DnsWorld() as world:
        yield world


def rows_by(check, role):
    return [r for r in check.rows if r.role is role]


def test_fully_on_microsoft365_lists_every_record_in_advice_order(world):
    check = check_domain("m365.test", world.options())

    assert check.status is DomainStatus.MICROSOFT and check.error is None
    assert [r.type for r in check.rows[:2]] == ["MX", "NS"]
    assert [r.step for r in check.rows] == sorted((r.step for r in check.rows),
                                                  key=lambda s: s.value)
    assert check.rows[-1].role is Role.VERIFICATION   # removed last, with the domain
    mx = check.row(Role.MX)
    assert mx.values == ("0 m365-test.mail.protection.outlook.com",)
    assert mx.points_to_microsoft is True and mx.ttl == 3600
    assert "NS records move" in mx.advice           # MX waits for NS when M365 hosts DNS
    assert check.dns_at_microsoft is True
    names = {(r.name, r.type) for r in check.rows if r.points_to_microsoft}
    for label, rtype in [("autodiscover", "CNAME"), ("selector1._domainkey", "CNAME"),
                         ("selector2._domainkey", "CNAME"), ("sip", "CNAME"),
                         ("lyncdiscover", "CNAME"), ("enterpriseregistration", "CNAME"),
                         ("enterpriseenrollment", "CNAME"), ("msoid", "CNAME"),
                         ("_sip._tls", "SRV"), ("_sipfederationtls._tcp", "SRV")]:
        assert (f"{label}.m365.test", rtype) in names
    spf = check.row(Role.SPF)
    assert spf.points_to_microsoft and "spf.protection.outlook.com" in spf.advice
    assert check.row(Role.DMARC).points_to_microsoft is False
    assert [s.done for s in check.steps] == [False, False, False, False]


def test_mx_moved_but_dns_still_hosted_by_microsoft(world):
    check = check_domain("mxmoved.test", world.options())

    assert check.status is DomainStatus.MICROSOFT
    assert check.mail_at_microsoft is False
    assert check.row(Role.MX).advice.startswith("Done")
    ns = check.row(Role.NS)
    assert ns.points_to_microsoft is True
    assert "registrar" in ns.advice and "Recreate every record" in ns.advice
    assert [s.done for s in check.steps] == [True, False, False, False]


def test_fully_moved_is_clear(world):
    check = check_domain("moved.test", world.options())

    assert check.status is DomainStatus.CLEAR and check.error is None
    assert all(r.points_to_microsoft is False for r in check.rows)
    assert check.row(Role.MX).values == ("10 mx.newmail.test",)
    assert check.row(Role.NS).values == ("ns1.newdns.test", "ns2.newdns.test")
    assert [s.done for s in check.steps] == [True, True, True, False]
    assert check.status.exit_code == 0


def test_partly_moved_spf_still_includes_microsoft(world):
    check = check_domain("partly.test", world.options())

    assert check.status is DomainStatus.MICROSOFT
    assert check.mail_at_microsoft is False and check.dns_at_microsoft is False
    microsoft = [r for r in check.rows if r.points_to_microsoft]
    assert [(r.type, r.role) for r in microsoft] == [("TXT", Role.SPF)]


def test_new_style_mx_and_dkim_are_recognised(world):
    check = check_domain("newstyle.test", world.options())

    assert check.row(Role.MX).points_to_microsoft is True
    assert check.row(Role.DKIM).points_to_microsoft is True
    assert check.row(Role.SPF).values == () and check.row(Role.SPF).points_to_microsoft is False


def test_internationalized_name_is_checked_by_its_ascii_form(world):
    check = check_domain("Blåbær.DK", world.options())

    assert (check.domain, check.ascii, check.unicode) == ("Blåbær.DK", "xn--blbr-roah.dk",
                                                          "blåbær.dk")
    assert check.status is DomainStatus.MICROSOFT
    assert check.row(Role.MX).values == ("0 xn--blbr-roah-dk.mail.protection.outlook.com",)


def test_domain_that_does_not_exist_is_an_error_not_clear(world):
    check = check_domain("nosuch.test", world.options())

    assert check.status is DomainStatus.ERROR and "does not exist" in check.error
    assert [r.type for r in check.rows] == ["MX", "NS", "TXT"]
    assert all(r.points_to_microsoft is None for r in check.rows)
    assert all(r.advice.startswith("Couldn't check") for r in check.rows)


def test_servfail_is_shown_as_servfail(world):
    check = check_domain("servfail.test", world.options())

    assert check.status is DomainStatus.ERROR
    assert "SERVFAIL" in check.error
    assert check.row(Role.MX).problem is Problem.SERVFAIL
    assert check.row(Role.MX).points_to_microsoft is None


def test_server_that_never_answers_times_out_quickly(world):
    started = time.monotonic()
    check = check_domain("m365.test", world.options(silent=True, timeout=1.0))
    elapsed = time.monotonic() - started

    assert check.status is DomainStatus.ERROR
    assert {r.problem for r in check.rows} == {Problem.TIMEOUT}
    assert all(r.points_to_microsoft is None for r in check.rows)
    assert "in time" in check.error
    assert elapsed < 2.5


def test_cname_loop_is_named(world):
    check = check_domain("loop.test", world.options())

    dmarc = check.row(Role.DMARC)
    assert dmarc.problem is Problem.CNAME_LOOP and dmarc.points_to_microsoft is None
    assert check.status is DomainStatus.ERROR and "loop" in check.error


def test_null_mx_is_reported_but_not_an_error(world):
    check = check_domain("nullmx.test", world.options())

    mx = check.row(Role.MX)
    assert mx.problem is Problem.NULL_MX and mx.points_to_microsoft is False
    assert "RFC 7505" in mx.advice
    assert check.status is DomainStatus.CLEAR


@pytest.mark.parametrize("typed", ["", "not a domain", "bad..name", "-dash.test", "user@m365.test",
                                   "localhost", "a" * 64 + ".test"])
def test_invalid_names_are_rejected_without_a_lookup(world, typed):
    before = world.resolver.queries
    check = check_domain(typed, world.options())

    assert check.status is DomainStatus.ERROR and "not a valid domain name" in check.error
    assert world.resolver.queries == before
    with pytest.raises(InvalidDomainError):
        normalize_domain(typed)


def test_authoritative_servers_ahead_of_the_resolver_are_shown_as_information(world):
    check = check_domain("stale.test", world.options())

    assert check.authoritative_servers == ("ns1.stale.test", "ns2.stale.test")
    mx = check.row(Role.MX)
    assert mx.points_to_microsoft is True          # the resolver's view decides
    assert mx.agrees is False
    assert {v.values for v in mx.authoritative} == {("10 mx.newmail.test",)}
    assert "Not everywhere yet" in mx.note and "expires at" in mx.note
    assert mx.expires_at is not None
    assert check.status is DomainStatus.MICROSOFT


def test_disagreeing_authoritative_servers_never_turn_clear_into_error(world):
    check = check_domain("lagging.test", world.options())

    assert check.status is DomainStatus.CLEAR and check.error is None
    mx = check.row(Role.MX)
    assert mx.agrees is False and "ns2.lagging.test" in mx.note
    assert check.row(Role.SPF).agrees is True
    assert check.disagreements == (mx,)


def test_silent_authoritative_servers_only_cost_information(world):
    started = time.monotonic()
    check = check_domain("mute.test", world.options(timeout=1.0))
    elapsed = time.monotonic() - started

    assert check.status is DomainStatus.CLEAR and check.error is None
    mx = check.row(Role.MX)
    assert mx.agrees is None and "did not answer" in mx.note
    assert elapsed < 2 * 1.0 + 0.5


def test_authoritative_answers_without_glue_are_found_through_the_resolver():
    with DnsWorld(glue=False) as world:
        check = check_domain("lagging.test", world.options())
    assert check.row(Role.MX).agrees is False
    assert len(check.row(Role.MX).authoritative) == 2


def test_several_domains_run_together_in_the_order_given(world):
    """Together: with the resolver holding its answers, all three domains' 15 questions each
    are asked before any answer comes back."""
    asked_before = world.resolver.queries   # the world is the module's: count from here
    world.resolver.hold()
    done: dict[str, list] = {}
    thread = threading.Thread(target=lambda: done.update(checks=check_domains(
        ["moved.test", "m365.test", "nosuch.test"], world.options(timeout=60))))
    thread.start()
    try:
        wait_for(lambda: world.resolver.queries - asked_before >= 3 * 15,
                 "three domains' questions at once")
    finally:
        world.resolver.release()
        thread.join(60)
    checks = done["checks"]
    assert [c.status for c in checks] == [DomainStatus.CLEAR, DomainStatus.MICROSOFT,
                                          DomainStatus.ERROR]


def test_every_query_runs_concurrently():
    """Each round's questions are all out before the first answer comes back: the servers hold
    every answer, and the resolver (then the domain's own nameserver) sees them all asked."""
    with DnsWorld() as world:
        options = world.options(timeout=60)   # answers are held: no query may time out
        for server in (world.resolver, world.first, world.second):
            server.hold()
        done: dict[str, object] = {}
        thread = threading.Thread(target=lambda: done.update(
            check=check_domain("m365.test", options)))
        thread.start()
        try:
            wait_for(lambda: world.resolver.queries >= 15, "15 questions at the resolver at once")
            assert world.first.queries == world.second.queries == 0   # they need its answers
            world.resolver.release()
            wait_for(lambda: world.first.queries + world.second.queries >= 15,
                     "the authoritative comparison asked at once")
        finally:
            for server in (world.resolver, world.first, world.second):
                server.release()
            thread.join(60)
    assert done["check"].status is DomainStatus.MICROSOFT


def test_graph_expectations_are_merged(world, tenant: Tenant):
    records = tenant.service_records("lillebager.dk")
    family = expected_records("lillebager.dk", records)
    mx = next(e for e in family if e.role is Role.MX)
    assert mx.expected_value == "lillebager-dk.mail.protection.outlook.com"
    assert len([e for e in family if e.role is Role.DKIM]) == 2   # merged, not duplicated
    check = check_domain("m365.test", world.options(), records)
    assert check.status is DomainStatus.MICROSOFT


def test_suffix_matching_is_on_label_boundaries_and_case_insensitive():
    assert ends_with("Contoso-COM.Mail.Protection.Outlook.com.", "mail.protection.outlook.com")
    assert ends_with("contoso-com.o-v1.MX.microsoft", "mx.microsoft")
    assert not ends_with("evilmail.protection.outlook.com.example", "mail.protection.outlook.com")
    assert not ends_with("notoutlook.com", "outlook.com")


@pytest.mark.parametrize(("text", "expected"), [
    ("1.1.1.1", Nameserver("1.1.1.1", 53)), ("127.0.0.1:5353", Nameserver("127.0.0.1", 5353)),
    ("[::1]:53", Nameserver("::1", 53)), ("::1", Nameserver("::1", 53)),
])
def test_nameserver_parsing(text, expected):
    assert Nameserver.parse(text) == expected


@pytest.mark.parametrize("text", ["", "1.1.1.1:", "1.1.1.1:99999", "host:port", "a b"])
def test_bad_nameserver_is_a_clear_error(text):
    with pytest.raises(InvalidNameserverError, match="is not a DNS server"):
        Nameserver.parse(text)


def test_steps_follow_the_source_documents_order(world):
    check = check_domain("m365.test", world.options())
    assert [s.step for s in check.steps] == [Step.MOVE_MX, Step.MOVE_NS, Step.REMOVE_RECORDS,
                                             Step.REMOVE_DOMAIN]


def test_json_shape(world):
    data = check_domain("moved.test", CheckOptions(
        nameservers=(Nameserver("127.0.0.1", world.port),), ask_authoritative=False)).to_json()
    assert set(data) == {"domain", "ascii", "status", "error", "records"}
    assert set(data["records"][0]) == {"name", "type", "values", "ttl", "points_to_microsoft",
                                       "advice"}
