"""The mail move: each user's saved Maildir appended into the new provider's IMAP server.

One connection per user (many providers limit concurrent logins), ``parallel_users`` users at
once. Per folder: the target is made when missing, what is already there is read (Message-ID,
or a digest of Date/From/To/Subject when there is none) and matched against the saved
messages as a multiset, and only the missing ones are appended, with ``\\Seen``/``\\Flagged``
and the received time as the internal date: many per command with MULTIAPPEND (RFC 3502)
where the server offers it (imapclient uses LITERAL+ where offered, so the literals are not
waited for), else one APPEND each. APPENDUID (UIDPLUS, RFC 4315) gives each message's UID for
the manifest. At the end every target folder's count is read back (STATUS) and compared.

Faults: a dropped connection reconnects (a few times, with a pause) and the folder is
matched again, so a message appended just before the drop is not sent twice; ``[OVERQUOTA]``
stops that user; a message the server refuses is recorded with the server's words and the
rest go on; a refused login stops that user at once.

    summary = MailMove(Path(dir), accounts, passwords.get).run(print)
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from app.mail_move.accounts import MoveAccount, mail_root, maildir_of
from app.mail_move.folders import ServerFolders
from app.mail_move.imap_wire import (
    DROPPED,
    appended_uids,
    folder_keys,
    is_overquota,
    joined,
    multiappend,
    pipelined_appends,
    server_words,
)
from app.mail_move.login import MoveConnectError, MoveLoginError, connect
from app.mail_move.manifest import MoveManifest
from app.mail_move.results import FolderResult, MoveSummary, UserProgress, UserResult
from app.mail_move.source import SourceFolder, SourceMessage, read_mailbox
from app.texts import translate

log = logging.getLogger(__name__)

BATCH_MESSAGES = 50
BATCH_BYTES = 4 * 1024 * 1024
RECONNECTS = 8                     # per user and run
SETTLE_SECONDS = 1.0               # a count unchanged this long: the old session is done
SETTLE_LIMIT = 30.0
CONNECT_PAUSES = (1.0, 2.0, 4.0, 8.0, 15.0)

Batch = list[tuple[SourceMessage, bytes]]   # a message and its bytes, CRLF


class _StopUser(Exception):  # noqa: N818 - a control-flow signal, not an error
    """This user cannot go on (quota, login); the message says why."""

    def __init__(self, message: str, *, login: bool = False) -> None:
        super().__init__(message)
        self.login = login


class _Stopped(Exception):  # noqa: N818 - a control-flow signal
    pass


class MailMove:
    """Runs once; ``stop`` (a threading.Event) ends each user between batches."""

    def __init__(self, source_dir: Path, accounts: list[MoveAccount],
                 passwords: Callable[[MoveAccount], str | None], *,
                 users: list[str] | None = None, dry_run: bool = False,
                 insecure: bool = False, parallel_users: int = 3,
                 stop: threading.Event | None = None, timeout: float = 120,
                 multiappend: bool = True) -> None:
        self.source_dir = Path(source_dir)
        self.root = mail_root(self.source_dir)
        only = {u.lower() for u in users or []}
        self.accounts = [a for a in accounts if not only or a.email.lower() in only]
        self.passwords = passwords
        self.dry_run = dry_run
        self.insecure = insecure
        self.parallel_users = max(1, parallel_users)
        self.stop = stop or threading.Event()
        self.timeout = timeout
        self.multiappend = multiappend

    def run(self, on_progress: Callable[[UserProgress], None] | None = None) -> MoveSummary:
        from app.mail_move.report import write_reports

        results = [UserResult(a.email) for a in self.accounts]
        manifest = None if self.dry_run else MoveManifest(self.root)
        try:
            with ThreadPoolExecutor(self.parallel_users, thread_name_prefix="mail-move") as pool:
                list(pool.map(lambda pair: _UserMove(self, pair[0], pair[1], manifest,
                                                     on_progress).run(),
                              zip(self.accounts, results, strict=True)))
        finally:
            if manifest is not None:
                manifest.close()
        complete = bool(results) and not self.dry_run and all(r.complete for r in results)
        summary = MoveSummary(results, complete, None, None, self.dry_run)
        if not self.dry_run:
            summary.report_html, summary.report_csv = write_reports(self.root, summary)
        return summary


class _UserMove:
    def __init__(self, move: MailMove, account: MoveAccount, result: UserResult,
                 manifest: MoveManifest | None,
                 on_progress: Callable[[UserProgress], None] | None) -> None:
        self.move = move
        self.account = account
        self.result = result
        self.manifest = manifest
        self.on_progress = on_progress
        self.client: imapclient.IMAPClient | None = None
        self.password: str | None = None
        self.reconnects = 0
        self.server: ServerFolders | None = None

    # -- progress ----------------------------------------------------------------------

    def tell(self, message: str | None = None) -> None:
        r = self.result
        if message is not None:
            r.message = message
        if self.on_progress is not None:
            try:
                self.on_progress(UserProgress(r.email, r.state, r.total, r.sent,
                                              r.already_there, r.failed, r.message))
            except Exception:  # noqa: BLE001 - a progress reader never stops the move
                log.exception("progress callback failed")

    # -- the run -----------------------------------------------------------------------

    def run(self) -> None:
        r = self.result
        maildir = maildir_of(self.move.source_dir, self.account.email)
        if not maildir.is_dir():
            r.state = "failed"
            r.errors.append(translate("mail_move", "No saved mailbox for {0} in {1}.").format(
                self.account.email, self.move.root))
            self.tell(r.errors[-1])
            return
        folders = read_mailbox(maildir)
        r.total = sum(len(f.messages) for f in folders)
        self.tell(translate("mail_move", "Waiting for its turn."))
        if self.move.stop.is_set():
            r.state = "stopped"
            self.tell(translate("mail_move", "Stopped before it began."))
            return
        self.password = self.move.passwords(self.account)
        if not self.password:
            r.state, r.login_failed = "failed", True
            r.errors.append(translate("mail_move", "No password for {0} at {1}.").format(
                self.account.imap_user, self.account.imap_host))
            self.tell(r.errors[-1])
            return
        r.state = "moving"
        try:
            self._connect()
            for folder in folders:
                self._fill(folder)
            self._read_back()
            r.state = "done"
            self.tell(self._done_message())
        except _StopUser as exc:
            r.state = "failed"
            r.login_failed = exc.login
            r.errors.append(str(exc))
            self.tell(str(exc))
        except _Stopped:
            r.state = "stopped"
            self.tell(translate("mail_move", "Stopped; run it again to go on where it left off."))
        finally:
            self._close()
            self.password = None

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

    # -- connection --------------------------------------------------------------------

    def _connect(self) -> None:
        pauses = list(CONNECT_PAUSES)
        while True:
            if self.move.stop.is_set():
                raise _Stopped()
            try:
                self.client = connect(self.account, self.password or "",
                                      insecure=self.move.insecure, timeout=self.move.timeout)
                break
            except MoveLoginError as exc:
                raise _StopUser(str(exc), login=True) from None
            except MoveConnectError as exc:
                if not pauses:
                    raise _StopUser(str(exc), login=self.server is None) from None
                self.tell(translate("mail_move", "{0} Trying again.").format(exc))
                if self.move.stop.wait(pauses.pop(0)):
                    raise _Stopped() from None
        if self.server is None:
            self.server = ServerFolders.read(self.client)
        else:
            self.server.existing.update(ServerFolders.read(self.client).existing)

    def _reconnect(self, exc: BaseException) -> None:
        self._close()
        self.reconnects += 1
        if self.reconnects > RECONNECTS:
            raise _StopUser(translate(
                "mail_move", "The connection to {0} kept breaking ({1}); stopped after {2} "
                "tries. Run it again later: it goes on where it left off.").format(
                    self.account.imap_host, server_words(exc), RECONNECTS)) from None
        log.info("mail-move %s: connection dropped (%s), reconnecting", self.account.email,
                 type(exc).__name__)
        self.tell(translate("mail_move", "The connection broke ({0}); connecting again.").format(
            server_words(exc)))
        self._connect()

    def _close(self) -> None:
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except (IMAPClientError, *DROPPED):
            try:
                client.shutdown()
            except (IMAPClientError, *DROPPED):
                pass

    # -- one folder ---------------------------------------------------------------------

    def _fill(self, folder: SourceFolder) -> None:
        assert self.server is not None
        target = self.server.target(folder)
        fr = FolderResult(folder.label, target, len(folder.messages))
        self.result.folders.append(fr)
        refused: set[Path] = set()
        matched = [False]       # the first match (what was there before this run) is done
        while True:
            if self.move.stop.is_set():
                raise _Stopped()
            try:
                self._fill_once(folder, fr, refused, matched)
                return
            except DROPPED as exc:
                self._reconnect(exc)

    def _fill_once(self, folder: SourceFolder, fr: FolderResult, refused: set[Path],
                   matched: list[bool]) -> None:
        assert self.client is not None and self.server is not None
        server, r = self.server, self.result
        exists = server.has(fr.target)
        if not exists:
            if self.move.dry_run:
                fr.created = True
                fr.to_send = len(folder.messages)
                r.to_send += fr.to_send
                self.tell()
                return
            for parent in server.parents(fr.target):
                if not server.has(parent):
                    self._create(parent)
            self._create(fr.target)
            fr.created = True
        if matched[0]:
            # A dropped session's server process may still be storing the APPENDs it had
            # read before the drop; matching before it is done would send them again.
            self._settle(fr.target)
        there = self._keys(fr.target)
        missing = self._missing(folder.messages, there, refused)
        if not matched[0]:
            matched[0] = True
            fr.there_before = sum(there.values())
            fr.already_there = len(folder.messages) - len(missing)
            r.already_there += fr.already_there
        if self.move.dry_run:
            fr.to_send = len(missing)
            r.to_send += fr.to_send
            self.tell()
            return
        # after a reconnect: what was appended just before the drop, not yet counted, is there
        recovered = (len(folder.messages) - len(missing) - fr.already_there - fr.sent
                     - len(refused))
        if recovered > 0:
            fr.sent += recovered
            r.sent += recovered
        for batch in self._batches(missing):
            if self.move.stop.is_set():
                raise _Stopped()
            self._send(fr, batch, refused)

    def _create(self, name: str) -> None:
        assert self.client is not None and self.server is not None
        try:
            self.client.create_folder(name)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            if "ALREADYEXISTS" not in server_words(exc).upper():
                raise _StopUser(translate(
                    "mail_move", "The server would not make the folder {0}: {1}").format(
                        name, server_words(exc))) from None
        try:
            self.client.subscribe_folder(name)
        except IMAPClientAbortError:
            raise
        except IMAPClientError:
            pass
        self.server.existing[name] = ()

    def _settle(self, target: str) -> None:
        """Wait until ``target``'s message count stops changing (at most SETTLE_LIMIT)."""
        assert self.client is not None
        waited, last = 0.0, None
        while waited < SETTLE_LIMIT:
            count = int(self.client.folder_status(target, [b"MESSAGES"]).get(b"MESSAGES", 0))
            if count == last:
                return
            last = count
            if self.move.stop.wait(SETTLE_SECONDS):
                raise _Stopped()
            waited += SETTLE_SECONDS

    def _keys(self, target: str) -> Counter[str]:
        """The matching keys of the messages already in ``target``."""
        assert self.client is not None
        return folder_keys(self.client, target, readonly=self.move.dry_run)

    @staticmethod
    def _missing(messages: list[SourceMessage], there: Counter[str],
                 refused: set[Path]) -> list[SourceMessage]:
        left = Counter(there)
        out = []
        for m in messages:
            if left[m.key] > 0:
                left[m.key] -= 1
            elif m.path not in refused:
                out.append(m)
        return out

    @staticmethod
    def _batches(messages: list[SourceMessage]) -> Iterator[Batch]:
        batch: Batch = []
        size = 0
        for m in messages:
            data = m.data()
            if batch and (len(batch) >= BATCH_MESSAGES or size + len(data) > BATCH_BYTES):
                yield batch
                batch, size = [], 0
            batch.append((m, data))
            size += len(data)
        if batch:
            yield batch

    def _send(self, fr: FolderResult, batch: Batch,
              refused: set[Path]) -> None:
        assert self.client is not None
        client = self.client
        if self.move.multiappend and len(batch) > 1 and client.has_capability("MULTIAPPEND"):
            try:
                response = multiappend(client, fr.target, _appends(batch))
            except IMAPClientAbortError:
                raise
            except IMAPClientError:
                # all or nothing (RFC 3502): one by one, to find the one it refuses, or to
                # fill the room a quota leaves
                for one in batch:
                    self._send(fr, [one], refused)
                return
            validity, uids = appended_uids(response)
            self._sent(fr, batch, validity, uids)
            return
        if self.move.multiappend and len(batch) > 1 and client.has_capability("LITERAL+"):
            self._pipelined(fr, batch, refused)
            return
        if len(batch) > 1:
            for one in batch:
                self._send(fr, [one], refused)
            return
        m, data = batch[0]
        try:
            response = client.append(fr.target, data, m.flags, m.when)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            words = server_words(exc)
            if is_overquota(words):
                raise self._overquota(exc) from None
            self._refused(fr, m, refused, words)
            return
        validity, uids = appended_uids(response)
        self._sent(fr, batch, validity, uids)

    def _pipelined(self, fr: FolderResult, batch: Batch,
                   refused: set[Path]) -> None:
        """All of ``batch`` pipelined (imap_wire.pipelined_appends), then each answer judged."""
        assert self.client is not None
        answers = pipelined_appends(self.client, fr.target, _appends(batch))
        done: Batch = []
        validity: int | None = None
        uids: list[int] = []
        full: BaseException | None = None
        for (m, data), (typ, response) in zip(batch, answers, strict=True):
            if typ == "OK":
                v, u = appended_uids(response)
                validity = v if v is not None else validity
                uids.extend(u[:1] if u else [])
                done.append((m, data))
            elif is_overquota(joined(response)):
                full = full or IMAPClientError(joined(response))
            else:
                self._refused(fr, m, refused, server_words(IMAPClientError(joined(response))))
        if done:
            self._sent(fr, done, validity, uids)
        if full is not None:
            raise self._overquota(full)

    def _refused(self, fr: FolderResult, m: SourceMessage, refused: set[Path],
                 words: str) -> None:
        refused.add(m.path)
        fr.failed += 1
        self.result.failed += 1
        self.result.errors.append(translate(
            "mail_move", "{0}: a message ({1}) was refused by the server: {2}").format(
                fr.source, m.path.name, words))
        if self.manifest is not None:
            self.manifest.record(self.account.email, [
                (self._rel(m.path), m.key, fr.target, None, None, "refused", words)])
        self.tell(self.result.errors[-1])

    def _overquota(self, exc: BaseException) -> _StopUser:
        return _StopUser(translate(
            "mail_move", "The mailbox of {0} at the new provider is full ({1}). Ask the "
            "provider for more room, or delete mail there, then run the move again: it goes on "
            "where it stopped.").format(self.account.imap_user, server_words(exc)))

    def _sent(self, fr: FolderResult, batch: Batch,
              validity: int | None, uids: list[int]) -> None:
        if len(uids) != len(batch):
            uids = []
        if self.manifest is not None:
            self.manifest.record(self.account.email, [
                (self._rel(m.path), m.key, fr.target, validity, uids[i] if uids else None,
                 "sent", None) for i, (m, _data) in enumerate(batch)])
        fr.sent += len(batch)
        self.result.sent += len(batch)
        self.tell(translate("mail_move", "Sending {0}.").format(fr.source))

    def _rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.move.root))
        except ValueError:
            return str(path)

    # -- the end ------------------------------------------------------------------------

    def _read_back(self) -> None:
        """Every target folder's count from the server, against what should be there."""
        if self.move.dry_run:
            return
        assert self.server is not None
        sources: dict[str, int] = {}
        expected: dict[str, int] = {}   # what was there before, plus what this run sent
        for fr in self.result.folders:
            sources[fr.target] = sources.get(fr.target, 0) + fr.source_count
            expected[fr.target] = expected.get(fr.target, 0) + fr.there_before + fr.sent
        for attempt in range(2):
            try:
                assert self.client is not None
                for fr in self.result.folders:
                    status = self.client.folder_status(fr.target, [b"MESSAGES"])
                    fr.target_count = int(status.get(b"MESSAGES", 0))
                break
            except DROPPED as exc:
                if attempt:
                    raise _StopUser(translate(
                        "mail_move", "Could not read back the folders' counts: {0}").format(
                            server_words(exc))) from None
                self._reconnect(exc)
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


def _appends(batch: Batch) -> list[tuple[bytes, tuple[bytes, ...], datetime]]:
    return [(data, m.flags, m.when) for m, data in batch]
