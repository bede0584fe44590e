"""The Domains page as a nervous admin meets it: plain column names (the terms in tooltips),
"What to do" never cut, a stable layout after "Message to users…", a typed domain that can
be taken off the list, and an NXDOMAIN for a verified domain blamed on the DNS server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.dns_world import DnsWorld
from tests.test_domains_page import open_page, state, wait_for_check, world  # noqa: F401
from ui.widgets.dns_table import DnsRecordTable


def test_plain_column_names_with_the_terms_in_tooltips(qtbot, open_page, state, world):  # noqa: F811
    page = open_page(state, world)
    header = page.table.headerItem()
    assert header.text(DnsRecordTable.TTL) == "Old answer until"
    assert header.text(DnsRecordTable.AGREE) == "Everywhere?"
    assert "TTL" in header.toolTip(DnsRecordTable.TTL)
    assert "authoritative" in header.toolTip(DnsRecordTable.AGREE)


def test_what_to_do_wraps_and_is_shown_in_full_below(qtbot, open_page, state, world):  # noqa: F811
    page = open_page(state, world)
    assert page.table.wordWrap() and not page.table.uniformRowHeights()
    advice = page.table.selected_row().advice
    assert page.detail.text().startswith("What to do: ") and advice in page.detail.text()
    assert page.detail.wordWrap()


def test_message_to_users_keeps_the_checked_line_and_the_buttons_still(
        qtbot, open_page, state, world):  # noqa: F811
    page = open_page(state, world)
    assert page.status.message.text().startswith("Checked at")
    for _ in range(5):   # the layout after the check, as the admin sees it: the table's
        QApplication.processEvents()   # wrap and its delayed row layout take a few rounds
    before = page.actions.notice_button.mapTo(page, page.actions.notice_button.rect().topLeft())
    page.actions.notice_button.click()
    qtbot.waitUntil(lambda: page.actions.dialog is not None and page.actions.dialog.isVisible(),
                    timeout=5000)
    assert page.status.message.text().startswith("Checked at")
    assert page.status.isVisible()
    QApplication.processEvents()
    after = page.actions.notice_button.mapTo(page, page.actions.notice_button.rect().topLeft())
    assert after == before
    page.actions.dialog.close()


def test_a_typed_domain_can_be_taken_off_the_list(qtbot, open_page, state, world):  # noqa: F811
    page = open_page(state, world)
    assert not page.actions.forget_button.isVisible()   # the tenant's own domain stays
    page.domain_box.lineEdit().clear()
    qtbot.keyClicks(page.domain_box.lineEdit(), "stale.test")
    qtbot.keyClick(page.domain_box.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "stale.test" in page.checks and not page.checking, timeout=8000)
    assert page.actions.forget_button.isVisible()
    page.actions.forget_button.click()
    assert page.domains() == ["lillebager.dk"]
    assert "stale.test" not in page.risks.text()
    assert "stale.test" not in state.domains.latest_checks


@pytest.fixture
def empty_world() -> Iterator[DnsWorld]:
    with DnsWorld() as empty:   # no zone for lillebager.dk: the resolver says NXDOMAIN
        yield empty


def test_nxdomain_for_a_verified_domain_blames_the_dns_server(
        qtbot, open_page, state, empty_world):  # noqa: F811
    page = open_page(state, empty_world)
    wait_for_check(qtbot, page)
    text = page.summary.text()
    assert "Microsoft 365 has this domain verified" in text
    assert "choose another DNS server" in text and "Check the spelling" not in text
