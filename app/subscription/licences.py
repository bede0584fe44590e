"""Removing licences so that a subscription can be cancelled online (25 or fewer)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app.errors import Cancel365Error
from app.graph.models import LicensedUser
from app.graph.tenant import Tenant


@dataclass(frozen=True)
class RemovalProgress:
    done: int
    total: int
    current: str


@dataclass
class RemovalResult:
    """Who lost the licence, and who kept it because Graph refused."""

    removed: list[LicensedUser] = field(default_factory=list)
    failed: list[tuple[LicensedUser, str]] = field(default_factory=list)
    cancelled: bool = False


def remove_licences(tenant: Tenant, users: Sequence[LicensedUser], sku_id: str, *,
                    report: Callable[[RemovalProgress], None] = lambda _: None,
                    cancelled: threading.Event | None = None) -> RemovalResult:
    """Remove ``sku_id`` from each user in turn; one failure does not stop the rest."""
    result = RemovalResult()
    for number, user in enumerate(users):
        if cancelled is not None and cancelled.is_set():
            result.cancelled = True
            break
        report(RemovalProgress(number, len(users), user.display_name))
        try:
            tenant.remove_licence(user.id, sku_id)
        except Cancel365Error as exc:
            result.failed.append((user, str(exc)))
        else:
            result.removed.append(user)
    report(RemovalProgress(len(result.removed) + len(result.failed), len(users), ""))
    return result
