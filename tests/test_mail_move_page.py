"""The Move mail page: the users whose mail was saved, their new IMAP logins (typed or from a
CSV), Test login, a move into a real Dovecot on loopback with progress per user and a report,
skipping with what it gives up, and no password in any file the wizard writes."""

from __future__ import annotations

import imaplib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtWidgets import QMessageBox

from app.demo.graph_server import DemoGraphServer
from app.mail.summary import MailSummary
from app.mail_move.accounts import MoveAccount, Security
from app.mail_move.passwords import load_password
from app.state import CancellationState
from tests.imap_target import DOVECOT, ImapTarget, running_dovecot
from tests.mail_support import RICH, SHARED, mail_backup
from ui.pages.mail_move import MailMovePage

WAIT = 20_000
needs_dovecot = pytest.mark.skipif(DOVECOT is None, reason="dovecot-imapd is not installed")


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(scope="module")
def saved_mail(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, MailSummary]:
    """Two demo mailboxes saved as Maildir, as the Backup page saves them."""
    dest = tmp_path_factory.mktemp("backup")
    with DemoGraphServer() as server:
        summary = mail_backup(server, dest, users=[RICH, SHARED])
    assert summary.complete
    return dest, summary


@pytest.fixture
def target() -> Iterator[ImapTarget]:
    with running_dovecot() as imap:
        yield imap


@pytest.fixture
def open_page(qtbot, saved_mail):
    pages = []

    def make(*, mail: bool = True, allow_plain: bool = True) -> MailMovePage:
        state = CancellationState(demo=True)
        if mail:
            state.mail_backup = saved_mail[1]
        opened: list[QUrl] = []
        page = MailMovePage(state, allow_plain=allow_plain, open_url=opened.append)
        page.opened = opened
        qtbot.addWidget(page)
        page.initializePage()
        page.show()
        qtbot.waitUntil(lambda: page.loaded, timeout=WAIT)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.stop()
    QThreadPool.globalInstance().waitForDone(20_000)


def fill_in(box, target: ImapTarget, password: str) -> None:
    box.user.setText(box.email)
    box.host.setText("127.0.0.1")
    box.choose_security(Security.PLAIN)
    box.port.setValue(target.port)
    box.password.setText(password)


def test_the_page_lists_the_users_whose_mail_was_saved(open_page) -> None:
    page = open_page()
    assert [b.email for b in page.boxes] == sorted([RICH, SHARED])
    mette = page.box(RICH)
    assert mette.title().startswith(f"{RICH}: 19 messages in ")
    assert not page.isComplete() and "Choose whether" in page.hint.text()
    page.move_choice.setChecked(True)
    assert mette.isVisibleTo(page) and not page.move_button.isEnabled()
    assert not page.isComplete() and "Move mail" in page.hint.text()   # Next never waits silently
    assert mette.password.accessibleName() == f"Password for {RICH}"
    assert mette.port.value() == 993 and mette.chosen_security() is Security.TLS
    mette.choose_security(Security.STARTTLS)
    assert mette.port.value() == 143


def test_a_csv_fills_the_rows_and_its_passwords_go_to_the_password_store(
        qtbot, open_page, tmp_path: Path) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    csv = tmp_path / "accounts.csv"
    csv.write_text("email,imap_user,imap_host,imap_port,security,password\n"
                   f"{RICH},mette@example.net,imap.example.net,143,starttls,csv-pw-1\n"
                   "someone@else.dk,someone,imap.example.net,,,\n", "utf-8")
    page.fill_from_csv(csv)
    qtbot.waitUntil(lambda: page.box(RICH).host.text() == "imap.example.net", timeout=WAIT)
    mette = page.box(RICH)
    assert mette.account() == MoveAccount(RICH, "mette@example.net", "imap.example.net", 143,
                                          Security.STARTTLS)
    assert mette.password.text() == ""          # kept in the store, not in the widget
    assert mette.password.placeholderText() == "Saved in your password store"
    assert load_password(page.store(), mette.account()) == "csv-pw-1"
    said = page.status.message.text()
    assert "Filled 1 of 2 users from the file. Passwords from it, saved in your password " \
           "store: 1." in said and "someone@else.dk" in said
    assert page.move_button.isEnabled()

    bad = tmp_path / "bad.csv"
    bad.write_text("email,imap_host\nx@y.dk,imap\n", "utf-8")
    page.fill_from_csv(bad)
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=WAIT)
    assert "imap_user" in page.status.message.text()


@needs_dovecot
def test_test_login_says_what_the_server_answered(qtbot, open_page, target) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    mette = page.box(RICH)
    fill_in(mette, target, "wrong password")
    mette.test_button.click()
    qtbot.waitUntil(lambda: "refused the user name or password" in mette.message.text(),
                    timeout=WAIT)
    assert "app password" in mette.message.text() and "wrong password" not in mette.message.text()
    assert mette.password.text() == "wrong password" and not mette.password_saved
    assert load_password(page.store(), mette.account()) is None   # a refused one is not kept
    mette.password.setText(target.password)
    mette.test_button.click()
    qtbot.waitUntil(lambda: mette.message.text().startswith("Signed in to 127.0.0.1"),
                    timeout=WAIT)
    assert mette.password.text() == "" and mette.password_saved   # the store has it now
    assert load_password(page.store(), mette.account()) == target.password


@needs_dovecot
def test_a_move_ends_with_every_user_complete_and_the_report(
        qtbot, open_page, target, saved_mail, tmp_path: Path) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    for box in page.boxes:
        fill_in(box, target, target.password)

    page.dry_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    assert page.dry_done and not page.moved_once and not page.isComplete()
    assert "would be sent" in page.box(RICH).message.text()
    assert not (target.mail_root / RICH).exists() or not any(
        (target.mail_root / RICH).rglob("cur/*"))

    page.move_button.click()
    assert page.running and page.stop_button.isVisible() and not page.isComplete()
    assert "Next waits" in page.hint.text()
    qtbot.waitUntil(lambda: not page.running, timeout=120_000)
    for box in page.boxes:
        progress = box.progress
        assert progress.state == "done" and progress.failed == 0
        assert progress.sent + progress.already_there == progress.total == box.mailbox.message_count
        assert box.bar.value() == box.bar.maximum()
        assert box.counts.text().startswith("Done: ")
        assert "messages are there" in box.message.text()
        assert box.password.text() == "" and box.password_saved   # in the store now
    result = page.state.mail_move
    assert result is not None and result.chosen and result.complete
    assert sorted(result.moved) == sorted([RICH, SHARED]) and result.not_moved == ()
    assert Path(result.report_path).is_file() and page.report_button.isVisible()
    assert page.isComplete() and page.result.text().startswith("Every message of 2 users is at")
    page.report_button.click()
    assert page.opened == [QUrl.fromLocalFile(result.report_path)]

    imap = imaplib.IMAP4("127.0.0.1", target.port)
    imap.login(RICH, target.password)
    typ, data = imap.select("INBOX", readonly=True)
    assert typ == "OK" and int(data[0]) > 0
    imap.logout()

    # Moving again sends nothing: everything is already there.
    page.move_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=120_000)
    assert all(b.progress.sent == 0 and b.progress.already_there == b.progress.total
               for b in page.boxes)

    # No password in any file written (settings, progress, backup folder, report, the
    # record's JSON) nor in the typed state.
    from app import progress as saved_progress
    from app.record.record import build_record

    state = page.state
    progress_file = tmp_path / "progress.json"
    saved_progress.save(saved_progress.Progress.of(state, 45, backup_destination=""),
                        progress_file)
    record = json.dumps(build_record(state))
    assert target.password not in record and target.password not in repr(state)
    dest = saved_mail[0]
    for folder in (tmp_path, dest):
        for path in folder.rglob("*"):
            if path.is_file():
                assert target.password.encode() not in path.read_bytes(), path


def test_skipping_says_what_it_gives_up_and_lets_the_admin_go_on(open_page) -> None:
    page = open_page()
    page.skip_choice.setChecked(True)
    assert page.isComplete() and not page.hint.isVisibleTo(page)
    assert not page.box(RICH).isVisibleTo(page)
    assert "must move it there themselves" in page.skip_text.text()
    assert page.state.mail_move is not None and not page.state.mail_move.chosen


def test_without_saved_mail_the_page_says_so_and_next_goes_on(open_page) -> None:
    page = open_page(mail=False)
    assert page.isComplete() and not page.boxes
    assert page.source_label.text().startswith("No mailbox was saved in this run")
    assert not page.move_choice.isVisibleTo(page)


def test_the_self_test_step_skips_the_move(open_page) -> None:
    page = open_page()
    page.complete_for_self_test()
    assert page.isComplete() and page.skip_choice.isChecked()


def test_tab_goes_through_the_rows_top_to_bottom_then_the_actions(open_page) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    first, second = page.boxes
    order = [first.user, first.host, first.port, first.security, first.password,
             first.test_button, second.user]

    def tab_from(widget):   # the next widget Tab reaches, as QWidget::focusNextPrevChild walks
        step = widget.nextInFocusChain()
        while (step.focusProxy() is not None or not step.isVisibleTo(page)
               or not step.focusPolicy() & Qt.FocusPolicy.TabFocus):
            step = step.nextInFocusChain()
        return step

    for widget, following in zip(order, order[1:], strict=False):
        assert tab_from(widget) is following, widget.accessibleName()
    assert tab_from(second.test_button) is page.csv_button


def test_the_page_says_how_many_users_were_saved_and_where(open_page, saved_mail) -> None:
    page = open_page()
    assert page.source_label.text() == \
        f"The mail of 2 users was saved in {saved_mail[0] / 'Mail'}."


@pytest.mark.parametrize("language", ["en", "da", "sv", "nl", "nb"])
def test_each_shortcut_reaches_one_control_in_every_language(qapp, open_page, language) -> None:
    import re

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from app import i18n

    i18n.install(qapp, language)
    try:
        page = open_page()
        page.move_choice.setChecked(True)
        texts = [w.text() for w in page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
        texts += [w.text() for w in page.findChildren(QLabel)
                  if w.buddy() is not None and w.isVisibleTo(page)]
        texts += [QCoreApplication.translate("QWizard", t) for t in ("&Next >", "< &Back")]
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
        assert len(keys) == len(set(keys)), texts
    finally:
        i18n.install(qapp, "en")


@needs_dovecot
def test_users_left_without_a_login_are_named_as_not_moved(qtbot, open_page, target) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    fill_in(page.box(SHARED), target, target.password)
    page.move_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=120_000)
    result = page.state.mail_move
    assert result.moved == (SHARED,) and result.complete
    assert page.box(RICH).progress is None            # never tried
    assert page.result.text().endswith("Not moved, with no login filled in: 1 user.")


@needs_dovecot
def test_stop_ends_the_move_and_lets_the_admin_go_on(qtbot, open_page, target) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    for box in page.boxes:
        fill_in(box, target, target.password)
    page.move_button.click()
    page.stop_button.click()
    assert "Stopping" in page.status.message.text()
    qtbot.waitUntil(lambda: not page.running, timeout=120_000)
    states = {b.email: b.progress.state for b in page.boxes if b.progress is not None}
    assert set(states.values()) <= {"stopped", "done"}
    result = page.state.mail_move
    assert result.complete == all(s == "done" for s in states.values())
    assert page.isComplete() and not page.stop_button.isVisible()


@needs_dovecot
def test_a_refused_password_stops_that_user_only_and_stays_to_be_corrected(
        qtbot, open_page, target) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    fill_in(page.box(RICH), target, "not the password")
    fill_in(page.box(SHARED), target, target.password)
    page.move_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=120_000)
    mette, info = page.box(RICH), page.box(SHARED)
    assert mette.progress.state == "failed" and "refused" in mette.message.text()
    assert mette.password.text() == "not the password" and not mette.password_saved
    assert info.progress.state == "done" and info.password.text() == "" and info.password_saved
    result = page.state.mail_move
    assert not result.complete and result.moved == (SHARED,) and result.not_moved == (RICH,)
    assert page.result.text().startswith("Not complete for 1 user:")
    assert page.isComplete()      # the admin may go on; the checklist shows it red


def test_a_runtime_language_switch_changes_every_text_of_the_page(qapp, open_page) -> None:
    from app import i18n

    page = open_page()
    page.move_choice.setChecked(True)
    mette = page.box(RICH)
    try:
        i18n.install(qapp, "da")
        qapp.processEvents()
        assert page.title() == "Flyt mail til den nye udbyder"
        assert page.move_choice.text() == "&Flyt de gemte mails til de nye postkasser"
        assert page.source_label.text().startswith("Mailen for 2 brugere blev gemt i ")
        assert mette.labels[4].text() == "Adgangskode:" and mette.test_button.text() == "Afprøv login"
        assert mette.title().startswith(f"{RICH}: 19 meddelelser i ")
        assert mette.security.currentText() == "TLS (port 993)"
        assert page.hint.text().startswith("Næste går videre")
    finally:
        i18n.install(qapp, "en")
        qapp.processEvents()
    assert page.move_choice.text() == "&Move the saved mail into the new mailboxes"


@needs_dovecot
def test_skip_after_a_move_and_back_keeps_the_moves_result(qtbot, open_page, target) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    fill_in(page.box(SHARED), target, target.password)
    page.move_button.click()
    qtbot.waitUntil(lambda: not page.running, timeout=120_000)
    moved = page.state.mail_move
    assert moved.chosen and moved.moved == (SHARED,)
    page.skip_choice.setChecked(True)
    assert not page.state.mail_move.chosen and not page.result.isVisibleTo(page)
    page.move_choice.setChecked(True)
    assert page.state.mail_move == moved and page.result.text().startswith("Every message of 1")


def test_a_continued_run_finds_the_last_runs_saved_mail(qtbot, saved_mail) -> None:
    from app.progress import Progress

    state = CancellationState(demo=True)
    state.resume = Progress(page=45, saved_at="2026-12-01T22:00:00+00:00",
                            backup_destination=str(saved_mail[0]))
    page = MailMovePage(state)
    qtbot.addWidget(page)
    page.initializePage()
    qtbot.waitUntil(lambda: page.loaded, timeout=WAIT)
    assert sorted(b.email for b in page.boxes) == sorted([RICH, SHARED])


@needs_dovecot
def test_closing_the_wizard_mid_move_asks_and_stops_only_on_yes(
        qtbot, open_page, target, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page()
    page.move_choice.setChecked(True)
    for box in page.boxes:
        fill_in(box, target, target.password)
    answers: list[str] = []

    def answer(reply: QMessageBox.StandardButton):
        def question(parent, title, text, *args):
            answers.append(text)
            return reply
        return question

    assert page.agrees_to_stop()   # nothing running: nothing to ask
    page.move_button.click()
    assert page.running
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not page.agrees_to_stop() and page.running
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert page.agrees_to_stop()
    assert len(answers) == 2 and "sends only what is missing" in answers[0]
    page.stop_for_close()
    qtbot.waitUntil(lambda: not page.running, timeout=120_000)
