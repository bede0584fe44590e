"""Settings: the client ID of the organization's own app registration, the tenant, the language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import settings as app_settings
from app.settings import Settings, is_client_id, is_tenant
from ui.widgets.language_box import LanguageBox


class SettingsDialog(QDialog):
    """Edits and saves :class:`Settings`; ``saved`` holds the result after OK.

    The language applies (and is remembered) as soon as it is chosen, like the
    Welcome page's menu: the dialog and the wizard behind it change at once.
    """

    def __init__(self, current: Settings, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.current = current
        self.saved: Settings | None = None
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        self.client_id = QLineEdit(current.client_id)
        self.client_id.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.tenant = QLineEdit(current.tenant)
        self.tenant.setPlaceholderText("organizations")
        self.language = LanguageBox(path)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        self.client_label = QLabel()
        self.client_label.setBuddy(self.client_id)
        self.tenant_label = QLabel()
        self.tenant_label.setBuddy(self.tenant)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        form.addRow(self.client_label, self.client_id)
        form.addRow(self.tenant_label, self.tenant)
        self.tenant_help = QLabel()
        self.tenant_help.setWordWrap(True)
        form.addRow(QLabel(), self.tenant_help)
        form.addRow(self.language_label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.intro.setText(self.tr(
            "Cancel365 signs in as your organization's own app registration, so your "
            "organization decides what it may do. A Global Administrator creates it once in "
            "the Microsoft Entra admin center, in about five minutes: the guide “Registering "
            "Cancel365 in your organization” (docs/app-registration.md) shows each step."))
        self.client_id.setAccessibleName(self.tr("Application (client) ID"))
        self.tenant.setAccessibleName(self.tr("Tenant"))
        self.client_label.setText(self.tr("Application (&client) ID:"))
        self.tenant_label.setText(self.tr("&Tenant:"))
        self.tenant_help.setText(self.tr("Leave “organizations” unless your app registration is "
                                         "single-tenant; then enter your tenant ID or domain."))
        self.language_label.setText(self.tr("&Language:"))
        self.problem.hide()   # a problem said in the old language: OK says it again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        client_id = self.client_id.text().strip()
        tenant = self.tenant.text().strip() or "organizations"
        if not is_client_id(client_id):
            self._show_problem(self.tr("The client ID is a GUID like "
                                       "1b2c3d4e-0000-1111-2222-333344445555: copy it from the "
                                       "app registration's Overview page."), self.client_id)
            return
        if not is_tenant(tenant):
            self._show_problem(self.tr("Enter “organizations”, a tenant ID or a domain such as "
                                       "contoso.onmicrosoft.com."), self.tenant)
            return
        self.saved = self.current.with_changes(client_id=client_id, tenant=tenant,
                                               language=self.language.code())
        app_settings.save(self.saved, self.path)
        super().accept()

    def _show_problem(self, text: str, field: QLineEdit) -> None:
        self.problem.setText(text)
        self.problem.show()
        field.setFocus()
        field.selectAll()
