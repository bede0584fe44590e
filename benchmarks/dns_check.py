"""Benchmark: a full check of one domain against a local DNS server that delays every answer.

Prints two ratios against one query's time, measured in the same run:

- the first verdict: when the resolver's answers are in and the page shows the
  verdict and the rows (``check_domains``' ``on_resolver``). Goal: ≤ 1.3.
- the full check: with the domain's own (authoritative) nameservers compared.
  Goal: ≤ 2.5 (one round to the resolver, one to the domain's own
  nameservers; without glue a third, to find their addresses).

Both with glue (the NS answer carries the servers' addresses) and without
(they are looked up). The DNS server runs in a process of its own, as a real
resolver would: its work does not share this process's interpreter. Rounds
alternate which of the two goes first; the median and the spread are printed.
"No glue, repeated" is the page's re-check a minute later: the nameservers'
addresses are then remembered for their TTL, so it takes one round less.

``--baseline REV`` also times the check as it was at git revision REV (its
app/domains/dns/check.py, loaded beside today's), in the same rounds: the
machine's load moves every figure, so compare within one run.

    python benchmarks/dns_check.py [--delay 0.1] [--rounds 5] [--runs 3] [--baseline REV]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import dns.nameserver  # noqa: E402
import dns.resolver  # noqa: E402

from app.domains.dns import check as dns_check  # noqa: E402
from app.domains.dns.check import CheckOptions, Nameserver, check_domains  # noqa: E402
from app.domains.dns.results import DomainCheck, DomainStatus  # noqa: E402

DOMAIN = "lillebager.dk"


def serve(delay: float, glue: bool, pipe) -> None:  # noqa: ANN001 - a multiprocessing pipe
    """The child process: the demo zones on a free port until told to stop."""
    from app.demo.dns_server import DnsServer
    from app.demo.dns_zones import demo_store
    with DnsServer(demo_store(), delay=delay, glue=glue) as server:
        pipe.send(server.port)
        while pipe.recv() == "queries":
            pipe.send(server.queries)


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


def load_baseline(rev: str):  # noqa: ANN201 - a module
    """check.py as it was at ``rev``, imported as its own module beside today's."""
    import importlib.util
    import subprocess
    import tempfile
    source = subprocess.run(["git", "show", f"{rev}:app/domains/dns/check.py"], check=True,
                            capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent).stdout
    path = Path(tempfile.mkdtemp()) / "baseline_check.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("baseline_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def baseline_times(module, port: int, runs: int) -> float:  # noqa: ANN001
    options = CheckOptions(nameservers=(Nameserver("127.0.0.1", port),), timeout=5.0,
                           authoritative_port=port)
    times = []
    for _ in range(runs):
        if hasattr(module, "forget_addresses"):   # its own memory: a cold start, as today's
            module.forget_addresses()
        started = time.perf_counter()
        module.check_domains([DOMAIN], options)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def check_times(port: int, runs: int, *, warm: bool) -> tuple[float, float, int]:
    """Median seconds to the first verdict and to the full check, and the rows."""
    options = CheckOptions(nameservers=(Nameserver("127.0.0.1", port),), timeout=5.0,
                           authoritative_port=port)
    firsts, totals = [], []
    rows = 0
    for _ in range(runs):
        if not warm:
            dns_check.forget_addresses()
        first: list[float] = []

        def resolver_in(check: DomainCheck, first: list[float] = first) -> None:
            first.append(time.perf_counter())

        started = time.perf_counter()
        check = check_domains([DOMAIN], options, on_resolver=resolver_in)[0]
        ended = time.perf_counter()
        if check.status is not DomainStatus.MICROSOFT or not check.authoritative_servers \
                or check.authoritative_pending:
            raise SystemExit(f"unexpected result: {check.status} {check.error}")
        totals.append(ended - started)
        firsts.append((first[0] if first else ended) - started)
        rows = len(check.rows)
    return statistics.median(firsts), statistics.median(totals), rows


def measure(delay: float, glue: bool, runs: int, baseline=None  # noqa: ANN001
            ) -> dict[str, tuple[float, float]]:
    """{label: (first-verdict ratio, full ratio)} for this server."""
    context = multiprocessing.get_context("spawn")
    here, there = context.Pipe()
    child = context.Process(target=serve, args=(delay, glue, there), daemon=True)
    child.start()
    try:
        port = here.recv()
        one = one_query_time(port, runs)
        here.send("queries")
        before = here.recv()
        first, total, rows = check_times(port, runs, warm=False)
        here.send("queries")
        per_check = (here.recv() - before) // runs
        results = {("with glue" if glue else "no glue"): (first / one, total / one)}
        if baseline is not None:   # before: one result, when everything has answered
            before_total = baseline_times(baseline, port, runs)
            results["before, " + ("with glue" if glue else "no glue")] = \
                (before_total / one, before_total / one)
            print(f"  before ({'with glue' if glue else 'no glue'}): first verdict = full "
                  f"check {before_total * 1000:.0f} ms")
        print(f"  {'with glue' if glue else 'no glue'}: one query {one * 1000:.0f} ms, first "
              f"verdict {first * 1000:.0f} ms, full check {total * 1000:.0f} ms "
              f"({per_check} queries, {rows} rows)")
        if not glue:
            check_times(port, 1, warm=True)   # the page's first check: addresses now known
            first, total, _ = check_times(port, runs, warm=True)
            results["no glue, repeated"] = (first / one, total / one)
            print(f"  no glue, repeated: first verdict {first * 1000:.0f} ms, "
                  f"full check {total * 1000:.0f} ms")
    finally:
        here.send("stop")
        child.join(10)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.1, help="seconds per answer (0.1)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3, help="checks per round (median)")
    parser.add_argument("--baseline", metavar="REV", help="also time check.py as at REV")
    args = parser.parse_args()
    baseline = load_baseline(args.baseline) if args.baseline else None
    collected: dict[str, list[tuple[float, float]]] = {}
    for r in range(args.rounds):
        print(f"round {r + 1}")
        for glue in ((True, False) if r % 2 == 0 else (False, True)):
            for label, ratios in measure(args.delay, glue, args.runs, baseline).items():
                collected.setdefault(label, []).append(ratios)
    met = True
    print(f"\n{args.rounds} rounds, {args.runs} checks each; median (min–max) of the ratios "
          "to one query's time:")
    for label, values in collected.items():
        firsts, totals = [v[0] for v in values], [v[1] for v in values]
        first, total = statistics.median(firsts), statistics.median(totals)
        ok_first, ok_total = first <= 1.3, total <= 2.5
        if not label.startswith("before"):
            met = met and ok_first and ok_total
        print(f"  {label:18} first verdict {first:.2f} ({min(firsts):.2f}–{max(firsts):.2f}) "
              f"goal ≤ 1.3 {'met' if ok_first else 'NOT met'}; full check {total:.2f} "
              f"({min(totals):.2f}–{max(totals):.2f}) goal ≤ 2.5 "
              f"{'met' if ok_total else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
