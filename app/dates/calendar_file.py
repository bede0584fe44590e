"""The key dates as an .ics file: one all-day event per date, with reminders where they matter.

Written with the maintained ``icalendar`` package (RFC 5545). UIDs are built
from the subscription and the kind of date, so exporting again after a change
updates the events in the admin's calendar instead of adding copies.
"""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from app.dates.key_dates import DateKind, KeyDates
from app.dates.labels import date_label, date_meaning, estimated
from app.errors import Cancel365Error
from app.texts import translate

PRODID = "-//Cancel365//Key dates//EN"
ADMIN_CENTER = "https://go.microsoft.com/fwlink/p/?linkid=842054"   # Your products

# When to remind, relative to the all-day event's start (midnight): 09:00 on the day,
# 09:00 a day before, 09:00 a week before.
ON_THE_DAY = timedelta(hours=9)
DAY_BEFORE = timedelta(days=-1, hours=9)
WEEK_BEFORE = timedelta(days=-7, hours=9)

REMINDERS: dict[DateKind, tuple[timedelta, ...]] = {
    DateKind.REFUND_WINDOW_ENDS: (DAY_BEFORE,),
    DateKind.ENDS: (DAY_BEFORE,),
    DateKind.DATA_MAY_BE_DELETED: (WEEK_BEFORE, ON_THE_DAY),
    DateKind.DISABLED_ENDS: (WEEK_BEFORE, ON_THE_DAY),
    DateKind.DATA_DELETED: (WEEK_BEFORE,),
}


def uid(key_dates: KeyDates, kind: DateKind) -> str:
    return f"{kind.value}.{key_dates.subscription_id}@cancel365"


def build_calendar(key_dates: KeyDates, product: str) -> Calendar:
    """The calendar: every key date but today, as an all-day event."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", translate("dates", "Leaving {0}").format(product))
    for key_date in key_dates.dates:
        if key_date.kind is DateKind.TODAY:
            continue
        label = date_label(key_date.kind, key_dates.ending)
        summary = translate("dates", "{0}: {1}").format(product, label)
        description = " ".join(filter(None, (date_meaning(key_date.kind, key_dates.ending),
                                             estimated(key_date), ADMIN_CENTER)))
        event = Event()
        event.add("uid", uid(key_dates, key_date.kind))
        event.add("dtstamp", key_dates.computed_at)
        event.add("dtstart", key_date.day)
        event.add("dtend", key_date.day + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("transp", "TRANSPARENT")        # an all-day note, not a busy day
        for trigger in REMINDERS.get(key_date.kind, ()):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", trigger)
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar


def calendar_bytes(key_dates: KeyDates, product: str) -> bytes:
    return build_calendar(key_dates, product).to_ical()


class CalendarWriteError(Cancel365Error):
    """The .ics could not be written where the admin asked."""


def write_calendar(key_dates: KeyDates, product: str, path: str | os.PathLike[str]) -> Path:
    """Write the .ics to ``path`` (whole or not at all) and return where it went."""
    target = Path(path)
    data = calendar_bytes(key_dates, product)
    try:
        fd, temporary = tempfile.mkstemp(prefix=".cancel365-", suffix=".ics", dir=target.parent)
    except OSError as error:
        raise _write_error(target, error) from error
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _write_error(target, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _write_error(target: Path, error: OSError) -> CalendarWriteError:
    return CalendarWriteError(translate(
        "dates", "The calendar file could not be written to {0} ({1}). Choose another "
                 "folder and export again.").format(str(target), error.strerror or error))
