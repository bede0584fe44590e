"""The wizard on the demo tenant: Welcome → sign-in → Subscription, rules, licence removal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.state import CancellationState
from app.subscription.rules import CancellationPath
from ui.pages.licence_removal import LicenceRemovalDialog
from ui.wizard import CancelWizard, PageId

WAIT = 10_000


@pytest.fixture
def wizard(qtbot):
    state = CancellationState(demo=True)
    window = CancelWizard(state)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()


def go_to_subscriptions(qtbot, wizard) -> None:
    assert wizard.currentId() == PageId.WELCOME
    assert "demo tenant" in wizard.currentPage().mode.text().lower()
    wizard.next()
    assert wizard.currentId() == PageId.SIGN_IN
    qtbot.waitUntil(lambda: wizard.state.graph is not None, timeout=WAIT)
    assert wizard.currentPage().tenant_label.text() == "Lille Bager ApS"
    assert "Global Administrator" in wizard.currentPage().roles_label.text()
    wizard.next()
    assert wizard.currentId() == PageId.SUBSCRIPTION
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 6, timeout=WAIT)


def select(page, product_name: str) -> None:
    for row in range(page.table.topLevelItemCount()):
        item = page.table.topLevelItem(row)
        if item.text(0) == product_name:
            page.table.setCurrentItem(item)
            return
    raise AssertionError(f"{product_name} is not listed")


def next_enabled(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled() or \
        wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


@pytest.mark.parametrize(("product", "path", "words"), [
    ("Microsoft 365 Business Basic", CancellationPath.ONLINE, "cancel it yourself"),
    ("Microsoft 365 Business Standard", CancellationPath.TOO_MANY_LICENCES, "at least 6 users"),
    ("Microsoft 365 Business Premium", CancellationPath.TRIAL, "payment method"),
    ("Exchange Online (Plan 1)", CancellationPath.PARTNER, "partner"),
    ("Microsoft Intune", CancellationPath.OTHER_PRODUCT, "Contact support"),
    ("Dynamics 365 Business Central Essentials", CancellationPath.OTHER_PRODUCT, "Dynamics 365"),
])
def test_each_kind_of_subscription_shows_its_rule(qtbot, wizard, product, path, words):
    go_to_subscriptions(qtbot, wizard)
    page = wizard.currentPage()
    select(page, product)
    assert wizard.state.decision.path is path
    assert words in page.rule_text.text()
    assert page.remove_button.isVisible() is (path is CancellationPath.TOO_MANY_LICENCES)
    # No dead ends: every path goes on to Domains and Backup, and says which steps still apply.
    assert page.isComplete() and next_enabled(wizard)
    assert ("Continue" if path is CancellationPath.ONLINE else "Next") in page.rule_text.text()


def test_the_table_shows_status_licences_and_trial(qtbot, wizard):
    go_to_subscriptions(qtbot, wizard)
    page = wizard.currentPage()
    rows = {page.table.topLevelItem(r).text(0): [page.table.topLevelItem(r).text(c)
                                                 for c in range(1, 5)]
            for r in range(page.table.topLevelItemCount())}
    assert rows["Microsoft 365 Business Standard"][:3] == ["Active", "31 of 40", "No"]
    assert rows["Microsoft 365 Business Premium"][2] == "Yes"
    assert all(r[3] != "–" for r in rows.values())


def test_product_key_turns_an_online_cancellation_into_a_support_call(qtbot, wizard):
    go_to_subscriptions(qtbot, wizard)
    page = wizard.currentPage()
    select(page, "Microsoft 365 Business Basic")
    assert page.isComplete()
    page.product_key.setChecked(True)
    assert wizard.state.decision.path is CancellationPath.PRODUCT_KEY
    assert "not refunded" in page.rule_text.text()
    assert page.isComplete() and "facts support asks for" in page.rule_text.text()


def test_a_trial_reaches_the_backup_page(qtbot, wizard):
    """A trial's text says to back up first, so the way to the Backup page must be open."""
    go_to_subscriptions(qtbot, wizard)
    page = wizard.currentPage()
    select(page, "Microsoft 365 Business Premium")
    assert wizard.state.decision.path is CancellationPath.TRIAL
    wizard.next()
    assert wizard.currentId() == PageId.DOMAINS
    domains = wizard.currentPage()
    qtbot.waitUntil(lambda: domains.loaded, timeout=WAIT)
    if not domains.isComplete():
        domains.acknowledge.setChecked(True)   # the DNS risks, read and accepted
    wizard.next()
    assert wizard.currentId() == PageId.BACKUP


def test_removing_licences_until_25_enables_next(qtbot, wizard):
    go_to_subscriptions(qtbot, wizard)
    page = wizard.currentPage()
    select(page, "Microsoft 365 Business Standard")
    assert next_enabled(wizard)   # may go on as it is: the last step then shows the support route
    dialog = LicenceRemovalDialog(wizard.state, wizard.state.subscription, 6, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 31, timeout=WAIT)
    admin = wizard.state.admin.id
    others = [row for row in range(dialog.list.count())
              if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) != admin]
    for row in others[:6]:  # everyone but the admin
        dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    assert "25" in dialog.count.text()
    chosen = dialog.checked_users()
    assert len(chosen) == 6
    with qtbot.waitSignal(dialog.removal_done, timeout=WAIT):
        dialog.start_removal(chosen)
    assert dialog.result() == 0   # not accepted: the result stays on screen until closed
    assert "Licences removed: 6." in dialog.status.message.text()
    removed = sorted(r.user_principal_name for r in wizard.state.licences_removed)
    assert removed == sorted(u.user_principal_name for u in chosen)
    page.reload()
    qtbot.waitUntil(lambda: page.status.state == "idle", timeout=WAIT)
    select(page, "Microsoft 365 Business Standard")
    assert wizard.state.subscription.assigned_licenses == 25
    assert wizard.state.decision.path is CancellationPath.ONLINE
    assert next_enabled(wizard)


def test_a_failing_graph_shows_the_error_and_retry_works(qtbot, wizard):
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.graph is not None, timeout=WAIT)
    client = wizard.state.graph  # the demo session's client
    demo = next(c.__self__ for c in wizard.state.closers).server
    demo.faults.add("unavailable", "/directory/subscriptions", times=-1, retry_after=0)
    wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=WAIT)
    assert "Microsoft 365 had a problem" in page.status.message.text()
    assert page.status.retry_button.isVisible()
    demo.faults.clear()
    page.status.retry_button.click()
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 6, timeout=WAIT)
    assert page.status.state == "idle"
    assert client is wizard.state.graph
