"""How fast quickXorHash goes on this machine (MB/s), in the chunk sizes the backup uses.

Run: python benchmarks/quickxor.py [--mib 512]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from app.backup.quickxor import QuickXorHash  # noqa: E402


def measure(data: bytes, chunk: int, rounds: int = 3) -> float:
    best = float("inf")
    view = memoryview(data)
    for _ in range(rounds):
        h = QuickXorHash()
        start = time.perf_counter()
        for pos in range(0, len(data), chunk):
            h.update(view[pos:pos + chunk])
        h.digest()
        best = min(best, time.perf_counter() - start)
    return len(data) / best / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=256, help="data size (MiB)")
    args = parser.parse_args()
    data = os.urandom(args.mib * 1024 * 1024)
    for chunk in (64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024):
        print(f"quickXorHash, {chunk // 1024:>5} KiB chunks: {measure(data, chunk):8.0f} MB/s")
    goal = measure(data, 1024 * 1024)
    print(f"goal >= 500 MB/s: {'met' if goal >= 500 else 'NOT met'} ({goal:.0f} MB/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
