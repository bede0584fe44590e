"""The language menu: each language by its own name; choosing one switches the wizard at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app import i18n
from app import settings as app_settings


def switch_language(code: str, settings_path: Path | None = None) -> None:
    """Speak ``code`` from now on, and remember it for the next start (as ``--language`` does).

    :func:`app.i18n.install` takes out the translators it put in before (ours and
    Qt's qtbase), puts in the new ones and sets QLocale's default; Qt then sends
    ``LanguageChange`` to every widget, and every page sets its texts again.
    """
    app = QCoreApplication.instance()
    if app is not None and code != i18n.current():
        i18n.install(app, code)
    saved = app_settings.load(settings_path)
    if saved.language != code:
        app_settings.save(saved.with_changes(language=code), settings_path)


class LanguageBox(QComboBox):
    """English, Dansk, Svenska, Nederlands, Norsk bokmål; emits :attr:`switched` after a switch."""

    switched = Signal(str)

    def __init__(self, settings_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings_path = settings_path
        for code in i18n.LANGUAGES:
            self.addItem(i18n.NATIVE_NAMES[code], code)
        self.show_current()
        self.activated.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))
        self.setToolTip(self.tr("The wizard's language; it changes at once"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_current()   # switched from another menu (Welcome page or Settings)
        super().changeEvent(event)

    def show_current(self) -> None:
        index = self.findData(i18n.current())
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def code(self) -> str:
        return str(self.currentData())

    def choose(self, code: str) -> None:
        """Pick ``code`` as a user would (tests, keyboard users)."""
        self.setCurrentIndex(self.findData(code))
        self._chosen()

    def _chosen(self, *_: object) -> None:
        code = self.code()
        switch_language(code, self.settings_path)
        self.switched.emit(code)
