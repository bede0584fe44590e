"""The key dates as an .ics file, read back with icalendar: events, days, reminders, stable UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app.dates.calendar_file import PRODID, CalendarWriteError, write_calendar
from app.dates.key_dates import Ending, compute
from app.graph.models import Subscription

NOW = datetime(2026, 1, 31, 12, tzinfo=ZoneInfo("Europe/Copenhagen"))
SUB = Subscription(id="sub-1", sku_id="sku", sku_part_number="O365_BUSINESS_ESSENTIALS",
                   status="Enabled", is_trial=False, total_licenses=3,
                   created=datetime(2025, 6, 1, tzinfo=UTC),
                   next_lifecycle=datetime(2026, 5, 31, 23, 30, tzinfo=UTC))


def read_back(path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events_by_summary(calendar: Calendar) -> dict[str, object]:
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_cancel_now_writes_all_day_events_with_reminders(tmp_path):
    dates = compute(SUB, now=NOW, ending=Ending.CANCEL_NOW)
    path = write_calendar(dates, "Microsoft 365 Business Basic", tmp_path / "dates.ics")
    calendar = read_back(path)
    assert str(calendar["PRODID"]) == PRODID
    events = events_by_summary(calendar)
    assert set(events) == {f"Microsoft 365 Business Basic: {label}" for label in (
        "Cancelled", "Data may be deleted", "Read-only ends", "Data deleted", "Term would end")}
    deletable = events["Microsoft 365 Business Basic: Data may be deleted"]
    assert deletable.decoded("DTSTART") == date(2026, 3, 2)
    assert deletable.decoded("DTEND") == date(2026, 3, 3)
    assert isinstance(deletable.decoded("DTSTART"), date)
    assert not isinstance(deletable.decoded("DTSTART"), datetime)   # all-day
    triggers = sorted(a.decoded("TRIGGER") for a in deletable.walk("VALARM"))
    assert triggers == [timedelta(days=-7, hours=9), timedelta(hours=9)]
    assert all(str(a["ACTION"]) == "DISPLAY" for a in deletable.walk("VALARM"))
    read_only_ends = events["Microsoft 365 Business Basic: Read-only ends"]
    assert read_only_ends.decoded("DTSTART") == date(2026, 5, 1)
    assert timedelta(hours=9) in [a.decoded("TRIGGER") for a in read_only_ends.walk("VALARM")]
    term = events["Microsoft 365 Business Basic: Term would end"]
    assert term.decoded("DTSTART") == date(2026, 6, 1)   # 23:30 UTC is June 1 in Copenhagen
    assert not term.walk("VALARM")


def test_uids_are_stable_and_unique(tmp_path):
    first = read_back(write_calendar(compute(SUB, now=NOW), "X", tmp_path / "a.ics"))
    later = compute(SUB, now=NOW + timedelta(days=3))
    second = read_back(write_calendar(later, "X", tmp_path / "b.ics"))
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert uids == [str(e["UID"]) for e in second.walk("VEVENT")]
    assert all(u.endswith("sub-1@cancel365") for u in uids)


def test_run_out_exports_the_term_end(tmp_path):
    dates = compute(SUB, now=NOW, ending=Ending.RUN_OUT)
    events = events_by_summary(read_back(write_calendar(dates, "X", tmp_path / "c.ics")))
    assert events["X: Term ends"].decoded("DTSTART") == date(2026, 6, 1)
    assert events["X: Read-only"].decoded("DTSTART") == date(2026, 7, 1)
    assert "X: Cancelled" not in events
    assert not list(tmp_path.glob(".cancel365-*"))      # no temporary file left behind


def test_a_folder_that_is_not_there_says_what_to_do(tmp_path):
    with pytest.raises(CalendarWriteError, match="Choose another folder"):
        write_calendar(compute(SUB, now=NOW), "X", tmp_path / "gone" / "dates.ics")
