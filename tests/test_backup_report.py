"""The report: per user and site, verified, failed, not downloadable, Office rewrites; no secrets."""

from __future__ import annotations

import csv
import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app import i18n
from app.backup import report
from app.backup.manifest import MANIFEST_NAME, Manifest
from app.backup.plan import discover
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import app_graph, library, local_file, run_backup, team_plan

CSV_HEADER = ["kind", "owner", "library", "server path", "local path", "size (bytes)", "quickXorHash",
              "state", "reason"]


def test_report_lists_every_outcome_with_reasons(tmp_path: Path) -> None:
    with DemoGraphServer() as server:
        drive = library(server)
        hostile = server.tenant.add_item(drive.id, drive.root.id, "<script>alert(1)</script>.txt",
                                         size=10)
        rotten = server.tenant.add_item(drive.id, drive.root.id, "rotten.pdf", size=5000)
        folder = server.tenant.add_item(drive.id, drive.root.id, "=cmd", is_folder=True)
        server.tenant.add_item(drive.id, folder.id, "@SUM(1+1).csv", size=7)
        library(server, "Opskrifter").name = "=HYPERLINK(\"http://x\")"
        server.faults.add("corrupt", f"/_download/{drive.id}/{rotten.id}", times=-1)
        graph, tokens = app_graph(server)
        summary = run_backup(graph, discover(graph), str(tmp_path), workers=6)
        assert summary.files_failed == 1 and not summary.complete
        assert summary.office_rewrites >= 1 and summary.not_downloadable >= 1

        text = Path(summary.report_csv).read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(text.splitlines()))
        by_path = {r["server path"]: r for r in rows}
        assert by_path["/rotten.pdf"]["state"] == "failed"
        assert "quickXorHash" in by_path["/rotten.pdf"]["reason"]
        # Not downloadable: notebook parts Graph hands out no download for, the file with the
        # malware facet, and the OneDrive shortcut (held by another drive), each with its reason.
        skipped = [r for r in rows if r["state"] == "not downloadable"]
        assert skipped and all(any(w in r["reason"] for w in ("OneNote", "malware", "shortcut"))
                               for r in skipped)
        assert {w for r in skipped for w in ("OneNote", "malware", "shortcut")
                if w in r["reason"]} == {"OneNote", "malware", "shortcut"}
        rewritten = [r for r in rows if r["state"] == "kept (SharePoint Office rewrite)"]
        assert rewritten and all(r["server path"].endswith((".docx", ".xlsx", ".pptx"))
                                 for r in rewritten)
        # Server names never reach a spreadsheet as formulas.
        assert all(not v.startswith(("=", "+", "@")) for r in rows for v in r.values())
        assert any(r["server path"] == "/=cmd/@SUM(1+1).csv" for r in rows)
        assert any(r["library"] == "'=HYPERLINK(\"http://x\")" for r in rows)
        left_out = [r for r in rows if r["state"] == "left out"]
        assert {r["owner"] for r in left_out} == {g.owner for g in discover(graph).left_out}
        assert {r["state"] for r in rows} <= {"verified", "failed", "not downloadable",
                                              "deleted in Microsoft 365",
                                              "kept (SharePoint Office rewrite)", "left out"}

        # The rewritten Office file is kept, as SharePoint served it.
        office = next(i for i in drive.items.values() if i.office_rewrite)
        assert os.path.getsize(local_file(str(tmp_path), office.id)) == office.served_size

        page = Path(summary.report_html).read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;" in page or hostile.name not in page
        assert "Lille Bager – Team" in page and "Not downloadable" in page
        assert "rewritten by SharePoint" in page

        # No token and no pre-authenticated URL anywhere in what the backup wrote.
        secrets = [tokens.access_token(), "tempauth"]
        for name in (summary.report_csv, summary.report_html, os.path.join(tmp_path, MANIFEST_NAME)):
            data = Path(name).read_bytes()
            assert not any(s.encode() in data for s in secrets), name


def test_report_speaks_the_wizards_language_and_the_csv_stays_parseable(tmp_path: Path, monkeypatch,
                                                                        qapp) -> None:
    """A backup run under the Danish translator writes a Danish report.html (lang='da', Danish
    headings, Danish reasons), while report.csv keeps its English header and state words."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    dest = tmp_path / "backup"
    dest.mkdir()
    with DemoGraphServer() as server:
        drive = library(server)
        rotten = server.tenant.add_item(drive.id, drive.root.id, "rotten.pdf", size=5000)
        server.faults.add("corrupt", f"/_download/{drive.id}/{rotten.id}", times=-1)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        translators = i18n.install(qapp, "da")
        try:
            summary = run_backup(graph, plan, str(dest), workers=6)
        finally:
            for translator in translators:
                QCoreApplication.removeTranslator(translator)
            i18n.install(qapp, "en")
    assert summary.files_failed == 1 and summary.office_rewrites >= 1 and summary.not_downloadable >= 1

    page = Path(summary.report_html).read_text(encoding="utf-8")
    assert "<html lang='da'>" in page
    assert "<h1>Rapport over Cancel365-sikkerhedskopien</h1>" in page
    assert "<h2>Pr. bruger og websted</h2>" in page and "<th>Bruger eller websted</th>" in page
    assert "<h2>Mislykkedes (1)</h2>" in page and "<h2>Kan ikke hentes (" in page
    assert "<h2>Office-filer ændret af SharePoint (" in page
    assert "Per user and site" not in page and "Not downloadable" not in page

    rows = list(csv.reader(Path(summary.report_csv).read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == CSV_HEADER
    by_path = {r["server path"]: r for r in (dict(zip(CSV_HEADER, row, strict=True)) for row in rows[1:])}
    assert {r["state"] for r in by_path.values()} <= {"verified", "failed", "not downloadable",
                                                      "kept (SharePoint Office rewrite)",
                                                      "deleted in Microsoft 365"}
    # The reasons were made (in FileFetch, and the listing) while the wizard spoke Danish.
    failed = by_path["/rotten.pdf"]
    assert failed["state"] == "failed"
    assert failed["reason"].startswith("De hentede bytes passede ikke med Microsoft 365's quickXorHash")
    assert html.escape(failed["reason"]) in page
    notebooks = [r for r in by_path.values() if r["state"] == "not downloadable"
                 and r["server path"].endswith(".onetoc2")]
    assert notebooks and all("OneNote-notesbog" in r["reason"] for r in notebooks)
    rewritten = [r for r in by_path.values() if r["state"] == "kept (SharePoint Office rewrite)"]
    assert rewritten and all("forventet; filen er beholdt" in r["reason"] for r in rewritten)

    # Without the translator the page is English again; the recorded reasons stay as they were made.
    manifest = Manifest(str(dest))
    try:
        html_path, csv_path = report.write(str(dest), manifest, [])
    finally:
        manifest.close()
    english = Path(html_path).read_text(encoding="utf-8")
    assert "<html lang='en'>" in english and "<h2>Per user and site</h2>" in english
    assert html.escape(failed["reason"]) in english
    assert next(csv.reader(Path(csv_path).read_text(encoding="utf-8-sig").splitlines())) == CSV_HEADER
