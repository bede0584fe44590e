"""The demo tenant's subscription lifecycle: a cancellation in the admin center's stand-in.

Microsoft Graph has no call that cancels a subscription; the demo's stand-in
for the admin center posts to ``/_demo/cancel`` instead. After ``delay``
seconds on the server's clock the subscription's ``status`` moves from
Enabled to Warning, and its SKU follows: ``capabilityStatus`` Warning and the
``prepaidUnits`` move from ``enabled`` to ``warning``. Wire shapes follow
Microsoft's reference pages "companySubscription resource type" (status:
Enabled, Warning, Suspended, Deleted, LockedOut; nextLifecycleDateTime) and
"subscribedSku resource type" (capabilityStatus; prepaidUnits: licenseUnitsDetail
with enabled, suspended, warning, lockedOut).

The fault switch :attr:`SubscriptionLifecycle.stay_enabled` accepts the
cancellation but never lets the status change, for the wizard's timeout path.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import requests

from app.demo.tenant import DemoTenant
from app.errors import Cancel365Error
from app.graph.client import GraphClient
from app.texts import translate

JsonDict = dict[str, Any]
DEFAULT_DELAY = 4.0          # seconds until a cancellation shows in Graph
WARNING_DAYS = 30            # Warning (expired) lasts about 30 days before Suspended


class SubscriptionLifecycle:
    """Pending and done cancellations; thread-safe."""

    def __init__(self, tenant: DemoTenant, *, delay: float = DEFAULT_DELAY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.tenant = tenant
        self.delay = delay
        self.clock = clock
        self.stay_enabled = False
        self._due: dict[str, float] = {}      # subscription id -> when it leaves Enabled
        self._lock = threading.Lock()

    def cancel(self, subscription_id: str) -> bool:
        """The admin cancelled it; False when the tenant has no such subscription."""
        if not any(s["id"] == subscription_id for s in self.tenant.subscriptions):
            return False
        with self._lock:
            self._due.setdefault(subscription_id, self.clock() + self.delay)
        return True

    def pending(self) -> list[str]:
        with self._lock:
            return list(self._due)

    def advance(self) -> None:
        """Apply every cancellation whose time has come (called before each read)."""
        if self.stay_enabled:
            return
        now = self.clock()
        with self._lock:
            due = [sid for sid, at in self._due.items() if at <= now]
            for sid in due:
                del self._due[sid]
        for sid in due:
            self._leave_enabled(sid)

    def _leave_enabled(self, subscription_id: str) -> None:
        with self.tenant.lock:
            sub = next(s for s in self.tenant.subscriptions if s["id"] == subscription_id)
            if sub["status"] != "Enabled":
                return
            sub["status"] = "Warning"
            sub["nextLifecycleInDays"] = WARNING_DAYS
            for sku in self.tenant.skus:
                if subscription_id not in sku.get("subscriptionIds", []):
                    continue
                units = sku.setdefault("prepaidUnits", {})
                moved = int(units.get("enabled", 0))
                units["enabled"] = 0
                units["warning"] = int(units.get("warning", 0)) + moved
                if all(self._status(s) != "Enabled" for s in sku["subscriptionIds"]):
                    sku["capabilityStatus"] = "Warning"

    def _status(self, subscription_id: str) -> str:
        return next((s["status"] for s in self.tenant.subscriptions
                     if s["id"] == subscription_id), "Deleted")


def lifecycle_control(lifecycle: SubscriptionLifecycle, method: str, path: str,
                      body: JsonDict | None) -> tuple[int, JsonDict | None] | None:
    """The control URLs: ``POST /_demo/cancel {"subscriptionId"}`` and ``POST
    /_demo/lifecycle {"delay", "stayEnabled"}``; None for any other URL."""
    body = body or {}
    if method == "POST" and path == "/_demo/cancel":
        sid = str(body.get("subscriptionId", ""))
        if not lifecycle.cancel(sid):
            return 404, {"error": {"code": "NotFound", "message": f"No subscription {sid!r}."}}
        return 202, {"subscriptionId": sid, "delaySeconds": lifecycle.delay,
                     "stayEnabled": lifecycle.stay_enabled}
    if method == "POST" and path == "/_demo/lifecycle":
        try:
            if "delay" in body:
                lifecycle.delay = max(0.0, float(body["delay"]))
        except (TypeError, ValueError):
            return 400, {"error": {"code": "BadRequest", "message": "delay is not a number."}}
        if "stayEnabled" in body:
            lifecycle.stay_enabled = bool(body["stayEnabled"])
        return 200, {"delaySeconds": lifecycle.delay, "stayEnabled": lifecycle.stay_enabled}
    return None


def request_cancel(graph: GraphClient, subscription_id: str) -> None:
    """What the demo's admin-center stand-in does on "Cancel subscription": tell the demo
    server (its control URL sits next to ``/v1.0``, on the same loopback server)."""
    root = graph.base_url.rsplit("/v1.0", 1)[0]
    try:
        response = graph.session.post(f"{root}/_demo/cancel", timeout=10,
                                      json={"subscriptionId": subscription_id})
    except requests.RequestException as exc:
        raise Cancel365Error(translate(
            "demo", "The demo tenant did not answer ({0}). Close the wizard and start the demo "
            "again.").format(type(exc).__name__)) from None
    if response.status_code != 202:
        raise Cancel365Error(translate(
            "demo", "The demo tenant refused the cancellation (HTTP {0}).").format(
                response.status_code))
