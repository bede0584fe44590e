"""The demo mailboxes' events as Graph returns them in UTC: single events, a weekly series, its instances."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.demo.mailbox_model import JsonDict, demo_id, graph_time

ZONES: dict[str, Any] = {"Romance Standard Time": ZoneInfo("Europe/Copenhagen"),
                         "Pacific Standard Time": ZoneInfo("America/Los_Angeles")}


def single_event(user_id: str, subject: str, start: datetime, minutes: int, tz: str,
                 **extra: Any) -> JsonDict:
    """A single event as Graph returns it with ``Prefer: outlook.timezone="UTC"``."""
    zone = ZONES[tz]
    aware = start.replace(tzinfo=zone)
    end = aware + timedelta(minutes=minutes)
    return {"id": demo_id(user_id, "event", subject), "subject": subject,
            "type": "singleInstance",
            "iCalUId": demo_id(user_id, "uid", subject)[4:] + "@lillebager.dk",
            "start": {"dateTime": _utc_local(aware), "timeZone": "UTC"},
            "end": {"dateTime": _utc_local(end), "timeZone": "UTC"},
            "originalStartTimeZone": tz, "originalEndTimeZone": tz, "isAllDay": False,
            "isCancelled": False, "isReminderOn": True, "reminderMinutesBeforeStart": 15,
            "location": {"displayName": "Butikken"}, "body": {"contentType": "text",
                                                             "content": subject},
            "organizer": {"emailAddress": {"name": "Mette Kragh",
                                           "address": "mette.kragh@lillebager.dk"}},
            "attendees": [], "showAs": "busy", "sensitivity": "normal",
            "lastModifiedDateTime": "2026-10-01T10:00:00Z", **extra}


def _utc_local(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.0000000")


def rich_events(user_id: str) -> list[JsonDict]:
    """The weekly series (with its exception and cancelled occurrence) and the all-day event.

    The series: Mondays 09:00-10:00 Copenhagen time, 10 times from 2026-02-16 (across the
    change to summer time on 29 March); the third (2 March) moved to 10:30 with another
    subject, the fifth (16 March) cancelled.
    """
    series = single_event(user_id, "Ugemøde", datetime(2026, 2, 16, 9, 0), 60,
                          "Romance Standard Time",
                          type="seriesMaster", reminderMinutesBeforeStart=10,
                          attendees=[
                              {"type": "required", "status": {"response": "accepted"},
                               "emailAddress": {"name": "Anders Holm",
                                                "address": "anders.holm@lillebager.dk"}},
                              {"type": "optional", "status": {"response": "tentativelyAccepted"},
                               "emailAddress": {"name": "Sofie Lund",
                                                "address": "sofie.lund@lillebager.dk"}}],
                          recurrence={
                              "pattern": {"type": "weekly", "interval": 1,
                                          "daysOfWeek": ["monday"], "firstDayOfWeek": "monday",
                                          "month": 0, "dayOfMonth": 0, "index": "first"},
                              "range": {"type": "numbered", "startDate": "2026-02-16",
                                        "endDate": "0001-01-01", "numberOfOccurrences": 10,
                                        "recurrenceTimeZone": "Romance Standard Time"}})
    allday = single_event(user_id, "Messe i Seattle", datetime(2026, 3, 10), 0,
                          "Pacific Standard Time")
    allday.update({"isAllDay": True, "isReminderOn": False,
                   "start": {"dateTime": "2026-03-10T00:00:00.0000000", "timeZone": "UTC"},
                   "end": {"dateTime": "2026-03-12T00:00:00.0000000", "timeZone": "UTC"},
                   "location": {"displayName": "Seattle Convention Center"}})
    return [series, allday]


def series_instances(series: JsonDict) -> list[JsonDict]:
    """What ``GET /events/{id}/instances`` answers for the demo's weekly series."""
    zone = ZONES["Romance Standard Time"]
    out = []
    for n in range(10):
        start = datetime(2026, 2, 16, 9, 0, tzinfo=zone) + timedelta(weeks=n)
        if n == 4:
            continue                       # cancelled: the recurrence yields it, instances not
        inst = {k: v for k, v in series.items() if k not in ("recurrence",)}
        inst.update({"id": f"{series['id']}_{n}", "seriesMasterId": series["id"],
                     "type": "occurrence", "originalStart": graph_time(start)})
        begin, end = start, start + timedelta(hours=1)
        if n == 2:
            begin, end = start + timedelta(minutes=90), start + timedelta(minutes=150)
            inst.update({"type": "exception", "subject": "Ugemøde (flyttet)"})
        inst["start"] = {"dateTime": _utc_local(begin), "timeZone": "UTC"}
        inst["end"] = {"dateTime": _utc_local(end), "timeZone": "UTC"}
        out.append(inst)
    return out
