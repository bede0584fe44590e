"""quickXorHash: the published vectors, a plain reference, every chunking, for both folds
(the C one from setup.py and the pure-Python fallback)."""

from __future__ import annotations

import base64
import random
from itertools import pairwise

import pytest

from app.backup import quickxor
from app.backup.quickxor import (
    IMPLEMENTATION,
    CQuickXorHash,
    PythonQuickXorHash,
    QuickXorHash,
    at_offset,
    b64digest_of,
)

FOLDS = [CQuickXorHash, PythonQuickXorHash]


@pytest.fixture(params=FOLDS, ids=["C", "Python"])
def fold(request: pytest.FixtureRequest) -> type:
    return request.param


def quickxor_b64(data: bytes, fold: type = QuickXorHash) -> str:
    h = fold()
    h.update(data)
    return h.b64digest()

VECTORS = [
    (b"", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
    (b"hello world", "aCgDG9jwBhDc4Q1yawMZAAAAAAA="),
    (base64.b64decode("Sg=="), "SgAAAAAAAAAAAAAAAQAAAAAAAAA="),
    (base64.b64decode("tbQ="), "taAFAAAAAAAAAAAAAgAAAAAAAAA="),
]


def reference(data: bytes) -> str:
    """The algorithm as the facts file states it, one byte at a time."""
    register = 0
    for i, byte in enumerate(data):
        shift = (11 * i) % 160
        value = byte << shift
        register ^= (value | (value >> 160)) & ((1 << 160) - 1)
    out = bytearray(register.to_bytes(20, "little"))
    for i, b in enumerate(len(data).to_bytes(8, "little")):
        out[12 + i] ^= b
    return base64.b64encode(bytes(out)).decode()


@pytest.mark.parametrize(("data", "expected"), VECTORS)
def test_published_vectors(data: bytes, expected: str, fold: type) -> None:
    assert quickxor_b64(data, fold) == expected
    assert quickxor.quickxor_b64(data) == expected
    assert reference(data) == expected


def test_random_data_matches_the_reference(fold: type) -> None:
    rng = random.Random(5)
    for size in [1, 7, 159, 160, 161, 319, 320, 1000, 4096, 10_007, 20_000]:
        data = rng.randbytes(size)
        assert quickxor_b64(data, fold) == reference(data), size


def test_every_chunking_from_1_to_512_bytes(fold: type) -> None:
    data = random.Random(7).randbytes(2_000)
    expected = reference(data)
    for chunk in range(1, 513):
        h = fold()
        for start in range(0, len(data), chunk):
            h.update(data[start:start + chunk])
        assert h.b64digest() == expected, chunk


def test_uneven_chunks_and_buffer_types_agree(fold: type) -> None:
    rng = random.Random(11)
    data = rng.randbytes(300_000)
    h = fold()
    pos = 0
    while pos < len(data):
        step = rng.choice([1, 3, 159, 160, 161, 4096, 65_537])
        piece = data[pos:pos + step]
        h.update(bytearray(piece) if step % 2 else memoryview(piece))
        pos += step
    assert h.b64digest() == quickxor_b64(data, PythonQuickXorHash) == quickxor_b64(data, CQuickXorHash)
    assert quickxor_b64(data[:5000], fold) == reference(data[:5000])


def test_pieces_placed_at_their_offsets_combine_in_any_order(fold: type) -> None:
    """What lets a big file's parts be hashed apart (hash_worker.py, parts.py)."""
    rng = random.Random(11)
    for size in (0, 1, 159, 160, 161, 5_000, 100_003):
        data = rng.randbytes(size)
        for _ in range(8):
            cuts = sorted(rng.sample(range(1, size), min(size - 1, rng.randint(1, 6)))) \
                if size > 1 else []
            pieces = list(pairwise([0, *cuts, size]))
            rng.shuffle(pieces)
            register = 0
            for start, end in pieces:
                h = fold()
                h.update(data[start:end])
                register ^= at_offset(h.register(), start)
            assert b64digest_of(register, size) == reference(data)


def test_the_c_fold_is_built_and_chosen() -> None:
    """The install builds _quickxor.c (setup.py); losing it would make every backup's
    hashing about ten times slower without a word, so the test suite says so."""
    assert IMPLEMENTATION == "C"
    assert QuickXorHash is CQuickXorHash


def test_the_c_fold_refuses_a_wrong_row_and_keeps_no_lock_on_errors() -> None:
    from app.backup._quickxor import fold as c_fold

    with pytest.raises(ValueError, match="160-byte row"):
        c_fold(bytearray(159), 0, b"x")
    with pytest.raises(ValueError, match="phase"):
        c_fold(bytearray(160), 160, b"x")
    with pytest.raises(TypeError):
        c_fold(b"\0" * 160, 0, b"x")  # the row must be writable
    row = bytearray(160)
    assert c_fold(row, 159, b"ab") == 2
    assert row[159] == ord("a") and row[0] == ord("b")
    row.extend(b"more")  # no buffer of the row is left held after the calls
    assert len(row) == 164


def test_a_big_update_from_another_thread_while_this_one_hashes() -> None:
    """The C fold lets go of the interpreter lock for big buffers: two threads hashing at
    once still give each its own right answer."""
    import threading

    rng = random.Random(3)
    blobs = [rng.randbytes(3_000_000 + i) for i in range(2)]
    answers: list[str] = ["", ""]

    def run(i: int) -> None:
        h = CQuickXorHash()
        for pos in range(0, len(blobs[i]), 1 << 20):
            h.update(memoryview(blobs[i])[pos:pos + (1 << 20)])
        answers[i] = h.b64digest()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [quickxor_b64(b, PythonQuickXorHash) for b in blobs]
