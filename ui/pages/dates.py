"""Key dates: how the subscription ends, and when its data is read-only and deleted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimeZone, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.dates.calendar_file import write_calendar
from app.dates.key_dates import DateKind, Ending, KeyDates, Refund, compute, endings_for
from app.dates.labels import date_label, date_meaning, estimated
from app.state import CancellationState, now
from app.subscription.rules import is_partner_owned
from ui.errors import describe
from ui.pages.page import Page
from ui.widgets.status import StatusLine
from ui.widgets.timeline import Timeline
from ui.worker import run_task


def local_zone() -> tzinfo:
    """The admin's time zone, with its daylight-saving rules where the system names it."""
    try:
        return ZoneInfo(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    except (ValueError, OSError, KeyError):
        return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def local_now() -> datetime:
    return datetime.now(local_zone())


def wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Content(QWidget):
    """The scrolled content. Wrapped labels would claim their height at the narrowest width as
    a minimum (a scroll bar at 100 %); the scroll area sizes it by its height for its width."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class DatesPage(Page):
    """The key dates of the chosen subscription, for cancelling now or letting it run out."""

    def __init__(self, state: CancellationState, *,
                 clock: Callable[[], datetime] = local_now,
                 open_url: Callable[[QUrl], object] = QDesktopServices.openUrl) -> None:
        super().__init__()
        self.state = state
        self.clock = clock
        self.open_url = open_url
        self.key_dates: KeyDates | None = None
        self.saved_path: Path | None = None

        self.choice_box = QGroupBox()
        self.cancel_now = QRadioButton()
        self.cancel_now_text = wrapped(QLabel())
        self.run_out = QRadioButton()
        self.run_out_text = wrapped(QLabel())
        self.endings = QButtonGroup(self)
        self.endings.addButton(self.cancel_now)
        self.endings.addButton(self.run_out)
        self.endings.buttonToggled.connect(self._on_choice)
        choice = QVBoxLayout(self.choice_box)
        for button, text in ((self.cancel_now, self.cancel_now_text),
                             (self.run_out, self.run_out_text)):
            choice.addWidget(button)
            indent = QHBoxLayout()
            indent.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
            indent.addWidget(text, 1)
            choice.addLayout(indent)
        self.single_ending = wrapped(QLabel())     # a trial, or nothing to choose

        self.fee_warning = wrapped(QLabel())
        self.fee_warning.setObjectName("feeWarning")
        self.fee_warning.setStyleSheet("color: #9a4a00; font-weight: bold;")
        self.refund_text = wrapped(QLabel())
        self.deletion_note = wrapped(QLabel())

        self.timeline = Timeline()
        self.list_heading = QLabel()
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        self.list_label.setTextFormat(Qt.TextFormat.PlainText)
        self.list_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.list_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list_heading.setBuddy(self.list_label)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_dates)

        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._choose_file)
        self.saved_label = wrapped(QLabel())
        self.show_folder = QPushButton()
        self.show_folder.clicked.connect(self._show_in_folder)
        self.show_folder.hide()
        self.saved_label.hide()
        self.status = StatusLine()

        content = _Content()
        layout = QVBoxLayout(content)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.choice_box)
        layout.addWidget(self.single_ending)
        layout.addWidget(self.fee_warning)
        layout.addWidget(self.timeline)
        heading = QHBoxLayout()
        heading.addWidget(self.list_heading, 1)
        heading.addWidget(self.copy_button)
        heading.addWidget(self.export_button)
        layout.addLayout(heading)
        layout.addWidget(self.list_label)
        saved = QHBoxLayout()
        saved.addWidget(self.saved_label, 1)
        saved.addWidget(self.show_folder)
        layout.addLayout(saved)
        layout.addWidget(self.refund_text)
        layout.addWidget(self.deletion_note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    # -- texts -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Key dates"))
        self.setSubTitle(self.tr("When the subscription ends, when only admins can reach the "
                                 "data, and when Microsoft deletes it."))
        self.choice_box.setTitle(self.tr("How should it end?"))
        self.cancel_now.setText(self.tr("&Cancel now"))
        self.run_out.setText(self.tr("&Let it run out: turn off recurring billing"))
        self.list_heading.setText(self.tr("The same &dates as a list:"))
        self.copy_button.setText(self.tr("Co&py dates"))
        self.export_button.setText(self.tr("&Export to calendar (.ics)…"))
        self.show_folder.setText(self.tr("&Show in folder"))
        self.timeline.setAccessibleName(self.tr("Timeline of the key dates"))
        self.list_label.setAccessibleName(self.tr("Key dates"))
        self.deletion_note.setText(self.tr(
            "Microsoft's pages disagree on when data may be deleted (30 or 90 days after the "
            "subscription ends), so the wizard plans for the earlier date: back up before it."))
        self._show()

    def demo_lesson(self) -> str:
        return self.tr(
            "On a real tenant this step reads nothing new and changes nothing: the dates come "
            "from the creation and next-lifecycle dates Graph gave for the subscription. The "
            ".ics file is written only to your computer. What can go wrong: Microsoft can change "
            "the periods, and Graph does not give the last renewal date, so check the dates in "
            "the admin center before you count on a refund.")

    # -- the wizard ------------------------------------------------------------

    def initializePage(self) -> None:
        self.saved_path = None
        self.saved_label.clear()
        self.saved_label.hide()
        self.show_folder.hide()
        self.status.clear()
        chosen = self.state.key_dates
        ending = chosen.ending if chosen is not None and self._subscription_id() == \
            chosen.subscription_id else None
        self.compute(ending)

    def isComplete(self) -> bool:
        return True     # information: the admin may always go on

    def validatePage(self) -> bool:
        self.state.key_dates = self.key_dates
        self.state.key_dates_reviewed_at = now()
        return True

    # -- computing -------------------------------------------------------------

    def _subscription_id(self) -> str:
        overview = self.state.subscription
        return overview.subscription.id if overview is not None else ""

    def compute(self, ending: Ending | None = None) -> None:
        """The dates for the chosen subscription (small and in memory: on the GUI thread)."""
        overview = self.state.subscription
        if overview is None:
            self.key_dates = None
        else:
            tenant_id = self.state.organization.id if self.state.organization else ""
            partner = bool(tenant_id) and is_partner_owned(overview, tenant_id)
            self.key_dates = compute(overview.subscription, now=self.clock(), ending=ending,
                                     decision=self.state.decision, partner=partner)
        self._show()

    def _on_choice(self, button: QRadioButton, checked: bool) -> None:
        if not checked or self.key_dates is None:
            return
        wanted = Ending.CANCEL_NOW if button is self.cancel_now else self._second_ending()
        if wanted is not self.key_dates.ending:
            self.compute(wanted)

    def _second_ending(self) -> Ending:
        overview = self.state.subscription
        offered = endings_for(overview.subscription) if overview else ()
        return offered[1] if len(offered) > 1 else Ending.RUN_OUT

    # -- showing ---------------------------------------------------------------

    def format_day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def long_day(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.LongFormat)

    def _show(self) -> None:
        kd = self.key_dates
        self.timeline.set_key_dates(kd, self.format_day)
        for widget in (self.choice_box, self.single_ending, self.fee_warning, self.refund_text,
                       self.list_heading, self.list_label, self.copy_button, self.export_button):
            widget.setVisible(kd is not None)
        if kd is None:
            self.single_ending.show()
            self.single_ending.setText(self.tr("Choose a subscription first."))
            self.timeline.setAccessibleDescription("")
            return
        overview = self.state.subscription
        offered = endings_for(overview.subscription)
        self.choice_box.setVisible(len(offered) > 1)
        self.single_ending.setVisible(len(offered) == 1)
        term_end = kd.day(DateKind.TERM_ENDS) or (kd.day(DateKind.ENDS)
                                                   if kd.ending is Ending.RUN_OUT else None)
        if term_end is None and overview.subscription.next_lifecycle is not None:
            term_end = overview.subscription.next_lifecycle.astimezone(
                kd.computed_at.tzinfo).date()
        self.cancel_now_text.setText(self.tr(
            "Users lose access today. The subscription is disabled at once: for 90 days only "
            "admins can sign in, read-only, and they can still back up."))
        if Ending.ALREADY_ENDING in offered:
            self.run_out.setText(self.tr("&Let it run its course: it has already expired"))
            self.run_out_text.setText(self.tr(
                "Nothing to do: it is disabled on the day below, then deleted."))
        else:
            self.run_out.setText(self.tr("&Let it run out: turn off recurring billing"))
            self.run_out_text.setText(self.tr(
                "Microsoft calls this the easiest way. Nothing changes until the term ends on "
                "{0}; then everyone keeps access for 30 days, then it is disabled for 90 days. "
                "You pay to the end of the term: no fee, no refund.").format(
                    self.long_day(term_end) if term_end else "–"))
        buttons = {Ending.CANCEL_NOW: self.cancel_now}
        buttons[self._second_ending()] = self.run_out
        button = buttons.get(kd.ending)
        if button is not None and not button.isChecked():
            self.endings.blockSignals(True)
            button.setChecked(True)
            self.endings.blockSignals(False)
        if kd.ending is Ending.TRIAL_EXPIRES:
            self.single_ending.setText(self.tr(
                "A trial needs no cancelling: it expires by itself on {0}. Its data is deleted "
                "after the expired period.").format(self.long_day(kd.day(DateKind.ENDS))))
        elif offered == (Ending.CANCEL_NOW,):
            self.single_ending.setText(self.tr(
                "Graph gives no end of term for this subscription, so the dates count from "
                "cancelling today."))
        elif len(offered) == 1:
            self.single_ending.setText(self.tr(
                "The subscription is already disabled: the dates follow from its current state."))

        self.fee_warning.setVisible(kd.early_termination_fee)
        if term_end is not None:
            self.fee_warning.setText(self.tr(
                "Cancelling before the term ends on {0} may cost an early-termination fee. Check "
                "in the admin center before you cancel, or let it run out instead.").format(
                    self.long_day(term_end)))
        else:
            self.fee_warning.setText(self.tr(
                "Cancelling before the term ends may cost an early-termination fee. Check in the "
                "admin center before you cancel."))
        self.refund_text.setText(self._refund_sentence(kd))
        self.refund_text.setVisible(bool(self.refund_text.text()))
        self.deletion_note.setVisible(kd.ending is not Ending.TRIAL_EXPIRES)
        lines = self.date_lines(kd)
        self.list_label.setText("\n".join(lines))
        self.timeline.setAccessibleDescription("\n".join(lines))

    def _refund_sentence(self, kd: KeyDates) -> str:
        if kd.partner:
            return self.tr("Your partner cancels this subscription: their terms decide the end "
                           "date, any fee and any refund. Ask them.")
        if kd.refund is Refund.WITHIN_WINDOW and kd.refund_ends is not None:
            text = self.tr("It started less than 7 days ago: cancel by {0} for a prorated "
                           "refund.").format(self.long_day(kd.refund_ends))
        elif kd.refund is Refund.UNKNOWN:
            text = self.tr(
                "A prorated refund is given only within 7 days of the start or a renewal. Graph "
                "tells the start but not the last renewal, so the wizard cannot know: see the "
                "renewal date under Billing > Your products.")
        elif kd.ending is Ending.RUN_OUT:
            text = self.tr("No refund: the subscription is paid to the end of its term.")
        else:
            text = ""
        if kd.prorated_credit:
            credit = self.tr("Any unused, prepaid part comes back as a prorated credit on the "
                             "next bill.")
            text = f"{text} {credit}".strip()
        return text

    def date_lines(self, kd: KeyDates) -> list[str]:
        """One plain line per date: what screen readers read and Copy copies."""
        lines = []
        for key_date in kd.dates:
            parts = [self.long_day(key_date.day), "–", date_label(key_date.kind, kd.ending)]
            if not key_date.known:
                parts.append(estimated(key_date))
            line = " ".join(parts)
            lines.append(f"{line}: {date_meaning(key_date.kind, kd.ending)}")
        return lines

    # -- copy and export -------------------------------------------------------

    def copy_dates(self) -> None:
        text = self.list_label.selectedText() or self.list_label.text()
        QGuiApplication.clipboard().setText(text)
        self.status.info(self.tr("The dates are on the clipboard."))

    def _choose_file(self) -> None:
        overview = self.state.subscription
        name = "{}.ics".format(self.tr("key-dates"))
        start = str(Path.home() / name) if overview else name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the key dates"), start,
                                              self.tr("Calendar files (*.ics)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the .ics off the GUI thread; the saved path shows when it is done."""
        if self.key_dates is None or self.state.subscription is None:
            return
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        key_dates, product = self.key_dates, self.state.subscription.name
        self.export_button.setEnabled(False)
        self.status.busy(self.tr("Writing the calendar file…"))
        run_task(self, lambda _control: write_calendar(key_dates, product, path),
                 on_done=self._exported, on_error=self._export_failed)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.clear()
        self.saved_path = path
        self.saved_label.setText(self.tr("Saved to {0}. Open it to add the dates and their "
                                         "reminders to your calendar.").format(str(path)))
        self.saved_label.show()
        self.show_folder.show()

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.error(describe(error), retry=self._choose_file)

    def _show_in_folder(self) -> None:
        if self.saved_path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.saved_path.parent)))
