"""The licence-removal dialog says what happens to the users' data (30 days, then deleted),
offers to back up their OneDrives first, warns about the admin's own licence, counts right
for one and for many, and keeps its result on screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool

from app.backup.access import AccessKind
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.state import CancellationState
from ui.pages.backup import BackupPage
from ui.pages.licence_removal import LicenceRemovalDialog
from ui.wizard import CancelWizard, PageId

WAIT = 10_000


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def state(graph: GraphClient, tenant: Tenant) -> CancellationState:
    state = CancellationState(demo=True)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    overviews = tenant.subscription_overview()
    standard = next(o for o in overviews if o.name == "Microsoft 365 Business Standard")
    state.chose(standard, None)
    return state


@pytest.fixture
def dialog(qtbot, state: CancellationState) -> Iterator[LicenceRemovalDialog]:
    assert state.subscription is not None
    window = LicenceRemovalDialog(state, state.subscription, 6)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.list.count() == 31, timeout=WAIT)
    yield window
    QThreadPool.globalInstance().waitForDone(10_000)


def tick(dialog: LicenceRemovalDialog, count: int, *, admin: bool = False) -> None:
    admin_id = dialog.state.admin.id
    rows = [r for r in range(dialog.list.count())
            if (dialog.list.item(r).data(Qt.ItemDataRole.UserRole) == admin_id) == admin]
    for row in rows[:count]:
        dialog.list.item(row).setCheckState(Qt.CheckState.Checked)


def test_says_the_data_is_deleted_after_30_days_and_how_to_keep_a_mailbox(dialog) -> None:
    note = dialog.data_note.text()
    assert "30 days" in note and "deleted" in note
    assert "mailbox" in note and "shared mailbox" in note
    assert "stay until the subscription ends" not in dialog.intro.text()
    assert dialog.intro.text().endswith("Remove at least 6 to get to 25.")


def test_counts_read_right_for_one_and_for_many(dialog) -> None:
    tick(dialog, 1)
    assert dialog.count.text().startswith("1 chosen.")
    one = dialog.confirm_text(dialog.checked_users())
    assert "from 1 user?" in one and "these 1" not in one
    tick(dialog, 3)
    many = dialog.confirm_text(dialog.checked_users())
    assert "from 3 users?" in many
    assert "deleted for good 30 days from now" in many


def test_the_admins_own_licence_needs_its_own_warning(dialog) -> None:
    tick(dialog, 1)
    assert not dialog.includes_admin(dialog.checked_users())
    tick(dialog, 1, admin=True)
    assert dialog.includes_admin(dialog.checked_users())
    assert "your own licence" in dialog.own_licence_text()


def test_the_result_stays_until_closed(qtbot, dialog) -> None:
    tick(dialog, 1)
    with qtbot.waitSignal(dialog.removal_done, timeout=WAIT):
        dialog.start_removal(dialog.checked_users())
    qtbot.waitUntil(lambda: dialog.list.count() == 30, timeout=WAIT)
    assert dialog.isVisible()
    text = dialog.status.message.text()
    assert text.startswith("Licences removed: 1.") and "nothing is lost" in text
    assert dialog.status.isVisible()


def test_back_up_their_onedrives_first_scopes_the_backup_page(
        qtbot, dialog, state: CancellationState) -> None:
    tick(dialog, 2)
    chosen = {u.user_principal_name.lower() for u in dialog.checked_users()}
    assert dialog.backup_first_button.isEnabled()
    dialog.backup_first_button.click()
    assert {u.lower() for u in state.backup_first} == chosen
    assert "Backup page" in dialog.status.message.text()
    dialog.close()

    wizard = CancelWizard(state)
    qtbot.addWidget(wizard)
    wizard.setStartId(PageId.BACKUP)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, BackupPage)
    page.access.choose(AccessKind.SET_UP_FOR_ME)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.phase == "ready", timeout=20_000)
    assert page.plan is not None
    ticked = {d.owner.lower() for d in page.plan.chosen}
    assert ticked and ticked <= chosen
    assert all(d.kind == "onedrive" or not d.selected for d in page.plan.drives)
    assert "2 users" in page.access_status.message.text()
    page.stop_for_close()
