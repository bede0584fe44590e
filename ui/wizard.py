"""The wizard window: page order and the state the pages share."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from app.state import CancellationState
from ui.worker import cancel_all

PageFactory = Callable[[], QWizardPage]


class PageId(IntEnum):
    """Page order follows the source documents: sign in, subscription, domains,
    back up, key dates and feedback, confirm."""

    WELCOME = 0
    SIGN_IN = 10
    SUBSCRIPTION = 20
    DOMAINS = 30
    BACKUP = 40
    DATES = 50
    FEEDBACK = 60
    CONFIRM = 70
    DONE = 80


class CancelWizard(QWizard):
    """Cancel365's main window."""

    def __init__(self, state: CancellationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Cancel365 – leave Microsoft 365 safely"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(760, 560)
        self._fit_to_screen()
        # Each page is named here by "module:Class" and built when the wizard first goes to it
        # (its module, and what that imports, loads then): the first page does not wait for
        # the backup engine, the DNS resolver or msal. A page class takes the state.
        self._later: dict[int, PageFactory] = {}
        self.setPageLater(PageId.WELCOME, "ui.pages.welcome:WelcomePage")
        self.setPageLater(PageId.SIGN_IN, "ui.pages.signin_demo:DemoSignInPage" if state.demo
                          else "ui.pages.signin:SignInPage")
        self.setPageLater(PageId.SUBSCRIPTION, "ui.pages.subscription:SubscriptionPage")
        self.setPageLater(PageId.DOMAINS, "ui.pages.domains:DomainsPage")
        self.setPageLater(PageId.BACKUP, "ui.pages.backup:BackupPage")
        self.setStartId(PageId.WELCOME)

    # -- pages built when first needed -------------------------------------------------------

    def setPageLater(self, page_id: int, page: str | PageFactory) -> None:
        """Register a page to build on first use: ``"module:Class"`` (called with the state)
        or a callable that returns the page. ``setPage`` still adds a page built now."""
        if isinstance(page, str):
            module, _, name = page.partition(":")

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

    def _fit_to_screen(self) -> None:
        """Room for the tables: 960 x 720 where the screen has it, never below the minimum."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 960, 720
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
            height = min(height, int(screen.height() * 0.9))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if not self.may_close():
            return
        self.shutdown()
        super().done(result)

    def may_close(self) -> bool:
        """A running backup asks first, then stops cleanly (it resumes on the next start)."""
        backup = self.built_page(PageId.BACKUP)     # a Backup page never built has nothing running
        return backup is None or not hasattr(backup, "ask_to_close") or backup.ask_to_close()

    def shutdown(self) -> None:
        """Let background calls finish, then release the state's resources."""
        cancel_all()   # a sign-in waiting for the admin stops instead of running to its timeout
        QThreadPool.globalInstance().waitForDone(5000)
        self.state.close()
