"""The final checklist: one row per fact the wizard verified, green, red or acknowledged."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum, StrEnum
from typing import TYPE_CHECKING

from app.confirm.evidence import Evidence
from app.domains.dns.results import DomainStatus
from app.subscription.rules import ONLINE_LIMIT, CancellationPath
from app.texts import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.state import CancellationState


class RowState(Enum):
    """How a checklist row stands."""

    GREEN = "green"                  # verified
    RED = "red"                      # not verified: fix it or acknowledge it
    ACKNOWLEDGED = "acknowledged"    # red, and the admin wrote why it is fine


class RowKey(StrEnum):
    """The checklist's rows (a domain's rows carry the domain in ``ChecklistRow.subject``)."""

    LICENCES = "licences"
    DNS = "dns"
    DOMAIN_REMOVED = "domain-removed"
    BACKUP = "backup"
    MAIL_MOVED = "mail-moved"
    USERS_TOLD = "users-told"
    KEY_DATES = "key-dates"


@dataclass(frozen=True)
class ChecklistRow:
    """One verified (or not) fact; ``fix_page`` is the wizard page that fixes it (a PageId int)."""

    key: RowKey
    label: str
    state: RowState
    detail: str
    checked_at: datetime | None
    fix_page: int | None = None
    acknowledgement_reason: str = ""
    subject: str = ""                # the domain, for per-domain rows

    @property
    def ident(self) -> str:
        """Stable identity across rebuilds (an acknowledgement follows it)."""
        return f"{self.key.value}:{self.subject}" if self.subject else self.key.value

    @property
    def passes(self) -> bool:
        return self.state is not RowState.RED

    def acknowledged(self, reason: str) -> ChecklistRow:
        reason = reason.strip()
        if not reason:
            raise ValueError("An acknowledgement needs a written reason.")
        if self.state is RowState.GREEN:
            return self
        return replace(self, state=RowState.ACKNOWLEDGED, acknowledgement_reason=reason)


@dataclass
class Checklist:
    """The rows, built when the Confirm page opened (and rebuilt on a re-check)."""

    rows: list[ChecklistRow] = field(default_factory=list)
    built_at: datetime | None = None

    @property
    def complete(self) -> bool:
        """Every row green or acknowledged with a reason: the admin may go on."""
        return bool(self.rows) and all(row.passes for row in self.rows)

    @property
    def red_rows(self) -> list[ChecklistRow]:
        return [row for row in self.rows if row.state is RowState.RED]

    def row(self, ident: str) -> ChecklistRow | None:
        return next((row for row in self.rows if row.ident == ident), None)

    def acknowledge(self, ident: str, reason: str) -> ChecklistRow:
        """Acknowledge a red row with a written reason; returns the new row."""
        for index, row in enumerate(self.rows):
            if row.ident == ident:
                self.rows[index] = row.acknowledged(reason)
                return self.rows[index]
        raise KeyError(ident)


# -- building the rows from the state and what was read live ----------------------------

# The wizard pages that fix a row (the values of ui.wizard.PageId; app/ imports no ui).
FIX_SUBSCRIPTION, FIX_DOMAINS, FIX_BACKUP, FIX_MAIL_MOVE, FIX_DATES = 20, 30, 40, 45, 50

_SUPPORT_PATHS = {
    CancellationPath.TOO_MANY_LICENCES: QT_TRANSLATE_NOOP(
        "confirm", "{n} licences are assigned; Microsoft support cancels it for you (more than "
        "{limit} licences)."),
    CancellationPath.PRODUCT_KEY: QT_TRANSLATE_NOOP(
        "confirm", "Bought with a product key: Microsoft support cancels it ({n} licences "
        "assigned)."),
    CancellationPath.OTHER_PRODUCT: QT_TRANSLATE_NOOP(
        "confirm", "This product is cancelled by Microsoft support ({n} licences assigned)."),
    CancellationPath.PARTNER: QT_TRANSLATE_NOOP(
        "confirm", "Bought through a partner: the partner cancels it ({n} licences assigned)."),
}


def _time(moment: datetime | None) -> str:
    """A time the admin reads next to a row: local clock, HH:MM."""
    return moment.astimezone().strftime("%H:%M") if moment else "–"


def build_checklist(state: CancellationState, evidence: Evidence,
                    previous: Checklist | None = None) -> Checklist:
    """The rows, from the wizard's typed state and the live reads in ``evidence``.

    A red row that was acknowledged before keeps its acknowledgement (and reason)
    while it stays red; a row that turned green drops it.
    """
    rows = [_licences(state, evidence), *_domain_rows(state, evidence), _backup(state, evidence),
            *_mail_moved(state, evidence), _users_told(state, evidence),
            _key_dates(state, evidence)]
    if previous is not None:
        for index, row in enumerate(rows):
            before = previous.row(row.ident)
            if (row.state is RowState.RED and before is not None
                    and before.state is RowState.ACKNOWLEDGED):
                rows[index] = row.acknowledged(before.acknowledgement_reason)
    return Checklist(rows, evidence.checked_at)


def _licences(state: CancellationState, evidence: Evidence) -> ChecklistRow:
    label = translate("confirm", "Licences: {0} or fewer assigned, or the support path").format(ONLINE_LIMIT)
    decision, overview = state.decision, state.subscription
    if decision is None or overview is None:
        return ChecklistRow(RowKey.LICENCES, label, RowState.RED,
                            translate("confirm", "No subscription is chosen."), evidence.checked_at,
                            FIX_SUBSCRIPTION)
    assigned = evidence.sku.consumed_units if evidence.sku else overview.assigned_licenses
    when = evidence.checked_at if evidence.sku else None
    read = translate("confirm", "read from Microsoft 365 at {0}").format(_time(evidence.checked_at)) \
        if evidence.sku else translate("confirm", "as read on the Subscription page")
    support = _SUPPORT_PATHS.get(decision.path)
    if support is not None:
        return ChecklistRow(RowKey.LICENCES, label, RowState.GREEN,
                            translate("confirm", support).format(n=assigned, limit=ONLINE_LIMIT), when)
    if assigned <= ONLINE_LIMIT:
        return ChecklistRow(RowKey.LICENCES, label, RowState.GREEN,
                            translate("confirm", "{0} licences assigned ({1}).").format(assigned, read), when)
    detail = translate("confirm", "{0} licences assigned ({1}): remove {2} more, or choose support.").format(
        assigned, read, assigned - ONLINE_LIMIT)
    if evidence.sku_error:
        detail += " " + evidence.sku_error
    return ChecklistRow(RowKey.LICENCES, label, RowState.RED, detail, when, FIX_SUBSCRIPTION)


def _domain_rows(state: CancellationState, evidence: Evidence) -> list[ChecklistRow]:
    tenant = evidence.tenant_domains
    in_tenant = {d.id.lower() for d in tenant or () if d.is_custom}
    names = sorted(set(evidence.dns_checks) | in_tenant | set(state.domains.removals)
                   | set(state.domains.latest_checks))
    if not names:
        if tenant is None:
            return [ChecklistRow(RowKey.DOMAIN_REMOVED, translate("confirm", "Custom domains removed"),
                                 RowState.RED, translate("confirm", "The tenant's domains could not be read: "
                                                  "{0}").format(evidence.domains_error),
                                 evidence.checked_at, FIX_DOMAINS)]
        detail = translate("confirm", "The tenant has no custom domain (read from Microsoft "
                                      "365 at {0}).").format(_time(evidence.checked_at))
        label = translate("confirm", "Custom domains removed")
        return [ChecklistRow(RowKey.DOMAIN_REMOVED, label, RowState.GREEN, detail,
                             evidence.checked_at)]
    rows = []
    for name in names:
        rows.append(_dns_row(name, evidence))
        rows.append(_removed_row(name, state, evidence, in_tenant))
    return rows


def _dns_row(name: str, evidence: Evidence) -> ChecklistRow:
    label = translate("confirm", "{0}: mail (MX) and DNS (NS) no longer at Microsoft 365").format(name)
    check = evidence.dns_checks.get(name)
    at = check.checked_at if check else evidence.dns_checked_at
    if check is None or check.status is DomainStatus.ERROR:
        why = (check.error if check else evidence.dns_error) or translate("confirm", "no answer")
        return ChecklistRow(RowKey.DNS, label, RowState.RED,
                            translate("confirm", "Could not be checked at {0}: {1}").format(_time(at), why),
                            at, FIX_DOMAINS, subject=name)
    mail, dns = check.mail_at_microsoft, check.dns_at_microsoft
    if mail is False and dns is False:
        return ChecklistRow(RowKey.DNS, label, RowState.GREEN,
                            translate("confirm", "Checked live at {0}: neither points at "
                                      "Microsoft 365.").format(_time(at)), at, subject=name)
    still = [what for what, value in (("MX", mail), ("NS", dns)) if value is not False]
    return ChecklistRow(RowKey.DNS, label, RowState.RED,
                        translate("confirm", "Checked live at {0}: {1} still at Microsoft 365 "
                                  "(or unknown).").format(_time(at), " + ".join(still)),
                        at, FIX_DOMAINS, subject=name)


def _removed_row(name: str, state: CancellationState, evidence: Evidence,
                 in_tenant: set[str]) -> ChecklistRow:
    label = translate("confirm", "{0}: removed from the tenant").format(name)
    at = evidence.checked_at
    if evidence.tenant_domains is None:
        return ChecklistRow(RowKey.DOMAIN_REMOVED, label, RowState.RED,
                            translate("confirm", "The tenant's domains could not be read: {0}").format(
                                evidence.domains_error), at, FIX_DOMAINS, subject=name)
    if name in in_tenant:
        return ChecklistRow(RowKey.DOMAIN_REMOVED, label, RowState.RED,
                            translate("confirm", "Microsoft 365 still lists it (read at "
                                      "{0}).").format(_time(at)), at, FIX_DOMAINS, subject=name)
    removal = state.domains.removals.get(name)
    detail = translate("confirm", "Not in the tenant's domains (read from Microsoft 365 at "
                                  "{0}).").format(_time(at))
    if removal is not None:
        detail += " " + translate("confirm", "Removed at {0}.").format(_time(removal.at))
    return ChecklistRow(RowKey.DOMAIN_REMOVED, label, RowState.GREEN, detail, at, subject=name)


def _backup(state: CancellationState, evidence: Evidence) -> ChecklistRow:
    label = translate("confirm", "Backup complete and verified")
    at = evidence.checked_at
    if state.backup is None:
        return ChecklistRow(RowKey.BACKUP, label, RowState.RED,
                            translate("confirm", "No backup was made in this wizard."), at, FIX_BACKUP)
    counts = evidence.backup
    if counts is None:
        return ChecklistRow(RowKey.BACKUP, label, RowState.RED,
                            evidence.backup_error
                            or translate("confirm", "The backup's manifest was not read."),
                            at, FIX_BACKUP)
    detail = translate("confirm", "From the manifest: {0} files verified, {1} not downloadable, {2} failed, "
                "{3} not finished.").format(counts.verified, counts.not_downloadable,
                                            counts.failed, counts.unfinished)
    return ChecklistRow(RowKey.BACKUP, label,
                        RowState.GREEN if counts.complete else RowState.RED, detail, at,
                        None if counts.complete else FIX_BACKUP)


def _mail_moved(state: CancellationState, evidence: Evidence) -> list[ChecklistRow]:
    """A row only when the admin chose to move the mail with Cancel365 (Move mail page)."""
    result = getattr(state, "mail_move", None)
    if result is None or not result.chosen:
        return []
    label = translate("confirm", "Mail moved to the new provider")
    at = result.finished_at or evidence.checked_at
    if result.finished_at is None:
        return [ChecklistRow(RowKey.MAIL_MOVED, label, RowState.RED,
                             translate("confirm", "You chose to move the mail, but it was not "
                                       "moved yet."), at, FIX_MAIL_MOVE)]
    if result.complete:
        return [ChecklistRow(RowKey.MAIL_MOVED, label, RowState.GREEN,
                             translate("confirm", "Every message is at the new provider (users: "
                                       "{0}; counted there at {1}).").format(
                                 len(result.moved), _time(result.finished_at)), at)]
    return [ChecklistRow(RowKey.MAIL_MOVED, label, RowState.RED,
                         translate("confirm", "Not complete for {0}: see the mail move "
                                   "report.").format(", ".join(result.not_moved) or "–"),
                         at, FIX_MAIL_MOVE)]


def _users_told(state: CancellationState, evidence: Evidence) -> ChecklistRow:
    label = translate("confirm", "Users told when their mail and files stop")
    if state.users_told:
        return ChecklistRow(RowKey.USERS_TOLD, label, RowState.GREEN,
                            translate("confirm", "You ticked that you told them."), evidence.checked_at)
    return ChecklistRow(RowKey.USERS_TOLD, label, RowState.RED,
                        translate("confirm", "Tick the box when you have told them."), evidence.checked_at)


def _key_dates(state: CancellationState, evidence: Evidence) -> ChecklistRow:
    label = translate("confirm", "Key dates reviewed")
    reviewed = getattr(state, "key_dates_reviewed_at", None)
    if reviewed is not None:
        return ChecklistRow(RowKey.KEY_DATES, label, RowState.GREEN,
                            translate("confirm", "Reviewed at {0}.").format(_time(reviewed)), reviewed)
    return ChecklistRow(RowKey.KEY_DATES, label, RowState.RED,
                        translate("confirm", "The key dates have not been reviewed."), evidence.checked_at,
                        FIX_DATES)
