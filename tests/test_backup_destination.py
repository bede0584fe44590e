"""Disk full, permission denied, destination gone: a clean stop, a clear error, nothing false."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.backup.control import BackupControl
from app.backup.errors import DestinationDeniedError, DestinationGoneError, DiskFullError
from app.backup.manifest import Manifest
from app.backup.paths import PART_SUFFIX
from app.backup.progress import Progress
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import app_graph, expected_bytes, library, run_backup, team_plan


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A real 8 MiB file system (tmpfs); needs the right to mount (root in CI)."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def assert_nothing_false_is_verified(dest: str, server: DemoGraphServer) -> int:
    """Every item the manifest calls verified is on disk with the right bytes."""
    items = {i.id: i for d in server.tenant.drives.values() for i in d.items.values()}
    manifest = Manifest(dest)
    verified = [r for r in manifest.items() if r.state == "verified"]
    manifest.close()
    for row in verified:
        with open(os.path.join(dest, *row.local_path.split("/")), "rb") as f:
            assert f.read() == expected_bytes(items[row.item_id]), row.server_path
    return len(verified)


def test_disk_full_stops_cleanly_and_resumes_after_space_is_freed(small_fs: Path) -> None:
    dest = small_fs / "backup"
    with DemoGraphServer() as server:
        drive = library(server)
        for i in range(6):
            server.tenant.add_item(drive.id, drive.root.id, f"chunk {i}.bin", size=1_000_000)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        filler = small_fs / "filler"
        # Room for the plan when checked; then someone else fills the disk.
        assert plan.total_bytes < 8 * 1024 * 1024
        filler.write_bytes(b"\0" * (5 * 1024 * 1024))
        with pytest.raises(DiskFullError) as caught:
            run_backup(graph, plan, str(dest), workers=3)
        assert "full" in str(caught.value) and "resumes" in str(caught.value)
        assert_nothing_false_is_verified(str(dest), server)
        filler.unlink()
        summary = run_backup(graph, team_plan(graph), str(dest), workers=3)
        assert summary.complete
        assert assert_nothing_false_is_verified(str(dest), server) >= 6
        assert not list(dest.rglob("*" + PART_SUFFIX))


def test_a_read_only_destination_is_refused_with_a_clear_error(small_fs: Path) -> None:
    dest = small_fs / "backup"
    dest.mkdir()
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
        with pytest.raises(DestinationDeniedError) as caught:
            run_backup(graph, plan, str(dest))
        assert "may not write" in str(caught.value)


def test_destination_gone_mid_run_stops_with_a_clear_error(tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    with DemoGraphServer() as server:
        drive = library(server)
        for i in range(30):
            server.tenant.add_item(drive.id, drive.root.id, f"f{i}.bin", size=40_000)
        graph, _ = app_graph(server)
        server.faults.add("slow", "/_download/", times=-1, delay=0.05)
        control = BackupControl()

        def unplug(p: Progress) -> None:
            # At once, as a pulled USB disk goes (an rmtree would race the files being written).
            if p.files_done >= 3 and dest.exists():
                dest.rename(tmp_path / "unplugged")

        with pytest.raises(DestinationGoneError) as caught:
            run_backup(graph, team_plan(graph), str(dest), workers=2, control=control,
                       on_progress=unplug)
        assert "no longer there" in str(caught.value)
