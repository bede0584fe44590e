"""The Done page: what happens now, the key dates again, and Save the record: JSON and PDF
in the chosen folder, Open / Show in folder, and the path to copy when nothing opens it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from app.graph.client import GraphClient
from app.state import CancellationState
from tests.record_support import filled_state
from ui.pages.done import CLOSE_ACCOUNT_URL, DonePage
from ui.wizard import CancelWizard, PageId

TODAY = datetime.now().astimezone().date().isoformat()


class Opener:
    """Stands in for QDesktopServices.openUrl: records the URLs, answers as told."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.opened: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url.toLocalFile())
        return self.works


@pytest.fixture
def open_page(qtbot) -> Iterator[Callable[..., DonePage]]:
    wizards: list[CancelWizard] = []

    def open_one(state: CancellationState, opener: Opener | None = None,
                 folder: str = "") -> DonePage:
        wizard = CancelWizard(state)
        qtbot.addWidget(wizard)
        wizards.append(wizard)
        page = DonePage(state, open_url=opener or Opener(),
                        choose_folder=lambda parent, title, start: folder)
        wizard.setPage(PageId.DONE + 1, page)       # the page as built for the test, last
        wizard.removePage(PageId.DONE)
        wizard.setStartId(PageId.DONE + 1)
        wizard.show()
        assert wizard.currentPage() is page
        return page

    yield open_one
    for wizard in wizards:
        wizard.shutdown()


@pytest.fixture
def state(graph: GraphClient, tmp_path: Path) -> CancellationState:
    return filled_state(graph, tmp_path)


def test_what_happens_now_from_the_facts(open_page, state: CancellationState) -> None:
    page = open_page(state)
    assert "read and print" in page.office.text() and "remove Office" in page.office.text()
    assert "reduced-functionality mode" in page.office.text()
    assert "90 days" in page.reactivate.text() and "reactivate" in page.reactivate.text()
    assert "Billing &gt; Your products" in page.reactivate.text()
    assert CLOSE_ACCOUNT_URL in page.close_early.text()
    assert "deleted at once" in page.close_early.text()
    assert page.wizard().button(QWizard.WizardButton.FinishButton).isVisible()
    assert page.demo_lesson()


def test_the_key_dates_again(open_page, state: CancellationState) -> None:
    page = open_page(state)
    text = page.dates.text()
    for day in state.key_dates.dates:
        assert page.format_day(day.day) in text
    assert "Read-only" in text and "(estimated)" in text
    state.key_dates = None
    page.initializePage()
    assert "were not worked out" in page.dates.text()


def test_save_writes_json_and_pdf_and_shows_both(qtbot, open_page, state: CancellationState,
                                                 tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    opener = Opener()
    page = open_page(state, opener, str(folder))
    page.save_button.click()
    qtbot.waitUntil(lambda: page.saved is not None, timeout=30_000)
    json_path = folder / f"cancellation-record-{TODAY}.json"
    pdf_path = folder / f"cancellation-record-{TODAY}.pdf"
    assert page.saved.json_path == json_path and page.saved.pdf_path == pdf_path
    assert json.loads(json_path.read_text("utf-8"))["tenant"]["display_name"] == "Lille Bager ApS"
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == [json_path.name, pdf_path.name]
    assert page.status.state == "info" and "saved" in page.status.message.text()
    assert page.pdf_file.isVisible() and str(pdf_path) in page.pdf_file.label.text()
    assert page.json_file.isVisible() and str(json_path) in page.json_file.label.text()

    page.pdf_file.open_button.click()
    page.json_file.folder_button.click()
    assert opener.opened == [str(pdf_path), str(folder)]
    assert not page.pdf_file.copy_button.isVisible()

    page.save_button.click()                         # again: the same two files, replaced
    qtbot.waitUntil(lambda: not page.saving, timeout=30_000)
    assert sorted(p.name for p in folder.iterdir()) == [json_path.name, pdf_path.name]


def test_when_nothing_can_open_it_the_path_is_there_to_copy(qtbot, open_page,
                                                            state: CancellationState,
                                                            tmp_path: Path) -> None:
    page = open_page(state, Opener(works=False))
    page.save_to(str(tmp_path))
    qtbot.waitUntil(lambda: page.saved is not None, timeout=30_000)
    page.pdf_file.open_button.click()
    assert page.pdf_file.failed.isVisible()
    assert str(page.saved.pdf_path) in page.pdf_file.failed.text()
    assert page.pdf_file.copy_button.isVisible()
    page.pdf_file.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(page.saved.pdf_path)
    page.json_file.folder_button.click()
    assert str(tmp_path) in page.json_file.failed.text()


def test_another_record_of_the_day_is_kept(qtbot, open_page, state: CancellationState,
                                           tmp_path: Path) -> None:
    earlier = tmp_path / f"cancellation-record-{TODAY}.json"
    earlier.write_text("{}")
    page = open_page(state)
    page.save_to(str(tmp_path))
    qtbot.waitUntil(lambda: page.saved is not None, timeout=30_000)
    assert earlier.read_text() == "{}"
    assert page.saved.json_path.name == f"cancellation-record-{TODAY}-2.json"
    assert page.saved.pdf_path.name == f"cancellation-record-{TODAY}-2.pdf"


def test_a_folder_that_cannot_be_written_says_so_with_retry(qtbot, open_page,
                                                            state: CancellationState,
                                                            tmp_path: Path) -> None:
    missing = tmp_path / "gone"
    page = open_page(state)
    page.save_to(str(missing))
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=30_000)
    assert "could not be saved" in page.status.message.text()
    assert str(missing) in page.status.message.text()
    assert page.status.retry_button.isVisible() and page.save_button.isEnabled()
    missing.mkdir()
    page.status.retry_button.click()
    qtbot.waitUntil(lambda: page.saved is not None, timeout=30_000)
    assert page.saved.folder == missing


def test_cancelling_the_folder_dialog_saves_nothing(open_page, state: CancellationState) -> None:
    page = open_page(state, folder="")
    page.save_button.click()
    assert page.saved is None and not page.saving and page.status.state == "idle"


def answer_next_question(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        asked.append(box.text())
        box.button(button).click()
    QTimer.singleShot(50, answer)


def test_finish_without_the_record_asks_first(qtbot, open_page, state: CancellationState,
                                              tmp_path: Path) -> None:
    page = open_page(state)
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    assert not page.validatePage()
    assert asked and "not saved" in asked[0]
    page.save_to(str(tmp_path))
    assert not page.validatePage()                # still writing: not yet
    qtbot.waitUntil(lambda: page.saved is not None, timeout=30_000)
    assert page.validatePage()                    # saved: Finish closes without a question
    asked.clear()
    page.saved = None
    answer_next_question(QMessageBox.StandardButton.Close, asked)
    assert page.validatePage() and asked


def test_a_language_switch_retranslates_the_page(qtbot, open_page, state: CancellationState,
                                                 tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.i18n import qm_folder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))   # this checkout's own .qm
    folder = qm_folder("da")
    if folder is None:
        pytest.skip("lrelease is not available to build the Danish translation")
    page = open_page(state)
    page.save_to(str(tmp_path))
    qtbot.waitUntil(lambda: page.saved is not None, timeout=30_000)
    translator = QTranslator()
    assert translator.load(str(folder / "cancel365_da.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "Office på jeres computere" in page.office.text(), timeout=5000)
        assert "Fakturering &gt; Abonnementer" in page.reactivate.text()
        assert page.save_button.text() == "&Gem rapporten…"
        assert page.pdf_file.open_button.text() == "Å&bn PDF"
        assert "Rapporten til at læse og udskrive (PDF)" in page.pdf_file.label.text()
        assert page.status.message.text() == "Rapporten er gemt."
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: "Office on your computers" in page.office.text(), timeout=5000)


def test_says_whether_graph_proved_the_cancellation(open_page, state: CancellationState) -> None:
    page = open_page(state)
    assert page.proof.isVisible() and page.proof.text().startswith("<b>Cancelled.</b>")
    state.confirmation.proof = None
    state.confirmation.timeout_acknowledged = True
    page.initializePage()
    assert "Not proven yet" in page.proof.text() and "cancel365 status" in page.proof.text()
    state.confirmation = None
    page.initializePage()
    assert not page.proof.isVisible()
