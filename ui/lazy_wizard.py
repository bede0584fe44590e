"""A QWizard whose pages are built when it first goes to them.

A page is registered by ``"module:Class"`` (the class is called with the wizard's
state) or by a callable; it is built, and its module imported, when the wizard
first needs it: going Next to it, ``page(id)``, or ``setStartId(id)``. So the first
page does not wait for what later pages import (the backup engine with
pycurl, dnspython's resolver, msal, requests).

So that going Next stays quick, the module of the page after the current one is
imported once the current page has been painted and the event loop is idle (on
the GUI thread: importing Qt classes on another thread is not safe).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

log = logging.getLogger(__name__)

PageFactory = Callable[[], QWizardPage]


class LazyWizard(QWizard):
    """``setPageLater`` beside ``setPage``; ``pageIds()`` and ``page(id)`` see every page."""

    state: object

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._later: dict[int, PageFactory] = {}
        self._modules: dict[int, str] = {}
        self._painted = _AfterPaint(self._prefetch_next)
        self.currentIdChanged.connect(self._watch_paint)

    def setPageLater(self, page_id: int, page: str | PageFactory) -> None:
        """Register a page to build on first use: ``"module:Class"`` (called with the state)
        or a callable that returns the page. ``setPage`` still adds a page built now."""
        if isinstance(page, str):
            module, _, name = page.partition(":")
            self._modules[int(page_id)] = module

            def build(module: str = module, name: str = name) -> QWizardPage:
                return getattr(importlib.import_module(module), name)(self.state)

            page = build
        self._later[int(page_id)] = page

    def ensure_page(self, page_id: int) -> QWizardPage | None:
        """The page with this id, built now if it was registered for later."""
        factory = self._later.pop(int(page_id), None)
        if factory is not None:
            self.setPage(int(page_id), factory())
        return super().page(int(page_id))

    def built_page(self, page_id: int) -> QWizardPage | None:
        """The page if it has been built, without building it."""
        return super().page(int(page_id))

    def page(self, page_id: int) -> QWizardPage | None:
        return self.ensure_page(page_id)

    def pageIds(self) -> list[int]:
        """Every page's id, built or not, in order."""
        return sorted({*super().pageIds(), *self._later})

    def removePage(self, page_id: int) -> None:
        self._later.pop(int(page_id), None)
        super().removePage(int(page_id))

    def setStartId(self, page_id: int) -> None:
        self.ensure_page(page_id)
        super().setStartId(int(page_id))

    def nextId(self) -> int:
        """The next page in order, built or not; a page that overrides ``nextId`` decides."""
        page = self.currentPage()
        if page is None:
            return -1
        if type(page).nextId is not QWizardPage.nextId:
            return page.nextId()
        return min((i for i in self.pageIds() if i > self.currentId()), default=-1)

    def validateCurrentPage(self) -> bool:
        """Going on: the next page is built now, just before the wizard shows it."""
        if not super().validateCurrentPage():
            return False
        following = self.nextId()
        if following != -1:
            self.ensure_page(following)
        return True

    # -- importing the next page's module ahead --------------------------------------------------

    def _watch_paint(self, _id: int) -> None:
        page = self.currentPage()
        if page is not None:
            self._painted.watch(page)

    def _prefetch_next(self) -> None:
        following = self.nextId()
        module = self._modules.get(following) if following in self._later else None
        if module:
            # On the GUI thread, once the event loop is idle: a module that defines Qt classes
            # imported on another thread while the GUI thread builds widgets crashed the
            # self-test once (SIGSEGV), so imports stay on the thread Qt expects.
            QTimer.singleShot(50, self, lambda: _import_quietly(module))


def _import_quietly(module: str) -> None:
    try:
        importlib.import_module(module)
    except Exception:   # building the page will raise it again, on the GUI thread, where it shows
        log.debug("Importing %s ahead failed", module, exc_info=True)


class _AfterPaint(QObject):
    """Calls ``then`` once, just after the watched widget's next paint."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then
        self._widget: QWidget | None = None

    def watch(self, widget: QWidget) -> None:
        if self._widget is not None:
            self._widget.removeEventFilter(self)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._widget = None
            QTimer.singleShot(0, self._then)
        return False
