"""The Confirm page's proof: Graph is read until the subscription leaves Enabled, with a
countdown, the last reading, and what to do when no proof comes."""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.confirm.proof import DEFAULT_INTERVAL, Proof, StatusReading, poll_until_left_enabled
from app.graph.client import GraphClient
from app.state import CancellationState
from ui.errors import describe
from ui.widgets.status import StatusLine
from ui.worker import Task, run_task


class ProofPanel(QGroupBox):
    """Runs the poll (off the GUI thread) and shows it; the proof goes into the state."""

    changed = Signal()   # the poll started or ended, or "continue without proof" changed
    again = Signal()     # Check again, or Retry after an error: the page starts a new poll

    def __init__(self, state: CancellationState, *, interval: float = DEFAULT_INTERVAL,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.interval = interval
        self.task: Task | None = None
        self.last_reading: StatusReading | None = None
        self.timeout = 0.0
        self.deadline = 0.0
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.reading_label = _wrapped()
        self.result_label = _wrapped()
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.poll_again = QPushButton()
        self.poll_again.clicked.connect(self.again)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.without_proof = QCheckBox()
        self.without_proof.toggled.connect(self._without_proof)
        self.poll_status = StatusLine()
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        buttons = QHBoxLayout()
        buttons.addWidget(self.poll_again)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.reading_label)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        layout.addWidget(self.without_proof)
        layout.addWidget(self.poll_status)

    def retranslate(self) -> None:
        self.setTitle(self.tr("4. Proof from Microsoft 365"))
        self.poll_again.setText(self.tr("Check a&gain"))
        self.stop_button.setText(self.tr("Sto&p"))
        self.without_proof.setText(self.tr("Continue without proof: I will check &later with "
                                           "cancel365 status"))
        self.progress.setAccessibleName(self.tr("Time left to wait for proof"))
        self._show_reading()
        self._show_proof()
        self._tick()

    def focusables(self) -> list[QWidget]:
        return [self.poll_again, self.stop_button, self.without_proof]

    @property
    def polling(self) -> bool:
        return self.task is not None

    @property
    def proof(self) -> Proof | None:
        conf = self.state.confirmation
        return conf.proof if conf else None

    # -- the poll ----------------------------------------------------------------

    def start(self, graph: GraphClient, subscription_id: str, sku_id: str, timeout: float,
              task_parent: QWidget) -> None:
        if self.polling:
            return
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout
        self.last_reading = None
        self.poll_status.clear()
        self.progress.setRange(0, max(1, int(timeout)))
        interval = self.interval
        self.task = run_task(
            task_parent, lambda control: poll_until_left_enabled(
                graph, subscription_id, sku_id, timeout=timeout, interval=interval,
                cancelled=control.cancelled, on_reading=lambda r, _: control.report(r)),
            on_done=self._polled, on_error=self._failed, on_progress=self._reading)
        self.countdown.start()
        self._tick()
        self._show_reading()
        self._show_proof()
        self.changed.emit()

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _reading(self, reading: StatusReading) -> None:
        self.last_reading = reading
        self._show_reading()

    def _polled(self, proof: Proof) -> None:
        self._ended()
        if self.state.confirmation is not None:
            self.state.confirmation.proof = proof
        if proof.last is not None:
            self.last_reading = proof.last
        if proof.error:
            self.poll_status.error(proof.error, retry=self.again.emit)
        self._tick()
        self._show_reading()
        self._show_proof()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._ended()
        self.poll_status.error(describe(error), retry=self.again.emit)
        self.changed.emit()

    def _ended(self) -> None:
        self.task = None
        self.countdown.stop()

    # -- what it shows -------------------------------------------------------------

    def _tick(self) -> None:
        left = max(0.0, self.deadline - time.monotonic()) if self.polling else 0.0
        self.progress.setValue(int(self.timeout - left) if self.polling else self.progress.maximum())
        minutes, seconds = divmod(int(left + 0.5), 60)
        proof = self.proof
        if self.polling:
            text = self.tr("Checking Microsoft 365: {0}:{1:02d} left").format(minutes, seconds)
        elif proof is not None and proof.left_enabled:
            text = self.tr("Proof seen")
        elif proof is not None and proof.timed_out:
            text = self.tr("Time is up: no proof yet")
        else:
            text = self.tr("Not checking")
        self.progress.setFormat(text)

    def _show_reading(self) -> None:
        reading = self.last_reading
        if reading is None:
            self.reading_label.setText(self.tr("No reading yet.") if self.polling else "")
            self.reading_label.setVisible(self.polling)
            return
        self.reading_label.show()
        self.reading_label.setText(self.tr("Last read at {0}. Subscription: {1}. Licences: "
                                           "{2}.").format(
            clock_text(reading.at), self._status(reading.subscription_status),
            self._status(reading.sku_capability_status)))

    def _status(self, status: str | None) -> str:
        words = {"Enabled": self.tr("Active (Enabled)"),
                 "Warning": self.tr("Expired, grace period (Warning)"),
                 "Suspended": self.tr("Disabled (Suspended)"),
                 "LockedOut": self.tr("Cancelled (LockedOut)"),
                 "Deleted": self.tr("Deleted")}
        if status is None:
            return self.tr("No longer listed")
        return words.get(status, status)

    def _show_proof(self) -> None:
        proof = self.proof
        text = ""
        if self.polling or proof is None or proof.error:
            pass
        elif proof.left_enabled:
            text = self.tr("<b>Done: Microsoft 365 shows the change.</b> The subscription and its "
                           "licences are no longer Enabled (seen at {0}).").format(
                clock_text(proof.last.at if proof.last else proof.ended_at))
        elif proof.timed_out:
            text = self.tr(
                "<b>Microsoft 365 still shows the subscription as Enabled after {0} min.</b> "
                "A cancellation can take a while to show. In the admin center, open "
                "<b>Billing</b> &gt; <b>Your products</b> and check that the subscription no "
                "longer says Active; if it does, cancel it again or call support. Then choose "
                "<b>Check again</b>, or check later with <tt>cancel365 status</tt>.").format(
                    max(1, round(self.timeout / 60)))
        else:
            text = self.tr("Stopped. Choose <b>Check again</b> to go on waiting for the proof.")
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    def _without_proof(self, checked: bool) -> None:
        if self.state.confirmation is not None:
            self.state.confirmation.timeout_acknowledged = checked
        self.changed.emit()

    def allow(self, *, confirmed: bool, skip_anytime: bool) -> None:
        """Enable what makes sense now: ``confirmed`` once the name is typed; ``skip_anytime``
        on the support and partner paths (they may cancel later)."""
        proof = self.proof
        waiting = proof is not None and not proof.left_enabled
        self.poll_again.setEnabled(confirmed and not self.polling and waiting)
        self.stop_button.setEnabled(self.polling)
        may_skip = confirmed and not self.polling and (skip_anytime or waiting)
        self.without_proof.setEnabled(may_skip)
        if self.without_proof.isChecked() and proof is not None and proof.left_enabled:
            self.without_proof.setChecked(False)


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


def clock_text(moment: datetime | None) -> str:
    """The admin's local time with seconds (readings come seconds apart)."""
    return moment.astimezone().strftime("%H:%M:%S") if moment else "–"
