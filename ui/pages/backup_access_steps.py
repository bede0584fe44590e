"""The Backup page's access step: runs the chosen way to get access off the GUI thread.

Emits :attr:`AccessSteps.ready` with the Graph client the plan and the backup
use, and whether it is an app registration Cancel365 made (to offer its
removal at the end), or :attr:`AccessSteps.failed` with the error.
"""

from __future__ import annotations

from collections.abc import Callable

import keyring.backends.fail
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.auth.delegated import SET_UP_BACKUP
from app.auth.secrets import SecretStore
from app.backup.access import AccessKind, Authority
from app.backup.access_flow import saved_access, set_up_for_me, use_existing
from app.errors import Cancel365Error
from app.graph.client import GraphClient
from app.state import CancellationState
from ui.widgets.backup_access import AccessChooser
from ui.widgets.consent import with_permission
from ui.widgets.status import StatusLine
from ui.worker import Task, TaskControl, run_task


class AccessSteps(QObject):
    ready = Signal(object, bool)   # GraphClient, made by Cancel365
    failed = Signal(object)        # the error

    def __init__(self, page: QWidget, state: CancellationState, chooser: AccessChooser,
                 status: StatusLine, store: SecretStore | None,
                 authority: Authority | None) -> None:
        super().__init__(page)
        self.page, self.state, self.chooser, self.status = page, state, chooser, status
        self._store, self._authority = store, authority
        self.task: Task | None = None

    def store(self) -> SecretStore:
        if self._store is None:
            if self.state.sign_in is not None:
                self._store = self.state.sign_in.store
            else:   # the demo: nothing of it goes to this computer's password store
                self._store = SecretStore(backend=keyring.backends.fail.Keyring())
        return self._store

    def authority(self) -> Authority:
        if self._authority is not None:
            return self._authority
        if self.state.demo or self.state.sign_in is None:
            assert self.state.graph is not None
            return Authority(demo_graph_url=self.state.graph.base_url)
        config = self.state.sign_in.config
        return Authority(host=config.authority_host, http_client=config.http_client,
                         instance_discovery=config.instance_discovery)

    def choose(self, kind: AccessKind) -> None:
        """Start getting access the chosen way."""
        if self.state.graph is None:
            return
        if kind is AccessKind.ONLY_MINE:
            self.ready.emit(self.state.graph, False)
        elif kind is AccessKind.SET_UP_FOR_ME:
            with_permission(self.page, self.state, SET_UP_BACKUP,
                            self.tr("Setting up backup access"), self._set_up,
                            lambda reason: self.failed.emit(PermissionRefusedError(reason)))
        else:
            self._use_existing()

    def resume(self) -> None:
        """The access kept from last time, else the one chosen on the page."""
        store, authority = self.store(), self.authority()
        assert self.state.graph is not None
        graph_url = self.state.graph.base_url
        self._run(lambda c: saved_access(store, authority, graph_url, c.cancelled, c.report),
                  self.tr("Checking the backup access kept from last time…"), self._resumed)

    def _resumed(self, found: tuple[GraphClient, bool] | None) -> None:
        self.task = None
        if found is None:
            self.choose(self.chooser.kind())
        else:
            self.ready.emit(*found)

    def _set_up(self) -> None:
        graph, store, authority = self.state.graph, self.store(), self.authority()
        organization = self.state.organization
        assert graph is not None
        tenant = organization.id if organization else ""
        self._run(lambda c: set_up_for_me(graph, store, tenant, authority, c.cancelled, c.report),
                  self.tr("Setting up backup access…"), lambda client: self._done(client, True))

    def _use_existing(self) -> None:
        graph = self.state.graph
        assert graph is not None
        tenant, client_id = self.chooser.tenant.text(), self.chooser.client_id.text()
        secret = self.chooser.secret.text()
        store, authority = self.store(), self.authority()
        self._run(lambda c: use_existing(tenant, client_id, secret, store, authority,
                                         graph.base_url, c.cancelled, c.report),
                  self.tr("Checking the app registration…"),
                  lambda client: self._done(client, False))

    def _done(self, client: GraphClient, made: bool) -> None:
        self.task = None
        self.chooser.secret.clear()   # it is in the password store now
        self.ready.emit(client, made)

    def _run(self, fn: Callable[[TaskControl], object], busy: str,
             on_done: Callable[..., None]) -> None:
        self.status.busy(busy)
        self.task = run_task(self, fn, on_done=on_done, on_error=self._failed,
                             on_progress=lambda text: self.status.busy(str(text)))

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.failed.emit(error)


class PermissionRefusedError(Cancel365Error):
    """The admin did not grant the permission to set up backup access (the dialog's sentence)."""
