"""Switching the wizard's language at runtime, from the Welcome page's menu or Settings:
every visible text follows, the choice is remembered; and the demo tenant's lessons."""

from __future__ import annotations

import contextlib
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QTreeWidget,
    QWidget,
    QWizard,
)

from app import i18n
from app import settings as app_settings
from app.settings import Settings
from app.state import CancellationState
from tools.update_translations import ROOT
from ui.pages.welcome import WelcomePage
from ui.settings_dialog import SettingsDialog
from ui.wizard import CancelWizard, PageId

WAIT = 15_000
PAGES = (PageId.WELCOME, PageId.SIGN_IN, PageId.SUBSCRIPTION, PageId.DOMAINS, PageId.BACKUP)
# Words that are the same in every language: brands, the demo tenant's data (organization,
# people, role names as Graph gives them, products), domain names, numbers and times.
KEEP = re.compile(
    r"Cancel365|Microsoft 365|Microsoft|OneDrive|SharePoint|Lille Bager ApS|Business Basic|"
    r"Global Administrator|Billing Administrator|[\w.+-]+@[\w.-]+|\b[\w-]+(\.[\w-]+)+\b|"
    r"\bDNS\b|\bMX\b|\bTTL\b|\d+")


@pytest.fixture(autouse=True)
def english_again(qapp, tmp_path, monkeypatch):
    """A private settings file and translation cache; English before and after each test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def wizard(qtbot):
    window = CancelWizard(CancellationState(demo=True))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()


def same_in(language: str) -> set[str]:
    """Sources whose translation the translators kept identical (Type, Status, TTL…)."""
    tree = ET.parse(ROOT / "i18n" / f"cancel365_{language}.ts")
    return {plain(m.findtext("source")) for m in tree.getroot().iter("message")
            if m.findtext("translation") == m.findtext("source")}


def plain(text: str) -> str:
    """Without markup and the & of a keyboard shortcut."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("&nbsp;", " ")
    return " ".join(re.sub(r"&(?=\S)", "", text).split())


def texts(wizard: QWizard) -> dict[object, str]:
    """Every visible label, button, check box, group title and table header of the window."""
    found: dict[object, str] = {}
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found[widget] = plain(widget.text())
        elif isinstance(widget, QGroupBox):
            found[widget] = plain(widget.title())
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                found[(widget, column)] = plain(header.text(column))
    return {key: text for key, text in found.items() if text}


def untranslated(english: dict[object, str], now: dict[object, str],
                 names: tuple[str, ...] = ()) -> list[str]:
    """English texts still shown as they were (and not names, numbers or brand words)."""
    kept = same_in("da")

    def words(text: str) -> str:
        for name in names:
            text = text.replace(name, " ")
        return KEEP.sub(" ", text)

    return [text for key, text in english.items()
            if now.get(key) == text and text not in kept
            and re.search(r"[A-Za-z]{2,}", words(text))]


def people(wizard: QWizard) -> tuple[str, ...]:
    """The signed-in admin's name: data from the tenant, the same in every language."""
    admin = wizard.state.admin
    return (admin.display_name,) if admin else ()


def switch(qtbot, wizard: QWizard, language: str) -> None:
    """Choose ``language`` in the Welcome page's menu, as the admin does."""
    choose(wizard.page(PageId.WELCOME).language, language)


def choose(menu, language: str) -> None:
    """Pick ``language`` in a language menu; Qt delivers the LanguageChange it posts."""
    menu.choose(language)
    assert i18n.current() == language
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def settle(qtbot, wizard: QWizard) -> None:
    """Wait until the page has what it reads (demo sign-in, subscriptions, DNS checks)."""
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: getattr(page, "status", None) is None
                    or page.status.state != "busy", timeout=WAIT)
    if wizard.currentId() == PageId.SUBSCRIPTION:
        qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 6, timeout=WAIT)
    if wizard.currentId() == PageId.DOMAINS:
        qtbot.waitUntil(lambda: bool(page.checks) and not page.checking, timeout=WAIT)


def go_on(wizard: QWizard) -> None:
    """What the admin does to be let on: a subscription that can be cancelled online, and
    "continue anyway" under the demo's domains, which still point at Microsoft 365."""
    page = wizard.currentPage()
    if wizard.currentId() == PageId.SUBSCRIPTION:
        for row in range(page.table.topLevelItemCount()):
            if page.table.topLevelItem(row).text(0) == "Microsoft 365 Business Basic":
                page.table.setCurrentItem(page.table.topLevelItem(row))
    if wizard.currentId() == PageId.DOMAINS:
        page.acknowledge.setChecked(True)


def wait_for(qtbot, condition) -> None:
    with contextlib.suppress(qtbot.TimeoutError):   # the assertion after it names what is left
        qtbot.waitUntil(condition, timeout=WAIT)


def test_every_page_speaks_danish_after_a_runtime_switch_and_english_again(qtbot, wizard):
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    size, place = wizard.size(), wizard.pos()
    compared = 0
    for page_id in PAGES:
        qtbot.waitUntil(lambda page_id=page_id: wizard.currentId() == page_id, timeout=WAIT)
        settle(qtbot, wizard)
        go_on(wizard)
        english = texts(wizard)

        switch(qtbot, wizard, "da")
        wait_for(qtbot, lambda english=english: not untranslated(english, texts(wizard),
                                                                 people(wizard)))
        settle(qtbot, wizard)
        assert untranslated(english, texts(wizard), people(wizard)) == [], f"page {page_id.name}"
        assert wizard.windowTitle() == "Cancel365 – forlad Microsoft 365 sikkert"
        assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Luk"
        assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Tilbage"
        if page_id == PageId.DOMAINS:   # the core's advice, checked again in Danish
            advice = wizard.currentPage().table.texts(wizard.currentPage().table.ADVICE)
            assert advice and all("Step" not in a for a in advice)
            assert any("Trin 1" in a for a in advice)
        compared += len(english)

        switch(qtbot, wizard, "en")
        wait_for(qtbot, lambda english=english: texts(wizard).items() >= english.items())
        settle(qtbot, wizard)
        back = texts(wizard)
        changed = [f"{text!r} -> {back.get(key)!r}" for key, text in english.items()
                   if key in back and back[key] != text
                   and not re.search(r"\d[:.]\d\d", text)]   # "Checked at 20:01"
        assert changed == [], f"page {page_id.name}"
        assert next_button.text() == "&Next >"
        assert (wizard.size(), wizard.pos()) == (size, place)   # the window does not jump
        if page_id != PAGES[-1]:
            qtbot.waitUntil(next_button.isEnabled, timeout=WAIT)
            wizard.next()
    assert compared > 80

    # Switched on the Backup page, the Domains page checks again when the admin goes back.
    switch(qtbot, wizard, "da")
    wizard.back()
    domains = wizard.currentPage()
    qtbot.waitUntil(lambda: any("Trin 1" in a for a in domains.table.texts(domains.table.ADVICE))
                    and not domains.checking, timeout=WAIT)


def test_the_choice_is_remembered_and_both_menus_follow(qtbot, wizard, tmp_path):
    welcome = wizard.page(PageId.WELCOME)
    assert [welcome.language.itemText(i) for i in range(welcome.language.count())] == [
        "English", "Dansk", "Svenska", "Nederlands", "Norsk bokmål"]
    choose(welcome.language, "sv")
    assert app_settings.load().language == "sv"
    assert welcome.language_label.text() == "S&pråk:"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Nästa >"

    path = tmp_path / "elsewhere.json"
    dialog = SettingsDialog(Settings(), wizard, path)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Svenska"
    assert dialog.windowTitle() == "Inställningar"
    choose(dialog.language, "nb")
    assert app_settings.load(path).language == "nb"
    assert dialog.windowTitle() == "Innstillinger"
    assert welcome.language.currentText() == "Norsk bokmål"   # the other menu follows
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Lukk"


def test_demo_lessons_are_shown_once_dismissed_and_never_on_a_real_tenant(qtbot, wizard):
    welcome = wizard.currentPage()
    lesson = welcome.lesson
    assert lesson.isVisible() and lesson.text.text() == welcome.demo_lesson()
    assert lesson.accessibleName() == "Demo lesson"
    assert "real tenant" in lesson.text.text()
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert not lesson.text.textInteractionFlags() & selectable
    qtbot.mouseMove(lesson.text)   # selectable once the mouse is on it (ui/widgets/lesson_note.py)
    qtbot.waitUntil(lambda: bool(lesson.text.textInteractionFlags() & selectable), timeout=WAIT)
    button = lesson.close_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.text() == "&Got it"
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)   # by keyboard
    assert not lesson.isVisible()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.state.graph is not None, timeout=WAIT)
    assert wizard.currentPage().lesson.isVisible()   # the next page has its own
    wizard.back()
    assert not wizard.currentPage().lesson.isVisible()   # dismissed: for the rest of the run

    switch(qtbot, wizard, "da")
    wizard.next()
    settle(qtbot, wizard)   # the subscriptions are read before the wizard closes
    da_lesson = wizard.currentPage().lesson
    assert da_lesson.text.text() == wizard.currentPage().demo_lesson()
    assert da_lesson.close_button.text() == "&Luk" and "lejer" in da_lesson.text.text()

    for page_id in PAGES:
        assert wizard.page(page_id).demo_lesson(), f"{page_id.name} has a lesson"


def test_a_real_tenant_shows_no_lesson(qtbot):
    page = WelcomePage(CancellationState(demo=False))
    qtbot.addWidget(page)
    page.show()
    assert page.demo_lesson() and not page.lesson.isVisible()


def test_texts_built_from_data_are_rebuilt_in_the_new_language(qtbot):
    """A backup's summary and a status line made from a function follow the switch; a status
    line given a finished sentence is cleared rather than left in the old language."""
    from app.backup.engine import BackupSummary
    from ui.widgets.backup_summary import SummaryView
    from ui.widgets.status import StatusLine

    view = SummaryView()
    busy, said = StatusLine(), StatusLine()
    for widget in (view, busy, said):
        qtbot.addWidget(widget)
    view.show_summary(BackupSummary(files_verified=3, bytes_verified=2048, files_failed=1))
    busy.busy(lambda: busy.tr("Try &again"))   # any translated text made on demand
    said.info("Checked at 20:01.")
    english = view.label.text()
    assert "Files verified: 3" in english

    welcome = WelcomePage(CancellationState(demo=True))
    qtbot.addWidget(welcome)
    choose(welcome.language, "da")
    assert view.label.text() != english and "3" in view.label.text()
    assert "Kontrollerede filer: 3" in view.label.text()
    assert busy.message.text() == busy.retry_button.text() != "Try &again"
    assert said.state == "idle" and said.message.text() == ""


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_two_shortcuts_clash_on_a_page(qtbot, wizard, language):
    """Alt+letter reaches one control per page in every language (the lessons' Got it too);
    only Qt's own wizard buttons may clash among themselves (nl: < &Terug, Vol&tooien)."""
    switch(qtbot, wizard, language)
    own = {wizard.button(b) for b in (QWizard.WizardButton.BackButton,
                                      QWizard.WizardButton.NextButton,
                                      QWizard.WizardButton.FinishButton,
                                      QWizard.WizardButton.CancelButton)}
    clashes = []
    for page_id in PAGES:
        qtbot.waitUntil(lambda page_id=page_id: wizard.currentId() == page_id, timeout=WAIT)
        settle(qtbot, wizard)
        go_on(wizard)
        keys: dict[str, list[QWidget]] = {}
        for widget in wizard.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton
                                                        | QGroupBox):
                continue
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue   # a label without a buddy has no shortcut
            key = re.search(r"&([^&\s;])", re.sub(r"&(amp|gt|lt|nbsp);", "", text))
            if key:
                keys.setdefault(key.group(1).lower(), []).append(widget)
        clashes += [f"{page_id.name}: " + " / ".join(
            w.title() if isinstance(w, QGroupBox) else w.text() for w in widgets)
            for widgets in keys.values() if len(widgets) > 1 and not set(widgets) <= own]
        if page_id != PAGES[-1]:
            qtbot.waitUntil(wizard.button(QWizard.WizardButton.NextButton).isEnabled,
                            timeout=WAIT)
            wizard.next()
    assert clashes == []
