"""Words: the reminder does not contradict itself, a validation error has no Try again,
and Danish shows no English "bytes" or "Resolver"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from app import i18n
from app.backup.access import AccessKind
from app.backup.errors import human_bytes
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.state import CancellationState
from ui.pages.backup import BackupPage
from ui.pages.domains import DomainsPage
from ui.widgets.backup_reminder import ReminderDialog
from ui.wizard import CancelWizard, PageId


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


def test_the_reminder_does_not_ask_users_to_copy_what_is_backed_up(qtbot) -> None:
    dialog = ReminderDialog("Lille Bager ApS")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "your own OneDrive included" in text and "need not copy" in text
    assert "files in your OneDrive" not in text


def test_bytes_and_the_resolver_speak_danish(qtbot, danish) -> None:
    assert human_bytes(12) == "12 byte"
    assert human_bytes(1536) == "1.5 KB"
    page = DomainsPage(CancellationState())
    qtbot.addWidget(page)
    assert "Resolver" not in page.resolver_label.text()
    assert page.resolver_label.text() == "DNS-se&rver:"


def test_english_sizes_and_the_plain_dns_server_label(qtbot) -> None:
    assert human_bytes(512) == "512 bytes"
    page = DomainsPage(CancellationState())
    qtbot.addWidget(page)
    assert page.resolver_label.text() == "DNS se&rver:"
    assert "resolver" in page.resolver.box.toolTip()   # the technical term, in the tooltip


@pytest.fixture
def backup_page(qtbot, graph: GraphClient, tenant: Tenant, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[BackupPage]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    state = CancellationState(demo=True)
    state.signed_in(graph, tenant.organization(), tenant.signed_in_user())
    wizard = CancelWizard(state)
    qtbot.addWidget(wizard)
    wizard.setStartId(PageId.BACKUP)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, BackupPage)
    yield page
    page.stop_for_close()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_validation_error_has_no_try_again(qtbot, backup_page: BackupPage) -> None:
    page = backup_page
    page.access.choose(AccessKind.EXISTING_APP)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.access_status.state == "error", timeout=10_000)
    assert "tenant's ID" in page.access_status.message.text()
    assert not page.access_status.retry_button.isVisible()
    assert page.access.tenant.hasFocus() or not page.isActiveWindow()
