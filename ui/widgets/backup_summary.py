"""How a backup ended, in the admin's words, with the report and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.backup.engine import BackupSummary
from app.verdict import PartVerdict, together


class SummaryView(QWidget):
    """The summary line and the buttons under it (the page connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary: BackupSummary | None = None
        self.mail: PartVerdict | None = None    # mail saved in the same destination
        self.together = QLabel()      # files and mail in one sentence, once both ended
        self.together.setWordWrap(True)
        self.together.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.together.hide()
        self.report_place = QLabel()   # where the report is, always (a button may open nothing)
        self.report_place.setWordWrap(True)
        self.report_place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton()
        self.remove_app_button = QPushButton()
        self.change_button = QPushButton()
        # One button a row: three long labels side by side would not fit at 200% or in Danish.
        buttons = QVBoxLayout()
        for button in (self.report_button, self.remove_app_button, self.change_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.together)
        layout.addWidget(self.report_place)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.report_button.setText(self.tr("Open the &report"))
        self.remove_app_button.setText(self.tr("Remove the backup &app registration"))
        self.change_button.setText(self.tr("C&hange what to back up"))
        if self.summary is not None:
            self.show_summary(self.summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_summary(self, summary: BackupSummary) -> None:
        self.summary = summary
        parts = [summary.counts_text()]   # one place says what the counts mean (the CLI too)
        if summary.updated_from is not None:
            parts.append(self.tr("This run updated the backup from {0}: only the changes were "
                                 "fetched ({1} files).").format(
                QLocale().toString(QDateTime.fromSecsSinceEpoch(int(summary.updated_from)),
                                   QLocale.FormatType.ShortFormat), summary.files_fetched))
        if summary.not_downloadable:
            parts.append(self.tr("Not downloadable (files Microsoft 365 blocks or does not hand "
                                 "out, and shortcuts; the report gives the reason): {0}.").format(
                summary.not_downloadable))
        if summary.deleted:
            parts.append(self.tr("Deleted in Microsoft 365 during or since the backup (a copy "
                                 "made before is kept): {0}.").format(summary.deleted))
        if summary.files_failed:
            parts.append(self.tr("Failed: {0}. The report says why; start again to retry "
                                 "them.").format(summary.files_failed))
        if summary.left_out:
            parts.append(self.tr("Users and sites left out, because this access cannot open "
                                 "their files: {0}. To include them, choose \"Set up backup "
                                 "access for me\" and start again: what is verified stays.")
                         .format(summary.left_out))
        if summary.cancelled:
            parts.append(self.tr("Cancelled. Start again to resume where it stopped."))
        # The verdict comes first: a backup that misses anything in scope is not complete.
        if summary.complete:
            parts.insert(0, self.tr("The backup is complete."))
        else:
            parts.insert(0, self.tr("The backup is incomplete."))
        self.label.setText(" ".join(parts))
        self.report_place.setText(self.tr("The report: {0}").format(summary.report_html)
                                  if summary.report_html else "")
        self.report_place.setVisible(bool(summary.report_html))
        self._together()

    def show_mail(self, mail: PartVerdict | None) -> None:
        """The mail's verdict (saved in the same destination), or None for no mail."""
        self.mail = mail
        self._together()

    def _together(self) -> None:
        if self.summary is None or self.mail is None:
            self.together.hide()
            return
        text = together(self.summary.verdict(), self.mail)
        if self.mail.report:
            text += " " + self.tr("The files report lists the mail per mailbox; the mail "
                                  "report: {0}").format(self.mail.report)
        self.together.setText(text)
        self.together.show()
