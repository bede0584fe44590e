"""The base of every wizard page: texts that follow a language switch at runtime, and the
demo tenant's lesson."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QBoxLayout, QWidget, QWizardPage

from ui.widgets.lesson_note import LessonNote


class Page(QWizardPage):
    """A wizard page whose every visible text is set in :meth:`retranslate`.

    A page builds its widgets in ``__init__`` and then calls ``self.retranslate()``;
    when the wizard's language changes, Qt sends ``LanguageChange`` to every widget
    and the page sets its texts again, so nothing stays in the old language.
    Texts that depend on data (a result, a count) are rebuilt from the page's
    state there too. A :class:`~ui.widgets.status.StatusLine` is given a function,
    ``status.busy(lambda: self.tr("Reading…"))``, ``status.error(lambda: describe(exc))``,
    so it can say it again in the new language (a plain string is cleared instead).

    On the demo tenant (``self.state.demo``) the page shows :meth:`demo_lesson` in
    a framed note at its top until the admin presses "Got it"; then it stays
    hidden on that page for the rest of the run. A real tenant never shows it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made first, so its button comes first in the page's tab order; placed when shown.
        self.lesson = LessonNote(self)
        self.lesson.hide()
        self.lesson.dismissed.connect(self._lesson_dismissed)
        self.lesson_dismissed = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_lesson()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._show_lesson()
        super().showEvent(event)

    def retranslate(self) -> None:
        """Set every text the page shows, in the current language."""

    def demo_lesson(self) -> str:
        """On the demo tenant: what this step does on a real tenant, what it changes there and
        what can go wrong (a few sentences, translated). Empty: no note on this page."""
        return ""

    def lesson_layout(self) -> QBoxLayout | None:
        """Where the lesson goes (at the top); a page with a scroll area names its content's."""
        layout = self.layout()
        return layout if isinstance(layout, QBoxLayout) else None

    def _show_lesson(self) -> None:
        state = getattr(self, "state", None)
        text = self.demo_lesson() if getattr(state, "demo", False) else ""
        if not text or self.lesson_dismissed:
            self.lesson.hide()
            return
        layout = self.lesson_layout()
        if layout is None:
            return
        if layout.indexOf(self.lesson) < 0:
            layout.insertWidget(0, self.lesson)
        self.lesson.set_text(text)
        self.lesson.show()

    def _lesson_dismissed(self) -> None:
        self.lesson_dismissed = True
