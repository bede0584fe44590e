"""Done: what happens now, the key dates again, and the cancellation record saved where the admin wants.

The texts follow Microsoft's "What happens to my data and access when my subscription
ends" and "Close your account" pages (see the facts file). The record is built from the
state and written (JSON and PDF) in the background.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.dates.labels import date_label, date_meaning, estimated
from app.record.save import SavedRecord, save_record
from app.state import CancellationState
from ui.errors import describe
from ui.pages.page import Page
from ui.widgets.page_scroll import PageScroll
from ui.widgets.saved_file import SavedFile
from ui.widgets.status import StatusLine
from ui.worker import run_task

CLOSE_ACCOUNT_URL = "https://learn.microsoft.com/microsoft-365/commerce/close-your-account"
YOUR_PRODUCTS_URL = "https://go.microsoft.com/fwlink/p/?linkid=842054"


def _label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


class DonePage(Page):
    def __init__(self, state: CancellationState, *,
                 open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
                 choose_folder: Callable[[QWidget, str, str], str] | None = None) -> None:
        super().__init__()
        self.state = state
        self.saved: SavedRecord | None = None
        self.saving = False
        self.choose_folder = choose_folder or QFileDialog.getExistingDirectory
        self.proof = _label()
        self.office = _label()
        self.reactivate = _label()
        self.close_early = _label()
        self.dates = _label()
        self.record_box = QGroupBox()
        self.record_intro = _label()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.choose_and_save)
        self.status = StatusLine()
        self.json_file = SavedFile(open_url)
        self.pdf_file = SavedFile(open_url)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        box_layout = QVBoxLayout(self.record_box)
        box_layout.addWidget(self.record_intro)
        box_layout.addLayout(save_row)
        box_layout.addWidget(self.status)
        box_layout.addWidget(self.pdf_file)
        box_layout.addWidget(self.json_file)

        # at 200% or in Danish the page may be taller than the window
        self.scroll = PageScroll(self, sideways=False)
        inner = self.scroll.content
        inner.setSpacing(12)
        for widget in (self.proof, self.office, self.reactivate, self.close_early, self.dates):
            inner.addWidget(widget)
        inner.addWidget(self.record_box)
        inner.addStretch(1)
        self.setFinalPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What happens now"))
        self.setSubTitle(self.tr("The last steps are Microsoft's. Save the record: it says what "
                                 "was done, and when."))
        self.office.setText(self.tr(
            "<b>Office on your computers.</b> Users who still have Office installed can only read "
            "and print their documents now (reduced-functionality mode). Ask everyone to remove "
            "Office from their computers, or to sign in to it with the new provider's account."))
        self.reactivate.setText(self.tr(
            "<b>Changed your mind?</b> For 90 days after it ends, the subscription is disabled: only "
            "admins can sign in, read-only, and they can still back up. Within that time you can "
            "reactivate it in the admin center, under <a href='{0}'>Billing &gt; Your products</a>.")
            .format(YOUR_PRODUCTS_URL))
        self.close_early.setText(self.tr(
            "<b>Close the account early.</b> To have everything deleted before the disabled period "
            "ends, follow Microsoft's <a href='{0}'>Close your account</a>. Deleting the "
            "subscription skips the disabled period: SharePoint and OneDrive data is deleted at "
            "once and cannot be brought back.").format(CLOSE_ACCOUNT_URL))
        self.record_box.setTitle(self.tr("The cancellation record"))
        self.record_intro.setText(self.tr(
            "Two files in a folder you choose: a PDF to read and print, and the same record as "
            "JSON for your files. They hold no password or token."))
        self.save_button.setText(self.tr("&Save the record…"))
        self.pdf_file.retranslate(self.tr("The record to read and print (PDF)"), self.tr("&Open PDF"),
                                  self.tr("S&how in folder"))
        self.json_file.retranslate(self.tr("The record as data (JSON)"), self.tr("Open &JSON"),
                                   self.tr("Show in fo&lder"))
        self._show_dates()
        self._show_proof()
        if self.saved is not None:
            self.status.info(lambda: self.tr("The record is saved."))

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant nothing changes here: this page only explains what Microsoft does "
            "next and saves the record on your computer. Keep the record with your accounts; it "
            "shows the backup's manifest hash, the DNS before and after, and Graph's proof.")

    def initializePage(self) -> None:
        self._show_dates()
        self._show_proof()

    def _show_proof(self) -> None:
        """What Graph showed on the Confirm page, so nobody leaves thinking it is done when it
        is not proven."""
        conf = self.state.confirmation
        self.proof.setVisible(conf is not None)
        if conf is None:
            return
        if conf.proven and conf.proof is not None:
            seen = conf.proof.last.at if conf.proof.last else conf.proof.ended_at
            self.proof.setText(self.tr(
                "<b>Cancelled.</b> Microsoft 365 showed the subscription no longer Enabled at "
                "{0}.").format(html.escape(QLocale().toString(seen.astimezone().replace(tzinfo=None),
                                                              QLocale.FormatType.ShortFormat))))
        else:
            self.proof.setText(self.tr(
                "<b>Not proven yet.</b> Microsoft 365 has not shown the subscription leave Enabled. "
                "Check it later in the admin center under <a href='{0}'>Billing &gt; Your "
                "products</a>, or run <tt>cancel365 status</tt>.").format(YOUR_PRODUCTS_URL))

    def validatePage(self) -> bool:
        """Finish: without a saved record, ask first (the record is the only proof kept)."""
        if self.saved is not None or self.saving:
            return self.saved is not None
        answer = QMessageBox.question(
            self, self.tr("Close without the record?"),
            self.tr("The cancellation record is not saved. It is the only written proof of what "
                    "was done. Close Cancel365 anyway?"),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Close

    def _show_dates(self) -> None:
        dates = self.state.key_dates
        if dates is None:
            self.dates.setText(self.tr("<b>Key dates.</b> They were not worked out: go back to the "
                                       "Key dates page to see them."))
            return
        items = []
        for d in dates.dates:
            label = f"{date_label(d.kind, dates.ending)} {estimated(d)}".strip()
            items.append(f"<li><b>{html.escape(self.format_day(d.day))} · {html.escape(label)}</b> — "
                         f"{html.escape(date_meaning(d.kind, dates.ending))}</li>")
        intro = self.tr("<b>Key dates.</b> Put them in your calendar:")
        self.dates.setText(f"{intro}<ul>{''.join(items)}</ul>")

    def format_day(self, day: date) -> str:
        """As the Key dates page shows it (31 Dec 2026, in the wizard's language)."""
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def choose_and_save(self) -> None:
        start = self.state.backup.destination if self.state.backup else str(Path.home())
        folder = self.choose_folder(self, self.tr("Save the cancellation record in"), start)
        if folder:
            self.save_to(folder)

    def save_to(self, folder: str) -> None:
        """Write the record's JSON and PDF into ``folder`` in the background."""
        if self.saving:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        self.status.busy(self.tr("Saving the record…"))
        same_folder = self.saved is not None and self.saved.folder == Path(folder).absolute()
        mine = self.saved.json_path.stem if same_folder else None    # saving again replaces it
        state = self.state
        run_task(self, lambda _: save_record(state, folder, mine=mine),
                 on_done=self._saved, on_error=lambda exc: self._failed(exc, folder))

    def _saved(self, saved: SavedRecord) -> None:
        self.saving = False
        self.saved = saved
        self.save_button.setEnabled(True)
        self.status.info(lambda: self.tr("The record is saved."))
        self.pdf_file.set_path(saved.pdf_path)
        self.json_file.set_path(saved.json_path)
        self.pdf_file.open_button.setFocus()
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.json_file))  # after layout

    def _failed(self, error: BaseException, folder: str) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.status.error(lambda: describe(error), retry=lambda: self.save_to(folder))
