"""Microsoft's published throttling numbers for OneDrive and SharePoint, with their sources.

Read 2026-12 from "Avoid getting throttled or blocked in SharePoint Online" (learn.microsoft.com,
ms.date 10/02/2025), which "Microsoft Graph service-specific throttling limits" names for files
and lists. They are Microsoft's defaults: "Microsoft may change these limits at any time". The
demo tenant enforces them (``app/demo/budget.py``); the pacer (``app/graph/pacer.py``) follows
the RateLimit headers rather than these numbers, so a changed limit needs no new release.

Where sources disagree: the page's table gives 1,250 resource units per app per minute for up
to 1,000 licences, but its RateLimit example uses 1,200, and its localized copies and older
versions say 1,200 / 2,400 / 3,600 / 4,800 / 6,000. Plan for the smaller figure
(:data:`SAFE_APP_RU_PER_MINUTE`). Every app of a tenant together also has a 5-minute budget
(18,750 for up to 1,000 licences, 3,750 a minute), and each app a daily one (1,200,000: about
16 hours at the minute's rate); the RateLimit headers describe only the 1-minute one.
"""

from __future__ import annotations

# Per app per tenant, resource units, by the tenant's licence count (upper bound of the band;
# None: above the last band). "Avoid getting throttled or blocked in SharePoint Online".
APP_RU_PER_MINUTE: tuple[tuple[int | None, int], ...] = (
    (1_000, 1_250), (5_000, 2_500), (15_000, 3_750), (50_000, 5_000), (None, 6_250))
APP_RU_PER_DAY: tuple[tuple[int | None, int], ...] = (
    (1_000, 1_200_000), (5_000, 2_400_000), (15_000, 3_600_000), (50_000, 4_800_000),
    (None, 6_000_000))
# The figures of the page's RateLimit example and of its localized and older copies: the safer.
SAFE_APP_RU_PER_MINUTE: tuple[tuple[int | None, int], ...] = (
    (1_000, 1_200), (5_000, 2_400), (15_000, 3_600), (50_000, 4_800), (None, 6_000))
# Every app of the tenant together, per 5 minutes (not enforced by the demo).
TENANT_RU_PER_5_MINUTES: tuple[tuple[int | None, int], ...] = (
    (1_000, 18_750), (5_000, 37_500), (15_000, 56_250), (50_000, 75_000), (None, 93_750))

# Cost of one Microsoft Graph call, in resource units (same page, "Resource units").
COST_SINGLE = 1        # get an item; a delta with a token; download a file
COST_MULTI = 2         # list children, a delta without a token; create, update, delete, upload
COST_PERMISSIONS = 5   # any permission resource operation, including $expand=permissions
WARN_FROM = 0.8        # RateLimit-* from 80% of the window's limit used


def by_licences(table: tuple[tuple[int | None, int], ...], licences: int) -> int:
    """The row of one of the tables above for a tenant with ``licences`` licences."""
    for upper, value in table:
        if upper is None or licences <= upper:
            return value
    return table[-1][1]
