"""Every string the admin sees is translated into Danish, Swedish, Dutch and Norwegian,
and every translation keeps the placeholders, links and markup of its source."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.update_translations import LANGUAGES, ROOT, lupdate

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|<a href='[^']*'>|</?b>|&gt;")


def texts(translation: ET.Element) -> list[str]:
    """A translation's text, or each of its plural forms ("%n user(s)")."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> dict[str, Path]:
    """The .ts files as lupdate makes them from today's sources."""
    folder = tmp_path_factory.mktemp("i18n")
    copies = {}
    for lang in LANGUAGES:
        copies[lang] = folder / f"cancel365_{lang}.ts"
        shutil.copy(ROOT / "i18n" / f"cancel365_{lang}.ts", copies[lang])
    lupdate(list(copies.values()))
    return copies


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translation_files_hold_every_source_string(lang, fresh):
    committed = set(messages(ROOT / "i18n" / f"cancel365_{lang}.ts"))
    current = set(messages(fresh[lang]))
    assert current - committed == set(), "run tools/update_translations.py"
    assert committed - current == set(), "run tools/update_translations.py"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_markup(lang):
    for (context, source), translation in messages(ROOT / "i18n" / f"cancel365_{lang}.ts").items():
        for text in texts(translation):
            if not text:
                continue
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                f"{lang} {context}: {source!r} -> {text!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    """No message is left unfinished or empty (in every plural form, where there are some)."""
    missing = []
    for ctx in ET.parse(ROOT / "i18n" / f"cancel365_{lang}.ts").getroot().iter("context"):
        for msg in ctx.iter("message"):
            translation = msg.find("translation")
            forms = translation.findall("numerusform") if msg.get("numerus") == "yes" else [translation]
            if (translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not forms or any(not (form.text or "").strip() for form in forms)):
                missing.append(f"{ctx.findtext('name')}: {msg.findtext('source')!r}")
    assert missing == [], f"{len(missing)} {lang} messages to translate:\n" + "\n".join(missing)


MNEMONIC = re.compile(r"&(?!gt;|lt;|amp;)")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_one_keyboard_shortcut(lang):
    """A label with an &-shortcut keeps exactly one, so the control stays keyboard-usable."""
    for (context, source), translation in messages(ROOT / "i18n" / f"cancel365_{lang}.ts").items():
        for text in texts(translation):
            if text:
                assert len(MNEMONIC.findall(text)) == len(MNEMONIC.findall(source)), \
                    f"{lang} {context}: {source!r} -> {text!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_wizard_speaks_the_language_buttons_included(lang, qapp):
    """The compiled translation loads, and Qt's own (wizard buttons) too: nb borrows Qt's nn."""
    from PySide6.QtCore import QCoreApplication

    from app.i18n import install as install_translations

    translators = install_translations(qapp, lang)
    try:
        ours = QCoreApplication.translate("SignInPage", "Sign in to Microsoft 365")
        back = QCoreApplication.translate("QWizard", "< &Back")
        assert ours not in ("", "Sign in to Microsoft 365")
        assert back not in ("", "< &Back")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translations(qapp, "en")
