"""Sign-in to a real tenant: browser or device code, the admin's roles, Sign out, Settings.

The demo tenant keeps its own page (signin_demo.py); the wizard picks one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app import publisher
from app import settings as app_settings
from app.auth.delegated import DelegatedSignIn, SignInMethod
from app.auth.errors import SignInCancelledError
from app.auth.session import SignedInSession, open_sign_in, resume, sign_in_now
from app.graph.models import SignedInUser
from app.settings import Settings
from app.state import CancellationState
from ui.errors import describe
from ui.pages.page import Page
from ui.settings_dialog import SettingsDialog
from ui.widgets.ask import said_yes
from ui.widgets.registration_guide import RegistrationGuide
from ui.widgets.signin_prompt import SignInPromptView
from ui.widgets.status import StatusLine
from ui.worker import Task, TaskControl, run_task

MakeSignIn = Callable[[Settings], DelegatedSignIn]


class SignInPage(Page):
    def __init__(self, state: CancellationState, *, make_sign_in: MakeSignIn = open_sign_in,
                 settings_path: Path | None = None) -> None:
        super().__init__()
        self.state = state
        self.make_sign_in = make_sign_in
        self.settings_path = settings_path
        # The admin's own client ID, else a packaged build's publisher's (app/publisher.py).
        self.settings = publisher.effective(app_settings.load(settings_path))
        self.guide: RegistrationGuide | None = None
        self.sign_in: DelegatedSignIn | None = None
        self.task: Task | None = None
        self._retry: Callable[[], None] = self.start_sign_in
        self.resumed = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.browser_choice = QRadioButton()
        self.code_choice = QRadioButton()
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.browser_choice)
        self.methods.addButton(self.code_choice)
        chosen = self.settings.sign_in_method == SignInMethod.DEVICE_CODE.value
        (self.code_choice if chosen else self.browser_choice).setChecked(True)

        self.sign_in_button = QPushButton()
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.confirm_sign_out)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.open_settings)
        self.register_button = QPushButton()   # no client ID yet: the guided registration
        self.register_button.clicked.connect(self.open_guide)
        self.register_button.hide()
        buttons = QHBoxLayout()
        for button in (self.sign_in_button, self.cancel_button, self.sign_out_button):
            buttons.addWidget(button)
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)

        self.prompt = SignInPromptView()
        self.tenant_label = QLabel()
        self.admin_label = QLabel()
        self.roles_label = QLabel()
        self.roles_label.setWordWrap(True)
        self.summary = QFormLayout()
        self.summary_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.summary_labels, (self.tenant_label, self.admin_label,
                                                      self.roles_label), strict=True):
            self.summary.addRow(label, field)
        self.role_warning = QLabel()
        self.role_warning.setObjectName("roleWarning")
        self.role_warning.setWordWrap(True)
        self.role_warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.keyring_notice = QLabel()
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.hide()
        self.status = StatusLine()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.browser_choice)
        layout.addWidget(self.code_choice)
        layout.addLayout(buttons)
        layout.addWidget(self.prompt)
        layout.addSpacing(8)
        layout.addLayout(self.summary)
        layout.addWidget(self.role_warning)
        layout.addStretch(1)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(self.status)
        self._show_idle()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sign in to Microsoft 365"))
        self.setSubTitle(self.tr("Use a Global Administrator or Billing Administrator account "
                                 "of the organization whose subscription you want to cancel."))
        self.intro.setText(self.tr(
            "Cancel365 asks only to read for now. Before it changes anything (removing "
            "licences or a domain) it asks you again."))
        self.browser_choice.setText(self.tr("Sign in in my &web browser (recommended)"))
        self.code_choice.setText(self.tr("Sign in with a co&de on another device"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.cancel_button.setText(self.tr("&Cancel sign-in"))
        self.sign_out_button.setText(self.tr("Sign &out"))
        self.settings_button.setText(self.tr("Se&ttings…"))
        self.register_button.setText(self.tr("&Register Cancel365 in your organization…"))
        for label, text in zip(self.summary_labels, (self.tr("Organization:"),
                                                     self.tr("Signed in as:"),
                                                     self.tr("Admin roles:")), strict=True):
            label.setText(text)
        if self.keyring_notice.isVisibleTo(self):
            self._say_not_remembered()
        if self.state.graph is not None:
            self._show_signed_in()

    # -- the wizard ------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.state.graph is not None:
            self._show_signed_in()
        elif not self.settings.client_id:
            self._ask_for_client_id()
        elif not self.resumed:
            self.resumed = True
            self._run(self.tr("Looking for your saved sign-in…"), self._resume,
                      retry=self._retry_resume)

    def cleanupPage(self) -> None:
        """Going Back stops a sign-in that still waits for the admin."""
        self.cancel()

    def isComplete(self) -> bool:
        return self.state.graph is not None and self.task is None

    # -- actions ------------------------------------------------------------------------

    def method(self) -> SignInMethod:
        return (SignInMethod.DEVICE_CODE if self.code_choice.isChecked()
                else SignInMethod.BROWSER)

    def start_sign_in(self) -> None:
        if not self.settings.client_id:
            self._ask_for_client_id()
            return
        method = self.method()
        if self.settings.sign_in_method != method.value:
            self.settings = self.settings.with_changes(sign_in_method=method.value)
            saved = app_settings.load(self.settings_path)   # a publisher's ID stays unsaved
            app_settings.save(saved.with_changes(sign_in_method=method.value),
                              self.settings_path)
        text = (self.tr("Opening your web browser…") if method is SignInMethod.BROWSER
                else self.tr("Asking Microsoft for a sign-in code…"))
        self._run(text, lambda control: self._sign_in(method, control))
        self.cancel_button.setFocus()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.busy(lambda: self.tr("Cancelling…"))

    def confirm_sign_out(self) -> None:
        if said_yes(
                self, self.tr("Sign out?"),
                self.tr("Sign out and remove everything Cancel365 stored on this computer: your "
                        "saved sign-in and any other secrets it keeps? The backup app "
                        "registration Cancel365 made, if any, is removed from your tenant too.")):
            self.sign_out()

    def sign_out(self) -> None:
        """Remove every account and stored secret of this app (tests call this directly)."""
        self._run(self.tr("Signing out…"), self._sign_out, done=self._signed_out,
                  retry=self.sign_out)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self, self.settings_path)
        if dialog.exec() and dialog.saved is not None:
            self.apply_settings(dialog.saved)

    def apply_settings(self, new: Settings) -> None:
        changed = (new.client_id, new.tenant) != (self.settings.client_id, self.settings.tenant)
        self.settings = new
        if changed:
            self.sign_in = None   # the next sign-in uses the new app registration
            self.status.clear()
            self._show_idle()

    # -- work in the background --------------------------------------------------------

    def _signer(self) -> DelegatedSignIn:
        if self.sign_in is None:
            self.sign_in = self.make_sign_in(self.settings)
        return self.sign_in

    def _resume(self, control: TaskControl) -> SignedInSession | None:
        return resume(self._signer())

    def _sign_in(self, method: SignInMethod, control: TaskControl) -> SignedInSession:
        return sign_in_now(self._signer(), method, cancelled=control.cancelled,
                           prompt=control.report)

    def _sign_out(self, control: TaskControl) -> str:
        """Remove the backup app registration Cancel365 made (if any), then sign out."""
        from app.auth.delegated import SET_UP_BACKUP
        from app.backup.access import remove_on_sign_out

        signer = self._signer()
        note = remove_on_sign_out(self.state.graph, signer.store, lambda: signer.ensure_scopes(
            SET_UP_BACKUP, cancelled=control.cancelled, prompt=control.report))
        signer.sign_out()
        return note

    def _retry_resume(self) -> None:
        self.resumed = False
        self.initializePage()

    def _run(self, busy_text: str, fn: Callable[[TaskControl], object],
             done: Callable[[object], None] | None = None,
             retry: Callable[[], None] | None = None) -> None:
        self._retry = retry or self.start_sign_in
        self.status.busy(busy_text)
        self.sign_in_button.setEnabled(False)
        self.sign_out_button.setEnabled(False)
        self.settings_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.task = run_task(self, fn, on_done=done or self._finished, on_error=self._failed,
                             on_progress=self._prompted)
        self.completeChanged.emit()

    def _prompted(self, prompt: object) -> None:
        self.prompt.show_prompt(prompt)
        self.status.busy(lambda: self.tr("Waiting for you to finish signing in…"))

    def _tell_if_not_remembered(self) -> None:
        """Once per run, when there is no keyring to keep the sign-in in."""
        if self.sign_in is not None and self.sign_in.store.take_memory_only_notice():
            self._say_not_remembered()
            self.keyring_notice.show()

    def _say_not_remembered(self) -> None:
        self.keyring_notice.setText(self.tr(
            "This computer has no password store (keyring), so Cancel365 will not remember "
            "this sign-in: you will sign in again next time. Nothing is saved to disk."))

    def _finished(self, session: SignedInSession | None) -> None:
        self.task = None
        self._tell_if_not_remembered()
        self.prompt.clear()
        if session is None:
            self.status.clear()
            self._show_idle()
            self.sign_in_button.setFocus()
        else:
            self.state.signed_in(session.graph, session.organization, session.admin)
            self.state.sign_in = session.sign_in
            self.status.clear()
            self._show_signed_in()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._tell_if_not_remembered()
        self.prompt.clear()
        self._show_idle()
        if isinstance(error, SignInCancelledError):
            self.status.info(lambda: describe(error))
        else:
            self.status.error(lambda: describe(error), retry=self._retry)
        self.completeChanged.emit()

    def _signed_out(self, note: object) -> None:
        self.task = None
        self.state.signed_out()
        self.sign_in = None
        self.status.info(str(note or "") or (lambda: self.tr("Signed out. Cancel365 keeps "
                                                             "nothing from this sign-in.")))
        self._show_idle()
        self.completeChanged.emit()

    # -- what is shown -------------------------------------------------------------------

    def _ask_for_client_id(self) -> None:
        """No client ID (no publisher's in this build): the wizard guides the registration."""
        self._show_idle()
        self.status.info(lambda: self.tr(
            "Before the first sign-in, Cancel365 needs your organization's own app "
            "registration. Register it now: the wizard shows each step and what to paste."))
        self.register_button.show()
        self.register_button.setFocus()

    def open_guide(self) -> None:
        """The registration, step by step; its client ID is saved and the sign-in starts."""
        self.guide = RegistrationGuide(self.settings.client_id, self)
        self.guide.accepted.connect(self._guide_done)
        self.guide.open()

    def _guide_done(self) -> None:
        guide = self.guide
        if guide is None or not guide.client_id():
            return
        saved = app_settings.load(self.settings_path).with_changes(client_id=guide.client_id())
        app_settings.save(saved, self.settings_path)
        self.apply_settings(publisher.effective(saved))
        self.register_button.hide()
        self.start_sign_in()

    def _show_idle(self) -> None:
        for button in (self.sign_in_button, self.settings_button):
            button.setEnabled(True)
        for widget in (self.sign_in_button, self.browser_choice, self.code_choice):
            widget.show()
        self.cancel_button.hide()
        self.sign_out_button.hide()
        self.sign_out_button.setEnabled(True)
        self.tenant_label.setText("–")
        self.admin_label.setText("–")
        self.roles_label.setText("–")
        self.role_warning.hide()

    def _show_signed_in(self) -> None:
        org, admin = self.state.organization, self.state.admin
        if org is None or admin is None:
            return
        for widget in (self.sign_in_button, self.browser_choice, self.code_choice,
                       self.cancel_button):
            widget.hide()
        self.sign_out_button.setVisible(self.state.sign_in is not None)
        self.sign_out_button.setEnabled(True)
        self.settings_button.setEnabled(True)
        self.tenant_label.setText(org.display_name)
        self.admin_label.setText(f"{admin.display_name} ({admin.user_principal_name})")
        self.roles_label.setText(", ".join(r.display_name for r in admin.roles)
                                 or self.tr("none"))
        warning = self.role_limits(admin)
        self.role_warning.setText(warning)
        self.role_warning.setVisible(bool(warning))

    def role_limits(self, admin: SignedInUser) -> str:
        """What this admin will not be able to do, in plain words ('' for a Global Admin)."""
        if admin.is_global_admin:
            return ""
        if admin.is_billing_admin:
            return self.tr(
                "You are a Billing Administrator, not a Global Administrator. You can cancel "
                "the subscription and remove licences, but you cannot remove your domain from "
                "Microsoft 365 or set up the backup of everyone's files. Ask a Global "
                "Administrator to do those steps, or to sign in here.")
        return self.tr(
            "{name} is neither a Global Administrator nor a Billing Administrator. You can "
            "look around, but you will not be able to cancel the subscription, remove "
            "licences or domains, or back up other people's files. Sign out and sign in with "
            "an administrator account, or ask a Global Administrator to give you the Billing "
            "Administrator role.").format(name=admin.display_name or admin.user_principal_name)
