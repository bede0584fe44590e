"""Listing with delta: paths rebuilt from parentReference.id, no call per file."""

from __future__ import annotations

from app.backup.listing import list_drive
from app.demo.graph_server import DemoGraphServer
from tests.backup_support import app_graph


def test_paths_match_the_servers_paths_across_delta_pages() -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        drive = max(server.tenant.drives.values(), key=lambda d: len(d.items))
        before = len(server.requests)
        items = list_drive(graph, drive.id, page_size=7)
        calls = list(server.requests)[before:]
        # Delta repeats items changed while listed, and names the deleted ones once more.
        entries = len(drive.items) + sum(1 for i in drive.items.values()
                                         if i.stale or i.deleted_in_listing)
        assert len(calls) == -(-entries // 7)  # one request per page, nothing else
        assert all("/root/delta" in c.path for c in calls)
        gone = {i.id for i in drive.items.values() if i.deleted_in_listing}
        assert {i.item_id for i in items} == set(drive.items) - {drive.root.id} - gone
        for item in items[:25]:
            full = graph.get(f"/drives/{drive.id}/items/{item.item_id}")
            parent_path = full["parentReference"]["path"].split("root:", 1)[1]
            assert item.server_path == f"{parent_path}/{full['name']}"


def test_children_may_come_before_their_folder() -> None:
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        drive = next(iter(server.tenant.drives.values()))
        folder = server.tenant.add_item(drive.id, drive.root.id, "Later", is_folder=True)
        child = server.tenant.add_item(drive.id, folder.id, "deep.txt", size=3)
        with server.tenant.lock:  # the folder last, after its child, as delta may send it
            drive.items[folder.id] = drive.items.pop(folder.id)
        items = {i.item_id: i for i in list_drive(graph, drive.id, page_size=2)}
        assert items[child.id].server_path == "/Later/deep.txt"


def test_notebooks_hold_their_sections_and_say_what_graph_does_not_hand_out() -> None:
    """"package resource type": a notebook is a container; its sections stay inside it."""
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        notebook = next(i for d in server.tenant.drives.values() for i in d.items.values()
                        if i.package and i.name == "Notesbog")
        listed = {i.item_id: i for i in list_drive(graph, notebook.drive_id)}
        nb = listed[notebook.id]
        assert nb.kind == "notebook" and nb.server_path == "/Notesbog"
        inside = [i for i in listed.values() if i.server_path.startswith("/Notesbog/")]
        assert {i.server_path for i in inside} >= {"/Notesbog/Opskrifter.one",
                                                  "/Notesbog/Leverandører/Møllen.one"}
        toc = next(i for i in inside if i.name.endswith(".onetoc2"))
        assert toc.download_url is None and "OneNote" in toc.reason
        assert all(i.download_url for i in inside if i.name.endswith(".one"))
