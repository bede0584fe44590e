"""Shared fixtures: the demo tenant's Graph server on loopback, and offscreen Qt."""

from __future__ import annotations

import os

# Set once, here, before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from app.demo.graph_server import DemoGraphServer  # noqa: E402
from app.demo.session import DemoTokens  # noqa: E402
from app.graph.client import GraphClient  # noqa: E402
from app.graph.tenant import Tenant  # noqa: E402


@pytest.fixture
def demo_server() -> Iterator[DemoGraphServer]:
    """A fresh demo tenant, served on 127.0.0.1 at an ephemeral port."""
    with DemoGraphServer() as server:
        yield server


@pytest.fixture
def demo_tokens(demo_server: DemoGraphServer) -> DemoTokens:
    """Tokens for the demo admin, refreshed on request like MSAL would."""
    return DemoTokens(demo_server)


@pytest.fixture
def graph(demo_server: DemoGraphServer, demo_tokens: DemoTokens) -> GraphClient:
    """A Graph client signed in to the demo tenant as its Global Administrator."""
    return GraphClient(demo_tokens, base_url=demo_server.graph_url)


@pytest.fixture
def tenant(graph: GraphClient) -> Tenant:
    return Tenant(graph)


@pytest.fixture(autouse=True)
def english_plurals(request: pytest.FixtureRequest) -> Iterator[None]:
    """Qt tests speak English as the app does: with its plural forms ("1 user", "3 users")."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from app import i18n

    qapp = request.getfixturevalue("qapp")
    if i18n.current() == "en" and not i18n._installed:
        i18n.install(qapp, "en")
    yield


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The wizard saves its progress in the data folder: each test has its own, never the
    user's (a test may set its own again)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
