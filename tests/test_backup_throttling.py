"""429 storms and 503s: every worker slows down and Retry-After is honoured (server's clock)."""

from __future__ import annotations

from app.demo.graph_server import DemoGraphServer
from tests.backup_support import app_graph, downloads, library, run_backup, states, team_plan

# Requests other workers had sent before the refusal reached the client can still arrive
# just after it; on a loaded 2-core machine that took more than 0.05 s. A client that ignored
# Retry-After would go on sending through the whole window, so its middle is what is checked.
IN_FLIGHT = 0.25


def _quiet_windows_respected(server: DemoGraphServer, status: int, wait: float) -> int:
    """No request of any worker may start within Retry-After of a 429/503 (server's clock)."""
    log = list(server.requests)
    refusals = [r for r in log if r.status == status]
    for refusal in refusals:
        early = [r for r in log if refusal.at + IN_FLIGHT < r.at < refusal.at + wait - 0.05]
        assert not early, f"{len(early)} requests came within Retry-After of a {status}"
    return len(refusals)


def test_a_429_storm_on_downloads_slows_every_worker(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        for i in range(30):
            server.tenant.add_item(drive.id, drive.root.id, f"small {i}.txt", size=2000 + i)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("throttle", "/_download/", times=4, retry_after=1)
        summary = run_backup(graph, plan, str(tmp_path), workers=6)
        assert summary.complete
        assert _quiet_windows_respected(server, 429, 1.0) == 4
        assert set(states(str(tmp_path)).values()) <= {"verified", "office-rewrite", "skipped"}


def test_throttled_listing_honours_retry_after_too(tmp_path) -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("throttle", "/root/delta", times=2, retry_after=1)
        summary = run_backup(graph, plan, str(tmp_path), workers=4)
        assert summary.complete
        assert _quiet_windows_respected(server, 429, 1.0) == 2


def test_503s_are_retried_and_nothing_is_lost(tmp_path) -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.faults.add("unavailable", "/_download/", times=3, retry_after=1)
        summary = run_backup(graph, plan, str(tmp_path), workers=4)
        assert summary.complete and summary.files_failed == 0
        assert _quiet_windows_respected(server, 503, 1.0) == 3
        rewritten = {i.id for i in library(server).items.values() if i.office_rewrite}
        assert all(n == 1 for item, n in downloads(server).items() if item not in rewritten)
