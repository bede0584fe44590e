"""Choosing the wizard's language, remembering it, and compiling translations at first use."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app import i18n
from app.auth.secrets import SecretStore
from app.backup.access import Authority
from app.backup.access_flow import AccessDetailsError, set_up_for_me, use_existing
from app.backup.errors import DiskFullError
from app.backup.plan import ONEDRIVE, LeftOut
from app.cli import wizard_language
from app.demo.graph_server import DemoGraphServer
from app.graph.client import GraphClient
from tests.auth.keyrings import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent
DISK_FULL_EN = ("The destination /x is full. The backup stopped; files already verified are kept. Free up "
                "space (or choose a larger drive) and start the backup again: it resumes where it stopped.")


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
    assert folder.parent == tmp_path / "Cancel365" / "i18n"   # a folder per .ts content
    assert (folder / "cancel365_da.qm").stat().st_size > 0
    assert i18n.qm_folder("da") == folder                    # compiled once
    translators = i18n.install(qapp, "da")
    try:
        assert any(t.language().startswith("da") for t in translators)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        i18n.install(qapp, "en")


def test_core_errors_speak_the_wizards_language(tmp_path, monkeypatch, qapp):
    """An error made while the Danish translator is installed says it in Danish; else English."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert str(DiskFullError("/x")) == DISK_FULL_EN
    gone = LeftOut(ONEDRIVE, "anders@example.com", "Anders", "has no OneDrive")
    translators = i18n.install(qapp, "da")
    try:
        danish = str(DiskFullError("/x"))
        # A left-out reason stays English (the command line says it so); the wizard and the
        # report show it translated.
        assert (gone.reason, gone.shown_reason) == ("has no OneDrive", "har ingen OneDrive")
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        i18n.install(qapp, "en")
    assert "/x" in danish and danish != DISK_FULL_EN
    assert "sikkerhedskopieringen" in danish.lower()
    assert str(DiskFullError("/x")) == DISK_FULL_EN


def test_setting_up_backup_access_reports_its_steps_in_the_wizards_language(
        tmp_path, monkeypatch, qapp, demo_server: DemoGraphServer, graph: GraphClient):
    """"Set up backup access for me" says each step, and what was typed wrong, in Danish."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    store = SecretStore(tmp_path / "data", backend=MemoryKeyring())
    where = Authority(demo_graph_url=demo_server.graph_url)
    said: list[str] = []

    def wrong_client_id() -> str:
        with pytest.raises(AccessDetailsError) as caught:
            use_existing("lillebager.onmicrosoft.com", "not-a-guid", "s3cr3t", store, where,
                         demo_server.graph_url, threading.Event(), said.append)
        return str(caught.value)

    translators = i18n.install(qapp, "da")
    try:
        set_up_for_me(graph, store, demo_server.tenant.organization["id"], where,
                      threading.Event(), said.append)
        danish = wrong_client_id()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        i18n.install(qapp, "en")
    assert said[:3] == ["Finder Microsoft Graphs tilladelser i din lejer…",
                        "Opretter appregistreringen…", "Opretter appens tjenesteprincipal…"]
    assert "Giver administratorsamtykke til Files.Read.All…" in said
    assert danish.startswith("Klient-id'et er et GUID")
    assert wrong_client_id().startswith("The client ID is a GUID")


def test_core_texts_do_not_import_qt():
    """The command-line tools use the core's errors without paying for PySide6's import."""
    code = ("import sys, app.backup.errors as e; "
            "print('PySide6.QtCore' in sys.modules); print(e.DiskFullError('/x'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            check=True)
    loaded, message = result.stdout.splitlines()
    assert loaded == "False"
    assert message == DISK_FULL_EN
