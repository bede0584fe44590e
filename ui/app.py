"""Start the wizard: the QApplication, its translations, and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__, i18n
from app.state import CancellationState

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "cancel365-256.png"


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Cancel365")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Cancel365")
    app.setWindowIcon(QIcon(str(ICON)))
    return app  # type: ignore[return-value]


def run(*, demo: bool, language: str | None = None) -> int:
    """Show the wizard and run until it closes."""
    from ui.lazy_wizard import freeze_heap
    from ui.wizard import CancelWizard

    app = create_app()
    translators = i18n.install(app, i18n.pick_language(language))  # noqa: F841
    state = CancellationState(demo=demo)
    wizard = CancelWizard(state)
    wizard.show()
    freeze_heap()   # the window's objects stay out of the collector's full passes
    try:
        return app.exec()
    finally:
        state.close()
