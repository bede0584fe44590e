"""Welcome: what the wizard will do, in which order, and why; and the language menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app import progress as saved_progress
from app import publisher
from app import settings as app_settings
from app.state import CancellationState
from ui.pages.page import Page
from ui.widgets.language_box import LanguageBox


class WelcomePage(Page):
    def __init__(self, state: CancellationState, *, settings_path: Path | None = None) -> None:
        super().__init__()
        self.state = state
        self.settings_path = settings_path
        self.language = LanguageBox(settings_path)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        self.intro = QLabel()
        self.steps_label = QLabel()
        self.steps_label.setWordWrap(True)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.mode.setObjectName("modeLabel")
        # The last run's saved progress (app/progress.py), offered to continue.
        self.saved: saved_progress.Progress | None = None
        self.resume_box = QGroupBox()
        self.resume_text = QLabel()
        self.resume_text.setWordWrap(True)
        self.resume_check = QCheckBox()
        self.resume_check.setChecked(True)
        self.start_over = QPushButton()
        self.start_over.clicked.connect(self.forget_progress)
        resume_layout = QVBoxLayout(self.resume_box)
        resume_layout.addWidget(self.resume_text)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_check, 1)
        resume_row.addWidget(self.start_over)
        resume_layout.addLayout(resume_row)
        self.resume_box.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.why)
        layout.addSpacing(12)
        layout.addWidget(self.mode)
        layout.addWidget(self.resume_box)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self._show_mode()
        path = getattr(self.wizard(), "progress_path", None)
        self.saved = saved_progress.load(path) if path is not None else None
        self._show_saved()

    def validatePage(self) -> bool:
        """Continue where the last run left off, or start over (the pages read state.resume)."""
        keep = self.saved is not None and self.resume_check.isChecked()
        self.state.resume = self.saved if keep else None
        return True

    def forget_progress(self) -> None:
        path = getattr(self.wizard(), "progress_path", None)
        if path is not None:
            saved_progress.forget(path)
        self.saved = None
        self.state.resume = None
        self._show_saved()
        self.wizard().button(self.wizard().WizardButton.NextButton).setFocus()

    def page_name(self, page: int) -> str:
        names = {20: self.tr("Subscription"), 30: self.tr("Domains"), 40: self.tr("Backup"),
                 50: self.tr("Key dates"), 60: self.tr("Feedback"), 70: self.tr("Confirm"),
                 80: self.tr("Done")}
        return names.get(page, names[20])

    def saved_text(self, saved: saved_progress.Progress) -> str:
        """What the last run reached and chose, in a few plain lines."""
        when = saved.saved
        day = QLocale().toString(when.astimezone(), QLocale.FormatType.ShortFormat) if when else ""
        lines = [self.tr("Last time ({when}) you got to the {page} step for {tenant}.").format(
            when=day, page=self.page_name(saved.page), tenant=saved.tenant_name or "–")]
        if saved.subscription_name:
            lines.append(self.tr("Subscription: {0}").format(saved.subscription_name))
        if saved.domains_checked:
            lines.append(self.tr("Domains checked: {0}").format(", ".join(saved.domains_checked)))
        if saved.backup_destination:
            lines.append(self.tr("Backup folder: {0}").format(saved.backup_destination))
        lines.append(self.tr("You sign in again; these choices are filled in for you."))
        return "\n".join(lines)

    def _show_saved(self) -> None:
        self.resume_box.setVisible(self.saved is not None)
        if self.saved is not None:
            self.resume_text.setText(self.saved_text(self.saved))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Leave Microsoft 365 without losing mail or files"))
        self.setSubTitle(self.tr("The admin center has a Cancel button. This wizard does "
                                 "everything around it, in the right order."))
        self.language_label.setText(self.tr("&Language:"))
        self.resume_box.setTitle(self.tr("Where you left off"))
        self.resume_check.setText(self.tr("Con&tinue where I left off"))
        self.start_over.setText(self.tr("Start o&ver"))
        self._show_saved()
        steps = [
            self.tr("Sign in as an administrator and pick the subscription to cancel. "
                    "The wizard tells you whether it can be cancelled online."),
            self.tr("Move your custom domain: check which DNS records still point at "
                    "Microsoft 365 and change them, mail (MX) first."),
            self.tr("Back up every OneDrive and SharePoint library, verified file by file."),
            self.tr("See the key dates: when access ends and when data is deleted."),
            self.tr("Cancel in the admin center with step-by-step help, then get proof that "
                    "it worked and a record of everything done."),
        ]
        self.intro.setText(self.tr("What happens, step by step:"))
        items = "".join(f"<li style='margin-bottom:6px'>{s}</li>" for s in steps)
        self.steps_label.setText(f"<ol>{items}</ol>")
        self.why.setText(self.tr(
            "Why this order: once a subscription is cancelled, mail sent to your domain "
            "bounces while the domain still points at Microsoft 365, and files left behind "
            "are deleted 90 to 180 days later."))
        self._show_mode()

    def _show_mode(self) -> None:
        if self.state.demo:
            self.mode.setText(self.tr(
                "<b>Demo tenant.</b> You are exploring with a made-up bakery, "
                "Lille Bager ApS. Nothing you do here touches a real Microsoft 365 account."))
            return
        text = self.tr(
            "You will sign in to your organization's Microsoft 365 as a Global or Billing "
            "Administrator. Nothing is changed without asking you first.")
        if not publisher.effective(app_settings.load(self.settings_path)).client_id:
            text += " " + self.tr(
                "Cancel365 signs in as your organization's own app registration: the "
                "Sign-in page guides you through creating it (about five minutes). To "
                "explore first, run <b>cancel365 --demo</b>.")
        self.mode.setText(text)

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant this page changes nothing. The wizard then works on your "
            "organization's live Microsoft 365: it reads first and asks before every change "
            "(licences, a domain, a backup app registration). The order matters: move mail, "
            "back up, and only then cancel; cancelling first bounces mail and starts the "
            "deletion clock for your files.")
