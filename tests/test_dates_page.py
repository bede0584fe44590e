"""The Key dates page on the demo tenant: the dates, the choice of ending, the .ics, the timeline."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QWizard

from app import i18n
from app.dates.key_dates import DateKind, Ending
from app.dates.labels import date_label
from app.demo.graph_server import DemoGraphServer
from app.demo.session import DemoTokens
from app.demo.tenant import DemoTenant
from app.graph.client import GraphClient
from app.graph.tenant import Tenant
from app.state import CancellationState
from app.subscription.rules import decide
from ui.pages.dates import DatesPage, local_zone
from ui.widgets.timeline import COLOURS, Timeline
from ui.wizard import CancelWizard, PageId

CPH = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2027, 1, 31, 12, tzinfo=CPH)
WAIT = 10_000


@pytest.fixture
def signed_in():
    """The demo tenant as it is on NOW, signed in, Business Basic chosen."""
    with DemoGraphServer(DemoTenant.load(now=NOW)) as server:
        graph = GraphClient(DemoTokens(server), base_url=server.graph_url)
        tenant = Tenant(graph)
        state = CancellationState(demo=True)
        organization = tenant.organization()
        state.signed_in(graph, organization, tenant.signed_in_user())
        yield state, tenant, organization


def choose(state, tenant, organization, part_number):
    overview = next(o for o in tenant.subscription_overview()
                    if o.subscription.sku_part_number == part_number)
    state.chose(overview, decide(overview, tenant_id=organization.id))


@pytest.fixture
def wizard(qtbot, signed_in):
    state, tenant, organization = signed_in
    choose(state, tenant, organization, "O365_BUSINESS_ESSENTIALS")   # Business Basic: online
    window = CancelWizard(state)
    window.page(PageId.DATES).clock = lambda: NOW
    window.setStartId(PageId.DATES)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.shutdown()


def test_the_page_shows_the_dates_of_the_chosen_subscription(wizard):
    page = wizard.currentPage()
    assert isinstance(page, DatesPage)
    kd = page.key_dates
    assert kd.ending is Ending.CANCEL_NOW and page.cancel_now.isChecked()
    assert kd.day(DateKind.ENDS) == date(2027, 1, 31)
    assert kd.day(DateKind.DATA_MAY_BE_DELETED) == date(2027, 3, 2)
    assert kd.day(DateKind.DATA_DELETED) == date(2027, 7, 30)
    assert kd.day(DateKind.TERM_ENDS) == date(2027, 7, 15)       # 165 days ahead in the demo
    listed = page.list_label.text()
    for day in (date(2027, 3, 2), date(2027, 5, 1), date(2027, 7, 30)):
        assert page.long_day(day) in listed
    assert "Data may be deleted" in listed
    assert page.fee_warning.isVisible()
    assert page.long_day(date(2027, 7, 15)) in page.fee_warning.text()
    assert "cannot know" in page.refund_text.text()                # created 200 days ago
    assert "30 or 90 days" in page.deletion_note.text()
    assert page.timeline.accessibleName() and page.timeline.accessibleDescription() == listed
    going_on = (wizard.button(QWizard.WizardButton.NextButton),
                wizard.button(QWizard.WizardButton.FinishButton))  # Finish while Dates is last
    assert any(b.isVisible() and b.isEnabled() for b in going_on)


def test_switching_to_run_out_moves_the_dates_and_next_records_them(wizard):
    page = wizard.currentPage()
    page.run_out.click()
    kd = page.key_dates
    assert kd.ending is Ending.RUN_OUT
    assert kd.day(DateKind.ENDS) == date(2027, 7, 15)
    assert kd.day(DateKind.DISABLED) == date(2027, 8, 14)
    assert kd.day(DateKind.DISABLED_ENDS) == date(2027, 11, 12)
    assert kd.day(DateKind.DATA_DELETED) == date(2028, 1, 11)
    assert not page.fee_warning.isVisible()
    assert page.long_day(date(2028, 1, 11)) in page.list_label.text()
    assert page.long_day(date(2027, 3, 2)) not in page.list_label.text()
    assert wizard.state.key_dates is None
    assert wizard.validateCurrentPage()                           # what Next (or Finish) asks
    assert wizard.state.key_dates is kd
    assert wizard.state.key_dates_reviewed_at is not None
    page.initializePage()                                         # coming back to the page
    assert page.run_out.isChecked() and page.key_dates.ending is Ending.RUN_OUT


def test_export_writes_a_calendar_file_and_shows_where(qtbot, wizard, tmp_path):
    page = wizard.currentPage()
    opened = []
    page.open_url = opened.append
    page.export_to(tmp_path / "dates")
    qtbot.waitUntil(lambda: page.saved_path is not None, timeout=WAIT)
    assert page.saved_path == tmp_path / "dates.ics"
    assert str(page.saved_path) in page.saved_label.text()
    events = Calendar.from_ical(page.saved_path.read_bytes()).walk("VEVENT")
    starts = {e.decoded("DTSTART") for e in events}
    assert date(2027, 3, 2) in starts and date(2027, 7, 30) in starts
    assert all("Microsoft 365 Business Basic" in str(e["SUMMARY"]) for e in events)
    assert page.show_folder.isVisible()
    page.show_folder.click()
    assert opened[0].toLocalFile() == str(tmp_path)


def test_copy_puts_the_list_on_the_clipboard(wizard):
    page = wizard.currentPage()
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == page.list_label.text()


def test_a_trial_has_no_choice(qtbot, signed_in):
    state, tenant, organization = signed_in
    choose(state, tenant, organization, "SPB")                   # the demo's trial
    page = DatesPage(state, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.initializePage()
    page.show()
    assert page.key_dates.ending is Ending.TRIAL_EXPIRES
    assert not page.choice_box.isVisible()
    assert "expires by itself" in page.single_ending.text()
    assert not page.fee_warning.isVisible()


def test_a_partner_subscription_says_the_partner_decides(qtbot, signed_in):
    state, tenant, organization = signed_in
    choose(state, tenant, organization, "EXCHANGESTANDARD")      # bought through a partner
    page = DatesPage(state, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.initializePage()
    assert page.key_dates.partner
    assert "partner" in page.refund_text.text()
    assert not page.key_dates.early_termination_fee


def paint(timeline: Timeline, width: int) -> QImage:
    image = QImage(width * 2, timeline.heightForWidth(width) * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(QColor("white"))
    timeline.resize(width, timeline.heightForWidth(width))
    timeline.render(image)
    return image


def no_overlaps(rects: list[QRectF]) -> bool:
    return not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


@pytest.mark.parametrize("width_em", [60, 30, 18])
def test_the_timeline_paints_at_scale_2_without_overlapping_labels(wizard, width_em):
    page = wizard.currentPage()
    timeline = Timeline()
    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 2)                     # text at 200 %
    timeline.setFont(font)
    timeline.set_key_dates(page.key_dates, page.format_day)
    width = int(timeline.fontMetrics().horizontalAdvance("M") * width_em)
    image = paint(timeline, width)
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    assert COLOURS[page.key_dates.spans[0].phase] in colours      # the phases are painted
    layout = timeline._layout(float(width))
    boxes = [m.box for m in layout.markers]
    assert no_overlaps(boxes)
    assert all(b.left() >= 0 and b.right() <= width + 0.5 for b in boxes)   # nothing cut
    legend = [text for _phase, _swatch, text in layout.legend]
    assert no_overlaps(legend) and all(r.bottom() <= layout.height for r in legend)
    assert len(layout.markers) == len({d.day for d in page.key_dates.dates})


def test_the_page_grabs_at_double_size_with_the_list_beside_the_timeline(wizard):
    page = wizard.currentPage()
    pixmap = page.timeline.grab()
    assert not pixmap.isNull() and pixmap.height() > 0
    assert page.list_label.isVisible()
    assert page.timeline.geometry().bottom() < page.list_label.geometry().top()
    assert date_label(DateKind.DATA_DELETED, Ending.CANCEL_NOW) in page.list_label.text()


@pytest.fixture
def danish(qapp, tmp_path):
    """This checkout's Danish, compiled here (the user's .qm cache is shared by checkouts)."""
    qm = tmp_path / "cancel365_da.qm"
    subprocess.run([str(i18n._lrelease()), "-silent", str(i18n.I18N_DIR / "cancel365_da.ts"),
                    "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QLocale.setDefault(QLocale("da"))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.install(qapp, "en")


def test_in_danish_the_labels_stagger_and_the_calendar_speaks_danish(qtbot, wizard, danish,
                                                                      tmp_path):
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.title() == "Vigtige datoer", timeout=WAIT)  # LanguageChange
    page.run_out.click()
    timeline = page.timeline
    width = int(timeline.fontMetrics().horizontalAdvance("M") * 30)
    paint(timeline, width)
    layout = timeline._layout(float(width))
    texts = " ".join(m.text for m in layout.markers)
    assert "Skrivebeskyttet" in texts and "Data kan blive slettet" in texts
    boxes = [m.box for m in layout.markers]
    assert no_overlaps(boxes) and all(b.right() <= width + 0.5 for b in boxes)
    assert len({m.row for m in layout.markers}) > 1                # staggered at this width
    page.export_to(tmp_path / "datoer.ics")
    qtbot.waitUntil(lambda: page.saved_path is not None, timeout=WAIT)
    summaries = {str(e["SUMMARY"]) for e in
                 Calendar.from_ical(page.saved_path.read_bytes()).walk("VEVENT")}
    assert "Microsoft 365 Business Basic: Data kan blive slettet" in summaries


def test_the_demo_lesson_and_the_clock_of_the_admin(wizard):
    page = wizard.currentPage()
    lesson = page.demo_lesson()
    assert ".ics" in lesson and "renewal" in lesson
    zone = local_zone()
    assert datetime.now(zone).utcoffset() is not None             # a real zone, never naive
    assert page.cancel_now.text().startswith("&") and page.run_out.text().startswith("&")
    assert page.list_heading.buddy() is page.list_label           # Alt+D reaches the list


def test_an_export_that_cannot_be_written_says_so_and_offers_retry(qtbot, wizard, tmp_path):
    page = wizard.currentPage()
    page.export_to(tmp_path / "gone" / "dates.ics")
    qtbot.waitUntil(lambda: page.status.state == "error", timeout=WAIT)
    assert "Choose another folder" in page.status.message.text()
    assert page.status.retry_button.isVisibleTo(page) and page.export_button.isEnabled()
    assert page.saved_path is None and not page.show_folder.isVisibleTo(page)


def test_the_timeline_grows_with_its_font(wizard):
    timeline = wizard.currentPage().timeline
    before = timeline.heightForWidth(600)
    font = timeline.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    timeline.setFont(font)
    assert timeline.heightForWidth(600) > before * 1.5
