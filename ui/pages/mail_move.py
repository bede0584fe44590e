"""Move mail to the new provider: each saved mailbox, from the verified Maildir in the backup
folder, into the user's new mailbox over IMAP (app.mail_move). Optional: an admin whose users
move their own mail, or who has no new provider yet, skips it and is told what that means.

Everything slow (reading the backup folder, the keyring, logins, the move) runs on the worker
pool (ui.worker.run_task). Passwords go to the OS keyring (app.mail_move.passwords) and
nowhere else: not the state, not the settings, not the saved progress.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.state import CancellationState, MailMoveResult, now
from ui.pages.mail_move_users import MoveUsers
from ui.pages.mail_move_work import FilledAccounts, MoveRun, read_accounts, say_error
from ui.pages.page import Page
from ui.widgets.ask import said_yes
from ui.widgets.mail_move_parts import MoveActions, MoveChoice
from ui.widgets.mail_move_user import MoveUserBox
from ui.widgets.open_link import NotOpenedDialog, open_or_show
from ui.widgets.page_scroll import scrolling_layout
from ui.widgets.status import StatusLine
from ui.worker import Task, run_task


def _wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


class MailMovePage(Page):
    """The saved users with their new IMAP logins, a test per login, the move and its report."""

    def __init__(self, state: CancellationState, *, allow_plain: bool = False,
                 open_url: Callable[[QUrl], object] = QDesktopServices.openUrl) -> None:
        super().__init__()
        self.state = state
        self.allow_plain = allow_plain    # plain IMAP: a test server on loopback only
        self.open_url = open_url
        self.not_opened: NotOpenedDialog | None = None
        self.source: Path | None = None
        self.loaded = False
        self.task: Task | None = None     # the move or dry run
        self.dry = False
        self.summary = None               # the last MoveSummary
        self.moved_once = False           # a real move ended (not a dry run)
        self.dry_done = False             # the last run was a dry run
        self.run: MoveRun | None = None     # the last move or dry run
        self.moved: MailMoveResult | None = None   # what the last real move ended with
        self._store = None

        self.intro = _wrapped(QLabel())
        self.choice = MoveChoice()
        self.move_choice, self.skip_choice = self.choice.move, self.choice.skip
        self.skip_text = self.choice.skip_text
        self.choice.group.buttonToggled.connect(self._chose)
        self.source_label = _wrapped(QLabel())
        self.users = MoveUsers(self.store, lambda: self.running, allow_plain=allow_plain)
        self.users.changed.connect(self._update)
        self.actions = MoveActions()
        self.csv_button, self.dry_button, self.move_button = (
            self.actions.csv, self.actions.dry, self.actions.move)
        self.stop_button, self.report_button = self.actions.stop, self.actions.report
        self.csv_button.clicked.connect(self.choose_csv)
        self.dry_button.clicked.connect(lambda: self.start(dry_run=True))
        self.move_button.clicked.connect(lambda: self.start(dry_run=False))
        self.stop_button.clicked.connect(self.stop)
        self.report_button.clicked.connect(self.open_report)
        self.result = _wrapped(QLabel())
        self.hint = _wrapped(QLabel())
        self.status = StatusLine()

        layout = self.content_layout = scrolling_layout(self)   # the users scroll at 200%
        layout.addWidget(self.source_label)
        layout.addWidget(self.choice)
        layout.addWidget(self.intro)
        layout.addWidget(self.users)
        layout.addStretch(1)
        # Under the scroll area, always in sight: the actions (Stop among them), what the run
        # ended with, and why Next waits.
        outer = self.layout()
        outer.addWidget(self.actions)
        outer.addWidget(self.result)
        outer.addWidget(self.hint)
        outer.addWidget(self.status)
        self.retranslate()
        self._update()

    def lesson_layout(self) -> QVBoxLayout:
        return self.content_layout   # inside the scroll area

    def retranslate(self) -> None:
        self.setTitle(self.tr("Move mail to the new provider"))
        self.setSubTitle(self.tr("Optional: Cancel365 copies each user's saved mail into their "
                                 "new mailbox, folder by folder, without duplicates."))
        self.intro.setText(self.tr(
            "For each user, enter the new provider's IMAP login (the provider's help pages "
            "name the server; some need an app password). Passwords are kept in this "
            "computer's password store only."))
        self.users.setAccessibleName(self.tr("Users whose mail was saved"))
        self._update()

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant this copies each user's mail from the backup on this computer "
            "into their mailbox at the new provider, over IMAP. It changes nothing in "
            "Microsoft 365, and at the new provider it only adds messages: a second run adds "
            "only what is missing. What can go wrong: a wrong password or a provider that "
            "wants an app password (Test login says so), or a full mailbox at the new "
            "provider (that user stops, the others go on).")

    # -- the saved mailboxes ----------------------------------------------------------------

    def initializePage(self) -> None:
        source = self.source_folder()
        if self.loaded and source == self.source:
            return
        self.source = source
        self.loaded = False
        if source is None:
            self._listed([])
            return
        self.status.busy(lambda: self.tr("Looking for the saved mailboxes…"))
        from app.mail_move.accounts import saved_mailboxes

        run_task(self, lambda _: saved_mailboxes(source), on_done=self._listed,
                 on_error=self._list_failed)
        self._update()

    def source_folder(self) -> Path | None:
        """The backup folder of this run: the mail was saved into its Mail folder."""
        if self.state.backup is not None:
            return Path(self.state.backup.destination)
        root = getattr(self.state.mail_backup, "root", None)
        if root:
            return Path(root).parent
        resumed = self.state.resume.backup_destination if self.state.resume else ""
        return Path(resumed) if resumed else None   # the last run's backup, continued

    @property
    def boxes(self) -> list[MoveUserBox]:
        return self.users.boxes

    def _listed(self, mailboxes: list) -> None:
        self.status.end_busy()
        self.users.show_mailboxes(mailboxes)
        self._tab_order()
        self.loaded = True
        self._update()

    def _tab_order(self) -> None:
        """As the page reads: the choice, each user's fields top to bottom, then the actions
        (the rows are made after the buttons, so Qt's own order would put them last)."""
        chain = [self.move_choice, self.skip_choice, *self.users.tab_chain(),
                 self.csv_button, self.dry_button, self.move_button, self.stop_button,
                 self.report_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _list_failed(self, error: BaseException) -> None:
        self.loaded = True
        self.status.error(lambda: say_error(error), retry=self._reload)
        self._update()

    def _reload(self) -> None:
        self.loaded, self.source = False, None
        self.initializePage()

    def box(self, email: str) -> MoveUserBox | None:
        return self.users.box(email)

    def store(self):
        """The password store: the signed-in admin's (the OS keyring); the demo's stays in memory."""
        if self._store is None:
            if self.state.sign_in is not None:
                self._store = self.state.sign_in.store
            else:
                import keyring.backends.fail

                from app.auth.secrets import SecretStore

                self._store = SecretStore(backend=keyring.backends.fail.Keyring())
        return self._store

    # -- the choice -------------------------------------------------------------------------

    def _chose(self) -> None:
        """The state follows the choice; back to Move, the last move's result counts again."""
        if self.skip_choice.isChecked():
            self.state.mail_move = MailMoveResult(chosen=False, finished_at=now())
        elif self.move_choice.isChecked():
            self.state.mail_move = self.moved or MailMoveResult(chosen=True)
        self._update()

    def complete_for_self_test(self) -> None:
        """``--self-test``: the move needs a new provider; the walk skips it."""
        if self.loaded and self.boxes and not self.skip_choice.isChecked():
            self.skip_choice.setChecked(True)

    @property
    def running(self) -> bool:
        return self.task is not None

    def isComplete(self) -> bool:
        if not self.loaded or self.running:
            return False
        if not self.boxes or self.skip_choice.isChecked():
            return True
        return self.move_choice.isChecked() and self.moved_once

    def _update(self) -> None:
        has_users = bool(self.boxes)
        for widget in (self.move_choice, self.skip_choice):
            widget.setVisible(not self.loaded or has_users)
        moving = self.move_choice.isChecked() and has_users
        self.skip_text.setVisible((not self.loaded or has_users) and not moving)
        self.intro.setVisible(moving)
        self.users.setVisible(moving)
        self.users.set_editable(not self.running)
        ready = moving and not self.running and any(b.account() for b in self.boxes)
        for button in (self.csv_button, self.dry_button, self.move_button):
            button.setVisible(moving)
        self.csv_button.setEnabled(moving and not self.running)
        self.dry_button.setEnabled(ready)
        self.move_button.setEnabled(ready)
        self.stop_button.setVisible(self.running)
        self.report_button.setVisible(self.summary is not None
                                      and getattr(self.summary, "report_html", None) is not None)
        if self.loaded and not has_users:
            self.source_label.setText(self.tr(
                "No mailbox was saved in this run (the Backup page saves them), so there is "
                "nothing to move here. Users who want their old mail at the new provider move "
                "it themselves."))
        elif self.source is not None and has_users:
            self.source_label.setText(self.tr("The mail of %n user(s) was saved in {0}.", "",
                                              len(self.boxes)).format(self.source / "Mail"))
        else:
            self.source_label.clear()
        self.source_label.setVisible(bool(self.source_label.text()))
        self.result.setText(self._result_text())
        self.result.setVisible(bool(self.result.text()))
        self.hint.setText(self._hint())
        self.hint.setVisible(bool(self.hint.text()))
        self.completeChanged.emit()

    def _hint(self) -> str:
        """Why Next waits, whenever it does."""
        if not self.loaded or not self.boxes:
            return ""
        if self.running:
            return self.tr("Next waits while the mail is moving: wait for it to end, or Stop.")
        if not self.move_choice.isChecked() and not self.skip_choice.isChecked():
            return self.tr("Choose whether to move the mail or to skip this step.")
        if self.move_choice.isChecked() and not self.moved_once:
            return self.tr("Next goes on once the mail was moved (or choose Skip). Fill in "
                           "each user's login, then Move mail.")
        return ""

    # -- filling in ---------------------------------------------------------------------------

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Accounts file"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.fill_from_csv(Path(path))

    def fill_from_csv(self, path: Path) -> None:
        """Read ``email,imap_user,imap_host[,imap_port,security,password]`` in the background;
        each row fills the user of its e-mail address (the rows' passwords go to the keyring)."""
        store = self.store()
        self.status.busy(lambda: self.tr("Reading {0}…").format(path.name))
        run_task(self, lambda _: read_accounts(store, path), on_done=self._filled,
                 on_error=lambda e: self.status.error(lambda: say_error(e)))

    def _filled(self, filled: FilledAccounts) -> None:
        self.status.info(self.users.fill(filled))
        self._update()

    # -- the move ------------------------------------------------------------------------------

    def start(self, *, dry_run: bool) -> None:
        if self.running or self.source is None:
            return
        chosen = self.users.chosen()
        if not chosen:
            return
        accounts = [a for _, a in chosen]
        typed = {a.email: b.typed_password() for b, a in chosen if b.typed_password()}
        self.run = MoveRun(self.source, accounts, typed, self.store(), dry_run, self.allow_plain)
        self.dry, self.dry_done = dry_run, False
        for box, _ in chosen:
            box.say("")
        self.status.busy(lambda: self.tr("Trying what would be sent…") if self.dry
                         else self.tr("Moving the mail…"))
        self.task = run_task(self, self.run, on_done=self._ended, on_error=self._failed,
                             on_progress=self._progress)
        self._update()
        self.stop_button.setFocus()

    def _progress(self, users: dict) -> None:
        self.users.show_progress(users)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.busy(lambda: self.tr("Stopping after the message being sent…"))

    def stop_for_close(self) -> None:
        self.stop()

    def agrees_to_stop(self) -> bool:
        """The wizard is closing during a move: True when the admin says stop it (the wizard
        then calls :meth:`stop_for_close`).

        Nothing is lost either way: what arrived stays at the new provider, and Move mail on
        the next start sends only what is missing (app/mail_move/folder_copy.py matches first)."""
        if not self.running:
            return True
        return said_yes(
            self, self.tr("Stop moving the mail?"),
            self.tr("Mail is moving to the new provider. Stop it and close Cancel365? What has "
                    "arrived stays there; Move mail on the next start sends only what is "
                    "missing."))

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.status.error(lambda: say_error(error))
        self._update()

    def _passwords_stored(self) -> None:
        """The typed passwords the server took are in the password store now: those fields
        say so, empty; a refused one stays to be corrected."""
        self.users.passwords_stored(self.run.stored_for if self.run is not None else [])

    def _ended(self, summary) -> None:
        self.task = None
        self._passwords_stored()
        self.summary = summary
        self.status.end_busy()
        self.status.clear()
        users = list(getattr(summary, "users", []))
        moved = tuple(u.email for u in users if u.complete)
        not_moved = tuple(u.email for u in users if not u.complete)
        self.dry_done = self.dry
        if not self.dry:
            self.moved_once = True
            report = summary.report_html
            self.state.mail_move = self.moved = MailMoveResult(
                chosen=True, moved=moved, not_moved=not_moved, complete=bool(summary.complete),
                report_path=str(report) if report else "", finished_at=now())
        self._update()
        if self.report_button.isVisible():
            self.report_button.setFocus()

    def _result_text(self) -> str:
        if self.running:
            return ""
        if self.dry_done:
            return self.tr("Dry run: nothing was sent. The counts above are what a move would "
                           "send now.")
        result = self.moved
        if result is None or not self.move_choice.isChecked():
            return ""
        if result.complete:
            text = self.tr("Every message of %n user(s) is at the new provider (counted again "
                           "there).", "", len(result.moved))
        else:
            text = self.tr("Not complete for %n user(s): some of their mail is not at the new "
                           "provider. The report says what and why; Move mail again adds only "
                           "what is missing.", "", len(result.not_moved))
        left_out = len(self.boxes) - len(result.moved) - len(result.not_moved)
        if left_out > 0:
            text += " " + self.tr("Not moved, with no login filled in: %n user(s).", "",
                                  left_out)
        return text

    def open_report(self) -> None:
        report = getattr(self.summary, "report_html", None)
        if report:
            self.not_opened = open_or_show(self, QUrl.fromLocalFile(str(report)),
                                           opener=self.open_url)
