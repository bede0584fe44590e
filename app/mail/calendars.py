"""Graph events to iCalendar (RFC 5545), with :mod:`icalendar`.

Graph's ``recurrence`` ("patternedRecurrence resource type": a
``recurrencePattern`` and a ``recurrenceRange``) becomes an RRULE; the series'
changed occurrences ("event: instances", ``type`` = ``exception``) become
VEVENTs with the same UID and a RECURRENCE-ID; an occurrence the recurrence
yields but ``instances`` does not is cancelled: an EXDATE. Times come in UTC
(``Prefer: outlook.timezone="UTC"``) and are written in the event's own time
zone (``originalStartTimeZone``, Windows names mapped to IANA) with its
VTIMEZONE, so a weekly 09:00 stays 09:00 across daylight saving time.
All-day events are DATE values. Attendees, organizer, reminders (VALARM).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
from dateutil import rrule

JsonDict = dict[str, Any]

# Windows time zone names Graph uses, to IANA (CLDR windowsZones, the common ones).
WINDOWS_ZONES = {
    "UTC": "UTC", "GMT Standard Time": "Europe/London", "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest", "Central European Standard Time": "Europe/Warsaw",
    "FLE Standard Time": "Europe/Helsinki", "GTB Standard Time": "Europe/Bucharest",
    "E. Europe Standard Time": "Europe/Chisinau", "Russian Standard Time": "Europe/Moscow",
    "Eastern Standard Time": "America/New_York", "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver", "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage", "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax", "E. South America Standard Time": "America/Sao_Paulo",
    "India Standard Time": "Asia/Kolkata", "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo", "AUS Eastern Standard Time": "Australia/Sydney",
    "Singapore Standard Time": "Asia/Singapore", "Arabian Standard Time": "Asia/Dubai",
    "South Africa Standard Time": "Africa/Johannesburg", "Israel Standard Time": "Asia/Jerusalem",
    "Turkey Standard Time": "Europe/Istanbul", "New Zealand Standard Time": "Pacific/Auckland",
}
_DAYS = {"monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH",
         "friday": "FR", "saturday": "SA", "sunday": "SU"}
_INDEX = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_PARTSTAT = {"accepted": "ACCEPTED", "declined": "DECLINED", "tentativelyAccepted": "TENTATIVE",
             "none": "NEEDS-ACTION", "notResponded": "NEEDS-ACTION", "organizer": "ACCEPTED"}
_ROLE = {"required": "REQ-PARTICIPANT", "optional": "OPT-PARTICIPANT", "resource": "NON-PARTICIPANT"}


def zone(name: str | None) -> ZoneInfo:
    if not name:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(WINDOWS_ZONES.get(name, name))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def graph_dt(value: JsonDict) -> datetime:
    """A Graph dateTimeTimeZone (UTC, as asked) as an aware datetime."""
    text = str(value["dateTime"]).split(".")[0].rstrip("Z")
    return datetime.fromisoformat(text).replace(tzinfo=zone(value.get("timeZone") or "UTC"))


def rrule_of(recurrence: JsonDict, start: datetime) -> dict[str, Any]:
    """patternedRecurrence -> an RRULE (as icalendar's vRecur mapping)."""
    pattern, rng = recurrence.get("pattern") or {}, recurrence.get("range") or {}
    kind = pattern.get("type", "daily")
    rule: dict[str, Any] = {}
    interval = int(pattern.get("interval") or 1)
    days = [_DAYS[d.lower()] for d in pattern.get("daysOfWeek") or [] if d.lower() in _DAYS]
    index = _INDEX.get(str(pattern.get("index", "first")).lower(), 1)
    if kind == "daily":
        rule["FREQ"] = "DAILY"
    elif kind == "weekly":
        rule["FREQ"] = "WEEKLY"
        rule["BYDAY"] = days or [_DAYS[start.strftime("%A").lower()]]
        rule["WKST"] = _DAYS.get(str(pattern.get("firstDayOfWeek", "sunday")).lower(), "SU")
    elif kind == "absoluteMonthly":
        rule.update(FREQ="MONTHLY", BYMONTHDAY=int(pattern.get("dayOfMonth") or start.day))
    elif kind == "relativeMonthly":
        rule.update(FREQ="MONTHLY", BYDAY=days, BYSETPOS=index)
    elif kind == "absoluteYearly":
        rule.update(FREQ="YEARLY", BYMONTH=int(pattern.get("month") or start.month),
                    BYMONTHDAY=int(pattern.get("dayOfMonth") or start.day))
    elif kind == "relativeYearly":
        rule.update(FREQ="YEARLY", BYMONTH=int(pattern.get("month") or start.month), BYDAY=days,
                    BYSETPOS=index)
    if interval != 1:
        rule["INTERVAL"] = interval
    if rng.get("type") == "numbered":
        rule["COUNT"] = int(rng.get("numberOfOccurrences") or 1)
    elif rng.get("type") == "endDate" and rng.get("endDate"):
        end = date.fromisoformat(rng["endDate"])
        local_end = datetime.combine(end, start.timetz().replace(tzinfo=None)).replace(
            tzinfo=start.tzinfo) if isinstance(start, datetime) else end
        rule["UNTIL"] = local_end.astimezone(UTC) if isinstance(local_end, datetime) else end
    return rule


def occurrences(rule: dict[str, Any], start: datetime, until: datetime) -> list[datetime]:
    """What the RRULE yields from ``start`` (local time) up to ``until``."""
    vrecur = icalendar.vRecur(rule).to_ical().decode()
    naive = start.replace(tzinfo=None)
    text = vrecur
    if "UNTIL" in rule and isinstance(rule["UNTIL"], datetime):
        local = rule["UNTIL"].astimezone(start.tzinfo).replace(tzinfo=None)
        text = ";".join(p for p in vrecur.split(";") if not p.startswith("UNTIL"))
        text += ";UNTIL=" + local.strftime("%Y%m%dT%H%M%S")
    found = rrule.rrulestr(text, dtstart=naive)
    out = []
    for moment in found:
        aware = moment.replace(tzinfo=start.tzinfo)
        if aware > until:
            break
        out.append(aware)
    return out


def _when(value: JsonDict, tz: ZoneInfo, all_day: bool) -> datetime | date:
    moment = graph_dt(value)
    if all_day:
        return moment.date()
    return moment.astimezone(tz)


def vevent(event: JsonDict) -> icalendar.Event:
    all_day = bool(event.get("isAllDay"))
    tz = zone(event.get("originalStartTimeZone"))
    ev = icalendar.Event()
    ev.add("uid", event.get("iCalUId") or event["id"])
    ev.add("summary", event.get("subject") or "")
    ev.add("dtstart", _when(event["start"], tz, all_day))
    ev.add("dtend", _when(event["end"], zone(event.get("originalEndTimeZone")) or tz, all_day))
    ev.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    if event.get("lastModifiedDateTime"):
        ev.add("last-modified", graph_dt({"dateTime": event["lastModifiedDateTime"]}))
    location = (event.get("location") or {}).get("displayName")
    if location:
        ev.add("location", location)
    body = (event.get("body") or {}).get("content")
    if body:
        ev.add("description", body if (event.get("body") or {}).get("contentType") == "text"
               else _strip_html(body))
    organizer = ((event.get("organizer") or {}).get("emailAddress") or {})
    if organizer.get("address"):
        ev.add("organizer", f"mailto:{organizer['address']}",
               parameters={"CN": organizer.get("name") or organizer["address"]})
    for a in event.get("attendees") or []:
        addr = (a.get("emailAddress") or {})
        if not addr.get("address"):
            continue
        ev.add("attendee", f"mailto:{addr['address']}", parameters={
            "CN": addr.get("name") or addr["address"],
            "ROLE": _ROLE.get(a.get("type", "required"), "REQ-PARTICIPANT"),
            "PARTSTAT": _PARTSTAT.get((a.get("status") or {}).get("response", "none"),
                                      "NEEDS-ACTION")})
    if event.get("isCancelled"):
        ev.add("status", "CANCELLED")
    ev.add("transp", "TRANSPARENT" if event.get("showAs") == "free" else "OPAQUE")
    if event.get("sensitivity") in ("private", "confidential"):
        ev.add("class", "PRIVATE")
    if event.get("isReminderOn"):
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.get("subject") or "Reminder")
        alarm.add("trigger", timedelta(minutes=-int(event.get("reminderMinutesBeforeStart") or 0)))
        ev.add_component(alarm)
    return ev


def series_events(master: JsonDict, instances: list[JsonDict],
                  until: datetime) -> list[icalendar.Event]:
    """A series master (with RRULE and EXDATEs) and its exceptions."""
    ev = vevent(master)
    start = ev["dtstart"].dt
    all_day = not isinstance(start, datetime)
    first = start if not all_day else datetime.combine(start, datetime.min.time(), UTC)
    rule = rrule_of(master["recurrence"], first)
    ev.add("rrule", rule)
    yielded = occurrences(rule, first, until)
    kept = set()
    out = [ev]
    tz = zone(master.get("originalStartTimeZone"))
    for inst in instances:
        original = inst.get("originalStart")
        if not original:
            continue
        orig = graph_dt({"dateTime": original}).astimezone(first.tzinfo)
        kept.add(orig)
        if inst.get("type") == "exception":
            ex = vevent({**master, **inst, "originalStartTimeZone":
                         master.get("originalStartTimeZone")})
            ex.add("recurrence-id", orig.date() if all_day else orig.astimezone(tz))
            out.append(ex)
    cancelled = [o for o in yielded if o not in kept]
    for o in cancelled:
        ev.add("exdate", o.date() if all_day else o)
    return out


def calendar_ics(name: str, events: list[JsonDict],
                 instances_of: Any, until: datetime) -> tuple[bytes, int]:
    """One calendar as .ics bytes, and how many events (series count once)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Cancel365//Mailbox backup//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    count = 0
    for event in events:
        if event.get("type") == "seriesMaster" and event.get("recurrence"):
            for component in series_events(event, instances_of(event), until):
                cal.add_component(component)
        elif event.get("type") in (None, "singleInstance"):
            cal.add_component(vevent(event))
        else:
            continue
        count += 1
    cal.add_missing_timezones()
    return cal.to_ical(), count


def _strip_html(html: str) -> str:
    import re
    from html import unescape
    return unescape(re.sub(r"<[^>]+>", "", html)).strip()
