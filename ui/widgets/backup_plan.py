"""What the backup will hold: users and sites with checkboxes, what is left out, the room."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.backup.errors import human_bytes
from app.backup.plan import ONEDRIVE, BackupPlan, SpaceCheck


class PlanView(QWidget):
    """One checkable row per user and site (its drives below it). Emits :attr:`changed`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: BackupPlan | None = None
        self._rows: dict[str, QTreeWidgetItem] = {}   # owner -> top-level row
        self._space: tuple[SpaceCheck | None, str] | None = None   # the last show_space()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setMinimumHeight(140)
        self.tree.itemChanged.connect(self._item_changed)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.totals)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, the rows' kinds, what is left out and the totals, from the plan shown."""
        self.tree.setHeaderLabels([self.tr("User or site"), self.tr("Size")])
        self.tree.setAccessibleName(self.tr("Users and sites to back up"))
        if self.plan is not None:
            for drive in self.plan.drives:
                row = self._rows.get(drive.owner)
                if row is not None:
                    self.tree.blockSignals(True)
                    row.setText(0, self._owner_text(drive))
                    self.tree.blockSignals(False)
            self._show_left_out(self.plan)
        if self._space is not None:
            self.show_space(*self._space)

    def _owner_text(self, drive) -> str:
        kind = self.tr("OneDrive") if drive.kind == ONEDRIVE else self.tr("Site")
        return f"{drive.owner_name} ({kind}: {drive.owner})"

    def _show_left_out(self, plan: BackupPlan) -> None:
        lines = [f"• {x.owner_name} ({x.owner}): {x.shown_reason}" for x in plan.left_out]
        self.left_out.setText(self.tr("Left out of the backup ({0}):").format(len(lines))
                              + "\n" + "\n".join(lines) if lines else
                              self.tr("Nothing is left out: every user and site is listed."))

    def show_plan(self, plan: BackupPlan, *, only: frozenset[str] | None = None) -> None:
        """Fill the list; ``only`` (drive IDs of an unfinished backup) preselects those."""
        self.plan = plan
        if only:
            for drive in plan.drives:
                drive.selected = drive.drive_id in only
        self.tree.blockSignals(True)
        self.tree.clear()
        self._rows.clear()
        for drive in plan.drives:
            row = self._rows.get(drive.owner)
            if row is None:
                row = QTreeWidgetItem([self._owner_text(drive), ""])
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setData(0, Qt.ItemDataRole.UserRole, drive.owner)
                self.tree.addTopLevelItem(row)
                self._rows[drive.owner] = row
            child = QTreeWidgetItem([drive.name, human_bytes(drive.used_bytes)
                                     if drive.size_known else self.tr("size unknown")])
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            row.addChild(child)
        for owner, row in self._rows.items():
            drives = [d for d in plan.drives if d.owner == owner]
            row.setText(1, human_bytes(sum(d.used_bytes for d in drives)))
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            row.setCheckState(0, Qt.CheckState.Checked if any(d.selected for d in drives)
                              else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._show_left_out(plan)
        self.changed.emit()

    def set_checked(self, owner: str, checked: bool) -> None:
        row = self._rows[owner]
        row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def show_list(self, visible: bool) -> None:
        """The list and what is left out while choosing; only the totals during the backup."""
        self.tree.setVisible(visible)
        self.left_out.setVisible(visible)

    def show_space(self, space: SpaceCheck | None, dest: str) -> None:
        self._space = (space, dest)
        plan = self.plan
        if plan is None:
            self.totals.clear()
            return
        text = self.tr("Drives chosen: {0}, {1} in all.").format(
            len(plan.chosen), human_bytes(plan.total_bytes))
        if space is not None and not space.needed:
            text += " " + self.tr("{0} free at {1}; every file there is verified already.").format(
                human_bytes(space.free), dest)
        elif space is not None:
            text += " " + self.tr(
                "{0} free at {1}; the backup needs about {2}: the files still to fetch, plus a "
                "tenth and 16 MB for the list of every file it keeps (its manifest) and room "
                "to spare.").format(human_bytes(space.free), dest, human_bytes(space.needed))
            if not space.sure:
                text += " " + self.tr("Microsoft 365 gave no size for some drives, so Cancel365 "
                                      "cannot be sure the room is enough.")
            if not space.enough:
                text += " " + self.tr("Not enough room: free up {0}, choose another folder, or "
                                      "deselect users or sites.").format(
                    human_bytes(space.needed - space.free))
        self.totals.setText(text)
        self.totals.setStyleSheet("" if space is None or space.enough else "color: #b00020;")

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self.plan is None or item.parent() is not None or column != 0:
            return
        owner = item.data(0, Qt.ItemDataRole.UserRole)
        checked = item.checkState(0) == Qt.CheckState.Checked
        for drive in self.plan.drives:
            if drive.owner == owner:
                drive.selected = checked
        self.changed.emit()
