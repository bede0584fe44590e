"""The mail move's faults against a real Dovecot: a connection cut mid-APPEND (a fault proxy)
reconnects and resumes without duplicates; ``[OVERQUOTA]`` stops that user while the others go
on; a message the server refuses is recorded with the server's words; a wrong password stops
that user at once (one login attempt, no retry storm)."""

from __future__ import annotations

import imaplib
import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.mail_move.engine import MailMove
from app.mail_move.manifest import MANIFEST_NAME
from tests.dovecot_support import DOVECOT, Dovecot, FaultProxy
from tests.mail_move_support import account, make_message, save_maildir, server_view

pytestmark = pytest.mark.skipif(DOVECOT is None, reason="dovecot-imapd is not installed")
PW = "Kodeord-til-Mette-42"


def _no_duplicates(view: dict[str, list[tuple]]) -> None:
    for folder, rows in view.items():
        counts = Counter((r[0], r[1]) for r in rows)
        assert max(counts.values(), default=1) == 1, folder


@pytest.mark.parametrize("flavour", ["modern", "plain"])
def test_a_connection_cut_mid_append_reconnects_and_resumes_without_duplicates(
        tmp_path: Path, flavour: str) -> None:
    upn = "mette.kragh@lillebager.dk"
    save_maildir(tmp_path, upn, {"": 150, "Arkiv": 60}, size=4000, no_id_every=7)
    with Dovecot(users={upn: PW}, flavour=flavour) as dovecot:
        proxy = FaultProxy(dovecot.port)
        try:
            proxy.cut_after(300_000)      # past the login and the first folder's match
            summary = MailMove(tmp_path, [account(upn, proxy.port)], lambda a: PW,
                               insecure=True).run()
        finally:
            proxy.close()
        [user] = summary.users
        assert proxy.cuts == 1 and proxy.connections >= 2
        assert summary.complete, (user.errors, [f.note for f in user.folders])
        assert user.sent == 210 and user.failed == 0
        view = server_view(dovecot.port, upn, PW)
        assert len(view["INBOX"]) == 150
        assert sum(len(v) for k, v in view.items() if k != "INBOX") == 60
        _no_duplicates(view)


@pytest.mark.parametrize("flavour", ["modern", "plain"])   # MULTIAPPEND, pipelined APPENDs
def test_overquota_stops_that_user_with_a_clear_message_and_the_others_go_on(
        tmp_path: Path, flavour: str) -> None:
    full, fine = "lille@lillebager.dk", "stor@lillebager.dk"
    save_maildir(tmp_path, full, {"": 60}, size=3000)
    save_maildir(tmp_path, fine, {"": 60}, size=3000)
    with Dovecot(users={full: PW, fine: PW}, quota={full: "40K"}, flavour=flavour) as dovecot:
        summary = MailMove(tmp_path, [account(full, dovecot.port), account(fine, dovecot.port)],
                           lambda a: PW, insecure=True, parallel_users=2).run()
        by = {u.email: u for u in summary.users}
        assert not summary.complete
        assert by[full].state == "failed" and not by[full].login_failed
        assert "is full" in by[full].message and "OVERQUOTA" in by[full].message
        assert 0 < by[full].sent < 60
        assert by[fine].state == "done" and by[fine].sent == 60 and by[fine].complete
        assert len(server_view(dovecot.port, fine, PW)["INBOX"]) == 60
    html = summary.report_html.read_text()
    assert "OVERQUOTA" in html


@pytest.mark.parametrize("flavour", ["modern", "plain"])
def test_a_refused_message_is_recorded_with_the_servers_words_and_the_rest_go_on(
        tmp_path: Path, flavour: str) -> None:
    upn = "freja.dahl@lillebager.dk"
    save_maildir(tmp_path, upn, {"": 20}, size=2000, big={":7": 300_000})
    with Dovecot(users={upn: PW}, max_mail_size="100K", flavour=flavour) as dovecot:
        summary = MailMove(tmp_path, [account(upn, dovecot.port)], lambda a: PW,
                           insecure=True).run()
        [user] = summary.users
        assert user.state == "done" and not summary.complete
        assert (user.sent, user.failed) == (19, 1)
        [error] = user.errors
        assert "refused by the server" in error and "size" in error.lower()
        assert len(server_view(dovecot.port, upn, PW)["INBOX"]) == 19
        with sqlite3.connect(tmp_path / "Mail" / MANIFEST_NAME) as db:
            [(state, reason)] = db.execute(
                "SELECT state, reason FROM sent WHERE state != 'sent'").fetchall()
        assert state == "refused" and "size" in reason.lower()
        # a second run tries the refused one again, and only that one
        again = MailMove(tmp_path, [account(upn, dovecot.port)], lambda a: PW,
                         insecure=True).run()
        assert (again.users[0].already_there, again.users[0].sent,
                again.users[0].failed) == (19, 0, 1)


def test_a_wrong_password_stops_that_user_at_once_without_retries(tmp_path: Path) -> None:
    wrong, right = "wrong@lillebager.dk", "right@lillebager.dk"
    save_maildir(tmp_path, wrong, {"": 5})
    save_maildir(tmp_path, right, {"": 5})
    with Dovecot(users={wrong: "the-real-one", right: PW}) as dovecot:
        summary = MailMove(tmp_path, [account(wrong, dovecot.port), account(right, dovecot.port)],
                           lambda a: PW, insecure=True, parallel_users=2).run()
        by = {u.email: u for u in summary.users}
        assert by[wrong].state == "failed" and by[wrong].login_failed
        assert "refused the user name or password" in by[wrong].message
        assert by[wrong].sent == 0
        assert by[right].complete and by[right].sent == 5
        attempts = [line for line in dovecot.log().splitlines()
                    if "imap-login" in line and f"user=<{wrong}>" in line]
        assert len(attempts) == 1, attempts


def test_more_messages_at_the_end_than_before_plus_sent_is_named_not_called_complete(
        tmp_path: Path) -> None:
    """A surplus in a target folder (mail that arrived meanwhile, or a message stored twice
    after a drop) is not hidden: the count read back names it and the move is not complete."""
    upn = "mette.kragh@lillebager.dk"
    save_maildir(tmp_path, upn, {"": 120}, size=2000)
    with Dovecot(users={upn: PW}) as dovecot:
        arrived = []

        def on_progress(p: object) -> None:
            if not arrived and getattr(p, "sent", 0) > 0:   # INBOX matched, sending under way
                other = imaplib.IMAP4("127.0.0.1", dovecot.port)
                other.login(upn, PW)
                other.append("INBOX", None, None, make_message(
                    "<new@elsewhere.example>", "Arrived meanwhile", datetime.now(UTC)))
                other.logout()
                arrived.append(True)

        summary = MailMove(tmp_path, [account(upn, dovecot.port)], lambda a: PW,
                           insecure=True).run(on_progress)
    [user] = summary.users
    assert arrived and user.sent == 120 and user.failed == 0
    [inbox] = [f for f in user.folders if f.target == "INBOX"]
    assert inbox.target_count == 121
    assert "1 more" in inbox.note
    assert not summary.complete
