"""One saved folder copied into its target: made when missing, matched, the missing ones appended.

The target's messages are read (imap_wire.folder_keys) and matched against the saved ones as
a multiset, so only what is missing is sent: many per command with MULTIAPPEND (RFC 3502)
where the server offers it, pipelined with LITERAL+, else one APPEND each. After a dropped
connection the folder is matched again, once the old session has settled, so a message
appended just before the drop is not sent twice.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

from app.mail_move.connection import UserConnection
from app.mail_move.folders import ServerFolders
from app.mail_move.imap_wire import (
    DROPPED,
    Append,
    appended_uids,
    folder_keys,
    is_overquota,
    joined,
    multiappend,
    pipelined_appends,
    server_words,
)
from app.mail_move.record import UserRecord
from app.mail_move.results import FolderResult
from app.mail_move.source import SourceFolder, SourceMessage
from app.mail_move.stops import Stopped, StopUser
from app.texts import translate

BATCH_MESSAGES = 50
BATCH_BYTES = 4 * 1024 * 1024
SETTLE_SECONDS = 1.0               # a count unchanged this long: the old session is done
SETTLE_LIMIT = 30.0

Batch = list[tuple[SourceMessage, bytes]]   # a message and its bytes, CRLF


class FolderCopy:
    """Runs once per folder; a dropped connection is made again and the folder matched again."""

    def __init__(self, folder: SourceFolder, connection: UserConnection, record: UserRecord, *,
                 stop: threading.Event, dry_run: bool, multiappend: bool) -> None:
        self.folder = folder
        self.connection = connection
        self.record = record
        self.stop = stop
        self.dry_run = dry_run
        self.multiappend = multiappend
        self.refused: set[Path] = set()
        self.matched = False       # the first match (what was there before this run) is done

    @property
    def server(self) -> ServerFolders:
        assert self.connection.server is not None
        return self.connection.server

    def run(self) -> None:
        fr = self.record.folder(FolderResult(self.folder.label, self.server.target(self.folder),
                                             len(self.folder.messages)))
        while True:
            if self.stop.is_set():
                raise Stopped()
            try:
                self._once(fr)
                return
            except DROPPED as exc:
                self.connection.reconnect(exc)

    def _once(self, fr: FolderResult) -> None:
        assert self.connection.client is not None
        folder, server = self.folder, self.server
        if not server.has(fr.target):
            if self.dry_run:
                fr.created = True
                self.record.would_send(fr, len(folder.messages))
                return
            for parent in server.parents(fr.target):
                if not server.has(parent):
                    self._create(parent)
            self._create(fr.target)
            fr.created = True
        if self.matched:
            # A dropped session's server process may still be storing the APPENDs it had
            # read before the drop; matching before it is done would send them again.
            self._settle(fr.target)
        there = self._keys(fr.target)
        missing = self._missing(folder.messages, there, self.refused)
        if not self.matched:
            self.matched = True
            self.record.found(fr, sum(there.values()), len(folder.messages) - len(missing))
        if self.dry_run:
            self.record.would_send(fr, len(missing))
            return
        # after a reconnect: what was appended just before the drop, not yet counted, is there
        recovered = (len(folder.messages) - len(missing) - fr.already_there - fr.sent
                     - len(self.refused))
        if recovered > 0:
            self.record.recovered(fr, recovered)
        for batch in self._batches(missing):
            if self.stop.is_set():
                raise Stopped()
            self._send(fr, batch)

    def _create(self, name: str) -> None:
        client = self.connection.client
        assert client is not None
        try:
            client.create_folder(name)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            if "ALREADYEXISTS" not in server_words(exc).upper():
                raise StopUser(translate(
                    "mail_move", "The server would not make the folder {0}: {1}").format(
                        name, server_words(exc))) from None
        try:
            client.subscribe_folder(name)
        except IMAPClientAbortError:
            raise
        except IMAPClientError:
            pass
        self.server.existing[name] = ()

    def _settle(self, target: str) -> None:
        """Wait until ``target``'s message count stops changing (at most SETTLE_LIMIT)."""
        client = self.connection.client
        assert client is not None
        waited, last = 0.0, None
        while waited < SETTLE_LIMIT:
            count = int(client.folder_status(target, [b"MESSAGES"]).get(b"MESSAGES", 0))
            if count == last:
                return
            last = count
            if self.stop.wait(SETTLE_SECONDS):
                raise Stopped()
            waited += SETTLE_SECONDS

    def _keys(self, target: str) -> Counter[str]:
        """The matching keys of the messages already in ``target``."""
        assert self.connection.client is not None
        return folder_keys(self.connection.client, target, readonly=self.dry_run)

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

    def _send(self, fr: FolderResult, batch: Batch) -> None:
        client = self.connection.client
        assert client is not None
        if self.multiappend and len(batch) > 1 and client.has_capability("MULTIAPPEND"):
            try:
                response = multiappend(client, fr.target, _appends(batch))
            except IMAPClientAbortError:
                raise
            except IMAPClientError:
                # all or nothing (RFC 3502): one by one, to find the one it refuses, or to
                # fill the room a quota leaves
                for one in batch:
                    self._send(fr, [one])
                return
            validity, uids = appended_uids(response)
            self.record.sent(fr, _messages(batch), validity, uids)
            return
        if self.multiappend and len(batch) > 1 and client.has_capability("LITERAL+"):
            self._pipelined(fr, batch)
            return
        if len(batch) > 1:
            for one in batch:
                self._send(fr, [one])
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
            self._refused(fr, m, words)
            return
        validity, uids = appended_uids(response)
        self.record.sent(fr, _messages(batch), validity, uids)

    def _pipelined(self, fr: FolderResult, batch: Batch) -> None:
        """All of ``batch`` pipelined (imap_wire.pipelined_appends), then each answer judged."""
        assert self.connection.client is not None
        answers = pipelined_appends(self.connection.client, fr.target, _appends(batch))
        done: list[SourceMessage] = []
        validity: int | None = None
        uids: list[int] = []
        full: BaseException | None = None
        for (m, _data), (typ, response) in zip(batch, answers, strict=True):
            if typ == "OK":
                v, u = appended_uids(response)
                validity = v if v is not None else validity
                uids.extend(u[:1] if u else [])
                done.append(m)
            elif is_overquota(joined(response)):
                full = full or IMAPClientError(joined(response))
            else:
                self._refused(fr, m, server_words(IMAPClientError(joined(response))))
        if done:
            self.record.sent(fr, done, validity, uids)
        if full is not None:
            raise self._overquota(full)

    def _refused(self, fr: FolderResult, m: SourceMessage, words: str) -> None:
        self.refused.add(m.path)
        self.record.refused(fr, m, words)

    def _overquota(self, exc: BaseException) -> StopUser:
        return StopUser(translate(
            "mail_move", "The mailbox of {0} at the new provider is full ({1}). Ask the "
            "provider for more room, or delete mail there, then run the move again: it goes on "
            "where it stopped.").format(self.connection.account.imap_user, server_words(exc)))


def _appends(batch: Batch) -> list[Append]:
    return [(data, m.flags, m.when) for m, data in batch]


def _messages(batch: Batch) -> list[SourceMessage]:
    return [m for m, _data in batch]
