"""Check domains live: every query at once, each with a timeout.

All lookups of a check (and of several domains) run concurrently on
dnspython's asyncio resolver, inside one ``asyncio.run`` on the calling
thread: call :func:`check_domains` from a worker thread, never the GUI's.

The domain's authoritative servers are its NS targets; their addresses come
from the NS answer's additional section (glue) or, failing that, from the same
resolver. They are asked on ``authoritative_port`` (53, or a loopback test
port), with recursion off, to show whether the change has reached them.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import dns.asyncquery
import dns.asyncresolver
import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.nameserver
import dns.rcode
import dns.rdatatype
import dns.resolver

from app.dns import advice
from app.dns.records import (
    ExpectedRecord,
    Role,
    expected_records,
    is_microsoft_verification,
    is_spf,
    points_at_microsoft,
)
from app.dns.results import DomainCheck, DomainStatus, Lookup, Problem, RecordRow, ServerView, expiry
from app.errors import Cancel365Error
from app.graph.models import ServiceRecord

PUBLIC_RESOLVERS: dict[str, str] = {
    "Cloudflare (1.1.1.1)": "1.1.1.1",
    "Google (8.8.8.8)": "8.8.8.8",
    "Quad9 (9.9.9.9)": "9.9.9.9",
}
_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"


class InvalidNameserverError(Cancel365Error):
    """The resolver the admin typed is not ``host`` or ``host:port``."""


@dataclass(frozen=True)
class Nameserver:
    """A DNS server to ask: an IP address (or host name) and a port."""

    host: str
    port: int = 53

    @classmethod
    def parse(cls, text: str) -> Nameserver:
        """``1.1.1.1``, ``1.1.1.1:5353``, ``[::1]:53``, ``::1`` or ``dns.example``."""
        value = text.strip()
        host, port = value, "53"
        if value.startswith("["):
            host, _, rest = value[1:].partition("]")
            port = rest[1:] if rest.startswith(":") else "53"
        elif value.count(":") == 1:
            host, port = value.split(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536 or " " in host:
            raise InvalidNameserverError(
                f"“{text}” is not a DNS server. Type an address like 1.1.1.1 or "
                "127.0.0.1:5353.")
        return cls(host, int(port))

    def address(self) -> str:
        """The IP address (a host name is looked up with the system's resolver)."""
        try:
            return str(ipaddress.ip_address(self.host))
        except ValueError:
            pass
        try:
            return socket.getaddrinfo(self.host, self.port, proto=socket.IPPROTO_UDP)[0][4][0]
        except OSError:
            raise InvalidNameserverError(
                f"Could not find the DNS server {self.host}. Check the name, or type its "
                "IP address.") from None

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == 53 else f"{host}:{self.port}"


@dataclass(frozen=True)
class CheckOptions:
    """Where to ask and how long to wait."""

    nameservers: tuple[Nameserver, ...] = ()  # empty: the system's resolver
    timeout: float = 3.0                       # per lookup, retries included
    ask_authoritative: bool = True
    authoritative_port: int = 53

    @property
    def resolver_name(self) -> str:
        return ", ".join(map(str, self.nameservers)) or advice.tr("the system's resolver")


class InvalidDomainError(Cancel365Error):
    """The text typed is not a domain name."""


def normalize_domain(text: str) -> tuple[str, str]:
    """``(ascii, unicode)`` forms of a typed domain; IDNs via IDNA. Raises InvalidDomainError."""
    import re

    value = text.strip().rstrip(".").lower()
    invalid = InvalidDomainError(advice.problem_text(Problem.INVALID_NAME, text.strip()))
    if not value or any(c in value for c in " @/:\\\t") or value.startswith("."):
        raise invalid
    try:
        name = dns.name.from_text(value)
    except (dns.exception.DNSException, UnicodeError, ValueError):
        raise invalid from None
    ascii_form = name.to_text(omit_final_dot=True)
    labels = ascii_form.split(".")
    if len(labels) < 2 or len(ascii_form) > 253 or \
            not all(re.fullmatch(_LABEL, label) for label in labels):
        raise invalid
    return ascii_form, name.to_unicode(omit_final_dot=True)


# -- one lookup -----------------------------------------------------------------

def _value_text(rdata: object) -> str:
    rdtype = rdata.rdtype  # type: ignore[attr-defined]
    if rdtype == dns.rdatatype.TXT:
        return b"".join(rdata.strings).decode("utf-8", "replace")  # type: ignore[attr-defined]
    if rdtype == dns.rdatatype.SOA:
        return (f"{rdata.mname.to_text(True)} {rdata.rname.to_text(True)} "  # type: ignore[attr-defined]
                f"{rdata.serial}")  # type: ignore[attr-defined]
    return rdata.to_text().rstrip(".")  # type: ignore[attr-defined]


def _values(rrset: Iterable[object] | None) -> tuple[str, ...]:
    return tuple(sorted(_value_text(r) for r in rrset)) if rrset is not None else ()


def _is_null_mx(rrset: Iterable[object]) -> bool:
    records = list(rrset)
    return len(records) == 1 and records[0].exchange == dns.name.root  # type: ignore[attr-defined]


def _problem_of(error: BaseException) -> tuple[Problem, str]:
    if isinstance(error, dns.resolver.NXDOMAIN):
        return Problem.NXDOMAIN, ""
    if isinstance(error, dns.message.ChainTooLong):
        return Problem.CNAME_LOOP, ""
    if isinstance(error, dns.exception.Timeout):
        return Problem.TIMEOUT, ""
    if isinstance(error, dns.resolver.NoNameservers):
        causes = [e[3] for e in error.kwargs.get("errors") or ()]
        if any(isinstance(c, dns.message.ChainTooLong) for c in causes):
            return Problem.CNAME_LOOP, ""
        if any(isinstance(c, dns.exception.Timeout) for c in causes):
            return Problem.TIMEOUT, ""
        refused = any(e[4] is not None and e[4].rcode() == dns.rcode.REFUSED
                      for e in error.kwargs.get("errors") or ())
        return (Problem.REFUSED if refused else Problem.SERVFAIL), ""
    if isinstance(error, dns.resolver.NoResolverConfiguration | OSError):
        return Problem.NETWORK, type(error).__name__
    return Problem.BAD_ANSWER, type(error).__name__


async def _ask_resolver(resolver: dns.asyncresolver.Resolver, name: str, rtype: str
                        ) -> tuple[Lookup, dns.message.Message | None]:
    try:
        answer = await resolver.resolve(name, rtype, raise_on_no_answer=False, search=False)
    except (dns.exception.DNSException, OSError) as error:
        problem, detail = _problem_of(error)
        return Lookup(problem=problem, detail=detail), None
    rrset = answer.rrset
    if rrset is None:
        return Lookup(problem=Problem.NO_DATA), answer.response
    if rtype == "MX" and _is_null_mx(rrset):
        return Lookup(values=_values(rrset), ttl=rrset.ttl, problem=Problem.NULL_MX), \
            answer.response
    return Lookup(values=_values(rrset), ttl=rrset.ttl), answer.response


async def _ask_server(address: str, port: int, name: str, rtype: str, timeout: float) -> Lookup:
    """Ask one authoritative server directly, without recursion."""
    query = dns.message.make_query(name, rtype)
    query.flags &= ~dns.flags.RD
    try:
        response, _ = await dns.asyncquery.udp_with_fallback(query, address, timeout=timeout,
                                                             port=port)
        rcode = response.rcode()
        if rcode == dns.rcode.NXDOMAIN:
            return Lookup(problem=Problem.NXDOMAIN)
        if rcode != dns.rcode.NOERROR:
            return Lookup(problem=Problem.REFUSED if rcode == dns.rcode.REFUSED
                          else Problem.SERVFAIL)
        chain = response.resolve_chaining()
    except (dns.exception.DNSException, OSError) as error:
        return Lookup(problem=_problem_of(error)[0])
    if chain.answer is None:
        return Lookup(problem=Problem.NO_DATA)
    return Lookup(values=_values(chain.answer), ttl=chain.answer.ttl)


# -- one domain -----------------------------------------------------------------

def _make_resolver(options: CheckOptions) -> dns.asyncresolver.Resolver:
    if options.nameservers:
        resolver = dns.asyncresolver.Resolver(configure=False)
        resolver.nameservers = [dns.nameserver.Do53Nameserver(ns.address(), ns.port)
                                for ns in options.nameservers]
    else:
        resolver = dns.asyncresolver.Resolver()
    resolver.timeout = min(2.0, options.timeout)
    resolver.lifetime = options.timeout
    resolver.cache = None
    return resolver


async def _authoritative(resolver: dns.asyncresolver.Resolver, options: CheckOptions,
                         ns_task: asyncio.Task, questions: Sequence[tuple[str, str]]
                         ) -> dict[str, dict[tuple[str, str], Lookup]]:
    """Each authoritative server's answers, by server name."""
    ns_lookup, response = await ns_task
    if ns_lookup.problem is not None or not ns_lookup.values:
        return {}
    glue: dict[str, str] = {}
    for rrset in response.additional if response is not None else ():
        if rrset.rdtype == dns.rdatatype.A and len(rrset):
            glue[rrset.name.to_text(omit_final_dot=True).lower()] = rrset[0].address

    async def one_server(server: str) -> dict[tuple[str, str], Lookup]:
        address = glue.get(server.lower())
        if address is None:
            found, _ = await _ask_resolver(resolver, server, "A")
            if not found.values:
                # Not reachable: says nothing about the records, so "couldn't ask".
                return {q: Lookup(problem=Problem.NETWORK) for q in questions}
            address = found.values[0]
        answers = await asyncio.gather(*(
            _ask_server(address, options.authoritative_port, name, rtype,
                        min(options.timeout, 2.0))
            for name, rtype in questions))
        return dict(zip(questions, answers, strict=True))

    servers = list(ns_lookup.values)
    results = await asyncio.gather(*(one_server(s) for s in servers))
    return dict(zip(servers, results, strict=True))


def _filter(expected: ExpectedRecord, lookup: Lookup) -> Lookup:
    """The apex TXT answer split into its SPF and verification records."""
    if expected.rtype != "TXT" or expected.label != "@" or lookup.unknown:
        return lookup
    keep = is_spf if expected.role is Role.SPF else is_microsoft_verification
    values = tuple(v for v in lookup.values if keep(v))
    return Lookup(values=values, ttl=lookup.ttl if values else None,
                  problem=None if values else Problem.NO_DATA)


async def _check_one(typed: str, options: CheckOptions,
                     service_records: Sequence[ServiceRecord]) -> DomainCheck:
    checked_at = datetime.now(UTC)
    try:
        ascii_name, unicode_name = normalize_domain(typed)
    except InvalidDomainError as error:
        return _failed(typed, typed.strip(), typed.strip(), str(error), Problem.INVALID_NAME,
                       checked_at, options)
    try:
        resolver = _make_resolver(options)
    except (dns.exception.DNSException, InvalidNameserverError, OSError) as error:
        message = str(error) if isinstance(error, Cancel365Error) else \
            advice.problem_text(Problem.NETWORK, ascii_name)
        return _failed(typed, ascii_name, unicode_name, message, Problem.NETWORK,
                       checked_at, options)
    family = expected_records(ascii_name, service_records)
    questions = list(dict.fromkeys((e.fqdn(ascii_name), e.rtype) for e in family))
    tasks = {q: asyncio.ensure_future(_ask_resolver(resolver, *q)) for q in questions}
    authoritative: dict[str, dict[tuple[str, str], Lookup]] = {}
    if options.ask_authoritative:
        authoritative = await _authoritative(resolver, options, tasks[(ascii_name, "NS")],
                                             questions)
    lookups = {q: (await task)[0] for q, task in tasks.items()}
    return _verdict(typed, ascii_name, unicode_name, family, lookups, authoritative,
                    checked_at, options)


def _verdict(typed: str, ascii_name: str, unicode_name: str, family: Sequence[ExpectedRecord],
             lookups: Mapping[tuple[str, str], Lookup],
             authoritative: Mapping[str, Mapping[tuple[str, str], Lookup]],
             checked_at: datetime, options: CheckOptions) -> DomainCheck:
    apex = lookups[(ascii_name, "MX")]
    ns = lookups[(ascii_name, "NS")]
    if apex.problem is Problem.NXDOMAIN or (apex.unknown and ns.problem is apex.problem):
        # The domain itself: doesn't exist, or the resolver can't answer for it at all.
        message = advice.problem_text(apex.problem, unicode_name)
        return _failed(typed, ascii_name, unicode_name, message, apex.problem, checked_at,
                       options)
    ns_points = points_at_microsoft(family[1], lookups[(ascii_name, "NS")].values)
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
            for server, answers in authoritative.items())
        row = RecordRow(
            name=name, type=expected.rtype, values=lookup.values, ttl=lookup.ttl,
            points_to_microsoft=points, role=expected.role, problem=lookup.problem,
            advice=advice.row_advice(expected.role, lookup, points, name,
                                     dns_at_microsoft=ns_points),
            expires_at=expiry(checked_at, lookup.ttl), authoritative=views)
        rows.append(_with_note(row, checked_at))
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
                       steps=advice.next_steps(unicode_name, rows))


def _with_note(row: RecordRow, now: datetime) -> RecordRow:
    from dataclasses import replace

    return replace(row, note=advice.propagation_note(row, now))


def _failed(typed: str, ascii_name: str, unicode_name: str, message: str, problem: Problem,
            checked_at: datetime, options: CheckOptions) -> DomainCheck:
    """A domain that could not be checked: MX, NS and SPF listed as unknown."""
    from app.dns.records import FAMILY

    rows = tuple(
        RecordRow(name=e.fqdn(ascii_name), type=e.rtype, values=(), ttl=None,
                  points_to_microsoft=None, role=e.role, problem=problem,
                  advice=advice.tr("Couldn't check: {0}").format(message))
        for e in FAMILY if e.always_listed)
    return DomainCheck(domain=typed, ascii=ascii_name, unicode=unicode_name,
                       status=DomainStatus.ERROR, error=message, rows=rows,
                       checked_at=checked_at, resolver=options.resolver_name,
                       steps=advice.next_steps(unicode_name, rows))


# -- the entry point --------------------------------------------------------------

def check_domains(domains: Sequence[str], options: CheckOptions | None = None,
                  service_records: Mapping[str, Sequence[ServiceRecord]] | None = None
                  ) -> list[DomainCheck]:
    """Check every domain concurrently; one result per domain, in the order given.

    Blocks for at most about twice ``options.timeout``. ``service_records``
    maps a domain (ASCII, lower case) to what Graph says Microsoft 365 expects.
    """
    options = options or CheckOptions()
    expected = {k.lower(): v for k, v in (service_records or {}).items()}

    async def run_all() -> list[DomainCheck]:
        return list(await asyncio.gather(*(
            _check_one(d, options, expected.get(_ascii_or_same(d), ())) for d in domains)))

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
