"""One DNS question, asked of the resolver or of one authoritative server, as a Lookup."""

from __future__ import annotations

from collections.abc import Iterable

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

from app.domains.dns.options import CheckOptions
from app.domains.dns.results import Lookup, Problem


def value_text(rdata: object) -> str:
    rdtype = rdata.rdtype  # type: ignore[attr-defined]
    if rdtype == dns.rdatatype.TXT:
        return b"".join(rdata.strings).decode("utf-8", "replace")  # type: ignore[attr-defined]
    if rdtype == dns.rdatatype.SOA:
        return (f"{rdata.mname.to_text(True)} {rdata.rname.to_text(True)} "  # type: ignore[attr-defined]
                f"{rdata.serial}")  # type: ignore[attr-defined]
    return rdata.to_text().rstrip(".")  # type: ignore[attr-defined]


def values_of(rrset: Iterable[object] | None) -> tuple[str, ...]:
    return tuple(sorted(value_text(r) for r in rrset)) if rrset is not None else ()


def is_null_mx(rrset: Iterable[object]) -> bool:
    records = list(rrset)
    return len(records) == 1 and records[0].exchange == dns.name.root  # type: ignore[attr-defined]


def problem_of(error: BaseException) -> tuple[Problem, str]:
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


async def ask_resolver(resolver: dns.asyncresolver.Resolver, name: str, rtype: str
                        ) -> tuple[Lookup, dns.message.Message | None]:
    try:
        answer = await resolver.resolve(name, rtype, raise_on_no_answer=False, search=False)
    except (dns.exception.DNSException, OSError) as error:
        problem, detail = problem_of(error)
        return Lookup(problem=problem, detail=detail), None
    rrset = answer.rrset
    if rrset is None:
        return Lookup(problem=Problem.NO_DATA), answer.response
    if rtype == "MX" and is_null_mx(rrset):
        return Lookup(values=values_of(rrset), ttl=rrset.ttl, problem=Problem.NULL_MX), \
            answer.response
    return Lookup(values=values_of(rrset), ttl=rrset.ttl), answer.response


async def ask_server(address: str, port: int, name: str, rtype: str, timeout: float) -> Lookup:
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
        return Lookup(problem=problem_of(error)[0])
    if chain.answer is None:
        return Lookup(problem=Problem.NO_DATA)
    return Lookup(values=values_of(chain.answer), ttl=chain.answer.ttl)


def make_resolver(options: CheckOptions) -> dns.asyncresolver.Resolver:
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
