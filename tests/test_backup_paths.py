"""Safe local names: never outside the destination, valid everywhere, no overwrites."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from app.backup.paths import LocalNames, collision_key, inside, safe_name
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import app_graph, expected_bytes, library, run_backup, team_plan

WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", re.IGNORECASE)


def valid_everywhere(name: str) -> bool:
    return (bool(name) and not WINDOWS_BAD.search(name) and not name.endswith((" ", "."))
            and not RESERVED.match(name) and name not in (".", "..")
            and len(name.encode("utf-8")) <= 255)


HOSTILE = ["..", ".", "../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "C:", "a\\b",
           "CON", "con.txt", "Lpt1.doc", "aux", "trailing. . .", "trailing space ",
           'q"uote<s>|pipe?*', "tab\there", "x" * 400 + ".docx", "æ" * 200 + ".pdf", ""]


def test_every_hostile_name_becomes_a_valid_single_component() -> None:
    for name in HOSTILE:
        safe = safe_name(name)
        assert valid_everywhere(safe), (name, safe)
        assert "/" not in safe and "\\" not in safe


def test_long_names_keep_their_extension() -> None:
    assert safe_name("x" * 400 + ".docx").endswith(".docx")
    assert safe_name("æ" * 200 + ".pdf").endswith(".pdf")


def test_names_that_collide_on_some_file_system_get_different_local_names() -> None:
    names = LocalNames()
    nfc = unicodedata.normalize("NFC", "Café.txt")
    nfd = unicodedata.normalize("NFD", "Café.txt")
    given = [names.allocate("d", n) for n in ["Report.docx", "report.docx", "REPORT.DOCX", nfc,
                                                nfd, "CON", "_CON", "a:b", "a_b"]]
    assert len({collision_key(g) for g in given}) == len(given)
    assert given[1] == "d/report (2).docx"


def test_names_already_taken_stay_taken_on_resume() -> None:
    first = LocalNames()
    a = first.allocate("", "Budget.xlsx")
    b = first.allocate("", "budget.xlsx")
    again = LocalNames([a, b])
    assert again.allocate("", "BUDGET.xlsx") not in (a, b)


def test_inside_refuses_paths_that_leave_the_destination(tmp_path) -> None:
    for rel in ["../x", "/etc/passwd", "a/../../x", "a/./b", "C:/x", "a\\..\\b", ""]:
        try:
            inside(str(tmp_path), rel)
        except ValueError:
            continue
        raise AssertionError(f"{rel!r} was accepted")
    assert inside(str(tmp_path), "a/b").startswith(str(tmp_path))


def test_a_backup_of_hostile_names_stays_inside_and_overwrites_nothing(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        root = drive.root.id
        folder = server.tenant.add_item(drive.id, root, "..", is_folder=True)
        items = [server.tenant.add_item(drive.id, root, name, size=100 + i)
                 for i, name in enumerate(HOSTILE[1:] + ["Report.docx", "report.docx",
                                                         unicodedata.normalize("NFD", "Café"),
                                                         unicodedata.normalize("NFC", "Café")])]
        items.append(server.tenant.add_item(drive.id, folder.id, "../../escape.txt", size=5))
        graph, _ = app_graph(server)
        dest = tmp_path / "backup"
        summary = run_backup(graph, team_plan(graph), str(dest), workers=4)
        assert summary.complete and summary.files_failed == 0
        files = [os.path.join(d, f) for d, _, fs in os.walk(dest) for f in fs]
        real_dest = os.path.realpath(dest)
        assert all(os.path.realpath(f).startswith(real_dest + os.sep) for f in files)
        assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "etc").exists()
        keys = [collision_key(os.path.relpath(f, dest)) for f in files]
        assert len(keys) == len(set(keys))
        for f in files:
            for part in os.path.relpath(f, dest).split(os.sep):
                assert valid_everywhere(part), part
        contents = {Path(f).read_bytes() for f in files}
        for item in items:
            assert expected_bytes(item) in contents, item.name
