"""A 2 GiB file goes through with flat memory (streamed in chunks, hashed as it arrives)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.backup.quickxor import QuickXorHash
from app.demo import content
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import TEAM_SITE, library, local_file

ROOT = Path(__file__).resolve().parent.parent
SIZE = 2 * 1024**3


def vm_hwm_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@pytest.mark.slow
def test_a_2_gib_file_with_flat_memory(tmp_path: Path) -> None:
    with DemoGraphServer() as server:
        drive = library(server, "Opskrifter")
        big = server.tenant.add_item(drive.id, drive.root.id, "video.mp4", size=SIZE)
        env = dict(os.environ, CANCEL365_GRAPH_URL=server.graph_url,
                   CANCEL365_ACCESS_TOKEN=server.issue_token(user_id=None))
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "backup", "--dest", str(tmp_path), "--only",
             "sharepoint", "--site", TEAM_SITE], cwd=ROOT, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak_mb = 0.0
        while proc.poll() is None:  # VmHWM: this process's own peak (ru_maxrss counts the fork)
            peak_mb = max(peak_mb, vm_hwm_mb(proc.pid))
            time.sleep(0.05)
        assert proc.returncode == 0, proc.stderr.read().decode() if proc.stderr else ""
        print(f"peak RSS of cancel365 backup on a 2 GiB file: {peak_mb:.0f} MB")
        assert peak_mb < 150, f"peak RSS {peak_mb:.0f} MB"
        path = local_file(str(tmp_path), big.id)
        assert os.path.getsize(path) == SIZE
        h = QuickXorHash()
        with open(path, "rb") as f:
            while chunk := f.read(16 * 1024 * 1024):
                h.update(chunk)
        assert h.b64digest() == content.quickxor(big.seed, SIZE)
        os.remove(path)
