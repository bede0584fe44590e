"""Benchmark: a full check of one domain against a local DNS server that delays every answer.

Prints the total time of a check divided by one query's time. Goal: ≤ 2.5
(the queries run in parallel: one round to the resolver, one to the domain's
own nameservers; sequential would be about 15+).

    python benchmarks/dns_check.py [--delay 0.1] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import dns.nameserver  # noqa: E402
import dns.resolver  # noqa: E402

from app.demo.dns_server import DnsServer  # noqa: E402
from app.demo.dns_zones import demo_store  # noqa: E402
from app.domains.dns.check import CheckOptions, Nameserver, check_domain  # noqa: E402
from app.domains.dns.results import DomainStatus  # noqa: E402

DOMAIN = "lillebager.dk"


def one_query_time(port: int, runs: int) -> float:
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [dns.nameserver.Do53Nameserver("127.0.0.1", port)]
    resolver.cache = None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        resolver.resolve(DOMAIN, "MX")
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def full_check_time(port: int, runs: int) -> tuple[float, int]:
    options = CheckOptions(nameservers=(Nameserver("127.0.0.1", port),), timeout=5.0,
                           authoritative_port=port)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        check = check_domain(DOMAIN, options)
        times.append(time.perf_counter() - started)
        if check.status is not DomainStatus.MICROSOFT or not check.authoritative_servers:
            raise SystemExit(f"unexpected result: {check.status} {check.error}")
    return statistics.median(times), len(check.rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.1, help="seconds per answer (0.1)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = {}
    for glue in (True, False):
        with DnsServer(demo_store(), delay=args.delay, glue=glue) as server:
            one = one_query_time(server.port, args.runs)
            before = server.queries
            total, rows = full_check_time(server.port, args.runs)
            per_check = (server.queries - before) // args.runs
        results[glue] = total / one
        label = "with glue" if glue else "no glue (NS addresses looked up)"
        print(f"{label}: one query {one * 1000:.0f} ms, full check {total * 1000:.0f} ms "
              f"({per_check} queries, {rows} rows): ratio {total / one:.2f}")
    ratio = results[True]
    print(f"ratio {ratio:.2f} (goal ≤ 2.5)")
    return 0 if ratio <= 2.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
