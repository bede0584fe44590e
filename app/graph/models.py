"""Typed views of the Graph resources the wizard reads.

Each ``from_graph`` takes Graph's JSON as it comes over the wire and keeps
only what the product uses. Unknown or missing optional fields get defaults,
so a newer Graph answer does not break the wizard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

JsonDict = dict[str, Any]

GLOBAL_ADMIN_TEMPLATE = "62e90394-69f5-4237-9190-012177145e10"
BILLING_ADMIN_TEMPLATE = "b0f54661-2d74-4c50-afa3-1ec803f12efe"


def parse_time(value: str | None) -> datetime | None:
    """Graph's ISO 8601 timestamps ('...Z') as aware datetimes."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass(frozen=True)
class Organization:
    """The tenant."""

    id: str
    display_name: str
    verified_domains: tuple[str, ...] = ()

    @classmethod
    def from_graph(cls, data: JsonDict) -> Organization:
        domains = tuple(d.get("name", "") for d in data.get("verifiedDomains") or [])
        return cls(id=data["id"], display_name=data.get("displayName") or "", verified_domains=domains)


@dataclass(frozen=True)
class DirectoryRole:
    """An admin role the signed-in user holds."""

    display_name: str
    role_template_id: str

    @classmethod
    def from_graph(cls, data: JsonDict) -> DirectoryRole:
        return cls(display_name=data.get("displayName") or "",
                   role_template_id=data.get("roleTemplateId") or "")


@dataclass(frozen=True)
class SignedInUser:
    """Who is signed in, with their directory roles."""

    id: str
    display_name: str
    user_principal_name: str
    roles: tuple[DirectoryRole, ...] = ()

    @classmethod
    def from_graph(cls, data: JsonDict, roles: tuple[DirectoryRole, ...] = ()) -> SignedInUser:
        return cls(id=data["id"], display_name=data.get("displayName") or "",
                   user_principal_name=data.get("userPrincipalName") or "", roles=roles)

    @property
    def is_global_admin(self) -> bool:
        return any(r.role_template_id == GLOBAL_ADMIN_TEMPLATE for r in self.roles)

    @property
    def is_billing_admin(self) -> bool:
        return any(r.role_template_id == BILLING_ADMIN_TEMPLATE for r in self.roles)

    @property
    def can_cancel(self) -> bool:
        """Global and Billing Administrators may cancel a subscription."""
        return self.is_global_admin or self.is_billing_admin


@dataclass(frozen=True)
class Subscription:
    """A companySubscription: one purchase, with its licences and lifecycle."""

    id: str
    sku_id: str
    sku_part_number: str
    status: str
    is_trial: bool
    total_licenses: int
    created: datetime | None = None
    next_lifecycle: datetime | None = None
    owner_type: str = ""
    owner_tenant_id: str = ""
    commerce_subscription_id: str = ""

    @classmethod
    def from_graph(cls, data: JsonDict) -> Subscription:
        return cls(
            id=data["id"],
            sku_id=data.get("skuId") or "",
            sku_part_number=data.get("skuPartNumber") or "",
            status=data.get("status") or "",
            is_trial=bool(data.get("isTrial")),
            total_licenses=int(data.get("totalLicenses") or 0),
            created=parse_time(data.get("createdDateTime")),
            next_lifecycle=parse_time(data.get("nextLifecycleDateTime")),
            owner_type=data.get("ownerType") or "",
            owner_tenant_id=data.get("ownerTenantId") or "",
            commerce_subscription_id=data.get("commerceSubscriptionId") or "",
        )


@dataclass(frozen=True)
class Sku:
    """A subscribedSku: the licence pool of one product."""

    sku_id: str
    sku_part_number: str
    capability_status: str
    consumed_units: int
    enabled_units: int
    suspended_units: int = 0
    warning_units: int = 0
    subscription_ids: tuple[str, ...] = ()

    @classmethod
    def from_graph(cls, data: JsonDict) -> Sku:
        prepaid = data.get("prepaidUnits") or {}
        return cls(
            sku_id=data.get("skuId") or "",
            sku_part_number=data.get("skuPartNumber") or "",
            capability_status=data.get("capabilityStatus") or "",
            consumed_units=int(data.get("consumedUnits") or 0),
            enabled_units=int(prepaid.get("enabled") or 0),
            suspended_units=int(prepaid.get("suspended") or 0),
            warning_units=int(prepaid.get("warning") or 0),
            subscription_ids=tuple(data.get("subscriptionIds") or ()),
        )


@dataclass(frozen=True)
class LicensedUser:
    """A user, with the SKUs assigned to them."""

    id: str
    display_name: str
    user_principal_name: str
    sku_ids: tuple[str, ...] = ()

    @classmethod
    def from_graph(cls, data: JsonDict) -> LicensedUser:
        skus = tuple(a.get("skuId", "") for a in data.get("assignedLicenses") or [])
        return cls(id=data["id"], display_name=data.get("displayName") or "",
                   user_principal_name=data.get("userPrincipalName") or "", sku_ids=skus)


@dataclass(frozen=True)
class Domain:
    """A domain added to the tenant."""

    id: str
    is_default: bool = False
    is_initial: bool = False
    is_verified: bool = False
    is_admin_managed: bool = True
    supported_services: tuple[str, ...] = ()

    @classmethod
    def from_graph(cls, data: JsonDict) -> Domain:
        return cls(
            id=data["id"],
            is_default=bool(data.get("isDefault")),
            is_initial=bool(data.get("isInitial")),
            is_verified=bool(data.get("isVerified")),
            is_admin_managed=bool(data.get("isAdminManaged", True)),
            supported_services=tuple(data.get("supportedServices") or ()),
        )

    @property
    def is_custom(self) -> bool:
        """A domain the business added (not the onmicrosoft.com one)."""
        return not self.is_initial and not self.id.lower().endswith(".onmicrosoft.com")


@dataclass(frozen=True)
class ServiceRecord:
    """A DNS record Microsoft 365 expects for a domain (domainDnsRecord)."""

    record_type: str
    label: str
    ttl: int
    is_optional: bool
    supported_service: str
    value: str
    preference: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_graph(cls, data: JsonDict) -> ServiceRecord:
        kind = data.get("recordType") or ""
        value = (data.get("mailExchange") or data.get("canonicalName") or data.get("text")
                 or data.get("nameTarget") or "")
        extra = {k: data[k] for k in ("port", "priority", "protocol", "service", "weight")
                 if k in data}
        return cls(
            record_type=kind,
            label=data.get("label") or "",
            ttl=int(data.get("ttl") or 3600),
            is_optional=bool(data.get("isOptional")),
            supported_service=data.get("supportedService") or "",
            value=value,
            preference=data.get("preference"),
            extra=extra,
        )
