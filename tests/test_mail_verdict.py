"""Files and mail in one destination: the files report lists the mail per mailbox with its
verdict and a link to the mail report, whichever ended first; one sentence says both."""

from __future__ import annotations

import html
import json
from pathlib import Path

from app.backup import report
from app.demo.graph_server import DemoGraphServer
from app.mail.report import write_report
from app.verdict import PartVerdict, mail_verdict, together
from tests.backup_support import app_graph, run_backup, team_plan
from tests.mail_support import RICH, SHARED, demo_box, mail_backup


def _mail_part(text: str) -> str:
    return text[text.index(report.MAIL_START):text.index(report.MAIL_END)]


def test_the_files_report_lists_the_mail_when_the_mail_ends_after_the_files(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    graph, _ = app_graph(demo_server)
    files = run_backup(graph, team_plan(graph), str(tmp_path), workers=4)
    text = Path(files.report_html).read_text(encoding="utf-8")
    assert _mail_part(text) == report.MAIL_START      # no mail yet: nothing said about it

    demo_server.routes.mail.store.cut_messages[next(iter(demo_box(demo_server, SHARED)
                                                         .messages))] = 99
    mail = mail_backup(demo_server, tmp_path, attempts=2)
    write_report(mail)                     # as the wizard and the command do, when mail ends
    part = html.unescape(_mail_part(Path(files.report_html).read_text(encoding="utf-8")))
    assert files.complete and not mail.complete
    assert ("Files and mail together: the backup is incomplete, because the mail is "
            "incomplete.") in part
    assert "href='Mail/cancel365-mail-report.html'" in part
    rich = next(r for r in mail.mailboxes if r.upn == RICH)
    assert f"<td>{RICH}</td><td>user</td><td>Verified: {rich.verified} of {rich.listed} " \
           "messages. Failed: 0." in part
    shared_row = part[part.index(f"<td>{SHARED}</td>"):]
    assert shared_row.split("</tr>")[0].endswith("<td>Incomplete</td>")
    assert "class=bad" in part
    saved = json.loads((tmp_path / "Mail" / "cancel365-mail-report.json").read_text("utf-8"))
    assert PartVerdict.from_json(saved["verdict"]) == mail.verdict() == mail_verdict(str(tmp_path))


def test_the_files_report_lists_the_mail_when_the_mail_ended_first(
        demo_server: DemoGraphServer, tmp_path: Path) -> None:
    mail = mail_backup(demo_server, tmp_path)
    write_report(mail)                          # no files report yet: nothing to refresh
    assert not (tmp_path / report.HTML_NAME).exists()
    graph, _ = app_graph(demo_server)
    files = run_backup(graph, team_plan(graph), str(tmp_path), workers=4)
    part = html.unescape(_mail_part(Path(files.report_html).read_text(encoding="utf-8")))
    assert files.complete and mail.complete
    assert "Files and mail together: the backup is complete." in part
    assert part.count("<td>Complete</td>") == len(mail.mailboxes) == 2


def test_together_says_which_part_is_incomplete() -> None:
    good, bad = PartVerdict("files", True, ""), PartVerdict("files", False, "")
    mail_good, mail_bad = PartVerdict("mail", True, ""), PartVerdict("mail", False, "")
    assert together(good, mail_good).endswith("the backup is complete.")
    assert together(bad, mail_good).endswith("because the files are incomplete.")
    assert together(good, mail_bad).endswith("because the mail is incomplete.")
    assert together(bad, mail_bad).endswith("neither the files nor the mail are complete.")
