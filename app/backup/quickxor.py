"""quickXorHash, the content hash OneDrive for Business and SharePoint publish.

Byte i of the input is XORed into a 160-bit register at bit offset
(11 * i) mod 160. Bytes 160 apart land on the same offset, so the input is
first XOR-folded into one 160-byte row and the row is spread over the register
once, at the end. The 64-bit little-endian length is XORed into the last 8
bytes of the result.

The folding is done by ``_quickxor.c`` where it was built (setup.py; it is
optional): 8 bytes at a time with the interpreter lock released, 19-29 GB/s
on one core here. Without it, :class:`PythonQuickXorHash` folds in plain Python
at near C speed: each piece of whole rows becomes one big int
(``int.from_bytes``, little-endian, so byte k of the piece is bits 8k..8k+7)
and is XORed into an accumulator as wide as one piece. Row boundaries line up
because every piece starts on one; the accumulator's rows are folded into one
only when the register is read. Both operations are linear loops inside CPython
(no per-byte Python), about 2 GB/s on one core here, holding the lock.
:data:`QuickXorHash` is the faster of the two that is here; both give the same
hashes (tests/test_backup_quickxor.py runs every test on each).
"""

from __future__ import annotations

import base64
import operator

try:
    from app.backup._quickxor import fold as _fold_in_c
except ImportError:  # built without a C compiler at hand: fold in Python (same hashes)
    _fold_in_c = None

WIDTH_BITS = 160
ROW = 160  # bytes: the period after which offsets repeat
_ROW_BITS = ROW * 8
# Bytes per big-int piece: a multiple of ROW. Wide enough that the per-piece Python
# overhead is small, narrow enough to stay in the CPU's cache (measured: 10-40 KiB best).
PIECE = ROW * 128

_MASK = (1 << WIDTH_BITS) - 1
# Row byte j lands at bit offset 11*j mod 160 (all different, since 11 and 160 are coprime).
# The bytes whose offsets share a remainder mod 8 sit exactly a byte apart, so each of
# those 8 groups is a plain 20-byte number shifted by its remainder: _GROUPS orders the
# row's bytes group after group, each by offset.
_GROUPS = tuple(j for c in range(8) for j in sorted(
    (j for j in range(ROW) if (11 * j) % 8 == c), key=lambda j: (11 * j) % WIDTH_BITS))
_GROUPED = operator.itemgetter(*_GROUPS)  # a row's bytes in _GROUPS' order, in one C call

Bytes = bytes | bytearray | memoryview


def _fold_rows(value: int) -> bytes:
    """XOR the 160-byte rows of ``value`` (row 0 in its lowest bits) into one row."""
    rows = -(-value.bit_length() // _ROW_BITS)
    while rows > 1:
        low = rows // 2            # rows [0, low) against rows [low, rows)
        bits = low * _ROW_BITS
        value = (value & ((1 << bits) - 1)) ^ (value >> bits)
        rows -= low
    return value.to_bytes(ROW, "little")


class _Hash:
    """What both folds share: the register from the folded row, the digest, the length."""

    __slots__ = ()
    _length: int

    def _row(self) -> bytes:
        """The input so far, XOR-folded into one 160-byte row (row byte j: every input byte
        at a position = j mod 160)."""
        raise NotImplementedError

    @property
    def length(self) -> int:
        """Bytes seen so far."""
        return self._length

    def register(self) -> int:
        """The 160-bit register of the bytes seen so far, as if they began at offset 0 and
        before the length is mixed in: :func:`at_offset` places it elsewhere in a file."""
        grouped = bytes(_GROUPED(self._row()))
        register = 0
        for c in range(8):
            x = int.from_bytes(grouped[20 * c:20 * c + 20], "little")
            register ^= _rotate(x, c)
        return register

    def digest(self) -> bytes:
        return digest_of(self.register(), self._length)

    def b64digest(self) -> str:
        return b64digest_of(self.register(), self._length)


class CQuickXorHash(_Hash):
    """Streaming quickXorHash folded by ``_quickxor.c``: feed chunks of any size, in order."""

    __slots__ = ("_fold", "_folded", "_length")

    def __init__(self) -> None:
        if _fold_in_c is None:
            raise RuntimeError("app/backup/_quickxor.c was not built here")
        self._fold = _fold_in_c
        self._folded = bytearray(ROW)
        self._length = 0

    def update(self, data: Bytes) -> None:
        self._length += self._fold(self._folded, self._length % ROW, data)

    def _row(self) -> bytes:
        return bytes(self._folded)


class PythonQuickXorHash(_Hash):
    """Streaming quickXorHash folded in plain Python: feed chunks of any size, in order."""

    def __init__(self) -> None:
        self._acc = 0                 # whole rows so far, XORed piece on piece (<= PIECE bytes)
        self._length = 0              # bytes seen so far
        self._pending = bytearray()   # start of a row not yet whole

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
            self._acc ^= int.from_bytes(self._pending, "little")
            self._pending = bytearray()
        end = size - (size - start) % ROW  # whole rows: [start, end)
        if end > start:
            acc = self._acc
            from_bytes = int.from_bytes
            for pos in range(start, end, PIECE):
                acc ^= from_bytes(view[pos:min(pos + PIECE, end)], "little")
            self._acc = acc
        self._pending += view[end:]

    def _row(self) -> bytes:
        # The pending bytes start a row, so as a number they sit in row 0.
        return _fold_rows(self._acc ^ int.from_bytes(self._pending, "little"))


QuickXorHash: type[CQuickXorHash] | type[PythonQuickXorHash] = \
    CQuickXorHash if _fold_in_c is not None else PythonQuickXorHash
IMPLEMENTATION = "C" if _fold_in_c is not None else "Python"  # for the log and the self-test


def at_offset(register: int, offset: int) -> int:
    """A piece's :meth:`QuickXorHash.register` as it counts in a file where the piece starts
    at byte ``offset``: byte i lands at bit 11*i mod 160 of a register that wraps around,
    so a later start only turns the piece's bits further round. The pieces of a file, each
    placed at its offset and XORed together, give the whole file's register, in any order."""
    return _rotate(register, (11 * offset) % WIDTH_BITS)


def _rotate(x: int, shift: int) -> int:
    """``x`` turned ``shift`` bits round the 160-bit register (left, wrapping)."""
    return ((x << shift) | (x >> (WIDTH_BITS - shift))) & _MASK


def digest_of(register: int, length: int) -> bytes:
    """The hash of a file of ``length`` bytes whose register (every piece placed) is given."""
    register ^= length << (WIDTH_BITS - 64)  # the length, into the last 8 bytes
    return register.to_bytes(WIDTH_BITS // 8, "little")


def b64digest_of(register: int, length: int) -> str:
    return base64.b64encode(digest_of(register, length)).decode("ascii")


def quickxor_b64(data: Bytes) -> str:
    """The base64 quickXorHash of ``data``, as Graph reports it."""
    h = QuickXorHash()
    h.update(data)
    return h.b64digest()
