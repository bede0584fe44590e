"""The Sign-in page on a real (local) authority: code, browser, cancel, timeout, roles, errors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from app import settings as app_settings
from app.auth.delegated import DelegatedSignIn, SignInConfig
from app.auth.secrets import SecretStore
from app.settings import Settings
from app.state import CancellationState
from tests.auth.conftest import CLIENT_ID
from tests.auth.local_authority import LocalAuthority
from tests.auth.test_delegated_sign_in import FakeBrowser
from ui.pages.signin import SignInPage

BILLING_ADMIN = "69bec8d9-91cd-54f5-89d6-c914aed1e79a"


@pytest.fixture
def open_page(qtbot, signin_config, store, tmp_path: Path):
    """A Sign-in page in a wizard, signing in at the local authority."""
    wizards: list[QWizard] = []   # qtbot only keeps a weak reference

    def make(*, config: SignInConfig = signin_config, secrets: SecretStore = store,
             client_id: str = CLIENT_ID, method: str = "device-code",
             state: CancellationState | None = None) -> SignInPage:
        path = tmp_path / "settings.json"
        app_settings.save(Settings(client_id=client_id, sign_in_method=method), path)
        page = SignInPage(state or CancellationState(),
                          make_sign_in=lambda s: DelegatedSignIn(
                              replace(config, client_id=s.client_id), secrets),
                          settings_path=path)
        wizard = QWizard()
        wizard.addPage(page)
        wizards.append(wizard)
        qtbot.addWidget(wizard)
        wizard.show()
        return page

    return make


def idle(page: SignInPage) -> bool:
    return page.task is None


def sign_in_with_code(qtbot, page: SignInPage, authority: LocalAuthority,
                      user: str | None = None) -> None:
    qtbot.waitUntil(lambda: idle(page))
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.prompt.code != "", timeout=5000)
    authority.approve(page.prompt.code, user)
    qtbot.waitUntil(page.isComplete, timeout=10000)


def test_device_code_sign_in_shows_tenant_admin_and_roles(qtbot, open_page, authority):
    page = open_page()
    qtbot.waitUntil(lambda: idle(page))
    assert not page.isComplete() and page.sign_in_button.isVisible()
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.prompt.code != "", timeout=5000)
    assert page.prompt.isVisible() and page.prompt.code_label.text() == page.prompt.code
    assert page.prompt.url in page.prompt.text.text()
    qtbot.mouseClick(page.prompt.copy_code, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == page.prompt.code
    authority.approve(page.prompt.code)
    qtbot.waitUntil(page.isComplete, timeout=10000)

    assert page.tenant_label.text() == "Lille Bager ApS"
    assert "Global Administrator" in page.roles_label.text()
    assert not page.role_warning.isVisible()
    assert not page.prompt.isVisible()
    assert page.sign_out_button.isVisible() and not page.sign_in_button.isVisible()
    assert page.state.sign_in is not None and page.state.graph is not None


def test_the_next_start_signs_in_silently(qtbot, open_page, authority, store):
    sign_in_with_code(qtbot, open_page(), authority)
    again = open_page(secrets=SecretStore(store.folder, backend=store.backend))
    qtbot.waitUntil(again.isComplete, timeout=10000)   # no click, no code
    assert again.tenant_label.text() == "Lille Bager ApS"


def test_browser_sign_in(qtbot, open_page, authority, signin_config):
    browser = FakeBrowser(authority)
    page = open_page(config=replace(signin_config, open_browser=browser), method="browser")
    assert page.browser_choice.isChecked()
    qtbot.waitUntil(lambda: idle(page))
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert browser.visited and page.admin_label.text().startswith("Mette Kragh")


def test_cancel_stops_the_sign_in(qtbot, open_page):
    page = open_page()
    qtbot.waitUntil(lambda: idle(page))
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.prompt.code != "", timeout=5000)
    assert page.cancel_button.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page), timeout=5000)
    assert page.status.state == "info" and "cancelled" in page.status.message.text()
    assert not page.isComplete() and page.sign_in_button.isVisible()
    assert not page.prompt.isVisible()


def test_a_sign_in_nobody_finishes_times_out(qtbot, open_page, signin_config):
    page = open_page(config=replace(signin_config, timeout=1.0))
    qtbot.waitUntil(lambda: idle(page))
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=8000)
    assert "not finished within 1 min," in page.status.message.text()
    assert page.status.retry_button.isVisible() and not page.isComplete()


def test_a_user_without_admin_roles_is_told_plainly(qtbot, open_page, authority, demo_server):
    user = next(u for uid, u in demo_server.tenant.users.items()
                if uid not in demo_server.tenant.roles)
    authority.add_user(user["id"], user["userPrincipalName"], user["displayName"])
    page = open_page()
    sign_in_with_code(qtbot, page, authority, user["id"])
    assert page.roles_label.text() == "none"
    assert page.role_warning.isVisible()
    text = page.role_warning.text()
    assert "neither a Global Administrator nor a Billing Administrator" in text
    assert "will not be able to cancel the subscription" in text


def test_a_billing_administrator_learns_what_needs_a_global_admin(qtbot, open_page, authority,
                                                                  demo_server):
    user = demo_server.tenant.users[BILLING_ADMIN]
    authority.add_user(user["id"], user["userPrincipalName"], user["displayName"])
    page = open_page()
    sign_in_with_code(qtbot, page, authority, BILLING_ADMIN)
    assert "cannot remove your domain" in page.role_warning.text()


def test_a_refusal_from_the_authority_is_explained_with_retry(qtbot, open_page, authority):
    authority.fail_next_token = ("unauthorized_client", "AADSTS700016: Application with "
                                 "identifier was not found in the directory.")
    page = open_page()
    qtbot.waitUntil(lambda: idle(page))
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=8000)
    assert "client ID" in page.status.message.text()
    qtbot.mouseClick(page.status.retry_button, Qt.MouseButton.LeftButton)  # try again: works
    qtbot.waitUntil(lambda: page.prompt.code != "", timeout=5000)
    authority.approve(page.prompt.code)
    qtbot.waitUntil(page.isComplete, timeout=10000)


def test_an_unreachable_authority_is_an_error_not_a_hang(qtbot, open_page, authority):
    authority.stop()
    page = open_page()
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=8000)  # the silent attempt
    assert "sign-in service" in page.status.message.text()


def test_without_a_client_id_the_page_offers_the_guided_registration(qtbot, open_page):
    page = open_page(client_id="")
    assert page.status.state == "info" and "app registration" in page.status.message.text()
    assert page.register_button.isVisible()
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert page.task is None and not page.isComplete()


def test_without_a_keyring_the_page_says_once_that_sign_in_is_not_remembered(
        qtbot, open_page, authority, fail_keyring, data_folder):
    memory_only = SecretStore(data_folder, backend=fail_keyring)
    page = open_page(secrets=memory_only)
    qtbot.waitUntil(lambda: idle(page))
    assert "will not remember" in page.keyring_notice.text() and page.keyring_notice.isVisible()
    sign_in_with_code(qtbot, page, authority)
    assert page.keyring_notice.isVisible()
    assert not data_folder.exists()
    assert memory_only.take_memory_only_notice() is False   # already said


def test_sign_out_forgets_everything(qtbot, open_page, authority, store, memory_keyring):
    page = open_page()
    sign_in_with_code(qtbot, page, authority)
    store.set_secret("backup-client-secret", "s3cr3t")
    page.sign_out()
    qtbot.waitUntil(lambda: idle(page), timeout=5000)
    assert page.state.graph is None and page.state.sign_in is None
    assert not page.isComplete() and page.sign_in_button.isVisible()
    assert memory_keyring.entries == {}
    assert not any(store.folder.iterdir())
    assert "Signed out" in page.status.message.text()


def test_sign_out_removes_the_backup_app_registration(qtbot, open_page, authority, store,
                                                     demo_server):
    from app.auth.delegated import SET_UP_BACKUP
    from app.backup.access import SavedAccess, save_access
    from app.backup.app_registration import create_backup_app
    from app.demo.session import DemoTokens
    from app.graph.client import GraphClient

    admin = GraphClient(DemoTokens(demo_server), base_url=demo_server.graph_url)
    made = create_backup_app(admin, "tenant")
    save_access(store, SavedAccess.from_created(made))
    authority.consent[demo_server.tenant.admin_id] = set(SET_UP_BACKUP)  # consented when made
    page = open_page()
    sign_in_with_code(qtbot, page, authority)
    page.sign_out()
    qtbot.waitUntil(lambda: idle(page), timeout=10000)
    assert demo_server.apps.applications == {}
    assert "Signed out" in page.status.message.text()
    assert [r.status for r in demo_server.requests if r.method == "DELETE"] == [204]


def test_a_locked_keyring_is_explained_with_retry(qtbot, open_page, data_folder):
    from tests.auth.keyrings import LockedKeyring

    page = open_page(secrets=SecretStore(data_folder, backend=LockedKeyring()))
    qtbot.waitUntil(lambda: idle(page))          # said before anyone types a code
    assert page.status.state == "error"
    assert "locked" in page.status.message.text() and "Unlock it" in page.status.message.text()
    assert page.status.retry_button.isVisible()


def test_the_wizard_uses_the_real_page_unless_in_demo_mode(qtbot, tmp_path, monkeypatch):
    from ui.pages.signin_demo import DemoSignInPage
    from ui.wizard import CancelWizard, PageId

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    real = CancelWizard(CancellationState())
    demo = CancelWizard(CancellationState(demo=True))
    qtbot.addWidget(real)
    qtbot.addWidget(demo)
    assert isinstance(real.page(PageId.SIGN_IN), SignInPage)
    assert isinstance(demo.page(PageId.SIGN_IN), DemoSignInPage)


def test_closing_the_window_stops_a_sign_in_that_waits_for_the_admin(
        qtbot, signin_config, store, tmp_path, monkeypatch):
    import time

    from ui.wizard import CancelWizard, PageId

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = tmp_path / "settings.json"
    app_settings.save(Settings(client_id=CLIENT_ID, sign_in_method="device-code"), path)
    wizard = CancelWizard(CancellationState())
    qtbot.addWidget(wizard)
    page = SignInPage(wizard.state, make_sign_in=lambda s: DelegatedSignIn(
        replace(signin_config, timeout=60.0), store), settings_path=path)
    wizard.removePage(PageId.SIGN_IN)
    wizard.setPage(PageId.SIGN_IN, page)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: idle(page))
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.prompt.code != "", timeout=5000)
    started = time.monotonic()
    wizard.close()
    assert time.monotonic() - started < 3      # not the 60 s sign-in timeout
    qtbot.waitUntil(lambda: idle(page), timeout=3000)
    assert page.status.state == "info"         # it ended as a cancel
