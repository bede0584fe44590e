"""Welcome: what the wizard will do, in which order, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from app import settings as app_settings
from app.state import CancellationState


class WelcomePage(QWizardPage):
    def __init__(self, state: CancellationState) -> None:
        super().__init__()
        self.state = state
        self.setTitle(self.tr("Leave Microsoft 365 without losing mail or files"))
        self.setSubTitle(self.tr("The admin center has a Cancel button. This wizard does "
                                 "everything around it, in the right order."))
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
        intro = QLabel(self.tr("What happens, step by step:"))
        items = "".join(f"<li style='margin-bottom:6px'>{s}</li>" for s in steps)
        steps_label = QLabel(f"<ol>{items}</ol>")
        steps_label.setWordWrap(True)
        why = QLabel(self.tr(
            "Why this order: once a subscription is cancelled, mail sent to your domain "
            "bounces while the domain still points at Microsoft 365, and files left behind "
            "are deleted 90 to 180 days later."))
        why.setWordWrap(True)
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.mode.setObjectName("modeLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(steps_label)
        layout.addWidget(why)
        layout.addSpacing(12)
        layout.addWidget(self.mode)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if self.state.demo:
            self.mode.setText(self.tr(
                "<b>Demo tenant.</b> You are exploring with a made-up bakery, "
                "Lille Bager ApS. Nothing you do here touches a real Microsoft 365 account."))
        else:
            text = self.tr(
                "You will sign in to your organization's Microsoft 365 as a Global or Billing "
                "Administrator. Nothing is changed without asking you first.")
            if not app_settings.load().client_id:
                text += " " + self.tr(
                    "Cancel365 signs in as your organization's own app registration: the "
                    "Sign-in page asks for its client ID (docs/app-registration.md shows how "
                    "to create it). To explore first, run <b>cancel365 --demo</b>.")
            self.mode.setText(text)
