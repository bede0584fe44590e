"""The first real sign-in: a packaged build's publisher client ID signs in at once; without
one the wizard guides the registration (Entra labels, values with Copy, the client ID
checked) and signs in with what the admin pasted; Microsoft's refusal is explained."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from app import publisher
from app import settings as app_settings
from app.auth.delegated import DelegatedSignIn, SignInConfig
from app.auth.secrets import SecretStore
from app.settings import Settings
from app.state import CancellationState
from tests.auth.conftest import CLIENT_ID
from ui.pages.signin import SignInPage

OTHER = "1b2c3d4e-0000-1111-2222-333344445555"


def test_the_admins_own_client_id_wins_over_the_publishers() -> None:
    assert publisher.effective(Settings(), publisher=OTHER).client_id == OTHER
    assert publisher.effective(Settings(client_id=CLIENT_ID), publisher=OTHER).client_id \
        == CLIENT_ID
    assert publisher.effective(Settings(), publisher="").client_id == ""
    assert publisher.publisher_client_id() == ""   # a source checkout carries none


def test_the_build_writes_only_a_guid(tmp_path: Path) -> None:
    written = publisher.write_generated(f" {OTHER} ", tmp_path / "_publisher_build.py")
    assert f'CLIENT_ID = "{OTHER}"' in written.read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        publisher.write_generated("not-a-guid", tmp_path / "x.py")


@pytest.fixture
def page_without_client_id(qtbot, signin_config: SignInConfig, store: SecretStore,
                           tmp_path: Path):
    path = tmp_path / "settings.json"
    app_settings.save(Settings(client_id="", sign_in_method="device-code"), path)
    page = SignInPage(CancellationState(),
                      make_sign_in=lambda s: DelegatedSignIn(
                          replace(signin_config, client_id=s.client_id), store),
                      settings_path=path)
    wizard = QWizard()
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    yield page, path, wizard


def test_the_guide_checks_the_client_id_and_signs_in(qtbot, page_without_client_id,
                                                     authority) -> None:
    page, path, _wizard = page_without_client_id
    assert page.register_button.isVisible()
    page.register_button.click()
    guide = page.guide
    assert guide is not None and guide.isVisible()
    steps = " ".join(label.text() for label in guide.steps)
    assert "App registrations" in steps and "Mobile and desktop applications" in steps
    assert "Public client/native (mobile &amp; desktop)" in steps
    assert "docs/app-registration.md" not in steps
    guide.copy_buttons["redirect"].click()
    assert QGuiApplication.clipboard().text() == "http://localhost"
    guide.copy_buttons["permissions"].click()
    assert "Organization.Read.All" in QGuiApplication.clipboard().text()

    guide.client_id_field.setText("1b2c3d4e-0000")
    assert not guide.use_button.isEnabled() and "8-4-4-4-12" in guide.verdict.text()
    guide.client_id_field.setText(CLIENT_ID)
    assert guide.use_button.isEnabled() and "AADSTS700016" in guide.verdict.text()
    guide.use_button.click()

    assert app_settings.load(path).client_id == CLIENT_ID
    assert not page.register_button.isVisible()
    qtbot.waitUntil(lambda: page.prompt.code != "", timeout=5000)   # the sign-in started
    authority.approve(page.prompt.code)
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert page.tenant_label.text() == "Lille Bager ApS"


def test_a_client_id_microsoft_does_not_know_is_explained(qtbot, page_without_client_id,
                                                          authority) -> None:
    page, _path, _wizard = page_without_client_id
    authority.fail_next_token = ("unauthorized_client", "AADSTS700016: Application with "
                                 "identifier was not found in the directory.")
    page.open_guide()
    page.guide.client_id_field.setText(CLIENT_ID)
    page.guide.use_button.click()
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=8000)
    text = page.status.message.text()
    assert "client ID" in text and "docs/app-registration.md" not in text


def test_a_publishers_client_id_signs_in_without_settings(qtbot, signin_config, store,
                                                          tmp_path: Path, authority) -> None:
    """Settings without a client ID, a build with one: the page signs in at once."""
    path = tmp_path / "settings.json"
    app_settings.save(Settings(client_id="", sign_in_method="device-code"), path)
    page = SignInPage(CancellationState(),
                      make_sign_in=lambda s: DelegatedSignIn(
                          replace(signin_config, client_id=s.client_id), store),
                      settings_path=path)
    page.settings = publisher.effective(page.settings, publisher=CLIENT_ID)  # as a build has it
    wizard = QWizard()
    wizard.addPage(page)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: page.task is None, timeout=8000)
    assert not page.register_button.isVisible()
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.prompt.code != "", timeout=5000)
    authority.approve(page.prompt.code)
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert app_settings.load(path).client_id == ""   # the publisher's ID is never saved
