"""SharePoint's resource-unit budget in the demo tenant, and Cancel365 pacing itself under it.

"Avoid getting throttled or blocked in SharePoint Online": costs per call, RateLimit-* from
80% of the app's window used, 429 with Retry-After once spent, and ever longer waits (then
503) for an app that keeps sending while throttled. No test here depends on timing: the
budget's clock is a fake one where time matters, and the backup test counts refusals.
"""

from __future__ import annotations

import requests

from app.demo.budget import DemoBudget, cost_of
from app.demo.graph_server import DemoGraphServer
from app.graph.limits import APP_RU_PER_DAY, APP_RU_PER_MINUTE, SAFE_APP_RU_PER_MINUTE, by_licences
from app.graph.pacer import Pacer
from tests.backup_support import app_graph, library, run_backup, states, team_plan


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)


def test_microsofts_numbers_by_licence_count() -> None:
    assert by_licences(APP_RU_PER_MINUTE, 25) == 1_250
    assert by_licences(APP_RU_PER_MINUTE, 1_001) == 2_500
    assert by_licences(APP_RU_PER_MINUTE, 80_000) == 6_250
    assert by_licences(SAFE_APP_RU_PER_MINUTE, 1_000) == 1_200
    assert by_licences(APP_RU_PER_DAY, 4_999) == 2_400_000


def test_what_each_call_costs() -> None:
    drive = "/v1.0/drives/b!X"
    assert cost_of("GET", "/_download/b!X/01ITEM", {"tempauth": "1.a"}) == 1
    assert cost_of("GET", f"{drive}/items/01ITEM", {}) == 1
    assert cost_of("GET", f"{drive}/items/01ITEM/content", {}) == 1
    assert cost_of("GET", f"{drive}/root/delta", {}) == 2
    assert cost_of("GET", f"{drive}/root/delta", {"token": "abc"}) == 1
    assert cost_of("GET", f"{drive}/root/children", {}) == 2
    assert cost_of("GET", "/v1.0/sites", {"search": "*"}) == 2
    assert cost_of("GET", f"{drive}/items/01ITEM/permissions", {}) == 5
    assert cost_of("GET", f"{drive}/items/01ITEM", {"$expand": "permissions"}) == 5
    assert cost_of("DELETE", f"{drive}/items/01ITEM", {}) == 2
    assert cost_of("GET", "/v1.0/users", {}) == 0           # the directory: not SharePoint's
    assert cost_of("GET", "/v1.0/subscribedSkus", {}) == 0


def test_headers_from_80_percent_and_a_429_once_spent() -> None:
    clock = FakeClock()
    budget = DemoBudget(limit=10, window=60, clock=clock)
    item = ("GET", "/v1.0/drives/b!X/items/1", {})
    answers = [budget.charge("app", *item) for _ in range(7)]
    assert all(a.status == 0 and not a.headers for a in answers)
    clock.now += 15
    eighth = budget.charge("app", *item)
    assert eighth.status == 0
    assert eighth.headers == {"RateLimit-Limit": "10", "RateLimit-Remaining": "2",
                              "RateLimit-Reset": "45"}
    budget.charge("app", *item)
    budget.charge("app", *item)
    refused = budget.charge("app", *item)
    assert refused.status == 429
    assert refused.headers["Retry-After"] == "45"
    assert refused.headers["RateLimit-Remaining"] == "0"
    # Another app has its own bucket.
    assert budget.charge("other", *item).status == 0
    # Past the window the bucket is full again (the one refused request was carried over).
    clock.now += 45
    again = budget.charge("app", *item)
    assert again.status == 0 and not again.headers
    assert budget.usage["app"].throttled == 1


def test_an_app_that_keeps_sending_is_made_to_wait_longer_and_then_blocked() -> None:
    clock = FakeClock()
    budget = DemoBudget(limit=4, window=60, block_after=5, clock=clock)
    download = ("GET", "/_download/b!X/1", {})
    for _ in range(4):
        assert budget.charge("app", *download).status == 0
    first = budget.charge("app", *download)
    assert first.status == 429 and int(first.headers["Retry-After"]) == 60
    # Already on its way when the 429 went out: the same wait, no penalty.
    assert budget.charge("app", *download).headers["Retry-After"] == "60"
    waits = []
    for _ in range(5):
        clock.now += 2  # sent again although told to wait
        answer = budget.charge("app", *download)
        assert answer.status == 429
        waits.append(int(answer.headers["Retry-After"]))
    assert waits == sorted(waits) and waits[0] > 60 and waits[-1] > 4 * 60
    clock.now += 2
    assert budget.charge("app", *download).status == 503   # blocked
    assert budget.usage["app"].early == 6 and budget.usage["app"].blocked == 1


def _get(server: DemoGraphServer, token: str, path: str, **params: str) -> requests.Response:
    return requests.get(server.root_url + path, params=params,
                        headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_the_server_charges_each_app_and_answers_like_sharepoint() -> None:
    with DemoGraphServer() as server:
        clock = FakeClock()
        server.budget = DemoBudget(limit=12, window=60, clock=clock)
        drive = library(server)
        mine = server.issue_token(user_id=None, app_id="mine")
        theirs = server.issue_token(user_id=None, app_id="theirs")
        assert _get(server, mine, "/v1.0/organization").status_code == 200  # not charged
        delta = _get(server, mine, f"/v1.0/drives/{drive.id}/root/delta")   # 2
        assert delta.status_code == 200 and "RateLimit-Limit" not in delta.headers
        url = next(i["@microsoft.graph.downloadUrl"] for i in delta.json()["value"]
                   if "@microsoft.graph.downloadUrl" in i)
        for _ in range(7):                                                   # 7 x 1
            assert requests.get(url, timeout=10).status_code == 200
        warned = _get(server, mine, f"/v1.0/drives/{drive.id}/root")        # 10 of 12
        assert warned.headers["RateLimit-Remaining"] == "2"
        assert warned.headers["RateLimit-Reset"] == "60"
        children = _get(server, mine, f"/v1.0/drives/{drive.id}/root/children")  # 12
        assert children.status_code == 200 and children.headers["RateLimit-Remaining"] == "0"
        refused = requests.get(url, timeout=10)  # the download URL spends its app's budget
        assert refused.status_code == 429 and refused.headers["Retry-After"] == "60"
        assert refused.json()["error"]["code"] == "TooManyRequests"
        assert _get(server, theirs, f"/v1.0/drives/{drive.id}/root").status_code == 200
        # rclone's tenant_url: SharePoint's v2.0 endpoint is served as v1.0.
        assert _get(server, theirs, f"/v2.0/drives/{drive.id}/root").json()["id"]
        assert server.budget.usage["mine"].spent == 13
        assert server.budget.usage["theirs"].spent == 2


def test_a_backup_under_a_small_budget_slows_down_before_the_429(tmp_path) -> None:
    """The pacer reads RateLimit-* and spreads what is left: the backup gets the headers
    again and again, and (nearly) no 429."""
    with DemoGraphServer() as server:
        drive = library(server)
        for i in range(80):
            server.tenant.add_item(drive.id, drive.root.id, f"small {i}.txt", size=500 + i)
        graph, _ = app_graph(server)
        plan = team_plan(graph)
        server.budget = DemoBudget(limit=40, window=1.5)
        summary = run_backup(graph, plan, str(tmp_path), workers=6)
        assert summary.complete
        assert set(states(str(tmp_path)).values()) <= {"verified", "office-rewrite", "skipped"}
        usage = server.budget.usage["cancel365-demo"]
        assert usage.spent > 2 * server.budget.limit  # it took several windows
        assert usage.warned >= 3                     # the headers came, window after window
        refused = [r for r in server.requests if r.status in (429, 503)]
        assert len(refused) <= 2 and usage.early == 0  # it slowed down before the 429
        assert usage.blocked == 0


def test_the_pacer_spreads_what_is_left_for_every_caller() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    assert pacer.try_acquire() == 0.0
    assert pacer.warned({"RateLimit-Limit": "1200", "RateLimit-Remaining": "108",
                         "RateLimit-Reset": "10"})
    spacing = 0.9 * 10 / (108 - pacer.reserve)      # 90% of 10 s over what is not kept back
    assert abs(pacer.spacing - spacing) < 1e-9
    waits = [pacer.wait() for _ in range(5)]        # every caller, one slot each
    assert abs(clock.now - 1000.0 - 5 * spacing) < 1e-6 and waits[-1] > 0
    # An answer read late (a long download) says more is left than the slots since allow.
    pacer.warned({"RateLimit-Remaining": "108", "RateLimit-Reset": "10"})
    assert pacer.spacing > spacing
    # Only the reserve left: nobody before the reset; after it, full speed again.
    start = clock.now
    pacer.warned({"RateLimit-Remaining": str(pacer.reserve), "RateLimit-Reset": "4"})
    assert abs(pacer.try_acquire() - 4.0) < 1e-6
    clock.now = start + 4
    assert pacer.try_acquire() == 0.0 and pacer.spacing == 0.0


def test_a_429_is_held_for_the_greater_of_retry_after_and_ratelimit_reset() -> None:
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    pacer.throttled(2.0, {"Retry-After": "2", "RateLimit-Reset": "7"})
    assert abs(pacer.try_acquire() - 7.0) < 1e-6
    clock.now += 7
    assert pacer.try_acquire() == 0.0
