"""cancel365 --self-test: passes on a good installation, fails (exit 1) and says why on a broken one."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from app import i18n
from ui import self_test
from ui.pages.page import Page

ROOT = Path(__file__).resolve().parent.parent


class BrokenPage(Page):
    """A page whose constructor fails, as a page with a bug would."""

    def __init__(self, state) -> None:
        super().__init__()
        raise RuntimeError("this page is broken on purpose")


class NeverCompletePage(Page):
    def __init__(self, state) -> None:
        super().__init__()
        QLabel("waits forever", self)

    def isComplete(self) -> bool:
        return False


def test_the_command_passes_and_reports_every_check(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "app", "--self-test"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "Self-test passed" in out
    for name in ("WelcomePage", "SubscriptionPage", "DomainsPage", "BackupPage",
                 "wizard walks to the last page", "keyring", "ok    TLS", "files verified",
                 "lillebager.dk: MICROSOFT"):
        assert name in out
    for language in ("da", "sv", "nl", "nb"):
        assert f"ok    translation {language}: 'en' → '{language}'" in out


def test_a_missing_translation_fails_the_self_test(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))   # no compiled .qm from before
    source = tmp_path / "i18n"
    shutil.copytree(i18n.I18N_DIR, source, ignore=shutil.ignore_patterns("*.qm"))
    (source / "cancel365_sv.ts").unlink()
    out = io.StringIO()

    assert self_test.run(out, i18n_source=source) == 1

    report = out.getvalue()
    assert "FAIL  translation sv: cancel365_sv.qm missing" in report
    assert "ok    translation da" in report
    assert "Self-test FAILED: 1 of" in report


def test_a_page_that_fails_to_build_fails_the_self_test(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    out = io.StringIO()

    assert self_test.run(out, extra_pages={45: f"{__name__}:BrokenPage"}) == 1

    report = out.getvalue()
    assert "FAIL  page 45 builds: RuntimeError: this page is broken on purpose" in report
    assert "ok    page 40 builds: BackupPage" in report


def test_a_page_that_never_completes_is_named(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))

    checks = self_test.walk_wizard({5: f"{__name__}:NeverCompletePage"}, page_timeout=1.0)

    walk = next(c for c in checks if c.name == "wizard walks to the last page")
    assert not walk.ok
    assert "NeverCompletePage did not become complete" in walk.detail
