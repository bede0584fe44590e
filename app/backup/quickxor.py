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
# Register bit t collects bit b of row byte j where (11*j + b) mod 160 == t: one j per b.
# 131 is the inverse of 11 modulo 160.
_SOURCES = np.array([[8 * (((t - b) * 131) % ROW) + b for b in range(8)]
                     for t in range(WIDTH_BITS)], dtype=np.intp)

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
        bits = np.unpackbits(row, bitorder="little")
        register = np.bitwise_xor.reduce(bits[_SOURCES], axis=1)
        out = bytearray(np.packbits(register, bitorder="little").tobytes())
        for i, b in enumerate(self._length.to_bytes(8, "little")):
            out[12 + i] ^= b
        return bytes(out)

    def b64digest(self) -> str:
        return base64.b64encode(self.digest()).decode("ascii")


def quickxor_b64(data: Bytes) -> str:
    """The base64 quickXorHash of ``data``, as Graph reports it."""
    h = QuickXorHash()
    h.update(data)
    return h.b64digest()
