"""Removing a custom domain from the tenant: what still uses it, remove it, check it's gone.

Microsoft 365 refuses to delete a domain that users, groups or apps still
use, and a deleted domain cannot be restored, so the wizard shows the
references first, asks, deletes, then reads the domain again to confirm.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from app.errors import Cancel365Error, GraphError, NotFoundError, PermissionMissingError
from app.graph.client import GraphClient
from app.graph.models import Domain
from app.graph.tenant import Tenant
from app.texts import translate

ADMIN_CENTER_DOMAINS_URL = "https://go.microsoft.com/fwlink/p/?linkid=834818"
REMOVE_PERMISSION = "Domain.ReadWrite.All"


@dataclass(frozen=True)
class DomainReference:
    """Something in the tenant that still uses the domain (a user, group, app…)."""

    kind: str            # "user", "group", "application", … (from @odata.type)
    display_name: str
    name: str            # user principal name, mail or app ID: what the admin looks for

    @classmethod
    def from_graph(cls, data: dict) -> DomainReference:
        # "List domainNameReferences": the directoryObject's type is in @odata.type; older
        # answers name it in odata.type or objectType ("User"). Either way, "user" here.
        raw = (data.get("@odata.type") or data.get("odata.type") or data.get("objectType")
               or "#microsoft.graph.directoryObject")
        kind = str(raw).rsplit(".", 1)[-1]
        kind = kind[:1].lower() + kind[1:]
        name = (data.get("userPrincipalName") or data.get("mail") or data.get("appId")
                or data.get("id") or "")
        return cls(kind=kind, display_name=data.get("displayName") or name, name=name)


class DomainInUseError(Cancel365Error):
    """The domain still has references; Microsoft 365 would refuse to remove it."""

    def __init__(self, domain: str, references: list[DomainReference]) -> None:
        shown = ", ".join(r.name for r in references[:5])
        if len(references) > 5:
            message = translate(
                "domains", "{0} is still used by users, groups or apps ({1} in all: {2} and {3} more). "
                "Change their addresses to another domain (for example the onmicrosoft.com one) "
                "in the admin center, then try again.").format(
                    domain, len(references), shown, len(references) - 5)
        else:
            message = translate(
                "domains", "{0} is still used by users, groups or apps ({1} in all: {2}). "
                "Change their addresses to another domain (for example the onmicrosoft.com one) "
                "in the admin center, then try again.").format(domain, len(references), shown)
        super().__init__(message)
        self.domain = domain
        self.references = references


class DomainStillPresentError(Cancel365Error):
    """Microsoft 365 accepted the removal, but the domain is still listed."""


def custom_domains(tenant: Tenant) -> list[Domain]:
    """The tenant's own domains, without the onmicrosoft.com one."""
    return [d for d in tenant.domains() if d.is_custom]


def _path(domain: str) -> str:
    return f"/domains/{quote(domain, safe='')}"


def domain_references(graph: GraphClient, domain: str) -> list[DomainReference]:
    """What still uses ``domain`` (GET /domains/{id}/domainNameReferences)."""
    return [DomainReference.from_graph(item)
            for item in graph.get_all(f"{_path(domain)}/domainNameReferences")]


def is_gone(graph: GraphClient, domain: str) -> bool:
    """True when the tenant no longer has ``domain``."""
    try:
        graph.get(_path(domain))
    except NotFoundError:
        return True
    return False


def remove_domain(graph: GraphClient, domain: str, *, checks: int = 5, wait: float = 1.0,
                  sleep: Callable[[float], None] = time.sleep) -> None:
    """Remove ``domain`` from the tenant and confirm it is gone. Not recoverable.

    Raises DomainInUseError (nothing was changed), PermissionMissingError
    (the sign-in lacks Domain.ReadWrite.All) or DomainStillPresentError.
    """
    references = domain_references(graph, domain)
    if references:
        raise DomainInUseError(domain, references)
    try:
        graph.delete(_path(domain))
    except NotFoundError:
        pass  # already gone: the check below confirms it
    except PermissionMissingError as error:
        raise PermissionMissingError(translate(
            "domains", "Removing {0} needs the {1} permission, which this sign-in does not have. "
            "Sign in again and accept it (a Global Administrator or Domain Name Administrator "
            "can), or remove the domain in the admin center's Domains page.").format(
                domain, REMOVE_PERMISSION),
            status=error.status, code=error.code, graph_message=error.graph_message,
            request_id=error.request_id) from None
    except GraphError as error:
        if error.status == 400 and "reference" in error.graph_message.lower():
            raise DomainInUseError(domain, domain_references(graph, domain)) from None
        raise
    for attempt in range(checks):
        if is_gone(graph, domain):
            return
        if attempt + 1 < checks:
            sleep(wait)
    raise DomainStillPresentError(translate(
        "domains", "Microsoft 365 accepted the removal of {0}, but still lists it. Removal can "
        "take a few minutes: check again later, or look at the admin center's Domains page.").format(
            domain))
