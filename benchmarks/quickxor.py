"""How fast quickXorHash goes on this machine (MB/s), in the chunk sizes the backup uses:
the C fold (app/backup/_quickxor.c) against the pure-Python fallback, in the same run.

Each figure is the best of 3 rounds, by the clock and by this thread's CPU time: on a
shared machine the CPU figure is the hash's own speed, the clock's is what was left of it.

Run: python benchmarks/quickxor.py [--mib 512]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.backup.quickxor import IMPLEMENTATION, CQuickXorHash, PythonQuickXorHash  # noqa: E402


def measure(data: bytes, chunk: int, fold: type, rounds: int = 3) -> tuple[float, float]:
    """MB/s by the clock and by CPU time, each the best of ``rounds``."""
    best_wall = best_cpu = float("inf")
    view = memoryview(data)
    for _ in range(rounds):
        h = fold()
        start, cpu = time.perf_counter(), time.thread_time()
        for pos in range(0, len(data), chunk):
            h.update(view[pos:pos + chunk])
        h.digest()
        best_wall = min(best_wall, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.thread_time() - cpu)
    return len(data) / best_wall / 1e6, len(data) / best_cpu / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=256, help="data size (MiB)")
    args = parser.parse_args()
    data = os.urandom(args.mib * 1024 * 1024)
    print(f"the backup's fold: {IMPLEMENTATION}")
    for chunk in (16 * 1024, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024):
        c_wall, c_cpu = measure(data, chunk, CQuickXorHash)
        p_wall, p_cpu = measure(data, chunk, PythonQuickXorHash)
        print(f"quickXorHash, {chunk // 1024:>5} KiB chunks: C {c_cpu:6.0f} MB/s of CPU "
              f"({c_wall:.0f} by the clock), Python {p_cpu:5.0f} MB/s ({p_wall:.0f}); "
              f"C is {c_cpu / p_cpu:.1f}x Python")
    wall, cpu = measure(data, 1024 * 1024, CQuickXorHash)
    print(f"goal >= 500 MB/s (1 MiB chunks, CPU): {'met' if cpu >= 500 else 'NOT met'} "
          f"({cpu:.0f} MB/s; {wall:.0f} by the clock)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
