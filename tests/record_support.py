"""A fully filled wizard state for the record's tests: every page's result, with known values."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from app.backup.engine import BackupSummary
from app.confirm.checklist import Checklist, ChecklistRow, RowKey, RowState
from app.confirm.proof import Confirmation, Proof, StatusReading
from app.dates.key_dates import DateKind, Ending, KeyDate, KeyDates, Refund
from app.domains.dns.records import Role
from app.domains.dns.results import DomainCheck, DomainStatus, RecordRow
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.record.feedback import Feedback, LeavingReason
from app.state import BackupResult, CancellationState, LicenceRemoval
from app.subscription.rules import decide

AT = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
DOMAIN = "lillebager.dk"
ONLINE = "Microsoft 365 Business Basic"
MANIFEST_BYTES = b"SQLite format 3\x00" + bytes(range(256)) * 9000   # over 2 MiB: several chunks


def at(minute: int) -> datetime:
    return AT.replace(minute=minute)


def check(status: DomainStatus, mx_at_microsoft: bool, minute: int) -> DomainCheck:
    mx = "lillebager-dk.mail.protection.outlook.com" if mx_at_microsoft else "mx.newhost.example"
    rows = (RecordRow(DOMAIN, "MX", (mx,), 3600, mx_at_microsoft, "", Role.MX),
            RecordRow(DOMAIN, "NS", ("ns1.newhost.example",), 86400, False, "", Role.NS))
    return DomainCheck(DOMAIN, DOMAIN, DOMAIN, status, None, rows, at(minute), resolver="9.9.9.9")


def filled_state(graph: GraphClient, tmp_path: Path) -> CancellationState:
    """Signed in to the demo tenant, every later page's result set by hand."""
    tenant = Tenant(graph)
    state = CancellationState(demo=True)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    overview = next(o for o in tenant.subscription_overview() if o.name == ONLINE)
    state.chose(overview, decide(overview, tenant_id=state.organization.id))
    state.licences_removed.append(LicenceRemoval("anna@lillebager.dk", overview.subscription
                                                 .sku_part_number, at(35)))
    state.domains.checked(check(DomainStatus.MICROSOFT, True, 40))
    state.domains.checked(check(DomainStatus.CLEAR, False, 45))
    state.domains.removed(DOMAIN, at(46))
    state.domains.risks_acknowledged = True
    dest = tmp_path / "backup"
    dest.mkdir()
    manifest = dest / "manifest.sqlite"
    manifest.write_bytes(MANIFEST_BYTES)
    summary = BackupSummary(files_verified=42, office_rewrites=1, bytes_verified=1_234_567,
                            report_html=str(dest / "report.html"), report_csv=str(dest / "report.csv"))
    state.backup = BackupResult(summary, str(dest), str(manifest), at(50))
    state.key_dates = KeyDates(
        subscription_id=overview.subscription.id, ending=Ending.CANCEL_NOW,
        dates=(KeyDate(DateKind.TODAY, date(2026, 12, 1)),
               KeyDate(DateKind.DISABLED, date(2026, 12, 31)),
               KeyDate(DateKind.DATA_MAY_BE_DELETED, date(2027, 3, 31), known=False),
               KeyDate(DateKind.DATA_DELETED, date(2027, 5, 30))),
        early_termination_fee=False, refund=Refund.UNKNOWN, refund_ends=None,
        prorated_credit=True, partner=False, time_zone="Europe/Copenhagen", computed_at=at(51))
    state.key_dates_reviewed_at = at(52)
    state.feedback = Feedback((LeavingReason.COST, LeavingReason.OTHER_PROVIDER), "Proton",
                              "Mail only now.", at(53))
    state.checklist = Checklist([
        ChecklistRow(RowKey.BACKUP, "Backup verified", RowState.GREEN, "42 files", at(54)),
        ChecklistRow(RowKey.USERS_TOLD, "Users told", RowState.ACKNOWLEDGED, "not ticked", at(54),
                     acknowledgement_reason="Only two of us, we talked."),
    ], built_at=at(54))
    state.users_told = False
    reading = StatusReading(at(57), "Warning", "Warning", at(59))
    state.confirmation = Confirmation(
        "Lille Bager ApS", at(55), done_at=at(56),
        proof=Proof((StatusReading(at(56), "Enabled", "Enabled"), reading), True, at(56), at(57)))
    return state
