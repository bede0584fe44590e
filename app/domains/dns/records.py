"""The DNS records that tie a domain to Microsoft 365, and how to recognise them.

The family comes from shared/reference/microsoft365-facts.md (the same set
Office365DnsChecker looks at). Microsoft's targets differ per tenant, so they
are matched by suffix on label boundaries, case-insensitively. When a tenant
is signed in, the records Graph says it expects (serviceConfigurationRecords)
are merged in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from app.graph.models import ServiceRecord


class Role(Enum):
    """What a record does for the domain; decides its advice and its step."""

    MX = "mx"
    NS = "ns"
    SOA = "soa"
    SPF = "spf"
    VERIFICATION = "verification"   # MS=ms12345678 TXT
    DMARC = "dmarc"
    AUTODISCOVER = "autodiscover"
    DKIM = "dkim"
    TEAMS = "teams"                 # Skype for Business / Teams: sip, lyncdiscover, SRV
    DEVICES = "devices"             # Intune / Entra: enterpriseregistration, enterpriseenrollment
    OTHER = "other"                 # anything else Graph says Microsoft 365 expects


class Step(Enum):
    """The order of the work, from the source documents."""

    MOVE_MX = 1
    MOVE_NS = 2
    REMOVE_RECORDS = 3
    REMOVE_DOMAIN = 4


STEP_OF_ROLE = {Role.MX: Step.MOVE_MX, Role.NS: Step.MOVE_NS, Role.SOA: Step.MOVE_NS,
                Role.VERIFICATION: Step.REMOVE_DOMAIN}

MX_SUFFIXES = ("mail.protection.outlook.com", "mx.microsoft", "mail.protection.partner.outlook.cn")
NS_SUFFIXES = ("bdm.microsoftonline.com", "dns.partner.microsoftonline.cn")
SPF_INCLUDES = ("spf.protection.outlook.com", "spf.protection.partner.outlook.cn")
DKIM_SUFFIXES = ("onmicrosoft.com", "dkim.mail.microsoft")
# Every name below one of these belongs to Microsoft 365 (for Graph's extra records).
MICROSOFT_SUFFIXES = (
    *MX_SUFFIXES, *NS_SUFFIXES, *SPF_INCLUDES, *DKIM_SUFFIXES, "outlook.com", "lync.com",
    "windows.net", "manage.microsoft.com", "microsoftonline-p.net", "microsoftonline.com",
    "microsoft.com", "office.com", "office365.com",
)


@dataclass(frozen=True)
class ExpectedRecord:
    """One record to look up: where, which type, and which targets are Microsoft's."""

    label: str                      # "@" for the domain itself, else relative ("autodiscover")
    rtype: str                      # MX, NS, SOA, TXT, CNAME, SRV
    role: Role
    suffixes: tuple[str, ...] = ()  # targets under these are Microsoft 365's
    always_listed: bool = False     # shown (and in JSON) even when absent
    expected_value: str = ""        # what Graph says Microsoft 365 wants here, if known

    def fqdn(self, domain: str) -> str:
        return domain if self.label == "@" else f"{self.label}.{domain}"


FAMILY: tuple[ExpectedRecord, ...] = (
    ExpectedRecord("@", "MX", Role.MX, MX_SUFFIXES, always_listed=True),
    ExpectedRecord("@", "NS", Role.NS, NS_SUFFIXES, always_listed=True),
    ExpectedRecord("@", "SOA", Role.SOA, NS_SUFFIXES),
    ExpectedRecord("@", "TXT", Role.SPF, SPF_INCLUDES, always_listed=True),
    ExpectedRecord("@", "TXT", Role.VERIFICATION),
    ExpectedRecord("autodiscover", "CNAME", Role.AUTODISCOVER, ("outlook.com",)),
    ExpectedRecord("selector1._domainkey", "CNAME", Role.DKIM, DKIM_SUFFIXES),
    ExpectedRecord("selector2._domainkey", "CNAME", Role.DKIM, DKIM_SUFFIXES),
    ExpectedRecord("sip", "CNAME", Role.TEAMS, ("lync.com",)),
    ExpectedRecord("lyncdiscover", "CNAME", Role.TEAMS, ("lync.com",)),
    ExpectedRecord("_sip._tls", "SRV", Role.TEAMS, ("lync.com",)),
    ExpectedRecord("_sipfederationtls._tcp", "SRV", Role.TEAMS, ("lync.com",)),
    ExpectedRecord("enterpriseregistration", "CNAME", Role.DEVICES, ("windows.net",)),
    ExpectedRecord("enterpriseenrollment", "CNAME", Role.DEVICES, ("manage.microsoft.com",)),
    ExpectedRecord("msoid", "CNAME", Role.DEVICES, ("microsoftonline-p.net",)),
    ExpectedRecord("_dmarc", "TXT", Role.DMARC),
)

_GRAPH_TYPES = {"mx": "MX", "txt": "TXT", "cname": "CNAME", "srv": "SRV", "ns": "NS"}


def ends_with(name: str, suffix: str) -> bool:
    """True when ``name`` is ``suffix`` or below it (label boundaries, any case)."""
    name = name.rstrip(".").lower()
    suffix = suffix.rstrip(".").lower()
    return name == suffix or name.endswith("." + suffix)


def under_any(name: str, suffixes: Iterable[str]) -> bool:
    return any(ends_with(name, suffix) for suffix in suffixes)


def spf_includes(spf: str) -> list[str]:
    """The domains an SPF record includes or redirects to."""
    return [m.group(2) for m in re.finditer(r"(?i)\b(include:|redirect=)([^\s]+)", spf)]


def is_spf(text: str) -> bool:
    return text.lower().startswith("v=spf1")


def is_microsoft_verification(text: str) -> bool:
    """The TXT record Microsoft 365 asked for to prove ownership (MS=ms12345678)."""
    return re.fullmatch(r"(?i)ms=ms\d+", text.strip()) is not None


def relative_label(fqdn: str, domain: str) -> str:
    """``autodiscover.contoso.com`` → ``autodiscover``; the domain itself → ``@``."""
    name = fqdn.rstrip(".").lower()
    domain = domain.rstrip(".").lower()
    if name in ("", "@", domain):
        return "@"
    if name.endswith("." + domain):
        return name[: -len(domain) - 1]
    return name  # Graph already gave a relative label


def srv_label(record: ServiceRecord) -> str:
    service = str(record.extra.get("service") or "").strip(".")
    protocol = str(record.extra.get("protocol") or "").strip(".")
    if service and protocol:
        return f"{service if service.startswith('_') else '_' + service}." \
               f"{protocol if protocol.startswith('_') else '_' + protocol}"
    return record.label


def _family_index(family: list[ExpectedRecord], label: str, rtype: str, value: str) -> int | None:
    """Where Graph's record fits in the family (the apex TXT is SPF or verification)."""
    for index, known in enumerate(family):
        if known.label != label or known.rtype != rtype:
            continue
        if rtype == "TXT" and label == "@":
            wanted = Role.SPF if is_spf(value) else Role.VERIFICATION
            if known.role is not wanted:
                continue
        return index
    return None


def expected_records(domain: str, service_records: Iterable[ServiceRecord] = ()) -> list[ExpectedRecord]:
    """The built-in family with Graph's expectations for ``domain`` merged in."""
    family = list(FAMILY)
    for record in service_records:
        rtype = _GRAPH_TYPES.get(record.record_type.lower())
        if rtype is None:
            continue
        label = srv_label(record) if rtype == "SRV" else relative_label(record.label, domain)
        index = _family_index(family, label, rtype, record.value)
        if index is not None:
            family[index] = replace(family[index], expected_value=record.value)
        else:
            suffixes = tuple(s for s in MICROSOFT_SUFFIXES if ends_with(record.value, s))
            family.append(ExpectedRecord(label, rtype, Role.OTHER, suffixes or (record.value,),
                                         expected_value=record.value))
    return family


def points_at_microsoft(expected: ExpectedRecord, values: Iterable[str]) -> bool:
    """Whether any of the live values is Microsoft 365's (by suffix)."""
    for value in values:
        if expected.role is Role.SPF:
            if any(under_any(target, expected.suffixes) for target in spf_includes(value)):
                return True
        elif expected.role is Role.VERIFICATION:
            if is_microsoft_verification(value):
                return True
        elif expected.role is Role.DMARC:
            continue
        else:
            words = value.split() or [""]
            target = words[0] if expected.role is Role.SOA else words[-1]
            if under_any(target, expected.suffixes):
                return True
            if expected.expected_value and ends_with(target, expected.expected_value):
                return True
    return False
