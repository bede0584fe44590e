"""Helpers for the Confirm step's tests: a signed-in demo state, a backup manifest on disk."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from app.backup.engine import BackupSummary
from app.backup.manifest import MANIFEST_NAME, ItemRow, ItemState, Manifest
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.state import BackupResult, CancellationState
from app.subscription.rules import decide

BASIC = "O365_BUSINESS_ESSENTIALS"       # Business Basic: 6 licences, cancelled online
STANDARD = "O365_BUSINESS_PREMIUM"       # Business Standard: 31 licences, more than 25
PARTNER = "EXCHANGESTANDARD"             # bought through a partner


def signed_in(graph: GraphClient, sku_part_number: str = BASIC, *,
              demo: bool = True) -> CancellationState:
    """A state as the pages leave it: signed in, the subscription chosen."""
    state = CancellationState(demo=demo)
    tenant = Tenant(graph)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    overview = next(o for o in tenant.subscription_overview()
                    if o.subscription.sku_part_number == sku_part_number)
    state.chose(overview, decide(overview, tenant_id=state.organization.id))
    return state


def backup_on_disk(folder: str, *, verified: int = 3, failed: int = 0,
                   notebooks: int = 1, unfinished: int = 0) -> BackupResult:
    """A backup manifest with items in the given states, as the Backup page leaves it."""
    os.makedirs(folder, exist_ok=True)
    manifest = Manifest(folder)
    rows = []
    states = ([ItemState.VERIFIED] * verified + [ItemState.FAILED] * failed
              + [ItemState.SKIPPED] * notebooks + [ItemState.LISTED] * unfinished)
    for n, state in enumerate(states):
        kind = "notebook" if state is ItemState.SKIPPED else "file"
        rows.append(ItemRow("d1", f"i{n}", kind, f"/f{n}", f"f{n}", 10, None, None, state))
    rows.append(ItemRow("d1", "folder", "folder", "/", "", 0, None, None, ItemState.VERIFIED))
    manifest.save_listing(rows)
    manifest.close()
    summary = BackupSummary(files_verified=verified, files_failed=failed,
                            not_downloadable=notebooks)
    return BackupResult(summary, folder, os.path.join(folder, MANIFEST_NAME),
                        datetime.now(UTC))
