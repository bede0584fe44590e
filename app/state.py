"""What the wizard has learned and decided so far; pages read and write it.

Plain typed data, no Qt. Each page writes its own result here (the Domains
page a :class:`DomainsResult`, the Backup page a :class:`BackupResult`, …),
and the cancellation record (``app/record``) is built from this state alone,
never from widgets. Every result carries the time it was seen or done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:   # annotations only: the wizard's first page loads none of these
    from app.auth.delegated import DelegatedSignIn
    from app.backup.engine import BackupSummary
    from app.confirm.checklist import Checklist
    from app.confirm.proof import Confirmation
    from app.dates.key_dates import KeyDates
    from app.domains.dns.results import DomainCheck
    from app.graph.client import GraphClient
    from app.graph.models import Organization, SignedInUser
    from app.graph.tenant import SubscriptionOverview, Tenant
    from app.progress import Progress
    from app.record.feedback import Feedback
    from app.subscription.rules import Decision


def now() -> datetime:
    """The wizard's clock: aware UTC, so the record's times compare across time zones."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class LicenceRemoval:
    """One licence taken away on the Subscription page (read back from Graph)."""

    user_principal_name: str
    sku_part_number: str
    at: datetime


@dataclass(frozen=True)
class DomainRemoval:
    """A custom domain removed from the tenant, and when Graph confirmed it was gone."""

    domain: str
    at: datetime


@dataclass
class DomainsResult:
    """What the Domains page found and did, by the domain's ASCII name."""

    first_checks: dict[str, DomainCheck] = field(default_factory=dict)    # DNS before
    latest_checks: dict[str, DomainCheck] = field(default_factory=dict)   # DNS now
    removals: dict[str, DomainRemoval] = field(default_factory=dict)
    risks_acknowledged: bool = False

    def checked(self, check: DomainCheck) -> None:
        """Keep the first check of a domain as 'before' and the newest as 'now'."""
        first = self.first_checks.setdefault(check.ascii, check)
        if first.authoritative_pending and first.checked_at == check.checked_at:
            self.first_checks[check.ascii] = check   # the same check, its comparison now in
        self.latest_checks[check.ascii] = check

    def removed(self, domain: str, at: datetime | None = None) -> None:
        self.removals[domain] = DomainRemoval(domain, at or now())


@dataclass(frozen=True)
class BackupResult:
    """How the last backup run on the Backup page ended, and where its proof lies."""

    summary: BackupSummary
    destination: str
    manifest_path: str
    finished_at: datetime


@dataclass(frozen=True)
class MailMoveResult:
    """The Move mail page's outcome: skipped, or which users' mail is at the new provider."""

    chosen: bool                          # the admin chose to move mail with Cancel365
    moved: tuple[str, ...] = ()           # users whose every message is there (read back)
    not_moved: tuple[str, ...] = ()       # users tried but not complete (failed, stopped)
    complete: bool = False                # every listed user's mail is there
    report_path: str = ""                 # the HTML report, when a move ran
    finished_at: datetime | None = None


@dataclass
class CancellationState:
    """Shared by every page of one wizard run."""

    demo: bool = False
    graph: GraphClient | None = None
    organization: Organization | None = None
    admin: SignedInUser | None = None
    signed_in_at: datetime | None = None
    subscription: SubscriptionOverview | None = None
    first_reads: dict[str, SubscriptionOverview] = field(default_factory=dict)  # by id: before removals
    decision: Decision | None = None
    bought_with_product_key: bool = False
    licences_removed: list[LicenceRemoval] = field(default_factory=list)
    domains: DomainsResult = field(default_factory=DomainsResult)
    backup: BackupResult | None = None
    mail_backup: Any = None   # the mail backup's MailSummary (app.mail.backup), once it ended
    mail_move: MailMoveResult | None = None   # Move mail page: moved with Cancel365, or skipped
    key_dates: KeyDates | None = None                 # the Dates page's key dates (app/dates)
    key_dates_reviewed_at: datetime | None = None     # when the admin left the Dates page with Next
    feedback: Feedback | None = None  # why they leave (Feedback page); only kept in the record
    closers: list[Any] = field(default_factory=list)           # called when the wizard closes
    sign_in: DelegatedSignIn | None = None  # a real tenant's sign-in (None in the demo): asks consent
    # Confirm page: the final checklist, "users told" tick, and the typed confirmation with proof
    checklist: Checklist | None = None
    users_told: bool = False
    confirmation: Confirmation | None = None
    backup_first: tuple[str, ...] = ()   # UPNs whose OneDrive to back up before their licence goes
    resume: Progress | None = None   # the last run's saved progress this run continues (app/progress.py)

    @property
    def tenant(self) -> Tenant:
        if self.graph is None:
            raise RuntimeError("Not signed in yet.")
        from app.graph.tenant import Tenant

        return Tenant(self.graph)

    def signed_in(self, graph: GraphClient, organization: Organization,
                  admin: SignedInUser) -> None:
        self.graph, self.organization, self.admin = graph, organization, admin
        self.signed_in_at = now()

    @property
    def subscription_at_start(self) -> SubscriptionOverview | None:
        """The chosen subscription as first read, before any licence was removed."""
        if self.subscription is None:
            return None
        return self.first_reads.get(self.subscription.subscription.id, self.subscription)

    def chose(self, overview: SubscriptionOverview | None, decision: Decision | None) -> None:
        """The admin picked a subscription (or none); its first read is kept as 'before'."""
        self.subscription, self.decision = overview, decision
        if overview is not None:
            self.first_reads.setdefault(overview.subscription.id, overview)

    def signed_out(self) -> None:
        """Forget what was read from the tenant: the next sign-in may be another one."""
        self.graph = self.organization = self.admin = None
        self.signed_in_at = None
        self.subscription = self.decision = None
        self.first_reads.clear()
        self.sign_in = None
        self.licences_removed.clear()
        self.backup_first = ()
        self.domains = DomainsResult()
        self.backup = None
        self.mail_move = None
        self.key_dates = self.key_dates_reviewed_at = None
        self.checklist = self.confirmation = None
        self.users_told = False

    def close(self) -> None:
        """Release what the run holds (the demo server, open sessions)."""
        while self.closers:
            closer = self.closers.pop()
            closer()
