"""The cancellation rules: a subscription in, the path that applies out.

From Microsoft's "Cancel your business subscription" pages (shared/seeds):
a trial needs nothing; 25 assigned licences or fewer can be cancelled online;
more than 25 needs licences removed first or a call from support; a
subscription bought with a product key, or Dynamics 365 or Intune, is
cancelled through support; one bought through a partner is cancelled by the
partner. Cancelling before the term ends may cost an early-termination fee.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.graph.tenant import SubscriptionOverview
from app.subscription.products import needs_support_to_cancel

ONLINE_LIMIT = 25


class CancellationPath(Enum):
    """Which way out applies to a subscription."""

    TRIAL = "trial"                      # nothing to cancel
    ONLINE = "online"                    # admin center, guided by this wizard
    TOO_MANY_LICENCES = "too-many"       # remove licences to <= 25, or support calls
    PARTNER = "partner"                  # the partner cancels
    PRODUCT_KEY = "product-key"          # support; no refund
    OTHER_PRODUCT = "other-product"      # Dynamics 365, Intune: support
    ALREADY_ENDED = "already-ended"      # not active any more

    @property
    def cancels_in_admin_center(self) -> bool:
        """The admin cancels it online, guided step by step on the Confirm page.

        Every path goes on through Domains and Backup (the mail and the data matter
        on every path); only the last step differs: the admin center's steps here,
        the support or partner route, or for a trial a check that it ends by itself.
        """
        return self is CancellationPath.ONLINE


@dataclass(frozen=True)
class Decision:
    """The path, and the facts that led to it."""

    path: CancellationPath
    assigned_licenses: int
    licences_to_remove: int = 0
    early_termination_fee_possible: bool = False


ACTIVE_STATUSES = frozenset({"Enabled", "Warning"})


def is_partner_owned(overview: SubscriptionOverview, tenant_id: str) -> bool:
    """Bought through a partner: ownerTenantId is set and is another tenant.

    ("companySubscription": ownerTenantId is the partner tenant that created the subscription
    on a customer tenant; ownerType only says what ownerId is, such as "User".)
    """
    sub = overview.subscription
    return bool(sub.owner_tenant_id) and sub.owner_tenant_id.lower() != tenant_id.lower()


def decide(overview: SubscriptionOverview, *, tenant_id: str,
           bought_with_product_key: bool = False) -> Decision:
    """Apply the rules in the order the source documents give them."""
    sub = overview.subscription
    assigned = overview.assigned_licenses
    paid_and_active = not sub.is_trial and sub.status in ACTIVE_STATUSES
    fee = paid_and_active

    if sub.is_trial:
        return Decision(CancellationPath.TRIAL, assigned)
    if sub.status not in ACTIVE_STATUSES:
        return Decision(CancellationPath.ALREADY_ENDED, assigned)
    if is_partner_owned(overview, tenant_id):
        return Decision(CancellationPath.PARTNER, assigned)
    if bought_with_product_key:
        return Decision(CancellationPath.PRODUCT_KEY, assigned, early_termination_fee_possible=fee)
    if needs_support_to_cancel(sub.sku_part_number):
        return Decision(CancellationPath.OTHER_PRODUCT, assigned, early_termination_fee_possible=fee)
    if assigned > ONLINE_LIMIT:
        return Decision(CancellationPath.TOO_MANY_LICENCES, assigned,
                        licences_to_remove=assigned - ONLINE_LIMIT,
                        early_termination_fee_possible=fee)
    return Decision(CancellationPath.ONLINE, assigned, early_termination_fee_possible=fee)
