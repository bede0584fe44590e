"""The mail backup against the demo tenant: every folder and message saved and verified,
flags and dates kept, delta on the next run, Outlook's limits, faults."""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import sqlite3
from datetime import datetime
from email.parser import BytesHeaderParser
from pathlib import Path

from app.demo.graph_server import DemoGraphServer
from app.mail.manifest import MANIFEST_NAME
from tests.mail_support import RICH, SHARED, demo_box, mail_backup


def _maildir_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.parent.name == "cur" and p.is_file()]


def test_every_folder_and_message_is_saved_verified_with_flags_and_dates(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    summary = mail_backup(demo_server, tmp_path)
    assert summary.complete, [(r.upn, r.error, r.failures) for r in summary.mailboxes]
    box = demo_box(demo_server)
    rich = next(r for r in summary.mailboxes if r.upn == RICH)
    assert rich.verified == rich.listed == len(box.messages) == 19
    assert rich.failed == 0 and not rich.notes

    maildir = tmp_path / "Mail" / RICH / "Maildir"
    folders = sorted(mailbox.Maildir(maildir, create=False).list_folders())
    assert folders == sorted(["Sent Items", "Drafts", "Deleted Items", "Archive", "Junk Email",
                              "Projekter 2026", "Skjulte noter", "INBOX.Kunder",
                              "INBOX.Kunder.Caf&AOk- &ANg-sterbro"])  # hidden one included
    files = _maildir_files(maildir)
    assert len(files) == 19
    by_subject = {}
    for path in files:
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        by_subject[str(msg["Subject"])] = (path, msg)
    for m in box.messages.values():
        path, msg = by_subject[m.subject]          # RFC 2047 subjects decode back
        flags = path.name.split(":2,")[1]
        assert ("S" in flags) == m.is_read and ("F" in flags) == m.flagged
        assert int(path.stat().st_mtime) == int(m.received.timestamp())
        assert path.name.startswith(str(int(m.received.timestamp())))
        assert (msg["Message-ID"] or None) == m.imid
    big_path, big = by_subject["Video fra butikken"]
    assert big_path.stat().st_size > 25 * 1024 * 1024
    attachment = next(big.iter_attachments())
    assert len(attachment.get_content()) == 25 * 1024 * 1024
    assert by_subject["Грузовик приедет в 7 утра"][1]["From"].addresses[0].display_name == "Дмитрий"
    assert by_subject["Uden Message-ID"][1]["Message-ID"] is None   # verified without one

    shared = next(r for r in summary.mailboxes if r.upn == SHARED)
    assert shared.kind == "unlicensed" and shared.verified == shared.listed > 0
    db = sqlite3.connect(tmp_path / "Mail" / MANIFEST_NAME)
    assert {s for (s,) in db.execute("SELECT DISTINCT state FROM messages")} == {"verified"}
    assert all(os.path.exists(p) for (p,) in db.execute("SELECT path FROM messages"))


def test_shared_and_room_mailboxes_are_labelled_when_mailbox_settings_can_be_read(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    from app.mail.backup import MailBackup
    from tests.mail_support import MAIL_ROLES, app_token

    engine = MailBackup(app_token(demo_server, MAIL_ROLES | {"MailboxSettings.Read"}),
                        demo_server.graph_url, str(tmp_path))
    kinds = {b.upn: b.kind for b in engine.mailboxes()}
    assert kinds[SHARED] == "shared" and kinds["moedelokale@lillebager.dk"] == "room"
    assert kinds[RICH] == "user" and len(kinds) == 36


def test_a_second_run_fetches_nothing_and_then_only_what_arrived(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    assert mail_backup(demo_server, tmp_path).complete
    fetched = dict(store.value_gets)
    again = mail_backup(demo_server, tmp_path)
    assert again.complete and store.value_gets == fetched
    assert sum(r.fetched for r in again.mailboxes) == 0
    box = demo_box(demo_server)
    inbox = next(f for f in box.folders.values() if f.well_known == "inbox")
    new = store.add_message(box, inbox, "Ny ordre", ("Kunde", "k@example.com"), datetime.now())
    third = mail_backup(demo_server, tmp_path)
    assert third.complete and sum(r.fetched for r in third.mailboxes) == 1
    assert store.value_gets[new.id] == 1
    assert all(store.value_gets[k] == 1 for k in fetched)


def test_never_more_than_four_requests_per_mailbox_but_mailboxes_in_parallel(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    # Each request takes 50 ms, so a mailbox's four workers overlap even on a loaded machine
    # (at 10 ms, a busy CI machine once let only three overlap).
    store.latency = 0.05
    users = [RICH, SHARED, "anders.holm@lillebager.dk", "sofie.lund@lillebager.dk"]
    assert mail_backup(demo_server, tmp_path, users=users).complete
    assert max(store.max_active.values()) == 4         # reached, never passed
    assert store.max_total > 4                         # several mailboxes at once


def test_429_pauses_every_worker_of_that_mailbox_for_retry_after(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    box = demo_box(demo_server)
    demo_server.faults.add("throttle", f"/users/{box.user_id}/messages/", times=2, retry_after=1)
    summary = mail_backup(demo_server, tmp_path, users=[RICH])
    assert summary.complete
    throttled = [r for r in demo_server.requests if r.status == 429]
    assert len(throttled) == 2
    first = throttled[0].at
    mine = f"/users/{box.user_id}/"
    early = [r for r in demo_server.requests
             if mine in r.path and first + 0.2 < r.at < first + 0.95 and r.status != 429]
    assert early == []           # the whole mailbox waited, not just the one worker


def test_503_and_a_cut_mid_mime_are_retried(demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    box = demo_box(demo_server)
    big = next(m for m in box.messages.values() if m.kind == "big")
    small = next(m for m in box.messages.values() if m.kind == "attach")
    store.cut_messages.update({big.id: 1, small.id: 1})
    demo_server.faults.add("unavailable", "/$value", times=2, retry_after=0)
    summary = mail_backup(demo_server, tmp_path, users=[RICH])
    assert summary.complete
    assert store.value_gets[big.id] == 2 and store.value_gets[small.id] == 2


def test_a_message_that_stays_broken_fails_with_a_reason(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    box = demo_box(demo_server, SHARED)
    broken = next(iter(box.messages.values()))
    store.cut_messages[broken.id] = 99
    summary = mail_backup(demo_server, tmp_path, users=[SHARED], attempts=2)
    assert not summary.complete
    result = summary.mailboxes[0]
    assert result.failed == 1 and result.verified == result.listed - 1
    assert "could not be downloaded" in result.failures[0]
    assert len(_maildir_files(tmp_path / "Mail" / SHARED / "Maildir")) == result.listed - 1
    store.cut_messages.clear()
    assert mail_backup(demo_server, tmp_path, users=[SHARED]).complete   # retried next run


def test_a_count_that_changes_during_the_backup_is_named(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    box = demo_box(demo_server)
    store.arrive_after[box.user_id] = 12
    summary = mail_backup(demo_server, tmp_path, users=[RICH])
    notes = summary.mailboxes[0].notes
    assert any(n.startswith("Inbox: Microsoft 365 counts 6, the backup has 5: 1 arrived")
               for n in notes), notes
    assert any("were deleted or moved in the mailbox during the backup" in n for n in notes)


def test_without_mail_read_mail_is_skipped_with_a_reason(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    summary = mail_backup(demo_server, tmp_path, roles={"User.Read.All", "Files.Read.All"})
    assert summary.skipped == "this access has no Mail.Read permission"
    assert not (tmp_path / "Mail" / RICH).exists()


def test_mbox_one_file_per_folder_opens_with_the_mailbox_module_and_formail(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    import shutil
    import subprocess

    summary = mail_backup(demo_server, tmp_path, users=[RICH], fmt="mbox")
    assert summary.complete
    root = tmp_path / "Mail" / RICH / "mbox"
    box = demo_box(demo_server)
    inbox = mailbox.mbox(root / "Inbox", create=False)
    subjects = {str(email.message_from_bytes(inbox.get_bytes(k), policy=email.policy.default)
                    ["Subject"]) for k in inbox.keys()}  # noqa: SIM118 - iterating gives messages
    assert "Æbleskiver til julemarkedet – bestilling" in subjects and len(subjects) == 5
    cafe = mailbox.mbox(root / "Inbox.sbd" / "Kunder.sbd" / "Café Østerbro", create=False)
    assert len(cafe) == 2
    counted = 0
    by_subject = {m.subject: m for m in box.messages.values()}
    for path in [p for p in root.rglob("*") if p.is_file() and not p.name.endswith(".sbd")]:
        mbox = mailbox.mbox(path, create=False)
        for key in mbox.keys():  # noqa: SIM118 - iterating a mailbox gives messages
            counted += 1
            head = BytesHeaderParser(policy=email.policy.default).parsebytes(
                mbox.get_bytes(key))
            original = by_subject[str(head["Subject"])]
            assert ("R" in str(head["Status"])) == original.is_read
            assert ("F" in str(head["X-Status"] or "")) == original.flagged
    assert counted == len(box.messages)
    if shutil.which("formail"):
        out = subprocess.run(["formail", "-s", "sh", "-c", "cat >/dev/null; echo message"],
                             input=(root / "Inbox").read_bytes(), capture_output=True)
        assert out.stdout.decode().split() == ["message"] * 5, out.stderr


def test_the_gate_holds_the_requests_per_window_and_a_retry_after_pause() -> None:
    from app.mail.http import MailboxGate

    gate = MailboxGate(limit=4, per_window=3, window=600)
    for _ in range(3):
        with gate.slot():
            pass
    assert gate.wait_time() > 590          # the 4th request of the window waits for the 1st
    paused = MailboxGate()
    paused.pause(30)
    assert 29 < paused.wait_time() <= 30 and paused.pauses == 1
