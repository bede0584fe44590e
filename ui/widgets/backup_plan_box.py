"""The Backup page's "What to back up": the users and sites, the folder they go to, and Start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from app.backup.errors import BackupError
from app.backup.plan import BackupPlan, SpaceCheck
from ui.widgets.backup_destination import DestinationRow
from ui.widgets.backup_plan import PlanView


class PlanBox(QGroupBox):
    """The plan's list, the destination row, then Change access and Start on a row of their own."""

    changed = Signal()   # the choice or the folder changed: the room is checked again

    def __init__(self, on_unreadable: Callable[[BackupError], None]) -> None:
        super().__init__()
        self.plan_view = PlanView()
        self.plan_view.changed.connect(self.changed)
        self.destination = DestinationRow(on_unreadable)
        self.destination.changed.connect(self.changed)
        self.start_button = QPushButton()
        self.change_access_button = QPushButton()   # the access can be changed at any time
        start_row = QHBoxLayout()   # its own row: long translations and 200% still fit
        start_row.addWidget(self.change_access_button)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan_view, 1)
        layout.addWidget(self.destination)
        layout.addLayout(start_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.change_access_button.setText(self.tr("Change the backup's a&ccess…"))
        self.change_access_button.setToolTip(self.tr(
            "Set up backup access, use an existing app registration, or back up only what "
            "your own sign-in opens."))
        self.start_button.setText(self.tr("&Start the backup"))
        self.setTitle(self.tr("What to back up"))
        self.plan_view.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_phase(self, phase: str) -> None:
        """Ready: the list to choose from; running or ended: the totals only. The folder and
        the access can be changed when ready or ended."""
        self.plan_view.show_list(phase == "ready")
        self.destination.set_editable(phase in ("ready", "ended"))
        self.change_access_button.setEnabled(phase in ("ready", "ended"))

    def check_room(self, plan: BackupPlan | None, may_start: bool) -> SpaceCheck | None:
        """Show the room the plan needs in the folder; Start only when it fits (and may start)."""
        if plan is None:
            self.start_button.setEnabled(False)
            return None
        dest = self.destination.path()
        space = self.destination.check_space(plan)
        self.plan_view.show_space(space, dest)
        self.start_button.setEnabled(may_start and bool(dest) and bool(plan.chosen)
                                     and space is not None and space.enough)
        return space
