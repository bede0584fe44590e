"""How a backup run ended: its summary counted as the report counts it, and the report written."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.backup import report
from app.backup.errors import destination_error, human_bytes
from app.backup.manifest import ItemRow, Manifest
from app.backup.plan import BackupPlan
from app.backup.progress import DriveStatus
from app.texts import translate
from app.verdict import PartVerdict

log = logging.getLogger(__name__)


@dataclass
class BackupSummary:
    """How the backup ended."""

    files_verified: int = 0
    office_rewrites: int = 0
    files_failed: int = 0
    not_downloadable: int = 0
    bytes_verified: int = 0
    drives_failed: int = 0
    left_out: int = 0        # users and sites in scope the access could not open (plan.missing)
    files_fetched: int = 0   # downloaded and verified by this run
    deleted: int = 0         # marked deleted in Microsoft 365 by this run
    updated_from: float | None = None  # an incremental run: the earlier listing it updates
    resynced: int = 0        # drives whose delta link was stale, listed again in full
    cancelled: bool = False
    report_html: str = ""
    report_csv: str = ""
    failures: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every file in scope verified, kept as a known Office rewrite, or not downloadable;
        no user or site in scope left out because the access could not open it."""
        return not (self.files_failed or self.drives_failed or self.cancelled or self.left_out)

    @property
    def files_in_backup(self) -> int:
        """Files the backup holds: verified by their hash, plus Office files kept as SharePoint
        rewrote them (their hash cannot match the listing's; the report names them)."""
        return self.files_verified + self.office_rewrites

    def counts_text(self) -> str:
        """What the counts mean, said once for the wizard's summary and the command's line."""
        if self.office_rewrites:
            return translate(
                "backup", "Files verified: {0} ({1}), and {2} Office files kept as SharePoint "
                "changed them after upload (not corruption): {3} files in the backup.").format(
                self.files_verified, human_bytes(self.bytes_verified), self.office_rewrites,
                self.files_in_backup)
        return translate("backup", "Files verified: {0} ({1}).").format(
            self.files_verified, human_bytes(self.bytes_verified))


    def verdict(self) -> PartVerdict:
        """The shape the Backup page shares with the mail's (app.verdict)."""
        return PartVerdict("files", self.complete, self.counts_text(), self.report_html)


def summarize(manifest: Manifest, ours: Mapping[str, DriveStatus], *, cancelled: bool,
              waiting: bool, left_out: int, fetched: int, deleted: int,
              updated_from: float | None, resynced: int,
              items: Iterable[ItemRow] | None = None) -> BackupSummary:
    """This run's drives (``ours``), counted as the report counts them.

    A file listed but not fetched counts as failed, unless the run is ``waiting``
    (the admin cancelled or the backup had to stop): then it is simply waiting for
    the backup to resume. ``items``: the manifest's, when the caller has read them.
    """
    rows = report.totals((d for d in manifest.drives() if d.drive_id in ours),
                         (i for i in (manifest.items() if items is None else items)
                          if i.drive_id in ours))
    summary = BackupSummary(cancelled=cancelled, left_out=left_out,
                            files_fetched=fetched, deleted=deleted,
                            updated_from=updated_from, resynced=resynced)
    for t in rows:
        summary.files_verified += t.verified
        summary.office_rewrites += t.rewrites
        summary.bytes_verified += t.bytes_verified
        summary.not_downloadable += t.not_downloadable
        summary.files_failed += t.failed
        summary.failures += [f"{i.server_path}: {i.reason}" for i in t.failed_items]
        if not waiting:
            summary.files_failed += t.unfinished
            summary.failures += [f"{i.server_path}: not fetched" for i in t.unfinished_items]
    summary.drives_failed = sum(1 for s in ours.values() if s.state == "failed")
    return summary


def write_report(dest: str, manifest: Manifest, plan: BackupPlan, summary: BackupSummary, *,
                 updated_from: float | None, fetched: int, must: bool,
                 items: list[ItemRow] | None = None) -> None:
    """Write the HTML and CSV report and name them in ``summary``.

    When ``must`` is False (the backup is stopping anyway) a report that cannot be
    written is only logged; otherwise the destination's error is raised.
    """
    try:
        summary.report_html, summary.report_csv = report.write(
            dest, manifest, plan.left_out, summary_time=time.time(),
            missing=plan.missing, updated_from=updated_from, fetched=fetched, rows=items)
    except OSError as exc:
        if must:
            raise destination_error(exc, dest) from None
        log.warning("backup: the report could not be written (%s)", exc.strerror)
