"""The one Graph read that tells whether a subscription is still Enabled.

Used by the Confirm page's poll and by ``cancel365 status``: every
companySubscription (``GET /directory/subscriptions``: status,
nextLifecycleDateTime) with the subscribedSku it belongs to (``GET
/subscribedSkus``: capabilityStatus, prepaidUnits), as Microsoft's reference
pages "List subscriptions" and "List subscribedSkus" describe them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.graph.client import GraphClient
from app.graph.models import Sku, Subscription
from app.graph.tenant import Tenant
from app.subscription.products import product_name

ENABLED = "Enabled"


@dataclass(frozen=True)
class SubscriptionStatus:
    """One subscription as Graph shows it now, with its SKU's status."""

    subscription: Subscription
    sku: Sku | None

    @property
    def id(self) -> str:
        return self.subscription.id

    @property
    def name(self) -> str:
        return product_name(self.subscription.sku_part_number)

    @property
    def status(self) -> str:
        return self.subscription.status

    @property
    def capability_status(self) -> str | None:
        return self.sku.capability_status if self.sku else None

    @property
    def next_lifecycle(self) -> datetime | None:
        return self.subscription.next_lifecycle

    @property
    def enabled(self) -> bool:
        """The subscription is still Enabled (its licence pool may be shared with another)."""
        return self.status == ENABLED

    def to_json(self) -> dict[str, Any]:
        sku = self.sku
        return {
            "id": self.id, "commerceSubscriptionId": self.subscription.commerce_subscription_id,
            "skuId": self.subscription.sku_id, "skuPartNumber": self.subscription.sku_part_number,
            "name": self.name, "status": self.status, "isTrial": self.subscription.is_trial,
            "nextLifecycleDateTime": _iso(self.next_lifecycle),
            "capabilityStatus": self.capability_status,
            "prepaidUnits": None if sku is None else {
                "enabled": sku.enabled_units, "warning": sku.warning_units,
                "suspended": sku.suspended_units},
            "enabled": self.enabled,
        }


def read_statuses(graph: GraphClient) -> list[SubscriptionStatus]:
    """Every subscription with its SKU, read now (two Graph calls)."""
    tenant = Tenant(graph)
    skus = tenant.skus()
    by_subscription = {sid: sku for sku in skus for sid in sku.subscription_ids}
    by_sku = {sku.sku_id: sku for sku in skus}
    return [SubscriptionStatus(s, by_subscription.get(s.id) or by_sku.get(s.sku_id))
            for s in tenant.subscriptions()]


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")
