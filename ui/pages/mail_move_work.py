"""The Move mail page's background work, run off the GUI thread with ui.worker.run_task:
reading an accounts CSV, testing a login, the move itself. A typed password goes to the
password store (app.mail_move.passwords, the OS keyring) only once the server accepted it."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from app.auth.secrets import SecretStore
from app.mail_move.accounts import AccountsFileError, MoveAccount, read_accounts_csv
from app.mail_move.engine import MailMove
from app.mail_move.login import LoginCheck, MoveConnectError, MoveLoginError, test_login
from app.mail_move.passwords import load_password, save_password
from app.mail_move.results import MoveSummary
from ui.errors import describe
from ui.worker import TaskControl


def say_error(error: BaseException) -> str:
    """The engine's own typed errors carry a message for the admin (they are not
    Cancel365Error, so ui.errors.describe would call them unexpected)."""
    if isinstance(error, AccountsFileError | MoveLoginError | MoveConnectError):
        return str(error)
    return describe(error)


@dataclass
class FilledAccounts:
    accounts: list[MoveAccount]
    with_password: set[str]            # rows that gave a password (now in the store)
    saved: dict[str, bool]             # the store holds a password for the account


def read_accounts(store: SecretStore, path: Path) -> FilledAccounts:
    accounts, passwords = read_accounts_csv(path)
    saved = {}
    for account in accounts:
        if passwords.get(account.email):
            save_password(store, account, passwords[account.email])
        saved[account.email] = load_password(store, account) is not None
    return FilledAccounts(accounts, set(passwords), saved)


def check_login(store: SecretStore, account: MoveAccount, typed: str, *,
                insecure: bool) -> LoginCheck | None:
    """The login tested with the typed password, else the stored one; None: no password."""
    password = typed or load_password(store, account)
    if not password:
        return None
    check = test_login(account, password, insecure=insecure)
    if typed and check.ok:   # a refused password stays in its field, to be corrected
        save_password(store, account, typed)
    return check


@dataclass
class MoveRun:
    """One move (or dry run) of ``accounts``; :meth:`__call__` runs on the worker pool."""

    source: Path
    accounts: list[MoveAccount]
    typed: dict[str, str]              # email -> the password typed on the page
    store: SecretStore
    dry_run: bool
    insecure: bool
    stored_for: list[str] = field(default_factory=list)   # whose typed password was kept
    _seen: dict[str, object] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def password(self, account: MoveAccount) -> str | None:
        return self.typed.get(account.email) or load_password(self.store, account)

    def __call__(self, control: TaskControl) -> MoveSummary:
        def progress(user) -> None:   # from the engine's threads: every user's latest
            with self._lock:
                self._seen[user.email] = user
                control.report(dict(self._seen))

        engine = MailMove(self.source, self.accounts, self.password,
                          users=[a.email for a in self.accounts], dry_run=self.dry_run,
                          insecure=self.insecure, stop=control.cancelled)
        summary = engine.run(on_progress=progress)
        refused = {u.email for u in summary.users if u.login_failed}
        for account in self.accounts:   # a password the server took goes to the store
            if self.typed.get(account.email) and account.email not in refused:
                save_password(self.store, account, self.typed[account.email])
        self.stored_for = [e for e in self.typed if e not in refused]
        return summary
