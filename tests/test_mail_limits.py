"""Outlook's limits enforced by the demo tenant ("Microsoft Graph service-specific throttling
limits", Outlook service limits), a mail backup that keeps to them, and Pause for mail."""

from __future__ import annotations

import threading
from pathlib import Path

import requests

from app.backup.control import BackupControl
from app.demo.graph_server import DemoGraphServer
from app.demo.mail_limits import CONCURRENCY_MESSAGE, REQUESTS_MESSAGE, OutlookLimits
from app.mail.backup import MailBackup
from app.mail.plan import mailbox_kind
from tests.mail_support import RICH, SHARED, app_token, demo_box, mail_backup


def _get(server: DemoGraphServer, path: str, token: str) -> requests.Response:
    return requests.get(server.graph_url + path, headers={"Authorization": f"Bearer {token}"},
                        timeout=30)


def test_the_limits_are_off_by_default_and_the_same_as_microsofts() -> None:
    limits = OutlookLimits()
    assert (limits.concurrent, limits.per_window, limits.window) == (4, 10_000, 600.0)
    assert all(limits.admit("u", 4, float(n)) is None for n in range(100))
    refused = limits.admit("u", 5, 100.0)
    assert refused is not None and refused.status == 429 and refused.code == "ApplicationThrottled"
    assert refused.message == CONCURRENCY_MESSAGE and refused.headers["Retry-After"] == "1"
    small = OutlookLimits.scaled(per_window=3, window=10.0)
    assert [small.admit("u", 1, t) is None for t in (0.0, 1.0, 2.0, 3.0)] == [True] * 3 + [False]
    late = small.admit("u", 1, 4.0)
    assert late is not None and late.message == REQUESTS_MESSAGE
    assert late.headers["Retry-After"] == "6"       # when the first of the window ages out
    assert small.admit("v", 1, 4.0) is None         # another mailbox is not affected
    assert small.admit("u", 1, 10.5) is None        # the window moved on


def test_the_demo_answers_429_application_throttled_with_retry_after(
        demo_server: DemoGraphServer) -> None:
    store = demo_server.routes.mail.store
    assert store.limits is None
    token = app_token(demo_server).access_token()
    box, other = demo_box(demo_server), demo_box(demo_server, SHARED)
    store.limits = OutlookLimits.scaled(per_window=5, window=60.0)
    answers = [_get(demo_server, f"/users/{box.user_id}/mailFolders/inbox", token)
               for _ in range(6)]
    assert [a.status_code for a in answers] == [200] * 5 + [429]
    error = answers[-1].json()["error"]
    assert error["code"] == "ApplicationThrottled" and error["message"] == REQUESTS_MESSAGE
    assert 1 <= int(answers[-1].headers["Retry-After"]) <= 60
    assert _get(demo_server, f"/users/{other.user_id}/mailFolders/inbox",
                token).status_code == 200                  # per mailbox

    store.limits = OutlookLimits()
    store.latency = 0.5          # six requests at once overlap: the fifth and sixth are refused
    start = threading.Barrier(6)
    codes: list[tuple[int, str]] = []

    def one() -> None:
        start.wait()
        r = _get(demo_server, f"/users/{box.user_id}/mailFolders/inbox", token)
        codes.append((r.status_code, r.json().get("error", {}).get("message", "")))

    threads = [threading.Thread(target=one) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert (429, CONCURRENCY_MESSAGE) in codes and codes.count((200, "")) >= 1
    assert store.max_active[box.user_id] <= 4


def test_a_mail_backup_against_the_enforced_limits_misses_nothing(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    """A window scaled down to 20 requests a second: the backup meets it, waits Retry-After,
    and ends complete; the server never saw a fifth request at once on a mailbox."""
    store = demo_server.routes.mail.store
    store.limits = OutlookLimits.scaled(per_window=20, window=1.0)
    store.latency = 0.02
    summary = mail_backup(demo_server, tmp_path)
    assert summary.complete, [(r.upn, r.error, r.failures) for r in summary.mailboxes]
    assert sum(store.limits.refused.values()) > 0          # the limit was met, and waited out
    for upn in (RICH, SHARED):
        box = demo_box(demo_server, upn)
        result = next(r for r in summary.mailboxes if r.upn == upn)
        assert result.verified == result.listed == len(box.messages)
        assert all(store.value_gets[m] == 1 for m in box.messages)   # each fetched once
    assert max(store.max_active.values()) <= 4


def paused_after_two_messages(demo_server: DemoGraphServer, tmp_path: Path
                              ) -> tuple[BackupControl, MailBackup, threading.Thread, list]:
    """RICH's mailbox backed up on a thread, paused by its control once two messages are
    done (each answer 50 ms late, so some are under way then); returns once it is paused."""
    demo_server.routes.mail.store.latency = 0.05
    control = BackupControl()
    paused = threading.Event()

    def progress(p) -> None:  # noqa: ANN001 - MailProgress
        if p.messages_done >= 2 and not paused.is_set():
            control.pause()
            paused.set()

    engine = MailBackup(app_token(demo_server), demo_server.graph_url, str(tmp_path),
                        users=[RICH], control=control, on_progress=progress)
    result: list = []
    worker = threading.Thread(target=lambda: result.append(engine.run()))
    worker.start()
    assert paused.wait(60)
    return control, engine, worker, result


def test_pause_stops_new_mail_requests_and_resume_goes_on_where_it_was(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    pause, engine, worker, result = paused_after_two_messages(demo_server, tmp_path)
    for _ in range(200):                     # the requests under way finish
        if not any(store.active.values()):
            break
        threading.Event().wait(0.05)
    before = len(demo_server.requests)
    sent = engine.http.requests_sent
    worker.join(1.0)                          # a second of pause: nothing new is sent
    assert worker.is_alive() and engine.control.paused
    assert len(demo_server.requests) == before and engine.http.requests_sent == sent
    pause.resume()
    worker.join(120)
    summary = result[0]
    assert summary.complete
    box = demo_box(demo_server)
    assert summary.mailboxes[0].verified == len(box.messages)
    assert all(store.value_gets[m] == 1 for m in box.messages)   # none fetched twice


def test_cancel_while_paused_ends_the_run_cancelled_and_the_next_run_finishes(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    control, engine, worker, result = paused_after_two_messages(demo_server, tmp_path)
    control.cancel()                          # the paused workers wake and stop
    worker.join(30)
    assert not worker.is_alive()
    first = result[0]
    assert first.cancelled and not first.complete
    assert first.mailboxes[0].error == "cancelled"
    store.latency = 0.0
    again = mail_backup(demo_server, tmp_path, users=[RICH])
    assert again.complete
    box = demo_box(demo_server)
    assert again.mailboxes[0].verified == len(box.messages)
    assert all(store.value_gets[m] == 1 for m in box.messages)   # none fetched twice


def test_shared_room_and_equipment_mailboxes_are_labelled_apart_from_user_purpose() -> None:
    bare: dict[str, object] = {"assignedLicenses": []}
    licensed: dict[str, object] = {"assignedLicenses": [{"skuId": "x"}]}
    assert [mailbox_kind(bare, p) for p in ("shared", "room", "equipment", "others")] == [
        "shared", "room", "equipment", "other"]
    assert mailbox_kind(bare, "user") == "unlicensed-user"
    assert mailbox_kind(bare, None) == "unlicensed"          # could not be read: said so
    assert mailbox_kind(licensed, None) == mailbox_kind(licensed, "user") == "user"


def test_without_mailbox_settings_read_the_kinds_are_said_to_be_unknown(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    engine = MailBackup(app_token(demo_server), demo_server.graph_url, str(tmp_path))
    kinds = {b.upn: b.kind for b in engine.mailboxes()}
    assert kinds[SHARED] == kinds["moedelokale@lillebager.dk"] == "unlicensed"
    assert engine.kinds_known is False
    settings_asked = [r for r in demo_server.requests if r.path.endswith("/mailboxSettings")]
    assert len(settings_asked) == 1                  # refused once, not asked for each mailbox
