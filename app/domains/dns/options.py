"""Where to ask and what to ask about: resolvers, options, domain names (IDNA)."""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass

import dns.exception
import dns.name

from app.domains.dns import advice
from app.domains.dns.results import Problem
from app.errors import Cancel365Error
from app.texts import translate

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
            raise InvalidNameserverError(translate(
                "dns", "“{0}” is not a DNS server. Type an address like 1.1.1.1 or "
                "127.0.0.1:5353.").format(text))
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
            raise InvalidNameserverError(translate(
                "dns", "Could not find the DNS server {0}. Check the name, or type its "
                "IP address.").format(self.host)) from None

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
        return ", ".join(map(str, self.nameservers)) or advice.system_resolver()


class InvalidDomainError(Cancel365Error):
    """The text typed is not a domain name."""


def normalize_domain(text: str) -> tuple[str, str]:
    """``(ascii, unicode)`` forms of a typed domain; IDNs via IDNA. Raises InvalidDomainError."""
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
