"""The mail move's report, beside the saved mail: ``cancel365-mail-move-report.html`` (plain
HTML that opens in any browser) and ``.csv`` (one row per user and folder)."""

from __future__ import annotations

import csv
import os
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from app.texts import translate

if TYPE_CHECKING:
    from app.mail_move.results import MoveSummary

REPORT_NAME = "cancel365-mail-move-report"
CSV_COLUMNS = ("email", "state", "folder", "target", "source_count", "already_there", "sent",
               "failed", "target_count", "note")


def write_reports(root: Path, summary: MoveSummary) -> tuple[Path, Path]:
    os.makedirs(root, exist_ok=True)
    csv_path = Path(root) / (REPORT_NAME + ".csv")
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(CSV_COLUMNS)
        for u in summary.users:
            for fr in u.folders:
                out.writerow([u.email, u.state, fr.source, fr.target, fr.source_count,
                              fr.already_there, fr.sent, fr.failed,
                              "" if fr.target_count is None else fr.target_count, fr.note])
            if not u.folders or u.errors:
                out.writerow([u.email, u.state, "", "", u.total, u.already_there, u.sent,
                              u.failed, "", "; ".join(u.errors[:20])])
    rows = []
    for u in summary.users:
        state = {"done": translate("mail_move", "Done"),
                 "failed": translate("mail_move", "Failed"),
                 "stopped": translate("mail_move", "Stopped")}.get(u.state, u.state)
        rows.append(
            f"<tr class='user'><th>{escape(u.email)}</th><td>{escape(state)}</td>"
            f"<td>{u.total}</td><td>{u.already_there}</td><td>{u.sent}</td><td>{u.failed}</td>"
            f"<td></td><td>{escape(u.message)}</td></tr>")
        for fr in u.folders:
            rows.append(
                f"<tr><td>&nbsp;&nbsp;{escape(fr.source)} &rarr; {escape(fr.target)}</td><td></td>"
                f"<td>{fr.source_count}</td><td>{fr.already_there}</td><td>{fr.sent}</td>"
                f"<td>{fr.failed}</td>"
                f"<td>{'' if fr.target_count is None else fr.target_count}</td>"
                f"<td>{escape(fr.note)}</td></tr>")
        for line in u.errors[:50]:
            rows.append(f"<tr><td colspan='7'></td><td>{escape(line)}</td></tr>")
    verdict = (translate("mail_move", "Complete: every saved message is at the new provider.")
               if summary.complete else
               translate("mail_move", "INCOMPLETE: see the rows with failures or notes."))
    title = translate("mail_move", "Mail moved to the new provider")
    counts = translate("mail_move", "{0} messages sent, {1} already there, {2} failed.").format(
        summary.total("sent"), summary.total("already_there"), summary.total("failed"))
    head = "".join(f"<th>{escape(h)}</th>" for h in (
        translate("mail_move", "User / folder"), translate("mail_move", "State"),
        translate("mail_move", "Saved"), translate("mail_move", "Already there"),
        translate("mail_move", "Sent"), translate("mail_move", "Failed"),
        translate("mail_move", "At the new provider"), translate("mail_move", "Notes")))
    html = (
        "<!doctype html><meta charset='utf-8'><title>Cancel365 mail move</title>"
        "<style>body{font-family:sans-serif;margin:2em}td,th{border:1px solid #ccc;"
        "padding:.3em .6em;text-align:left}table{border-collapse:collapse}"
        "tr.user{background:#f4f4f4}</style>"
        f"<h1>{escape(title)}</h1>"
        f"<p>{escape(verdict)} "
        f"{escape(counts)}</p>"
        f"<table><tr>{head}</tr>{''.join(rows)}</table>")
    html_path = Path(root) / (REPORT_NAME + ".html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(html)
    return html_path, csv_path
