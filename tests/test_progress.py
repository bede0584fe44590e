"""The wizard's Close button asks before work is lost, the progress is saved (no secrets,
atomically) and the next start offers to continue where the admin left off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from app import progress as saved_progress
from app.state import CancellationState
from ui.wizard import CancelWizard, PageId

WAIT = 10_000


def test_progress_is_saved_atomically_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "data" / "progress.json"
    progress = saved_progress.Progress(page=30, saved_at="2026-12-01T20:00:00+00:00",
                                       tenant_id="t", tenant_name="Lille Bager ApS",
                                       subscription_id="s", subscription_name="Basic",
                                       domains_checked=["lillebager.dk"],
                                       backup_destination="/backup")
    saved_progress.save(progress, path)
    assert saved_progress.load(path) == progress
    assert [p.name for p in path.parent.iterdir()] == ["progress.json"]   # no temporary left
    path.write_text("{not json", encoding="utf-8")
    assert saved_progress.load(path) is None
    saved_progress.forget(path)
    assert not path.exists() and saved_progress.load(path) is None


@pytest.fixture
def wizard_at(qtbot, tmp_path: Path):
    wizards: list[CancelWizard] = []

    def make() -> CancelWizard:
        window = CancelWizard(CancellationState(demo=True), progress_path=tmp_path / "p.json")
        qtbot.addWidget(window)
        window.show()
        wizards.append(window)
        return window

    yield make
    for window in wizards:
        window._closed = True
        window.shutdown()


def to_subscription(qtbot, wizard: CancelWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.graph is not None, timeout=WAIT)
    wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 6, timeout=WAIT)


def test_close_asks_saves_and_the_next_start_continues(qtbot, wizard_at, tmp_path: Path) -> None:
    wizard = wizard_at()
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Close"
    to_subscription(qtbot, wizard)
    page = wizard.currentPage()
    chosen = page.table.topLevelItem(2)
    page.table.setCurrentItem(chosen)
    name = wizard.state.subscription.name
    wizard.next()
    assert wizard.currentId() == PageId.DOMAINS
    saved = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert saved["page"] == PageId.DOMAINS and saved["subscription_name"] == name
    assert not {"token", "secret", "password", "access_token"} & set(saved)

    wizard.button(QWizard.WizardButton.CancelButton).click()
    box = wizard.close_box
    assert box is not None and box.isVisible() and wizard.isVisible()
    assert "next start offers to continue" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert wizard.isVisible()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert wizard.close_box.isVisible()
    wizard.close_box.button(QMessageBox.StandardButton.Close).click()
    assert not wizard.isVisible()

    again = wizard_at()
    welcome = again.currentPage()
    assert welcome.resume_box.isVisible()
    assert name in welcome.resume_text.text() and "Domains" in welcome.resume_text.text()
    to_subscription(qtbot, again)
    assert again.state.resume is not None
    assert again.state.subscription is not None and again.state.subscription.name == name


def test_start_over_forgets_the_progress(qtbot, wizard_at, tmp_path: Path) -> None:
    saved_progress.save(saved_progress.Progress(page=40, saved_at="2026-12-01T20:00:00+00:00",
                                                subscription_name="Basic"), tmp_path / "p.json")
    wizard = wizard_at()
    welcome = wizard.currentPage()
    assert welcome.resume_box.isVisible() and "Backup" in welcome.resume_text.text()
    welcome.start_over.click()
    assert not welcome.resume_box.isVisible() and not (tmp_path / "p.json").exists()


def test_nothing_done_closes_without_asking(qtbot, wizard_at) -> None:
    wizard = wizard_at()
    wizard.close()
    assert not wizard.isVisible()


class WorkingPage:
    """Stands in for the Backup or Mail move page while its work runs."""

    def __init__(self, answer: bool) -> None:
        self.running = True
        self.answer = answer
        self.asked = self.stopped = 0

    def agrees_to_stop(self) -> bool:
        self.asked += 1
        return self.answer

    def stop_for_close(self) -> None:
        self.stopped += 1


@pytest.mark.parametrize("mail_answer", [False, True])
def test_closing_during_a_backup_and_a_mail_move_stops_nothing_unless_both_agree(
        qtbot, wizard_at, monkeypatch: pytest.MonkeyPatch, mail_answer: bool) -> None:
    wizard = wizard_at()
    pages = {PageId.BACKUP: WorkingPage(True), PageId.MAIL_MOVE: WorkingPage(mail_answer)}
    monkeypatch.setattr(wizard, "built_page", lambda page_id: pages.get(page_id))

    assert wizard.may_close() is mail_answer
    assert [p.asked for p in pages.values()] == [1, 1]
    assert [p.stopped for p in pages.values()] == ([1, 1] if mail_answer else [0, 0])
