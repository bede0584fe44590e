"""What goes into the PyInstaller bundle: an allow-list, so the build machine cannot add to it.

build.spec passes every collected binary and data file through :func:`keep`;
whatever is not named here is left out (and listed in build/dropped-files.txt).
System libraries (libX11, libxcb, fontconfig, GL, GTK, …) are never bundled:
they come from the user's system, as on any Linux desktop. tests/test_bundle.py
checks a built bundle's file list (or these rules) against the same names.
"""

from __future__ import annotations

import fnmatch
import re

# Languages the wizard speaks besides English, and Qt's catalog for each (nb uses nn).
LANGUAGES = ("da", "sv", "nl", "nb")
QT_LANGUAGES = ("da", "sv", "nl", "nn")

# The Qt modules Cancel365 imports (app/ and ui/ use QtCore, QtGui and QtWidgets) and the Qt
# libraries the kept platform plugins need (DBus for xcb/wayland and input methods).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
QT_LIBRARIES = ("Core", "Gui", "Widgets", "DBus", "XcbQpa", "WaylandClient")
# Platform plugins: X11, Wayland, offscreen, Windows, macOS. Everything else under plugins/ goes.
QT_PLUGINS = (
    "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
    "platforms/qwindows.dll", "platforms/qoffscreen.dll",
    "platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib",
    "wayland-shell-integration/libxdg-shell.so",         # the Wayland shell every desktop has
    "wayland-decoration-client/libbradient.so",           # window decorations on Wayland
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",   # dead keys: æ, ø, å
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    "styles/qmodernwindowsstyle.dll",                      # the native Windows 11 look
    "styles/libqmacstyle.dylib",                           # the native macOS look
)
# Qt modules and libraries that must never be in the bundle (tests/test_bundle.py checks).
EXCLUDED_QT_MODULES = (
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtOpenGL", "QtOpenGLWidgets",
    "QtNetwork", "QtSql", "QtSvg", "QtSvgWidgets", "QtTest", "QtDesigner", "QtHelp", "QtPdf",
    "QtPrintSupport", "QtUiTools", "QtXml", "QtConcurrent", "QtWebEngineCore", "QtMultimedia",
    "Qt3DCore", "QtCharts", "QtDataVisualization", "QtDBus",
)
# Python modules build.spec excludes: not used by the app, or test code.
EXCLUDED_PYTHON = (
    "tkinter", "_tkinter", "unittest", "pytest", "_pytest", "pytestqt", "pytest_timeout",
    "trustme", "ruff", "pydoc_data", "lib2to3",
    "IPython", "matplotlib", "setuptools", "pkg_resources", "distutils", "tests", "tools",
    "numpy",   # quickXorHash folds in C (app/backup/_quickxor.c); numpy + OpenBLAS were 38 MB
    "benchmarks",
    *(f"PySide6.{m}" for m in EXCLUDED_QT_MODULES),
)

# Shared libraries outside Qt that may be bundled, by file name. Python's own (and the
# libraries its standard extension modules link), and what wheels ship in their .libs folders.
_PYTHON_LIBS = (
    "libpython3*", "python3*.dll", "python3*", "Python",
    "libssl*", "libcrypto*", "libffi*", "libz.so*", "libbz2*", "liblzma*", "libexpat*",
    "libsqlite3*", "libmpdec*", "libuuid*", "libreadline*", "libncursesw*", "libtinfo*",
    "libcrypt.so*", "libgdbm*", "libnsl*", "libtirpc*",
    "vcruntime*.dll", "msvcp*.dll", "ucrtbase.dll", "api-ms-win-*.dll", "concrt*.dll",
    "sqlite3.dll", "libffi-*.dll", "libssl-*.dll", "libcrypto-*.dll", "zlib*.dll",
    "libcurl*.dll",          # pycurl's libcurl when a Windows wheel keeps it beside the .pyd
    "libz.*.dylib", "libffi.*.dylib", "libssl.*.dylib", "libcrypto.*.dylib",
)
# Folders whose every file is ours or a wheel's own (Python code's extensions and libs).
_PACKAGE_FOLDERS = (
    "app", "ui", "resources", "i18n", "lib-dynload", "pycurl.libs",
    "cryptography", "cffi", "charset_normalizer", "shiboken6", "certifi", "dns", "msal",
    "keyring", "jeepney", "secretstorage", "requests", "urllib3", "idna", "jwt", "platformdirs",
    "jaraco", "more_itertools", "importlib_metadata", "zipp", "backports", "win32", "win32ctypes",
    "pywin32_system32", "pycurl", "base_library.zip",
)
_QT_LIB = re.compile(r"(?:lib)?Qt6(\w+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib|\.framework.*)$")


def _name(dest: str) -> str:
    return dest.replace("\\", "/").rsplit("/", 1)[-1]


def keep(dest: str) -> bool:
    """Whether a file that PyInstaller collected (its path inside the bundle) may stay."""
    path = dest.replace("\\", "/")
    name = _name(path)
    if path.startswith("PySide6/"):
        return _keep_pyside(path[len("PySide6/"):])
    if re.match(r"(python3\.\d+/)?lib-dynload/", path) or path == "base_library.zip":
        return True   # Python's standard library: its extension modules and the zipped core
    top = path.split("/", 1)[0]
    if "/" in path and (top in _PACKAGE_FOLDERS or top.endswith((".dist-info", ".egg-info"))):
        return not any(part in ("tests", "testing") for part in path.split("/"))
    if "/" not in path and top.split(".", 1)[0] in _PACKAGE_FOLDERS:
        return True   # an extension module at the top: pycurl.cpython-311-….so, _cffi_backend…
    if "/" not in path and (name.endswith(".pyd") or ".cpython-3" in name):
        return True   # a standard-library extension module at the top (Windows: _ssl.pyd, select.pyd)
    return any(fnmatch.fnmatch(name, pattern) for pattern in _PYTHON_LIBS)


_FRAMEWORK = re.compile(r"lib/Qt(\w+)\.framework/")


def _keep_pyside(rest: str) -> bool:
    """Inside PySide6/: Qt/plugins, Qt/lib on Linux and macOS; plugins/ and the DLLs on Windows."""
    rest = rest.removeprefix("Qt/")
    name = _name(rest)
    if rest.startswith("plugins/"):
        return rest[len("plugins/"):] in QT_PLUGINS
    if rest.startswith("translations/"):
        return name in {f"qtbase_{code}.qm" for code in QT_LANGUAGES}
    framework = _FRAMEWORK.match(rest)
    if framework:
        return framework.group(1) in QT_LIBRARIES
    if rest.startswith(("lib/", "bin/")) or rest.count("/") == 0:
        qt = _QT_LIB.match(name)
        if qt:
            return qt.group(1) in QT_LIBRARIES
        if name.startswith(("libicu", "icu")):
            return True    # Qt's own ICU (Linux wheel)
        module = name.split(".", 1)[0]
        if module.startswith("Qt"):
            return module in QT_MODULES
        return not name.endswith((".pyi", ".exe")) and name not in ("lrelease", "lupdate")
    return False


def split(files: list[tuple[str, ...]]) -> tuple[list[tuple[str, ...]], list[str]]:
    """PyInstaller's TOC entries (dest, source, kind) split into kept entries and dropped names."""
    kept, dropped = [], []
    for entry in files:
        (kept if keep(entry[0]) else dropped).append(entry)
    return kept, sorted(str(e[0]) for e in dropped)


def excluded_qt_files(names: list[str]) -> list[str]:
    """Files of a bundle (paths inside it) that belong to an excluded Qt module."""
    bad = []
    for name in names:
        base = _name(name)
        module = base.split(".", 1)[0]
        qt = _QT_LIB.match(base)
        if module in EXCLUDED_QT_MODULES or (qt and f"Qt{qt.group(1)}" in EXCLUDED_QT_MODULES
                                             and qt.group(1) not in QT_LIBRARIES):
            bad.append(name)
    return bad
