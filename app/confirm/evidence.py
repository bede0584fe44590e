"""What the Confirm page reads live before the checklist is built (off the GUI thread).

The checklist trusts nothing from memory that can be read again: the
custom domains' DNS is checked again, the tenant's domains are read back from
Graph (``GET /domains``), the licence pool is read again, and the backup's
counts come from its manifest file, opened read-only.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.backup.manifest import MANIFEST_NAME, ItemState
from app.domains.dns.check import check_domains
from app.domains.dns.options import CheckOptions
from app.domains.dns.results import DomainCheck
from app.errors import Cancel365Error
from app.graph.client import GraphClient
from app.graph.models import Domain, Sku
from app.graph.tenant import Tenant
from app.texts import translate

if TYPE_CHECKING:
    from app.state import CancellationState


@dataclass(frozen=True)
class BackupCounts:
    """The backup manifest's files by state (folders not counted)."""

    path: str
    verified: int         # verified, or kept as SharePoint's Office rewrite
    failed: int
    not_downloadable: int  # OneNote notebooks and other items without bytes
    unfinished: int        # listed or downloading: the backup has not run to the end

    @property
    def complete(self) -> bool:
        return self.failed == 0 and self.unfinished == 0 and self.verified > 0


@dataclass
class Evidence:
    """Everything read live for one build of the checklist; a failed read keeps its error."""

    checked_at: datetime
    tenant_domains: list[Domain] | None = None     # None: the read failed (domains_error)
    domains_error: str = ""
    dns_checks: dict[str, DomainCheck] = field(default_factory=dict)   # by ASCII name
    dns_error: str = ""
    dns_checked_at: datetime | None = None
    sku: Sku | None = None                          # the chosen subscription's pool, read again
    sku_error: str = ""
    backup: BackupCounts | None = None
    backup_error: str = ""


def read_backup_counts(manifest_path: str) -> BackupCounts:
    """Count the manifest's files by state, opening it read-only (the backup is not touched)."""
    if os.path.isdir(manifest_path):
        manifest_path = os.path.join(manifest_path, MANIFEST_NAME)
    if not os.path.isfile(manifest_path):
        raise Cancel365Error(translate(
            "confirm", "The backup's manifest {0} is not there any more. Was the backup folder "
            "moved or deleted?").format(manifest_path))
    uri = "file:" + manifest_path.replace("?", "%3f").replace("#", "%23")
    counts: dict[str, int] = {}
    try:
        for suffix in ("?mode=ro", "?immutable=1"):   # immutable: a read-only folder with WAL
            try:
                db = sqlite3.connect(uri + suffix, uri=True)
                try:
                    rows = db.execute("SELECT state, COUNT(*) FROM items WHERE kind != 'folder' "
                                      "GROUP BY state").fetchall()
                finally:
                    db.close()
                counts = {state: n for state, n in rows}
                break
            except sqlite3.OperationalError:
                if suffix == "?immutable=1":
                    raise
    except sqlite3.DatabaseError as exc:
        raise Cancel365Error(translate(
            "confirm", "The backup's manifest {0} could not be read ({1}).").format(
                manifest_path, exc)) from None
    return BackupCounts(
        path=manifest_path,
        verified=counts.get(ItemState.VERIFIED, 0) + counts.get(ItemState.OFFICE_REWRITE, 0),
        failed=counts.get(ItemState.FAILED, 0),
        not_downloadable=counts.get(ItemState.SKIPPED, 0),
        unfinished=counts.get(ItemState.LISTED, 0) + counts.get(ItemState.DOWNLOADING, 0),
    )


def known_domains(state: CancellationState) -> list[str]:
    """The custom domains the wizard saw (checked or removed), by ASCII name."""
    return sorted(set(state.domains.latest_checks) | set(state.domains.removals))


def gather(graph: GraphClient | None, *, known_domains: Sequence[str], sku_id: str | None,
           manifest_path: str | None, dns_options: CheckOptions | None = None,
           clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Evidence:
    """Read everything the checklist needs. Blocks (Graph, DNS, disk): call it off the GUI
    thread. ``known_domains`` are the custom domains the wizard saw (checked or removed):
    their DNS is checked again even when they are no longer in the tenant."""
    evidence = Evidence(checked_at=clock())
    if graph is not None:
        tenant = Tenant(graph)
        try:
            evidence.tenant_domains = tenant.domains()
        except Cancel365Error as exc:
            evidence.domains_error = str(exc)
        if sku_id:
            try:
                evidence.sku = next((s for s in tenant.skus() if s.sku_id == sku_id), None)
            except Cancel365Error as exc:
                evidence.sku_error = str(exc)
    names = {d.lower() for d in known_domains}
    names |= {d.id.lower() for d in evidence.tenant_domains or () if d.is_custom}
    if names:
        try:
            checks = check_domains(sorted(names), dns_options)
            evidence.dns_checks = {c.ascii: c for c in checks}
        except Cancel365Error as exc:
            evidence.dns_error = str(exc)
        evidence.dns_checked_at = clock()
    if manifest_path:
        try:
            evidence.backup = read_backup_counts(manifest_path)
        except Cancel365Error as exc:
            evidence.backup_error = str(exc)
    return evidence
