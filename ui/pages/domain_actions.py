"""The Domains page's buttons: message the users, remove the domain, open the admin center."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.auth.delegated import REMOVE_DOMAIN
from app.domains.removal import DomainReference, domain_references, remove_domain
from app.state import CancellationState
from ui.errors import describe
from ui.widgets.consent import with_permission
from ui.widgets.status import StatusLine
from ui.widgets.user_notice import UserNoticeDialog
from ui.worker import run_task


class DomainsHost(Protocol):
    """What the actions need from the page they sit on (the Domains page)."""

    state: CancellationState
    status: StatusLine
    domain_box: QComboBox

    def task_parent(self) -> QObject: ...
    def references_for_notice(self, ascii_name: str) -> list[str]: ...
    def open_admin_center(self) -> None: ...
    def forget_domain(self) -> None: ...
    def confirm(self, title: str, text: str) -> bool: ...
    def domain_removed(self, ascii_name: str) -> None: ...

SHOWN_REFERENCES = 10


class DomainActions(QObject):
    """Buttons under the records table, acting on the selected domain."""

    def __init__(self, page: DomainsHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.window = parent   # where dialogs open
        self.domain: str | None = None
        self.consent: QDialog | None = None   # shown while asking for Domain.ReadWrite.All
        self.notice_button = QPushButton()
        self.remove_button = QPushButton()
        self.admin_button = QPushButton()
        self.forget_button = QPushButton()   # a domain typed to test: off the list again
        self.forget_button.clicked.connect(page.forget_domain)
        self.notice_button.clicked.connect(self.write_notice)
        self.remove_button.clicked.connect(self.remove)
        self.admin_button.clicked.connect(page.open_admin_center)
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.notice_button)
        self.layout.addWidget(self.remove_button)
        self.layout.addWidget(self.admin_button)
        self.layout.addWidget(self.forget_button)
        self.layout.addStretch()
        self.update(None, in_tenant=False)
        self.dialog: UserNoticeDialog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The page calls this on a language switch (a QObject gets no LanguageChange)."""
        self.notice_button.setText(self.tr("&Message to users…"))
        self.remove_button.setText(self.tr("Remo&ve from Microsoft 365…"))
        self.admin_button.setText(self.tr("Admin &center: Domains"))
        self.forget_button.setText(self.tr("Ta&ke off this list"))
        self.forget_button.setToolTip(self.tr("A domain you typed to test: it leaves the list "
                                              "and the risks below (nothing changes in DNS)"))

    def update(self, domain: str | None, *, in_tenant: bool, typed: bool = False) -> None:
        self.domain = domain
        self.forget_button.setVisible(typed)
        self.notice_button.setEnabled(domain is not None)
        self.remove_button.setEnabled(in_tenant and self.page.state.graph is not None)

    # -- the users' message ---------------------------------------------------------

    def write_notice(self) -> None:
        domain = self.domain
        if domain is None:
            return
        self.page.status.busy(lambda: self.tr("Finding the users on {0}…").format(domain))
        run_task(self.page.task_parent(), lambda _: self.page.references_for_notice(domain),
                 on_done=lambda users: self._open_notice(domain, users),
                 on_error=lambda e: self.page.status.error(describe(e)))

    def _open_notice(self, domain: str, users: list[str]) -> None:
        self.page.status.end_busy()   # "Checked at …" comes back; nothing below moves
        admin = self.page.state.admin.display_name if self.page.state.admin else ""
        shown = self.page.domain_box.itemText(self.page.domain_box.findData(domain))
        moving = self.page.state.mail_move   # the Move mail page's choice, when it was made
        self.dialog = UserNoticeDialog(shown, users, admin, self.window,
                                       admin_moves_mail=bool(moving and moving.chosen))
        self.dialog.open()

    # -- removal -------------------------------------------------------------------

    def remove(self) -> None:
        domain, graph = self.domain, self.page.state.graph
        if domain is None or graph is None:
            return
        self.page.status.busy(lambda: self.tr("Looking up what still uses {0}…").format(domain))
        run_task(self.page.task_parent(), lambda _: domain_references(graph, domain),
                 on_done=lambda refs: self._references_read(domain, refs),
                 on_error=lambda e: self.page.status.error(describe(e), retry=self.remove))

    def _references_read(self, domain: str, references: list[DomainReference]) -> None:
        self.page.status.clear()
        if references:
            names = "\n".join(f"• {r.display_name} ({r.name})"
                              for r in references[:SHOWN_REFERENCES])
            if len(references) > SHOWN_REFERENCES:
                names += "\n" + self.tr("…and {0} more.").format(
                    len(references) - SHOWN_REFERENCES)
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Domain still in use"),
                              self.tr("{0} is still used by:\n{1}\n\nChange their addresses to "
                                      "another domain in the admin center, then remove the "
                                      "domain.").format(domain, names),
                              QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
                              self.page)
            box.setObjectName("domainInUse")
            if box.exec() == QMessageBox.StandardButton.Open:
                self.page.open_admin_center()
            return
        if self.page.confirm(self.tr("Remove {0}?").format(domain),
                             self.tr("Remove {0} from Microsoft 365? This cannot be undone. "
                                     "Do it only once mail and DNS have moved.").format(domain)):
            self.consent = with_permission(
                self.window, self.page.state, REMOVE_DOMAIN, self.tr("Removing a domain"),
                on_granted=lambda: self._remove(domain), on_refused=self.page.status.error)

    def _remove(self, domain: str) -> None:
        self.page.status.busy(lambda: self.tr("Removing {0}…").format(domain))
        graph = self.page.state.graph
        run_task(self.page.task_parent(), lambda _: remove_domain(graph, domain),
                 on_done=lambda _: self._removed(domain),
                 on_error=lambda e: self.page.status.error(describe(e)))

    def _removed(self, domain: str) -> None:
        self.page.status.info(lambda: self.tr("{0} was removed from Microsoft 365 (checked).")
                              .format(domain))
        self.page.domain_removed(domain)
