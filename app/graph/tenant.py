"""What the wizard reads from and changes in the tenant, in the admin's words."""

from __future__ import annotations

from dataclasses import dataclass

from app.graph.client import GraphClient, JsonDict
from app.graph.models import (
    DirectoryRole,
    Domain,
    LicensedUser,
    Organization,
    ServiceRecord,
    SignedInUser,
    Sku,
    Subscription,
)
from app.subscription.products import product_name


@dataclass(frozen=True)
class SubscriptionOverview:
    """A subscription with its licence pool (assigned licences come from the SKU)."""

    subscription: Subscription
    sku: Sku | None

    @property
    def assigned_licenses(self) -> int:
        """The SKU's consumedUnits: every subscription of this SKU together ("subscribedSku")."""
        return self.sku.consumed_units if self.sku else 0

    @property
    def shared_by(self) -> int:
        """How many subscriptions share the SKU's licence pool (1: this one alone)."""
        return max(1, len(self.sku.subscription_ids)) if self.sku else 1

    @property
    def name(self) -> str:
        return product_name(self.subscription.sku_part_number)


def is_directory_role(data: JsonDict) -> bool:
    """A directory role, never a group: by @odata.type when given, else by roleTemplateId."""
    kind = str(data.get("@odata.type") or "")
    if kind:
        return kind.lower() == "#microsoft.graph.directoryrole"
    return bool(data.get("roleTemplateId"))


class Tenant:
    """Reads the tenant through Graph; one instance per signed-in session."""

    def __init__(self, graph: GraphClient) -> None:
        self.graph = graph

    def organization(self) -> Organization:
        return Organization.from_graph(next(self.graph.get_all("/organization")))

    def signed_in_user(self) -> SignedInUser:
        me = self.graph.get("/me", params={"$select": "id,displayName,userPrincipalName"})
        # An OData cast on a transitive list is an advanced query ("Advanced query capabilities
        # on Microsoft Entra ID objects"): ConsistencyLevel: eventual and $count=true, or 400.
        listed = self.graph.get_all(
            "/me/transitiveMemberOf/microsoft.graph.directoryRole",
            params={"$count": "true", "$select": "id,displayName,roleTemplateId"},
            headers={"ConsistencyLevel": "eventual"})
        roles = tuple(DirectoryRole.from_graph(r) for r in listed if is_directory_role(r))
        return SignedInUser.from_graph(me, roles)

    def subscriptions(self) -> list[Subscription]:
        return [Subscription.from_graph(s) for s in self.graph.get_all("/directory/subscriptions")]

    def skus(self) -> list[Sku]:
        return [Sku.from_graph(s) for s in self.graph.get_all("/subscribedSkus")]

    def subscription_overview(self) -> list[SubscriptionOverview]:
        """Every subscription with the licence pool it belongs to."""
        skus = self.skus()
        by_subscription = {sid: sku for sku in skus for sid in sku.subscription_ids}
        by_sku = {sku.sku_id: sku for sku in skus}
        return [
            SubscriptionOverview(s, by_subscription.get(s.id) or by_sku.get(s.sku_id))
            for s in self.subscriptions()
        ]

    def licensed_users(self, sku_id: str) -> list[LicensedUser]:
        """Users who hold a licence of ``sku_id``."""
        params = {
            "$filter": f"assignedLicenses/any(s:s/skuId eq {sku_id})",
            "$select": "id,displayName,userPrincipalName,assignedLicenses",
            "$count": "true",
            "$top": "100",
        }
        users = self.graph.get_all("/users", params=params,
                                   headers={"ConsistencyLevel": "eventual"})
        return sorted((LicensedUser.from_graph(u) for u in users),
                      key=lambda u: u.display_name.casefold())

    def remove_licence(self, user_id: str, sku_id: str) -> None:
        """Take one licence of ``sku_id`` away from a user."""
        self.graph.post(f"/users/{user_id}/assignLicense",
                        {"addLicenses": [], "removeLicenses": [sku_id]})

    def domains(self) -> list[Domain]:
        return [Domain.from_graph(d) for d in self.graph.get_all("/domains")]

    def service_records(self, domain: str) -> list[ServiceRecord]:
        """The DNS records Microsoft 365 expects for ``domain``."""
        return [ServiceRecord.from_graph(r)
                for r in self.graph.get_all(f"/domains/{domain}/serviceConfigurationRecords")]
