"""A small DNS world on loopback for the DNS tests: a resolver and two authoritative servers.

The resolver listens on 127.0.0.1:P; the domains' nameservers resolve to
127.0.0.2 and 127.0.0.3, which listen on the same port P, so the checker's
``authoritative_port`` can point at them. The second authoritative server
serves an older copy of some zones, to show disagreement.
"""

from __future__ import annotations

import contextlib

from app.demo.dns_server import DnsServer, ZoneStore
from app.demo.dns_zones import MICROSOFT_NAMESERVERS, nameserver_zone, on_microsoft365
from app.domains.dns.check import CheckOptions, Nameserver

SOA = "@ 3600 IN SOA ns1.newdns.test. hostmaster.newdns.test. 1 3600 300 2419200 300\n"
NEW_NS = "@ 3600 IN NS ns1.newdns.test.\n@ 3600 IN NS ns2.newdns.test.\n"
NEW_MX = "@ 300 IN MX 10 mx.newmail.test.\n"
NEW_SPF = '@ 300 IN TXT "v=spf1 include:_spf.newmail.test -all"\n'
MS_NS = "@ 3600 IN NS ns1.bdm.microsoftonline.com.\n@ 3600 IN NS ns2.bdm.microsoftonline.com.\n"
MS_SPF = '@ 3600 IN TXT "v=spf1 include:spf.protection.outlook.com -all"\n'

ZONES: dict[str, str] = {
    # Still fully on Microsoft 365, DNS hosted there too.
    "m365.test": on_microsoft365("m365.test", "mtest"),
    # MX moved, but Microsoft 365 still hosts the DNS (the MX change waits for NS).
    "mxmoved.test": SOA + MS_NS + NEW_MX + MS_SPF
    + "autodiscover 3600 IN CNAME autodiscover.outlook.com.\n",
    # Everything moved.
    "moved.test": SOA + NEW_NS + NEW_MX + NEW_SPF
    + '_dmarc 300 IN TXT "v=DMARC1; p=quarantine"\n'
    + "autodiscover 300 IN CNAME autodiscover.newmail.test.\n",
    # Partly moved: SPF still includes Microsoft 365.
    "partly.test": SOA + NEW_NS + NEW_MX
    + '@ 300 IN TXT "v=spf1 include:_spf.newmail.test include:spf.protection.outlook.com ~all"\n',
    # New-style MX (*.mx.microsoft) and DKIM under dkim.mail.microsoft, DNS elsewhere.
    "newstyle.test": SOA + NEW_NS
    + "@ 3600 IN MX 0 newstyle-test.o-v1.mx.microsoft.\n"
    + "selector1._domainkey 3600 IN CNAME selector1-newstyle-test._domainkey.x.dkim.mail.microsoft.\n",
    # An internationalized name, still on Microsoft 365.
    "xn--blbr-roah.dk": on_microsoft365("xn--blbr-roah.dk", "blabaer"),
    # The resolver still has the old MX; one authoritative server already has the new one.
    "stale.test": "@ 3600 IN SOA ns1.stale.test. h.stale.test. 1 3600 300 2419200 300\n"
    + "@ 3600 IN NS ns1.stale.test.\n@ 3600 IN NS ns2.stale.test.\n"
    + "ns1 3600 IN A 127.0.0.2\nns2 3600 IN A 127.0.0.3\n"
    + "@ 3600 IN MX 0 stale-test.mail.protection.outlook.com.\n" + NEW_SPF,
    # Moved everywhere except the second authoritative server (which is behind).
    "lagging.test": "@ 3600 IN SOA ns1.lagging.test. h.lagging.test. 2 3600 300 2419200 300\n"
    + "@ 3600 IN NS ns1.lagging.test.\n@ 3600 IN NS ns2.lagging.test.\n"
    + "ns1 3600 IN A 127.0.0.2\nns2 3600 IN A 127.0.0.3\n" + NEW_MX + NEW_SPF,
    # Moved, but its own nameservers never answer (only the resolver does).
    "mute.test": "@ 3600 IN SOA ns1.mute.test. h.mute.test. 1 3600 300 2419200 300\n"
    + "@ 3600 IN NS ns1.mute.test.\n@ 3600 IN NS ns2.mute.test.\n"
    + "ns1 3600 IN A 127.0.0.2\nns2 3600 IN A 127.0.0.3\n" + NEW_MX + NEW_SPF,
    # A CNAME loop on _dmarc, the rest moved.
    "loop.test": SOA + NEW_NS + NEW_MX + NEW_SPF
    + "_dmarc 300 IN CNAME _dmarc2.loop.test.\n_dmarc2 300 IN CNAME _dmarc.loop.test.\n",
    # RFC 7505: this domain accepts no mail.
    "nullmx.test": SOA + NEW_NS + "@ 300 IN MX 0 .\n" + '@ 300 IN TXT "v=spf1 -all"\n',
    # Servers for the domains above.
    "newdns.test": nameserver_zone("newdns.test", "127.0.0.2"),
    MICROSOFT_NAMESERVERS: nameserver_zone(MICROSOFT_NAMESERVERS, "127.0.0.2", 4),
    "newmail.test": SOA + NEW_NS + "mx 300 IN A 192.0.2.25\n",
}

# What the second authoritative server (127.0.0.3) has instead.
BEHIND: dict[str, str] = {
    "stale.test": ZONES["stale.test"].replace(
        "0 stale-test.mail.protection.outlook.com.", "10 mx.newmail.test."),
    "lagging.test": ZONES["lagging.test"].replace(
        "10 mx.newmail.test.", "0 lagging-test.mail.protection.outlook.com."),
}


class DnsWorld:
    """Start with ``with DnsWorld() as world:``; ``world.options()`` points the checker at it."""

    def __init__(self, *, delay: float = 0.0, glue: bool = True) -> None:
        self.store = ZoneStore()
        for origin, text in ZONES.items():
            self.store.add_zone(origin, text)
        self.store.fail("servfail.test")
        self.behind = ZoneStore(fallback=self.store)
        for origin, text in BEHIND.items():
            self.behind.add_zone(origin, text)
        # stale.test: the first authoritative server already has the new MX, the resolver not.
        self.ahead = ZoneStore(fallback=self.store)
        self.ahead.add_zone("stale.test", BEHIND["stale.test"])
        for silent in (self.ahead, self.behind):
            silent.ignore("mute.test")
        self.delay, self.glue = delay, glue
        self.servers: list[DnsServer] = []

    def __enter__(self) -> DnsWorld:
        for _ in range(20):
            resolver = DnsServer(self.store, delay=self.delay, glue=self.glue).start()
            try:
                first = DnsServer(self.ahead, address="127.0.0.2", port=resolver.port,
                                  delay=self.delay).start()
            except OSError:
                resolver.stop()
                continue
            try:
                second = DnsServer(self.behind, address="127.0.0.3", port=resolver.port,
                                   delay=self.delay).start()
            except OSError:
                first.stop()
                resolver.stop()
                continue
            self.resolver, self.first, self.second = resolver, first, second
            break
        else:
            raise RuntimeError("No free port on 127.0.0.1-3 for the test DNS servers.")
        self.silent = DnsServer(answer=False).start()
        self.servers = [self.resolver, self.first, self.second, self.silent]
        return self

    def __exit__(self, *_: object) -> None:
        for server in self.servers:
            with contextlib.suppress(RuntimeError):
                server.stop()

    @property
    def port(self) -> int:
        return self.resolver.port

    def options(self, *, timeout: float = 2.0, silent: bool = False,
                ask_authoritative: bool = True) -> CheckOptions:
        server = self.silent if silent else self.resolver
        return CheckOptions(nameservers=(Nameserver("127.0.0.1", server.port),),
                            timeout=timeout, ask_authoritative=ask_authoritative,
                            authoritative_port=self.port)
