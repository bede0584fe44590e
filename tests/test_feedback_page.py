"""The Feedback page: optional, reasons and the provider's name, a comment, Copy for the
admin center, nothing sent anywhere, and the answer kept in the state for the record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication

from app.record.feedback import Feedback, LeavingReason
from app.state import CancellationState
from ui.pages.feedback import FeedbackPage
from ui.wizard import CancelWizard, PageId

_wizards: list[CancelWizard] = []   # pytest-qt keeps only a weak reference


@pytest.fixture(autouse=True)
def _release() -> Iterator[None]:
    yield
    for wizard in _wizards:
        wizard.shutdown()
    _wizards.clear()


def open_page(qtbot, state: CancellationState | None = None) -> FeedbackPage:
    wizard = CancelWizard(state or CancellationState(demo=True))
    qtbot.addWidget(wizard)
    _wizards.append(wizard)
    wizard.setStartId(PageId.FEEDBACK)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, FeedbackPage)
    return page


def test_optional_and_says_nothing_is_sent(qtbot) -> None:
    page = open_page(qtbot)
    assert page.isComplete()
    assert "Nothing on this page is sent anywhere" in page.private.text()
    assert "(optional)" in page.title()
    assert not page.provider.isEnabled()
    assert not page.copy_button.isEnabled()
    assert page.wizard().validateCurrentPage()
    assert page.state.feedback is not None and page.state.feedback.empty


def test_the_provider_field_follows_its_reason(qtbot) -> None:
    page = open_page(qtbot)
    page.boxes[LeavingReason.OTHER_PROVIDER].click()
    assert page.provider.isEnabled() and page.provider_label.isEnabled()
    page.provider.setText("Proton")
    page.boxes[LeavingReason.OTHER_PROVIDER].click()
    assert not page.provider.isEnabled()
    assert page.feedback().provider == ""          # not kept without its reason


def test_copy_puts_the_answer_on_the_clipboard(qtbot) -> None:
    page = open_page(qtbot)
    page.boxes[LeavingReason.COST].click()
    page.boxes[LeavingReason.OTHER_PROVIDER].click()
    page.provider.setText("  Proton  ")
    page.comment.setPlainText("We only need mail now.")
    assert page.copy_button.isEnabled()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "It costs too much\nWe are moving to another provider: Proton\n\nWe only need mail now.")
    assert "Copied" in page.copy_note.text()
    page.comment.setPlainText("Changed.")
    assert page.copy_note.text() == ""


def test_next_keeps_the_answer_and_back_shows_it_again(qtbot) -> None:
    page = open_page(qtbot)
    page.boxes[LeavingReason.MISSING_FEATURES].click()
    page.boxes[LeavingReason.TOO_COMPLEX].click()
    page.comment.setPlainText("Too many admin pages.")
    assert page.wizard().validateCurrentPage()
    saved = page.state.feedback
    assert saved is not None and saved.given_at is not None
    assert saved.reasons == (LeavingReason.MISSING_FEATURES, LeavingReason.TOO_COMPLEX)
    assert saved.comment == "Too many admin pages."

    again = open_page(qtbot, page.state)
    assert again.boxes[LeavingReason.MISSING_FEATURES].isChecked()
    assert not again.boxes[LeavingReason.COST].isChecked()
    assert again.comment.toPlainText() == "Too many admin pages."


def test_keyboard_mnemonics_and_accessible_names(qtbot) -> None:
    page = open_page(qtbot)
    for box in page.boxes.values():
        assert "&" in box.text()
    assert page.provider_label.buddy() is page.provider
    assert page.comment_label.buddy() is page.comment
    assert page.provider.accessibleName() and page.comment.accessibleName()
    assert page.comment.tabChangesFocus()
    assert page.demo_lesson()


def test_copy_text_orders_reasons_and_drops_blank_parts() -> None:
    feedback = Feedback((LeavingReason.OTHER, LeavingReason.COST), "", "  ")
    assert feedback.reasons == (LeavingReason.COST, LeavingReason.OTHER)
    assert feedback.copy_text() == "It costs too much\nAnother reason"
    assert Feedback().copy_text() == "" and Feedback().empty


def test_a_language_switch_retranslates_the_page(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.i18n import qm_folder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))   # this checkout's own .qm
    folder = qm_folder("da")
    if folder is None:
        pytest.skip("lrelease is not available to build the Danish translation")
    page = open_page(qtbot)
    translator = QTranslator()
    assert translator.load(str(folder / "cancel365_da.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: "Intet på denne side sendes" in page.private.text(), timeout=5000)
        assert page.boxes[LeavingReason.COST].text() == "Det &koster for meget"
        assert page.title() == "Hvorfor stopper I? (valgfrit)"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: "Nothing on this page" in page.private.text(), timeout=5000)
