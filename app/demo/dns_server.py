"""A small DNS server on loopback for the demo tenant, the tests and the benchmark.

It answers from zone files like a recursive resolver would (following CNAMEs
inside its zones, with glue for NS answers) and can misbehave on purpose:
SERVFAIL for some names, silence for others, a delay before every answer, or
every answer held back until released (a test's slow nameserver, without timing).
UDP and TCP, on one port, driven by asyncio in a thread of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import struct
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import dns.zone

MAX_CNAME_HOPS = 8


def _under(name: dns.name.Name, names: Iterable[dns.name.Name]) -> bool:
    return any(name.is_subdomain(other) for other in names)


@dataclass
class ZoneStore:
    """Zones by origin, plus names that misbehave. ``fallback`` is asked for the rest."""

    fallback: ZoneStore | None = None
    zones: dict[dns.name.Name, dns.zone.Zone] = field(default_factory=dict)
    servfail: set[dns.name.Name] = field(default_factory=set)
    silent: set[dns.name.Name] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_zone(self, origin: str, text: str) -> None:
        """Add or replace a zone, given in zone-file syntax relative to ``origin``."""
        name = dns.name.from_text(origin)
        zone = dns.zone.from_text(text, origin=name, relativize=False, check_origin=False)
        with self.lock:
            self.zones[name] = zone

    def remove_zone(self, origin: str) -> None:
        with self.lock:
            self.zones.pop(dns.name.from_text(origin), None)

    def fail(self, origin: str) -> None:
        """Answer SERVFAIL for every name under ``origin``."""
        with self.lock:
            self.servfail.add(dns.name.from_text(origin))

    def ignore(self, origin: str) -> None:
        """Never answer questions about names under ``origin``."""
        with self.lock:
            self.silent.add(dns.name.from_text(origin))

    def behaviour(self, name: dns.name.Name) -> str:
        with self.lock:
            if _under(name, self.silent):
                return "silent"
            if _under(name, self.servfail):
                return "servfail"
        return self.fallback.behaviour(name) if self.fallback else "answer"

    def zone_for(self, name: dns.name.Name) -> dns.zone.Zone | None:
        with self.lock:
            best = max((origin for origin in self.zones if name.is_subdomain(origin)),
                       key=len, default=None)
            if best is not None:
                return self.zones[best]
        return self.fallback.zone_for(name) if self.fallback else None


class DnsServer:
    """Serves a :class:`ZoneStore` on ``address:port`` (UDP and TCP) until stopped."""

    def __init__(self, store: ZoneStore | None = None, *, address: str = "127.0.0.1",
                 port: int = 0, delay: float = 0.0, answer: bool = True,
                 glue: bool = True) -> None:
        self.store = store or ZoneStore()
        self.address = address
        self.port = port
        self.delay = delay
        self.answer = answer          # False: a server that never answers anything
        self.glue = glue              # False: NS answers without the servers' addresses
        self.queries = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name=f"dns-server-{address}")
        self._transport: asyncio.DatagramTransport | None = None
        self._tcp: asyncio.base_events.Server | None = None
        self._released = asyncio.Event()   # cleared by hold(): answers wait for release()
        self._released.set()

    # -- lifecycle -----------------------------------------------------------

    def start(self) -> DnsServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._open(), self._loop).result(10)
        return self

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> DnsServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def hold(self) -> None:
        """From now on, every answer waits until :meth:`release` (questions are still read)."""
        self._on_loop(self._released.clear)

    def release(self) -> None:
        """Send the answers held back, and answer at once again."""
        self._on_loop(self._released.set)

    def _on_loop(self, fn) -> None:  # noqa: ANN001 - a plain callable
        async def call() -> None:
            fn()
        asyncio.run_coroutine_threadsafe(call(), self._loop).result(10)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    @property
    def nameserver(self) -> str:
        """``host:port``, as the ``--nameserver`` option takes it."""
        return f"{self.address}:{self.port}"

    async def _open(self) -> None:
        # TCP first on the requested port (0: any), then UDP on the same one.
        self._tcp = await asyncio.start_server(self._serve_tcp, self.address, self.port)
        self.port = self._tcp.sockets[0].getsockname()[1]
        self._transport, _ = await self._loop.create_datagram_endpoint(
            lambda: _UdpProtocol(self), local_addr=(self.address, self.port))

    async def _close(self) -> None:
        if self._transport is not None:
            self._transport.close()
        if self._tcp is not None:
            self._tcp.close()
            await self._tcp.wait_closed()
        for task in asyncio.all_tasks(self._loop):
            if task is not asyncio.current_task():
                task.cancel()

    # -- answering -----------------------------------------------------------

    async def reply(self, wire: bytes, *, max_size: int | None) -> bytes | None:
        """The answer to one query in wire format, or None to stay silent."""
        self.queries += 1
        try:
            query = dns.message.from_wire(wire)
        except dns.exception.DNSException:
            return None
        if not self.answer or not query.question:
            return None
        qname = query.question[0].name
        behaviour = self.store.behaviour(qname)
        if behaviour == "silent":
            return None
        if self.delay:
            await asyncio.sleep(self.delay)
        await self._released.wait()
        response = dns.message.make_response(query)
        response.flags |= dns.flags.RA
        if behaviour == "servfail":
            response.set_rcode(dns.rcode.SERVFAIL)
        else:
            self._answer(response, qname, query.question[0].rdtype)
        try:
            return response.to_wire(max_size=max_size or 65535)
        except dns.exception.TooBig:
            response.answer.clear()
            response.additional.clear()
            response.flags |= dns.flags.TC
            return response.to_wire()

    def _answer(self, response: dns.message.Message, qname: dns.name.Name,
                rdtype: dns.rdatatype.RdataType) -> None:
        seen: set[dns.name.Name] = set()
        name = qname
        for _ in range(MAX_CNAME_HOPS):
            zone = self.store.zone_for(name)
            if zone is None:
                if name == qname:  # no such domain anywhere we know of
                    response.set_rcode(dns.rcode.NXDOMAIN)
                return
            if name == qname:
                response.flags |= dns.flags.AA
            node = zone.get_node(name)
            if node is None:
                below = any(other != name and other.is_subdomain(name) for other in zone.nodes)
                if not below:
                    response.set_rcode(dns.rcode.NXDOMAIN)
                self._add_soa(response, zone)
                return
            found = node.get_rdataset(dns.rdataclass.IN, rdtype)
            if found is not None:
                response.answer.append(dns.rrset.from_rdata_list(name, found.ttl, list(found)))
                if rdtype == dns.rdatatype.NS and self.glue:
                    self._add_glue(response, found)
                return
            cname = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.CNAME)
            if cname is None:
                self._add_soa(response, zone)
                return
            response.answer.append(dns.rrset.from_rdata_list(name, cname.ttl, list(cname)))
            seen.add(name)
            name = cname[0].target
            if name in seen:  # a loop: answer the chain so far, as BIND does
                return

    def _add_soa(self, response: dns.message.Message, zone: dns.zone.Zone) -> None:
        soa = zone.get_rdataset(zone.origin, dns.rdatatype.SOA)
        if soa is not None:
            response.authority.append(dns.rrset.from_rdata_list(zone.origin, soa.ttl, list(soa)))

    def _add_glue(self, response: dns.message.Message, ns_set: dns.rdataset.Rdataset) -> None:
        for ns in ns_set:
            zone = self.store.zone_for(ns.target)
            if zone is None:
                continue
            addresses = zone.get_rdataset(ns.target, dns.rdatatype.A)
            if addresses is not None:
                response.additional.append(
                    dns.rrset.from_rdata_list(ns.target, addresses.ttl, list(addresses)))

    async def _serve_tcp(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                size = struct.unpack("!H", await reader.readexactly(2))[0]
                wire = await reader.readexactly(size)
                answer = await self.reply(wire, max_size=None)
                if answer is None:
                    continue
                writer.write(struct.pack("!H", len(answer)) + answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


class _UdpProtocol(asyncio.DatagramProtocol):
    def __init__(self, server: DnsServer) -> None:
        self.server = server
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple) -> None:
        asyncio.ensure_future(self._answer(data, addr))

    async def _answer(self, data: bytes, addr: tuple) -> None:
        answer = await self.server.reply(data, max_size=1232)
        if answer is not None and self.transport is not None:
            with contextlib.suppress(OSError):
                self.transport.sendto(answer, addr)
