"""The mbox backup opened by mutt (``mutt -R -f FOLDER``), run under ``script`` so it draws its
index on a pseudo-terminal and quits: every folder's message count, unread ("Old") and
flagged counts in mutt's status line match the demo mailbox, and RFC 2047 subjects decode."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.demo.graph_server import DemoGraphServer
from tests.mail_support import RICH, demo_box, mail_backup

pytestmark = pytest.mark.skipif(not (shutil.which("mutt") and shutil.which("script")),
                                reason="mutt (Debian's mutt) and script (util-linux) needed")


def _mutt_screen(folder: Path, home: Path) -> str:
    rc = home / "muttrc"
    rc.write_text('set charset=utf-8\nset index_format="%4C %Z %-20.20F %s"\n', "utf-8")
    (home / "Mail").mkdir(exist_ok=True)
    typescript = home / "screen"
    command = (f"stty rows 40 cols 160; mutt -n -F '{rc}' -R -f '{folder}' "
               "-e 'push <exit>'")
    subprocess.run(["script", "-qfec", command, str(typescript)], stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, timeout=60, check=True,
                   env={**os.environ, "HOME": str(home), "TERM": "vt100", "LANG": "C.UTF-8"})
    return typescript.read_bytes().decode("utf-8", "replace")


def test_mutt_opens_every_mbox_folder_with_its_counts_and_flags(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    assert mail_backup(demo_server, tmp_path / "dest", users=[RICH], fmt="mbox").complete
    box = demo_box(demo_server)
    root = tmp_path / "dest" / "Mail" / RICH / "mbox"
    home = tmp_path / "home"
    home.mkdir()
    seen = 0
    for folder in box.folders.values():
        messages = [m for m in box.messages.values() if m.folder_id == folder.id]
        files = [p for p in root.rglob("*") if p.is_file() and p.name == folder.name]
        if folder.well_known == "inbox":
            files = [root / "Inbox"]
        assert len(files) == 1, folder.name
        screen = _mutt_screen(files[0], home)
        status = re.findall(r"\[Msgs:(\d+)((?: \w+:\d+)*)", screen)
        assert status, screen[-500:]
        total, extra = status[-1]
        counts = dict(part.split(":") for part in extra.split())
        assert int(total) == len(messages), folder.name
        assert int(counts.get("Old", 0)) == sum(not m.is_read for m in messages), folder.name
        assert int(counts.get("Flag", 0)) == sum(m.flagged for m in messages), folder.name
        seen += int(total)
        if folder.well_known == "inbox":
            assert "Грузовик приедет в 7 утра" in screen       # RFC 2047, decoded by mutt
    assert seen == len(box.messages)
