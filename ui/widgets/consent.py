"""Asking the admin for a write permission just before the action that needs it.

On the demo tenant, or when the permission was granted already, nothing is
asked and the action starts at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.state import CancellationState
from ui.errors import describe
from ui.widgets.signin_prompt import SignInPromptView
from ui.widgets.status import StatusLine
from ui.worker import Task, run_task


def with_permission(parent: QWidget, state: CancellationState, scopes: Sequence[str],
                    why: str, on_granted: Callable[[], None],
                    on_refused: Callable[[str], None]) -> ConsentDialog | None:
    """Run ``on_granted`` once the sign-in carries ``scopes``; the dialog when one is shown."""
    sign_in = state.sign_in
    if sign_in is None or sign_in.has_scopes(scopes):
        on_granted()
        return None
    dialog = ConsentDialog(parent, state, scopes, why)
    dialog.accepted.connect(on_granted)
    dialog.rejected.connect(lambda: on_refused(dialog.reason))
    dialog.open()
    return dialog


class ConsentDialog(QDialog):
    """Explains the permission, then lets Microsoft ask for it (browser or code)."""

    def __init__(self, parent: QWidget, state: CancellationState, scopes: Sequence[str],
                 why: str) -> None:
        super().__init__(parent)
        self.state = state
        self.scopes = list(scopes)
        self.task: Task | None = None
        self.why = why   # said by the caller, in the language of the moment it asked
        self.error: BaseException | None = None
        self.reason = self.tr("The permission was not granted; nothing was changed.")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.prompt = SignInPromptView()
        self.status = StatusLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.ask)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.prompt)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.continue_button.setDefault(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("One more permission"))
        self.explanation.setText(self.tr(
            "{why} needs the permission {permissions}. Cancel365 asked only to read until "
            "now. Microsoft will ask you to accept it; you can say no, and nothing is "
            "changed.").format(why=self.why, permissions=", ".join(self.scopes)))
        self.continue_button.setText(self.tr("&Continue"))
        self.reason = (describe(self.error) if self.error is not None else
                       self.tr("The permission was not granted; nothing was changed."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self) -> None:
        sign_in = self.state.sign_in
        if sign_in is None or self.task is not None:
            return
        self.continue_button.setEnabled(False)
        self.status.busy(lambda: self.tr("Waiting for you to accept the permission…"))
        scopes = self.scopes
        self.task = run_task(
            self, lambda control: sign_in.ensure_scopes(scopes, cancelled=control.cancelled,
                                                        prompt=control.report),
            on_done=self._granted, on_error=self._failed, on_progress=self.prompt.show_prompt)

    def _granted(self, _: object) -> None:
        self.task = None
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.prompt.clear()
        self.continue_button.setEnabled(True)
        self.error = error
        self.reason = describe(error)
        self.status.error(lambda: describe(error), retry=self.ask)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task.finished.connect(super().reject)
            self.task = None
            return
        super().reject()
