"""Choosing the wizard's language, remembering it, and compiling translations at first use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app import i18n
from app.cli import wizard_language


@pytest.mark.parametrize(("asked", "used"), [
    ("da", "da"), ("da_DK", "da"), ("sv-SE", "sv"), ("no", "nb"), ("nn", "nb"), ("nl", "nl"),
    ("de", "en"), ("EN", "en"),
])
def test_languages_map_to_the_five_the_wizard_speaks(asked, used):
    assert i18n.pick_language(asked) == used


def test_language_is_remembered_for_the_next_start(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert wizard_language(None) is None
    assert wizard_language("sv_SE") == "sv"
    assert wizard_language(None) == "sv"
    assert '"language": "sv"' in (tmp_path / "Cancel365" / "settings.json").read_text()


def test_translations_compile_into_the_cache_and_load(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = i18n.qm_folder("da")
    assert folder == tmp_path / "Cancel365" / "i18n"
    assert (folder / "cancel365_da.qm").stat().st_size > 0
    translators = i18n.install(qapp, "da")
    try:
        assert any(t.language().startswith("da") for t in translators)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        i18n.install(qapp, "en")
