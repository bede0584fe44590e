"""Which Graph permission and admin role each call needs, to explain a 403.

From the least-privileged permissions in Microsoft's Graph reference (see
shared/reference/microsoft365-facts.md). Matched on the request path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Requirement:
    """What a Graph call needs: a delegated permission and who can consent.

    ``role`` is English; a 403's message translates it (context "graph").
    """

    permission: str
    role: str = QT_TRANSLATE_NOOP("graph", "a Global Administrator")


_READ_ROLE = QT_TRANSLATE_NOOP("graph", "a Global Administrator or Global Reader")
_BILLING = QT_TRANSLATE_NOOP("graph", "a Global Administrator or Billing Administrator")

# (method or "*", path pattern, requirement); first match wins.
_TABLE: tuple[tuple[str, str, Requirement], ...] = (
    ("GET", r"^/organization", Requirement("Organization.Read.All", _READ_ROLE)),
    ("GET", r"^/me/transitiveMemberOf", Requirement("RoleManagement.Read.Directory", _READ_ROLE)),
    ("GET", r"^/me$", Requirement("User.Read", QT_TRANSLATE_NOOP("graph", "any signed-in user"))),
    ("GET", r"^/directory/subscriptions", Requirement("Organization.Read.All", _BILLING)),
    ("GET", r"^/subscribedSkus", Requirement("LicenseAssignment.Read.All", _BILLING)),
    (
        "POST",
        r"^/users/[^/]+/assignLicense",
        Requirement("LicenseAssignment.ReadWrite.All",
                    QT_TRANSLATE_NOOP("graph", "a Global or License Administrator")),
    ),
    ("GET", r"^/users/[^/]+/drive", Requirement("Files.Read.All", _READ_ROLE)),
    ("GET", r"^/users", Requirement("User.Read.All", _READ_ROLE)),
    ("DELETE", r"^/domains/", Requirement("Domain.ReadWrite.All", QT_TRANSLATE_NOOP(
        "graph", "a Global or Domain Name Administrator"))),
    ("GET", r"^/domains", Requirement("Domain.Read.All", _READ_ROLE)),
    ("GET", r"^/sites", Requirement("Sites.Read.All", _READ_ROLE)),
    ("GET", r"^/drives", Requirement("Files.Read.All", _READ_ROLE)),
    ("POST", r"^/servicePrincipals/[^/]+/appRoleAssignedTo",
     Requirement("AppRoleAssignment.ReadWrite.All")),
    ("*", r"^/(applications|servicePrincipals)", Requirement("Application.ReadWrite.All")),
)


def requirement_for(method: str, path: str) -> Requirement | None:
    """The permission a call to ``path`` needs, or None when we don't know it."""
    for table_method, pattern, requirement in _TABLE:
        if table_method in ("*", method.upper()) and re.search(pattern, path):
            return requirement
    return None
