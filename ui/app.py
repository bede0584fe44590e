"""Start the wizard: the QApplication, its translations, and the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import __version__
from app.state import CancellationState
from ui.translations import qm_folder

LANGUAGES = ("en", "da", "sv", "nl", "nb")


def pick_language(requested: str | None) -> str:
    """The requested language, else the system's if we have it, else English."""
    if requested:
        code = requested.lower().replace("_", "-").split("-")[0]
        if code == "no":
            code = "nb"
        return code if code in LANGUAGES else "en"
    system = QLocale.system().name().split("_")[0]
    if system in ("no", "nn"):
        system = "nb"
    return system if system in LANGUAGES else "en"


QT_FALLBACK = {"nb": "nn"}   # our language -> the Qt translation to use for it


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Cancel365's own and Qt's translations; returns them (keep a reference)."""
    QLocale.setDefault(QLocale(language))
    loaded: list[QTranslator] = []
    if language == "en":
        return loaded
    # Qt ships no Bokmål (nb): its Nynorsk has the same wizard and dialog buttons (Tilbake, Neste, Avbryt…).
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
    return loaded


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Cancel365")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Cancel365")
    return app  # type: ignore[return-value]


def run(*, demo: bool, language: str | None = None) -> int:
    """Show the wizard and run until it closes."""
    from ui.wizard import CancelWizard

    app = create_app()
    translators = install_translations(app, pick_language(language))  # noqa: F841
    state = CancellationState(demo=demo)
    wizard = CancelWizard(state)
    wizard.show()
    try:
        return app.exec()
    finally:
        state.close()
