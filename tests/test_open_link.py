"""Every "Open…" button: when the desktop opens nothing, the address or path is shown with
Copy (and for a file, Show in folder); never a button that silently does nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication

from app.backup.engine import BackupSummary
from app.domains.removal import ADMIN_CENTER_DOMAINS_URL
from app.state import CancellationState
from ui.pages.domains import DomainsPage
from ui.widgets.backup_summary import SummaryView
from ui.widgets.open_link import open_or_show
from ui.widgets.user_notice import UserNoticeDialog


class Desktop:
    """A desktop that opens nothing (or everything), and remembers what it was asked."""

    def __init__(self, opens: bool) -> None:
        self.opens = opens
        self.asked: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.asked.append(url)
        return self.opens


def test_opened_links_show_nothing(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    desktop = Desktop(True)
    assert open_or_show(parent, "https://example.com/", opener=desktop) is None
    assert desktop.asked == [QUrl("https://example.com/")]


def test_a_page_nothing_opens_is_shown_with_copy(qtbot) -> None:
    page = DomainsPage(CancellationState())
    qtbot.addWidget(page)
    page.open_url = Desktop(False)
    page.actions.admin_button.click()
    dialog = page.not_opened
    assert dialog is not None and dialog.isVisible()
    assert dialog.place.text() == ADMIN_CENTER_DOMAINS_URL
    assert not dialog.folder_button.isVisible()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == ADMIN_CENTER_DOMAINS_URL
    assert dialog.note.text() == "Copied."


def test_a_file_nothing_opens_offers_its_folder(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget
    report = tmp_path / "report.html"
    report.write_text("<html></html>", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    desktop = Desktop(False)
    dialog = open_or_show(parent, QUrl.fromLocalFile(str(report)), opener=desktop)
    assert dialog is not None and dialog.place.text() == str(report)
    assert dialog.folder_button.isVisibleTo(dialog)
    dialog.folder_button.click()
    assert desktop.asked[-1] == QUrl.fromLocalFile(str(tmp_path))
    assert str(tmp_path) in dialog.note.text()   # the folder did not open either: said so


def test_no_mail_program_offers_to_copy_the_message(qtbot) -> None:
    dialog = UserNoticeDialog("lillebager.dk", ["agnes@lillebager.dk"], "Admin")
    qtbot.addWidget(dialog)
    dialog.open_url = Desktop(False)
    dialog.open_mail()
    shown = dialog.not_opened
    assert shown is not None and "agnes@lillebager.dk" in shown.place.text()
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith(dialog.subject.text())


def test_the_backup_summary_always_says_where_the_report_is(qtbot, tmp_path: Path) -> None:
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(BackupSummary(files_verified=3, report_html=str(tmp_path / "r.html")))
    assert str(tmp_path / "r.html") in view.report_place.text()
