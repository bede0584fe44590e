"""quickXorHash, the content hash OneDrive for Business and SharePoint publish.

Byte i of the input is XORed into a 160-bit register at bit offset
(11 * i) mod 160. Bytes 160 apart land on the same offset, so the input is
first XOR-folded into one 160-byte row and the row is spread over the register
once, at the end. The 64-bit little-endian length is XORed into the last 8
bytes of the result.

The folding runs in numpy (a reduction over 20 uint64 columns), which goes at
memory speed and releases the GIL, so download workers hash in parallel.
"""

from __future__ import annotations

import base64

import numpy as np

WIDTH_BITS = 160
ROW = 160  # bytes: the period after which offsets repeat
_WORDS = ROW // 8

_MASK = (1 << WIDTH_BITS) - 1
# Row byte j lands at bit offset 11*j mod 160 (all different, since 11 and 160 are coprime).
# The bytes whose offsets share a remainder mod 8 sit exactly a byte apart, so each of
# those 8 groups is a plain 20-byte number shifted by its remainder: _GROUPS orders the
# row's bytes group after group, each by offset.
_GROUPS = np.array([j for c in range(8) for j in sorted(
    (j for j in range(ROW) if (11 * j) % 8 == c), key=lambda j: (11 * j) % WIDTH_BITS)],
    dtype=np.intp)

Bytes = bytes | bytearray | memoryview


class QuickXorHash:
    """Streaming quickXorHash: feed chunks of any size, in order."""

    def __init__(self) -> None:
        self._row = np.zeros(_WORDS, dtype=np.uint64)  # the folded row of whole rows
        self._length = 0                                # bytes seen so far
        self._pending = bytearray()                     # start of a row not yet whole

    def update(self, data: Bytes) -> None:
        view = memoryview(data).cast("B")
        size = len(view)
        if not size:
            return
        self._length += size
        start = 0
        if self._pending:
            start = min(size, ROW - len(self._pending))
            self._pending += view[:start]
            if len(self._pending) < ROW:
                return
            self._fold(memoryview(self._pending))
            self._pending = bytearray()
        whole = (size - start) - (size - start) % ROW
        if whole:
            self._fold(view[start:start + whole])
        self._pending += view[start + whole:]

    def _fold(self, rows: memoryview) -> None:
        words = np.frombuffer(rows, dtype="<u8").reshape(-1, _WORDS)
        self._row ^= np.bitwise_xor.reduce(words, axis=0)

    def digest(self) -> bytes:
        row = np.frombuffer(self._row.astype("<u8").tobytes(), dtype=np.uint8).copy()
        row[:len(self._pending)] ^= np.frombuffer(bytes(self._pending), dtype=np.uint8)
        grouped = row[_GROUPS].tobytes()
        register = 0
        for c in range(8):
            x = int.from_bytes(grouped[20 * c:20 * c + 20], "little")
            register ^= ((x << c) | (x >> (WIDTH_BITS - c))) & _MASK
        register ^= self._length << (WIDTH_BITS - 64)  # the length, into the last 8 bytes
        return register.to_bytes(WIDTH_BITS // 8, "little")

    def b64digest(self) -> str:
        return base64.b64encode(self.digest()).decode("ascii")


def quickxor_b64(data: Bytes) -> str:
    """The base64 quickXorHash of ``data``, as Graph reports it."""
    h = QuickXorHash()
    h.update(data)
    return h.b64digest()
