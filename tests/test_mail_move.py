"""The mail move against a real Dovecot on loopback (private config): folders, counts, flags
and internal dates match the saved Maildir; a re-run sends nothing; a mailbox half filled by
hand gets only what is missing; a dry run sends nothing; TLS and STARTTLS with a throwaway CA;
a server without SPECIAL-USE and with '.' as its delimiter."""

from __future__ import annotations

import email
import imaplib
import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import imapclient
import pytest

from app.demo.graph_server import DemoGraphServer
from app.mail_move.accounts import Security, maildir_of
from app.mail_move.engine import MailMove
from app.mail_move.login import test_login as check_login
from app.mail_move.manifest import MANIFEST_NAME
from app.mail_move.source import read_mailbox
from tests.dovecot_support import DOVECOT, Dovecot
from tests.mail_move_support import account, make_message, save_maildir, server_view
from tests.mail_support import RICH, mail_backup

pytestmark = pytest.mark.skipif(DOVECOT is None, reason="dovecot-imapd is not installed")
PW = "Kodeord-til-Mette-42"


def _move(src: Path, accounts: list, **kw: object):  # noqa: ANN202
    return MailMove(src, accounts, lambda a: PW, insecure=True, **kw).run()  # type: ignore[arg-type]


def _source_view(src: Path, upn: str, targets: dict[str, str]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for folder in read_mailbox(maildir_of(src, upn)):
        rows = []
        for m in folder.messages:
            msg = email.message_from_bytes(m.path.read_bytes())
            rows.append((str(msg["Subject"] or "").replace("\n", " "),
                         msg["Message-ID"], b"\\Seen" in m.flags, b"\\Flagged" in m.flags,
                         int(m.when.timestamp())))
        out[targets[folder.label]] = sorted(rows, key=lambda t: (t[0], t[4]))
    return out


def test_the_demo_mailbox_moves_with_its_folders_counts_flags_and_dates_and_a_rerun_sends_nothing(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    assert mail_backup(demo_server, tmp_path, users=[RICH]).complete
    with Dovecot(users={RICH: PW}) as dovecot:
        summary = _move(tmp_path, [account(RICH, dovecot.port)])
        [user] = summary.users
        assert (user.state, user.failed, user.already_there) == ("done", 0, 0), user.errors
        assert summary.complete and user.sent == user.total > 10
        targets = {f.source: f.target for f in user.folders}
        assert targets["Inbox"] == "INBOX"
        assert targets["Inbox/Kunder/Café Østerbro"] == "INBOX/Kunder/Café Østerbro"
        assert targets["Sent Items"] == "Sent" and targets["Deleted Items"] == "Trash"
        assert targets["Archive"] == "Archive" and targets["Junk Email"] == "Junk"
        assert targets["Drafts"] == "Drafts" and targets["Skjulte noter"] == "Skjulte noter"
        want = _source_view(tmp_path, RICH, targets)
        got = server_view(dovecot.port, RICH, PW)
        for target, rows in want.items():
            # the Subject as sent (RFC 2047 words and all), Message-ID, flags, internal date
            assert [(r[1], r[2], r[3], r[4]) for r in got[target]] == \
                   [(r[1], r[2], r[3], r[4]) for r in rows], target
        assert all(f.target_count == f.source_count for f in user.folders)
        # the manifest: every message with its target folder and UID (UIDPLUS)
        with sqlite3.connect(tmp_path / "Mail" / MANIFEST_NAME) as db:
            rows = db.execute("SELECT target, uid, state FROM sent").fetchall()
        assert len(rows) == user.total and all(r[1] and r[2] == "sent" for r in rows)
        assert len({(r[0], r[1]) for r in rows}) == len(rows)

        again = _move(tmp_path, [account(RICH, dovecot.port)])
        assert again.complete and again.users[0].sent == 0
        assert again.users[0].already_there == user.total
        assert server_view(dovecot.port, RICH, PW) == got
    report = (tmp_path / "Mail" / "cancel365-mail-move-report.html").read_text()
    assert "Café Østerbro" in report and RICH in report
    csv_text = (tmp_path / "Mail" / "cancel365-mail-move-report.csv").read_text()
    assert csv_text.splitlines()[0].startswith("email,state,folder,target")
    assert len(csv_text.splitlines()) == 1 + len(user.folders)


def test_a_server_without_special_use_and_with_dots_gets_usual_names_in_modified_utf7(
        tmp_path: Path) -> None:
    upn = "freja.dahl@lillebager.dk"
    save_maildir(tmp_path, upn, {"": 3, "INBOX.Kunder": 1, "INBOX.Kunder.&AMY-r&APg- &- Co": 2,
                                 "&BB4EQgRHBFEEQgRL-": 2, "Sent Items": 2, "Deleted Items": 1},
                 no_id_every=5)
    with Dovecot(users={upn: PW}, flavour="plain") as dovecot:
        summary = _move(tmp_path, [account(upn, dovecot.port)])
        [user] = summary.users
        assert summary.complete and user.sent == 11, user.errors
        assert {f.source: f.target for f in user.folders} == {
            "Inbox": "INBOX", "Inbox/Kunder": "INBOX.Kunder",
            "Inbox/Kunder/Ærø & Co": "INBOX.Kunder.Ærø & Co", "Отчёты": "INBOX.Отчёты",
            "Sent Items": "INBOX.Sent", "Deleted Items": "INBOX.Trash"}
        raw = imapclient.IMAPClient("127.0.0.1", port=dovecot.port, ssl=False)
        raw.folder_encode = False
        raw.login(upn, PW)
        names = {n.decode() if isinstance(n, bytes) else n for _f, _d, n in raw.list_folders()}
        raw.logout()
        assert {"INBOX.Kunder.&AMY-r&APg- &- Co", "INBOX.&BB4EQgRHBFEEQgRL-"} <= names
        view = server_view(dovecot.port, upn, PW)
        assert len(view["INBOX.Kunder.Ærø & Co"]) == 2 and len(view["INBOX.Отчёты"]) == 2
        assert _move(tmp_path, [account(upn, dovecot.port)]).users[0].sent == 0


def test_a_mailbox_half_filled_by_hand_gets_only_the_missing_messages(tmp_path: Path) -> None:
    upn = "anders.holm@lillebager.dk"
    saved = save_maildir(tmp_path, upn, {"": 10, "Projekter": 4}, no_id_every=3)
    with Dovecot(users={upn: PW}) as dovecot:
        by_hand = imaplib.IMAP4("127.0.0.1", dovecot.port)
        by_hand.login(upn, PW)
        inbox = [s for s in saved if s.folder == ""]
        for s in inbox[:5]:      # two of them without a Message-ID: matched by their headers
            data = make_message(s.message_id, s.subject, s.received).replace(b"\n", b"\r\n")
            by_hand.append("INBOX", "", imaplib.Time2Internaldate(datetime.now(UTC)), data)
        mine = make_message("<mine@example.net>", "Anders' own", datetime(2026, 1, 1, tzinfo=UTC))
        by_hand.append("INBOX", "", None, mine.replace(b"\n", b"\r\n"))
        by_hand.logout()

        summary = _move(tmp_path, [account(upn, dovecot.port)])
        [user] = summary.users
        assert summary.complete, [f.note for f in user.folders]
        assert (user.already_there, user.sent) == (5, 9)
        view = server_view(dovecot.port, upn, PW)
        assert len(view["INBOX"]) == 11 and len(view["Projekter"]) == 4
        ids = Counter(r[1] for r in view["INBOX"] if r[1])
        assert max(ids.values()) == 1
        subjects = Counter(r[0] for r in view["INBOX"])
        assert max(subjects.values()) == 1


def test_a_dry_run_says_what_would_be_made_and_sent_and_changes_nothing(tmp_path: Path) -> None:
    upn = "bjorn@lillebager.dk"
    save_maildir(tmp_path, upn, {"": 3, "Leverand&APg-rer": 2})
    with Dovecot(users={upn: PW}) as dovecot:
        summary = _move(tmp_path, [account(upn, dovecot.port)], dry_run=True)
        [user] = summary.users
        assert user.state == "done" and user.sent == 0 and user.to_send == 5
        made = {f.target: f.created for f in user.folders}
        assert made == {"INBOX": False, "Leverandører": True}
        view = server_view(dovecot.port, upn, PW)
        assert "Leverandører" not in view and view["INBOX"] == []
    assert summary.report_html is None
    assert not (tmp_path / "Mail" / MANIFEST_NAME).exists()


def test_tls_and_starttls_with_a_throwaway_ca_and_plain_text_only_with_insecure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    upn = "mette.kragh@lillebager.dk"
    save_maildir(tmp_path, upn, {"": 2})
    with Dovecot(users={upn: PW}, tls=True) as dovecot:
        tls = account(upn, dovecot.tls_port, Security.TLS)
        starttls = account(upn, dovecot.port, Security.STARTTLS)
        plain = account(upn, dovecot.port, Security.PLAIN)
        untrusted = check_login(tls, PW)
        assert not untrusted.ok and "not trusted" in untrusted.message
        monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_file))
        for acc in (tls, starttls):
            check = check_login(acc, PW)
            assert check.ok and check.special_use and check.delimiter == "/", check.message
        refused = check_login(plain, PW)
        assert not refused.ok and "plain text" in refused.message
        assert check_login(plain, PW, insecure=True).ok
        wrong = check_login(tls, "not-it")
        assert not wrong.ok and "refused the user name or password" in wrong.message
        summary = MailMove(tmp_path, [tls], lambda a: PW).run()
        assert summary.complete and summary.users[0].sent == 2
        summary = MailMove(tmp_path, [starttls], lambda a: PW).run()
        assert summary.complete and summary.users[0].already_there == 2
        # never plain text without --insecure, even when the server would take it
        summary = MailMove(tmp_path, [plain], lambda a: PW).run()
        assert summary.users[0].state == "failed" and summary.users[0].login_failed


def test_progress_per_user_from_the_workers_and_stop_between_batches(tmp_path: Path) -> None:
    import threading

    users = [f"u{i}@lillebager.dk" for i in range(3)]
    for i, upn in enumerate(users):
        save_maildir(tmp_path, upn, {"": 120}, start=i * 1000)
    with Dovecot(users=dict.fromkeys(users, PW)) as dovecot:
        seen: list = []
        summary = MailMove(tmp_path, [account(u, dovecot.port) for u in users], lambda a: PW,
                           insecure=True, parallel_users=3).run(seen.append)
        assert summary.complete
        for upn in users:
            states = [p.state for p in seen if p.email == upn]
            assert states[0] == "waiting" and states[-1] == "done" and "moving" in states
            sent = [p.sent for p in seen if p.email == upn]
            assert sent == sorted(sent) and sent[-1] == 120
        assert {p.total for p in seen} == {120}

        stop = threading.Event()
        more = tmp_path / "more"
        save_maildir(more, users[0], {"": 200}, start=5000)

        def stop_after_first_batch(p) -> None:  # noqa: ANN001
            if p.sent:
                stop.set()
        stopped = MailMove(more, [account(users[0], dovecot.port)], lambda a: PW,
                           insecure=True, stop=stop).run(stop_after_first_batch)
        [user] = stopped.users
        assert user.state == "stopped" and 0 < user.sent < 200 and not stopped.complete
        resumed = MailMove(more, [account(users[0], dovecot.port)], lambda a: PW,
                           insecure=True).run()
        assert resumed.complete
        assert resumed.users[0].already_there == user.sent    # the 120 earlier ones are not in it
        assert resumed.users[0].sent == 200 - user.sent
