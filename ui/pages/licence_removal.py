"""A dialog to remove licences until a subscription can be cancelled online.

What happens to a user's data when the licence goes, as Microsoft Learn says it
("Unassign licenses from users", learn.microsoft.com/microsoft-365/admin/manage/
remove-licenses-from-users, section "What happens to a user's data when you remove
their license?", and "Remove a former employee"): the data is held for 30 days (give
the licence back and nothing is lost); after that everything but documents stored on
SharePoint is deleted permanently, the Exchange Online mailbox included. A mailbox
converted to a shared mailbox first is kept without a licence. So the dialog says so,
and offers to back up those users' OneDrives first (the Backup page, scoped to them).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.delegated import REMOVE_LICENCES
from app.graph.models import LicensedUser
from app.graph.tenant import SubscriptionOverview
from app.state import CancellationState, LicenceRemoval, now
from app.subscription.licences import RemovalProgress, RemovalResult, remove_licences
from ui.errors import describe
from ui.widgets.ask import said_yes
from ui.widgets.consent import ConsentDialog, with_permission
from ui.widgets.status import StatusLine
from ui.worker import Task, run_task


class LicenceRemovalDialog(QDialog):
    """Lists the licensed users; the admin ticks whom to remove, confirms, and sees it done.

    The result ("Licences removed: 6", and any that failed) stays until the admin closes."""

    removal_done = Signal()

    def __init__(self, state: CancellationState, overview: SubscriptionOverview,
                 at_least: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.overview = overview
        self.at_least = at_least
        self.users: list[LicensedUser] = []
        self.changed = False
        self.task: Task | None = None
        self.consent: ConsentDialog | None = None
        self.result_text = None   # the last removal's result, said until the admin closes
        self.resize(560, 520)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemChanged.connect(self._update_count)
        self.count = QLabel()
        self.data_note = QLabel()       # what happens to their data, and what to do first
        self.data_note.setWordWrap(True)
        self.data_note.setOpenExternalLinks(False)
        self.backup_first_button = QPushButton()
        self.backup_first_button.clicked.connect(self.back_up_first)
        self.backup_first_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = StatusLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton()
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.data_note)
        first_row = QHBoxLayout()
        first_row.addWidget(self.backup_first_button)
        first_row.addStretch(1)
        layout.addLayout(first_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove licences – {0}").format(self.overview.name))
        self.intro.setText(self.tr(
            "Tick the users who should lose their {product} licence. They lose access to "
            "the apps and services of this subscription at once. Remove at least %n to get "
            "to 25.", "", self.at_least).format(product=self.overview.name))
        self.data_note.setText(self.tr(
            "<b>Their data is deleted 30 days later.</b> Microsoft keeps a user's data for 30 "
            "days after the licence is removed (give it back and nothing is lost). After that "
            "everything but documents stored on SharePoint sites is deleted for good: their "
            "mailbox and their OneDrive included. Back up their OneDrives first: the Backup page "
            "saves every mailbox too (mail, calendars, contacts). To keep a mailbox in "
            "Microsoft 365 without a licence, convert it to a shared mailbox in the admin "
            "center first (Users › Active users › the user › Mail › Convert to shared "
            "mailbox)."))
        self.list.setAccessibleName(self.tr("Licensed users"))
        self.remove_button.setText(self.tr("&Remove licences"))
        self.backup_first_button.setText(self.tr("&Back up their OneDrives first…"))
        self.backup_first_button.setToolTip(self.tr(
            "The Backup page then backs up only the ticked users' OneDrives; come back here "
            "afterwards to remove the licences."))
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setText(self._user_text(self.users[index]))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _user_text(self, user: LicensedUser) -> str:
        text = f"{user.display_name}  <{user.user_principal_name}>"
        if self.state.admin is not None and user.id == self.state.admin.id:
            text += "  " + self.tr("(you)")
        return text

    def _load(self, keep_status: bool = False) -> None:
        if not keep_status:
            self.status.busy(lambda: self.tr("Reading who has a licence…"))
        self.remove_button.setEnabled(False)
        tenant, sku_id = self.state.tenant, self.overview.subscription.sku_id
        run_task(self, lambda _: tenant.licensed_users(sku_id),
                 on_done=self._loaded, on_error=lambda e: self.status.error(
                     lambda: describe(e), self._load))

    def _loaded(self, users: list[LicensedUser]) -> None:
        if self.result_text is None:
            self.status.clear()
        self.users = users
        self.list.clear()
        for user in users:
            item = QListWidgetItem(self._user_text(user))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            self.list.addItem(item)
        self._update_count()
        self.list.setFocus()

    def checked_users(self) -> list[LicensedUser]:
        ids = {self.list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Checked}
        return [u for u in self.users if u.id in ids]

    def _update_count(self) -> None:
        chosen = len(self.checked_users())
        left = len(self.users) - chosen
        self.count.setText(self.tr("%n chosen.", "", chosen) + " " + self.tr(
            "Licences assigned afterwards: {left} (online cancellation needs 25 or "
            "fewer).").format(left=left))
        self.remove_button.setEnabled(chosen > 0 and self.task is None)
        self.backup_first_button.setEnabled(chosen > 0 and self.task is None)

    def includes_admin(self, users: list[LicensedUser]) -> bool:
        admin = self.state.admin
        return admin is not None and any(u.id == admin.id for u in users)

    def confirm_text(self, users: list[LicensedUser]) -> str:
        """The question asked before removing: who, and what happens to their data."""
        names = "\n".join(f"• {u.display_name}" for u in users[:12])
        if len(users) > 12:
            names += "\n" + self.tr("…and %n more", "", len(users) - 12)
        return self.tr("Remove the {product} licence from %n user(s)?", "", len(users)).format(
            product=self.overview.name) + "\n\n" + names + "\n\n" + self.tr(
            "Their mailbox and OneDrive are deleted for good 30 days from now, unless you give "
            "the licence back before then.")

    def own_licence_text(self) -> str:
        return self.tr(
            "You are removing your own licence. You stay an administrator and can still "
            "sign in to the admin center and to Cancel365, but you lose Outlook, Teams and "
            "OneDrive at once, and your own mailbox and OneDrive are deleted 30 days from now. "
            "Back up your OneDrive first, and convert your mailbox to a shared mailbox if "
            "you need to keep it. Remove your own licence anyway?")

    def _confirm(self) -> None:
        users = self.checked_users()
        if not said_yes(self, self.tr("Remove licences?"), self.confirm_text(users)):
            return
        if self.includes_admin(users) and not said_yes(
                self, self.tr("Remove your own licence?"), self.own_licence_text(),
                warning=True):
            return
        self.start_removal(users)

    def back_up_first(self) -> None:
        """Send the ticked users to the Backup page: its plan then holds only their OneDrives."""
        users = self.checked_users()
        if not users:
            return
        self.state.backup_first = tuple(u.user_principal_name for u in users)
        count = len(users)
        self.result_text = lambda: self.tr(
            "The Backup page (step 4) will back up the OneDrive of the %n user(s) you ticked. "
            "Close this window, go on to the Backup page, run the backup, then come back here "
            "with Back to remove the licences.", "", count)
        self.status.info(self.result_text)

    def start_removal(self, users: list[LicensedUser]) -> None:
        """Remove the licence from ``users`` in the background (tests call this directly).

        On a real tenant the admin is first asked for the write permission (once).
        """
        self.consent = with_permission(
            self, self.state, REMOVE_LICENCES, self.tr("Removing licences"),
            on_granted=lambda: self._remove(users), on_refused=self.status.error)

    def _remove(self, users: list[LicensedUser]) -> None:
        tenant, sku_id = self.state.tenant, self.overview.subscription.sku_id
        self.progress.setRange(0, len(users))
        self.progress.setValue(0)
        self.progress.show()
        self.status.busy(lambda: self.tr("Removing licences…"))
        self.list.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.task = run_task(
            self, lambda control: remove_licences(tenant, users, sku_id, report=control.report,
                                                  cancelled=control.cancelled),
            on_done=self._removed, on_error=self._removal_failed, on_progress=self._progress)

    def _progress(self, progress: RemovalProgress) -> None:
        self.progress.setValue(progress.done)

    def _removed(self, result: RemovalResult) -> None:
        self.task = None
        self.changed = self.changed or bool(result.removed)
        sku = self.overview.subscription.sku_part_number
        self.state.licences_removed.extend(
            LicenceRemoval(u.user_principal_name, sku, now()) for u in result.removed)
        self.progress.hide()
        self.list.setEnabled(True)
        removed, failed = len(result.removed), len(result.failed)
        if result.failed:
            lines = "\n".join(f"{u.display_name}: {why}" for u, why in result.failed)
            self.result_text = lambda: self.tr("Licences removed: %n.", "", removed) + " " + \
                self.tr("%n could not be removed:", "", failed) + "\n" + lines
            self.status.error(self.result_text)
        else:
            self.result_text = lambda: self.tr("Licences removed: %n.", "", removed) + " " + \
                self.tr("Their data is kept until {date}; give a licence back before then "
                        "and nothing is lost.").format(date=self.kept_until())
            self.status.info(self.result_text)
        self.removal_done.emit()
        self._load(keep_status=True)   # the list as it is now; the result stays until Close

    def kept_until(self) -> str:
        """The day the removed users' data is deleted: 30 days from now (Microsoft Learn)."""
        return (now() + timedelta(days=30)).astimezone().strftime("%Y-%m-%d")

    def _removal_failed(self, error: BaseException) -> None:
        self.task = None
        self.progress.hide()
        self.list.setEnabled(True)
        self.status.error(lambda: describe(error))
        self._update_count()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return  # closes when the running removal stops
        super().reject()
