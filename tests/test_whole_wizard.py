"""The whole wizard on the demo tenant, as an admin walks it: Welcome → Sign in → Subscription
→ Domains → Backup (a real one) → Move mail (skipped) → Key dates → Feedback → Confirm (the
demo's admin center cancels, Graph proves it) → Done → the record saved, then read back."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWizard

from app.backup.access import AccessKind, load_access
from app.confirm.checklist import RowState
from app.dates.key_dates import DateKind, Ending
from app.record.feedback import LeavingReason
from app.record.schema import load_schema, validate
from app.state import CancellationState
from ui.wizard import CancelWizard, PageId

WAIT = 20_000
ONLINE = "Microsoft 365 Business Basic"             # 6 licences: cancelled online
SMALL = {"https://lillebager.sharepoint.com/sites/Team",
         "https://lillebager.sharepoint.com/sites/Butik"}   # three small libraries


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, the password store's fallback and data of this test only."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def wizard(qtbot):
    window = CancelWizard(CancellationState(demo=True))
    qtbot.addWidget(window)
    window.show()
    yield window
    backup = window.page(PageId.BACKUP)
    backup.stop_for_close()
    window.shutdown()
    QThreadPool.globalInstance().waitForDone(10_000)


def arrive(wizard, page_id: PageId) -> object:
    wizard.next()
    assert wizard.currentId() == page_id, (wizard.currentId(), page_id)
    return wizard.currentPage()


def test_welcome_to_done_and_the_record(qtbot, wizard, tmp_path: Path) -> None:
    state: CancellationState = wizard.state
    assert wizard.currentId() == PageId.WELCOME

    # Sign in: the demo tenant starts and its admin signs in.
    page = arrive(wizard, PageId.SIGN_IN)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    token = state.graph.tokens.access_token()

    # Subscription: one that can be cancelled online.
    page = arrive(wizard, PageId.SUBSCRIPTION)
    qtbot.waitUntil(lambda: page.table.topLevelItemCount() == 6, timeout=WAIT)
    item = next(page.table.topLevelItem(r) for r in range(page.table.topLevelItemCount())
                if page.table.topLevelItem(r).text(0) == ONLINE)
    page.table.setCurrentItem(item)
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert state.subscription is not None and state.subscription.name == ONLINE

    # Domains: the demo domain still points at Microsoft 365; the admin goes on knowingly.
    page = arrive(wizard, PageId.DOMAINS)
    qtbot.waitUntil(lambda: page.loaded and not page.checking and bool(page.checks), timeout=WAIT)
    assert not page.isComplete()
    page.acknowledge.setChecked(True)
    assert page.isComplete()

    # Backup: a real one, of three small libraries, into tmp_path.
    page = arrive(wizard, PageId.BACKUP)
    page.access.choose(AccessKind.SET_UP_FOR_ME)
    page.access.continue_button.click()
    qtbot.waitUntil(lambda: page.phase == "ready", timeout=30_000)
    for owner in {d.owner for d in page.plan.drives}:
        page.plan_view.set_checked(owner, owner in SMALL)
    dest = tmp_path / "backup"
    page.dest.setText(str(dest))
    page.dest.editingFinished.emit()
    page.start_button.click()
    qtbot.waitUntil(lambda: page.phase == "ended", timeout=60_000)
    assert page.summary is not None and page.summary.complete
    qtbot.waitUntil(page.isComplete, timeout=WAIT)
    assert state.backup is not None
    access = load_access(page.store())
    assert access is not None and access.secret      # the app registration's client secret
    secret = access.secret

    # Move mail: the demo saved every mailbox; this admin's users move their own mail.
    page = arrive(wizard, PageId.MAIL_MOVE)
    qtbot.waitUntil(lambda: page.loaded, timeout=WAIT)
    assert page.boxes and not page.isComplete() and page.hint.text()
    page.skip_choice.setChecked(True)
    assert page.isComplete() and state.mail_move is not None and not state.mail_move.chosen

    # Key dates: cancel now.
    page = arrive(wizard, PageId.DATES)
    assert page.key_dates is not None and page.key_dates.ending is Ending.CANCEL_NOW
    assert page.isComplete()

    # Feedback.
    page = arrive(wizard, PageId.FEEDBACK)
    assert state.key_dates is not None and state.key_dates_reviewed_at is not None
    page.boxes[LeavingReason.COST].click()
    page.boxes[LeavingReason.OTHER_PROVIDER].click()
    page.provider.setText("Proton")
    page.comment.setPlainText("Mail only from now on.")

    # Confirm: the checklist (acknowledge what is still red), the typed name, the demo's admin
    # center cancels, and Graph shows the subscription leave Enabled.
    page = arrive(wizard, PageId.CONFIRM)
    assert state.feedback is not None and state.feedback.provider == "Proton"
    page.poll_interval = 0.5       # the demo's cancellation shows after 4 s
    qtbot.waitUntil(lambda: not page.gathering and state.checklist is not None, timeout=WAIT)
    for row in list(state.checklist.rows):
        if row.state is RowState.RED:
            assert page.acknowledge(row.ident, "The walk through the demo goes on.")
    assert state.checklist.complete
    page.name_edit.setText(ONLINE)
    assert page.name_matches() and page.route_box.isEnabled()
    page.route.open_button.click()
    dialog = page.demo_dialog
    assert dialog is not None
    dialog.open_product.click()
    dialog.start_cancel.click()
    dialog.confirm_cancel.click()
    qtbot.waitUntil(lambda: dialog.cancelled, timeout=WAIT)
    dialog.close()
    page.done_button.click()
    qtbot.waitUntil(lambda: not page.polling, timeout=60_000)
    assert state.confirmation is not None and state.confirmation.proven
    qtbot.waitUntil(page.isComplete, timeout=WAIT)

    # Done: the record, saved where the admin chose.
    page = arrive(wizard, PageId.DONE)
    assert "remove Office" in page.office.text()
    records = tmp_path / "records"
    records.mkdir()
    page.save_to(str(records))
    qtbot.waitUntil(lambda: page.saved is not None, timeout=WAIT)
    assert sorted(p.suffix for p in records.iterdir()) == [".json", ".pdf"]

    # The JSON, field by field.
    text = page.saved.json_path.read_text("utf-8")
    record = json.loads(text)
    validate(record, load_schema())
    assert record["schema"] == "cancel365-record" and record["version"] == 1
    assert record["demo"] is True
    assert record["tenant"]["display_name"] == "Lille Bager ApS"
    assert record["admin"]["user_principal_name"] == state.admin.user_principal_name
    assert record["signed_in_at"] == state.signed_in_at.isoformat()
    sub = record["subscription"]
    assert sub["before"]["name"] == ONLINE and sub["before"]["status"] == "Enabled"
    assert sub["decision"]["path"] == "online"
    [domain] = [d for d in record["domains"]["checked"] if d["domain"] == "lillebager.dk"]
    assert domain["before"]["status"] == "microsoft" and domain["after"]["checked_at"]
    assert record["domains"]["risks_acknowledged"] is True
    backup = record["backup"]
    assert backup["complete"] is True and backup["files_verified"] > 0
    assert backup["destination"] == state.backup.destination
    manifest = Path(backup["manifest"]["path"])
    assert manifest.is_file() and str(dest) in str(manifest)
    assert backup["manifest"]["sha256"] == hashlib.sha256(manifest.read_bytes()).hexdigest()
    assert record["mail_move"]["chosen"] is False and record["mail_move"]["moved"] == []
    assert not any(r["key"] == "mail-moved" for r in record["checklist"]["rows"])
    assert record["feedback"]["reasons"] == ["cost", "other_provider"]
    assert record["feedback"]["provider"] == "Proton"
    assert record["feedback"]["comment"] == "Mail only from now on."
    assert record["checklist"]["complete"] is True and record["checklist"]["rows"]
    assert all(r["state"] != "red" for r in record["checklist"]["rows"])
    confirmation = record["confirmation"]
    assert confirmation["typed_name"] == ONLINE and confirmation["channel"] == "admin-center"
    assert confirmation["proven"] is True
    readings = confirmation["proof"]["readings"]
    assert readings[0]["subscription_status"] == "Enabled"
    assert readings[-1]["subscription_status"] != "Enabled"
    dates = record["key_dates"]
    assert dates["subscription_id"] == sub["before"]["id"] and dates["ending"] == "cancel-now"
    assert dates["reviewed_at"] == state.key_dates_reviewed_at.isoformat()
    assert dates["dates"] == [{"kind": d.kind.value, "day": d.day.isoformat(), "known": d.known}
                              for d in state.key_dates.dates]
    deleted = state.key_dates.get(DateKind.DATA_DELETED)
    assert deleted is not None
    assert token not in text and secret not in text

    # The PDF's text.
    pdf = page.saved.pdf_path.read_bytes()
    assert token.encode() not in pdf and secret.encode() not in pdf
    words = " ".join("\n".join(p.extract_text() for p in PdfReader(str(page.saved.pdf_path))
                               .pages).split())
    assert "Cancellation record" in words and "Lille Bager ApS" in words
    assert ONLINE in words and "lillebager.dk" in words
    assert "Proven by Graph yes" in words
    assert deleted.day.isoformat() in words and "Data deleted" in words
    assert token not in words and secret not in words

    # Finish closes the wizard: the record is saved, so nothing is asked.
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
