"""Saved messages recorded in the manifest in batches, each batch made durable first.

A message is recorded ``verified`` only once its file is on disk durably, but an fsync per
message (what ``mailbox.Maildir.add`` does) held the threads that saved on the disk for
most of the time a message took (profiled with py-spy on benchmarks/mail.py). So each
checked message is handed here and its thread goes on; one thread takes every message
handed in since its last turn (at least ``batch`` of them, or whatever came within
``linger`` seconds), makes their files durable in one pass (:class:`app.durable.DiskBarrier`,
the files backup's too: one ``syncfs`` on Linux), then records them all in one manifest
transaction. A run killed before that transaction loses no message: the next run finds
the files by their names (:meth:`app.mail.store.MaildirStore.already`), reads them back,
checks them again and records them in a later batch, fetching nothing twice.

    recorder = Recorder(manifest, root)
    recorder.record(Outcome(user, message_id, "verified", path))
    recorder.wait()     # everything handed in so far is recorded
    recorder.close()
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from app.durable import DiskBarrier
from app.mail.manifest import MailManifest

log = logging.getLogger(__name__)

BATCH = 256          # a batch is due once this many messages wait to be recorded ...
LINGER = 0.5         # ... or this many seconds after the first of them came


@dataclass
class Outcome:
    """What became of one message: ``verified`` or ``failed`` (with the reason)."""

    user: str
    message: str
    state: str
    path: str | None = None
    reason: str | None = None
    fetched: bool = False
    file: str | None = None     # the file to make durable before recording (None: it is)


class Recorder:
    """Takes outcomes from any thread; records them from its own, batch by batch."""

    def __init__(self, manifest: MailManifest, root: str, *, batch: int = BATCH,
                 linger: float = LINGER) -> None:
        self.manifest, self.root = manifest, root
        self.barrier = DiskBarrier(root)   # the files, on the disk, before they are recorded
        self.batch, self.linger = batch, linger
        self._cond = threading.Condition()
        self._pending: list[Outcome] = []
        self._first = 0.0            # when the oldest pending outcome came
        self._handed = self._recorded = self._wanted = 0
        self._closing = False
        self._error: BaseException | None = None
        self.batches = 0
        self._thread = threading.Thread(target=self._loop, name="mail-record", daemon=True)
        self._thread.start()

    def record(self, outcome: Outcome) -> None:
        with self._cond:
            if not self._pending:
                self._first = time.monotonic()
            self._pending.append(outcome)
            self._handed += 1
            if len(self._pending) >= self.batch:
                self._cond.notify_all()

    def wait(self) -> None:
        """Until everything handed in so far is in the manifest (as it was recorded)."""
        with self._cond:
            target = self._handed
            self._wanted = max(self._wanted, target)
            self._cond.notify_all()          # no lingering: someone is waiting
            while self._recorded < target and self._error is None:
                self._cond.wait(0.5)
            if self._error is not None:
                raise self._error

    def close(self) -> None:
        """Records what is left, and ends the thread."""
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join()
        self.barrier.close()
        if self._error is not None:
            raise self._error

    def _take(self) -> list[Outcome] | None:
        """The next batch, once it is due; None when closed and nothing is left."""
        with self._cond:
            while True:
                if self._pending:
                    due = self._first + self.linger - time.monotonic()
                    hurried = self._closing or self._recorded < self._wanted
                    if len(self._pending) >= self.batch or due <= 0 or hurried:
                        taken, self._pending = self._pending, []
                        return taken
                    self._cond.wait(due)
                elif self._closing:
                    return None
                else:
                    self._cond.wait()

    def _loop(self) -> None:
        try:
            while (taken := self._take()) is not None:
                self._write(taken)
                with self._cond:
                    self._recorded += len(taken)
                    self.batches += 1
                    self._cond.notify_all()
        except BaseException as exc:     # the manifest failed: every waiter is told
            log.exception("recording saved messages failed")
            with self._cond:
                self._error = exc
                self._cond.notify_all()

    def _write(self, taken: list[Outcome]) -> None:
        files = [o.file for o in taken if o.state == "verified" and o.file]
        if files:
            try:
                self.barrier(files)
            except OSError as exc:
                why = f"could not be made durable on disk ({exc})"
                log.warning("mail: %s", why)
                for o in taken:
                    if o.state == "verified":
                        o.state, o.reason = "failed", why
        self.manifest.record(taken)
