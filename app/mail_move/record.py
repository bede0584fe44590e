"""What one user's move records as it goes: its counts, the manifest's rows, the progress told."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from app.mail_move.accounts import MoveAccount
from app.mail_move.manifest import MoveManifest
from app.mail_move.results import FolderResult, UserProgress, UserResult
from app.mail_move.source import SourceMessage
from app.texts import translate

log = logging.getLogger(__name__)


class UserRecord:
    """Every count of one user's ``UserResult`` changes here, and each change is told."""

    def __init__(self, account: MoveAccount, result: UserResult, manifest: MoveManifest | None,
                 root: Path, on_progress: Callable[[UserProgress], None] | None) -> None:
        self.account = account
        self.result = result
        self.manifest = manifest      # None on a dry run
        self.root = root
        self.on_progress = on_progress

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

    def folder(self, fr: FolderResult) -> FolderResult:
        self.result.folders.append(fr)
        return fr

    def found(self, fr: FolderResult, there_before: int, already_there: int) -> None:
        """The first match in ``fr``'s target: what was there before this run."""
        fr.there_before = there_before
        fr.already_there = already_there
        self.result.already_there += already_there

    def would_send(self, fr: FolderResult, count: int) -> None:
        """A dry run's answer for ``fr``."""
        fr.to_send = count
        self.result.to_send += count
        self.tell()

    def recovered(self, fr: FolderResult, count: int) -> None:
        """Messages appended just before a dropped connection, found there after it."""
        fr.sent += count
        self.result.sent += count

    def sent(self, fr: FolderResult, messages: list[SourceMessage],
             validity: int | None, uids: list[int]) -> None:
        if len(uids) != len(messages):
            uids = []
        if self.manifest is not None:
            self.manifest.record(self.account.email, [
                (self._rel(m.path), m.key, fr.target, validity, uids[i] if uids else None,
                 "sent", None) for i, m in enumerate(messages)])
        fr.sent += len(messages)
        self.result.sent += len(messages)
        self.tell(translate("mail_move", "Sending {0}.").format(fr.source))

    def refused(self, fr: FolderResult, m: SourceMessage, words: str) -> None:
        fr.failed += 1
        self.result.failed += 1
        self.result.errors.append(translate(
            "mail_move", "{0}: a message ({1}) was refused by the server: {2}").format(
                fr.source, m.path.name, words))
        if self.manifest is not None:
            self.manifest.record(self.account.email, [
                (self._rel(m.path), m.key, fr.target, None, None, "refused", words)])
        self.tell(self.result.errors[-1])

    def _rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)
