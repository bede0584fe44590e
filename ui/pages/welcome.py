"""Welcome: what the wizard will do, in which order, and why; and the language menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

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
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(self.intro)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.why)
        layout.addSpacing(12)
        layout.addWidget(self.mode)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self._show_mode()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Leave Microsoft 365 without losing mail or files"))
        self.setSubTitle(self.tr("The admin center has a Cancel button. This wizard does "
                                 "everything around it, in the right order."))
        self.language_label.setText(self.tr("&Language:"))
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
        if not app_settings.load(self.settings_path).client_id:
            text += " " + self.tr(
                "Cancel365 signs in as your organization's own app registration: the "
                "Sign-in page asks for its client ID (docs/app-registration.md shows how "
                "to create it). To explore first, run <b>cancel365 --demo</b>.")
        self.mode.setText(text)

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant this page changes nothing. The wizard then works on your "
            "organization's live Microsoft 365: it reads first and asks before every change "
            "(licences, a domain, a backup app registration). The order matters: move mail, "
            "back up, and only then cancel; cancelling first bounces mail and starts the "
            "deletion clock for your files.")
