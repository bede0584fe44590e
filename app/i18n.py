"""Which language to speak, and loading its translations (QtCore only, no widgets).

The wizard and the commands (``cancel365 dns``) share these. A packaged build
ships compiled .qm files; a source checkout or a pip install has only the
i18n/*.ts sources, compiled once with the lrelease that comes with PySide6
into the user's cache folder.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "da", "sv", "nl", "nb")
# Each language by its own name, for the language menus (never translated).
NATIVE_NAMES = {"en": "English", "da": "Dansk", "sv": "Svenska", "nl": "Nederlands",
                "nb": "Norsk bokmål"}
QT_FALLBACK = {"nb": "nn"}   # our language -> the Qt translation used for Qt's own texts
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def pick_language(requested: str | None) -> str:
    """The requested language, else the system's if we have it, else English."""
    code = (requested or QLocale.system().name()).lower().replace("_", "-").split("-")[0]
    if code in ("no", "nn"):
        code = "nb"
    return code if code in LANGUAGES else "en"


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
    import zlib  # only a source checkout compiles: a packaged build has its .qm files

    from platformdirs import user_cache_dir

    # One folder per .ts content: two installs (or checkouts) of different versions share the
    # user's cache without one's compiled file passing for the other's (a file time cannot tell).
    # The length and CRC-32 name the content well enough for a cache, and zlib is loaded at
    # start-up anyway, where hashlib (OpenSSL) would cost 2 ms of the first page's time.
    content = ts.read_bytes()
    digest = f"{len(content):x}-{zlib.crc32(content):08x}"
    cache = Path(user_cache_dir("Cancel365", appauthor=False)) / "i18n" / digest
    qm = cache / f"{stem}.qm"
    if qm.exists():
        return cache
    import subprocess
    tool = _lrelease()
    if tool is None:
        log.warning("No lrelease found: Cancel365 stays in English.")
        return None
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / f"{stem}.{os.getpid()}.qm"   # never a half-written .qm under the real name
    result = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(partial)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not partial.exists():
        log.warning("Could not compile %s: %s", ts.name, result.stderr.strip())
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, qm)
    return cache


_installed: list[QTranslator] = []   # what the last install() put in: a switch takes it out
_current = ["en"]


def current() -> str:
    """The language the last :func:`install` loaded ("en" before any)."""
    return _current[0]


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Cancel365's own and Qt's translations for ``language`` (keep the result alive).

    Also a runtime switch: the translators an earlier call installed are removed
    first, so Qt sends ``LanguageChange`` to every widget and each retranslates.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = language
    QLocale.setDefault(QLocale(language))
    loaded: list[QTranslator] = []
    if language == "en":
        # English carries only its plural forms ("1 user", "3 users"; tools/update_translations.py).
        own = qm_folder("en")
        translator = QTranslator(app)
        if own is not None and translator.load("cancel365_en", str(own)):
            app.installTranslator(translator)
            loaded.append(translator)
        _installed.extend(loaded)
        return loaded
    # Qt ships no Bokmål: its Nynorsk has the same wizard and dialog buttons (Tilbake, Neste, Avbryt).
    qt_language = QT_FALLBACK.get(language, language)
    candidates = [(f"qtbase_{qt_language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    own = qm_folder(language)
    if own is not None:
        candidates.append((f"cancel365_{language}", str(own)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    _installed.extend(loaded)
    return loaded
