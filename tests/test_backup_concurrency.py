"""How many downloads at once: chosen from the link's round trip, capped, fixed when asked."""

from __future__ import annotations

from app.backup.concurrency import CAP, SAMPLES, START, LinkWatch, Timing, connections_for
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import app_graph, library, run_backup, team_plan


def test_a_long_round_trip_with_small_files_asks_for_more_connections_up_to_the_cap() -> None:
    # 40 ms to the first byte, 3 ms of bytes (64 KiB at 200 Mbit/s): Little's law says ~18.
    assert connections_for([Timing(0.040, 0.003)] * 10, START) == CAP
    # 10 ms and 5 ms: (10 + 5) / 5 = 3, with headroom 4: fewer than now, so no change.
    assert connections_for([Timing(0.010, 0.005)] * 10, 8) == 8
    assert connections_for([Timing(0.020, 0.004)] * 10, 4) == 8  # 1.25 * 24 / 4 = 7.5


def test_loopback_and_big_files_keep_the_number_they_have() -> None:
    assert connections_for([Timing(0.0001, 0.0002)] * 10, START) == START  # loopback
    assert connections_for([Timing(0.040, 12.0)] * 4, START) == START      # 256 MiB over a WAN
    assert connections_for([], START) == START


def test_the_median_answer_decides_not_one_slow_outlier() -> None:
    timings = [Timing(0.0002, 0.001)] * 9 + [Timing(5.0, 0.001)]
    assert connections_for(timings, START) == START


def test_the_watch_decides_after_enough_answers_and_never_shrinks() -> None:
    watch = LinkWatch(START, CAP)
    changes = [watch.measured(Timing(0.05, 0.001)) for _ in range(SAMPLES)]
    assert changes[:-1] == [None] * (SAMPLES - 1) and changes[-1] == CAP
    # A full link later (each answer's bytes take long) is no reason to drop connections.
    assert all(watch.measured(Timing(0.05, 1.0)) is None for _ in range(300))
    assert watch.current == CAP


def _most_answers_within(server: DemoGraphServer, window: float) -> int:
    """The most download answers sent within any ``window`` seconds (server clock)."""
    at = sorted(r.at for r in server.requests if r.path.startswith("/_download/"))
    most, first = 0, 0
    for last in range(len(at)):
        while at[last] - at[first] > window:
            first += 1
        most = max(most, last - first + 1)
    return most


def _slow_library(server: DemoGraphServer, count: int) -> None:
    drive = library(server)
    for i in range(count):
        server.tenant.add_item(drive.id, drive.root.id, f"small {i}.txt", size=1500 + i)
    # Every answer waits 0.15 s: a long round trip. One connection answers at most once per
    # 0.15 s, so the answers within 0.12 s count the connections in use.
    server.faults.add("slow", "/_download/", times=-1, delay=0.15)


def test_a_slow_round_trip_raises_the_number_of_downloads_at_once(tmp_path) -> None:
    with DemoGraphServer() as server:
        _slow_library(server, 120)
        graph, _ = app_graph(server)
        summary = run_backup(graph, team_plan(graph), str(tmp_path))  # no --workers: chosen
        assert summary.complete
        assert _most_answers_within(server, 0.12) > START


def test_a_number_the_admin_chose_is_kept(tmp_path) -> None:
    with DemoGraphServer() as server:
        _slow_library(server, 60)
        graph, _ = app_graph(server)
        summary = run_backup(graph, team_plan(graph), str(tmp_path), workers=3)
        assert summary.complete
        assert _most_answers_within(server, 0.12) <= 3
