"""The demo tenant's Graph server speaks Graph's wire formats, and its faults work."""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from app.backup.quickxor import quickxor_b64
from app.graph.client import GraphClient

BUSINESS_STANDARD = "f245ecc8-75af-4f8e-b61f-27d8114de5f3"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_without_a_token_graph_says_401_in_graphs_error_format(demo_server):
    response = requests.get(f"{demo_server.graph_url}/subscribedSkus", timeout=5)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "InvalidAuthenticationToken"
    assert error["innerError"]["request-id"] == response.headers["request-id"]


def test_standalone_demo_server_prints_url_and_token_and_checks_it():
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    process = subprocess.Popen([sys.executable, "-m", "app", "demo-server"],
                               stdout=subprocess.PIPE, text=True, env=env)
    try:
        line = json.loads(process.stdout.readline())
        url = f"{line['graph_url']}/subscribedSkus"
        with_token = requests.get(url, headers=bearer(line["token"]), timeout=5)
        without = requests.get(url, timeout=5)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert with_token.status_code == 200
    assert {s["skuPartNumber"] for s in with_token.json()["value"]} >= {"O365_BUSINESS_PREMIUM"}
    assert without.status_code == 401
    assert process.returncode == 0


def test_count_needs_the_consistency_level_header(graph, demo_server):
    url = f"{demo_server.graph_url}/users"
    params = {"$count": "true",
              "$filter": f"assignedLicenses/any(s:s/skuId eq {BUSINESS_STANDARD})"}
    token = graph.tokens.access_token()
    refused = requests.get(url, params=params, headers=bearer(token), timeout=5)
    assert refused.status_code == 400
    answered = requests.get(url, params=params, timeout=5,
                            headers={**bearer(token), "ConsistencyLevel": "eventual"})
    assert answered.json()["@odata.count"] == 31


def test_assign_license_really_changes_the_counts(tenant):
    def assigned() -> int:
        return next(s.consumed_units for s in tenant.skus() if s.sku_id == BUSINESS_STANDARD)

    before = assigned()
    user = tenant.licensed_users(BUSINESS_STANDARD)[0]
    tenant.remove_licence(user.id, BUSINESS_STANDARD)
    assert assigned() == before - 1
    assert BUSINESS_STANDARD not in {u.id for u in tenant.licensed_users(BUSINESS_STANDARD)}


def admin_drive(graph: GraphClient, demo_server) -> dict:
    return graph.get(f"/users/{demo_server.tenant.admin_id}/drive")


def test_delta_pages_end_with_a_delta_link_and_carry_no_paths(graph, demo_server):
    drive = admin_drive(graph, demo_server)
    pages = list(graph.pages(f"/drives/{drive['id']}/root/delta", params={"$top": "20"}))
    assert len(pages) > 1
    assert all("@odata.nextLink" in p for p in pages[:-1])
    assert "@odata.deltaLink" in pages[-1]
    items = [i for p in pages for i in p["value"]]
    # "driveItem: delta": an item may come more than once (the demo repeats the ones changed
    # while listed) and may come back deleted.
    demo_drive = demo_server.tenant.drives[drive["id"]]
    repeats = sum(1 for i in demo_drive.items.values() if i.stale or i.deleted_in_listing)
    assert repeats and len(items) == len(demo_drive.items) + repeats
    assert {i["id"] for i in items} == set(demo_drive.items)
    assert any("deleted" in i for i in items)
    assert all("path" not in i["parentReference"] for i in items)
    notebook = next(i for i in items if i["name"] == "Notesbog")
    assert notebook["package"]["type"] == "oneNote" and "file" not in notebook
    files = [i for i in items if "file" in i and "deleted" not in i]
    assert all(i["file"]["hashes"]["quickXorHash"] for i in files)


def test_content_redirects_to_a_url_that_serves_ranges_without_authorization(graph, demo_server):
    drive = admin_drive(graph, demo_server)
    item = next(i for i in graph.get_all(f"/drives/{drive['id']}/root/delta")
                if i["name"] == "Budget 2026.xlsx")
    redirect = graph.request("GET", f"/drives/{drive['id']}/items/{item['id']}/content",
                             allow_redirects=False)
    assert redirect.status_code == 302
    url = redirect.headers["Location"]
    assert url == item["@microsoft.graph.downloadUrl"].split("?")[0] + "?" + url.split("?")[1]
    whole = requests.get(url, timeout=5)
    assert whole.status_code == 200 and len(whole.content) == item["size"]
    assert quickxor_b64(whole.content) == item["file"]["hashes"]["quickXorHash"]
    part = requests.get(url, headers={"Range": "bytes=1000-"}, timeout=5)
    assert part.status_code == 206 and part.content == whole.content[1000:]
    assert part.headers["Content-Range"] == f"bytes 1000-{item['size'] - 1}/{item['size']}"
    # SharePoint ignores an Authorization header on a pre-authenticated URL; the demo counts it.
    with_auth = requests.get(url, headers=bearer(graph.tokens.access_token()), timeout=5)
    assert with_auth.status_code == 200 and demo_server.download_authorizations == 1
    beyond = requests.get(url, headers={"Range": f"bytes={item['size']}-"}, timeout=5)
    assert beyond.status_code == 416 and beyond.headers["Content-Range"] == f"bytes */{item['size']}"


def test_download_urls_expire(graph, demo_server):
    demo_server.download_url_lifetime = -1
    drive = admin_drive(graph, demo_server)
    item = next(i for i in graph.get_all(f"/drives/{drive['id']}/root/delta") if "file" in i)
    assert requests.get(item["@microsoft.graph.downloadUrl"], timeout=5).status_code == 401


def test_delegated_admin_cannot_open_other_users_onedrives(graph, demo_server):
    other = next(u for u in demo_server.tenant.users.values()
                 if u["id"] != demo_server.tenant.admin_id and u.get("onedrive"))
    response = graph.session.get(f"{demo_server.graph_url}/users/{other['id']}/drive",
                                 headers=bearer(graph.tokens.access_token()), timeout=5)
    assert response.status_code == 403
    app_token = demo_server.issue_token(user_id=None)
    app_view = requests.get(f"{demo_server.graph_url}/users/{other['id']}/drive",
                            headers=bearer(app_token), timeout=5)
    assert app_view.status_code == 200


def test_users_without_onedrive_get_404(graph, demo_server):
    user = next(u for u in demo_server.tenant.users.values() if u.get("onedrive") is None)
    token = demo_server.issue_token(user_id=None)
    response = requests.get(f"{demo_server.graph_url}/users/{user['id']}/drive",
                            headers=bearer(token), timeout=5)
    assert response.status_code == 404


@pytest.mark.parametrize("kind", ["cut", "corrupt"])
def test_download_faults_break_the_body(graph, demo_server, kind):
    drive = admin_drive(graph, demo_server)
    item = next(i for i in graph.get_all(f"/drives/{drive['id']}/root/delta")
                if i["name"] == "Moms Q3.pdf")
    demo_server.faults.add(kind, "/_download/", times=1)
    url = item["@microsoft.graph.downloadUrl"]
    if kind == "cut":
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            requests.get(url, timeout=5)
    else:
        body = requests.get(url, timeout=5).content
        assert len(body) == item["size"]
        assert quickxor_b64(body) != item["file"]["hashes"]["quickXorHash"]
    assert quickxor_b64(requests.get(url, timeout=5).content) == \
        item["file"]["hashes"]["quickXorHash"]


def test_deleting_a_domain_needs_its_users_moved_first(tenant, graph, demo_server):
    from app.errors import GraphError

    with pytest.raises(GraphError) as caught:
        graph.delete("/domains/lillebager.dk")
    assert caught.value.status == 400
    demo_server.tenant.rename_users_to_initial_domain("lillebager.dk")
    graph.delete("/domains/lillebager.dk")
    assert [d.id for d in tenant.domains()] == ["lillebager.onmicrosoft.com"]


def test_a_client_that_hangs_up_leaves_no_traceback() -> None:
    """`cancel365 demo-server` stays quiet when a client goes away mid-answer."""
    root = Path(__file__).resolve().parent.parent
    server = subprocess.Popen([sys.executable, "-m", "app", "demo-server"], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        host, port = info["graph_url"].split("//")[1].split("/")[0].split(":")
        for _ in range(5):
            with socket.create_connection((host, int(port))) as s:
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                s.sendall(b"GET /v1.0/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                          + info["token"].encode() + b"\r\n\r\n")
            # SO_LINGER 0: the close is a reset, as when a program is killed mid-request
        # A full answer after them: the server has been through the hang-ups by then.
        answered = requests.get(info["graph_url"] + "/organization", headers=bearer(info["token"]),
                                timeout=10)
        assert answered.status_code == 200
        time.sleep(0.3)
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert "Traceback" not in err and "ConnectionResetError" not in err, err
