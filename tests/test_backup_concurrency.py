"""How many downloads at once: chosen from the link's round trip, capped, fixed when asked."""

from __future__ import annotations

from app.backup.concurrency import CAP, SAMPLES, START, LinkWatch, Timing, latency_bound, step_up
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import app_graph, library, run_backup, team_plan


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def feed(watch: LinkWatch, clock: Clock, timing: Timing, count: int, per_second: float
         ) -> list[int | None]:
    """``count`` answers, ``per_second`` of them a second: what the watch said after each."""
    said = []
    for _ in range(count):
        clock.now += 1 / per_second
        said.append(watch.measured(timing))
    return said


def answers_for_a_step(current: int, settle: int = 0) -> int:
    """Answers the watch takes before it decides: settling, the one that opens the window,
    then the window (at least SAMPLES, 4 per connection)."""
    return settle + 1 + max(SAMPLES, 4 * current)


def test_a_round_trip_that_is_a_good_part_of_each_answer_is_latency_bound() -> None:
    # 40 ms to the first byte, 3-70 ms of bytes: 64 KiB over a 40 ms, 200 Mbit/s link.
    assert latency_bound([Timing(0.040, 0.003)] * 10)
    assert latency_bound([Timing(0.040, 0.070)] * 10)
    assert not latency_bound([Timing(0.040, 0.200)] * 10)   # 1 MB: the bytes dominate
    assert not latency_bound([Timing(0.040, 12.0)] * 4)     # 256 MiB over the same link
    assert not latency_bound([Timing(0.0001, 0.0002)] * 10)  # loopback: the bytes dominate
    assert not latency_bound([])
    # The median decides, not one slow outlier.
    assert not latency_bound([Timing(0.0002, 0.001)] * 9 + [Timing(5.0, 0.001)])


def test_steps_go_up_by_half_and_stop_at_the_cap() -> None:
    assert [step_up(n) for n in (1, 2, 6, 9, 14, 16)] == [2, 3, 9, 14, 16, 16]


def test_more_connections_while_they_pay_up_to_the_cap() -> None:
    clock = Clock()
    watch = LinkWatch(START, CAP, clock=clock)
    small = Timing(0.040, 0.003, 65536)
    said = feed(watch, clock, small, answers_for_a_step(6), 100)
    assert said[:-1] == [None] * (len(said) - 1) and said[-1] == 9
    # Each step brings more files per second (the round trip was the limit): up again.
    assert feed(watch, clock, small, answers_for_a_step(9, settle=9), 150)[-1] == 14
    assert feed(watch, clock, small, answers_for_a_step(14, settle=14), 225)[-1] == CAP
    assert watch.current == CAP


def test_a_step_that_does_not_pay_twice_ends_the_climb() -> None:
    clock = Clock()
    watch = LinkWatch(START, CAP, clock=clock)
    small = Timing(0.040, 0.003, 65536)
    assert feed(watch, clock, small, answers_for_a_step(6), 100)[-1] == 9
    # 5% more bytes per second for 50% more connections: the link (or the server) is full.
    # Once may be noise: one more window at the same number, then the climb ends.
    first = answers_for_a_step(9, settle=9)
    assert feed(watch, clock, small, first, 105) == [None] * first
    assert not watch.done
    again = answers_for_a_step(9)
    assert feed(watch, clock, small, again, 104) == [None] * again
    assert watch.done and watch.current == 9
    assert feed(watch, clock, small, 200, 500) == [None] * 200


def test_one_noisy_window_does_not_end_the_climb() -> None:
    clock = Clock()
    watch = LinkWatch(START, CAP, clock=clock)
    small = Timing(0.040, 0.003, 65536)
    assert feed(watch, clock, small, answers_for_a_step(6), 100)[-1] == 9
    assert feed(watch, clock, small, answers_for_a_step(9, settle=9), 90)[-1] is None  # a loss
    assert feed(watch, clock, small, answers_for_a_step(9), 150)[-1] == 14


def test_big_files_and_loopback_keep_the_number_they_have() -> None:
    for timing in (Timing(0.040, 12.0, 256 << 20), Timing(0.0001, 0.0002, 65536)):
        clock = Clock()
        watch = LinkWatch(START, CAP, clock=clock)
        assert feed(watch, clock, timing, 100, 50) == [None] * 100
        assert watch.current == START


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
