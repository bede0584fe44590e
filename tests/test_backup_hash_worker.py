"""The hash worker: ranges of a file hashed apart, in any order, make the file's hash, in a
process or on a thread; a process that dies leaves its work to a thread."""

from __future__ import annotations

import os
import random
import signal

from app.backup.hash_worker import Hashed, HashWorker
from app.backup.quickxor import IMPLEMENTATION, b64digest_of, quickxor_b64

SIZE = 3_000_017


def collect(worker: HashWorker, count: int) -> list[Hashed]:
    return [worker.results.get(timeout=30) for _ in range(count)]


def ranges(size: int, count: int, rng: random.Random) -> list[tuple[int, int]]:
    cuts = sorted(rng.sample(range(1, size), count - 1))
    pieces = list(zip([0, *cuts], [*cuts, size], strict=True))
    rng.shuffle(pieces)
    return pieces


def part_file(tmp_path, rng: random.Random) -> tuple[bytes, str]:
    """A part file of SIZE random bytes, and its path."""
    data = rng.randbytes(SIZE)
    path = tmp_path / "film.mov.c365part"
    path.write_bytes(data)
    return data, str(path)


def hash_apart(worker: HashWorker, token: object, path: str, count: int,
               rng: random.Random) -> tuple[list[tuple[int, int]], list[Hashed]]:
    """The file cut into ``count`` ranges, submitted in a shuffled order, and the answers."""
    pieces = ranges(SIZE, count, rng)
    for start, end in pieces:
        worker.submit(token, path, start, end)
    return pieces, collect(worker, len(pieces))


def whole_digest(answers: list[Hashed]) -> str:
    """The file's hash from its ranges' registers."""
    register = 0
    for answer in answers:
        register ^= answer.register
    return b64digest_of(register, SIZE)


def test_ranges_hashed_in_a_process_make_the_files_hash(tmp_path) -> None:
    rng = random.Random(3)
    data, path = part_file(tmp_path, rng)
    worker = HashWorker(use_process=True)
    try:
        assert worker.in_process
        pieces, answers = hash_apart(worker, "film", path, 7, rng)
    finally:
        worker.close()
    assert {(a.start, a.end) for a in answers} == set(pieces)
    assert all(a.token == "film" and a.error is None for a in answers)
    assert whole_digest(answers) == quickxor_b64(data)


def test_a_hashing_process_that_dies_leaves_its_work_to_a_thread(tmp_path) -> None:
    rng = random.Random(4)
    data, path = part_file(tmp_path, rng)
    worker = HashWorker(use_process=True)
    try:
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)
        _, answers = hash_apart(worker, ("film", 1), path, 5, rng)
        assert not worker.in_process
    finally:
        worker.close()
    assert whole_digest(answers) == quickxor_b64(data)


def test_with_the_c_fold_ranges_are_hashed_on_a_thread_with_the_same_hash(tmp_path) -> None:
    """The C fold lets go of the interpreter lock: no process is spawned for it."""
    rng = random.Random(5)
    data, path = part_file(tmp_path, rng)
    worker = HashWorker()
    try:
        assert IMPLEMENTATION == "C" and not worker.in_process and worker.pid is None
        _, answers = hash_apart(worker, "film", path, 6, rng)
    finally:
        worker.close()
    assert whole_digest(answers) == quickxor_b64(data)


def test_a_range_past_the_files_end_is_an_error_not_a_hash(tmp_path) -> None:
    path = tmp_path / "short.c365part"
    path.write_bytes(b"x" * 1000)
    worker = HashWorker()
    try:
        worker.submit("short", str(path), 500, 2000)
        (answer,) = collect(worker, 1)
    finally:
        worker.close()
    assert isinstance(answer.error, OSError) and "ends at 1000" in str(answer.error)
