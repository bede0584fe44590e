"""Writes resources/demo/tenant.json, the demo tenant's data (run by hand when it changes)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

NS = uuid.UUID("6f1d1c52-3f0e-4b8a-9a43-5a0f0c365365")


def gid(name: str) -> str:
    return str(uuid.uuid5(NS, name))


TENANT = gid("tenant")
PARTNER = gid("partner-tenant")
DOMAIN = "lillebager.dk"
SKU = {
    "O365_BUSINESS_PREMIUM": "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
    "O365_BUSINESS_ESSENTIALS": "3b555118-da6a-4418-894f-7df1e2096870",
    "SPB": "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46",
    "EXCHANGESTANDARD": "4b9405b0-7788-4568-add1-99614e613b69",
    "INTUNE_A": "061f9ace-7d42-4136-88ac-31dc755f143f",
    "DYN365_BUSCENTRAL_ESSENTIAL": "2880026b-2b0c-4251-8656-5d41ff11e3aa",
}
NAMES = [
    "Mette Kragh", "Anders Holm", "Sofie Lund", "Jonas Bech", "Ida Skov", "Mads Krog",
    "Freja Dahl", "Oliver Vinther", "Emma Nørgaard", "William Thygesen", "Clara Juhl",
    "Noah Brandt", "Alma Kjær", "Lucas Bertelsen", "Ella Mikkelsen", "Victor Poulsen",
    "Agnes Møller", "Emil Frost", "Karla Winther", "Oscar Lauridsen", "Laura Bro",
    "Malthe Søndergaard", "Josefine Riis", "Elias Hald", "Asta Thomsen", "Aksel Dam",
    "Nora Østergaard", "Johan Krogh", "Liva Sørensen", "Carl Hedegaard", "Vilma Ravn",
    "August Lykke", "Ellen Birk", "Theo Holst",
]


def upn(name: str) -> str:
    first, last = name.lower().split()
    table = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa"})
    return f"{first.translate(table)}.{last.translate(table)}@{DOMAIN}"


def licences(i: int) -> list[str]:
    got = []
    if i < 31:
        got.append(SKU["O365_BUSINESS_PREMIUM"])
    if i >= 28:
        got.append(SKU["O365_BUSINESS_ESSENTIALS"])
    if i in (0, 1):
        got.append(SKU["SPB"])
    if i in (2, 3, 4):
        got.append(SKU["EXCHANGESTANDARD"])
    if i < 5:
        got.append(SKU["INTUNE_A"])
    if i in (0, 5):
        got.append(SKU["DYN365_BUSCENTRAL_ESSENTIAL"])
    return got


def f(name: str, size: int, days_ago: int = 30, **extra: object) -> dict:
    return {"name": name, "size": size, "modifiedDaysAgo": days_ago, **extra}


def folder(name: str, *children: dict) -> dict:
    return {"name": name, "children": list(children)}


def onedrive(i: int, name: str) -> dict | None:
    if i in (32, 33):
        return None  # never signed in: no OneDrive provisioned
    first = name.split()[0]
    if i == 0:
        return {"files": [
            folder("Regnskab",
                   # Edited while the drive is listed: delta names it first as it was, then again.
                   f("Budget 2026.xlsx", 48_213, 12,
                     changedWhileListed={"name": "Budget 2026 (kladde).xlsx", "size": 40_960}),
                   f("Moms Q3.pdf", 182_004, 40),
                   folder("Bilag", *[f(f"Bilag {n:03d}.pdf", 20_000 + 731 * n, n) for n in range(1, 41)])),
            folder("Opskrifter",
                   f("Kanelsnegle.docx", 31_877, 200),
                   f("Æbleskiver – opskrift (endelig).docx", 29_410, 3),
                   f("Rugbrød 🍞.txt", 2_048, 9)),
            {**f("Notesbog", 0, 5, package="oneNote"), "children": [
                f("Opskrifter.one", 24_576, 5), f("Ideer.one", 16_384, 8),
                folder("Leverandører", f("Møllen.one", 12_288, 20)),
                f("Open Notebook.onetoc2", 2_048, 5, handedOut=False)]},
            f("Gammel prisliste.pdf", 10_240, 400, deletedWhileListed=True),
            f("Anders Holm – Billeder", 0, 3, shortcutTo=upn(NAMES[1])),
            f("faktura 4471.pdf.exe", 73_802, 6, malware="Trojan:Win32/Wacatac.B!ml"),
            f("Butikken, video til Instagram.mp4", 48 * 1024 * 1024, 14),
            f("CON.txt", 120, 2),
            f("trailing dot.", 77, 2),
        ]}
    if i < 8:
        return {"files": [
            f(f"Vagtplan {first}.xlsx", 14_000 + 97 * i, 8 + i),
            folder("Billeder", *[f(f"IMG_{1000 + n}.jpg", 210_000 + 5_000 * n, n) for n in range(6)]),
        ]}
    return {"files": [f("Velkommen.txt", 512 + i, 300)] if i % 3 == 0 else []}


def build() -> dict:
    users = []
    for i, name in enumerate(NAMES):
        users.append({
            "id": gid(f"user-{i}"),
            "displayName": name,
            "userPrincipalName": upn(name),
            "mail": upn(name),
            "assignedLicenses": [{"skuId": s, "disabledPlans": []} for s in licences(i)],
            "onedrive": onedrive(i, name),
        })
    admin = users[0]["id"]
    subs = [
        ("O365_BUSINESS_PREMIUM", 40, False, "Enabled", 410, 40, TENANT, "User"),
        ("O365_BUSINESS_ESSENTIALS", 10, False, "Enabled", 200, 165, TENANT, "User"),
        ("SPB", 25, True, "Enabled", 12, 18, TENANT, "User"),
        ("EXCHANGESTANDARD", 5, False, "Enabled", 700, 30, PARTNER, "User"),
        ("INTUNE_A", 5, False, "Enabled", 300, 65, TENANT, "User"),
        ("DYN365_BUSCENTRAL_ESSENTIAL", 3, False, "Enabled", 90, 275, TENANT, "User"),
    ]
    subscriptions, skus = [], []
    for part, total, trial, status, created, nxt, owner_tenant, owner_type in subs:
        sid = gid(f"sub-{part}")
        subscriptions.append({
            "id": sid, "commerceSubscriptionId": gid(f"commerce-{part}"),
            "skuId": SKU[part], "skuPartNumber": part, "status": status, "isTrial": trial,
            "totalLicenses": total, "createdDaysAgo": created, "nextLifecycleInDays": nxt,
            # companySubscription: ownerType names what ownerId is ("User": the account admin);
            # ownerTenantId is the partner tenant that created the subscription, if any.
            "ownerId": admin, "ownerType": owner_type,
            "ownerTenantId": owner_tenant if owner_tenant != TENANT else None,
            "serviceStatus": [],
        })
        skus.append({
            "id": f"{TENANT}_{SKU[part]}", "skuId": SKU[part], "skuPartNumber": part,
            "appliesTo": "User", "capabilityStatus": status,
            "prepaidUnits": {"enabled": total, "suspended": 0, "warning": 0, "lockedOut": 0},
            "subscriptionIds": [sid], "servicePlans": [],
        })
    dashed = DOMAIN.replace(".", "-")
    records = [
        {"recordType": "Mx", "label": DOMAIN, "ttl": 3600, "isOptional": False,
         "supportedService": "Email", "mailExchange": f"{dashed}.mail.protection.outlook.com",
         "preference": 0},
        {"recordType": "Txt", "label": DOMAIN, "ttl": 3600, "isOptional": False,
         "supportedService": "Email", "text": "v=spf1 include:spf.protection.outlook.com -all"},
        {"recordType": "CName", "label": f"autodiscover.{DOMAIN}", "ttl": 3600,
         "isOptional": False, "supportedService": "Email", "canonicalName": "autodiscover.outlook.com"},
        {"recordType": "CName", "label": f"enterpriseregistration.{DOMAIN}", "ttl": 3600,
         "isOptional": False, "supportedService": "Intune",
         "canonicalName": "enterpriseregistration.windows.net"},
        {"recordType": "CName", "label": f"enterpriseenrollment.{DOMAIN}", "ttl": 3600,
         "isOptional": False, "supportedService": "Intune",
         "canonicalName": "enterpriseenrollment-s.manage.microsoft.com"},
        {"recordType": "CName", "label": f"selector1._domainkey.{DOMAIN}", "ttl": 3600,
         "isOptional": True, "supportedService": "Email",
         "canonicalName": f"selector1-{dashed}._domainkey.lillebager.onmicrosoft.com"},
        {"recordType": "CName", "label": f"selector2._domainkey.{DOMAIN}", "ttl": 3600,
         "isOptional": True, "supportedService": "Email",
         "canonicalName": f"selector2-{dashed}._domainkey.lillebager.onmicrosoft.com"},
    ]
    kinds = {"Mx": "domainDnsMxRecord", "Txt": "domainDnsTxtRecord",
             "CName": "domainDnsCnameRecord", "Srv": "domainDnsSrvRecord"}
    for r in records:
        r["id"] = gid(f"record-{r['label']}-{r['recordType']}")
        r["@odata.type"] = "#microsoft.graph." + kinds[r["recordType"]]
    sites = [
        {"id": f"lillebager.sharepoint.com,{gid('site-team')},{gid('web-team')}",
         "name": "Team", "displayName": "Lille Bager – Team",
         "webUrl": "https://lillebager.sharepoint.com/sites/Team",
         "drives": [
             {"name": "Dokumenter", "files": [
                 f("Prisliste 2026.xlsx", 61_440, 20, officeRewrite=True),
                 f("Personalehåndbog.docx", 120_000, 100),
                 folder("Leverandører",
                        f("Møllen kontrakt.pdf", 402_113, 380),
                        f("Mejeriet kontrakt.pdf", 398_771, 380)),
                 {**f("Teamets notesbog", 0, 11, package="oneNote"), "children": [
                     f("Møder.one", 30_720, 11),
                     f("Open Notebook.onetoc2", 1_024, 11, handedOut=False)]},
             ]},
             {"name": "Opskrifter", "files": [
                 f("Wienerbrød.docx", 44_000, 33),
                 f("wienerbrød (kopi).docx", 44_010, 31),
                 folder("Sæson", f("Jul – pebernødder.docx", 18_000, 340),
                        f("Påske.docx", 17_500, 230)),
             ]},
         ]},
        {"id": f"lillebager.sharepoint.com,{gid('site-shop')},{gid('web-shop')}",
         "name": "Butik", "displayName": "Butikken",
         "webUrl": "https://lillebager.sharepoint.com/sites/Butik",
         "drives": [{"name": "Dokumenter", "quotaWithoutUsed": True, "files": [
             f("Åbningstider.pdf", 33_000, 60),
             folder("Kasse", *[f(f"Dagsopgørelse {d:02d}.csv", 4_000 + d * 13, d) for d in range(1, 31)]),
         ]}]},
    ]
    return {
        "organization": {"id": TENANT, "displayName": "Lille Bager ApS",
                         "countryLetterCode": "DK", "preferredLanguage": "da"},
        "initialDomain": "lillebager.onmicrosoft.com",
        "adminId": admin,
        "roles": {admin: [
            {"id": gid("role-ga"), "displayName": "Global Administrator",
             "roleTemplateId": "62e90394-69f5-4237-9190-012177145e10"},
        ], users[5]["id"]: [
            {"id": gid("role-ba"), "displayName": "Billing Administrator",
             "roleTemplateId": "b0f54661-2d74-4c50-afa3-1ec803f12efe"},
        ]},
        "users": users,
        "subscriptions": subscriptions,
        "skus": skus,
        "domains": [
            {"id": "lillebager.onmicrosoft.com", "isDefault": False, "isInitial": True,
             "isVerified": True, "isAdminManaged": True, "authenticationType": "Managed",
             "supportedServices": ["Email", "OfficeCommunicationsOnline"]},
            {"id": DOMAIN, "isDefault": True, "isInitial": False, "isVerified": True,
             "isAdminManaged": True, "authenticationType": "Managed",
             "supportedServices": ["Email", "Intune"]},
        ],
        "serviceConfigurationRecords": {DOMAIN: records},
        "sites": sites,
    }


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "resources" / "demo" / "tenant.json"
    out.write_text(json.dumps(build(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(out)
