"""Fixtures for signing in: keyrings, a local TLS authority, a sign-in wired to both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import pytest

from app.auth.delegated import SignInConfig
from app.auth.secrets import SecretStore
from app.demo.graph_server import DemoGraphServer
from tests.auth.keyrings import (
    MemoryKeyring,
    missing_binaries,
    secret_service_backend,
    secret_service_session,
)
from tests.auth.local_authority import LocalAuthority

CLIENT_ID = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b"   # made up: the app registration under test


@pytest.fixture
def secret_service(monkeypatch: pytest.MonkeyPatch) -> Iterator[keyring.backend.KeyringBackend]:
    """A real Secret Service (gnome-keyring), private to this test, unlocked."""
    missing = missing_binaries()
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed: the Secret Service tests need "
                    "gnome-keyring and dbus (apt-get install gnome-keyring dbus-daemon)")
    with secret_service_session() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield secret_service_backend()


@pytest.fixture
def fail_keyring() -> keyring.backend.KeyringBackend:
    """What keyring picks on a headless machine with no D-Bus session."""
    return keyring.backends.fail.Keyring()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def authority(demo_server: DemoGraphServer) -> Iterator[LocalAuthority]:
    """A local authority whose access tokens the demo Graph server accepts."""

    def mint(user: str, scopes: set[str]) -> str:
        return demo_server.issue_token(user_id=user, scopes=set(scopes))

    with LocalAuthority(mint=mint) as local:
        tenant = demo_server.tenant
        admin = tenant.users[tenant.admin_id]
        local.add_user(admin["id"], admin["userPrincipalName"], admin["displayName"])
        yield local


@pytest.fixture
def signin_config(authority: LocalAuthority, demo_server: DemoGraphServer) -> SignInConfig:
    """The only thing that differs from signing in at Microsoft."""
    return SignInConfig(client_id=CLIENT_ID, authority_host=authority.host,
                        tenant=authority.tenant, graph_url=demo_server.graph_url,
                        http_client=authority.session(), instance_discovery=False,
                        timeout=20.0, open_browser=lambda url: False)


@pytest.fixture
def store(data_folder: Path, memory_keyring: MemoryKeyring) -> SecretStore:
    return SecretStore(data_folder, backend=memory_keyring)
