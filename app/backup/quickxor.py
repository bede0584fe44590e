"""quickXorHash, the content hash OneDrive for Business and SharePoint publish.

Byte i of the input is XORed into a 160-bit register at bit offset
(11 * i) mod 160. Bytes 160 apart land on the same offset, so the input is
first XOR-folded into one 160-byte row (done here on Python big integers,
which keeps the work in C), and the row is spread over the register once, at
the end. The 64-bit little-endian length is XORed into the last 8 bytes.
"""

from __future__ import annotations

import base64

WIDTH_BITS = 160
ROW = 160  # bytes: the period after which offsets repeat
_ROW_BITS = ROW * 8
_MASK160 = (1 << WIDTH_BITS) - 1
_ROW_MASK = (1 << _ROW_BITS) - 1


def _fold(value: int, rows: int) -> int:
    """XOR together ``rows`` 160-byte rows packed little-endian in ``value``."""
    acc = 0
    while rows > 1:
        if rows & 1:
            acc ^= value & _ROW_MASK
            value >>= _ROW_BITS
            rows -= 1
        half_bits = (rows // 2) * _ROW_BITS
        value = (value >> half_bits) ^ (value & ((1 << half_bits) - 1))
        rows //= 2
    return acc ^ value


class QuickXorHash:
    """Streaming quickXorHash: feed chunks of any size, in order."""

    def __init__(self) -> None:
        self._row = 0          # the folded 160-byte row, little-endian
        self._length = 0       # bytes seen so far
        self._pending = b""    # bytes not yet making a whole aligned row

    def update(self, data: bytes | bytearray | memoryview) -> None:
        data = bytes(data) if not isinstance(data, bytes) else data
        if not data:
            return
        self._length += len(data)
        if self._pending:
            data = self._pending + data
        whole = len(data) - len(data) % ROW
        if whole:
            self._row ^= _fold(int.from_bytes(data[:whole], "little"), whole // ROW)
        self._pending = data[whole:]

    def digest(self) -> bytes:
        row = self._row ^ int.from_bytes(self._pending, "little")
        register = 0
        for j in range(ROW):
            byte = (row >> (8 * j)) & 0xFF
            if byte:
                shift = (11 * j) % WIDTH_BITS
                value = byte << shift
                register ^= (value | (value >> WIDTH_BITS)) & _MASK160
        out = bytearray(register.to_bytes(20, "little"))
        for i, b in enumerate(self._length.to_bytes(8, "little")):
            out[12 + i] ^= b
        return bytes(out)

    def b64digest(self) -> str:
        return base64.b64encode(self.digest()).decode("ascii")


def quickxor_b64(data: bytes) -> str:
    """The base64 quickXorHash of ``data``, as Graph reports it."""
    h = QuickXorHash()
    h.update(data)
    return h.b64digest()
