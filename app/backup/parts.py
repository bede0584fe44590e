"""A big file in parts: ranged GETs over several connections at once, verified whole.

On a link with a long round trip and some loss, one TCP connection does not fill the
link, and a backup whose last big file runs on one connection idles the rest. So a file
of :data:`PARTED_FROM` bytes or more is fetched in parts of :data:`PART_SIZE`, each a
ranged GET of the pre-authenticated download URL, written in place into the one part
file. Graph documents this: "Download driveItem content", section "Partial range
downloads" (the Range header goes on the ``@microsoft.graph.downloadUrl`` itself, not
on the ``/content`` request; the answer is 206 Partial Content).

Each part is a :class:`PartFetch`: the same judgement of every answer as a whole file
(``fetch.py``: 429/503 through the shared pacer, a cut resumes the part where it ended,
an expired URL is asked for again), but it ends when its range is on disk.
:class:`PartedFile` hands the parts out, records the whole ones beside the part file
(so a backup killed mid-file resumes with the parts it lacks), and verifies the whole
file's quickXorHash: every written range is hashed as it lands, in any order, and the
ranges' registers are XORed. Where the hash folds in C (``quickxor.py``: the lock is let
go, ~25 GB/s), a part's bytes are hashed as they are written, from the same buffer, as a
small file's are; where it folds in pure Python, the ranges go to the hashing process
(``hash_worker.py``), which reads them back from the disk cache. Parts an earlier run
left whole are always hashed from the disk.

A server that answers a part with the whole file (200) is not written in pieces: once
no part is in flight the file is fetched whole, as any other.
"""

from __future__ import annotations

import json
import logging
import os
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from app.backup.errors import destination_error
from app.backup.fetch import (
    FetchResult,
    FileFetch,
    FileJob,
    Finished,
    NeedUrl,
    Request,
    Step,
    remove_if_there,
    size_or_zero,
)
from app.backup.hash_worker import Hashed, HashWorker
from app.backup.manifest import ItemState
from app.backup.paths import PART_SUFFIX
from app.backup.quickxor import IMPLEMENTATION, QuickXorHash, at_offset, b64digest_of
from app.backup.transfer import Answer, Hasher
from app.graph.pacer import Pacer
from app.texts import translate

log = logging.getLogger(__name__)

PART_SIZE = 8 * 1024 * 1024   # a part: ~2% of its time is the request's round trip on 40 ms
PARTED_FROM = 2 * PART_SIZE   # files this big or bigger go in parts
PARTS_AT_ONCE = 16            # a file's parts handed out at a time (the downloader's cap rules)
HASH_EVERY = 4 * 1024 * 1024  # bytes of a part sent to the hashing process at a time
HASH_AS_WRITTEN = IMPLEMENTATION == "C"  # hash parts from the written buffer (else: the process)

PartMoves = list["PartFetch"] | Step | None


def parted(job: FileJob) -> bool:
    """Fetch this file in parts? Big files only, and never an Office file in a library:
    SharePoint may serve it with another size than listed (``fetch.py``)."""
    return job.size >= PARTED_FROM and not job.office_rewrite_possible


@dataclass(frozen=True)
class _Token:
    """Which file (and which attempt at it) a hashed range belongs to."""

    file: PartedFile
    attempt: int


class PartFeed:
    """A part transfer's :class:`Hasher`: what reached the disk, hashed as it is written
    (:data:`HASH_AS_WRITTEN`: the file gets the register at :meth:`flush`) or sent to the
    hashing process every :data:`HASH_EVERY` bytes and at :meth:`flush`."""

    def __init__(self, file: PartedFile, start: int) -> None:
        self.file = file
        self.start = self.pos = start
        self._attempt = file.attempt
        self._here = QuickXorHash() if HASH_AS_WRITTEN else None

    def update(self, data: memoryview) -> None:
        self.pos += len(data)
        if self._here is not None:
            self._here.update(data)  # one register for the whole transfer, at flush
        elif self.pos - self.start >= HASH_EVERY:
            self.flush()

    def flush(self) -> None:
        if self.pos <= self.start:
            return
        if self._here is not None:
            self.file.hashed_here(self._attempt, self.start, self._here.register())
            self._here = QuickXorHash()
        else:
            self.file.hash_range(self.start, self.pos)
        self.start = self.pos


PART_WHOLE = FetchResult(ItemState.VERIFIED, "part")   # never recorded: the file's result is
RANGES_REFUSED = FetchResult(ItemState.FAILED, "ranges refused")


class PartFetch(FileFetch):
    """The decisions for bytes [start, end) of a parted file."""

    def __init__(self, file: PartedFile, index: int, start: int, end: int) -> None:
        self.file = file
        self._used_url: str | None = None
        self._joined = False  # FileFetch's own start sets the job's URL: the file's stays
        super().__init__(file.job, file.dest, file.pacer)
        self._joined = True
        self.index = index
        self.offset, self.end = start, end
        self._maybe_part = False

    @property  # type: ignore[override]
    def url(self) -> str | None:
        return self.file.url

    @url.setter
    def url(self, value: str | None) -> None:
        # An expired URL is dropped only if no other part has fetched a newer one already.
        if not self._joined:
            return
        if value is not None or self._used_url is None or self.file.url == self._used_url:
            self.file.url = value

    def next_step(self) -> Step:
        if self.url is None:
            return self._url_step()
        self._used_url = self.url
        return Request(self.url, self.part, self.offset, PartFeed(self.file, self.offset),
                       end=self.end)

    def answered(self, answer: Answer, hasher: Hasher) -> Step:
        if isinstance(hasher, PartFeed):
            hasher.flush()
        self.offset += answer.written
        if answer.ranges_refused:
            return Finished(RANGES_REFUSED)
        return super().answered(answer, hasher)

    def _whole_answer(self, answer: Answer, hasher: Hasher) -> Step:
        if self.offset >= self.end:
            return Finished(PART_WHOLE)
        return self._retry(translate("backup", "a part ended short"),
                           progressed=answer.written > 0)

    @property
    def _expected_end(self) -> int:
        return self.end

    def _range_refused(self) -> None:
        """The part is simply asked for again: the other parts' bytes stay."""

    def _drop_part(self) -> None:
        """Other parts may still be writing: :class:`PartedFile` removes the file at the end."""


class PartedFile:
    """One big file's parts: which are whole, which to fetch next, and the verdict."""

    def __init__(self, job: FileJob, dest: str, pacer: Pacer, hashes: HashWorker, *,
                 max_downloads: int = 3) -> None:
        self.job = job
        self.dest = dest
        self.pacer = pacer
        self.hashes = hashes
        self.whole = FileFetch(job, dest, pacer, max_downloads=max_downloads)
        self.url = job.download_url
        self.part = job.part_path
        # Beside the part file, ending in the part suffix as it does: no server name can be
        # this (paths.safe_name), and no other file's part file either.
        self.record = self.part + PART_SUFFIX
        self.bounds = [(s, min(s + PART_SIZE, job.size)) for s in range(0, job.size, PART_SIZE)]
        self.received = 0
        self._todo: deque[int] = deque()
        self._whole_parts: set[int] = set()
        self._flying = 0
        self._attempt = 0
        self._register = 0
        self._hashing = 0
        self._hash_error: OSError | None = None
        self._ended: FetchResult | None = None
        self._refused = False
        self.abandoned = False  # a decision failed: the downloader ended the file

    # -- the downloader's calls ----------------------------------------------------------

    def start(self, folders: set[str]) -> PartMoves:
        """The first parts to fetch (or the file's step: already in place)."""
        ready = self.whole.ready(folders)
        if ready is not None:
            self._forget_record()
            return ready
        self._resume()
        return self._hand_out()

    def part_ended(self, part: PartFetch, result: FetchResult) -> PartMoves:
        """A part is whole, or gave up: the next part, or the file's verdict."""
        self._flying -= 1
        self.received += part.received
        if result is PART_WHOLE:
            self._whole_parts.add(part.index)
            self._write_record()
        elif result is RANGES_REFUSED:
            self._refused = True
        elif self._ended is None:
            self._ended = result
        if self._ended is None and not self._refused:
            more = self._hand_out()
            if more:
                return more
        if self._flying:
            return None
        if self._ended is not None or self._refused:
            return self._wind_up()
        return self._verify_when_hashed()

    def hashed(self, answer: Hashed) -> PartMoves:
        """A range's register from the hashing process."""
        if not isinstance(answer.token, _Token) or answer.token.attempt != self._attempt:
            return None  # an attempt given up on
        self._hashing -= 1
        if answer.error is not None:
            self._hash_error = self._hash_error or answer.error
        self._register ^= answer.register
        if self._flying or self._todo or self._ended is not None or self._refused:
            return None
        return self._verify_when_hashed()

    @property
    def attempt(self) -> int:
        """Which attempt at the parts this is: hashes of an earlier one count for nothing."""
        return self._attempt

    def hashed_here(self, attempt: int, start: int, register: int) -> None:
        """A range hashed as it was written (:class:`PartFeed`), its register as if at 0."""
        if attempt == self._attempt:
            self._register ^= at_offset(register, start)

    def hash_range(self, start: int, end: int) -> None:
        """Bytes [start, end) are on disk: have them hashed (:class:`PartFeed`)."""
        self._hashing += 1
        self.hashes.submit(_Token(self, self._attempt), self.part, start, end)

    # -- inside --------------------------------------------------------------------------

    def _hand_out(self) -> list[PartFetch]:
        parts = []
        while self._todo and self._flying < PARTS_AT_ONCE:
            index = self._todo.popleft()
            start, end = self.bounds[index]
            parts.append(PartFetch(self, index, start, end))
            self._flying += 1
        return parts

    def _resume(self) -> None:
        """Which parts an earlier run left whole: from the record, or a whole-file run's
        prefix; they are hashed from the disk. The record is written before any part."""
        whole: set[int] = set()
        have = self.whole._file_op(size_or_zero, self.part)
        if self.job.seen_before and have <= self.job.size:  # longer: the file changed since
            recorded = self._read_record()
            if recorded is None:  # a part file of one stream: a prefix is whole
                whole = {i for i, (_, end) in enumerate(self.bounds) if end <= have}
            else:
                whole = {i for i in recorded if self.bounds[i][1] <= have}
        if not whole and have:  # start clean: no old byte may stay past the end
            self.whole._file_op(remove_if_there, self.part)
        self._whole_parts = whole
        for index in sorted(whole):
            self.hash_range(*self.bounds[index])
        self._todo = deque(i for i in range(len(self.bounds)) if i not in whole)
        if whole:
            log.info("backup: %s resumes with %d of %d parts", self.job.item_id, len(whole),
                     len(self.bounds))
        self._write_record()

    def _verify_when_hashed(self) -> PartMoves:
        if self._hashing or len(self._whole_parts) < len(self.bounds):
            return None
        if self._hash_error is not None:
            raise destination_error(self._hash_error, self.dest)
        digest = b64digest_of(self._register, self.job.size)
        self._forget_record()  # kept or removed by the judgement, the part file is no parts' now
        return self._as_whole(lambda: self.whole._judge(digest, self.job.size))

    def _wind_up(self) -> PartMoves:
        """No part in flight, and the parts stopped: fetch whole, or end the file."""
        self._attempt += 1  # hashes still on their way count for nothing
        if self._refused:
            log.info("backup: %s: the server sent the whole file for a part; fetching it "
                     "whole", self.job.item_id)
            self._forget_record()
            self.whole._file_op(remove_if_there, self.part)
            return self._as_whole(self.whole.next_step)
        assert self._ended is not None
        if self._ended.state is ItemState.SKIPPED:  # blocked or gone: no file to keep
            self._forget_record()
            self.whole._file_op(remove_if_there, self.part)
        ended = self._ended
        return self._as_whole(lambda: Finished(ended))  # a failure keeps the parts for next time

    def _as_whole(self, decide: Callable[[], Step]) -> Step:
        self.whole.url = self.url
        self.whole.received = self.received
        return decide()

    # -- the record of whole parts ---------------------------------------------------------

    def _read_record(self) -> set[int] | None:
        try:
            with open(self.record, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            data = {}
        if data.get("size") != self.job.size or data.get("part") != PART_SIZE:
            return set()  # another layout: none of the bytes can be trusted
        return {i for i in data.get("whole", []) if isinstance(i, int)
                and 0 <= i < len(self.bounds)}

    def _write_record(self) -> None:
        """The whole parts, replaced in one rename. Not synced: after a power cut the record
        may name a part the disk lost, and the whole file's hash then refuses it."""
        data = json.dumps({"size": self.job.size, "part": PART_SIZE,
                           "whole": sorted(self._whole_parts)})

        def write() -> None:
            temporary = self.record + PART_SUFFIX  # no server name or other file's either
            with open(temporary, "w", encoding="utf-8") as f:
                f.write(data)
            os.replace(temporary, self.record)

        self.whole._file_op(write)

    def _forget_record(self) -> None:
        self.whole._file_op(remove_if_there, self.record)


__all__ = ["PART_SIZE", "PARTED_FROM", "NeedUrl", "PartFetch", "PartedFile", "parted"]
