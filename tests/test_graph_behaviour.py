"""What real Microsoft Graph sends, as the demo tenant now sends it, and the backup staying right.

Each test names the Microsoft page the behaviour comes from (see docs/graph-behaviour.md).
"""

from __future__ import annotations

import os

import requests

from app.backup.engine import BackupEngine
from app.backup.manifest import ItemState, Manifest
from app.backup.plan import ONEDRIVE, discover, used_bytes
from app.demo.graph_server import DemoGraphServer
from app.domains.removal import DomainReference
from app.graph.client import GraphClient
from app.graph.pacer import Pacer
from tests.backup_support import app_graph, downloads, team_plan

ADMIN = "mette.kragh@lillebager.dk"


def _admin_backup(server: DemoGraphServer, dest: str):
    graph, _ = app_graph(server)
    plan = discover(graph, only=ONEDRIVE)
    plan.keep_only(users=[ADMIN])
    return BackupEngine(graph, plan, dest, workers=4).run()


def _rows(dest: str) -> dict[str, object]:
    manifest = Manifest(dest)
    try:
        return {r.server_path: r for r in manifest.items()}
    finally:
        manifest.close()


def test_the_last_delta_entry_wins_and_deleted_items_are_never_failures(tmp_path) -> None:
    """driveItem: delta: an item may come more than once (use the last); deleted facet."""
    with DemoGraphServer() as server:
        summary = _admin_backup(server, str(tmp_path))
        rows = _rows(str(tmp_path))
        assert summary.files_failed == 0 and summary.complete
        budget = rows["/Regnskab/Budget 2026.xlsx"]
        assert budget.state is ItemState.VERIFIED  # the later entry's name, size and hash
        assert "/Regnskab/Budget 2026 (kladde).xlsx" not in rows
        assert not os.path.exists(tmp_path / "OneDrive" / ADMIN / "Regnskab"
                                  / "Budget 2026 (kladde).xlsx")
        gone = rows["/Gammel prisliste.pdf"]
        assert gone.state is ItemState.DELETED and "Deleted in Microsoft 365" in gone.reason
        manifest = Manifest(str(tmp_path))
        ids = [r.item_id for r in manifest.items()]
        manifest.close()
        assert len(ids) == len(set(ids))  # one row per item
        assert server.download_authorizations == 0  # never a token on a download URL


def test_notebooks_shortcuts_and_malware(tmp_path) -> None:
    """package resource type; remoteItem (shortcuts); the malware facet."""
    with DemoGraphServer() as server:
        _admin_backup(server, str(tmp_path))
        rows = _rows(str(tmp_path))
        assert rows["/Notesbog/Opskrifter.one"].state is ItemState.VERIFIED
        assert rows["/Notesbog/Leverandører/Møllen.one"].state is ItemState.VERIFIED
        assert (tmp_path / "OneDrive").is_dir()
        toc = rows["/Notesbog/Open Notebook.onetoc2"]
        assert toc.state is ItemState.SKIPPED and "OneNote" in toc.reason
        shortcut = rows["/Anders Holm – Billeder"]
        assert shortcut.state is ItemState.SKIPPED and "Anders Holm" in shortcut.reason
        bad = rows["/faktura 4471.pdf.exe"]
        assert bad.state is ItemState.SKIPPED and "malware" in bad.reason
        malware_id = bad.item_id
        assert downloads(server)[malware_id] == 0


def test_an_error_page_instead_of_the_file_is_not_downloadable(tmp_path) -> None:
    """SharePoint refuses an infected file with a page and X-Virus-Infected."""
    with DemoGraphServer() as server:
        drive = server.tenant.user_drive(server.tenant.admin_id)
        assert drive is not None
        item = server.tenant.add_item(drive.id, drive.root.id, "quiet.pdf", size=5000)
        item.malware = "EICAR-Test-File"
        graph, _ = app_graph(server)
        body = graph.get(f"/drives/{drive.id}/items/{item.id}")
        del body["malware"]  # as if the facet were missing: the download itself refuses
        page = requests.get(body["@microsoft.graph.downloadUrl"], timeout=5)
        assert page.status_code == 403 and page.headers["X-Virus-Infected"]


def test_an_item_whose_folder_never_comes_is_placed_at_the_top_and_named(tmp_path) -> None:
    with DemoGraphServer() as server:
        drive = server.tenant.user_drive(server.tenant.admin_id)
        assert drive is not None
        server.tenant.add_item(drive.id, "01NOSUCHFOLDER", "lost.txt", size=12)
        _admin_backup(server, str(tmp_path))
        lost = _rows(str(tmp_path))["/lost.txt"]
        assert lost.state is ItemState.VERIFIED and "placed at the top" in lost.note
        page = (tmp_path / "cancel365-backup-report.html").read_text(encoding="utf-8")
        assert "Placed at the top of their drive" in page and "/lost.txt" in page


def test_a_second_run_fetches_only_the_changes(tmp_path) -> None:
    """driveItem: delta: the deltaLink of a complete listing asks only for the changes."""
    with DemoGraphServer() as server:
        first = _admin_backup(server, str(tmp_path))
        assert first.updated_from is None and first.files_fetched > 40
        did = server.changes.tick()  # one changed, one renamed, one added, one deleted
        assert did == {"changed": 1, "renamed": 1, "added": 1, "deleted": 1}
        before = len(server.requests)
        second = _admin_backup(server, str(tmp_path))
        fetched = [r for r in list(server.requests)[before:] if r.path.startswith("/_download/")]
        assert second.updated_from is not None and second.complete
        assert second.files_fetched == 2 == len(fetched)  # the changed file and the new one
        assert second.deleted == 1
        assert second.files_verified == first.files_verified + 1 - 1
        page = (tmp_path / "cancel365-backup-report.html").read_text(encoding="utf-8")
        assert "updated the backup from" in page and "fetched 2 files" in page


def test_a_stale_delta_link_answers_410_and_the_full_listing_fetches_nothing_verified(tmp_path):
    with DemoGraphServer() as server:
        _admin_backup(server, str(tmp_path))
        manifest = Manifest(str(tmp_path))
        link = manifest.listing(manifest.drives()[0].drive_id)
        manifest.close()
        assert link is not None
        server.tenant.expire_delta_tokens()
        graph, _ = app_graph(server)
        stale = graph.session.get(link.delta_link, headers={
            "Authorization": f"Bearer {graph.tokens.access_token()}"}, timeout=5)
        assert stale.status_code == 410 and stale.json()["error"]["code"] == "resyncRequired"
        before = len(server.requests)
        again = _admin_backup(server, str(tmp_path))
        assert again.resynced == 1 and again.complete
        assert not [r for r in list(server.requests)[before:] if r.path.startswith("/_download/")]


def test_onedrives_are_planned_once_and_sizes_come_from_the_quota() -> None:
    """sites: getAllSites returns personal sites too; quota: total - remaining - deleted."""
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        sites = list(graph.get_all("/sites/getAllSites"))
        assert any(s.get("isPersonalSite") for s in sites)
        plan = discover(graph)
        ids = [d.drive_id for d in plan.drives]
        assert len(ids) == len(set(ids)) == len(server.tenant.drives)
        butik = next(d for d in plan.drives if d.owner.endswith("/Butik"))
        assert butik.size_known and butik.used_bytes > 0
        assert used_bytes({"total": 10}) is None  # never 0: unknown


def test_roles_need_the_advanced_query_and_only_directory_roles_count(tenant, graph) -> None:
    """Advanced query capabilities: a cast on a transitive list needs ConsistencyLevel."""
    plain = graph.session.get(graph.url_for("/me/transitiveMemberOf/microsoft.graph.directoryRole"),
                              headers={"Authorization": f"Bearer {graph.tokens.access_token()}"},
                              timeout=5)
    assert plain.status_code == 400
    me = tenant.signed_in_user()
    assert me.is_global_admin and all(r.role_template_id for r in me.roles)


def test_users_come_with_default_properties_and_records_with_their_type(graph) -> None:
    """Get user: without $select, the default properties only."""
    user = next(graph.get_all("/users"))
    assert "assignedLicenses" not in user and "businessPhones" in user
    chosen = next(graph.get_all("/users", params={"$select": "id,assignedLicenses"}))
    assert "assignedLicenses" in chosen
    records = list(graph.get_all("/domains/lillebager.dk/serviceConfigurationRecords"))
    assert all(r["@odata.type"].startswith("#microsoft.graph.domainDns") for r in records)


def test_domain_references_in_both_shapes() -> None:
    """List domainNameReferences: @odata.type, and the older objectType/odata.type."""
    for shape in ({"@odata.type": "#microsoft.graph.user"},
                  {"odata.type": "Microsoft.DirectoryServices.User"}, {"objectType": "User"}):
        ref = DomainReference.from_graph({**shape, "id": "1", "userPrincipalName": "a@b.dk"})
        assert ref.kind == "user"


def test_the_pacer_slows_down_before_a_429(demo_server) -> None:
    """Throttling pages: RateLimit-* and x-ms-throttle-limit-percentage come before the 429."""
    from app.demo.session import DemoTokens
    pacer = Pacer(max_spacing=0.5)
    graph = GraphClient(DemoTokens(demo_server), base_url=demo_server.graph_url, pacer=pacer)
    demo_server.faults.add("near-limit", "/organization", times=2, retry_after=4)
    graph.get("/organization")
    assert pacer.spacing > 0
    statuses = [r.status for r in demo_server.requests if r.path.endswith("/organization")]
    assert 429 not in statuses


def test_links_name_the_host_the_client_called(graph, demo_server) -> None:
    drive = next(iter(demo_server.tenant.drives.values()))
    answer = graph.session.get(graph.url_for(f"/drives/{drive.id}/root/delta"), params={"$top": "2"},
                               headers={"Authorization": f"Bearer {graph.tokens.access_token()}",
                                        "X-Forwarded-Host": "graph.example.test",
                                        "X-Forwarded-Proto": "https"}, timeout=5).json()
    assert answer["@odata.nextLink"].startswith("https://graph.example.test/v1.0/")
    urls = [i["@microsoft.graph.downloadUrl"] for i in answer["value"]
            if "@microsoft.graph.downloadUrl" in i]
    assert all(u.startswith("https://graph.example.test/_download/") for u in urls)


def test_what_third_party_clients_ask_of_a_drive(graph, demo_server) -> None:
    """List children (paged, $top), path addressing with and without a trailing segment."""
    drive = demo_server.tenant.user_drive(demo_server.tenant.admin_id)
    assert drive is not None
    bilag = list(graph.pages(f"/drives/{drive.id}/root:/Regnskab/Bilag:/children",
                             params={"$top": "15"}))
    assert len(bilag) == 3 and all("@odata.nextLink" in p for p in bilag[:2])
    assert sum(len(p["value"]) for p in bilag) == 40
    folder = graph.get(f"/drives/{drive.id}/root:/regnskab")  # names match without case
    assert folder["name"] == "Regnskab" and folder["eTag"] and folder["cTag"]
    by_id = graph.get(f"/drives/{drive.id}/items/{folder['id']}:/Moms Q3.pdf:")
    assert by_id["size"] == 182_004
    kids = list(graph.get_all(f"/drives/{drive.id}/items/{folder['id']}/children"))
    assert {"Budget 2026.xlsx", "Moms Q3.pdf", "Bilag"} <= {k["name"] for k in kids}
    content = graph.request("GET", f"/drives/{drive.id}/root:/Regnskab/Moms Q3.pdf:/content",
                            allow_redirects=False)
    assert content.status_code == 302 and "/_download/" in content.headers["Location"]
    missing = graph.session.get(graph.url_for(f"/drives/{drive.id}/root:/Regnskab/nope.pdf:"),
                                headers={"Authorization": f"Bearer {graph.tokens.access_token()}"},
                                timeout=5)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "itemNotFound"
    unknown = graph.session.get(graph.url_for(f"/drives/{drive.id}/items/{folder['id']}/bogus"),
                                headers={"Authorization": f"Bearer {graph.tokens.access_token()}"},
                                timeout=5)
    assert unknown.status_code == 400 and "'bogus'" in unknown.json()["error"]["message"]


def test_one_sku_with_several_subscriptions_says_its_count_is_shared(demo_server, tenant) -> None:
    """subscribedSku: consumedUnits counts every subscription of the SKU."""
    first = demo_server.tenant.subscriptions[0]
    second = {**first, "id": "00000000-0000-0000-0000-00000000abcd", "totalLicenses": 5}
    demo_server.tenant.subscriptions.append(second)
    sku = next(s for s in demo_server.tenant.skus if s["skuId"] == first["skuId"])
    sku["subscriptionIds"] = [*sku["subscriptionIds"], second["id"]]
    shared = [o for o in tenant.subscription_overview() if o.subscription.sku_id == first["skuId"]]
    assert len(shared) == 2 and all(o.shared_by == 2 for o in shared)
    assert shared[0].assigned_licenses == shared[1].assigned_licenses


def test_a_folder_renamed_between_runs_is_moved_not_fetched_again(tmp_path) -> None:
    with DemoGraphServer() as server:
        _admin_backup(server, str(tmp_path))
        drive = server.tenant.user_drive(server.tenant.admin_id)
        assert drive is not None
        folder = next(i for i in drive.items.values() if i.name == "Opskrifter")
        with server.tenant.lock:
            folder.name = "Opskrifter 2026"
            server.tenant.bump(folder)
        before = len(server.requests)
        second = _admin_backup(server, str(tmp_path))
        assert second.complete and second.files_fetched == 0
        assert not [r for r in list(server.requests)[before:] if r.path.startswith("/_download/")]
        rows = _rows(str(tmp_path))
        moved = rows["/Opskrifter 2026/Kanelsnegle.docx"]
        assert moved.state is ItemState.VERIFIED
        assert os.path.isfile(os.path.join(str(tmp_path), *moved.local_path.split("/")))
        assert "/Opskrifter/Kanelsnegle.docx" not in rows


def test_downloads_slow_down_on_ratelimit_headers_before_any_429(tmp_path) -> None:
    """Avoid getting throttled or blocked in SharePoint Online: RateLimit-* before the 429."""
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        server.faults.add("near-limit", "/_download/", times=-1, retry_after=2)
        summary = BackupEngine(graph, team_plan(graph), str(tmp_path), workers=4).run()
        assert summary.complete
        assert graph.pacer.spacing > 0  # slowed by the warnings alone
        assert 429 not in {r.status for r in server.requests}


def test_a_later_entry_wins_over_a_file_already_downloaded(tmp_path) -> None:
    """driveItem: delta: the last occurrence wins, even after the first one was fetched."""
    from app.demo import content
    with DemoGraphServer() as server:
        server.max_page = 10  # small pages, and the last ones late: downloads run meanwhile
        drive = server.tenant.user_drive(server.tenant.admin_id)
        assert drive is not None
        renamed = next(i for i in drive.items.values() if i.name == "Moms Q3.pdf")
        renamed.stale = {"name": "Moms Q3 (udkast).pdf", "size": renamed.size,
                         "quickXorHash": content.quickxor(renamed.seed, renamed.size)}
        server.faults.add("slow", "/root/delta", times=-1, delay=0.3)
        summary = _admin_backup(server, str(tmp_path))
        delta_calls = [r.at for r in server.requests if r.path.endswith("/root/delta")]
        fetched_at = [r.at for r in server.requests if r.path.endswith(renamed.id)
                      and r.path.startswith("/_download/")]
        assert fetched_at and fetched_at[0] < delta_calls[-1]  # before its later entry came
        assert summary.complete and summary.files_failed == 0
        rows = _rows(str(tmp_path))
        assert rows["/Regnskab/Moms Q3.pdf"].state is ItemState.VERIFIED
        assert "/Regnskab/Moms Q3 (udkast).pdf" not in rows
        folder = tmp_path / "OneDrive" / ADMIN / "Regnskab"
        assert (folder / "Moms Q3.pdf").is_file() and not (folder / "Moms Q3 (udkast).pdf").exists()
        assert downloads(server)[renamed.id] == 1  # fetched once, under the old name, then moved
        assert rows["/Regnskab/Budget 2026.xlsx"].state is ItemState.VERIFIED


def test_an_unknown_size_makes_the_space_check_unsure(tmp_path) -> None:
    """drive / quota resource type: no used, no total and remaining: the size is unknown."""
    from app.backup.plan import BackupPlan, DriveChoice, check_space
    plan = BackupPlan([DriveChoice("d1", ONEDRIVE, "a@b.dk", "A", "OneDrive", "business", 0,
                                   size_known=False)])
    assert not check_space(plan, str(tmp_path)).sure
    with DemoGraphServer() as server:
        graph, _ = app_graph(server)
        assert check_space(discover(graph), str(tmp_path)).sure
