"""The bundle's file list: no excluded Qt module, every shipped language's .qm, nothing unlisted.

With a built bundle (``CANCEL365_BUNDLE``, set by .ci/run after it builds one, or
dist/cancel365 when it exists) the test reads that bundle's files. Without one, the
bundle test is skipped (it says so) and the allow-list's rules are checked on a fake
collected list of the kind PyInstaller produces; those tests always run.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools.bundle_files import (
    EXCLUDED_QT_MODULES,
    LANGUAGES,
    QT_LANGUAGES,
    excluded_qt_files,
    keep,
    split,
)

ROOT = Path(__file__).resolve().parent.parent


def built_bundle() -> Path | None:
    folder = Path(os.environ.get("CANCEL365_BUNDLE") or ROOT / "dist" / "cancel365")
    return folder if (folder / "_internal").is_dir() else None


def bundle_files(folder: Path) -> list[str]:
    inside = folder / "_internal"
    return [p.relative_to(inside).as_posix() for p in inside.rglob("*") if p.is_file()]


@pytest.mark.skipif(built_bundle() is None, reason="no built bundle (pyinstaller build.spec)")
def test_the_built_bundle_has_no_excluded_qt_module_and_every_translation():
    names = bundle_files(built_bundle())

    assert excluded_qt_files(names) == []
    assert {f"i18n/cancel365_{code}.qm" for code in LANGUAGES} <= set(names)
    qt_catalogs = {n.rsplit("/", 1)[-1] for n in names if "/translations/" in n}
    assert qt_catalogs == {f"qtbase_{code}.qm" for code in QT_LANGUAGES}
    plugins = {n.split("/plugins/", 1)[1] for n in names if "/plugins/" in n}
    assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so"} <= plugins
    assert not any(p.startswith(("imageformats/", "sqldrivers/", "tls/")) for p in plugins)
    assert any(n.startswith("pycurl.libs/libcurl") for n in names)
    assert not any(n.rsplit("/", 1)[-1].startswith(("libX11", "libxcb.", "libgtk", "libtk",
                                                    "libtcl")) for n in names)
    assert not any("tkinter" in n or "/tests/" in n for n in names)
    assert not any(n.startswith(("numpy/", "numpy.libs/")) for n in names)   # quickXorHash is pure
    assert all(keep(n) for n in names if "/" in n and not n.endswith(".pyc")), \
        [n for n in names if "/" in n and not n.endswith(".pyc") and not keep(n)][:10]


# A collected list the way PyInstaller gives it on Linux: (path inside the bundle, source, kind).
COLLECTED = [
    ("PySide6/Qt/lib/libQt6Core.so.6", "", "BINARY"),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "", "BINARY"),
    ("PySide6/Qt/lib/libQt6Qml.so.6", "", "BINARY"),
    ("PySide6/Qt/lib/libQt6Network.so.6", "", "BINARY"),
    ("PySide6/Qt/lib/libicudata.so.73", "", "BINARY"),
    ("PySide6/QtWidgets.abi3.so", "", "EXTENSION"),
    ("PySide6/QtQuick.abi3.so", "", "EXTENSION"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "", "BINARY"),
    ("PySide6/Qt/translations/qtbase_da.qm", "", "DATA"),
    ("PySide6/Qt/translations/qtbase_nn.qm", "", "DATA"),
    ("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"),
    ("PySide6/Qt/translations/qtdeclarative_da.qm", "", "DATA"),
    ("PySide6/Qt/qml/QtQuick/qmldir", "", "DATA"),
    ("PySide6/plugins/platforms/qwindows.dll", "", "BINARY"),       # Windows layout
    ("PySide6/Qt6Network.dll", "", "BINARY"),
    ("select.pyd", "", "EXTENSION"),
    ("python311.dll", "", "BINARY"),
    ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", "", "BINARY"),   # macOS layout
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "", "BINARY"),
    ("pycurl.libs/libcurl-330bcbb6.so.4.8.0", "", "BINARY"),
    ("numpy.libs/libscipy_openblas64_-32a4b2a6.so", "", "BINARY"),
    ("numpy/_core/tests/test_api.py", "", "DATA"),
    ("python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", "", "EXTENSION"),
    ("base_library.zip", "", "DATA"),
    ("libpython3.11.so.1.0", "", "BINARY"),
    ("libssl.so.3", "", "BINARY"),
    ("libX11.so.6", "", "BINARY"),            # the build machine's: the user's system has its own
    ("libgtk-3.so.0", "", "BINARY"),
    ("libxcb.so.1", "", "BINARY"),
    ("libtk8.6.so", "", "BINARY"),
    ("i18n/cancel365_da.qm", "", "DATA"),
    ("resources/demo/tenant.json", "", "DATA"),
]


def test_the_allow_list_keeps_what_the_app_loads_and_drops_the_rest():
    kept, dropped = split(COLLECTED)
    kept_names = {entry[0] for entry in kept}

    assert kept_names == {
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libicudata.so.73", "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qwindows.dll",
        "select.pyd", "python311.dll",
        "PySide6/Qt/translations/qtbase_da.qm", "PySide6/Qt/translations/qtbase_nn.qm",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "pycurl.libs/libcurl-330bcbb6.so.4.8.0",
        "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", "base_library.zip",
        "libpython3.11.so.1.0", "libssl.so.3", "i18n/cancel365_da.qm",
        "resources/demo/tenant.json",
    }
    assert "libX11.so.6" in dropped and "libtk8.6.so" in dropped
    assert "numpy.libs/libscipy_openblas64_-32a4b2a6.so" in dropped   # quickXorHash is pure Python


def test_excluded_qt_modules_are_found_in_a_file_list():
    names = ["PySide6/QtQml.abi3.so", "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt6Sql.dll",
             "PySide6/Qt/lib/libQt6DBus.so.6", "PySide6/QtCore.abi3.so"]

    assert excluded_qt_files(names) == names[:3]
    assert "QtNetwork" in EXCLUDED_QT_MODULES   # Cancel365 speaks HTTP through requests and libcurl
