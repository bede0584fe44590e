"""Backup speed against curl, on files served by nginx on loopback.

The listing comes from the demo Graph server, whose download URLs point at a
private nginx (started here with a temporary prefix, on a free port). Two
sets: 5,000 files of 64 KiB, and 4 files of 256 MiB. For each set it times
``cancel365 backup`` (listing, download, quickXorHash verification, manifest,
report) and ``curl --parallel --parallel-max 8`` fetching the same URLs, and
prints the ratio and Cancel365's peak memory.

Every round prints both times, Cancel365's time from its first verified file, both tools'
CPU seconds (user + system: on a shared machine the clock moves with the others' load, the
CPU much less) and the 1-minute load average; each set ends with the spread (min, median,
max) of the times and of the per-round ratios.

Run: python benchmarks/backup.py [--workers 8] [--rounds 2] [--set 1|2]
Needs nginx and curl (apt-get install nginx curl).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.backup.listing import list_drive  # noqa: E402
from app.demo.graph_server import DemoGraphServer  # noqa: E402
from app.demo.session import DemoTokens  # noqa: E402
from app.demo.tenant import DemoTenant  # noqa: E402
from app.graph.client import GraphClient  # noqa: E402
from benchmarks import support  # noqa: E402
from benchmarks.support import SITE_URL, start_nginx_at, vm_hwm_mb  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = {1: ("5,000 files x 64 KiB", 5000, 64 * 1024), 2: ("4 files x 256 MiB", 4, 256 * 1024**2)}


@dataclass
class Timing:
    seconds: float
    peak_rss_mb: float = 0.0
    fetch_seconds: float = 0.0   # from the first verified file to the end
    cpu_seconds: float = 0.0     # the tool's own user + system time


def children_cpu() -> float:
    """User + system seconds of this process's ended children (a tool's, taken before and after)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load_average() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def spread(values: list[float], unit: str = "") -> str:
    return (f"min {min(values):.2f}{unit}, median {statistics.median(values):.2f}{unit}, "
            f"max {max(values):.2f}{unit}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_nginx(work: str, root: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    return start_nginx_at(work, root, "127.0.0.1", port), port


def bench_tenant(count: int, size: int, files_root: str) -> DemoTenant:
    """The demo tenant plus one site whose library holds the benchmark files (also on disk)."""
    return support.bench_tenant([size] * count, files_root)


def run_cancel365(server: DemoGraphServer, token: str, dest: str, workers: int) -> Timing:
    env = dict(os.environ, CANCEL365_GRAPH_URL=server.graph_url, CANCEL365_ACCESS_TOKEN=token)
    cpu = children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "backup", "--dest", dest, "--only", "sharepoint",
         "--site", SITE_URL, "--workers", str(workers), "--json-progress"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    listed_at: list[float] = []

    def watch() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not listed_at and line.startswith(b"{") and json.loads(line).get("files_done"):
                listed_at.append(time.perf_counter())

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    peak = 0.0
    while proc.poll() is None:  # VmHWM is this process's own peak (ru_maxrss counts the fork)
        peak = max(peak, vm_hwm_mb(proc.pid))
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    watcher.join(5)
    code = proc.returncode
    if code != 0:
        raise SystemExit(f"cancel365 backup failed ({code}): "
                         f"{proc.stderr.read().decode() if proc.stderr else ''}")
    end = start + seconds
    return Timing(seconds, peak, end - listed_at[0] if listed_at else seconds,
                  children_cpu() - cpu)


def run_curl(urls: list[str], dest: str) -> Timing:
    os.makedirs(dest, exist_ok=True)
    config = dest + ".curl"
    with open(config, "w") as f:
        for i, url in enumerate(urls):
            f.write(f'url = "{url}"\noutput = "{dest}/f{i}"\n')
    cpu = children_cpu()
    start = time.perf_counter()
    subprocess.run(["curl", "--parallel", "--parallel-max", "8", "--silent", "--fail",
                    "--no-progress-meter", "--config", config], check=True,
                   stderr=subprocess.DEVNULL)
    return Timing(time.perf_counter() - start, cpu_seconds=children_cpu() - cpu)


def bench_set(number: int, workers: int, rounds: int, work: str) -> None:
    label, count, size = SETS[number]
    files_root = os.path.join(work, f"www{number}")
    tenant = bench_tenant(count, size, files_root)
    nginx, port = start_nginx(os.path.join(work, f"nginx{number}"), files_root)
    try:
        with DemoGraphServer(tenant, download_base=f"http://127.0.0.1:{port}") as server:
            token = server.issue_token(user_id=None)
            graph = GraphClient(DemoTokens(server, user_id=None), base_url=server.graph_url)
            list_drive(graph, "b!BENCH")   # warms the demo server's hash cache
            t0 = time.perf_counter()
            items = list_drive(graph, "b!BENCH")
            listing = time.perf_counter() - t0
            urls = [i.download_url for i in items if i.download_url]
            assert len(urls) == count
            run_curl(urls[: min(50, count)], os.path.join(work, "warm"))  # warm nginx and cache
            curls: list[Timing] = []
            ours: list[Timing] = []
            for r in range(rounds):
                curl_dir, c365_dir = os.path.join(work, f"curl{r}"), os.path.join(work, f"c365{r}")
                # Each tool starts with the other's output deleted, and they take turns going
                # first: on a VM, writing into memory the guest has just freed is much faster
                # than into memory it has to get from the host, and that alone moved either
                # tool's time by 2-3x on set 2.
                if r % 2 == 0:
                    c = run_curl(urls, curl_dir)
                    shutil.rmtree(curl_dir)
                    k = run_cancel365(server, token, c365_dir, workers)
                    shutil.rmtree(c365_dir)
                else:
                    k = run_cancel365(server, token, c365_dir, workers)
                    shutil.rmtree(c365_dir)
                    c = run_curl(urls, curl_dir)
                    shutil.rmtree(curl_dir)
                curls.append(c)
                ours.append(k)
                print(f"  round {r + 1}: curl {c.seconds:6.2f} s   cancel365 {k.seconds:6.2f} s "
                      f"(from its first verified file: {k.fetch_seconds:.2f} s; "
                      f"peak RSS {k.peak_rss_mb:.0f} MB); CPU curl {c.cpu_seconds:.2f} s, "
                      f"cancel365 {k.cpu_seconds:.2f} s; {load_average()}", flush=True)
            mb = count * size / 1e6
            best_curl = min(c.seconds for c in curls)
            best_ours = min(k.seconds for k in ours)
            ratios = sorted(k.seconds / c.seconds for c, k in zip(curls, ours, strict=True))
            peak = max(k.peak_rss_mb for k in ours)
            print(f"set {number} ({label}, {mb:.0f} MB): best curl {best_curl:.2f} s "
                  f"({mb / best_curl:.0f} MB/s), best cancel365 {best_ours:.2f} s "
                  f"({mb / best_ours:.0f} MB/s; all in: start-up, discovery, listing "
                  f"[{listing:.2f} s alone], download, quickXorHash, manifest, report)")
            print(f"  ratio of bests {best_ours / best_curl:.2f}x; per-round ratios "
                  f"{spread(ratios, 'x')} (goal <= {'1.5' if number == 1 else '1.1'}x); "
                  f"cancel365 peak RSS {peak:.0f} MB (goal < 100 MB)")
            print(f"  {rounds} rounds: curl {spread([c.seconds for c in curls], ' s')}; "
                  f"cancel365 {spread([k.seconds for k in ours], ' s')}; CPU curl "
                  f"{spread([c.cpu_seconds for c in curls], ' s')}, cancel365 "
                  f"{spread([k.cpu_seconds for k in ours], ' s')}; at the end {load_average()}",
                  flush=True)
    finally:
        nginx.terminate()
        nginx.wait(10)
        shutil.rmtree(files_root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=8, help="Cancel365 workers (default 8)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds per set; best counts")
    parser.add_argument("--set", type=int, choices=(1, 2), action="append",
                        help="only this set (repeatable)")
    parser.add_argument("--work", default="/dev/shm" if os.path.isdir("/dev/shm") else None,
                        help="where files are served from and written to (default /dev/shm, "
                             "so disk write-back does not swamp the comparison)")
    args = parser.parse_args()
    if not shutil.which("curl"):
        raise SystemExit("curl is not installed: apt-get install -y curl")
    with tempfile.TemporaryDirectory(prefix="c365-bench-", dir=args.work) as work:
        print(f"working in {work}; cancel365 --workers {args.workers}; curl --parallel-max 8; "
              f"{os.cpu_count()} CPUs; {load_average()}", flush=True)
        for number in args.set or (1, 2):
            bench_set(number, args.workers, args.rounds, work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
