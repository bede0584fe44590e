"""``cancel365 mail-move`` as a subprocess against a real Dovecot: exit 0/1/2, --json-progress,
--dry-run, kill -9 mid-user then a resumed run with nothing duplicated, and no password in
any output, log, report or manifest."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from app.mail_move.manifest import MANIFEST_NAME
from tests.dovecot_support import DOVECOT, Dovecot, FaultProxy
from tests.mail_move_support import save_maildir, server_view

pytestmark = pytest.mark.skipif(DOVECOT is None, reason="dovecot-imapd is not installed")
ROOT = Path(__file__).resolve().parents[1]
SECRET = "Hemmeligt-Kodeord-77"
UPN = "mette.kragh@lillebager.dk"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return env


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", "mail-move", *args]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cmd(*args), capture_output=True, text=True, env=_env(tmp_path),
                          cwd=ROOT, timeout=600, stdin=subprocess.DEVNULL)


def _accounts(tmp_path: Path, rows: list[tuple[str, int, str]]) -> Path:
    path = tmp_path / "accounts.csv"
    path.write_text("email,imap_user,imap_host,imap_port,security,password\n" + "".join(
        f"{email},{email},127.0.0.1,{port},plain,{pw}\n" for email, port, pw in rows))
    return path


def test_exit_codes_json_progress_and_dry_run(tmp_path: Path) -> None:
    other = "info@lillebager.dk"
    src = tmp_path / "backup"
    save_maildir(src, UPN, {"": 6, "Kunder": 2})
    save_maildir(src, other, {"": 3}, start=100)
    with Dovecot(users={UPN: SECRET, other: SECRET}) as dovecot:
        csv_path = _accounts(tmp_path, [(UPN, dovecot.port, SECRET),
                                        (other, dovecot.port, SECRET)])
        bad = tmp_path / "bad.csv"
        bad.write_text("email,imap_host\nx@y.dk,h\n")
        assert _run(tmp_path, "--from", str(src), "--accounts", str(bad)).returncode == 2
        unknown = _run(tmp_path, "--from", str(src), "--accounts", str(csv_path), "--user",
                       "nobody@lillebager.dk")
        assert unknown.returncode == 2 and "nobody@lillebager.dk" in unknown.stderr
        no_insecure = _run(tmp_path, "--from", str(src), "--accounts", str(csv_path))
        assert no_insecure.returncode == 2 and "plain text" in no_insecure.stderr

        dry = _run(tmp_path, "--from", str(src), "--accounts", str(csv_path), "--insecure",
                   "--dry-run", "--json-progress")
        assert dry.returncode == 0, dry.stderr
        end = json.loads(dry.stdout.splitlines()[-1])
        assert end["event"] == "mail-move-finished" and end["to_send"] == 11
        assert "Kunder -> Kunder (would be made): 2 to send" in dry.stderr

        done = _run(tmp_path, "--from", str(src), "--accounts", str(csv_path), "--insecure",
                    "--user", UPN, "--json-progress")
        assert done.returncode == 0, done.stderr
        events = [json.loads(line) for line in done.stdout.splitlines()]
        assert {e["email"] for e in events[:-1]} == {UPN}
        assert events[-2]["state"] == "done" and events[-2]["sent"] == 8
        assert events[-1] == {"event": "mail-move-finished", "complete": True, "dry_run": False,
                              "sent": 8, "already_there": 0, "failed": 0, "to_send": 0,
                              "users": [{"email": UPN, "state": "done", "sent": 8,
                                         "already_there": 0, "failed": 0, "to_send": 0}]}
        assert len(server_view(dovecot.port, other, SECRET)["INBOX"]) == 0


def test_wrong_password_is_exit_2_and_a_refused_message_exit_1(tmp_path: Path) -> None:
    src = tmp_path / "backup"
    save_maildir(src, UPN, {"": 5}, size=2000, big={":2": 300_000})
    with Dovecot(users={UPN: SECRET}, max_mail_size="100K") as dovecot:
        wrong = _run(tmp_path, "--from", str(src), "--accounts",
                     str(_accounts(tmp_path, [(UPN, dovecot.port, "not-it")])), "--insecure")
        assert wrong.returncode == 2 and "refused the user name or password" in wrong.stderr
        refused = _run(tmp_path, "--from", str(src), "--accounts",
                       str(_accounts(tmp_path, [(UPN, dovecot.port, SECRET)])), "--insecure")
        assert refused.returncode == 1, refused.stderr
        assert "was refused by the server" in refused.stderr


def _manifest_rows(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM sent").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_9_mid_user_then_resume_ends_with_nothing_duplicated(tmp_path: Path) -> None:
    src = tmp_path / "backup"
    save_maildir(src, UPN, {"": 300, "Arkiv": 100}, size=4000, no_id_every=9)
    with Dovecot(users={UPN: SECRET}) as dovecot:
        proxy = FaultProxy(dovecot.port)
        try:
            proxy.hold_after(900_000)       # the server stops hearing it part way through
            csv_path = _accounts(tmp_path, [(UPN, proxy.port, SECRET)])
            proc = subprocess.Popen(_cmd("--from", str(src), "--accounts", str(csv_path),
                                         "--insecure"), env=_env(tmp_path), cwd=ROOT,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    stdin=subprocess.DEVNULL)
            manifest = src / "Mail" / MANIFEST_NAME
            deadline = time.monotonic() + 300
            while not (proxy.held.is_set() and _manifest_rows(manifest) > 0):
                assert proc.poll() is None, "the move ended before it could be killed"
                assert time.monotonic() < deadline, "the move never got half way"
                time.sleep(0.1)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
        finally:
            proxy.close()
        before = _manifest_rows(manifest)
        assert 0 < before < 400
        csv_path = _accounts(tmp_path, [(UPN, dovecot.port, SECRET)])
        resumed = _run(tmp_path, "--from", str(src), "--accounts", str(csv_path), "--insecure",
                       "--json-progress")
        assert resumed.returncode == 0, resumed.stderr
        end = json.loads(resumed.stdout.splitlines()[-1])
        assert end["already_there"] >= before and end["sent"] + end["already_there"] == 400
        view = server_view(dovecot.port, UPN, SECRET)
        # the Danish "Arkiv" went to the special-use Archive folder
        assert len(view["INBOX"]) == 300 and len(view["Archive"]) == 100
        for rows in view.values():
            assert max(Counter((r[0], r[1]) for r in rows).values(), default=1) == 1
        again = _run(tmp_path, "--from", str(src), "--accounts", str(csv_path), "--insecure",
                     "--json-progress")
        assert json.loads(again.stdout.splitlines()[-1])["sent"] == 0


def test_no_password_in_any_output_log_report_or_manifest(tmp_path: Path) -> None:
    wrong = "forkert@lillebager.dk"
    src = tmp_path / "backup"
    save_maildir(src, UPN, {"": 4})
    save_maildir(src, wrong, {"": 2}, start=50)
    with Dovecot(users={UPN: SECRET, wrong: "a-different-one"}) as dovecot:
        csv_path = _accounts(tmp_path, [(UPN, dovecot.port, SECRET),
                                        (wrong, dovecot.port, SECRET + "-forkert")])
        runs = [subprocess.run([sys.executable, "-m", "app", "-v", "mail-move", "--from",
                                str(src), "--accounts", str(csv_path), "--insecure", *extra],
                               capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT,
                               timeout=600, stdin=subprocess.DEVNULL)
                for extra in ([], ["--json-progress"], ["--dry-run", "--json-progress"])]
    assert [r.returncode for r in runs] == [2, 2, 2]
    assert "refused the user name or password" in runs[0].stderr
    texts = [r.stdout + r.stderr for r in runs]
    for path in (src / "Mail").rglob("cancel365-mail-move*"):
        texts.append(path.read_bytes().decode("utf-8", "replace"))
    assert len(texts) >= 5
    for text in texts:
        assert SECRET not in text
