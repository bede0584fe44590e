"""Find the compiled translations (.qm), compiling them from i18n/*.ts when needed.

A packaged build ships compiled .qm files. A source checkout or a pip install
has only the .ts sources: they are compiled once, with the lrelease that comes
with PySide6, into the user's cache folder.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def _lrelease() -> Path | None:
    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return None


def qm_folder(language: str, source: Path = I18N_DIR) -> Path | None:
    """The folder that holds ``cancel365_<language>.qm``, or None without a translation."""
    stem = f"cancel365_{language}"
    if (source / f"{stem}.qm").exists():
        return source
    ts = source / f"{stem}.ts"
    if not ts.exists():
        return None
    cache = Path(user_cache_dir("Cancel365", appauthor=False)) / "i18n"
    qm = cache / f"{stem}.qm"
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return cache
    tool = _lrelease()
    if tool is None:
        log.warning("No lrelease found: the wizard stays in English.")
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not qm.exists():
        log.warning("Could not compile %s: %s", ts.name, result.stderr.strip())
        return None
    return cache
