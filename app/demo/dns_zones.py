"""Zone files for the demo tenant's DNS: a domain still fully on Microsoft 365.

Used by the demo wizard (so learners see real answers from a real DNS server
on this computer), by the tests and by the benchmark.
"""

from __future__ import annotations

from app.demo.dns_server import ZoneStore

MICROSOFT_NAMESERVERS = "bdm.microsoftonline.com"


def on_microsoft365(domain: str, tenant: str) -> str:
    """Every record Microsoft 365 asks for, with Microsoft 365 hosting the DNS."""
    dashed = domain.replace(".", "-")
    return f"""
@ 3600 IN SOA ns1.bdm.microsoftonline.com. azuredns-hostmaster.microsoft.com. 1 3600 300 2419200 300
@ 3600 IN NS ns1.bdm.microsoftonline.com.
@ 3600 IN NS ns2.bdm.microsoftonline.com.
@ 3600 IN MX 0 {dashed}.mail.protection.outlook.com.
@ 3600 IN TXT "v=spf1 include:spf.protection.outlook.com -all"
@ 3600 IN TXT "MS=ms41529867"
_dmarc 3600 IN TXT "v=DMARC1; p=none"
autodiscover 3600 IN CNAME autodiscover.outlook.com.
selector1._domainkey 3600 IN CNAME selector1-{dashed}._domainkey.{tenant}.onmicrosoft.com.
selector2._domainkey 3600 IN CNAME selector2-{dashed}._domainkey.{tenant}.onmicrosoft.com.
sip 3600 IN CNAME sipdir.online.lync.com.
lyncdiscover 3600 IN CNAME webdir.online.lync.com.
enterpriseregistration 3600 IN CNAME enterpriseregistration.windows.net.
enterpriseenrollment 3600 IN CNAME enterpriseenrollment-s.manage.microsoft.com.
msoid 3600 IN CNAME clientconfig.microsoftonline-p.net.
_sip._tls 3600 IN SRV 100 1 443 sipdir.online.lync.com.
_sipfederationtls._tcp 3600 IN SRV 100 1 5061 sipfed.online.lync.com.
www 3600 IN A 192.0.2.10
"""


def nameserver_zone(origin: str, address: str, count: int = 2) -> str:
    """A zone that gives ns1…nsN under ``origin`` the address ``address``."""
    lines = [f"@ 3600 IN SOA ns1.{origin}. hostmaster.{origin}. 1 3600 300 2419200 300",
             f"@ 3600 IN NS ns1.{origin}."]
    lines += [f"ns{i} 3600 IN A {address}" for i in range(1, count + 1)]
    return "\n".join(lines) + "\n"


def demo_store(address: str = "127.0.0.1") -> ZoneStore:
    """The demo tenant's domain, lillebager.dk, still fully on Microsoft 365."""
    store = ZoneStore()
    store.add_zone("lillebager.dk", on_microsoft365("lillebager.dk", "lillebager"))
    store.add_zone(MICROSOFT_NAMESERVERS, nameserver_zone(MICROSOFT_NAMESERVERS, address, 4))
    return store
