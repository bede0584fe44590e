"""Fetching under faults: cuts, corruption, expired URLs and tokens; no Authorization on URLs."""

from __future__ import annotations

import os
import socket
import time

import pytest

from app.backup import downloader
from app.backup.errors import ConnectionLostError
from app.backup.manifest import ItemState
from app.backup.paths import PART_SUFFIX
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import (
    app_graph,
    downloads,
    expected_bytes,
    library,
    local_file,
    run_backup,
    states,
    team_plan,
)


def test_download_urls_are_fetched_without_the_authorization_header(tmp_path) -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        fetched = [r for r in server.requests if r.path.startswith("/_download/")]
        assert fetched and not any(r.had_authorization for r in fetched)
        # No call per file: one delta page per library, plus discovery.
        assert not any("/items/" in r.path for r in server.requests)


def test_modification_times_are_preserved(tmp_path) -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        run_backup(graph, team_plan(graph), str(tmp_path))
        item = next(i for i in library(server).items.values() if not i.is_folder and not i.package)
        assert abs(os.stat(local_file(str(tmp_path), item.id)).st_mtime
                   - item.modified.timestamp()) < 1


def test_a_connection_cut_mid_file_resumes_with_range(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        big = server.tenant.add_item(drive.id, drive.root.id, "big.bin", size=3_000_000)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("cut", f"/_download/{drive.id}/{big.id}", times=2)
        summary = run_backup(graph, plan, str(tmp_path))
        assert summary.complete
        served = [r for r in server.requests if r.path.endswith(big.id)]
        assert [r.status for r in served].count(206) == 2
        with open(local_file(str(tmp_path), big.id), "rb") as f:
            assert f.read() == expected_bytes(big)


def test_corrupted_bytes_are_caught_and_fetched_again(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        item = server.tenant.add_item(drive.id, drive.root.id, "flipped.bin", size=500_000)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("corrupt", f"/_download/{drive.id}/{item.id}", times=1)
        assert run_backup(graph, plan, str(tmp_path)).complete
        assert downloads(server)[item.id] == 2
        with open(local_file(str(tmp_path), item.id), "rb") as f:
            assert f.read() == expected_bytes(item)


def test_a_file_that_stays_corrupted_ends_as_failed_and_is_not_kept(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        item = server.tenant.add_item(drive.id, drive.root.id, "rotten.bin", size=100_000)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("corrupt", f"/_download/{drive.id}/{item.id}", times=-1)
        summary = run_backup(graph, plan, str(tmp_path))
        assert not summary.complete and summary.files_failed == 1
        assert "quickXorHash" in summary.failures[0]
        assert states(str(tmp_path))[item.id] == "failed"
        path = local_file(str(tmp_path), item.id)
        assert not os.path.exists(path) and not os.path.exists(path + PART_SUFFIX)


def test_expired_download_urls_are_fetched_fresh_from_graph(tmp_path) -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("expire-urls", "/_download/", times=1)
        assert run_backup(graph, plan, str(tmp_path), workers=2).complete
        refused = [r for r in server.requests if r.path.startswith("/_download/") and r.status == 401]
        fresh = [r for r in server.requests if "/items/" in r.path and r.status == 200]
        assert refused and len(fresh) >= len(refused)


def test_a_token_expiring_mid_run_is_refreshed(tmp_path) -> None:
    with DemoGraphServer() as server:
        graph, tokens = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("expire-token", "/root/delta", times=1)
        server.faults.add("expire-urls", "/_download/", times=1)
        summary = run_backup(graph, plan, str(tmp_path), workers=3)
        assert summary.complete
        assert tokens.refreshes >= 1
        assert any(r.status == 401 and "/v1.0/" in r.path for r in server.requests)


def test_a_damaged_office_file_is_not_mistaken_for_sharepoints_rewrite(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        item = server.tenant.add_item(drive.id, drive.root.id, "Budget.xlsx", size=40_000)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("corrupt", f"/_download/{drive.id}/{item.id}", times=-1)
        summary = run_backup(graph, plan, str(tmp_path))
        assert states(str(tmp_path))[item.id] == "failed"
        assert summary.office_rewrites == 1  # the library's genuinely rewritten file
        assert not os.path.exists(local_file(str(tmp_path), item.id))


def test_a_network_that_is_gone_stops_the_backup_instead_of_failing_every_file(
        tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(downloader, "GIVE_UP_AFTER", 1.0)
    monkeypatch.setattr(downloader, "UNREACHABLE_TRIES", 5)
    with socket.socket() as s:   # a port where nothing listens: every download is refused
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    with DemoGraphServer(download_base=dead) as server:
        graph, _ = app_graph(server)
        started = time.monotonic()
        with pytest.raises(ConnectionLostError) as caught:
            run_backup(graph, team_plan(graph), str(tmp_path))
        assert time.monotonic() - started < 30
        assert "could not reach Microsoft 365" in str(caught.value)
        assert "resumes where it stopped" in str(caught.value)
        assert ItemState.VERIFIED not in states(str(tmp_path)).values()
