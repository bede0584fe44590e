"""A dialog to remove licences until a subscription can be cancelled online."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
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
from ui.widgets.consent import ConsentDialog, with_permission
from ui.widgets.status import StatusLine
from ui.worker import Task, run_task


class LicenceRemovalDialog(QDialog):
    """Lists the licensed users; the admin ticks whom to remove, confirms, and sees it done."""

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
        self.resize(560, 520)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemChanged.connect(self._update_count)
        self.count = QLabel()
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
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Remove licences – {0}").format(self.overview.name))
        self.intro.setText(self.tr(
            "Tick the users who should lose their {product} licence. They lose access to "
            "the apps and services of this subscription at once; their mailbox and files "
            "stay until the subscription ends. Remove at least {n} to get to 25.").format(
                product=self.overview.name, n=self.at_least))
        self.list.setAccessibleName(self.tr("Licensed users"))
        self.remove_button.setText(self.tr("Remove licences"))
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

    def _load(self) -> None:
        self.status.busy(lambda: self.tr("Reading who has a licence…"))
        self.remove_button.setEnabled(False)
        tenant, sku_id = self.state.tenant, self.overview.subscription.sku_id
        run_task(self, lambda _: tenant.licensed_users(sku_id),
                 on_done=self._loaded, on_error=lambda e: self.status.error(describe(e),
                                                                             self._load))

    def _loaded(self, users: list[LicensedUser]) -> None:
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
        self.count.setText(self.tr("{chosen} chosen. Licences assigned afterwards: {left} "
                                   "(online cancellation needs 25 or fewer).").format(
                                       chosen=chosen, left=left))
        self.remove_button.setEnabled(chosen > 0 and self.task is None)

    def _confirm(self) -> None:
        users = self.checked_users()
        names = "\n".join(f"• {u.display_name}" for u in users[:12])
        if len(users) > 12:
            names += "\n" + self.tr("…and {0} more").format(len(users) - 12)
        answer = QMessageBox.question(
            self, self.tr("Remove licences?"),
            self.tr("Remove the {product} licence from these {n} users?\n\n{names}").format(
                product=self.overview.name, n=len(users), names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.start_removal(users)

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
        if result.failed:
            lines = "\n".join(f"{u.display_name}: {why}" for u, why in result.failed)
            self.status.error(lambda: self.tr("Removed {ok} licences; {bad} could not be removed:\n"
                                      "{lines}").format(ok=len(result.removed),
                                                        bad=len(result.failed), lines=lines))
            self._load()
            return
        self.status.info(lambda: self.tr("Licences removed: {0}.").format(len(result.removed)))
        self.accept()

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
