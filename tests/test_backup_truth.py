"""The Backup page's progress tells the truth in each phase (running, paused, resumed,
cancelled, ended), counts mean the same on the page and in `cancel365 backup`, the room
needed is explained, Back from a running backup says what happens, and the access can be
changed from the plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from app.backup.access import AccessKind
from app.backup.engine import BackupSummary
from app.backup.plan import BackupPlan, DriveChoice, SpaceCheck
from app.backup.progress import DriveStatus, Progress
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.state import CancellationState
from ui.pages.backup import BackupPage
from ui.widgets.backup_plan import PlanView
from ui.widgets.backup_progress import ProgressView
from ui.widgets.backup_summary import SummaryView
from ui.wizard import CancelWizard, PageId

MB = 1024 * 1024


def running(event: str = "progress", **changes) -> Progress:
    drives = [DriveStatus("d1", "onedrive", "agnes@lillebager.dk", "OneDrive", "downloading",
                          files_total=100, files_done=40, bytes_total=40 * MB,
                          bytes_done=20 * MB),
              DriveStatus("d2", "sharepoint", "Team", "Dokumenter", "listing", files_total=44),
              DriveStatus("d3", "sharepoint", "Butik", "Dokumenter", "waiting")]
    values = dict(event=event, phase="downloading", files_total=144, files_done=54,
                  bytes_total=int(59.8 * MB), bytes_done=int(24.6 * MB), speed=2 * MB,
                  eta_seconds=12.0, drives=drives)
    values.update(changes)
    return Progress(**values)


def rows(view: ProgressView) -> list[str]:
    return [view.drives.topLevelItem(i).text(2) for i in range(view.drives.topLevelItemCount())]


@pytest.fixture
def view(qtbot) -> ProgressView:
    widget = ProgressView()
    qtbot.addWidget(widget)
    return widget


def test_running_shows_speed_and_time_left(view: ProgressView) -> None:
    view.show_progress(running())
    assert "/s" in view.numbers.text() and "left" in view.numbers.text()
    assert rows(view) == ["downloading", "listing files", "waiting"]


def test_paused_shows_no_speed_and_the_rows_say_paused(view: ProgressView) -> None:
    view.show_progress(running())
    view.set_paused(True)
    text = view.numbers.text()
    assert "paused" in text and "/s" not in text and "left" not in text
    assert rows(view) == ["paused", "paused", "waiting"]
    view.show_progress(running())   # a late event from before the pause changes nothing
    assert "/s" not in view.numbers.text() and rows(view)[0] == "paused"


def test_resumed_shows_speed_again(view: ProgressView) -> None:
    view.show_progress(running())
    view.set_paused(True)
    view.set_paused(False)
    assert "/s" in view.numbers.text() and rows(view)[0] == "downloading"


def test_cancelled_says_what_the_backup_holds_and_which_rows_stopped(view: ProgressView) -> None:
    view.show_progress(running(event="listing"))
    assert view.message.text().startswith("Listing the files of Team")
    summary = BackupSummary(files_verified=54, bytes_verified=int(2.9 * MB), cancelled=True)
    view.show_ended(summary)
    text = view.numbers.text()
    assert "24.6 MB" not in text and "In the backup: 54 of 144 files, 2.9 MB of 59.8 MB" in text
    assert "/s" not in text and "left" not in text
    assert rows(view) == ["stopped (resumes next time)", "stopped (resumes next time)",
                          "not started"]
    assert view.message.text() == ""   # no listing line left from a run that is over


def test_ended_clears_the_listing_line(view: ProgressView) -> None:
    view.show_progress(running(event="listing"))
    done = running(event="finished", bytes_done=int(59.8 * MB), files_done=144)
    for drive in done.drives:
        drive.state = "done"
    view.show_progress(done)
    view.show_ended(BackupSummary(files_verified=143, office_rewrites=1,
                                  bytes_verified=int(59.8 * MB)))
    assert view.message.text() == ""
    assert "In the backup: 144 of 144 files" in view.numbers.text()


def test_the_page_and_the_command_count_alike(qtbot) -> None:
    summary = BackupSummary(files_verified=143, office_rewrites=1, bytes_verified=3 * MB)
    line = summary.counts_text()
    assert line.startswith("Files verified: 143 (3.0 MB), and 1 Office files kept")
    assert "144 files in the backup" in line
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(summary)
    assert line in view.label.text() and "Files verified: 144" not in view.label.text()


def test_the_room_needed_is_explained(qtbot) -> None:
    view = PlanView()
    qtbot.addWidget(view)
    plan = BackupPlan(drives=[DriveChoice(drive_id="d", kind="onedrive", owner="a@b.dk",
                                          owner_name="A", name="OneDrive", drive_type="business",
                                          used_bytes=int(59.8 * MB))])
    view.show_plan(plan)
    view.show_space(SpaceCheck(needed=int(81.8 * MB), free=10_000 * MB), "/backup")
    text = view.totals.text()
    assert "needs about 81.8 MB" in text and "a tenth and 16 MB" in text


@pytest.fixture
def page(qtbot, graph: GraphClient, tenant: Tenant, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[BackupPage]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    state = CancellationState(demo=True)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    wizard = CancelWizard(state)
    qtbot.addWidget(wizard)
    wizard.setStartId(PageId.DOMAINS)
    wizard.show()
    wizard.page(PageId.DOMAINS).acknowledge.setChecked(True)
    qtbot.waitUntil(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled(),
                    timeout=20_000)
    wizard.next()
    backup = wizard.currentPage()
    assert isinstance(backup, BackupPage)
    yield backup
    backup.stop_for_close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_access_can_be_changed_from_the_plan(qtbot, page: BackupPage, tmp_path: Path) -> None:
    page.access.choose(AccessKind.ONLY_MINE)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.phase == "ready", timeout=20_000)
    assert page.change_access_button.isVisible() and page.change_access_button.isEnabled()
    page.change_access_button.click()
    assert page.phase == "access" and page.access.isVisible()
    assert page.access.continue_button.isEnabled()


def test_back_from_a_paused_backup_says_it_stays_paused(
        qtbot, page: BackupPage, demo_server, tmp_path: Path) -> None:
    demo_server.faults.add("slow", "/_download/", times=-1, delay=0.2)
    page.access.choose(AccessKind.SET_UP_FOR_ME)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.phase == "ready", timeout=20_000)
    page.dest.setText(str(tmp_path / "b"))
    page.dest.editingFinished.emit()
    page.start_button.click()
    page.run.pause_button.click()
    page.wizard().back()
    assert page.wizard().currentId() == PageId.DOMAINS
    assert page.back_note is not None and page.back_note.isVisible()
    assert "stays paused" in page.back_note.text()
    assert page.running   # not stopped by going back
    page.back_note.accept()
    page.run.resume()
    page.run.cancel()
    qtbot.waitUntil(lambda: page.phase == "ended", timeout=20_000)
