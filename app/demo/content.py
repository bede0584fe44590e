"""The bytes of the demo tenant's files, made up on demand from a seed.

A file's content is a 64 KiB block derived from its seed, repeated, with the
block number written into the first 8 bytes of every block so that a reader
who resumes at the wrong offset gets different bytes. Nothing is stored, so
a 2 GiB test file costs no memory.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from functools import lru_cache

from app.backup.quickxor import QuickXorHash

BLOCK = 64 * 1024


@lru_cache(maxsize=64)
def _base_block(seed: str) -> bytes:
    return random.Random(seed).randbytes(BLOCK)


def read(seed: str, size: int, start: int = 0, end: int | None = None,
         chunk: int = 256 * 1024) -> Iterator[bytes]:
    """The bytes from ``start`` to ``end`` (exclusive) of a file, in chunks."""
    end = size if end is None else min(end, size)
    base = _base_block(seed)
    pos = start
    while pos < end:
        out = bytearray()
        while pos < end and len(out) < chunk:
            block_no, offset = divmod(pos, BLOCK)
            block = block_no.to_bytes(8, "little") + base[8:]
            take = min(BLOCK - offset, end - pos, chunk - len(out))
            out += block[offset:offset + take]
            pos += take
        yield bytes(out)


_hash_lock = threading.Lock()
_hashes: dict[tuple[str, int], str] = {}


def quickxor(seed: str, size: int) -> str:
    """quickXorHash of a generated file (cached: large files take a while)."""
    key = (seed, size)
    with _hash_lock:
        if key in _hashes:
            return _hashes[key]
    h = QuickXorHash()
    for piece in read(seed, size, chunk=4 * 1024 * 1024):
        h.update(piece)
    value = h.b64digest()
    with _hash_lock:
        _hashes[key] = value
    return value
