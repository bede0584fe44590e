"""Settings: the client ID is remembered (dialog and --client-id); never a secret in the file."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from app import cli
from app import settings as app_settings
from app.settings import Settings, is_client_id, is_tenant
from ui.settings_dialog import SettingsDialog

GUID = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b"


def test_settings_round_trip_and_survive_a_broken_file(tmp_path):
    path = tmp_path / "settings.json"
    assert app_settings.load(path) == Settings()
    app_settings.save(Settings(client_id=GUID, tenant="contoso.onmicrosoft.com"), path)
    assert app_settings.load(path).tenant == "contoso.onmicrosoft.com"
    path.write_text("{not json")
    assert app_settings.load(path) == Settings()


def test_what_counts_as_a_client_id_and_a_tenant():
    assert is_client_id(GUID) and is_client_id(f" {GUID} ")
    assert not is_client_id("my-app") and not is_client_id("")
    assert is_tenant("organizations") and is_tenant(GUID) and is_tenant("contoso.com")
    assert not is_tenant("common/../x") and not is_tenant("")


def test_client_id_option_is_remembered(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert cli.remember_client_id(GUID) == 0
    saved = json.loads((tmp_path / "Cancel365" / "settings.json").read_text())
    assert saved["client_id"] == GUID
    assert app_settings.load().client_id == GUID


def test_a_wrong_client_id_option_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert cli.main(["--client-id", "not-a-guid"]) == 2
    assert "is not a client ID" in capsys.readouterr().err
    assert app_settings.load().client_id == ""


def test_the_dialog_checks_and_saves_the_client_id(qtbot, tmp_path):
    path = tmp_path / "settings.json"
    dialog = SettingsDialog(Settings(), path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.client_id, "my app")
    dialog.accept()
    assert dialog.problem.isVisible() and "GUID" in dialog.problem.text()
    assert not path.exists()
    dialog.client_id.clear()
    qtbot.keyClicks(dialog.client_id, GUID)
    qtbot.keyClick(dialog.client_id, Qt.Key.Key_Return)   # Enter is OK
    assert dialog.saved is not None and dialog.saved.client_id == GUID
    assert app_settings.load(path).client_id == GUID
