"""The wizard window: page order and the state the pages share."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.state import CancellationState
from ui.worker import cancel_all


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
        from ui.pages.backup import BackupPage
        from ui.pages.confirm import ConfirmPage
        from ui.pages.dates import DatesPage
        from ui.pages.domains import DomainsPage
        from ui.pages.done import DonePage
        from ui.pages.feedback import FeedbackPage
        from ui.pages.signin import SignInPage
        from ui.pages.signin_demo import DemoSignInPage
        from ui.pages.subscription import SubscriptionPage
        from ui.pages.welcome import WelcomePage

        self.setPage(PageId.WELCOME, WelcomePage(state))
        self.setPage(PageId.SIGN_IN, DemoSignInPage(state) if state.demo else SignInPage(state))
        self.setPage(PageId.SUBSCRIPTION, SubscriptionPage(state))
        self.setPage(PageId.DOMAINS, DomainsPage(state))
        self.setPage(PageId.BACKUP, BackupPage(state))
        self.setPage(PageId.DATES, DatesPage(state))
        self.setPage(PageId.FEEDBACK, FeedbackPage(state))
        self.setPage(PageId.CONFIRM, ConfirmPage(state))
        self.setPage(PageId.DONE, DonePage(state))
        self.setStartId(PageId.WELCOME)

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
        from ui.pages.backup import BackupPage

        backup = self.page(PageId.BACKUP)
        return not isinstance(backup, BackupPage) or backup.ask_to_close()

    def shutdown(self) -> None:
        """Let background calls finish, then release the state's resources."""
        cancel_all()   # a sign-in waiting for the admin stops instead of running to its timeout
        QThreadPool.globalInstance().waitForDone(5000)
        self.state.close()
