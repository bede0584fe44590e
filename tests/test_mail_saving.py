"""A message saved into the Maildir is what Python's mailbox module writes, and is recorded
in the manifest in batches, each once its files are on disk."""

from __future__ import annotations

import io
import mailbox
import os
import tempfile
from pathlib import Path

from app.durable import DiskBarrier
from app.mail.manifest import MailManifest, MessageRow
from app.mail.recording import Outcome, Recorder
from app.mail.store import CHUNK, TMP_SUFFIX, MaildirStore

MESSAGE = (b"From: Bo <bo@example.dk>\r\nMessage-ID: <1@example.dk>\r\nSubject: Hej\r\n\r\n"
           + b"linje\r\n" * 20)


def _by_mailbox(data: bytes | io.BytesIO, tmp: Path) -> bytes:
    """The bytes mailbox.Maildir.add writes for ``data``."""
    box = mailbox.Maildir(tmp / "reference", factory=None, create=True)
    key = box.add(data)
    return box.get_bytes(key)


def test_the_saved_file_is_what_mailbox_writes_from_bytes_and_from_a_stream(
        tmp_path: Path) -> None:
    # a CRLF cut by a chunk's end, and a last line ending in a lone CR
    big = b"x" * (CHUNK - 1) + b"\r\n" + b"y\r\n" * 1000 + b"\r"
    store = MaildirStore(str(tmp_path / "Maildir"))
    store.ensure("Kunder")
    small = store.add("Kunder", "g1", MESSAGE, "2026-11-20T09:00:00Z", is_read=True,
                      flagged=False)
    assert Path(small).read_bytes() == MESSAGE.replace(b"\r\n", b"\n")
    assert Path(small).read_bytes() == _by_mailbox(io.BytesIO(MESSAGE), tmp_path)
    with tempfile.SpooledTemporaryFile(max_size=1024) as spool:
        spool.write(MESSAGE + big)
        spool.seek(0)
        streamed = store.add("Kunder", "g2", spool, "2026-11-20T09:00:00Z", is_read=False,
                             flagged=True)
    assert Path(streamed).read_bytes() == _by_mailbox(io.BytesIO(MESSAGE + big), tmp_path)
    assert Path(streamed).parent.name == "cur" and Path(streamed).name.endswith(":2,F")
    assert os.listdir(Path(streamed).parent.parent / "tmp") == []


def test_a_message_cut_mid_write_is_cleared_and_a_written_one_is_found_again(
        tmp_path: Path) -> None:
    store = MaildirStore(str(tmp_path / "Maildir"))
    path = store.add("", "g1", MESSAGE, "2026-11-20T09:00:00Z", is_read=True, flagged=False)
    half = tmp_path / "Maildir" / "tmp" / f"abc.1.2{TMP_SUFFIX}"
    half.write_bytes(MESSAGE[:30])
    again = MaildirStore(str(tmp_path / "Maildir"))      # the next run
    assert again.already("", "g1") == path
    assert again.already("", "g2") is None
    assert not half.exists()


def test_outcomes_are_recorded_in_batches_and_all_by_wait_and_close(tmp_path: Path) -> None:
    manifest = MailManifest(str(tmp_path))
    store = MaildirStore(str(tmp_path / "Maildir"))
    rows = [MessageRow("u", f"g{n}", "inbox", None, None, "2026-11-20T09:00:00Z", True, False)
            for n in range(10)]
    manifest.listed(rows)
    recorder = Recorder(manifest, str(tmp_path), batch=4, linger=60.0)
    for row in rows[:9]:
        path = store.add("", row.id, MESSAGE, row.received, is_read=True, flagged=False)
        recorder.record(Outcome("u", row.id, "verified", path, fetched=True, file=path))
    recorder.wait()             # no lingering for the last, unfilled batch
    assert manifest.counts("u") == {"verified": 9, "listed": 1}
    assert 1 <= recorder.batches <= 3   # 4 at least, then what wait() asked for
    recorder.record(Outcome("u", "g9", "failed", reason="could not be downloaded (HTTP 500)"))
    recorder.close()
    assert manifest.counts("u") == {"verified": 9, "failed": 1}
    assert manifest.failures("u") == [("g9", "could not be downloaded (HTTP 500)")]
    assert {state for state, fetches in manifest.states().values() if fetches} == {"verified"}
    manifest.close()


def test_the_recorder_makes_files_durable_by_one_flush_or_one_by_one(tmp_path: Path) -> None:
    """The recorder's barrier is the files backup's (app/durable.py, tested there too)."""
    store = MaildirStore(str(tmp_path / "Maildir"))
    paths = [store.add("", f"g{n}", MESSAGE, "2026-11-20T09:00:00Z", is_read=True,
                       flagged=False) for n in range(3)]
    for whole in (True, False):   # syncfs where Linux has it; each file, then its folder
        barrier = DiskBarrier(str(tmp_path), whole_file_system=whole)
        barrier(paths)
        barrier.close()
    assert all(Path(p).read_bytes() == MESSAGE.replace(b"\r\n", b"\n") for p in paths)
