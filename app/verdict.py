"""How each part of a backup ended (files, mail), in one typed shape that the reports and the
Backup page share, and the one sentence that says the parts together.

:meth:`app.backup.run_summary.BackupSummary.verdict` and
:meth:`app.mail.summary.MailSummary.verdict` make a :class:`PartVerdict`; the mail
run keeps its own in ``Mail/cancel365-mail-report.json`` (key ``verdict``), where
the files report (app.backup.report) finds it when mail was saved in the same
destination.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from typing import Any

from app.texts import translate

MAIL_VERDICT = os.path.join("Mail", "cancel365-mail-report.json")   # under the destination


@dataclass(frozen=True)
class OwnerVerdict:
    """One mailbox's (or user's) line: whose, what kind, its counts in words, complete or not."""

    owner: str
    kind: str
    counts: str
    complete: bool


@dataclass(frozen=True)
class PartVerdict:
    """One part of the backup: ``part`` is "files" or "mail"."""

    part: str
    complete: bool
    counts: str                        # one sentence with the numbers, in the run's language
    report: str = ""                   # the part's own report (an HTML file), if written
    owners: tuple[OwnerVerdict, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PartVerdict:
        owners = tuple(OwnerVerdict(str(o["owner"]), str(o["kind"]), str(o["counts"]),
                                    bool(o["complete"])) for o in data.get("owners") or [])
        return cls(str(data["part"]), bool(data["complete"]), str(data["counts"]),
                   str(data.get("report") or ""), owners)


def mail_verdict(dest: str) -> PartVerdict | None:
    """The mail's verdict saved in ``dest``, or None when no mail was saved there."""
    try:
        with open(os.path.join(dest, MAIL_VERDICT), encoding="utf-8") as f:
            data = json.load(f).get("verdict")
        return PartVerdict.from_json(data) if isinstance(data, dict) else None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def together(files: PartVerdict, mail: PartVerdict) -> str:
    """Files and mail said together, in one sentence."""
    if files.complete and mail.complete:
        return translate("verdict", "Files and mail together: the backup is complete.")
    if mail.complete:
        return translate("verdict", "Files and mail together: the backup is incomplete, "
                         "because the files are incomplete.")
    if files.complete:
        return translate("verdict", "Files and mail together: the backup is incomplete, "
                         "because the mail is incomplete.")
    return translate("verdict", "Files and mail together: the backup is incomplete, because "
                     "neither the files nor the mail are complete.")
