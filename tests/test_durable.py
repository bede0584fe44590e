"""Durability in batches: the files a manifest batch calls verified are on the disk first."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from app.backup.errors import DiskFullError
from app.backup.manifest import MANIFEST_NAME, ItemRow, ItemState, Manifest
from app.demo.graph_server import DemoGraphServer
from app.durable import WHOLE_FILE_SYSTEM, DiskBarrier, make_durable
from tests.backup_support import expected_bytes, library
from tests.test_backup_resume import _cli, _kill_when, verified_ids


def _recorded_states(dest: Path) -> dict[str, str]:
    """The manifest's states as another connection sees them (committed rows only)."""
    with sqlite3.connect(dest / MANIFEST_NAME) as db:
        return dict(db.execute("SELECT item_id, state FROM items"))


def _listed(manifest: Manifest, dest: Path, names: list[str]) -> list[str]:
    for name in names:
        (dest / name).write_bytes(name.encode() * 100)
    manifest.save_listing([ItemRow("d", name, "file", "/" + name, name, 100 * len(name), None,
                                   None, ItemState.LISTED) for name in names])
    return [str(dest / name) for name in names]


@pytest.mark.parametrize("whole", sorted({False, WHOLE_FILE_SYSTEM}))
def test_the_barrier_takes_files_in_several_folders(tmp_path, whole) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    files = [tmp_path / "one.bin", tmp_path / "a" / "two.bin", tmp_path / "a" / "b" / "three.bin"]
    for f in files:
        f.write_bytes(b"x" * 10_000)
    barrier = DiskBarrier(str(tmp_path), whole_file_system=whole)
    barrier([str(f) for f in files])
    barrier([str(files[0])])  # the next batch, through the same barrier
    barrier([])  # an empty batch: nothing to do
    barrier.close()


def test_file_by_file_a_file_moved_on_is_passed_over_any_other_failure_is_an_error(
        tmp_path) -> None:
    kept = tmp_path / "kept.bin"
    kept.write_bytes(b"k" * 1000)
    # A later entry of the listing moved the file on before the batch: the rest goes on.
    make_durable([str(tmp_path / "moved on.bin"), str(kept)], str(tmp_path),
                 whole_file_system=False)
    with pytest.raises(NotADirectoryError):  # what cannot be opened is never taken as synced
        make_durable([str(kept), str(kept / "inside a file")], str(tmp_path),
                     whole_file_system=False)


def test_a_batch_is_made_durable_before_its_transaction(tmp_path) -> None:
    seen: list[tuple[list[str], dict[str, str]]] = []

    def barrier(paths: list[str]) -> None:  # what the manifest said at that moment
        seen.append((list(paths), _recorded_states(tmp_path)))
        make_durable(paths, str(tmp_path))

    manifest = Manifest(str(tmp_path), barrier=barrier)
    paths = _listed(manifest, tmp_path, ["a.bin", "b.bin", "c.bin"])
    manifest.set_state("d", "a.bin", ItemState.DOWNLOADING)
    manifest.set_state("d", "a.bin", ItemState.VERIFIED, kept=paths[0])
    manifest.set_state("d", "b.bin", ItemState.VERIFIED, kept=paths[1])
    manifest.set_state("d", "c.bin", ItemState.FAILED, "HTTP 500")
    manifest.flush()
    manifest.flush()  # nothing queued: no second barrier
    assert seen == [(paths[:2], {"a.bin": "listed", "b.bin": "listed", "c.bin": "listed"})]
    assert _recorded_states(tmp_path) == {"a.bin": "verified", "b.bin": "verified",
                                          "c.bin": "failed"}
    manifest.close()


def test_a_failed_barrier_records_nothing_and_keeps_the_batch_for_the_next_flush(tmp_path) -> None:
    calls: list[list[str]] = []
    full = [True]

    def barrier(paths: list[str]) -> None:
        calls.append(list(paths))
        if full[0]:
            raise OSError(errno.ENOSPC, "No space left on device")

    manifest = Manifest(str(tmp_path), barrier=barrier)
    paths = _listed(manifest, tmp_path, ["a.bin", "b.bin"])
    manifest.set_state("d", "a.bin", ItemState.VERIFIED, kept=paths[0])
    with pytest.raises(DiskFullError):
        manifest.flush()
    assert _recorded_states(tmp_path) == {"a.bin": "listed", "b.bin": "listed"}
    manifest.set_state("d", "b.bin", ItemState.VERIFIED, kept=paths[1])
    full[0] = False
    manifest.flush()
    assert calls == [paths[:1], paths]
    assert _recorded_states(tmp_path) == {"a.bin": "verified", "b.bin": "verified"}
    manifest.close()


def test_after_kill_9_every_file_recorded_verified_is_whole_on_disk(tmp_path) -> None:
    dest = str(tmp_path / "backup")
    with DemoGraphServer() as server:
        drive = library(server)
        files = {f.id: f for f in (server.tenant.add_item(drive.id, drive.root.id,
                                                          f"k{i:03d}.bin", size=6_000 + i)
                                   for i in range(120))}
        token = server.issue_token(user_id=None)
        server.faults.add("slow", "/_download/", times=-1, delay=0.01)
        proc = _cli(server, dest, token)
        _kill_when(proc, lambda: len(verified_ids(dest) & files.keys()) >= 30)
        recorded = verified_ids(dest) & files.keys()
        assert len(recorded) >= 30
        with sqlite3.connect(os.path.join(dest, MANIFEST_NAME)) as db:
            where = dict(db.execute("SELECT item_id, local_path FROM items"))
        for item_id in recorded:
            with open(os.path.join(dest, where[item_id]), "rb") as f:
                data = f.read()
            assert data == expected_bytes(files[item_id])
