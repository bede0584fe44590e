"""Backup access: the app registration made through Graph, its secret in the keyring, app-only
tokens through real MSAL against the local authority, the propagation wait, removal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.auth.app_only import AppAccessRefusedError, ClientCredentials
from app.auth.secrets import SecretStore
from app.backup import command
from app.backup.access import (
    AccessNotReadyError,
    Authority,
    SavedAccess,
    app_graph,
    load_access,
    remove_on_sign_out,
    remove_saved_app,
    save_access,
    wait_until_ready,
)
from app.backup.app_registration import BACKUP_PERMISSIONS, create_backup_app
from app.backup.plan import discover
from app.demo.app_routes import GRAPH_APP_ROLES
from app.demo.graph_server import DemoGraphServer
from app.demo.session import DemoTokens
from app.errors import PermissionMissingError
from app.graph.client import GraphClient
from tests.auth.keyrings import MemoryKeyring
from tests.auth.local_authority import LocalAuthority

FILES, SITES = "01d4889c-1287-42c6-ac1f-5d1e02578ef6", "332a536c-c7ef-4017-ab91-336970924f0d"


@pytest.fixture
def store(tmp_path: Path) -> SecretStore:
    return SecretStore(tmp_path / "data", backend=MemoryKeyring())


@pytest.fixture
def authority(demo_server: DemoGraphServer) -> Iterator[LocalAuthority]:
    """A local TLS authority whose app-only tokens the demo server accepts, for the demo's
    app registrations."""

    def mint(user: str | None, scopes: set[str]) -> str:
        return demo_server.issue_token(user_id=user, scopes=set(scopes))

    with LocalAuthority(mint=mint, check_client=demo_server.apps.client_token) as local:
        yield local


def made(graph: GraphClient, server: DemoGraphServer) -> SavedAccess:
    app = create_backup_app(graph, server.tenant.organization["id"])
    return SavedAccess.from_created(app)


def test_set_up_makes_the_app_registration_with_consent_and_a_7_day_secret(
        demo_server: DemoGraphServer, graph: GraphClient, store: SecretStore, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    steps: list[str] = []
    app = create_backup_app(graph, demo_server.tenant.organization["id"], on_step=steps.append)
    registry = demo_server.apps
    application = registry.applications[app.object_id].body
    assert application["appId"] == app.client_id
    wanted = {r["id"] for r in application["requiredResourceAccess"][0]["resourceAccess"]}
    assert {FILES, SITES} <= wanted
    assert GRAPH_APP_ROLES["Files.Read.All"] == FILES and GRAPH_APP_ROLES["Sites.Read.All"] == SITES
    sp = next(s for s in registry.service_principals.values() if s["appId"] == app.client_id)
    granted = {a["appRoleId"] for a in registry.assignments.values() if a["principalId"] == sp["id"]}
    assert granted == {GRAPH_APP_ROLES[p] for p in BACKUP_PERMISSIONS}
    days = (datetime.fromisoformat(app.expires.replace("Z", "+00:00")) - datetime.now(UTC)).days
    assert days in (6, 7)
    assert any("consent" in s for s in steps)
    # The secret text is handed out once: the application shows only a hint from now on.
    again = graph.get(f"/applications/{app.object_id}")
    assert again["passwordCredentials"][0]["secretText"] is None

    save_access(store, SavedAccess.from_created(app))
    assert load_access(store) == SavedAccess.from_created(app)
    assert app.secret not in repr(app) and app.secret not in repr(load_access(store))
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert app.secret.encode() not in path.read_bytes(), path
    assert app.secret not in caplog.text


def test_a_failed_step_leaves_no_half_made_app_registration(
        demo_server: DemoGraphServer) -> None:
    tokens = DemoTokens(demo_server, scopes={"Application.ReadWrite.All"})  # no role grants
    graph = GraphClient(tokens, base_url=demo_server.graph_url)
    with pytest.raises(PermissionMissingError):
        create_backup_app(graph, "tenant")
    assert demo_server.apps.applications == {}
    deletes = [r for r in demo_server.requests if r.method == "DELETE"]
    assert deletes and deletes[-1].path.startswith("/v1.0/applications/")


def test_app_only_tokens_through_msal_see_every_onedrive(
        demo_server: DemoGraphServer, graph: GraphClient, authority: LocalAuthority,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    access = made(graph, demo_server)
    where = Authority(host=authority.host, http_client=authority.session(),
                      instance_discovery=False)
    app = app_graph(access, where, demo_server.graph_url)
    assert isinstance(app.tokens, ClientCredentials)
    plan = discover(app)
    users_with_onedrive = sum(1 for u in demo_server.tenant.users.values() if u.get("onedrive"))
    assert sum(1 for d in plan.drives if d.kind == "onedrive") == users_with_onedrive
    assert not [x for x in plan.left_out if "cannot be opened" in x.reason]
    identity = demo_server.identity_for("Bearer " + app.tokens.access_token())
    assert identity is not None and identity.user_id is None
    assert identity.scopes == frozenset(BACKUP_PERMISSIONS)
    # MSAL serves the cached token; force_refresh asks the authority again (a 401 mid-run).
    first = authority.log.grants.count("client_credentials")
    app.tokens.access_token()
    assert authority.log.grants.count("client_credentials") == first
    fresh = app.tokens.access_token(force_refresh=True)
    assert authority.log.grants.count("client_credentials") == first + 1
    demo_server.expire_tokens()
    assert app.get("/users", params={"$top": "1"})["value"]   # refreshed after the 401
    assert fresh != app.tokens.access_token()
    assert access.secret not in caplog.text and access.secret not in repr(app.tokens)


def test_a_wrong_secret_is_refused_with_a_sentence(
        demo_server: DemoGraphServer, graph: GraphClient, authority: LocalAuthority) -> None:
    access = made(graph, demo_server)
    wrong = SavedAccess(access.tenant, access.client_id, "not-the-secret")
    where = Authority(host=authority.host, http_client=authority.session(),
                      instance_discovery=False)
    with pytest.raises(AppAccessRefusedError) as caught:
        where.tokens(wrong).access_token()
    assert caught.value.code == "AADSTS7000215" and "client ID or secret" in str(caught.value)
    assert "not-the-secret" not in str(caught.value)


def test_waits_while_a_new_app_registration_propagates(
        demo_server: DemoGraphServer, graph: GraphClient, authority: LocalAuthority) -> None:
    demo_server.apps.propagation_delay = 1.5
    access = made(graph, demo_server)
    where = Authority(host=authority.host, http_client=authority.session(),
                      instance_discovery=False)
    waits: list[int] = []
    wait_until_ready(app_graph(access, where, demo_server.graph_url), threading.Event(),
                     on_wait=waits.append, sleep_step=0.3)
    assert waits   # it said it was waiting, then it worked
    demo_server.apps.propagation_delay = 60
    other = made(graph, demo_server)
    with pytest.raises(AccessNotReadyError, match="Wait a few minutes"):
        wait_until_ready(app_graph(other, where, demo_server.graph_url), threading.Event(),
                         timeout=0.5, sleep_step=0.2)


def test_demo_set_up_gets_tokens_from_the_demo_server(
        demo_server: DemoGraphServer, graph: GraphClient) -> None:
    access = made(graph, demo_server)
    app = app_graph(access, Authority(demo_graph_url=demo_server.graph_url), demo_server.graph_url)
    wait_until_ready(app, threading.Event())
    assert next(app.get_all("/sites/getAllSites"))   # only app-only tokens may list every site


def test_removal_at_the_end_and_on_sign_out(
        demo_server: DemoGraphServer, graph: GraphClient, store: SecretStore) -> None:
    access = made(graph, demo_server)
    save_access(store, access)
    assert remove_saved_app(graph, store) is True
    assert demo_server.apps.applications == {} and load_access(store) is None
    with pytest.raises(AppAccessRefusedError):
        Authority(demo_graph_url=demo_server.graph_url).tokens(access).access_token()

    second = made(graph, demo_server)
    save_access(store, second)
    note = remove_on_sign_out(None, store, ensure_permission=lambda: None)
    assert second.client_id in note and "Entra admin center" in note
    asked: list[bool] = []
    assert remove_on_sign_out(graph, store, ensure_permission=lambda: asked.append(True)) == ""
    assert asked and demo_server.apps.applications == {} and load_access(store) is None

    existing = SavedAccess("contoso.onmicrosoft.com", "11111111-2222-3333-4444-555555555555", "s")
    save_access(store, existing)
    assert remove_on_sign_out(graph, store, ensure_permission=lambda: None) == ""
    assert load_access(store) == existing   # not Cancel365's to delete; sign-out forgets it


def test_cancel365_backup_uses_the_saved_access(store: SecretStore) -> None:
    assert command.app_only_from_keyring(store) is None
    save_access(store, SavedAccess("contoso.onmicrosoft.com",
                                   "11111111-2222-3333-4444-555555555555", "s3cr3t-value"))
    tokens = command.app_only_from_keyring(store)
    assert isinstance(tokens, ClientCredentials)
    assert tokens.config.authority == "https://login.microsoftonline.com/contoso.onmicrosoft.com"
    assert "s3cr3t-value" not in repr(tokens)


def test_the_next_start_uses_the_kept_access(demo_server: DemoGraphServer, graph: GraphClient,
                                            store: SecretStore) -> None:
    from app.backup.access_flow import saved_access, use_existing

    where = Authority(demo_graph_url=demo_server.graph_url)
    said: list[str] = []
    assert saved_access(store, where, demo_server.graph_url, threading.Event(), said.append) is None
    access = made(graph, demo_server)
    save_access(store, access)
    found = saved_access(store, where, demo_server.graph_url, threading.Event(), said.append)
    assert found is not None and found[1] is True
    assert next(found[0].get_all("/sites/getAllSites"))
    # "Use an existing app registration" with the secret left blank: the kept one for that ID.
    client = use_existing("lillebager.onmicrosoft.com", access.client_id, "", store, where,
                          demo_server.graph_url, threading.Event(), said.append)
    assert client.get("/users", params={"$top": "1"})["value"]
    assert load_access(store) == SavedAccess("lillebager.onmicrosoft.com", access.client_id,
                                             access.secret, access.object_id, access.expires)
    assert access.secret not in " ".join(said)
