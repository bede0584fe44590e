"""Proof from Graph: the poll sees the demo's cancellation, times out when it never shows, and
rides out throttling, unavailability and an expired token like every other Graph call."""

from __future__ import annotations

import threading

import pytest
import requests

from app.confirm.proof import poll_until_left_enabled
from app.demo.faults import FaultKind
from app.demo.lifecycle import request_cancel
from app.demo.session import DemoTokens
from app.graph.client import GraphClient
from app.graph.pacer import Pacer

BASIC_ID = "a6b2a2eb-534b-5e3f-b497-97939369a06c"
BASIC_SKU = "3b555118-da6a-4418-894f-7df1e2096870"


class Clock:
    """The demo server's clock and the poll's, moved only by the poll's sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(demo_server) -> Clock:
    clock = Clock()
    demo_server.lifecycle.clock = clock
    demo_server.lifecycle.delay = 25.0
    return clock


def poll(graph, clock, **kwargs):
    return poll_until_left_enabled(graph, BASIC_ID, BASIC_SKU, interval=10.0, clock=clock,
                                   sleep=clock.sleep, **kwargs)


def test_the_poll_sees_the_subscription_leave_enabled(demo_server, graph, clock):
    request_cancel(graph, BASIC_ID)
    heard = []
    proof = poll(graph, clock, timeout=600, on_reading=lambda r, left: heard.append(left))
    assert proof.left_enabled and not proof.timed_out and not proof.error
    statuses = [(r.subscription_status, r.sku_capability_status) for r in proof.readings]
    assert statuses == [("Enabled", "Enabled")] * 3 + [("Warning", "Warning")]
    assert heard == [600, 590, 580, 570]
    assert proof.last.next_lifecycle_at is not None
    sku = next(s for s in demo_server.tenant.sku_view() if s["skuId"] == BASIC_SKU)
    assert sku["prepaidUnits"] == {"enabled": 0, "suspended": 0, "warning": 10, "lockedOut": 0}


def test_the_fault_switch_keeps_it_enabled_until_the_timeout(demo_server, graph, clock):
    requests.post(f"{demo_server.root_url}/_demo/lifecycle", json={"stayEnabled": True},
                  timeout=5).raise_for_status()
    request_cancel(graph, BASIC_ID)
    proof = poll(graph, clock, timeout=60)
    assert proof.timed_out and not proof.left_enabled
    assert {r.subscription_status for r in proof.readings} == {"Enabled"}
    assert len(proof.readings) == 7                       # at 0, 10, … 60 seconds
    assert sum(clock.sleeps) == 60


def test_only_the_cancelled_subscription_changes(demo_server, graph, clock):
    request_cancel(graph, BASIC_ID)
    poll(graph, clock, timeout=600)
    statuses = {s["id"]: s["status"] for s in demo_server.tenant.subscription_view()}
    assert statuses.pop(BASIC_ID) == "Warning"
    assert set(statuses.values()) == {"Enabled"}


def test_throttling_with_retry_after_is_honoured_during_the_poll(demo_server, clock):
    graph_clock = Clock()      # the client's own back-off, on a clock of its own
    graph = GraphClient(DemoTokens(demo_server), base_url=demo_server.graph_url,
                        pacer=Pacer(clock=graph_clock, sleep=graph_clock.sleep),
                        sleep=graph_clock.sleep)
    demo_server.lifecycle.delay = 0
    request_cancel(graph, BASIC_ID)
    demo_server.faults.add(FaultKind.THROTTLE, "/subscribedSkus", times=2, retry_after=7)
    proof = poll(graph, clock, timeout=600)
    assert proof.left_enabled and not proof.error
    assert graph_clock.now >= 14                          # Retry-After: 7, twice
    assert [k for k, _ in demo_server.faults.fired] == [FaultKind.THROTTLE] * 2


def test_service_unavailable_is_retried(demo_server, clock):
    graph_clock = Clock()
    graph = GraphClient(DemoTokens(demo_server), base_url=demo_server.graph_url,
                        pacer=Pacer(clock=graph_clock, sleep=graph_clock.sleep),
                        sleep=graph_clock.sleep)
    demo_server.faults.add(FaultKind.UNAVAILABLE, "/directory/subscriptions", times=2,
                           retry_after=None)
    request_cancel(graph, BASIC_ID)
    proof = poll(graph, clock, timeout=600)
    assert proof.left_enabled and not proof.error
    assert len(demo_server.faults.fired) == 2
    assert graph_clock.now > 0                            # it backed off before retrying


def test_an_expired_token_is_refreshed_and_the_poll_goes_on(demo_server, clock):
    tokens = DemoTokens(demo_server)
    graph = GraphClient(tokens, base_url=demo_server.graph_url)
    request_cancel(graph, BASIC_ID)
    demo_server.faults.add(FaultKind.EXPIRE_TOKEN, "/directory/subscriptions", times=1)
    proof = poll(graph, clock, timeout=600)
    assert proof.left_enabled
    assert tokens.refreshes == 1


def test_a_permanent_error_stops_the_poll_with_its_message(demo_server, clock):
    graph = GraphClient(DemoTokens(demo_server, scopes={"User.Read"}),
                        base_url=demo_server.graph_url)
    proof = poll(graph, clock, timeout=600)
    assert proof.error and not proof.left_enabled and not proof.timed_out
    assert proof.readings == ()
    assert clock.sleeps == []


def test_a_cancel_stops_the_wait(demo_server, graph):
    demo_server.lifecycle.stay_enabled = True
    cancelled = threading.Event()
    cancelled.set()
    proof = poll_until_left_enabled(graph, BASIC_ID, BASIC_SKU, timeout=600, interval=60,
                                    cancelled=cancelled)
    assert not proof.left_enabled and not proof.timed_out and len(proof.readings) == 1


def test_a_subscription_gone_from_graph_counts_as_left(demo_server, graph, clock):
    with demo_server.tenant.lock:
        demo_server.tenant.subscriptions[:] = [
            s for s in demo_server.tenant.subscriptions if s["id"] != BASIC_ID]
        demo_server.tenant.skus[:] = [
            s for s in demo_server.tenant.skus if s["skuId"] != BASIC_SKU]
    proof = poll(graph, clock, timeout=600)
    assert proof.left_enabled
    assert (proof.last.subscription_status, proof.last.sku_capability_status) == (None, None)


def test_the_control_url_refuses_an_unknown_subscription(demo_server):
    answer = requests.post(f"{demo_server.root_url}/_demo/cancel",
                           json={"subscriptionId": "nope"}, timeout=5)
    assert answer.status_code == 404


def test_a_licence_pool_shared_with_an_enabled_subscription_does_not_block_the_proof(
        demo_server, graph, clock):
    """Two purchases of one product share a SKU: cancelling one leaves the pool Enabled."""
    with demo_server.tenant.lock:
        second = dict(next(s for s in demo_server.tenant.subscriptions if s["id"] == BASIC_ID))
        second["id"] = "0b0b0b0b-0000-4000-8000-000000000002"
        demo_server.tenant.subscriptions.append(second)
        sku = next(s for s in demo_server.tenant.skus if s["skuId"] == BASIC_SKU)
        sku["subscriptionIds"].append(second["id"])
    request_cancel(graph, BASIC_ID)
    proof = poll(graph, clock, timeout=600)
    assert proof.left_enabled
    assert proof.last.subscription_status == "Warning"
    assert proof.last.sku_capability_status == "Enabled" and proof.last.sku_shared
