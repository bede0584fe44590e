"""`cancel365 backup` with mail: --only mail, --mail-format, a bare token without Mail.Read,
and kill -9 mid-mailbox then resume with no saved message fetched again."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.demo.graph_server import DemoGraphServer
from app.mail.manifest import MANIFEST_NAME
from app.mail.verify import check
from tests.mail_support import MAIL_ROLES, RICH, SHARED

ROOT = Path(__file__).resolve().parent.parent


def _command(dest: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "app", "backup", "--dest", str(dest), *args]


def _recorded(dest: Path) -> bool:
    """Some message is recorded verified in the manifest at ``dest``."""
    path = dest / "Mail" / MANIFEST_NAME
    if not path.exists():
        return False
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT 1 FROM messages WHERE state='verified' LIMIT 1").fetchone() \
            is not None
    except sqlite3.OperationalError:    # not made yet
        return False
    finally:
        db.close()


def _env(server: DemoGraphServer, roles: set[str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANCEL365_")}
    env.update({"CANCEL365_GRAPH_URL": server.graph_url,
                "CANCEL365_ACCESS_TOKEN": server.issue_token(user_id=None, scopes=roles)})
    return env


def test_only_mail_as_mbox_and_a_token_without_mail_read(demo_server: DemoGraphServer,
                                                         tmp_path: Path) -> None:
    done = subprocess.run(_command(tmp_path / "a", "--only", "mail", "--user", SHARED,
                                   "--mail-format", "mbox"),
                          env=_env(demo_server, MAIL_ROLES), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "info@lillebager.dk (shared or room mailbox, no licence)" in done.stderr
    assert (tmp_path / "a" / "Mail" / SHARED / "mbox" / "Inbox").is_file()
    assert (tmp_path / "a" / "Mail" / "cancel365-mail-report.html").is_file()
    assert not (tmp_path / "a" / "OneDrive").exists()

    files_only = {"Files.Read.All", "Sites.Read.All", "User.Read.All"}
    both = subprocess.run(_command(tmp_path / "b", "--only", "onedrive", "--only", "mail",
                                   "--user", "anders.holm@lillebager.dk"),
                          env=_env(demo_server, files_only), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert both.returncode == 0, both.stderr      # the files are whole: mail skipped, said so
    assert "Mail skipped: this access has no Mail.Read permission" in both.stderr
    assert (tmp_path / "b" / "OneDrive").is_dir()
    alone = subprocess.run(_command(tmp_path / "c", "--only", "mail"),
                           env=_env(demo_server, files_only), cwd=ROOT, capture_output=True,
                           text=True, timeout=120)
    assert alone.returncode == 2 and "Mail.Read" in alone.stderr


def test_kill_9_mid_mailbox_then_resume_fetches_no_saved_message_again(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    store = demo_server.routes.mail.store
    store.latency = 0.05
    env = _env(demo_server, MAIL_ROLES)
    args = _command(tmp_path, "--only", "mail", "--user", RICH, "--user", SHARED)
    proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:    # killed once a first batch of messages is recorded (app.mail.recording)
        deadline = time.monotonic() + 60
        while not _recorded(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    db = sqlite3.connect(tmp_path / "Mail" / MANIFEST_NAME)
    saved_before = {i for (i,) in db.execute(
        "SELECT id FROM messages WHERE state IN ('saved', 'verified')")}
    recorded = db.execute("SELECT path, imid, size FROM messages WHERE state='verified'").fetchall()
    db.close()
    total = sum(len(store.mailbox(u).messages) for u in (RICH, SHARED))
    assert 0 < len(saved_before) < total            # killed mid-way
    for path, imid, size in recorded:               # recorded verified: its file is whole
        data = Path(path).read_bytes()
        assert check(data, received_size=len(data), listed_size=size, imid=imid,
                     exact=True) is None, path
    gets_before = dict(store.value_gets)

    store.latency = 0.0
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for message_id in saved_before:
        assert store.value_gets[message_id] == gets_before[message_id] == 1
    twice = [m for m, n in store.value_gets.items() if n > 1]
    assert len(twice) <= 2 * 4         # at most the requests in flight at the kill
    db = sqlite3.connect(tmp_path / "Mail" / MANIFEST_NAME)
    assert db.execute("SELECT COUNT(*) FROM messages WHERE state='verified'").fetchone()[0] == total
    files = [p for p in (tmp_path / "Mail").rglob("*") if p.parent.name == "cur" and p.is_file()]
    assert len(files) == total         # no message twice in the Maildir
