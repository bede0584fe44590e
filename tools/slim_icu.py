"""Qt's ICU data for the bundle, cut down to what Cancel365's languages need (Linux).

PySide6's Linux wheel ships ICU with its whole data (libicudata.so.NN, 31 MB:
every locale's names, units, currencies and collations, CJK word dictionaries,
190 legacy converters). Qt links it for casing, collation, locale data and
converters, so the library must be there, but the bundle needs only:

- everything that is not per-locale (Unicode properties, normalization, time
  zones, plural rules, the converter alias table, …);
- the per-locale data of root, English, Danish, Swedish, Dutch and Norwegian
  (``no``/``nb``/``nn``), in every tree (names, units, currencies, collation,
  break rules); a locale that is gone falls back to root, as ICU does for any
  locale it lacks;
- the single-byte converters (under 40 KB each), not the big CJK tables;
- no word dictionaries (Chinese, Japanese, Thai, Khmer, Lao, Burmese) and no
  transliterators: Qt uses neither.

The data is ICU's common-data format (a table of contents, then items aligned
to 16 bytes), read out of the library by its exported symbol ``icudtNN_dat`` and
written back as a new library with the same soname and symbol, with ``as`` and
``ld`` (binutils). ``python tools/slim_icu.py LIB`` rewrites LIB in place.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES = ("root", "en", "da", "sv", "nl", "no", "nb", "nn")
MAX_CONVERTER = 40_000   # bytes: the single-byte tables; the CJK ones are 100-550 KB
DROPPED_TREES = ("translit",)
_LOCALE = re.compile(r"^(?:[a-z]{2,3}|root)(?:_[A-Za-z0-9]+)*\.res$")
_ALIGN = 16


def wanted(name: str, size: int) -> bool:
    """Whether an item of the data (its name without the ``icudtNNl/`` prefix) stays."""
    tree, _, base = name.rpartition("/")
    if tree in DROPPED_TREES or base.endswith(".dict"):
        return False
    if base.endswith(".cnv"):
        return size <= MAX_CONVERTER
    if base in ("res_index.res", "pool.res") or not _LOCALE.match(base):
        return True     # not a locale's own data
    locale = base.removesuffix(".res")
    return any(locale == code or locale.startswith(code + "_") for code in LOCALES)


def items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The common data's header and its (name, bytes) items, in table order."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not ICU common data")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    out = []
    for i, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(data) - header_size
        out.append((name, data[header_size + data_at:header_size + end]))
    return data[:header_size], out


def pack(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """Common data again: the same header, a table of contents, the names, the items."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    toc_size = 4 + 8 * len(kept)
    first = len(header) + toc_size + len(names)
    first += -first % _ALIGN
    body, offsets, at = [], [], first
    for _, blob in kept:
        offsets.append(at - len(header))
        padded = blob + b"\0" * (-len(blob) % _ALIGN)
        body.append(padded)
        at += len(padded)
    toc = [struct.pack("<I", len(kept))]
    name_at = toc_size
    for (name, _), data_at in zip(kept, offsets, strict=True):
        toc.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
    head = header + b"".join(toc) + names
    return head + b"\0" * (first - len(head)) + b"".join(body)


def symbol(library: Path) -> tuple[str, int, int]:
    """The exported data symbol's name, file offset and size (readelf, from binutils)."""
    syms = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)], check=True,
                          capture_output=True, text=True).stdout
    match = re.search(r"([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)",
                      syms)
    if not match:
        raise ValueError(f"no icudtNN_dat in {library}")
    value, size, section = int(match.group(1), 16), int(match.group(2), 0), int(match.group(3))
    sections = subprocess.run(["readelf", "-W", "-S", str(library)], check=True,
                              capture_output=True, text=True).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if not row:
        raise ValueError(f"no section {section} in {library}")
    address, offset = int(row.group(1), 16), int(row.group(2), 16)
    return match.group(4), value - address + offset, size


def slim(library: Path) -> tuple[int, int]:
    """Rewrite ``library`` with the cut-down data; returns its size before and after."""
    name, offset, size = symbol(library)
    blob = library.read_bytes()[offset:offset + size]
    header, everything = items(blob)
    prefix = everything[0][0].split("/", 1)[0] + "/"          # icudt73l/
    kept = [(n, b) for n, b in everything if wanted(n.removeprefix(prefix), len(b))]
    before = library.stat().st_size
    soname = library.name
    with tempfile.TemporaryDirectory() as work:
        dat = Path(work, "data.dat")
        dat.write_bytes(pack(header, kept))
        Path(work, "data.s").write_text(
            f'\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n'
            f'{name}:\n\t.incbin "{dat}"\n\t.size {name}, .-{name}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        subprocess.run(["as", "-o", f"{work}/data.o", f"{work}/data.s"], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-o", f"{work}/{soname}",
                        f"{work}/data.o"], check=True)
        shutil.copyfile(Path(work, soname), library)
    return before, library.stat().st_size


def main(argv: list[str]) -> int:
    for arg in argv:
        before, after = slim(Path(arg))
        print(f"slim_icu: {arg}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
