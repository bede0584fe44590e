"""A QWizard whose pages are built when it first goes to them.

A page is registered by ``"module:Class"`` (the class is called with the wizard's
state) or by a callable; it is built, and its module imported, when the wizard
first needs it: going Next to it, ``page(id)``, or ``setStartId(id)``. So the first
page does not wait for what later pages import (the backup engine with
pycurl, dnspython's resolver, msal, requests).

So that going Next stays quick, the module of the page after the current one is
imported ahead once the current page has been painted, in two steps (:class:`Prefetcher`):
first what it needs from the core and from other packages (``app.*``, dnspython,
pycurl…; never a module whose import touches Qt) on a background thread, which took the GUI thread 0.9 s
for the Domains page and 2.5 s for the Backup page (benchmarks/gui_stall.py); then the
page's own module and its ``ui`` widgets on the GUI thread, since importing modules that
define Qt classes beside the GUI thread crashed the self-test once (SIGSEGV).
"""

from __future__ import annotations

import ast
import gc
import importlib
import importlib.util
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
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
        self._prefetcher = Prefetcher(self)
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
            freeze_heap()
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
            QTimer.singleShot(50, self, lambda: self._prefetcher.start(module))


class Prefetcher(QObject):
    """Imports a page's module ahead: its core and third-party imports on a thread of its
    own, then the module itself (Qt classes) on the GUI thread; :attr:`done` says when.

    The thread touches no Qt object: the wizard (and this object with it) may be closed and
    deleted while it imports, and a signal emitted from another thread on an object being
    deleted crashed a test run once (SIGSEGV). The GUI thread looks in on it instead, with a
    timer that dies with this object."""

    done = Signal(str)
    POLL_MS = 20

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._imported: list[str] = []          # modules whose core is in (list.append: atomic)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._look_in)
        self._waiting = 0

    def start(self, module: str) -> None:
        self._waiting += 1
        self._poll.start()
        threading.Thread(target=self._import_core, args=(module,), daemon=True,
                         name=f"import-{module}").start()

    def _import_core(self, module: str) -> None:
        try:
            names = core_imports(module)   # finding them imports packages too: not on the GUI
        except Exception:   # only a head start: the page's own import says what is wrong
            log.debug("Finding what %s imports failed", module, exc_info=True)
            names = []
        for name in names:
            _import_quietly(name)
        self._imported.append(module)

    def _look_in(self) -> None:
        while self._imported:
            self._waiting -= 1
            self._import_page(self._imported.pop(0))
        if self._waiting <= 0:
            self._poll.stop()

    def _import_page(self, module: str) -> None:
        _import_quietly(module)
        self.done.emit(module)


def core_imports(module: str) -> list[str]:
    """What ``module`` and the ``ui`` modules it imports import from outside ``ui`` and Qt,
    in source order: the core (``app.*``) and other packages, minus every module whose import
    touches Qt (:func:`touches_qt`). PySide6 builds a module's Python types on first use
    (``from PySide6.QtGui import QPdfWriter`` builds that class then): done on this thread
    beside the GUI thread, that crashed a test run (SIGSEGV) while the Confirm page's core
    was imported ahead. Those modules are imported with the page, on the GUI thread."""
    found: list[str] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        """A ``ui`` module's imports, its functions' too; of ours in ``app``, what runs when
        it is imported (so a module left out still has its own imports brought ahead)."""
        if name in seen:
            return
        seen.add(name)
        parsed = _imports_of(name)
        if parsed is None:
            return
        for target in parsed.anywhere if name.startswith("ui.") or name == "ui" else parsed.top:
            top = target.partition(".")[0]
            if top == "ui":
                visit(target)
            elif top not in _QT_PACKAGES and top != "__future__":
                if target not in found:
                    found.append(target)
                if top == "app":
                    visit(target)

    visit(module)
    return [name for name in found if _is_module(name) and not touches_qt(name)]


_QT_PACKAGES = ("PySide6", "shiboken6")
_OURS = ("app", "ui")


class _Imports:
    """A module's imports, read from its source: at its top (run when it is imported: in
    class bodies, ``if`` and ``try`` blocks too) and anywhere (functions' included)."""

    def __init__(self, tree: ast.Module) -> None:
        self.top: list[str] = []
        self.anywhere: list[str] = []
        pending: list[tuple[ast.AST, bool]] = [(tree, True)]
        while pending:
            node, at_top = pending.pop()
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            self.anywhere += targets
            if at_top:
                self.top += targets
            inner = at_top and not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                     ast.Lambda))
            pending += [(child, inner) for child in reversed(list(ast.iter_child_nodes(node)))]


_parsed: dict[str, _Imports | None] = {}
_touches: dict[str, bool] = {}


def _imports_of(name: str) -> _Imports | None:
    """``name``'s imports, if it is a Python source module that can be found (else None)."""
    if name not in _parsed:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError, AttributeError):
            spec = None
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            _parsed[name] = None
        else:
            with open(spec.origin, encoding="utf-8") as f:
                _parsed[name] = _Imports(ast.parse(f.read()))
    return _parsed[name]


def touches_qt(name: str) -> bool:
    """Whether importing ``name`` (one of ours) imports from Qt, itself or through the
    modules of ours it imports (packages' ``__init__`` included). Other packages never do."""
    if name.partition(".")[0] not in _OURS:
        return False
    if name not in _touches:
        _touches[name] = False  # an import cycle adds nothing
        parts = name.split(".")
        parents = [".".join(parts[:i]) for i in range(1, len(parts))]
        parsed = _imports_of(name)
        _touches[name] = any(touches_qt(parent) for parent in parents) or (
            parsed is not None and any(
                target.partition(".")[0] in _QT_PACKAGES or touches_qt(target)
                for target in parsed.top))
    return _touches[name]


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError, AttributeError):
        return False


def freeze_heap() -> None:
    """What is built so far (modules, pages, their widgets) lives as long as the window: keep
    it out of the garbage collector's full passes (gc.freeze), which stop every thread, the
    GUI's too. A full pass over the wizard's heap took 0.7–3.8 s on a loaded machine while a
    DNS check ran (benchmarks/gui_stall.py); what the workers make is still collected."""
    gc.freeze()


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
