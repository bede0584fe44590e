"""The Backup page with mail: the plan lists every mailbox with counts and sizes (shared and
room mailboxes labelled), the run saves mail next to the files, the box shows the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool

from app.mail.backup import MailSummary
from tests.test_backup_page import open_wizard, own_folders, plan_small  # noqa: F401 - fixtures


def test_the_plan_and_the_result_show_mail_per_user(qtbot, open_wizard, tmp_path: Path) -> None:  # noqa: F811
    page = open_wizard()
    plan_small(qtbot, page, tmp_path / "backup")
    box = page.mail_box
    qtbot.waitUntil(lambda: len(box.boxes) == 36 and not box.running, timeout=30_000)
    rows = {box.table.topLevelItem(i).text(0): box.table.topLevelItem(i)
            for i in range(box.table.topLevelItemCount())}
    mette = rows["mette.kragh@lillebager.dk"]
    assert mette.text(1) == "user" and mette.text(2).startswith("Messages: 19 in 10 folders")
    # "Set up backup access" grants MailboxSettings.Read: shared and room are told apart
    assert rows["info@lillebager.dk"].text(1) == "shared mailbox"
    assert rows["moedelokale@lillebager.dk"].text(1) == "room mailbox"
    assert box.kinds_known and "shown together" not in box.note.text()
    assert "shared and room mailboxes included: 36." in box.note.text() and box.isVisible()

    page.start_button.click()
    qtbot.waitUntil(lambda: page.phase == "ended" and box.summary is not None, timeout=60_000)
    summary = page.state.mail_backup
    assert isinstance(summary, MailSummary) and summary.complete
    assert summary.total("verified") == sum(b.messages for b in box.boxes)
    assert box.note.text().startswith("The mail backup is complete.")
    assert box.table.topLevelItem(0).text(2).startswith("Verified: 19 of 19 messages. Failed: 0.")
    assert (tmp_path / "backup" / "Mail" / "cancel365-mail-report.html").is_file()
    assert page.isComplete()
    together = page.run.summary_view.together      # one sentence: files and mail together
    assert together.isVisible()
    assert together.text().startswith("Files and mail together: the backup is complete.")
    assert "cancel365-mail-report.html" in together.text()
    files_report = (tmp_path / "backup" / "cancel365-backup-report.html").read_text("utf-8")
    assert "Mail/cancel365-mail-report.html" in files_report     # lists the mail too
    QThreadPool.globalInstance().waitForDone(10_000)


def test_next_waits_while_mail_is_still_being_saved(qtbot, open_wizard, tmp_path: Path) -> None:  # noqa: F811
    """Files said to be saved elsewhere, mail under way: Next waits until the mail is saved."""
    page = open_wizard()
    plan_small(qtbot, page, tmp_path / "backup")
    box = page.mail_box
    qtbot.waitUntil(lambda: len(box.boxes) == 36 and not box.running, timeout=30_000)
    page.elsewhere.setChecked(True)
    assert page.isComplete()
    box.start(str(tmp_path / "backup"))
    assert box.saving and not page.isComplete()
    qtbot.waitUntil(lambda: box.summary is not None, timeout=60_000)
    assert not box.saving and page.isComplete()
    QThreadPool.globalInstance().waitForDone(10_000)



def test_pause_mail_holds_the_mail_and_resume_goes_on(qtbot, open_wizard, demo_server,  # noqa: F811
                                                      tmp_path: Path) -> None:
    page = open_wizard()
    plan_small(qtbot, page, tmp_path / "backup")
    box = page.mail_box
    qtbot.waitUntil(lambda: len(box.boxes) == 36 and not box.running, timeout=30_000)
    assert not box.pause_button.isVisible() and not box.resume_button.isVisible()
    page.elsewhere.setChecked(True)
    box.start(str(tmp_path / "backup"))
    assert box.pause_button.isVisible() and box.pause_button.text() == "Pause &mail"
    box.pause_button.click()
    assert box.paused and box.resume_button.isVisible() and not box.pause_button.isVisible()
    assert box.resume_button.hasFocus()
    assert box.note.text().startswith("Mail is paused: no new request goes to Microsoft 365")
    assert box.saving and not page.isComplete()        # Next still waits for the mail
    box.resume_button.click()
    assert not box.paused and box.pause_button.isVisible()
    qtbot.waitUntil(lambda: box.summary is not None, timeout=60_000)
    assert box.summary.complete and not box.pause_button.isVisible()
    store = demo_server.routes.mail.store
    assert all(n == 1 for n in store.value_gets.values())        # nothing fetched twice
    assert page.isComplete()
    QThreadPool.globalInstance().waitForDone(10_000)
