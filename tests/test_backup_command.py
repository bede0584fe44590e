"""`cancel365 backup` end to end: exit codes, progress lines, resume, no secrets in output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from app.demo.graph_server import DemoGraphServer
from tests.backup_support import library

ROOT = Path(__file__).resolve().parent.parent


def backup(dest: Path, env_extra: dict[str, str], *args: str,
           verbose: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANCEL365_")}
    env.update(env_extra)
    command = [sys.executable, "-m", "app", *(["-v"] if verbose else []), "backup"]
    return subprocess.run([*command, "--dest", str(dest), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_backs_up_the_demo_tenant_from_cancel365_demo_server(tmp_path: Path) -> None:
    server = subprocess.Popen([sys.executable, "-m", "app", "demo-server"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline() if server.stdout else ""
        info = json.loads(line)
        env = {"CANCEL365_GRAPH_URL": info["graph_url"], "CANCEL365_ACCESS_TOKEN": info["app_token"]}
        done = backup(tmp_path, env, "--json-progress", "--workers", "8")
        assert done.returncode == 0, done.stderr
        events = [json.loads(x) for x in done.stdout.splitlines()]
        progress = [e for e in events if e["event"] not in ("note",)]
        assert progress[-1]["event"] == "finished"
        assert progress[-1]["files_done"] == progress[-1]["files_total"] > 100
        # Not downloadable: two notebook parts Graph hands out no download for (the
        # notebooks' .onetoc2 files), the file with the malware facet, and the shortcut.
        assert progress[-1]["files_skipped"] == 4
        assert progress[-1]["bytes_done"] == progress[-1]["bytes_total"] > 0
        assert {"drives", "speed", "eta_seconds", "paused"} <= set(progress[-1])
        assert (tmp_path / "cancel365-backup-report.html").exists()
        assert (tmp_path / "OneDrive").is_dir() and (tmp_path / "SharePoint").is_dir()
        for secret in (info["app_token"], "tempauth"):
            assert secret not in done.stdout + done.stderr

        again = backup(tmp_path, env, "--json-progress")
        assert again.returncode == 0, again.stderr
        assert any(json.loads(x).get("message", "").startswith("Resuming")
                   for x in again.stdout.splitlines())
        # The second run asks only for the changes since the first ("driveItem: delta").
        assert any(json.loads(x).get("message", "").startswith("Updating the backup from")
                   for x in again.stdout.splitlines())
    finally:
        server.terminate()
        server.wait(10)


def test_one_user_only(tmp_path: Path) -> None:
    with DemoGraphServer() as server:
        env = {"CANCEL365_GRAPH_URL": server.graph_url,
               "CANCEL365_ACCESS_TOKEN": server.issue_token(user_id=None)}
        upn = "anders.holm@lillebager.dk"
        done = backup(tmp_path, env, "--only", "onedrive", "--user", upn)
        assert done.returncode == 0, done.stderr
        assert [p.name for p in (tmp_path / "OneDrive").iterdir()] == [upn]
        assert not (tmp_path / "SharePoint").exists()


def test_exit_1_when_a_file_fails(tmp_path: Path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        item = next(i for i in drive.items.values()
                    if not i.is_folder and not i.package and not i.office_rewrite)
        server.faults.add("corrupt", f"/_download/{drive.id}/{item.id}", times=-1)
        env = {"CANCEL365_GRAPH_URL": server.graph_url,
               "CANCEL365_ACCESS_TOKEN": server.issue_token(user_id=None)}
        server.faults.add("expire-urls", "/_download/", times=1)
        server.faults.add("cut", "/_download/", times=1)
        done = backup(tmp_path, env, "--only", "sharepoint", verbose=True)
        assert done.returncode == 1
        assert "1 failed" in done.stderr and item.name in done.stderr
        # Verbose logs name no token and no pre-authenticated URL.
        assert "DEBUG" in done.stderr or "INFO" in done.stderr
        assert env["CANCEL365_ACCESS_TOKEN"] not in done.stderr and "tempauth" not in done.stderr


def test_exit_2_for_bad_arguments_or_no_access(tmp_path: Path) -> None:
    assert backup(tmp_path, {}).returncode == 2          # no credentials
    no_token = backup(tmp_path, {})
    assert "CANCEL365_ACCESS_TOKEN" in no_token.stderr
    assert backup(tmp_path, {"CANCEL365_ACCESS_TOKEN": "x"}, "--workers", "0").returncode == 2
    assert backup(tmp_path, {"CANCEL365_ACCESS_TOKEN": "x"}, "--only", "mail").returncode == 2
    with DemoGraphServer() as server:
        bogus = {"CANCEL365_GRAPH_URL": server.graph_url, "CANCEL365_ACCESS_TOKEN": "demo-bogus"}
        refused = backup(tmp_path, bogus)
        assert refused.returncode == 2 and "refused the token" in refused.stderr
        assert "app-only" in refused.stderr and "Sign in again" not in refused.stderr
        assert "demo-bogus" not in refused.stderr


def test_a_dest_that_is_a_file_is_refused_at_once(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    # No credentials and no server: the argument is refused before any of that is needed.
    done = backup(target, {})
    assert done.returncode == 2 and "is a file, not a folder" in done.stderr
    assert target.read_text() == "mine"


def test_a_backup_that_leaves_users_out_is_incomplete(tmp_path: Path) -> None:
    """The admin's own (delegated) sign-in opens few OneDrives: the rest are left out, so the
    backup is incomplete (exit 1, said first, and at the top of the report) unless the admin
    asked for exactly that scope with --only-accessible."""
    with DemoGraphServer() as server:
        env = {"CANCEL365_GRAPH_URL": server.graph_url,
               "CANCEL365_ACCESS_TOKEN": server.issue_token()}   # the demo admin, delegated
        partial = backup(tmp_path / "a", env, "--only", "onedrive")
        assert partial.returncode == 1, partial.stderr
        assert "INCOMPLETE" in partial.stderr and "Left out:" in partial.stderr
        assert "--only-accessible" in partial.stderr
        report = (tmp_path / "a" / "cancel365-backup-report.html").read_text("utf-8")
        verdict = report.split("id='verdict'>")[1].split("</p>")[0]
        assert "Incomplete." in verdict and "Set up backup access for me" in verdict

        chosen = backup(tmp_path / "b", env, "--only", "onedrive", "--only-accessible")
        assert chosen.returncode == 0, chosen.stderr
        assert "Complete: every file in scope" in chosen.stderr
        report = (tmp_path / "b" / "cancel365-backup-report.html").read_text("utf-8")
        assert "Complete: every file in scope" in report.split("id='verdict'>")[1]


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        for i in range(40):
            server.tenant.add_item(drive.id, drive.root.id, f"f{i}.bin", size=20_000)
        server.faults.add("slow", "/_download/", times=-1, delay=0.05)
        env = {k: v for k, v in os.environ.items() if not k.startswith("CANCEL365_")}
        env.update(CANCEL365_GRAPH_URL=server.graph_url,
                   CANCEL365_ACCESS_TOKEN=server.issue_token(user_id=None))
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "backup", "--dest", str(tmp_path), "--only",
             "sharepoint", "--workers", "2", "--json-progress"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if json.loads(line).get("files_done", 0) >= 5:
                proc.send_signal(signal.SIGINT)
                break
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == 1, err
        events = [json.loads(x) for x in out.splitlines()]
        assert any(e["event"] == "cancelled" for e in events)
        assert any("resume" in e.get("message", "") for e in events)
        assert (tmp_path / "cancel365-backup-report.html").exists()
