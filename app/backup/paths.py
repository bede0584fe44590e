"""Server names to safe local names: inside the destination, valid everywhere, never colliding.

A name from Microsoft 365 may hold anything another operating system allowed
someone to type. Every name becomes one path component that is valid on
Windows, macOS and Linux, and two names that the destination's file system
would treat as the same (different case, or Unicode forms that macOS
normalises) get different local names, so one never overwrites the other.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable

MAX_NAME_BYTES = 240          # below the 255-byte (UTF-8) / 255-unit (UTF-16) limits
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
             "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
PART_SUFFIX = ".c365part"     # a file still being downloaded


def safe_name(name: str) -> str:
    """One path component that is valid on Windows, macOS and Linux."""
    name = unicodedata.normalize("NFC", name)
    name = _FORBIDDEN.sub("_", name)
    stripped = name.rstrip(" .")
    if stripped != name:  # Windows drops trailing dots and spaces: keep them visible
        name = stripped + "_" * (len(name) - len(stripped))
    name = name or "_"
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    if stem in _RESERVED:
        name = "_" + name
    if name.endswith(PART_SUFFIX):
        name += "_"
    return _shorten(name, MAX_NAME_BYTES)


def _shorten(name: str, limit: int) -> str:
    """Cut a name to ``limit`` UTF-8 bytes, keeping its extension."""
    if len(name.encode("utf-8")) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext.encode("utf-8")) > 20:
        stem, ext, dot = name, "", ""
    room = limit - len((dot + ext).encode("utf-8"))
    cut = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip(" .") or "_"
    return cut + dot + ext


def collision_key(name: str) -> str:
    """Names equal under this key are the same file on some supported file system."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold())


def numbered(name: str, n: int) -> str:
    """'report.docx' -> 'report (2).docx'."""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = name, "", ""
    suffix = f" ({n})"
    stem = _shorten(stem, MAX_NAME_BYTES - len((suffix + dot + ext).encode("utf-8")))
    return f"{stem}{suffix}{dot}{ext}"


class LocalNames:
    """Hands out unique local paths (relative, '/'-separated) under a destination.

    Seed it with the paths already taken (from the manifest, on resume) so a
    name once given stays given. With ``root`` it also avoids names already in
    the destination but not ours (each folder is read once, and compared by
    collision key, so a case or normalization variant counts as taken too).
    """

    def __init__(self, taken: Iterable[str] = (), *, root: str | None = None) -> None:
        self._taken: set[tuple[str, str]] = set()
        self._root = root
        self._on_disk_keys: dict[str, set[str]] = {}  # folder → collision keys of its entries
        self._folder_keys: dict[str, str] = {}  # folder → its collision key (asked per file)
        for rel in taken:
            self.mark(rel)

    def mark(self, rel: str) -> None:
        parent, _, name = rel.rpartition("/")
        self._taken.add((self._folder_key(parent), collision_key(name)))

    def allocate(self, parent_rel: str, server_name: str) -> str:
        """A new unique path for ``server_name`` inside ``parent_rel`` ('' = the top)."""
        base = safe_name(server_name)
        parent_key = self._folder_key(parent_rel)
        n = 1
        name = base
        while True:
            key = collision_key(name)
            if (parent_key, key) not in self._taken and not self._on_disk(parent_rel, key):
                break
            n += 1
            name = numbered(base, n)
        self._taken.add((parent_key, key))
        return f"{parent_rel}/{name}" if parent_rel else name

    def _folder_key(self, folder_rel: str) -> str:
        key = self._folder_keys.get(folder_rel)
        if key is None:
            key = self._folder_keys[folder_rel] = collision_key(folder_rel)
        return key

    def _on_disk(self, parent_rel: str, key: str) -> bool:
        if self._root is None:
            return False
        keys = self._on_disk_keys.get(parent_rel)
        if keys is None:
            folder = os.path.join(self._root, *parent_rel.split("/")) if parent_rel else self._root
            try:
                keys = {collision_key(entry) for entry in os.listdir(folder)}
            except OSError:  # not there yet (or unreadable: the write will say so)
                keys = set()
            self._on_disk_keys[parent_rel] = keys
        return key in keys


_NOT_A_NAME = frozenset(("", ".", ".."))


def inside(dest: str, rel: str) -> str:
    """The absolute local path for ``rel``; refuses anything that would leave ``dest``.

    Every part must be a plain name: not empty, '.' or '..', without a backslash or a
    colon (a Windows drive or stream). Joined to ``dest``, such parts cannot leave it.
    """
    parts = rel.split("/")
    if "\\" in rel or ":" in rel or not _NOT_A_NAME.isdisjoint(parts):
        raise ValueError("unsafe local path")
    return os.path.join(dest, *parts)
