"""Big files in ranged parts: every byte once, verified whole, through cuts, throttling,
corruption, expired URLs and a server that will not send ranges."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.backup import parts
from app.backup.manifest import MANIFEST_NAME, ItemState
from app.backup.parts import PART_SIZE, PARTED_FROM
from app.backup.paths import PART_SUFFIX
from app.demo.graph_server import DemoGraphServer, RequestRecord
from app.demo.tenant import DemoItem
from tests.backup_support import (
    app_graph,
    expected_bytes,
    library,
    local_file,
    run_backup,
    states,
    team_plan,
)

SIZE = 3 * PART_SIZE + 12_345  # four parts, the last one short
EVERY_PART = [(i * PART_SIZE, min(SIZE, (i + 1) * PART_SIZE)) for i in range(4)]


def served(server: DemoGraphServer, item: DemoItem) -> list[RequestRecord]:
    return [r for r in list(server.requests) if r.path == f"/_download/{item.drive_id}/{item.id}"]


def asked(record: RequestRecord) -> tuple[int, int]:
    """The [start, end) a part request asked for."""
    match = re.fullmatch(r"bytes=(\d+)-(\d+)", record.range)
    assert match, record.range
    return int(match[1]), int(match[2]) + 1


def big_file(server: DemoGraphServer, size: int = SIZE, name: str = "film.mov") -> DemoItem:
    drive = library(server)
    return server.tenant.add_item(drive.id, drive.root.id, name, size=size)


def assert_backed_up(dest: str, item: DemoItem) -> None:
    assert states(dest)[item.id] is ItemState.VERIFIED
    with open(local_file(dest, item.id), "rb") as f:
        assert f.read() == expected_bytes(item)
    assert not list(Path(dest).rglob("*" + PART_SUFFIX)), "a part file or its record was left"


@pytest.fixture(params=[True, False], ids=["hashed-as-written", "hashed-from-disk"])
def hash_route(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both ways a part is hashed: from the written buffer (the C fold's way) and read
    back from the disk by the hash worker (the pure-Python fold's way)."""
    monkeypatch.setattr(parts, "HASH_AS_WRITTEN", request.param)
    return request.param


@pytest.mark.usefixtures("hash_route")
def test_a_big_file_comes_in_ranged_parts_each_byte_once(tmp_path) -> None:
    with DemoGraphServer() as server:
        big = big_file(server)
        small = big_file(server, PARTED_FROM - 1, "klip.mov")
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        answers = served(server, big)
        assert {r.status for r in answers} == {206}
        ranges = sorted(asked(r) for r in answers)
        assert ranges == EVERY_PART
        assert_backed_up(str(tmp_path), big)
        # Below the threshold a file is one plain GET.
        assert [(r.status, r.range) for r in served(server, small)] == [(200, "")]
        assert_backed_up(str(tmp_path), small)


@pytest.mark.usefixtures("hash_route")
def test_a_part_cut_mid_body_resumes_where_it_ended(tmp_path) -> None:
    with DemoGraphServer() as server:
        big = big_file(server)
        server.faults.add("cut", f"/_download/{big.drive_id}/{big.id}", times=2)
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        starts = [asked(r)[0] for r in served(server, big)]
        # The two cut parts were asked for again from where their bytes stopped, not from
        # their start: the bytes before the cut were kept.
        resumed = [s for s in starts if s % PART_SIZE]
        assert len(resumed) == 2
        assert_backed_up(str(tmp_path), big)


@pytest.mark.usefixtures("hash_route")
def test_a_corrupted_part_is_caught_by_the_whole_files_hash(tmp_path) -> None:
    with DemoGraphServer() as server:
        big = big_file(server)
        server.faults.add("corrupt", f"/_download/{big.drive_id}/{big.id}", times=1)
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        answers = served(server, big)
        # Four parts, the hash refused the file, and it came again (one stream: which part
        # was damaged is not known).
        assert [r.range for r in answers].count("") == 1
        assert answers[-1].status == 200 and answers[-1].range == ""
        assert_backed_up(str(tmp_path), big)


def test_a_throttled_part_waits_and_is_asked_for_again(tmp_path) -> None:
    with DemoGraphServer() as server:
        big = big_file(server)
        server.faults.add("throttle", f"/_download/{big.drive_id}/{big.id}", times=1,
                          retry_after=1)
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        answers = served(server, big)
        throttled = [r for r in answers if r.status == 429]
        assert len(throttled) == 1
        later = [r for r in answers if r.at > throttled[0].at and r.status == 206]
        assert asked(throttled[0]) in [asked(r) for r in later]
        # Every part arrived once.
        assert sorted(asked(r) for r in answers if r.status == 206) == EVERY_PART
        assert_backed_up(str(tmp_path), big)


def test_expired_download_urls_mid_file_are_fetched_fresh(tmp_path) -> None:
    with DemoGraphServer() as server:
        big = big_file(server)
        server.faults.add("expire-urls", f"/_download/{big.drive_id}/{big.id}", times=1)
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        assert 401 in {r.status for r in served(server, big)}
        assert any(r.path.endswith(f"/items/{big.id}") for r in server.requests)
        assert_backed_up(str(tmp_path), big)


def test_a_server_that_sends_the_whole_file_for_a_part_gets_one_whole_download(tmp_path) -> None:
    with DemoGraphServer() as server:
        big = big_file(server)
        server.faults.add("ignore-range", f"/_download/{big.drive_id}/{big.id}", times=-1)
        graph, _ = app_graph(server)
        assert run_backup(graph, team_plan(graph), str(tmp_path)).complete
        answers = served(server, big)
        # The part requests got 200s and wrote nothing; then one GET of the whole file.
        assert {r.status for r in answers} == {200}
        assert answers[-1].range == ""
        assert [r.range for r in answers].count("") == 1
        assert_backed_up(str(tmp_path), big)


def backed_up_again_from(server: DemoGraphServer, big: DemoItem, dest: str,
                         spoil: Callable[[str], None]) -> tuple[str, list[RequestRecord]]:
    """Back up, turn the verified file into a part file ``spoil`` changed (the run stopped
    while fetching it), back up again; the file's path and the second run's requests."""
    graph, _ = app_graph(server)
    assert run_backup(graph, team_plan(graph), dest).complete
    path = local_file(dest, big.id)
    spoil(path)
    os.replace(path, path + PART_SUFFIX)
    with sqlite3.connect(os.path.join(dest, MANIFEST_NAME)) as db:
        db.execute("UPDATE items SET state='downloading' WHERE item_id=?", (big.id,))
    before = len(server.requests)
    assert run_backup(graph, team_plan(graph), dest).complete
    return path, [r for r in list(server.requests)[before:]
                  if r.path == f"/_download/{big.drive_id}/{big.id}"]


def test_a_part_file_left_by_a_one_stream_run_gives_its_whole_parts(tmp_path) -> None:
    """A plain part file (an earlier version's, or a run that fetched it whole) is a
    prefix: the parts inside it count, and only the rest is fetched."""
    with DemoGraphServer() as server:
        big = big_file(server)
        dest = str(tmp_path)
        _, again = backed_up_again_from(server, big, dest,
                                        lambda path: os.truncate(path, 2 * PART_SIZE + 1000))
        assert sorted(asked(r) for r in again) == [(2 * PART_SIZE, 3 * PART_SIZE),
                                                    (3 * PART_SIZE, SIZE)]
        assert_backed_up(dest, big)


def test_a_part_file_longer_than_the_file_is_not_trusted(tmp_path) -> None:
    """The file shrank on the server since the part file was written: every part comes
    again and no old byte stays past the new end."""
    with DemoGraphServer() as server:
        big = big_file(server)
        dest = str(tmp_path)

        def longer(path: str) -> None:
            with open(path, "ab") as f:
                f.write(b"\0old" * 300_000)
        path, again = backed_up_again_from(server, big, dest, longer)
        assert len(again) == 4
        assert os.path.getsize(path) == SIZE
        assert_backed_up(dest, big)
