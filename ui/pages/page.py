"""The base of every wizard page: texts that follow a language switch at runtime."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage


class Page(QWizardPage):
    """A wizard page whose every visible text is set in :meth:`retranslate`.

    A page builds its widgets in ``__init__`` and then calls ``self.retranslate()``;
    when the wizard's language changes, Qt sends ``LanguageChange`` to every widget
    and the page sets its texts again, so nothing stays in the old language.
    Texts that depend on data (a result, a count) are rebuilt from the page's
    state there too.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every text the page shows, in the current language."""

    def demo_lesson(self) -> str:
        """On the demo tenant: what this step does on a real tenant, what it changes there and
        what can go wrong (a few sentences, translated). Empty: no note on this page."""
        return ""
