"""Removing the app registration Cancel365 made for the backup, once the backup is done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.auth.delegated import SET_UP_BACKUP
from app.auth.secrets import SecretStore
from app.backup.access import remove_saved_app
from app.state import CancellationState
from ui.errors import describe
from ui.widgets.consent import with_permission
from ui.widgets.status import StatusLine
from ui.worker import run_task


class AppRemoval(QObject):
    """The summary's "remove the app registration" button: consent, removal, what it says."""

    removed = Signal()

    def __init__(self, page: QWidget, state: CancellationState, store: Callable[[], SecretStore],
                 button: QPushButton, status: StatusLine) -> None:
        super().__init__(page)
        self.page, self.state, self.store = page, state, store
        self.button, self.status = button, status
        button.clicked.connect(self.remove)

    def remove(self) -> None:
        with_permission(self.page, self.state, SET_UP_BACKUP,
                        self.tr("Removing the backup app registration"), self._remove,
                        self.status.error)

    def _remove(self) -> None:
        graph, store = self.state.graph, self.store()
        assert graph is not None
        self.button.setEnabled(False)
        self.status.busy(lambda: self.tr("Removing the backup app registration…"))
        run_task(self, lambda c: remove_saved_app(graph, store), on_done=self._removed,
                 on_error=self._failed)

    def _removed(self, _: object) -> None:
        self.button.setEnabled(True)
        self.button.hide()
        self.status.info(lambda: self.tr("The backup app registration is removed, and its secret "
                                         "is gone from this computer."))
        self.removed.emit()

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self.status.error(lambda: describe(error), retry=self.remove)
