"""The mail part of ``cancel365 backup``: run after the files (or alone, ``--only mail``).

Prints what it does in plain lines; returns whether the mail backup is
complete (None when mail was skipped because the access has no Mail.Read, which
does not fail the file backup unless only mail was asked for).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TextIO

from app.backup.control import BackupControl
from app.backup.errors import human_bytes
from app.graph.client import TokenProvider
from app.mail.backup import MailBackup, MailProgress, MailSummary
from app.mail.report import write_report

KIND_LABEL = {"shared": "shared mailbox", "room": "room mailbox",
              "equipment": "equipment mailbox", "other": "other mailbox",
              "unlicensed-user": "user without a licence",
              "unlicensed": "shared or room mailbox, no licence", "user": "user"}


def run_mail(tokens: TokenProvider, base_url: str, dest: str, *, fmt: str, users: list[str],
             note: Callable[[str], None], out: TextIO, json_lines: bool,
             control: BackupControl) -> MailSummary:
    def progress(p: MailProgress) -> None:
        if json_lines:
            print(json.dumps({"event": "mail-progress", "mailboxes_done": p.mailboxes_done,
                              "mailboxes_total": p.mailboxes_total,
                              "messages_done": p.messages_done,
                              "messages_total": p.messages_total, "failed": p.failed}),
                  file=out, flush=True)

    note("Finding every mailbox ...")
    engine = MailBackup(tokens, base_url, dest, fmt=fmt, users=users, on_progress=progress,
                        control=control)
    boxes = engine.mailboxes()
    skipped = engine.access_problem(boxes) if boxes else None
    if skipped:
        note(f"Mail skipped: {skipped}. Files are not affected. Set up backup access in the "
             "wizard (it adds Mail.Read, Calendars.Read and Contacts.Read) to include mail.")
        return MailSummary(engine.root, fmt, skipped=skipped)
    if not engine.kinds_known:
        note("Shared and room mailboxes are shown together: telling them apart needs the "
             "MailboxSettings.Read permission, which this access does not have. Both are "
             "backed up all the same.")
    engine.sizes(boxes)
    for box in boxes:
        label = KIND_LABEL.get(box.kind, box.kind)
        note(f"Mail, calendars and contacts: {box.upn} ({label}): {box.messages} messages in "
             f"{box.folders} folders, {human_bytes(box.size)}.")
    summary = engine.run(boxes)
    if summary.skipped:
        note(f"Mail skipped: {summary.skipped}.")
        return summary
    for r in summary.mailboxes:
        note(f"Mail {r.upn}: {r.verified} of {r.listed} messages verified, {r.failed} failed; "
             f"{r.events} events in {r.calendars} calendars; {r.contacts} contacts"
             f"{'; ' + r.error if r.error else ''}.")
        for line in r.notes:
            note(f"  {line}")
        for line in r.failures[:20]:
            note(f"  Failed: {line}")
    report = write_report(summary)
    if json_lines:
        print(json.dumps({"event": "mail-finished", "messages_verified": summary.total("verified"),
                          "messages_failed": summary.total("failed"),
                          "events": summary.total("events"),
                          "contacts": summary.total("contacts"),
                          "complete": summary.complete}), file=out, flush=True)
    note(f"Mail ({summary.fmt}) in {summary.root}; report: {report}")
    return summary
