"""What the wizard has learned and decided so far; pages read and write it.

Plain data, no Qt: the cancellation record is built from it at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.graph.client import GraphClient
from app.graph.models import Organization, SignedInUser
from app.graph.tenant import SubscriptionOverview, Tenant
from app.rules import Decision

if TYPE_CHECKING:
    from app.auth.delegated import DelegatedSignIn


@dataclass
class CancellationState:
    """Shared by every page of one wizard run."""

    demo: bool = False
    graph: GraphClient | None = None
    organization: Organization | None = None
    admin: SignedInUser | None = None
    subscription: SubscriptionOverview | None = None
    decision: Decision | None = None
    bought_with_product_key: bool = False
    licences_removed: list[str] = field(default_factory=list)  # user principal names
    extras: dict[str, Any] = field(default_factory=dict)       # later pages' results
    closers: list[Any] = field(default_factory=list)           # called when the wizard closes
    sign_in: DelegatedSignIn | None = None  # a real tenant's sign-in (None in the demo): asks consent

    @property
    def tenant(self) -> Tenant:
        if self.graph is None:
            raise RuntimeError("Not signed in yet.")
        return Tenant(self.graph)

    def signed_in(self, graph: GraphClient, organization: Organization,
                  admin: SignedInUser) -> None:
        self.graph, self.organization, self.admin = graph, organization, admin

    def signed_out(self) -> None:
        """Forget what was read from the tenant: the next sign-in may be another one."""
        self.graph = self.organization = self.admin = None
        self.subscription = self.decision = None
        self.sign_in = None
        self.licences_removed.clear()
        self.extras.clear()

    def close(self) -> None:
        """Release what the run holds (the demo server, open sessions)."""
        while self.closers:
            closer = self.closers.pop()
            closer()
