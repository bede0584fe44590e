"""Friendly names for Microsoft's product codes (skuPartNumber), and product families."""

from __future__ import annotations

_NAMES = {
    "O365_BUSINESS_ESSENTIALS": "Microsoft 365 Business Basic",
    "O365_BUSINESS_PREMIUM": "Microsoft 365 Business Standard",
    "SPB": "Microsoft 365 Business Premium",
    "O365_BUSINESS": "Microsoft 365 Apps for business",
    "SMB_BUSINESS": "Microsoft 365 Apps for business",
    "EXCHANGESTANDARD": "Exchange Online (Plan 1)",
    "EXCHANGEENTERPRISE": "Exchange Online (Plan 2)",
    "ENTERPRISEPACK": "Office 365 E3",
    "STANDARDPACK": "Office 365 E1",
    "SPE_E3": "Microsoft 365 E3",
    "INTUNE_A": "Microsoft Intune",
    "EMS": "Enterprise Mobility + Security E3",
    "DYN365_BUSCENTRAL_ESSENTIAL": "Dynamics 365 Business Central Essentials",
    "DYN365_ENTERPRISE_SALES": "Dynamics 365 Sales",
    "PROJECT_MADEIRA_PREVIEW_IW_SKU": "Dynamics 365 Business Central",
}

# Products the admin center does not let a customer cancel online: call support.
_SUPPORT_ONLY_PREFIXES = ("DYN365", "DYNAMICS_365", "CRM", "PROJECT_MADEIRA", "INTUNE", "EMS")


def product_name(sku_part_number: str) -> str:
    """The name the admin knows from the admin center, or the code itself."""
    return _NAMES.get(sku_part_number.upper(), sku_part_number)


def needs_support_to_cancel(sku_part_number: str) -> bool:
    """Dynamics 365 and Intune subscriptions are cancelled through support."""
    return sku_part_number.upper().startswith(_SUPPORT_ONLY_PREFIXES)
