"""What the wizard has learned and decided so far; pages read and write it.

Plain data, no Qt: the cancellation record is built from it at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.graph.client import GraphClient
from app.graph.models import Organization, SignedInUser
from app.graph.tenant import SubscriptionOverview, Tenant
from app.rules import Decision


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

    @property
    def tenant(self) -> Tenant:
        if self.graph is None:
            raise RuntimeError("Not signed in yet.")
        return Tenant(self.graph)

    def signed_in(self, graph: GraphClient, organization: Organization,
                  admin: SignedInUser) -> None:
        self.graph, self.organization, self.admin = graph, organization, admin

    def close(self) -> None:
        """Release what the run holds (the demo server, open sessions)."""
        while self.closers:
            closer = self.closers.pop()
            closer()
