"""Calendars to .ics and contacts to .vcf: Graph's recurrence as RRULE (known pairs), the demo
series expanded back with recurring-ical-events, vCards read back with vobject."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
import vobject

from app.demo.graph_server import DemoGraphServer
from app.mail.calendars import rrule_of
from tests.mail_support import RICH, mail_backup

CPH = ZoneInfo("Europe/Copenhagen")
START = datetime(2026, 2, 16, 9, 0, tzinfo=CPH)


@pytest.mark.parametrize(("pattern", "rng", "expected"), [
    ({"type": "weekly", "interval": 1, "daysOfWeek": ["monday"], "firstDayOfWeek": "monday"},
     {"type": "numbered", "numberOfOccurrences": 10},
     "FREQ=WEEKLY;COUNT=10;BYDAY=MO;WKST=MO"),
    ({"type": "weekly", "interval": 2, "daysOfWeek": ["tuesday", "thursday"],
      "firstDayOfWeek": "sunday"}, {"type": "noEnd"},
     "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=SU"),
    ({"type": "daily", "interval": 3}, {"type": "endDate", "endDate": "2026-03-01"},
     "FREQ=DAILY;INTERVAL=3;UNTIL=20260301T080000Z"),
    ({"type": "absoluteMonthly", "interval": 1, "dayOfMonth": 15}, {"type": "noEnd"},
     "FREQ=MONTHLY;BYMONTHDAY=15"),
    ({"type": "relativeMonthly", "interval": 1, "daysOfWeek": ["friday"], "index": "last"},
     {"type": "numbered", "numberOfOccurrences": 6},
     "FREQ=MONTHLY;COUNT=6;BYDAY=FR;BYSETPOS=-1"),
    ({"type": "absoluteYearly", "interval": 1, "month": 5, "dayOfMonth": 17}, {"type": "noEnd"},
     "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=17"),
    ({"type": "relativeYearly", "interval": 1, "month": 11, "daysOfWeek": ["thursday"],
      "index": "fourth"}, {"type": "noEnd"},
     "FREQ=YEARLY;BYDAY=TH;BYMONTH=11;BYSETPOS=4"),
])
def test_graph_recurrence_becomes_the_known_rrule(pattern: dict, rng: dict, expected: str) -> None:
    rule = icalendar.vRecur(rrule_of({"pattern": pattern, "range": rng}, START))
    assert dict(icalendar.vRecur.from_ical(rule.to_ical().decode())) == \
        dict(icalendar.vRecur.from_ical(expected))


@pytest.fixture
def backed_up(demo_server: DemoGraphServer, tmp_path: Path) -> Path:
    summary = mail_backup(demo_server, tmp_path, users=[RICH])
    assert summary.complete
    result = summary.mailboxes[0]
    assert (result.calendars, result.events, result.contacts) == (2, 3, 5)
    return tmp_path / "Mail" / RICH


def test_the_weekly_series_expands_with_its_exception_and_cancelled_occurrence(
        backed_up: Path) -> None:
    cal = icalendar.Calendar.from_ical((backed_up / "Calendars" / "Calendar.ics").read_bytes())
    found = recurring_ical_events.of(cal).between(date(2026, 1, 1), date(2026, 6, 1))
    weekly = sorted((e for e in found if str(e["SUMMARY"]).startswith("Ugemøde")),
                    key=lambda e: e["DTSTART"].dt)
    starts = [e["DTSTART"].dt.astimezone(CPH) for e in weekly]
    expected = [datetime(2026, 2, 16, 9, 0, tzinfo=CPH), datetime(2026, 2, 23, 9, 0, tzinfo=CPH),
                datetime(2026, 3, 2, 10, 30, tzinfo=CPH),     # the exception: moved
                datetime(2026, 3, 9, 9, 0, tzinfo=CPH),       # 16 March: cancelled
                datetime(2026, 3, 23, 9, 0, tzinfo=CPH),
                datetime(2026, 3, 30, 9, 0, tzinfo=CPH),      # summer time: still 09:00
                datetime(2026, 4, 6, 9, 0, tzinfo=CPH), datetime(2026, 4, 13, 9, 0, tzinfo=CPH),
                datetime(2026, 4, 20, 9, 0, tzinfo=CPH)]
    assert starts == expected
    assert str(weekly[2]["SUMMARY"]) == "Ugemøde (flyttet)"
    master = next(c for c in cal.walk("VEVENT") if "RRULE" in c)
    assert str(master["DTSTART"].params.get("TZID")) in ("Europe/Paris", "Europe/Copenhagen")
    assert any(c.name == "VTIMEZONE" for c in cal.walk())
    attendees = {str(a): a.params for a in master["ATTENDEE"]}
    assert attendees["mailto:sofie.lund@lillebager.dk"]["PARTSTAT"] == "TENTATIVE"
    assert attendees["mailto:anders.holm@lillebager.dk"]["ROLE"] == "REQ-PARTICIPANT"
    alarm = next(c for c in master.walk("VALARM"))
    assert alarm["TRIGGER"].dt.total_seconds() == -600


def test_the_all_day_event_in_another_time_zone_stays_on_its_dates(backed_up: Path) -> None:
    cal = icalendar.Calendar.from_ical((backed_up / "Calendars" / "Calendar.ics").read_bytes())
    messe = next(c for c in cal.walk("VEVENT") if str(c["SUMMARY"]) == "Messe i Seattle")
    assert messe["DTSTART"].dt == date(2026, 3, 10) and messe["DTEND"].dt == date(2026, 3, 12)
    assert not isinstance(messe["DTSTART"].dt, datetime)


def test_contacts_read_back_with_every_address_and_number(backed_up: Path) -> None:
    text = (backed_up / "Contacts" / "Contacts.vcf").read_text("utf-8")
    cards = list(vobject.readComponents(text))
    assert len(cards) == 3 and all(c.version.value == "3.0" for c in cards)
    soren = next(c for c in cards if c.fn.value == "Søren Ærø")
    assert sorted(e.value for e in soren.email_list) == ["soren.aero@example.com", "soren@aero.dk"]
    phones = sorted((t.type_param, t.value) for t in soren.tel_list)
    assert phones == [("CELL", "+45 20 30 40 50"), ("HOME", "+45 33 12 34 56"),
                      ("WORK", "+45 62 52 10 00"), ("WORK", "+45 62 52 10 01")]
    assert soren.adr.value.city == "Ærøskøbing" and soren.n.value.family == "Ærø"
    suppliers = list(vobject.readComponents(
        (backed_up / "Contacts" / "Leverandører.vcf").read_text("utf-8")))
    assert {c.fn.value for c in suppliers} == {"Grossisten A/S", "Dmitri Ivanov"}
