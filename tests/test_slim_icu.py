"""tools/slim_icu.py: Qt's ICU data cut to the wizard's languages still sorts and cases them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.slim_icu import items, pack, slim, symbol, wanted

ROOT = Path(__file__).resolve().parent.parent


def qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


def test_what_stays_and_what_goes():
    for name in ("uprops.icu", "coll/ucadata.icu", "zoneinfo64.res", "supplementalData.res",
                 "cnvalias.icu", "res_index.res", "da.res", "da_DK.res", "coll/da.res",
                 "coll/root.res", "lang/nb.res", "unit/sv_FI.res", "curr/pool.res", "en_001.res"):
        assert wanted(name, 1000), name
    for name in ("de.res", "coll/zh.res", "lang/ja.res", "brkitr/cjdict.dict",
                 "translit/root.res", "fil.res"):
        assert not wanted(name, 1000), name
    assert wanted("ibm-5348_P100-1997.cnv", 20_000) and not wanted("gb18030.cnv", 232_816)


@pytest.mark.skipif(qt_icu_data() is None or not (shutil.which("as") and shutil.which("ld")),
                    reason="needs PySide6's Linux ICU and binutils (as, ld)")
def test_the_slim_library_has_the_same_items_and_qt_still_sorts_each_language(tmp_path):
    original = qt_icu_data()
    assert original is not None
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)

    before, after = slim(copy)

    assert after < before / 3
    name, offset, size = symbol(original)
    _, full = items(original.read_bytes()[offset:offset + size])
    full_items = dict(full)
    name2, offset2, size2 = symbol(copy)
    header, kept = items(copy.read_bytes()[offset2:offset2 + size2])
    assert name2 == name and 0 < len(kept) < len(full)
    prefix = full[0][0].split("/", 1)[0] + "/"
    assert [n for n, _ in kept] == [n for n, b in full if wanted(n.removeprefix(prefix), len(b))]
    assert all(blob.rstrip(b"\0") == full_items[n].rstrip(b"\0") for n, blob in kept)
    assert items(pack(header, kept))[1] == kept
    # Qt loads the slim data (LD_LIBRARY_PATH is searched before the libraries' RUNPATH).
    script = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
              "from ui.self_test import check_collation; c = check_collation(); print(c.detail);"
              "import os; print([l for l in open(f'/proc/{os.getpid()}/maps') if 'icudata' in l][0]);"
              "raise SystemExit(0 if c.ok else 1)")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, LD_LIBRARY_PATH=str(tmp_path)), timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert str(tmp_path) in done.stdout
