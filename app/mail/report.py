"""The mail backup's report: per mailbox, messages, events and contacts saved, verified, failed.

Written next to the mail as ``cancel365-mail-report.html`` (and ``.json``, whose
``verdict`` the files report in the same destination lists per mailbox), in
plain HTML that opens in any browser, with how to open the result: Dovecot
(``mail_location = maildir:...``) or Thunderbird (ImportExportTools NG, mbox).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from html import escape

from app.backup.report import refresh_mail_section
from app.mail.backup import MailSummary

REPORT_NAME = "cancel365-mail-report"


def write_report(summary: MailSummary) -> str:
    os.makedirs(summary.root, exist_ok=True)
    data = {"format": summary.fmt, "complete": summary.complete, "skipped": summary.skipped,
            "cancelled": summary.cancelled, "mailboxes": [asdict(r) for r in summary.mailboxes],
            "verdict": summary.verdict().to_json()}     # read by the files report (app.verdict)
    with open(os.path.join(summary.root, REPORT_NAME + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    rows = "".join(
        f"<tr><td>{escape(r.upn)}</td><td>{escape(r.kind)}</td><td>{r.verified}</td>"
        f"<td>{r.listed}</td><td>{r.failed}</td><td>{r.events}</td><td>{r.contacts}</td>"
        f"<td>{escape('; '.join([*(r.notes), *(r.failures[:20]), r.error or '']).strip('; '))}"
        "</td></tr>" for r in summary.mailboxes)
    how = ("Maildir: serve it with Dovecot (<code>mail_location = maildir:"
           f"{escape(summary.root)}/%u/Maildir</code>) or any IMAP server."
           if summary.fmt == "maildir" else
           "mbox: in Thunderbird, install ImportExportTools NG and import the mbox files "
           "(with their folder structure).")
    html = (
        "<!doctype html><meta charset='utf-8'><title>Cancel365 mail backup</title>"
        "<style>body{font-family:sans-serif;margin:2em}td,th{border:1px solid #ccc;"
        "padding:.3em .6em;text-align:left}table{border-collapse:collapse}</style>"
        f"<h1>Mail, calendars and contacts</h1><p>{'Complete' if summary.complete else 'INCOMPLETE'}"
        f": {summary.total('verified')} messages verified, {summary.total('failed')} failed, "
        f"{summary.total('events')} events, {summary.total('contacts')} contacts.</p>"
        f"<p>{how} Calendars are .ics files, contacts .vcf (vCard 3.0).</p>"
        "<table><tr><th>Mailbox</th><th>Kind</th><th>Verified</th><th>Listed</th>"
        f"<th>Failed</th><th>Events</th><th>Contacts</th><th>Notes</th></tr>{rows}</table>")
    path = os.path.join(summary.root, REPORT_NAME + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    # the files report in the same destination, written before the mail ended, lists it too
    refresh_mail_section(os.path.dirname(os.path.abspath(summary.root)))
    return path
