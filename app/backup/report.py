"""The backup report in the destination: report.html for people, report.csv for spreadsheets.

Per user and site: files and bytes verified, Office files kept after
SharePoint's known rewrite, files that failed (with the reason), items that
cannot be downloaded (with the reason), and who was left out of the backup.

report.html is for the admin, in the wizard's language (English from the
command line, which loads no Qt): its texts go through
:func:`app.texts.translate`, and so did the reasons the backup recorded, when
it made them. report.csv is for scripts and spreadsheets: its column headers
and its state words (``verified``, ``failed``, ``left out``…) are English
whatever the language, so a script can rely on them; its reason column holds
the text the backup recorded, in the language it ran in (the left-out reasons
too, as the wizard shows them).
"""

from __future__ import annotations

import csv
import html
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.backup.errors import human_bytes
from app.backup.listing import CONTAINERS
from app.backup.manifest import DriveRow, ItemRow, ItemState, Manifest
from app.backup.plan import LeftOut
from app.texts import translate
from app.verdict import PartVerdict, mail_verdict, together

HTML_NAME = "cancel365-backup-report.html"
CSV_NAME = "cancel365-backup-report.csv"
# Between these the report lists the mail saved in the same destination (app.verdict); the
# mail run writes it again there when it ends after the files (refresh_mail_section).
MAIL_START, MAIL_END = "<!-- mail -->", "<!-- /mail -->"

# The CSV's state column: English always (scripts match these words).
_STATE_WORDS = {
    ItemState.VERIFIED: "verified",
    ItemState.OFFICE_REWRITE: "kept (SharePoint Office rewrite)",
    ItemState.FAILED: "failed",
    ItemState.SKIPPED: "not downloadable",
    ItemState.LISTED: "not fetched yet",
    ItemState.DOWNLOADING: "not finished",
    ItemState.DELETED: "deleted in Microsoft 365",
}


@dataclass
class OwnerTotals:
    """One user's or site's line in the report."""

    kind: str
    owner: str
    owner_name: str
    verified: int = 0
    bytes_verified: int = 0
    rewrites: int = 0
    not_downloadable: int = 0
    deleted: int = 0         # deleted in Microsoft 365 (during the backup, or since the last)
    failed_items: list[ItemRow] = field(default_factory=list)
    unfinished_items: list[ItemRow] = field(default_factory=list)  # listed, not yet fetched
    drive_problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failed_items)

    @property
    def unfinished(self) -> int:
        return len(self.unfinished_items)


def totals(drives: Iterable[DriveRow], items: Iterable[ItemRow]) -> list[OwnerTotals]:
    """Counts per owner (a user or a site)."""
    drive_list = list(drives)
    by_owner: dict[str, OwnerTotals] = {}
    owner_of: dict[str, OwnerTotals] = {}
    for d in drive_list:
        t = by_owner.setdefault(d.owner, OwnerTotals(d.kind, d.owner, d.owner_name))
        owner_of[d.drive_id] = t
        if d.state == "failed":
            t.drive_problems.append(f"{d.name}: {d.reason}")
    for item in items:
        t = owner_of.get(item.drive_id)
        if t is None or item.kind in CONTAINERS:  # folders and notebooks hold the files
            continue
        if item.state is ItemState.VERIFIED:
            t.verified += 1
            t.bytes_verified += item.size
        elif item.state is ItemState.OFFICE_REWRITE:
            t.rewrites += 1
            t.bytes_verified += item.size
        elif item.state is ItemState.FAILED:
            t.failed_items.append(item)
        elif item.state is ItemState.SKIPPED:
            t.not_downloadable += 1
        elif item.state is ItemState.DELETED:
            t.deleted += 1
        else:
            t.unfinished_items.append(item)
    return list(by_owner.values())


def write(dest: str, manifest: Manifest, left_out: list[LeftOut], *,
          summary_time: float | None = None, missing: list[LeftOut] | None = None,
          updated_from: float | None = None, fetched: int | None = None,
          rows: list[ItemRow] | None = None) -> tuple[str, str]:
    """Write both files (through a temporary name); returns their paths.

    ``missing`` are the users and sites in scope whose files the backup cannot hold
    (:attr:`BackupPlan.missing`): the report then leads with "incomplete". ``rows``: the
    manifest's items, when the caller has just read them (else they are read here).
    """
    drives = manifest.drives()
    items = [i for i in (manifest.items() if rows is None else rows) if i.kind not in CONTAINERS]
    owner = {d.drive_id: d for d in drives}
    csv_path = os.path.join(dest, CSV_NAME)
    with open(csv_path + ".tmp", "w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(["kind", "owner", "library", "server path", "local path", "size (bytes)",
                      "quickXorHash", "state", "reason"])
        # A drive's three cells are the same on each of its rows: guarded once per drive.
        drive_cells = {d.drive_id: [_cell(d.kind), _cell(d.owner), _cell(d.name)] for d in drives}
        no_drive = ["", "", ""]
        out.writerows(drive_cells.get(item.drive_id, no_drive) + [
            _cell(item.server_path), _cell(item.local_path), item.size, _cell(item.quickxor or ""),
            _STATE_WORDS[item.state], _cell(item.reason)] for item in items)
        for gone in left_out:
            out.writerow([_cell(x) for x in (gone.kind, gone.owner, "", "", "", "", "",
                                             "left out", gone.shown_reason)])
    os.replace(csv_path + ".tmp", csv_path)
    html_path = os.path.join(dest, HTML_NAME)
    with open(html_path + ".tmp", "w", encoding="utf-8") as f:
        f.write(_html(totals(drives, items), items, owner, left_out, summary_time or time.time(),
                      missing or [], updated_from, fetched, mail_verdict(dest)))
    os.replace(html_path + ".tmp", html_path)
    return html_path, csv_path


def _cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula (names come from anyone)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def verdict(rows: list[OwnerTotals], missing: list[LeftOut]) -> tuple[bool, str]:
    """Complete or not, in one sentence with the numbers and the way to fix it."""
    failed = sum(t.failed + t.unfinished for t in rows)
    problems = sum(len(t.drive_problems) for t in rows)
    parts = []
    if missing:
        parts.append(translate(
            "report", "Users and sites left out, because this access cannot open their files: {0}. "
            "To include them, use \"Set up backup access for me\" in the wizard's Backup page and "
            "run the backup again to the same folder.").format(len(missing)))
    if failed:
        parts.append(translate("report", "Files not in the backup: {0}. Run the backup again to "
                               "the same folder to retry them.").format(failed))
    if problems:
        parts.append(translate("report", "Libraries that could not be listed: {0}.").format(problems))
    if parts:
        return False, translate("report", "Incomplete.") + " " + " ".join(parts)
    return True, translate("report", "Complete: every file in scope is in the backup.")


def mail_section(mail: PartVerdict | None, files_complete: bool) -> str:
    """The mail saved in the same destination: files and mail together, then per mailbox its
    counts and verdict, with a link to the mail's own report."""
    if mail is None:
        return MAIL_START + MAIL_END
    e = html.escape
    files = PartVerdict("files", files_complete, "")
    rel = "Mail/" + os.path.basename(mail.report) if mail.report else ""   # a relative link
    link_text = translate("report", "The mail report")
    title = translate("report", "Mail, calendars and contacts")
    link = f" <a href='{e(rel)}'>{e(link_text)}</a>" if rel else ""
    words = {True: translate("report", "Complete"), False: translate("report", "Incomplete")}
    rows = "".join(
        f"<tr{'' if o.complete else ' class=bad'}><td>{e(o.owner)}</td><td>{e(o.kind)}</td>"
        f"<td>{e(o.counts)}</td><td>{e(words[o.complete])}</td></tr>" for o in mail.owners)
    heads = (translate("report", "Mailbox"), translate("report", "Kind"),
             title, translate("report", "Verdict"))
    return "".join([
        MAIL_START, f"<h2 id='mail'>{e(title)}</h2>",
        f"<p class='{'good' if files_complete and mail.complete else 'bad'}' id='together'><b>"
        f"{e(together(files, mail))}</b></p>",
        f"<p>{e(words[mail.complete])}: {e(mail.counts)}{link}</p>",
        "<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + f"</tr>{rows}</table>"
        if rows else "", MAIL_END])


def refresh_mail_section(dest: str) -> bool:
    """List the mail in the files report already in ``dest`` (the mail ended after the files);
    False when there is no files report there (or it cannot be rewritten)."""
    path = os.path.join(dest, HTML_NAME)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return False
    start, end = text.find(MAIL_START), text.find(MAIL_END)
    if start < 0 or end < start:
        return False
    files_complete = "class='good' id='verdict'" in text
    text = text[:start] + mail_section(mail_verdict(dest), files_complete) + \
        text[end + len(MAIL_END):]
    try:
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(path + ".tmp", path)
    except OSError:
        return False
    return True


def _updated_line(updated_from: float | None, fetched: int | None) -> str:
    """An incremental run says so: what it updated, and how much it fetched."""
    if updated_from is None:
        return ""
    text = translate("report", "This run updated the backup from {0}: it asked Microsoft 365 "
                     "only for the changes since then and fetched {1} files.").format(
        time.strftime("%Y-%m-%d %H:%M", time.localtime(updated_from)), fetched or 0)
    return f"<p id='updated'>{html.escape(text)}</p>"


def _html(rows: list[OwnerTotals], items: list[ItemRow], owner: dict[str, DriveRow],
          left_out: list[LeftOut], when: float, missing: list[LeftOut],
          updated_from: float | None = None, fetched: int | None = None,
          mail: PartVerdict | None = None) -> str:
    e = html.escape
    # The page's language code: the source is "en", and each translation is its
    # language's code (da, sv, nl, nb), so lang= says what the translator gave.
    lang = translate("report", "en")
    title = translate("report", "Cancel365 backup report")
    who = translate("report", "User or site")
    intro = translate("report", "Written {0}. Every file listed as verified matched Microsoft 365's "
                      "quickXorHash.").format(time.strftime("%Y-%m-%d %H:%M", time.localtime(when)))
    per_owner = translate("report", "Per user and site")
    complete, said = verdict(rows, missing)
    heads = (who, translate("report", "Files verified"), translate("report", "Bytes verified"),
             translate("report", "Office files rewritten by SharePoint (kept)"),
             translate("report", "Failed"), translate("report", "Not downloadable"),
             translate("report", "Not finished"))
    parts = [
        f"<!DOCTYPE html><html lang='{e(lang)}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>body{{font-family:sans-serif;margin:2em}}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;"
        "text-align:left}.bad{color:#a00}.good{color:#060}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        f"<p class='{'good' if complete else 'bad'}' id='verdict'><b>{e(said)}</b></p>",
        f"<p>{e(intro)}</p>",
        _updated_line(updated_from, fetched),
        f"<h2>{e(per_owner)}</h2><table><tr>"
        + "".join(f"<th>{e(head)}</th>" for head in heads) + "</tr>",
    ]
    for t in rows:
        cls = " class='bad'" if t.failed or t.unfinished or t.drive_problems else ""
        parts.append(
            f"<tr{cls}><td>{e(t.owner_name)}<br><small>{e(t.owner)}</small></td>"
            f"<td>{t.verified}</td><td>{e(human_bytes(t.bytes_verified))}</td>"
            f"<td>{t.rewrites}</td><td>{t.failed}</td><td>{t.not_downloadable}</td>"
            f"<td>{t.unfinished}</td></tr>")
    parts.append("</table>")
    parts.append(mail_section(mail, complete))
    sections = [
        (translate("report", "Failed"), ItemState.FAILED, translate(
            "report", "These files are not in the backup. Start the backup again to retry them, "
            "or download them by hand.")),
        (translate("report", "Not downloadable"), ItemState.SKIPPED, translate(
            "report", "These items hold no file bytes Microsoft 365 can hand out.")),
        (translate("report", "Deleted in Microsoft 365"), ItemState.DELETED, translate(
            "report", "These items were deleted in Microsoft 365 during the backup or since the "
            "last one. A copy made before they were deleted stays in the backup.")),
        (translate("report", "Office files rewritten by SharePoint"), ItemState.OFFICE_REWRITE,
         translate("report", "SharePoint adds its own properties to Office files in document "
                   "libraries, so their size and hash differ from the listing. This is expected; "
                   "the files were kept.")),
    ]
    file_head, reason_head = translate("report", "File"), translate("report", "Reason")
    for section, state, note in sections:
        chosen = [i for i in items if i.state is state]
        if not chosen:
            continue
        parts.append(f"<h2>{e(section)} ({len(chosen)})</h2><p>{e(note)}</p><table><tr>"
                     f"<th>{e(who)}</th><th>{e(file_head)}</th><th>{e(reason_head)}</th></tr>")
        for i in chosen:
            d = owner.get(i.drive_id)
            parts.append(f"<tr><td>{e(d.owner if d else '')}</td><td>{e(i.server_path)}</td>"
                         f"<td>{e(i.reason)}</td></tr>")
        parts.append("</table>")
    placed = [i for i in items if i.note]
    if placed:
        placed_head = translate("report", "Placed at the top of their drive")
        parts.append(f"<h2>{e(placed_head)} "
                     f"({len(placed)})</h2><table><tr><th>{e(who)}</th><th>{e(file_head)}</th>"
                     f"<th>{e(reason_head)}</th></tr>")
        for i in placed:
            d = owner.get(i.drive_id)
            parts.append(f"<tr><td>{e(d.owner if d else '')}</td><td>{e(i.server_path)}</td>"
                         f"<td>{e(i.note)}</td></tr>")
        parts.append("</table>")
    problems = [(t, p) for t in rows for p in t.drive_problems]
    if problems or left_out:
        left, why = translate("report", "Left out"), translate("report", "Why")
        parts.append(f"<h2>{e(left)}</h2><table><tr><th>{e(who)}</th><th>{e(why)}</th></tr>")
        for gone in left_out:
            parts.append(f"<tr><td>{e(gone.owner_name)}<br><small>{e(gone.owner)}</small></td>"
                         f"<td>{e(gone.shown_reason)}</td></tr>")
        for t, problem in problems:
            parts.append(f"<tr><td>{e(t.owner)}</td><td>{e(problem)}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
