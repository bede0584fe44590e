"""The Backup page on the demo tenant: set up access, choose, start, pause, resume, cancel,
close during a backup, resume on the next start, refuse without room, the report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from app import settings as app_settings
from app.backup.access import AccessKind
from app.backup.manifest import DONE_STATES, Manifest
from app.backup.unfinished import unfinished_backup
from app.demo.graph_server import DemoGraphServer
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.state import CancellationState
from tests.backup_support import TEAM_SITE, downloads, library
from ui.pages.backup import BackupPage
from ui.wizard import CancelWizard, PageId

SHOP_SITE = "https://lillebager.sharepoint.com/sites/Butik"
SMALL = {TEAM_SITE, SHOP_SITE}   # three small libraries, about 1.2 MB


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and data of this test only (the page remembers the last destination)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def demo_state(graph: GraphClient, tenant: Tenant) -> CancellationState:
    state = CancellationState(demo=True)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    return state


@pytest.fixture
def open_wizard(qtbot, graph: GraphClient, tenant: Tenant) -> Iterator[Callable[[], BackupPage]]:
    wizards: list[CancelWizard] = []

    def open_one() -> BackupPage:
        wizard = CancelWizard(demo_state(graph, tenant))
        qtbot.addWidget(wizard)
        wizard.setStartId(PageId.BACKUP)
        wizard.show()
        wizards.append(wizard)
        page = wizard.currentPage()
        assert isinstance(page, BackupPage)
        return page

    yield open_one
    for wizard in wizards:
        page = wizard.page(PageId.BACKUP)
        assert isinstance(page, BackupPage)
        page.stop_for_close()
    QThreadPool.globalInstance().waitForDone(10_000)


def plan_small(qtbot, page: BackupPage, dest: Path, kind: AccessKind = AccessKind.SET_UP_FOR_ME,
               owners: set[str] = SMALL) -> None:
    """Choose access, wait for the plan, keep only ``owners``, choose the folder."""
    page.access.choose(kind)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.phase == "ready", timeout=20_000)
    assert page.plan is not None
    for owner in {d.owner for d in page.plan.drives}:
        page.plan_view.set_checked(owner, owner in owners)
    page.dest.setText(str(dest))
    page.dest.editingFinished.emit()


def answer_next_question(button: QMessageBox.StandardButton) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.button(button).click()
    QTimer.singleShot(50, answer)


def test_set_up_for_me_then_a_complete_backup_and_the_report(
        qtbot, open_wizard, demo_server: DemoGraphServer, tmp_path: Path) -> None:
    page = open_wizard()
    assert not page.isComplete()
    assert page.why.isVisible() and "Global Administrator" in page.why.text()
    plan_small(qtbot, page, tmp_path / "backup")
    assert len(demo_server.apps.applications) == 1   # the app registration was made
    assert page.plan is not None and "cannot be opened" not in page.plan_view.left_out.text()
    assert "has no OneDrive" in page.plan_view.left_out.text()
    assert "Drives chosen: 3," in page.plan_view.totals.text()
    assert page.start_button.isEnabled()
    page.start_button.click()
    assert page.phase == "running" and not page.isComplete()
    qtbot.waitUntil(lambda: page.phase == "ended", timeout=30_000)
    summary = page.summary
    assert summary is not None and summary.complete, page.run_status.message.text()
    assert "The backup is complete" in page.run.summary_view.label.text()
    qtbot.waitUntil(lambda: not page.mail_box.saving, timeout=60_000)   # Next waits for the mail
    assert page.isComplete()
    assert page.run.progress.bar.value() == 1000
    assert page.run.progress.drives.topLevelItemCount() == 3
    opened: list[QUrl] = []
    page.open_url = opened.append
    assert page.run.summary_view.report_button.isVisible()
    page.run.summary_view.report_button.click()
    assert opened and Path(opened[0].toLocalFile()).is_file()
    assert opened[0].toLocalFile() == summary.report_html

    # Remove the app registration at the end (a no-op consent on the demo).
    assert page.run.summary_view.remove_app_button.isVisible()
    page.run.summary_view.remove_app_button.click()
    qtbot.waitUntil(lambda: not demo_server.apps.applications, timeout=10_000)
    qtbot.waitUntil(lambda: page.run_status.state == "info", timeout=5_000)
    assert not page.run.summary_view.remove_app_button.isVisible()


def test_only_what_i_can_open_lists_what_is_left_out(
        qtbot, open_wizard, tmp_path: Path) -> None:
    page = open_wizard()
    plan_small(qtbot, page, tmp_path / "mine", AccessKind.ONLY_MINE)
    text = page.plan_view.left_out.text()
    assert "anders.holm@lillebager.dk" in text and "cannot be opened" in text
    assert page.app_graph is page.state.graph
    assert page.plan is not None and page.plan.missing   # OneDrives it cannot open

    # Every file it could open is verified, and still the backup is not complete.
    page.start_button.click()
    qtbot.waitUntil(lambda: page.phase == "ended", timeout=30_000)
    summary = page.summary
    assert summary is not None and summary.files_failed == 0 and summary.files_verified > 0
    assert not summary.complete and summary.left_out == len(page.plan.missing)
    said = page.run.summary_view.label.text()
    assert said.startswith("The backup is incomplete.")
    assert "The backup is complete" not in said and "Set up backup access for me" in said
    assert str(summary.left_out) in said
    assert not page.isComplete()   # Next waits: set up access, or say the files are saved elsewhere
    assert page.state.backup is not None and page.state.backup.summary is summary


def test_pause_resume_and_cancel(qtbot, open_wizard, demo_server: DemoGraphServer,
                                 tmp_path: Path) -> None:
    demo_server.faults.add("slow", "/_download/", times=-1, delay=0.15)
    page = open_wizard()
    plan_small(qtbot, page, tmp_path / "b")
    page.start_button.click()
    qtbot.waitUntil(lambda: page.run.progress.bar.value() > 0, timeout=20_000)
    page.run.pause_button.click()
    assert page.run.resume_button.isVisible() and not page.run.pause_button.isVisible()
    qtbot.waitUntil(lambda: "paused" in page.run.progress.numbers.text(), timeout=5_000)
    qtbot.wait(600)   # files in flight finish; then nothing moves
    before = len(downloads(demo_server))
    qtbot.wait(800)
    assert len(downloads(demo_server)) == before
    page.run.resume_button.click()
    assert page.run.pause_button.isVisible()
    qtbot.waitUntil(lambda: len(downloads(demo_server)) > before, timeout=10_000)
    page.run.cancel_button.click()
    qtbot.waitUntil(lambda: page.phase == "ended", timeout=20_000)
    assert page.summary is not None and page.summary.cancelled
    assert "Start again to resume" in page.run.summary_view.label.text()
    assert not page.isComplete()
    page.elsewhere.setChecked(True)   # the admin says they back up elsewhere
    qtbot.waitUntil(lambda: not page.mail_box.saving, timeout=20_000)   # Cancel stopped mail too
    assert page.isComplete()


def test_closing_during_a_backup_asks_stops_and_the_next_start_resumes(
        qtbot, open_wizard, demo_server: DemoGraphServer, tmp_path: Path) -> None:
    slow = demo_server.faults.add("slow", "/_download/", times=-1, delay=0.1)
    dest = tmp_path / "backup"
    page = open_wizard()
    plan_small(qtbot, page, dest)
    page.start_button.click()
    qtbot.waitUntil(lambda: page.run.progress.bar.value() > 20, timeout=20_000)
    # From here each download takes 2 s: the run cannot end before the admin's answer (the
    # progress the page shows is up to 0.2 s behind the backup's process).
    slow.delay = 2.0
    wizard = page.wizard()

    answer_next_question(QMessageBox.StandardButton.No)    # "Stop the backup?" No
    wizard.close()
    assert wizard.isVisible() and page.running

    answer_next_question(QMessageBox.StandardButton.Yes)
    wizard.close()
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: page.phase == "ended", timeout=20_000)
    assert page.summary is not None and page.summary.cancelled
    unfinished = unfinished_backup(str(dest))
    assert unfinished is not None and unfinished.files_left > 0
    assert app_settings.load().backup_destination == str(dest)
    manifest = Manifest(str(dest))
    verified_first = {i.item_id for i in manifest.items() if i.state in DONE_STATES}
    manifest.close()
    served_first = len(demo_server.requests)

    demo_server.faults.clear()
    again = open_wizard()
    qtbot.waitUntil(again.resume_button.isVisible, timeout=5_000)
    assert str(dest) in again.resume_note.text()
    again.resume_button.click()
    qtbot.waitUntil(lambda: again.phase == "ended", timeout=30_000)
    assert again.summary is not None and again.summary.complete
    later = [r.path.rsplit("/", 1)[-1] for r in list(demo_server.requests)[served_first:]
             if r.path.startswith("/_download/") and r.status in (200, 206)]
    assert later and not verified_first & set(later)   # no verified file fetched twice
    assert unfinished_backup(str(dest)) is None


def test_refuses_to_start_without_room(qtbot, open_wizard, demo_server: DemoGraphServer,
                                       tmp_path: Path) -> None:
    drive = library(demo_server)
    demo_server.tenant.add_item(drive.id, drive.root.id, "enormous.bin", size=2**55)
    page = open_wizard()
    plan_small(qtbot, page, tmp_path / "b")
    assert not page.start_button.isEnabled()
    text = page.plan_view.totals.text()
    assert "Not enough room" in text and "free at" in text and "32768.0 TB" in text
    page.start()
    assert page.phase == "ready" and page.run_status.state == "error"
    assert "needs about" in page.run_status.message.text()
    page.plan_view.set_checked(TEAM_SITE, False)   # deselect the site with the huge file
    assert page.start_button.isEnabled()


def test_reminder_for_users_is_editable_and_copied(qtbot, open_wizard) -> None:
    page = open_wizard()
    page.reminder_button.click()
    dialog = page.reminder
    assert dialog is not None and dialog.isVisible()
    assert page.state.organization is not None
    assert page.state.organization.display_name in dialog.text.toPlainText()
    dialog.text.setPlainText("Save your files by Friday.")
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Save your files by Friday."


def test_an_existing_app_registration_is_checked_and_kept(
        qtbot, open_wizard, demo_server: DemoGraphServer, graph: GraphClient,
        tmp_path: Path) -> None:
    from app.backup.access import load_access
    from app.backup.app_registration import create_backup_app

    made = create_backup_app(graph, "lillebager.onmicrosoft.com")
    page = open_wizard()
    page.access.choose(AccessKind.EXISTING_APP)
    assert page.access.details.isVisible()
    page.access.tenant.setText("lillebager.onmicrosoft.com")
    page.access.client_id.setText("not a guid")
    page.access.secret.setText(made.secret)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.access_status.state == "error", timeout=10_000)
    assert "client ID is a GUID" in page.access_status.message.text()
    page.access.client_id.setText(made.client_id)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.phase == "ready", timeout=20_000)
    assert page.access.secret.text() == ""   # now only in the password store
    saved = load_access(page.store())
    assert saved is not None and saved.secret == made.secret and not saved.made_by_cancel365
    assert not page.run.summary_view.remove_app_button.isVisible()
