"""Resume: after Cancel, pause, or kill -9 at several points, verified files are never fetched again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from app.backup.control import BackupControl
from app.backup.manifest import MANIFEST_NAME
from app.backup.parts import PART_SIZE
from app.backup.paths import PART_SUFFIX
from app.backup.progress import Progress
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import (
    TEAM_SITE,
    app_graph,
    downloads,
    expected_bytes,
    library,
    local_file,
    run_backup,
    team_plan,
)

ROOT = Path(__file__).resolve().parent.parent


def verified_ids(dest: str) -> set[str]:
    """Read the manifest as another process would (the backup may be dead or running)."""
    path = os.path.join(dest, MANIFEST_NAME)
    if not os.path.exists(path):
        return set()
    with sqlite3.connect(path, timeout=5) as db:
        try:
            rows = db.execute(
                "SELECT item_id FROM items WHERE state IN ('verified', 'office-rewrite')")
        except sqlite3.OperationalError:  # caught between creating the file and its tables
            return set()
        return {r[0] for r in rows}


def fetched_since(server: DemoGraphServer, since: float) -> set[str]:
    """Items whose bytes were served by requests that arrived after ``since`` (server clock)."""
    return {r.path.rsplit("/", 1)[-1] for r in list(server.requests)
            if r.at > since and r.path.startswith("/_download/") and r.status in (200, 206)}


def _whole_parts(record: str) -> set[int]:
    """The parts a parted download's record lists as whole (empty while there is none)."""
    try:
        with open(record, encoding="utf-8") as f:
            return set(json.load(f)["whole"])
    except (OSError, ValueError):
        return set()


def test_cancel_then_resume_fetches_only_what_is_missing(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        for i in range(20):
            server.tenant.add_item(drive.id, drive.root.id, f"file {i}.bin", size=50_000 + i)
        graph, _ = app_graph(server)
        server.faults.add("slow", "/_download/", times=-1, delay=0.05)
        control = BackupControl()

        def cancel_after_five(p: Progress) -> None:
            if p.files_done >= 5:
                control.cancel()

        first = run_backup(graph, team_plan(graph), str(tmp_path), workers=2, control=control,
                           on_progress=cancel_after_five)
        assert first.cancelled and not first.complete
        done = verified_ids(str(tmp_path))
        assert 5 <= len(done) < 20
        mark = time.monotonic()
        second = run_backup(graph, team_plan(graph), str(tmp_path), workers=4)
        assert second.complete
        assert not done & fetched_since(server, mark)


def test_files_in_place_but_not_yet_recorded_are_checked_not_fetched(tmp_path) -> None:
    """A kill between the rename and the manifest's next commit loses only bookkeeping."""
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        with sqlite3.connect(os.path.join(tmp_path, MANIFEST_NAME)) as db:
            db.execute("UPDATE items SET state='downloading' WHERE state='verified'")
        mark = time.monotonic()
        again = run_backup(graph, team_plan(graph), str(tmp_path))
        assert again.complete and again.files_verified > 5
        rewritten = {i.id for i in library(server).items.values() if i.office_rewrite}
        assert fetched_since(server, mark) <= rewritten


def test_pause_stops_new_downloads_until_resumed(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        for i in range(12):
            server.tenant.add_item(drive.id, drive.root.id, f"p{i}.bin", size=20_000)
        graph, _ = app_graph(server)
        server.faults.add("slow", "/_download/", times=-1, delay=0.05)
        control = BackupControl()
        paused_at: list[float] = []

        def pause_once(p: Progress) -> None:
            if p.files_done >= 3 and not paused_at:
                control.pause()
                paused_at.append(time.monotonic())
                threading.Timer(1.0, control.resume).start()

        summary = run_backup(graph, team_plan(graph), str(tmp_path), workers=2, control=control,
                             on_progress=pause_once)
        assert summary.complete
        # While paused (after in-flight requests finished), nothing new started.
        quiet = [r for r in server.requests if r.path.startswith("/_download/")
                 and paused_at[0] + 0.3 < r.at < paused_at[0] + 0.9]
        assert not quiet


def _cli(server: DemoGraphServer, dest: str, token: str) -> subprocess.Popen[bytes]:
    env = dict(os.environ, CANCEL365_GRAPH_URL=server.graph_url, CANCEL365_ACCESS_TOKEN=token)
    return subprocess.Popen(
        [sys.executable, "-m", "app", "backup", "--dest", dest, "--only", "sharepoint",
         "--site", TEAM_SITE, "--workers", "3", "--json-progress"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool], limit: float = 30) -> float:
    """SIGKILL once ``ready``; returns when (the demo server's clock: time.monotonic)."""
    deadline = time.monotonic() + limit
    while not ready():
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline, "the kill point never came"
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return time.monotonic()


def test_kill_9_at_several_points_then_resume(tmp_path) -> None:
    dest = str(tmp_path / "backup")
    with DemoGraphServer() as server:
        drive = library(server)
        small = [server.tenant.add_item(drive.id, drive.root.id, f"s{i}.bin", size=30_000 + i)
                 for i in range(25)]
        big = server.tenant.add_item(drive.id, drive.root.id, "big.bin", size=120_000_000)
        token = server.issue_token(user_id=None)
        verified_at_kill: list[tuple[float, set[str]]] = []

        # 1. During the listing.
        server.faults.add("slow", "/root/delta", times=1, delay=1.0)
        proc = _cli(server, dest, token)
        killed = _kill_when(proc, lambda: os.path.exists(os.path.join(dest, MANIFEST_NAME)))
        verified_at_kill.append((killed, verified_ids(dest)))

        # 2. With some small files verified.
        server.faults.clear()
        server.faults.add("slow", "/_download/", times=-1, delay=0.1)
        proc = _cli(server, dest, token)
        killed = _kill_when(proc, lambda: len(verified_ids(dest)) >= 6)
        verified_at_kill.append((killed, verified_ids(dest)))

        # 3. Half-way through the big file: some of its parts are whole (parts.py's record).
        server.faults.clear()
        part = local_file(dest, big.id) + PART_SUFFIX
        proc = _cli(server, dest, token)
        killed = _kill_when(proc, lambda: len(_whole_parts(part + PART_SUFFIX)) >= 2)
        verified_at_kill.append((killed, verified_ids(dest)))
        whole_at_kill = _whole_parts(part + PART_SUFFIX)

        # Resume to the end.
        proc = _cli(server, dest, token)
        assert proc.wait(120) == 0, proc.stderr.read().decode() if proc.stderr else ""

        for mark, done in verified_at_kill:
            assert not done & fetched_since(server, mark), "a verified file was fetched again"
        assert len(verified_at_kill[1][1]) >= 6
        # The last run updates from the stored delta link, so it asks Graph for the big
        # file's download URL (GET .../items/{id}) before resuming it: count the downloads.
        resumed = [r for r in list(server.requests) if r.at > verified_at_kill[2][0]
                   and r.path.startswith("/_download/") and r.path.endswith(big.id)]
        # It resumes with the parts it lacked, each a Range; none of the whole ones again.
        assert resumed and {r.status for r in resumed} == {206}
        starts = {int(r.range.removeprefix("bytes=").split("-")[0]) for r in resumed}
        assert not starts & {i * PART_SIZE for i in whole_at_kill}, "a whole part came again"
        with open(local_file(dest, big.id), "rb") as f:
            assert f.read() == expected_bytes(big)
        assert all(os.path.exists(local_file(dest, s.id)) for s in small)
        assert not list(Path(dest).rglob("*" + PART_SUFFIX))
        assert max(downloads(server)[s.id] for s in small) <= 2


def test_kill_9_between_manifest_commits_loses_no_file_and_fetches_none_twice(tmp_path) -> None:
    """State changes reach the manifest in batches (one transaction a few times a second):
    a kill -9 between two commits leaves files verified and in place that the manifest
    does not call verified yet. The next run checks them on disk, fetches only the rest."""
    dest = str(tmp_path / "backup")
    with DemoGraphServer() as server:
        drive = library(server)
        files = [server.tenant.add_item(drive.id, drive.root.id, f"b{i:03d}.bin", size=4_000 + i)
                 for i in range(150)]
        token = server.issue_token(user_id=None)
        server.faults.add("slow", "/_download/", times=-1, delay=0.02)
        proc = _cli(server, dest, token)

        by_name = {f.name: f.id for f in files}

        def in_place() -> set[str]:  # whole files under their final name (never a part file)
            return {by_name[p.name] for p in Path(dest).rglob("b*.bin") if p.name in by_name}

        killed = _kill_when(proc, lambda: len(in_place()) >= 40)
        on_disk, recorded = in_place(), verified_ids(dest)
        assert recorded & set(by_name.values()) <= on_disk  # never verified without the file
        server.faults.clear()
        proc = _cli(server, dest, token)
        assert proc.wait(120) == 0, proc.stderr.read().decode() if proc.stderr else ""
        assert not on_disk & fetched_since(server, killed), "a file in place was fetched again"
        assert {f.id for f in files} <= verified_ids(dest)
        for f in files[::15]:
            with open(local_file(dest, f.id), "rb") as got:
                assert got.read() == expected_bytes(f)
        assert not list(Path(dest).rglob("*" + PART_SUFFIX))
