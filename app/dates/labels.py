"""The words for the key dates, in the wizard's language (the page, the list and the .ics share them)."""

from __future__ import annotations

from app.dates.key_dates import DateKind, Ending, KeyDate, Phase
from app.texts import translate


def date_label(kind: DateKind, ending: Ending) -> str:
    """A short label for a marker on the timeline."""
    if kind is DateKind.ENDS:
        if ending is Ending.CANCEL_NOW:
            return translate("dates", "Cancelled")
        if ending is Ending.TRIAL_EXPIRES:
            return translate("dates", "Trial expires")
        if ending is Ending.ALREADY_ENDING:
            return translate("dates", "Expired")
        return translate("dates", "Term ends")
    labels = {
        DateKind.TODAY: translate("dates", "Today"),
        DateKind.REFUND_WINDOW_ENDS: translate("dates", "Refund window closes"),
        DateKind.TERM_ENDS: translate("dates", "Term would end"),
        DateKind.DISABLED: translate("dates", "Read-only"),
        DateKind.DATA_MAY_BE_DELETED: translate("dates", "Data may be deleted"),
        DateKind.DISABLED_ENDS: translate("dates", "Read-only ends"),
        DateKind.DATA_DELETED: translate("dates", "Data deleted"),
    }
    return labels[kind]


def date_meaning(kind: DateKind, ending: Ending) -> str:
    """One sentence: what happens on that day."""
    if kind is DateKind.ENDS:
        if ending is Ending.CANCEL_NOW:
            return translate("dates", "You cancel in the admin center. Users lose access at once; "
                                      "the subscription is disabled.")
        if ending is Ending.TRIAL_EXPIRES:
            return translate("dates", "The trial expires by itself. During the expired period "
                                      "that follows you can still buy it; then its data is deleted.")
        if ending is Ending.ALREADY_ENDING:
            return translate("dates", "The subscription expired (estimated from its current state).")
        return translate("dates", "The term ends and is not renewed. Everyone keeps access for "
                                  "30 more days (expired).")
    meanings = {
        DateKind.TODAY: translate("dates", "The dates are counted from today."),
        DateKind.REFUND_WINDOW_ENDS: translate(
            "dates", "The last day to cancel with a prorated refund (7 days from the start)."),
        DateKind.TERM_ENDS: translate(
            "dates", "The end of the current term, had you let it run."),
        DateKind.DISABLED: translate(
            "dates", "Disabled: only admins can sign in, read-only. They can still back up."),
        DateKind.DATA_MAY_BE_DELETED: translate(
            "dates", "From this day Microsoft may delete the data. Have your backup done before."),
        DateKind.DISABLED_ENDS: translate(
            "dates", "The disabled period ends: admins can no longer reach the data."),
        DateKind.DATA_DELETED: translate(
            "dates", "The data is deleted no later than this day."),
    }
    return meanings[kind]


def estimated(key_date: KeyDate) -> str:
    """A suffix for a date Graph does not give (estimated from the state), else empty."""
    return "" if key_date.known else translate("dates", "(estimated)")


def phase_label(phase: Phase) -> str:
    labels = {
        Phase.ACTIVE: translate("dates", "Active: everyone has access"),
        Phase.EXPIRED: translate("dates", "Expired: can still be renewed"),
        Phase.READ_ONLY: translate("dates", "Disabled: admins only, read-only"),
        Phase.NO_ACCESS: translate("dates", "No access"),
        Phase.DATA_KEPT: translate("dates", "Data kept"),
        Phase.DATA_MAY_BE_DELETED: translate("dates", "Data may be deleted"),
        Phase.DATA_DELETED: translate("dates", "Data deleted"),
    }
    return labels[phase]


def lane_label(lane: str) -> str:
    return translate("dates", "Data") if lane == "data" else translate("dates", "Access")
