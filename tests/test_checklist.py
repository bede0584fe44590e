"""The final checklist: rows from the wizard's state and live reads; red rows are fixed or
acknowledged with a reason, and until then the Confirm page does not let the admin on."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from app.confirm.checklist import RowState, build_checklist
from app.confirm.evidence import gather, known_domains, read_backup_counts
from app.demo.dns_server import DnsServer
from app.demo.dns_zones import demo_store, nameserver_zone
from app.domains.dns.check import CheckOptions, Nameserver
from app.errors import Cancel365Error
from app.subscription.rules import CancellationPath
from tests.confirm_support import STANDARD, backup_on_disk, signed_in
from ui.pages.confirm import ConfirmPage
from ui.widgets.checklist_view import AcknowledgeDialog
from ui.wizard import CancelWizard, PageId

WAIT = 15_000
MOVED = ("@ 3600 IN SOA ns1.newdns.test. h.newdns.test. 1 3600 300 2419200 300\n"
         "@ 3600 IN NS ns1.newdns.test.\n@ 3600 IN NS ns2.newdns.test.\n"
         "@ 300 IN MX 10 mx.newmail.test.\n")


@pytest.fixture
def dns():
    with DnsServer(demo_store()) as server:
        yield server


def options(server: DnsServer) -> CheckOptions:
    return CheckOptions(nameservers=(Nameserver("127.0.0.1", server.port),),
                        authoritative_port=server.port, timeout=2.0)


def move_dns_away(server: DnsServer) -> None:
    """What the admin does at the DNS host: MX and NS to the new provider."""
    server.store.add_zone("lillebager.dk", MOVED)
    server.store.add_zone("newdns.test", nameserver_zone("newdns.test", "127.0.0.1"))


def remove_domain(demo_server, graph) -> None:
    demo_server.tenant.rename_users_to_initial_domain("lillebager.dk")
    graph.delete("/domains/lillebager.dk")


def evidence_for(state, dns_server):
    return gather(state.graph, known_domains=known_domains(state),
                  sku_id=state.subscription.subscription.sku_id,
                  manifest_path=state.backup.manifest_path if state.backup else None,
                  dns_options=options(dns_server))


def states(checklist) -> dict[str, RowState]:
    return {row.ident: row.state for row in checklist.rows}


def test_rows_from_a_fresh_state_say_what_is_not_done(graph, dns):
    state = signed_in(graph)
    checklist = build_checklist(state, evidence_for(state, dns))
    assert states(checklist) == {
        "licences": RowState.GREEN,
        "dns:lillebager.dk": RowState.RED,
        "domain-removed:lillebager.dk": RowState.RED,
        "backup": RowState.RED,
        "users-told": RowState.RED,
        "key-dates": RowState.RED,
    }
    fixes = {row.ident: row.fix_page for row in checklist.rows}
    assert fixes["dns:lillebager.dk"] == PageId.DOMAINS
    assert fixes["domain-removed:lillebager.dk"] == PageId.DOMAINS
    assert fixes["backup"] == PageId.BACKUP
    assert fixes["key-dates"] == PageId.DATES
    assert "MX + NS" in checklist.row("dns:lillebager.dk").detail
    assert "still lists it" in checklist.row("domain-removed:lillebager.dk").detail
    assert "6 licences" in checklist.row("licences").detail
    assert not checklist.complete


def test_every_row_green_once_the_work_is_done(demo_server, graph, dns, tmp_path):
    state = signed_in(graph)
    move_dns_away(dns)
    remove_domain(demo_server, graph)
    state.domains.removed("lillebager.dk")
    state.backup = backup_on_disk(str(tmp_path / "backup"), verified=4, notebooks=1)
    state.users_told = True
    state.key_dates_reviewed_at = datetime.now(UTC)
    checklist = build_checklist(state, evidence_for(state, dns))
    assert set(states(checklist).values()) == {RowState.GREEN}, [
        (r.ident, r.detail) for r in checklist.rows if r.state is not RowState.GREEN]
    assert checklist.complete
    assert "4 files verified, 1 not downloadable, 0 failed" in checklist.row("backup").detail
    assert "Removed at" in checklist.row("domain-removed:lillebager.dk").detail


def test_a_mail_moved_row_only_when_the_admin_chose_to_move_the_mail(graph, dns):
    from app.state import MailMoveResult

    state = signed_in(graph)
    evidence = evidence_for(state, dns)
    assert "mail-moved" not in states(build_checklist(state, evidence))
    state.mail_move = MailMoveResult(chosen=False, finished_at=datetime.now(UTC))   # skipped
    assert "mail-moved" not in states(build_checklist(state, evidence))

    state.mail_move = MailMoveResult(chosen=True)          # chosen, not run yet
    row = build_checklist(state, evidence).row("mail-moved")
    assert row.state is RowState.RED and row.fix_page == PageId.MAIL_MOVE
    assert row.label == "Mail moved to the new provider"
    state.mail_move = MailMoveResult(chosen=True, moved=("a@lillebager.dk",),
                                     not_moved=("b@lillebager.dk",), finished_at=datetime.now(UTC))
    row = build_checklist(state, evidence).row("mail-moved")
    assert row.state is RowState.RED and "b@lillebager.dk" in row.detail
    state.mail_move = MailMoveResult(chosen=True, moved=("a@lillebager.dk", "b@lillebager.dk"),
                                     complete=True, finished_at=datetime.now(UTC))
    row = build_checklist(state, evidence).row("mail-moved")
    assert row.state is RowState.GREEN and "(users: 2;" in row.detail


def test_a_removed_domain_is_still_checked_live_in_dns(demo_server, graph, dns):
    """Gone from the tenant, but its MX still at Microsoft: mail would bounce."""
    state = signed_in(graph)
    remove_domain(demo_server, graph)
    state.domains.removed("lillebager.dk")
    checklist = build_checklist(state, evidence_for(state, dns))
    assert checklist.row("domain-removed:lillebager.dk").state is RowState.GREEN
    assert checklist.row("dns:lillebager.dk").state is RowState.RED


def test_the_backup_row_reads_the_manifest_not_the_summary(graph, dns, tmp_path):
    state = signed_in(graph)
    state.backup = backup_on_disk(str(tmp_path / "b"), verified=2, failed=1)
    state.backup.summary.files_failed = 0        # memory says fine; the manifest does not
    row = build_checklist(state, evidence_for(state, dns)).row("backup")
    assert row.state is RowState.RED
    assert "1 failed" in row.detail


def test_an_unfinished_backup_is_red(graph, dns, tmp_path):
    state = signed_in(graph)
    state.backup = backup_on_disk(str(tmp_path / "b"), verified=2, unfinished=5)
    row = build_checklist(state, evidence_for(state, dns)).row("backup")
    assert row.state is RowState.RED and "5 not finished" in row.detail


def test_a_missing_manifest_is_red_and_says_so(graph, dns, tmp_path):
    state = signed_in(graph)
    state.backup = backup_on_disk(str(tmp_path / "b"))
    os.remove(state.backup.manifest_path)
    row = build_checklist(state, evidence_for(state, dns)).row("backup")
    assert row.state is RowState.RED
    assert "not there any more" in row.detail


def test_the_manifest_is_opened_read_only(tmp_path):
    result = backup_on_disk(str(tmp_path / "b"), verified=3)
    before = os.path.getmtime(result.manifest_path)
    counts = read_backup_counts(result.manifest_path)
    assert (counts.verified, counts.failed, counts.not_downloadable) == (3, 0, 1)
    assert os.path.getmtime(result.manifest_path) == before
    with pytest.raises(Cancel365Error):
        read_backup_counts(str(tmp_path / "nowhere" / "m.sqlite"))


def test_licences_are_read_again_and_the_support_path_counts(demo_server, graph, dns):
    state = signed_in(graph, STANDARD)
    assert state.decision.path is CancellationPath.TOO_MANY_LICENCES
    row = build_checklist(state, evidence_for(state, dns)).row("licences")
    assert row.state is RowState.GREEN and "support" in row.detail
    # The admin meant to cancel online: more than 25 is red, read live from Microsoft 365.
    state.decision = type(state.decision)(CancellationPath.ONLINE, 31)
    row = build_checklist(state, evidence_for(state, dns)).row("licences")
    assert row.state is RowState.RED and "31 licences" in row.detail


def test_an_acknowledgement_needs_a_reason_and_survives_a_recheck(graph, dns):
    state = signed_in(graph)
    evidence = evidence_for(state, dns)
    checklist = build_checklist(state, evidence)
    with pytest.raises(ValueError):
        checklist.acknowledge("backup", "   ")
    assert checklist.row("backup").state is RowState.RED
    checklist.acknowledge("backup", "We keep no files in Microsoft 365.")
    row = checklist.row("backup")
    assert row.state is RowState.ACKNOWLEDGED
    assert row.acknowledgement_reason == "We keep no files in Microsoft 365."
    again = build_checklist(state, evidence, checklist)
    assert again.row("backup").state is RowState.ACKNOWLEDGED
    state.users_told = True
    checklist.acknowledge("users-told", "Told them at the meeting.")
    told = build_checklist(state, evidence, checklist).row("users-told")
    assert told.state is RowState.GREEN and told.acknowledgement_reason == ""


# -- on the page -----------------------------------------------------------------

@pytest.fixture
def confirm_wizard(qtbot, graph, dns):
    state = signed_in(graph)
    wizard = CancelWizard(state)
    wizard.removePage(PageId.CONFIRM)   # the page with the test's DNS and poll timing
    wizard.setPage(PageId.CONFIRM, ConfirmPage(state, dns_options=options(dns)))
    wizard.setStartId(PageId.CONFIRM)
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.show()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: state.checklist is not None and not page.gathering, timeout=WAIT)
    yield wizard
    wizard.shutdown()


def next_enabled(wizard) -> bool:
    return any(wizard.button(b).isEnabled() and wizard.button(b).isVisible()
               for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton))


def test_red_rows_keep_the_page_closed_until_acknowledged_with_a_reason(qtbot, confirm_wizard):
    wizard = confirm_wizard
    page, state = wizard.currentPage(), wizard.state
    assert not page.name_box.isEnabled()
    assert not page.acknowledge("backup", "")            # no reason, no acknowledgement
    assert state.checklist.row("backup").state is RowState.RED
    page.checklist_view.rows["users-told"].tick.setChecked(True)
    assert state.users_told and state.checklist.row("users-told").state is RowState.GREEN
    for row in list(state.checklist.red_rows):
        assert not page.name_box.isEnabled()
        assert page.acknowledge(row.ident, f"Reason for {row.key.value}")
    assert state.checklist.complete and page.name_box.isEnabled()
    assert {r.ident: r.acknowledgement_reason for r in state.checklist.rows
            if r.state is RowState.ACKNOWLEDGED}["key-dates"] == "Reason for key-dates"
    assert not next_enabled(wizard)                      # still: the name and the proof


def test_the_acknowledge_dialog_needs_text(qtbot, confirm_wizard):
    page, state = confirm_wizard.currentPage(), confirm_wizard.state
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AcknowledgeDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["empty"] = ok.isEnabled()
        qtbot.keyClicks(dialog.reason, "Mail already moved by our provider.")
        seen["typed"] = ok.isEnabled()
        ok.click()

    QTimer.singleShot(0, answer)
    page.checklist_view.rows["dns:lillebager.dk"].ack.click()
    assert seen == {"empty": False, "typed": True}
    row = state.checklist.row("dns:lillebager.dk")
    assert row.state is RowState.ACKNOWLEDGED
    assert row.acknowledgement_reason == "Mail already moved by our provider."


def test_fix_goes_back_to_the_page_that_fixes_it(qtbot, graph, dns):
    state = signed_in(graph)
    wizard = CancelWizard(state)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()                                        # sign-in: the demo's own server
    qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=WAIT)
    confirm = wizard.page(PageId.CONFIRM)
    confirm.dns_options = options(dns)
    wizard.setStartId(PageId.SUBSCRIPTION)
    wizard.restart()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 6, timeout=WAIT)
    for r in range(page.table.topLevelItemCount()):
        if page.table.topLevelItem(r).text(0) == "Microsoft 365 Business Basic":
            page.table.setCurrentItem(page.table.topLevelItem(r))
    wizard.next()
    assert wizard.currentId() == PageId.DOMAINS
    domains = wizard.currentPage()
    qtbot.waitUntil(lambda: domains.loaded and not domains.checking, timeout=WAIT)
    domains.acknowledge.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PageId.BACKUP
    wizard.currentPage().elsewhere.setChecked(True)     # "backed up elsewhere"
    wizard.next()
    while wizard.currentId() != PageId.CONFIRM:          # Move mail (nothing saved), Key dates, Feedback
        assert wizard.currentId() in (PageId.MAIL_MOVE, PageId.DATES, PageId.FEEDBACK)
        wizard.next()
    qtbot.waitUntil(lambda: state.checklist is not None and not confirm.gathering, timeout=WAIT)
    row = confirm.checklist_view.rows["domain-removed:lillebager.dk"]
    assert row.fix.isVisible()
    assert not confirm.checklist_view.rows["key-dates"].fix.isVisible()  # reviewed on the way
    assert confirm.checklist_view.rows["backup"].fix.isVisible()   # the page just before
    row.fix.click()
    assert wizard.currentId() == PageId.DOMAINS
