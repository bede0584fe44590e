"""Sign-in on the demo tenant: starts the demo server and signs in as its admin."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout

from app.demo.session import start_demo
from app.graph.models import Organization, SignedInUser
from app.graph.tenant import Tenant
from app.state import CancellationState
from ui.errors import describe
from ui.pages.page import Page
from ui.widgets.status import StatusLine
from ui.worker import TaskControl, run_task


def _sign_in_to_demo(state: CancellationState, control: TaskControl) -> tuple:
    session = start_demo()
    try:
        tenant = Tenant(session.graph)
        return session, tenant.organization(), tenant.signed_in_user()
    except Exception:
        session.close()
        raise


class DemoSignInPage(Page):
    def __init__(self, state: CancellationState) -> None:
        super().__init__()
        self.state = state
        self.tenant_label = QLabel()
        self.admin_label = QLabel()
        self.roles_label = QLabel()
        self.roles_label.setWordWrap(True)
        for label in (self.tenant_label, self.admin_label, self.roles_label):
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          | label.textInteractionFlags().TextSelectableByMouse)
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(3)]
        for label, field in zip(self.form_labels, (self.tenant_label, self.admin_label,
                                                   self.roles_label), strict=True):
            self.form.addRow(label, field)
        self.status = StatusLine()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Signed in to the demo tenant"))
        self.setSubTitle(self.tr("The demo tenant behaves like Microsoft 365, on this computer "
                                 "only."))
        for label, text in zip(self.form_labels, (self.tr("Organization:"),
                                                  self.tr("Signed in as:"),
                                                  self.tr("Admin roles:")), strict=True):
            label.setText(text)
        self._show()

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant you sign in with your browser or a code, as a Global or Billing "
            "Administrator. Cancel365 asks Microsoft only for permission to read; it asks again "
            "before it changes anything. Signing in changes nothing in the tenant. What can go "
            "wrong: an account without an admin role can look but not cancel, and your "
            "organization must have registered Cancel365 first (see Settings).")

    def initializePage(self) -> None:
        if self.state.graph is None:
            self._sign_in()
        else:
            self._show()

    def isComplete(self) -> bool:
        return self.state.graph is not None

    def _sign_in(self) -> None:
        self.status.busy(lambda: self.tr("Starting the demo tenant and signing in…"))
        run_task(self.wizard(), lambda control: _sign_in_to_demo(self.state, control),
                 on_done=self._signed_in, on_error=self._failed)

    def _signed_in(self, result: tuple) -> None:
        session, organization, admin = result
        self.state.closers.append(session.close)
        self.state.signed_in(session.graph, organization, admin)
        self.status.clear()
        self._show()
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.status.error(lambda: describe(error), retry=self._sign_in)

    def _show(self) -> None:
        org: Organization | None = self.state.organization
        admin: SignedInUser | None = self.state.admin
        if org is None or admin is None:
            return
        self.tenant_label.setText(org.display_name)
        self.admin_label.setText(f"{admin.display_name} ({admin.user_principal_name})")
        roles = ", ".join(r.display_name for r in admin.roles) or self.tr("none")
        self.roles_label.setText(roles)
