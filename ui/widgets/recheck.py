"""Checking again by itself: the tick, the seconds between checks, and the timer while the page shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QWidget


class Recheck(QWidget):
    """"Check again every N s": :attr:`due` fires every N seconds while ticked and running."""

    due = Signal()

    def __init__(self, seconds: int, showing: Callable[[], bool]) -> None:
        super().__init__()
        self.showing = showing   # the page is shown: only then does the timer run
        self.auto_check = QCheckBox()
        self.auto_check.setChecked(True)
        self.interval = QSpinBox()
        self.interval.setRange(5, 3600)
        self.interval.setValue(seconds)
        self.timer = QTimer(self)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.due)
        self.interval.valueChanged.connect(lambda s: self.timer.setInterval(s * 1000))
        self.auto_check.toggled.connect(self.update_timer)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.auto_check)
        row.addWidget(self.interval)
        self.retranslate()

    def retranslate(self) -> None:
        self.auto_check.setText(self.tr("Check again &every"))
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setAccessibleName(self.tr("Seconds between checks"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_timer(self) -> None:
        """Run the timer when ticked and the page is shown; stop it otherwise."""
        if self.auto_check.isChecked() and self.showing():
            self.timer.start()
        else:
            self.timer.stop()
