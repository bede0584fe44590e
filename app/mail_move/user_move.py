"""One user's move: the checks before it, each folder in turn, and the counts read back after."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.mail_move.accounts import MoveAccount, maildir_of
from app.mail_move.connection import UserConnection
from app.mail_move.folder_copy import FolderCopy
from app.mail_move.imap_wire import DROPPED, server_words
from app.mail_move.manifest import MoveManifest
from app.mail_move.record import UserRecord
from app.mail_move.results import UserProgress, UserResult
from app.mail_move.source import read_mailbox
from app.mail_move.stops import Stopped, StopUser
from app.texts import translate

if TYPE_CHECKING:
    from app.mail_move.engine import MailMove


class UserMove:
    """Runs once, on one of the move's threads, over its own connection."""

    def __init__(self, move: MailMove, account: MoveAccount, result: UserResult,
                 manifest: MoveManifest | None,
                 on_progress: Callable[[UserProgress], None] | None) -> None:
        self.move = move
        self.account = account
        self.result = result
        self.record = UserRecord(account, result, manifest, move.root, on_progress)

    def run(self) -> None:
        r, tell = self.result, self.record.tell
        maildir = maildir_of(self.move.source_dir, self.account.email)
        if not maildir.is_dir():
            r.state = "failed"
            r.errors.append(translate("mail_move", "No saved mailbox for {0} in {1}.").format(
                self.account.email, self.move.root))
            tell(r.errors[-1])
            return
        folders = read_mailbox(maildir)
        r.total = sum(len(f.messages) for f in folders)
        tell(translate("mail_move", "Waiting for its turn."))
        if self.move.stop.is_set():
            r.state = "stopped"
            tell(translate("mail_move", "Stopped before it began."))
            return
        password = self.move.passwords(self.account)
        if not password:
            r.state, r.login_failed = "failed", True
            r.errors.append(translate("mail_move", "No password for {0} at {1}.").format(
                self.account.imap_user, self.account.imap_host))
            tell(r.errors[-1])
            return
        r.state = "moving"
        connection = UserConnection(
            self.account, password, insecure=self.move.insecure, timeout=self.move.timeout,
            stop=self.move.stop, tell=tell)
        try:
            connection.connect()
            for folder in folders:
                FolderCopy(folder, connection, self.record, stop=self.move.stop,
                           dry_run=self.move.dry_run, multiappend=self.move.multiappend).run()
            self._read_back(connection)
            r.state = "done"
            tell(self._done_message())
        except StopUser as exc:
            r.state = "failed"
            r.login_failed = exc.login
            r.errors.append(str(exc))
            tell(str(exc))
        except Stopped:
            r.state = "stopped"
            tell(translate("mail_move", "Stopped; run it again to go on where it left off."))
        finally:
            connection.end()

    def _done_message(self) -> str:
        r = self.result
        if self.move.dry_run:
            made = sum(1 for f in r.folders if f.created)
            return translate("mail_move", "Dry run: {0} messages would be sent, {1} are already "
                             "there; {2} folders would be made.").format(
                                 r.to_send, r.already_there, made)
        differences = [f for f in r.folders if f.note]
        if r.failed or differences:
            return translate("mail_move", "{0} sent, {1} already there, {2} failed; {3} "
                             "folders differ.").format(r.sent, r.already_there, r.failed,
                                                       len(differences))
        return translate("mail_move", "All {0} messages are there: {1} sent now, {2} were "
                         "already there.").format(r.total, r.sent, r.already_there)

    def _read_back(self, connection: UserConnection) -> None:
        """Every target folder's count from the server, against what should be there."""
        if self.move.dry_run:
            return
        assert connection.server is not None
        sources: dict[str, int] = {}
        expected: dict[str, int] = {}   # what was there before, plus what this run sent
        for fr in self.result.folders:
            sources[fr.target] = sources.get(fr.target, 0) + fr.source_count
            expected[fr.target] = expected.get(fr.target, 0) + fr.there_before + fr.sent
        for attempt in range(2):
            try:
                assert connection.client is not None
                for fr in self.result.folders:
                    status = connection.client.folder_status(fr.target, [b"MESSAGES"])
                    fr.target_count = int(status.get(b"MESSAGES", 0))
                break
            except DROPPED as exc:
                if attempt:
                    raise StopUser(translate(
                        "mail_move", "Could not read back the folders' counts: {0}").format(
                            server_words(exc))) from None
                connection.reconnect(exc)
        for fr in self.result.folders:
            want = sources[fr.target]
            if fr.target_count is not None and fr.target_count < want - fr.failed:
                fr.note = translate(
                    "mail_move", "{0} has {1} messages at the new provider; the saved mailbox "
                    "has {2} ({3} refused).").format(fr.target, fr.target_count, want, fr.failed)
            elif fr.target_count is not None and fr.target_count > expected[fr.target]:
                fr.note = translate(
                    "mail_move", "{0} has {1} messages at the new provider, {2} more than were "
                    "there before plus those sent now: mail arrived there meanwhile, or a message "
                    "was stored twice after a dropped connection. Look in that folder.").format(
                        fr.target, fr.target_count, fr.target_count - expected[fr.target])
