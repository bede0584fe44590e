"""The cancellation record as a readable PDF, drawn with Qt (QtGui only, no widgets).

The PDF is drawn from the record's JSON data (itself built from the state), so the two
always say the same. Texts are in the wizard's language. ``QTextDocument`` and
``QPdfWriter`` are QtGui classes that Qt allows off the GUI thread (painting on a
QPdfWriter is thread-safe like painting on a QImage), so the Done page writes the PDF
in its background task together with the JSON.
"""

from __future__ import annotations

import html
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from app.dates.key_dates import DateKind, Ending, KeyDate
from app.dates.labels import date_label, date_meaning, estimated
from app.texts import QT_TRANSLATE_NOOP, translate

DPI = 300

_REASONS = {
    "cost": QT_TRANSLATE_NOOP("feedback", "It costs too much"),
    "other_provider": QT_TRANSLATE_NOOP("feedback", "We are moving to another provider"),
    "closing_or_merging": QT_TRANSLATE_NOOP("feedback", "The business is closing or merging"),
    "missing_features": QT_TRANSLATE_NOOP("feedback", "Features we need are missing"),
    "too_complex": QT_TRANSLATE_NOOP("feedback", "It is too complex for us"),
    "other": QT_TRANSLATE_NOOP("feedback", "Another reason"),
}

_CSS = """
body { font-family: sans-serif; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 16pt; margin-bottom: 4pt; }
.hash { font-family: monospace; font-size: 8pt; }
table { border-collapse: collapse; margin-bottom: 4pt; }
th { background-color: #e8e8e8; text-align: left; font-weight: bold; }
td, th { padding: 3px 6px; }
.muted { color: #555555; }
"""


def when(value: str | None) -> str:
    """An ISO time from the record as the admin reads it: local time, to the minute."""
    if not value:
        return "–"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
        return moment.strftime("%Y-%m-%d %H:%M ") + (moment.strftime("%Z") or "")
    return moment.strftime("%Y-%m-%d %H:%M")


def day(value: str | None) -> str:
    return date.fromisoformat(value).isoformat() if value else "–"


def yes_no(value: bool | None) -> str:
    if value is None:
        return translate("record", "couldn't check")
    return translate("record", "yes") if value else translate("record", "no")


def _esc(value: Any) -> str:
    return html.escape("–" if value is None else str(value))


def _h2(text: str) -> str:
    # QTextDocument drops a heading's top margin after a table: an empty line keeps them apart
    return f"<p style='font-size:6pt'>&nbsp;</p><h2 style='margin-top:8pt'>{_esc(text)}</h2>"


def _pairs(rows: list[tuple[str, Any]]) -> str:
    cells = "".join(f"<tr><th width='32%'>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in rows)
    return f"<table border='1' cellspacing='0' width='100%'>{cells}</table>"


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' width='100%'><tr>{head}</tr>{body}</table>"


def _none(text: str) -> str:
    return f"<p class='muted'>{html.escape(text)}</p>"


def record_html(record: dict[str, Any]) -> str:
    """The record as an HTML document for QTextDocument, in the wizard's language."""
    parts: list[str] = []
    tenant, admin = record.get("tenant") or {}, record.get("admin") or {}
    lang = html.escape(record.get("language") or "en")
    parts.append("<h1>" + _esc(translate("record", "Cancellation record")) + "</h1>")
    parts.append("<p>" + _esc(translate("record", "{0}, written {1} by Cancel365 {2}.").format(
        tenant.get("display_name") or translate("record", "No tenant"), when(record["created_at"]),
        record["app"]["version"])) + "</p>")
    if record.get("demo"):
        parts.append(_none(translate("record", "Demo tenant: nothing here happened to a real "
                                               "Microsoft 365 account.")))

    parts.append(_h2(translate("record", "Tenant and administrator")))
    parts.append(_pairs([
        (translate("record", "Organization"), tenant.get("display_name")),
        (translate("record", "Tenant ID"), tenant.get("id")),
        (translate("record", "Administrator"), "{} ({})".format(admin.get("display_name", "–"),
                                                 admin.get("user_principal_name", "–"))),
        (translate("record", "Roles"), ", ".join(admin.get("roles") or []) or None),
        (translate("record", "Signed in"), when(record.get("signed_in_at"))),
    ]))

    parts.append(_subscription(record))
    parts.append(_domains(record))
    parts.append(_backup(record))
    parts.append(_key_dates(record))
    parts.append(_feedback(record))
    parts.append(_checklist(record))
    parts.append(_confirmation(record))
    return (f"<html lang='{lang}'><head><style>{_CSS}</style></head>"
            f"<body>{''.join(parts)}</body></html>")


def _subscription(record: dict[str, Any]) -> str:
    out = [_h2(translate("record", "Subscription and licences"))]
    sub = record.get("subscription")
    if not sub:
        return out[0] + _none(translate("record", "No subscription was chosen."))
    before, after = sub.get("before") or {}, sub.get("after") or {}
    rows = [
        [translate("record", "Name"), before.get("name"), after.get("name")],
        [translate("record", "Status"), before.get("status"), after.get("status")],
        [translate("record", "Licences assigned"), before.get("assigned_licenses"),
         after.get("assigned_licenses")],
        [translate("record", "Licences in total"), before.get("total_licenses"), after.get("total_licenses")],
        [translate("record", "Next lifecycle date"), when(before.get("next_lifecycle")),
         when(after.get("next_lifecycle"))],
    ]
    out.append(_table(["", translate("record", "Before"),
                       translate("record", "After licences were removed")], rows))
    removed = record.get("licences_removed") or []
    out.append(_h2(translate("record", "Licences removed")))
    if removed:
        out.append(_table([translate("record", "User"), translate("record", "Licence"),
                           translate("record", "Removed")],
                          [[r["user_principal_name"], r["sku_part_number"], when(r["at"])]
                           for r in removed]))
    else:
        out.append(_none(translate("record", "No licence was removed.")))
    return "".join(out)


def _domains(record: dict[str, Any]) -> str:
    out = [_h2(translate("record", "Domains and DNS"))]
    domains = (record.get("domains") or {}).get("checked") or []
    if not domains:
        return out[0] + _none(translate("record", "No custom domain was checked."))
    status = {"clear": translate("record", "nothing points at Microsoft 365"),
              "microsoft": translate("record", "still points at Microsoft 365"),
              "error": translate("record", "couldn't be checked")}
    for entry in domains:
        before, after = entry.get("before") or {}, entry.get("after") or {}
        out.append(f"<p><b>{_esc(entry.get('unicode') or entry['domain'])}</b></p>")
        out.append(_pairs([
            (translate("record", "Before"), "{} ({})".format(status.get(before.get("status"), "–"),
                                              when(before.get("checked_at")))),
            (translate("record", "Latest check"), "{} ({})".format(status.get(after.get("status"), "–"),
                                                    when(after.get("checked_at")))),
            (translate("record", "Removed from the tenant"), when(entry.get("removed_at"))
             if entry.get("removed_at") else translate("record", "no")),
        ]))
        after_rows = {(r["type"], r["name"]): r for r in after.get("records", [])}
        keys = [(r["type"], r["name"]) for r in before.get("records", [])]
        keys += [k for k in after_rows if k not in keys]
        before_rows = {(r["type"], r["name"]): r for r in before.get("records", [])}
        rows = [[f"{kind} {name}", _record_cell(before_rows.get((kind, name))),
                 _record_cell(after_rows.get((kind, name)))] for kind, name in keys]
        if rows:
            out.append(_table([translate("record", "Record"), translate("record", "Before"),
                               translate("record", "Latest check")], rows))
    return "".join(out)


def _record_cell(row: dict[str, Any] | None) -> str:
    if row is None:
        return "–"
    values = "; ".join(row["values"]) or "–"
    return translate("record", "{0} (points at Microsoft 365: {1})").format(
        values, yes_no(row["points_to_microsoft"]))


def _backup(record: dict[str, Any]) -> str:
    out = [_h2(translate("record", "Backup"))]
    b = record.get("backup")
    if not b:
        return out[0] + _none(translate("record", "No backup was made with Cancel365."))
    manifest = b["manifest"]
    out.append(_pairs([
        (translate("record", "Finished"), when(b["finished_at"])),
        (translate("record", "Complete"), yes_no(b["complete"])),
        (translate("record", "Files verified"), b["files_verified"]),
        (translate("record", "Data verified"),
         translate("record", "{0} MB").format(f"{b['bytes_verified'] / 1e6:.1f}")),
        (translate("record", "Files that failed"), b["files_failed"]),
        (translate("record", "Folder"), b["destination"]),
        (translate("record", "Manifest"), manifest["path"]),
    ]))
    digest = manifest["sha256"] or translate("record", "the manifest was not found")
    label = translate("record", "Manifest SHA-256:")
    out.append(f"<p>{_esc(label)}<br><span class='hash'>{_esc(digest)}</span></p>")
    return "".join(out)


def _key_dates(record: dict[str, Any]) -> str:
    out = [_h2(translate("record", "Key dates"))]
    kd = record.get("key_dates")
    if not kd:
        return out[0] + _none(translate("record", "The key dates were not worked out."))
    ending = Ending(kd["ending"])
    rows = []
    for d in kd["dates"]:
        key_date = KeyDate(DateKind(d["kind"]), date.fromisoformat(d["day"]), d["known"])
        rows.append([date_label(key_date.kind, ending),
                     f"{key_date.day.isoformat()} {estimated(key_date)}".strip(),
                     date_meaning(key_date.kind, ending)])
    out.append(_table([translate("record", "Date"), translate("record", "Day"),
                       translate("record", "What happens")], rows))
    out.append(_none(translate("record", "Time zone: {0}. Worked out {1}.").format(kd["time_zone"],
                                                                 when(kd["computed_at"]))))
    return "".join(out)


def _feedback(record: dict[str, Any]) -> str:
    out = [_h2(translate("record", "Why we are leaving"))]
    fb = record.get("feedback")
    if not fb or not (fb["reasons"] or fb["comment"]):
        return out[0] + _none(translate("record", "No feedback was given."))
    items = []
    for reason in fb["reasons"]:
        text = translate("feedback", _REASONS.get(reason, reason))
        if reason == "other_provider" and fb.get("provider"):
            text += f": {fb['provider']}"
        items.append(f"<li>{_esc(text)}</li>")
    out.append(f"<ul>{''.join(items)}</ul>")
    if fb["comment"]:
        out.append("<p>" + _esc(fb["comment"]).replace("\n", "<br>") + "</p>")
    return "".join(out)


def _checklist(record: dict[str, Any]) -> str:
    out = [_h2(translate("record", "Final checklist"))]
    cl = record.get("checklist") or {}
    states = {"green": translate("record", "verified"), "red": translate("record", "not verified"),
              "acknowledged": translate("record", "acknowledged")}
    rows = [[r["label"], states.get(r["state"], r["state"]),
             r["detail"] + (f" — {r['acknowledgement_reason']}" if r["acknowledgement_reason"] else ""),
             when(r["checked_at"])] for r in cl.get("rows", [])]
    if rows:
        out.append(_table([translate("record", "Check"), translate("record", "State"),
                           translate("record", "Detail"), translate("record", "Checked")], rows))
    else:
        out.append(_none(translate("record", "The checklist was not reached.")))
    told = translate("record", "Users told: {0}").format(yes_no(cl.get("users_told")))
    out.append(f"<p>{_esc(told)}</p>")
    return "".join(out)


def _confirmation(record: dict[str, Any]) -> str:
    out = [_h2(translate("record", "Cancellation and proof"))]
    c = record.get("confirmation")
    if not c:
        return out[0] + _none(translate("record", "The cancellation was not confirmed in the wizard."))
    out.append(_pairs([
        (translate("record", "Confirmed by typing"), c["typed_name"]),
        (translate("record", "Confirmed"), when(c["confirmed_at"])),
        (translate("record", "Cancelled in the admin center"), when(c["done_at"])),
        (translate("record", "Proven by Graph"), yes_no(c["proven"])),
    ]))
    proof = c.get("proof")
    if proof and proof["readings"]:
        out.append(_table([translate("record", "Read"), translate("record", "Subscription status"),
                           translate("record", "Licence status")],
                          [[when(r["at"]), r["subscription_status"] or translate("record", "gone"),
                            r["sku_capability_status"] or translate("record", "gone")]
                           for r in proof["readings"]]))
    return "".join(out)


def write_pdf(record: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    """Draw the record on A4 pages with "Page n of m" at the foot; atomically (temp + rename)."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.part")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(DPI)
    writer.setTitle(translate("record", "Cancellation record"))
    writer.setCreator("Cancel365")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    page = writer.pageLayout().paintRectPixels(DPI)
    footer = DPI * 0.35   # a third of an inch for the page number
    document = QTextDocument()
    font = QFont("sans-serif")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(record_html(record))
    document.setPageSize(QSizeF(page.width(), page.height() - footer))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        temporary.unlink(missing_ok=True)
        raise OSError(translate("record", "The PDF could not be written to {0}.").format(target))
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            top = index * (page.height() - footer)
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height() - footer))
            painter.restore()
            painter.setFont(font)
            painter.drawText(QRectF(0, page.height() - footer, page.width(), footer),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             translate("record", "Page {0} of {1}").format(index + 1, pages))
    except BaseException:
        painter.end()
        temporary.unlink(missing_ok=True)
        raise
    painter.end()   # finishes the PDF file
    os.replace(temporary, target)
    return target
