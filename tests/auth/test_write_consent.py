"""Write permissions are asked for just before the action: licence removal on a real tenant."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from app.auth.delegated import REMOVE_LICENCES, DelegatedSignIn, SignInMethod
from app.auth.session import read_session
from app.state import CancellationState
from ui.pages.licence_removal import LicenceRemovalDialog
from ui.widgets.consent import ConsentDialog


@pytest.fixture
def real_state(signin_config, store, authority) -> CancellationState:
    """Signed in with a device code and only the read-only permissions."""
    sign_in = DelegatedSignIn(signin_config, store)

    def approve(prompt):
        authority.approve(prompt.user_code)

    sign_in.sign_in(SignInMethod.DEVICE_CODE, cancelled=threading.Event(), prompt=approve)
    session = read_session(sign_in)
    state = CancellationState()
    state.signed_in(session.graph, session.organization, session.admin)
    state.sign_in = sign_in
    return state


def open_dialog(qtbot, state: CancellationState) -> LicenceRemovalDialog:
    overview = max(state.tenant.subscription_overview(), key=lambda o: o.assigned_licenses)
    dialog = LicenceRemovalDialog(state, overview, at_least=1)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=5000)
    return dialog


def test_removing_a_licence_asks_for_the_write_permission_first(qtbot, real_state, authority):
    dialog = open_dialog(qtbot, real_state)
    user = dialog.users[0]
    dialog.start_removal([user])
    consent = dialog.consent
    assert isinstance(consent, ConsentDialog) and consent.isVisible()
    assert "LicenseAssignment.ReadWrite.All" in consent.explanation.text()
    qtbot.mouseClick(consent.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: consent.prompt.code != "", timeout=5000)   # asked the same way
    authority.approve(consent.prompt.code)
    qtbot.waitUntil(lambda: dialog.changed, timeout=10000)
    assert real_state.sign_in.has_scopes(REMOVE_LICENCES)
    sku_id = dialog.overview.subscription.sku_id
    assert user.id not in {u.id for u in real_state.tenant.licensed_users(sku_id)}
    assert authority.log.requested_scopes[-1] >= set(REMOVE_LICENCES)


def test_saying_no_changes_nothing(qtbot, real_state):
    dialog = open_dialog(qtbot, real_state)
    before = len(dialog.users)
    dialog.start_removal([dialog.users[0]])
    consent = dialog.consent
    assert consent is not None
    qtbot.mouseClick(consent.buttons.button(consent.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.state == "error", timeout=3000)
    assert "not granted" in dialog.status.message.text()
    assert not dialog.changed and dialog.task is None
    sku_id = dialog.overview.subscription.sku_id
    assert len(real_state.tenant.licensed_users(sku_id)) == before


def test_cancelling_while_waiting_for_consent_stops_the_request(qtbot, real_state):
    dialog = open_dialog(qtbot, real_state)
    dialog.start_removal([dialog.users[0]])
    consent = dialog.consent
    qtbot.mouseClick(consent.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: consent.prompt.code != "", timeout=5000)
    consent.reject()
    qtbot.waitUntil(lambda: dialog.status.state == "error", timeout=5000)
    assert not real_state.sign_in.has_scopes(REMOVE_LICENCES)
    assert not dialog.changed


def test_the_demo_tenant_is_never_asked(qtbot, graph):
    from app.graph.tenant import Tenant

    tenant = Tenant(graph)
    state = CancellationState(demo=True)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    dialog = open_dialog(qtbot, state)
    dialog.start_removal([dialog.users[0]])
    assert dialog.consent is None
    qtbot.waitUntil(lambda: dialog.changed, timeout=10000)


def test_removing_a_domain_asks_for_the_write_permission_first(qtbot, real_state, authority,
                                                               demo_server):
    from PySide6.QtWidgets import QMessageBox

    from app.auth.delegated import REMOVE_DOMAIN
    from tests.dns_world import DnsWorld
    from tests.test_domains_page import MOVED, _click_when_modal, _open

    demo_server.tenant.rename_users_to_initial_domain("lillebager.dk")
    with DnsWorld() as world:
        world.store.add_zone("lillebager.dk", MOVED)
        page = _open(qtbot, real_state, world, None)
        _click_when_modal(QMessageBox.StandardButton.Yes)
        page.actions.remove_button.click()
        qtbot.waitUntil(lambda: isinstance(page.actions.consent, ConsentDialog), timeout=8000)
        consent = page.actions.consent
        assert "Domain.ReadWrite.All" in consent.explanation.text()
        assert "lillebager.dk" in demo_server.tenant.domains   # nothing happened yet
        qtbot.mouseClick(consent.continue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: consent.prompt.code != "", timeout=5000)
        authority.approve(consent.prompt.code)
        qtbot.waitUntil(lambda: "lillebager.dk" in page.removed, timeout=10000)
        page.recheck_timer.stop()
    assert real_state.sign_in.has_scopes(REMOVE_DOMAIN)
    assert "lillebager.dk" not in demo_server.tenant.domains
