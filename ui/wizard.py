"""The wizard window: page order and the state the pages share."""

from __future__ import annotations

import contextlib
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from app import progress as saved_progress
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
    MAIL_MOVE = 45
    DATES = 50
    FEEDBACK = 60
    CONFIRM = 70
    DONE = 80


class CancelWizard(LazyWizard):
    """Cancel365's main window."""

    def __init__(self, state: CancellationState, parent: QWidget | None = None, *,
                 progress_path: Path | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.progress_path = progress_path or saved_progress.default_path(state.demo)
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
        self.setPageLater(PageId.MAIL_MOVE, "ui.pages.mail_move:MailMovePage")
        self.setPageLater(PageId.DATES, "ui.pages.dates:DatesPage")
        self.setPageLater(PageId.FEEDBACK, "ui.pages.feedback:FeedbackPage")
        self.setPageLater(PageId.CONFIRM, "ui.pages.confirm:ConfirmPage")
        self.setPageLater(PageId.DONE, "ui.pages.done:DonePage")
        self.setStartId(PageId.WELCOME)
        self.currentIdChanged.connect(lambda _: self.save_progress())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel365 – leave Microsoft 365 safely"))
        # Qt's "Cancel" closed the whole app at once: it is the window's Close, and asks first.
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))

    def save_progress(self) -> None:
        """Keep where the admin got to (no secrets; app/progress.py), from the Subscription on."""
        page = self.currentId()
        if page < PageId.SUBSCRIPTION or self.state.organization is None:
            return   # nothing chosen yet: keep the last run's progress to offer it again
        backup = self.built_page(PageId.BACKUP)   # never builds a page just to read it
        dest = backup.dest.text().strip() if backup is not None and hasattr(backup, "dest") else ""
        with contextlib.suppress(OSError):   # a read-only data folder: only the offer is lost
            saved_progress.save(saved_progress.Progress.of(self.state, page,
                                                           backup_destination=dest),
                                self.progress_path)

    def loses_work(self) -> bool:
        """Something was chosen or done that a new start does not simply show again."""
        state = self.state
        return (state.subscription is not None or bool(state.licences_removed)
                or bool(state.domains.latest_checks) or state.backup is not None)

    close_box: QMessageBox | None = None
    _confirmed = False   # the admin answered Close to the question

    def ask_before_closing(self) -> None:
        """Ask (window-modal, not blocking) whether to close; Close closes, Cancel stays."""
        if self.close_box is not None and self.close_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close Cancel365?"),
                          self.close_question(),
                          QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _: self._close_answered(box))
        self.close_box = box
        box.open()   # QDialog.open(): window-modal, and the event loop goes on

    def _close_answered(self, box: QMessageBox) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Close):
            self._confirmed = True
            self.close()

    def close_question(self) -> str:
        return self.tr(
            "Where you got to is saved on this computer (the subscription, the domains you "
            "checked and the backup folder; no password or token): the next start offers to "
            "continue there. You sign in again then, and the DNS checks run again. "
            "Nothing you did in Microsoft 365 is undone. Close now?")

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
        }   # CancelButton is our own "Close" (retranslate)
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
        # The window's own close box (spontaneous) asks like the Close button; a close from
        # the program (a test, the session ending) asks only about a running backup.
        if not (self._closed or self._confirmed) and not self.may_close(ask=event.spontaneous()):
            event.ignore()
            return
        self._shut_once()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        finished = int(result) == QDialog.DialogCode.Accepted.value
        if not (self._closed or self._confirmed) and not self.may_close(ask=not finished):
            return
        self._shut_once()
        super().done(result)

    _closed = False

    def _shut_once(self) -> None:
        """done() and then closeEvent(): ask and shut down once."""
        if not self._closed:
            self._closed = True
            self.save_progress()
            self.shutdown()

    # Pages whose work runs in the background: each has ``running``, ``agrees_to_stop()``
    # (asks the admin) and ``stop_for_close()``.
    WORKING_PAGES = (PageId.BACKUP, PageId.MAIL_MOVE)

    def may_close(self, *, ask: bool = True) -> bool:
        """A running backup or mail move asks first, then stops cleanly (each resumes on the
        next start); otherwise the admin is asked when the run holds work
        (:meth:`ask_before_closing`)."""
        working = [page for page_id in self.WORKING_PAGES   # a page never built runs nothing
                   if (page := self.built_page(page_id)) is not None
                   and getattr(page, "running", False)]
        if working:   # each is asked; nothing stops unless every answer is yes
            if not all(page.agrees_to_stop() for page in working):
                return False
            for page in working:
                page.stop_for_close()
            return True
        if not ask or not self.loses_work():
            return True
        self.ask_before_closing()   # closes when the admin answers Close
        return False

    def shutdown(self) -> None:
        """Let background calls finish, then release the state's resources."""
        cancel_all()   # a sign-in waiting for the admin stops instead of running to its timeout
        QThreadPool.globalInstance().waitForDone(5000)
        self.state.close()
