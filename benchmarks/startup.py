"""Start-up: process start to the first page painted, and peak memory, against a bare QWizard.

    python benchmarks/startup.py [--rounds 5] [--bundle dist/cancel365/cancel365]

Each round starts, in turn, a bare PySide6 QWizard with one page and Cancel365's wizard on
the demo tenant (``cancel365 --startup-probe``, through the real entry point), from this
checkout's Python and from the built bundle when there is one, each in a fresh process
(ui/startup_probe.py). A process notes the time of the first paint event of its first page
(time.monotonic(), the same clock as the parent's, so interpreter start is counted),
prints it with its peak RSS and its CPU time until then (steadier than the wall clock
on a busy machine) and exits. Medians, and the ratio to the bare wizard run the
same way (venv to venv, bundle to bundle), are printed.
Goal: Cancel365 at most 1.5x the bare wizard. Runs offscreen unless QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise SystemExit(f"{command[0]} gave no result:\n{result.stdout}\n{result.stderr}")
    _, painted, rss, cpu = line.split()
    return float(painted) - started, float(rss), float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "cancel365" / "cancel365"),
                        help="the built bundle's executable (skipped when it does not exist)")
    parser.add_argument("--json", action="store_true", help="print the medians as one JSON line")
    args = parser.parse_args()
    # The checkout's modules compiled once, as pip does when it installs: without this, a shell
    # with PYTHONDONTWRITEBYTECODE=1 compiles every module of the app on every start (the venv
    # measured 0.1-0.2 s slower for it), which no installed copy does.
    compileall.compile_dir(str(ROOT / "app"), quiet=1)
    compileall.compile_dir(str(ROOT / "ui"), quiet=1)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = {"bare QWizard (venv)": [sys.executable, "-m", "ui.startup_probe", "bare"],
            "Cancel365 (venv)": [sys.executable, "-m", "app", "--startup-probe", "cancel365"]}
    bundle = Path(args.bundle)
    if bundle.exists():
        runs["bare QWizard (bundle)"] = [str(bundle), "--startup-probe", "bare"]
        runs["Cancel365 (bundle)"] = [str(bundle), "--startup-probe", "cancel365"]
    else:
        print(f"(no bundle at {bundle}: build it with pyinstaller build.spec)")
    times: dict[str, list[float]] = {name: [] for name in runs}
    memory: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, command in runs.items():
            seconds, rss, cpu_seconds = measure(command, env)
            times[name].append(seconds)
            memory[name].append(rss)
            cpu[name].append(cpu_seconds)
    medians = {}
    print(f"{'':24} {'first paint (median)':>21} {'min':>7} {'max':>7} {'peak RSS':>9} "
          f"{'ratio':>6} {'(of mins)':>9} {'CPU (median)':>13} {'ratio':>6}")
    for name in runs:
        where = "bundle" if "bundle" in name else "venv"
        bare_times = times[f"bare QWizard ({where})"]   # the same Python and Qt
        bare, bare_min = statistics.median(bare_times), min(bare_times)
        median = statistics.median(times[name])
        cpu_median = statistics.median(cpu[name])
        cpu_bare = statistics.median(cpu[f"bare QWizard ({where})"])
        medians[name] = {"seconds": round(median, 3), "rss_mb": round(max(memory[name]), 1),
                         "ratio": round(median / bare, 2),
                         "ratio_of_mins": round(min(times[name]) / bare_min, 2),
                         "cpu_seconds": round(cpu_median, 3), "cpu_ratio": round(cpu_median / cpu_bare, 2)}
        print(f"{name:24} {median:20.3f}s {min(times[name]):6.3f}s {max(times[name]):6.3f}s "
              f"{max(memory[name]):7.0f}MB {median / bare:5.2f}x "
              f"{min(times[name]) / bare_min:8.2f}x {cpu_median:12.3f}s {cpu_median / cpu_bare:5.2f}x")
    print(f"({args.rounds} rounds; goal: Cancel365 at most 1.5x the bare wizard)")
    # Pages are built when first needed: what each Next costs, with 1.5 s spent on every page.
    for where, command in (("venv", [sys.executable, "-m", "app"]), ("bundle", [str(bundle)])):
        if where == "bundle" and not bundle.exists():
            continue
        result = subprocess.run([*command, "--startup-probe", "next"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)
        line = next((x for x in result.stdout.splitlines() if x.startswith("NEXT")), "NEXT {}")
        costs = json.loads(line[5:])
        medians[f"next ({where})"] = costs
        print(f"Next blocks the window ({where}): "
              + ", ".join(f"{page} {seconds:.2f}s" for page, seconds in costs.items()))
    if args.json:
        print(json.dumps(medians))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
