"""Check domains live: every query at once, each with a timeout.

All lookups of a check (and of several domains) run concurrently on
dnspython's asyncio resolver, inside one ``asyncio.run`` on the calling
thread: call :func:`check_domains` from a worker thread, never the GUI's.

The domain's authoritative servers are its NS targets; their addresses come
from the NS answer's additional section (glue) or, failing that, from the same
resolver (and are then remembered for their TTL). They are asked on
``authoritative_port`` (53, or a loopback test port), with recursion off, to
show whether the change has reached them.

A check has two stages. The verdict and the rows come from the resolver's
answers alone, so they are handed over (``on_resolver``) as soon as those are
in, marked ``authoritative_pending``; the authoritative servers are asked about
the records the rows show (each question as soon as the resolver has answered
it and the server's address is known), and the full result replaces the first. It
never changes the status (the resolver's view decides) but says whether the
answer is everywhere yet (``DomainCheck.everywhere``). Whoever needs the whole
answer (the CLI, the confirm checklist) takes only the returned full result.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

import dns.asyncresolver
import dns.exception
import dns.rdatatype

from app.domains.dns import advice
from app.domains.dns.lookup import ask_resolver, ask_server, make_resolver
from app.domains.dns.options import (
    PUBLIC_RESOLVERS,
    CheckOptions,
    InvalidDomainError,
    InvalidNameserverError,
    Nameserver,
    normalize_domain,
)
from app.domains.dns.records import (
    FAMILY,
    ExpectedRecord,
    Role,
    expected_records,
    is_microsoft_verification,
    is_spf,
    points_at_microsoft,
)
from app.domains.dns.results import DomainCheck, DomainStatus, Lookup, Problem, RecordRow, ServerView, expiry
from app.errors import Cancel365Error
from app.graph.models import ServiceRecord

__all__ = ["PUBLIC_RESOLVERS", "CheckOptions", "InvalidDomainError", "InvalidNameserverError",
           "Nameserver", "check_domain", "check_domains", "normalize_domain"]


# -- one domain -----------------------------------------------------------------

async def _server_addresses(resolver: dns.asyncresolver.Resolver, options: CheckOptions,
                            ns_task: asyncio.Task) -> dict[str, asyncio.Task[str | None]]:
    """The domain's authoritative servers (its NS targets), each with the lookup of its address
    (None: not found): from the NS answer's glue, else remembered, else asked of the resolver
    at once, beside the resolver's other questions. Each address is awaited on its own, so a
    server is asked as soon as its own address is known."""
    ns_lookup, response = await ns_task
    if ns_lookup.problem is not None or not ns_lookup.values:
        return {}
    glue: dict[str, str] = {}
    for rrset in response.additional if response is not None else ():
        if rrset.rdtype == dns.rdatatype.A and len(rrset):
            glue[rrset.name.to_text(omit_final_dot=True).lower()] = rrset[0].address

    async def address_of(server: str) -> str | None:
        address = glue.get(server.lower()) or _remembered(options, server)
        if address is None:
            found, _ = await ask_resolver(resolver, server, "A")
            if not found.values:
                return None
            address = found.values[0]
            _remember(options, server, address, found.ttl)
        return address

    return {s: asyncio.ensure_future(address_of(s)) for s in ns_lookup.values}


async def _authoritative(options: CheckOptions, ascii_name: str,
                         family: Sequence[ExpectedRecord],
                         servers: asyncio.Future[dict[str, asyncio.Task[str | None]]],
                         resolver_tasks: Mapping[tuple[str, str], asyncio.Task]
                         ) -> dict[str, dict[tuple[str, str], Lookup]]:
    """Each authoritative server's answers, by server name, to the questions whose rows the
    page shows with a value to compare (``_compared``).

    Each question goes to a server as soon as both are known: the resolver's answer to it
    (does the row show?) and the server's address; not after the slowest answer of all. Two
    names for one address are one server, asked once."""
    by_address: dict[str, asyncio.Task[Lookup]] = {}
    timeout = min(options.timeout, 2.0)

    async def ask(server: asyncio.Task[str | None], question: tuple[str, str]) -> Lookup | None:
        lookup, _ = await resolver_tasks[question]
        if not _compared(family, ascii_name, question, lookup):
            return None
        address = await server
        if address is None:
            # Not reachable: says nothing about the records, so "couldn't ask".
            return Lookup(problem=Problem.NETWORK)
        key = f"{address} {question[0]} {question[1]}"
        if key not in by_address:
            by_address[key] = asyncio.ensure_future(ask_server(
                address, options.authoritative_port, question[0], question[1], timeout))
        return await by_address[key]

    named = await servers
    pairs = [(name, q) for name in named for q in resolver_tasks]
    answers = await asyncio.gather(*(ask(named[name], q) for name, q in pairs))
    results: dict[str, dict[tuple[str, str], Lookup]] = {name: {} for name in named}
    for (name, question), answer in zip(pairs, answers, strict=True):
        if answer is not None:
            results[name][question] = answer
    return results if any(results.values()) else {}


def _compared(family: Sequence[ExpectedRecord], ascii_name: str, question: tuple[str, str],
              lookup: Lookup) -> bool:
    """Whether the domain's own nameservers are asked ``question``: a row shows it, with
    values the resolver gave or the record's absence (an unknown is nothing to compare)."""
    if lookup.unknown:
        return False
    return any((e.fqdn(ascii_name), e.rtype) == question
               and (e.always_listed or _filter(e, lookup).values) for e in family)


# The nameservers' own addresses, when the NS answer had no glue: looked up once and kept
# for their TTL (at most ADDRESS_SECONDS_MAX seconds), so a re-check asks in two rounds, not three.
# They only say where to ask for the comparison; the records themselves are never cached.
ADDRESS_SECONDS_MAX = 600
_addresses: dict[tuple[tuple[Nameserver, ...], str], tuple[str, float]] = {}
_addresses_lock = threading.Lock()


def _remembered(options: CheckOptions, server: str) -> str | None:
    with _addresses_lock:
        address, until = _addresses.get((options.nameservers, server.lower()), ("", 0.0))
    return address if until > time.monotonic() else None


def _remember(options: CheckOptions, server: str, address: str, ttl: int | None) -> None:
    seconds = min(ttl or 0, ADDRESS_SECONDS_MAX)
    if seconds > 0:
        with _addresses_lock:
            _addresses[(options.nameservers, server.lower())] = (address, time.monotonic() + seconds)


def forget_addresses() -> None:
    """Forget the nameservers' addresses (a benchmark's cold start)."""
    with _addresses_lock:
        _addresses.clear()


def _filter(expected: ExpectedRecord, lookup: Lookup) -> Lookup:
    """The apex TXT answer split into its SPF and verification records."""
    if expected.rtype != "TXT" or expected.label != "@" or lookup.unknown:
        return lookup
    keep = is_spf if expected.role is Role.SPF else is_microsoft_verification
    values = tuple(v for v in lookup.values if keep(v))
    return Lookup(values=values, ttl=lookup.ttl if values else None,
                  problem=None if values else Problem.NO_DATA)


async def _check_one(typed: str, options: CheckOptions,
                     service_records: Sequence[ServiceRecord],
                     on_resolver: Callable[[DomainCheck], None] | None = None) -> DomainCheck:
    checked_at = datetime.now(UTC)
    try:
        ascii_name, unicode_name = normalize_domain(typed)
    except InvalidDomainError as error:
        return _failed(typed, typed.strip(), typed.strip(), str(error), Problem.INVALID_NAME,
                       checked_at, options)
    try:
        resolver = make_resolver(options)
    except (dns.exception.DNSException, InvalidNameserverError, OSError) as error:
        message = str(error) if isinstance(error, Cancel365Error) else \
            advice.problem_text(Problem.NETWORK, ascii_name)
        return _failed(typed, ascii_name, unicode_name, message, Problem.NETWORK,
                       checked_at, options)
    family = expected_records(ascii_name, service_records)
    questions = list(dict.fromkeys((e.fqdn(ascii_name), e.rtype) for e in family))
    tasks = {q: asyncio.ensure_future(ask_resolver(resolver, *q)) for q in questions}
    started = time.monotonic()
    # Stage two starts with stage one: each of the domain's own nameservers is asked a
    # question as soon as its address and the resolver's answer to it are in.
    comparison = asyncio.ensure_future(_authoritative(
        options, ascii_name, family,
        asyncio.ensure_future(_server_addresses(resolver, options, tasks[(ascii_name, "NS")])),
        tasks)) if options.ask_authoritative else None
    lookups = {q: (await task)[0] for q, task in tasks.items()}
    if comparison is None or _whole_domain_failed(lookups, ascii_name):
        if comparison is not None:
            comparison.cancel()   # nothing to compare
        return _verdict(typed, ascii_name, unicode_name, family, lookups, {}, checked_at,
                        options)
    if not comparison.done():
        first = _verdict(typed, ascii_name, unicode_name, family, lookups, {}, checked_at,
                         options, pending=True)
        if on_resolver is not None:
            on_resolver(first)   # stage one: the verdict and the rows; the comparison is coming
    # The comparison is information only, never worth more than twice the resolver's wait.
    try:
        authoritative = await asyncio.wait_for(
            comparison, timeout=max(0.0, 2 * options.timeout - (time.monotonic() - started)))
    except TimeoutError:
        authoritative = {}
    return _verdict(typed, ascii_name, unicode_name, family, lookups, authoritative,
                    checked_at, options)


def _whole_domain_failed(lookups: Mapping[tuple[str, str], Lookup], ascii_name: str) -> bool:
    """The domain itself doesn't exist, or the resolver can't answer for it at all."""
    apex, ns = lookups[(ascii_name, "MX")], lookups[(ascii_name, "NS")]
    return apex.problem is Problem.NXDOMAIN or (apex.unknown and ns.problem is apex.problem)


def _verdict(typed: str, ascii_name: str, unicode_name: str, family: Sequence[ExpectedRecord],
             lookups: Mapping[tuple[str, str], Lookup],
             authoritative: Mapping[str, Mapping[tuple[str, str], Lookup]],
             checked_at: datetime, options: CheckOptions, *, pending: bool = False
             ) -> DomainCheck:
    """The domain's rows and status; ``pending``: the authoritative comparison is still coming."""
    apex = lookups[(ascii_name, "MX")]
    ns = lookups[(ascii_name, "NS")]
    if _whole_domain_failed(lookups, ascii_name):
        message = advice.problem_text(apex.problem, unicode_name)
        return _failed(typed, ascii_name, unicode_name, message, apex.problem, checked_at,
                       options)
    ns_record = next(e for e in family if e.role is Role.NS)
    ns_points = points_at_microsoft(ns_record, ns.values)
    rows = []
    for expected in family:
        name = expected.fqdn(ascii_name)
        lookup = _filter(expected, lookups[(name, expected.rtype)])
        if not expected.always_listed and not lookup.values and not lookup.unknown:
            continue
        points = None if lookup.unknown else points_at_microsoft(expected, lookup.values)
        views = tuple(
            ServerView(server, _filter(expected, answers[(name, expected.rtype)]).values,
                       _filter(expected, answers[(name, expected.rtype)]).problem)
            for server, answers in authoritative.items() if (name, expected.rtype) in answers)
        row = RecordRow(
            name=name, type=expected.rtype, values=lookup.values, ttl=lookup.ttl,
            points_to_microsoft=points, role=expected.role, problem=lookup.problem,
            advice=advice.row_advice(expected.role, lookup, points, name,
                                     dns_at_microsoft=ns_points),
            expires_at=expiry(checked_at, lookup.ttl), authoritative=views)
        rows.append(replace(row, note=advice.propagation_note(row, pending=pending)))
    rows.sort(key=lambda r: r.step.value)
    unknown = [(r.name, r.problem or Problem.NETWORK) for r in rows
               if r.points_to_microsoft is None]
    if unknown:
        status, error = DomainStatus.ERROR, advice.domain_error(unknown)
    elif any(r.points_to_microsoft for r in rows):
        status, error = DomainStatus.MICROSOFT, None
    else:
        status, error = DomainStatus.CLEAR, None
    return DomainCheck(domain=typed, ascii=ascii_name, unicode=unicode_name, status=status,
                       error=error, rows=tuple(rows), checked_at=checked_at,
                       resolver=options.resolver_name,
                       authoritative_servers=tuple(authoritative),
                       authoritative_pending=pending,
                       steps=advice.next_steps(unicode_name, rows))


def _failed(typed: str, ascii_name: str, unicode_name: str, message: str, problem: Problem,
            checked_at: datetime, options: CheckOptions) -> DomainCheck:
    """A domain that could not be checked: MX, NS and SPF listed as unknown."""
    rows = tuple(
        RecordRow(name=e.fqdn(ascii_name), type=e.rtype, values=(), ttl=None,
                  points_to_microsoft=None, role=e.role, problem=problem,
                  advice=advice.couldnt_check(message))
        for e in FAMILY if e.always_listed)
    return DomainCheck(domain=typed, ascii=ascii_name, unicode=unicode_name,
                       status=DomainStatus.ERROR, error=message, rows=rows,
                       checked_at=checked_at, resolver=options.resolver_name,
                       steps=advice.next_steps(unicode_name, rows))


# -- the entry point --------------------------------------------------------------

def check_domains(domains: Sequence[str], options: CheckOptions | None = None,
                  service_records: Mapping[str, Sequence[ServiceRecord]] | None = None,
                  on_resolver: Callable[[DomainCheck], None] | None = None
                  ) -> list[DomainCheck]:
    """Check every domain concurrently; one full result per domain, in the order given.

    Blocks for at most about twice ``options.timeout``. ``service_records``
    maps a domain (ASCII, lower case) to what Graph says Microsoft 365 expects.

    ``on_resolver`` (called on this thread) gets a domain's first result as soon as the
    resolver's answers are in, while its authoritative nameservers are still being asked
    (``authoritative_pending``; its rows' ``agrees`` are None). The full result, returned,
    replaces it. A domain whose comparison is done by then (or not asked for) gets no
    first result.
    """
    options = options or CheckOptions()
    expected = {k.lower(): v for k, v in (service_records or {}).items()}

    async def run_all() -> list[DomainCheck]:
        return list(await asyncio.gather(*(
            _check_one(d, options, expected.get(_ascii_or_same(d), ()), on_resolver)
            for d in domains)))

    return asyncio.run(run_all())


def check_domain(domain: str, options: CheckOptions | None = None,
                 service_records: Sequence[ServiceRecord] = ()) -> DomainCheck:
    """Check one domain (see :func:`check_domains`)."""
    records = {_ascii_or_same(domain): service_records} if service_records else None
    return check_domains([domain], options, records)[0]


def _ascii_or_same(domain: str) -> str:
    try:
        return normalize_domain(domain)[0]
    except InvalidDomainError:
        return domain.strip().lower()
