"""The Move mail page's users: one login box per saved mailbox, filled from a CSV, each tested."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.auth.secrets import SecretStore
from app.mail_move.accounts import MoveAccount, SavedMailbox
from ui.pages.mail_move_work import FilledAccounts, check_login, say_error
from ui.widgets.mail_move_user import MoveUserBox
from ui.worker import Task, run_task


class MoveUsers(QWidget):
    """The boxes, top to bottom; a login test runs in the background, its answer in its box.

    ``store`` gives the password store; ``busy`` says whether a move runs (a test's button
    stays off until it ends)."""

    changed = Signal()   # a box's login was edited

    def __init__(self, store: Callable[[], SecretStore], busy: Callable[[], bool], *,
                 allow_plain: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.busy = busy
        self.allow_plain = allow_plain    # plain IMAP: a test server on loopback only
        self.boxes: list[MoveUserBox] = []
        self.tests: dict[str, Task] = {}
        self.users_layout = QVBoxLayout(self)
        self.users_layout.setContentsMargins(0, 0, 0, 0)

    def show_mailboxes(self, mailboxes: list[SavedMailbox]) -> None:
        """A box for each saved mailbox, in place of those shown before."""
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.boxes = []
        for mailbox in mailboxes:
            box = MoveUserBox(mailbox, allow_plain=self.allow_plain)
            box.test_requested.connect(self.test_login)
            box.changed.connect(self.changed)
            self.users_layout.addWidget(box)
            self.boxes.append(box)

    def box(self, email: str) -> MoveUserBox | None:
        return next((b for b in self.boxes if b.email.lower() == email.lower()), None)

    def tab_chain(self) -> list[QWidget]:
        """Each user's fields, top to bottom."""
        chain: list[QWidget] = []
        for box in self.boxes:
            chain += [box.user, box.host, box.port, box.security, box.password, box.test_button]
        return chain

    def chosen(self) -> list[tuple[MoveUserBox, MoveAccount]]:
        """The boxes with a login filled in, and their accounts."""
        chosen = [(b, b.account()) for b in self.boxes]
        return [(b, a) for b, a in chosen if a is not None]

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes:
            box.set_editable(editable)

    def show_progress(self, users: dict) -> None:
        """The move's latest ``UserProgress`` of each user, by e-mail address."""
        for email, progress in users.items():
            box = self.box(email)
            if box is not None:
                box.show_progress(progress)

    def passwords_stored(self, emails: list[str]) -> None:
        """These users' typed passwords are in the password store now: their fields say so."""
        for email in emails:
            box = self.box(email)
            if box is not None:
                box.password_stored()

    # -- filling in -------------------------------------------------------------------------

    def fill(self, filled: FilledAccounts) -> Callable[[], str]:
        """Each row of an accounts file into its user's box; what was filled, to tell (a
        callable, so a status line says it again in a language chosen later)."""
        accounts, saved = filled.accounts, filled.saved
        unknown = []
        for account in accounts:
            box = self.box(account.email)
            if box is None:
                unknown.append(account.email)
                continue
            box.fill(account)
            box.set_password_saved(saved.get(account.email, False))
        count = len(accounts) - len(unknown)
        with_passwords = sum(1 for e in filled.with_password if self.box(e))
        return lambda: (
            self.tr("Filled {0} of {1} users from the file. Passwords from it, saved in your "
                    "password store: {2}.").format(count, len(self.boxes), with_passwords)
            + (" " + self.tr("Not saved in this backup: {0}.").format(
                ", ".join(unknown)) if unknown else ""))

    # -- testing a login ------------------------------------------------------------------------

    def test_login(self, box: MoveUserBox) -> None:
        account = box.account()
        if account is None:
            box.say(self.tr("Enter the IMAP user and server first."))
            return
        typed, store, insecure = box.typed_password(), self.store(), self.allow_plain

        box.say(self.tr("Testing the login…"))
        box.test_button.setEnabled(False)

        def done(result) -> None:
            self.tests.pop(box.email, None)
            box.test_button.setEnabled(not self.busy())
            if result is None:
                box.say(self.tr("Enter the password first."))
                return
            if typed and result.ok:
                box.password_stored()
            box.say(result.message)

        def failed(error: BaseException) -> None:
            self.tests.pop(box.email, None)
            box.test_button.setEnabled(not self.busy())
            box.say(say_error(error))

        self.tests[box.email] = run_task(
            self, lambda _: check_login(store, account, typed, insecure=insecure),
            on_done=done, on_error=failed)
