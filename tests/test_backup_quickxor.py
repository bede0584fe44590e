"""quickXorHash: the published vectors, a plain reference, every chunking."""

from __future__ import annotations

import base64
import random
from itertools import pairwise

import pytest

from app.backup.quickxor import QuickXorHash, at_offset, b64digest_of, quickxor_b64

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
def test_published_vectors(data: bytes, expected: str) -> None:
    assert quickxor_b64(data) == expected
    assert reference(data) == expected


def test_random_data_matches_the_reference() -> None:
    rng = random.Random(5)
    for size in [1, 7, 159, 160, 161, 319, 320, 1000, 4096, 10_007]:
        data = rng.randbytes(size)
        assert quickxor_b64(data) == reference(data), size


def test_every_chunking_from_1_to_512_bytes() -> None:
    data = random.Random(7).randbytes(2_000)
    expected = reference(data)
    for chunk in range(1, 513):
        h = QuickXorHash()
        for start in range(0, len(data), chunk):
            h.update(data[start:start + chunk])
        assert h.b64digest() == expected, chunk


def test_uneven_chunks_and_buffer_types_agree() -> None:
    rng = random.Random(11)
    data = rng.randbytes(300_000)
    h = QuickXorHash()
    pos = 0
    while pos < len(data):
        step = rng.choice([1, 3, 159, 160, 161, 4096, 65_537])
        piece = data[pos:pos + step]
        h.update(bytearray(piece) if step % 2 else memoryview(piece))
        pos += step
    assert h.b64digest() == quickxor_b64(data)
    assert quickxor_b64(data[:5000]) == reference(data[:5000])


def test_pieces_placed_at_their_offsets_combine_in_any_order() -> None:
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
                h = QuickXorHash()
                h.update(data[start:end])
                register ^= at_offset(h.register(), start)
            assert b64digest_of(register, size) == reference(data)
