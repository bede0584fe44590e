"""The wizard window: page order and the state the pages share."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.state import CancellationState
from ui.lazy_wizard import LazyWizard
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


class CancelWizard(LazyWizard):
    """Cancel365's main window."""

    def __init__(self, state: CancellationState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.retranslate()
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(760, 560)
        self._fit_to_screen()
        # Each page is named by "module:Class" and built when the wizard first goes to it
        # (ui/lazy_wizard.py): the first page does not wait for the backup engine, the DNS
        # resolver or msal. A page class takes the state.
        self.setPageLater(PageId.WELCOME, "ui.pages.welcome:WelcomePage")
        self.setPageLater(PageId.SIGN_IN, "ui.pages.signin_demo:DemoSignInPage" if state.demo
                          else "ui.pages.signin:SignInPage")
        self.setPageLater(PageId.SUBSCRIPTION, "ui.pages.subscription:SubscriptionPage")
        self.setPageLater(PageId.DOMAINS, "ui.pages.domains:DomainsPage")
        self.setPageLater(PageId.BACKUP, "ui.pages.backup:BackupPage")
        self.setPageLater(PageId.DATES, "ui.pages.dates:DatesPage")
        self.setPageLater(PageId.CONFIRM, "ui.pages.confirm:ConfirmPage")
        self.setStartId(PageId.WELCOME)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel365 – leave Microsoft 365 safely"))

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: the title, and Back/Next/Cancel/Finish from Qt's own translation.

        The window keeps its size and place; only the texts change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._translate_buttons()
        super().changeEvent(event)

    def _translate_buttons(self) -> None:
        """QWizard sets its buttons' texts once; after a switch, set them again from Qt's
        qtbase translation (context "QWizard", the texts of qwizard.cpp)."""
        mac = self.wizardStyle() == QWizard.WizardStyle.MacStyle
        texts = {
            QWizard.WizardButton.BackButton: "Go Back" if mac else "< &Back",
            QWizard.WizardButton.NextButton: "Continue" if mac else "&Next >",
            QWizard.WizardButton.CommitButton: "Commit",
            QWizard.WizardButton.FinishButton: "Done" if mac else "&Finish",
            QWizard.WizardButton.CancelButton: "Cancel",
        }
        for which, text in texts.items():
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))

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
