"""What to back up: every OneDrive and library, what is left out, and the room needed."""

from __future__ import annotations

import re
import shutil

import pytest

from app.backup.errors import NotEnoughSpaceError
from app.backup.plan import (
    DISCOVERY_CALLS,
    ONEDRIVE,
    SHAREPOINT,
    check_space,
    discover,
    require_space,
)
from app.demo.graph_server import DemoGraphServer
from app.demo.session import DemoTokens
from app.graph.client import GraphClient
from tests.backup_support import TEAM_SITE, app_graph, library


def test_app_only_sees_every_onedrive_and_every_library() -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        plan = discover(graph)
        tenant = server.tenant
        with_drive = {u["userPrincipalName"] for u in tenant.users.values()
                      if tenant.user_drive(u["id"])}
        without = {u["userPrincipalName"] for u in tenant.users.values()} - with_drive
        assert {d.owner for d in plan.drives if d.kind == ONEDRIVE} == with_drive
        assert {g.owner for g in plan.left_out} == without
        assert all(g.reason == "has no OneDrive" for g in plan.left_out)
        libraries = [d for d in tenant.drives.values() if d.drive_type == "documentLibrary"]
        assert len([d for d in plan.drives if d.kind == SHAREPOINT]) == len(libraries)
        assert plan.total_bytes == sum(d.used_bytes() for d in tenant.drives.values())
        assert any(r.path.endswith("/sites/getAllSites") and r.status == 200
                   for r in server.requests)


def test_delegated_sign_in_lists_what_it_cannot_open_and_falls_back_to_site_search() -> None:
    with DemoGraphServer() as server:
        graph = GraphClient(DemoTokens(server), base_url=server.graph_url)
        plan = discover(graph)
        admin_upn = server.tenant.users[server.tenant.admin_id]["userPrincipalName"]
        assert [d.owner for d in plan.drives if d.kind == ONEDRIVE] == [admin_upn]
        cannot = [g for g in plan.left_out if "cannot be opened" in g.reason]
        assert len(cannot) == sum(1 for u in server.tenant.users.values()
                                  if server.tenant.user_drive(u["id"])) - 1
        assert any(d.kind == SHAREPOINT for d in plan.drives)
        assert any(r.path.endswith("/sites") and r.status == 200 for r in server.requests)


def test_deselecting_users_and_sites() -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        plan = discover(graph)
        plan.keep_only(sites=[TEAM_SITE + "/"])
        assert {d.owner for d in plan.chosen} == {TEAM_SITE}
        plan = discover(graph, only="onedrive")
        first = plan.drives[0].owner
        plan.deselect(first.upper())
        assert first not in {d.owner for d in plan.chosen}
        assert plan.total_bytes == sum(d.used_bytes for d in plan.chosen)


def test_refuses_to_start_without_room_and_says_the_numbers(tmp_path) -> None:
    with DemoGraphServer() as server:
        free = shutil.disk_usage(tmp_path).free
        drive = library(server)
        server.tenant.add_item(drive.id, drive.root.id, "huge.bin", size=free * 2)
        graph, _ = app_graph(server)
        plan = discover(graph, only="sharepoint")
        check = check_space(plan, str(tmp_path / "new" / "dest"))
        assert not check.enough and check.needed > free
        with pytest.raises(NotEnoughSpaceError) as caught:
            require_space(plan, str(tmp_path))
        message = str(caught.value)
        assert "free" in message and re.search(r"needs about [\d.]+ [GT]B", message), message
        assert caught.value.needed > caught.value.free
        plan.keep_only(sites=["https://lillebager.sharepoint.com/sites/Butik"])
        assert require_space(plan, str(tmp_path)).enough


def test_drives_are_asked_for_several_at_a_time_and_the_plan_keeps_its_order() -> None:
    """Discovery asks for users' drives and sites' libraries DISCOVERY_CALLS at a time:
    with every answer held back, the first four questions all arrive before the first
    answer could have left. The plan is the same as when answers come quickly."""
    held = 0.8
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        quick = discover(graph)
        start = len(server.requests)
        server.faults.add("slow", "/drive", times=-1, delay=held)
        slow = discover(graph)
        records = list(server.requests)[start:]
    for ending in ("/drive", "/drives"):  # users' drives, then sites' libraries
        asked = sorted(r.at for r in records if r.path.endswith(ending))
        assert len(asked) >= 2, ending
        assert asked[max(2, min(DISCOVERY_CALLS, len(asked))) - 1] - asked[0] < held, ending
    assert [(d.drive_id, d.owner) for d in slow.drives] == \
        [(d.drive_id, d.owner) for d in quick.drives]
    assert [(g.owner, g.reason) for g in slow.left_out] == \
        [(g.owner, g.reason) for g in quick.left_out]


def test_an_error_that_stops_discovery_still_comes_out_of_it() -> None:
    """A Graph error that is not one user's own (here 503s on one user's drive that outlast
    the retries) is raised to the caller as before, not lost in a thread."""
    from app.errors import GraphError

    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        user = next(iter(server.tenant.users.values()))
        server.faults.add("unavailable", f"/users/{user['id']}/drive", times=-1, retry_after=0)
        with pytest.raises(GraphError):
            discover(graph, only="onedrive")
