"""Key dates from a subscription and a fixed clock: endings, month ends, leap years, time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.dates.key_dates import (
    DateKind,
    Ending,
    Phase,
    Refund,
    compute,
    endings_for,
)
from app.graph.models import Subscription
from app.subscription.rules import CancellationPath, Decision

CPH = ZoneInfo("Europe/Copenhagen")


def subscription(*, status="Enabled", trial=False, created=datetime(2026, 1, 10, 9, tzinfo=UTC),
                 next_lifecycle=datetime(2027, 1, 10, 9, tzinfo=UTC), owner_type="Company"):
    return Subscription(id="sub-1", sku_id="sku", sku_part_number="O365_BUSINESS_ESSENTIALS",
                        status=status, is_trial=trial, total_licenses=10, created=created,
                        next_lifecycle=next_lifecycle, owner_type=owner_type)


def at(year, month, day, hour=12, zone=CPH):
    return datetime(year, month, day, hour, tzinfo=zone)


def test_cancel_now_counts_from_today_across_a_month_end():
    dates = compute(subscription(), now=at(2026, 1, 31), ending=Ending.CANCEL_NOW)
    assert dates.ending is Ending.CANCEL_NOW
    assert dates.day(DateKind.TODAY) == date(2026, 1, 31)
    assert dates.day(DateKind.ENDS) == date(2026, 1, 31)
    assert dates.day(DateKind.DATA_MAY_BE_DELETED) == date(2026, 3, 2)   # Jan 31 + 30 days
    assert dates.day(DateKind.DISABLED_ENDS) == date(2026, 5, 1)         # + 90 days
    assert dates.day(DateKind.DATA_DELETED) == date(2026, 7, 30)         # + 180 days
    assert dates.earliest_deletion == date(2026, 3, 2)
    assert dates.day(DateKind.TERM_ENDS) == date(2027, 1, 10)
    assert dates.time_zone == "Europe/Copenhagen"


def test_a_leap_year_keeps_february_29():
    sub = subscription(created=datetime(2027, 3, 1, tzinfo=UTC),
                       next_lifecycle=datetime(2028, 2, 29, 10, tzinfo=UTC))
    dates = compute(sub, now=at(2028, 1, 30), ending=Ending.RUN_OUT)
    assert dates.day(DateKind.ENDS) == date(2028, 2, 29)
    assert dates.day(DateKind.DISABLED) == date(2028, 3, 30)     # 29 Feb + 30 days in a leap year
    now = compute(sub, now=at(2028, 1, 30), ending=Ending.CANCEL_NOW)
    assert now.day(DateKind.DATA_MAY_BE_DELETED) == date(2028, 2, 29)   # Jan 30 + 30 days


def test_a_lifecycle_time_late_in_utc_is_the_next_day_in_copenhagen():
    sub = subscription(next_lifecycle=datetime(2026, 6, 30, 23, 30, tzinfo=UTC))
    local = compute(sub, now=at(2026, 3, 1), ending=Ending.RUN_OUT)
    assert local.day(DateKind.ENDS) == date(2026, 7, 1)
    in_utc = compute(sub, now=datetime(2026, 3, 1, 12, tzinfo=UTC), ending=Ending.RUN_OUT)
    assert in_utc.day(DateKind.ENDS) == date(2026, 6, 30)
    # and today is the admin's today: 00:30 in Copenhagen is still yesterday in UTC
    early = compute(sub, now=datetime(2026, 3, 1, 23, 30, tzinfo=UTC).astimezone(CPH))
    assert early.day(DateKind.TODAY) == date(2026, 3, 2)


def test_a_naive_clock_is_refused():
    with pytest.raises(ValueError):
        compute(subscription(), now=datetime(2026, 3, 1, 12))


def test_letting_it_run_out_follows_expired_then_disabled_then_deleted():
    dates = compute(subscription(), now=at(2026, 3, 1), ending=Ending.RUN_OUT)
    assert dates.day(DateKind.ENDS) == date(2027, 1, 10)
    assert dates.day(DateKind.DISABLED) == date(2027, 2, 9)          # 30 days expired
    assert dates.day(DateKind.DISABLED_ENDS) == date(2027, 5, 10)    # 90 days disabled
    assert dates.day(DateKind.DATA_DELETED) == date(2027, 7, 9)      # 180 days after it ended
    assert not dates.early_termination_fee
    assert dates.refund is Refund.NONE and not dates.prorated_credit
    phases = [s.phase for s in dates.spans if s.phase.lane == "access"]
    assert phases == [Phase.ACTIVE, Phase.EXPIRED, Phase.READ_ONLY, Phase.NO_ACCESS]


def test_cancel_now_and_run_out_give_different_dates():
    sub = subscription()
    now = compute(sub, now=at(2026, 3, 1), ending=Ending.CANCEL_NOW)
    later = compute(sub, now=at(2026, 3, 1), ending=Ending.RUN_OUT)
    assert now.day(DateKind.ENDS) == date(2026, 3, 1)
    assert later.day(DateKind.ENDS) == date(2027, 1, 10)
    assert now.early_termination_fee and not later.early_termination_fee
    assert now.prorated_credit
    assert endings_for(sub) == (Ending.CANCEL_NOW, Ending.RUN_OUT)


def test_the_refund_window_is_known_within_seven_days_of_the_start():
    sub = subscription(created=datetime(2026, 2, 26, 22, 30, tzinfo=UTC))   # Feb 26 23:30 local
    dates = compute(sub, now=at(2026, 3, 1), ending=Ending.CANCEL_NOW)
    assert dates.refund is Refund.WITHIN_WINDOW
    assert dates.refund_ends == date(2026, 3, 5)
    assert dates.day(DateKind.REFUND_WINDOW_ENDS) == date(2026, 3, 5)


def test_the_refund_window_is_unknown_after_the_first_seven_days():
    dates = compute(subscription(), now=at(2026, 3, 1), ending=Ending.CANCEL_NOW)
    assert dates.refund is Refund.UNKNOWN
    assert dates.refund_ends is None and dates.get(DateKind.REFUND_WINDOW_ENDS) is None


def test_no_refund_for_a_product_key():
    decision = Decision(CancellationPath.PRODUCT_KEY, 3, early_termination_fee_possible=True)
    sub = subscription(created=datetime(2026, 2, 28, tzinfo=UTC))
    dates = compute(sub, now=at(2026, 3, 1), ending=Ending.CANCEL_NOW, decision=decision)
    assert dates.refund is Refund.NONE and not dates.prorated_credit
    assert dates.early_termination_fee


def test_the_fee_warning_follows_the_decision_and_the_term():
    no_fee = Decision(CancellationPath.ONLINE, 3, early_termination_fee_possible=False)
    assert not compute(subscription(), now=at(2026, 3, 1), decision=no_fee).early_termination_fee
    fee = Decision(CancellationPath.ONLINE, 3, early_termination_fee_possible=True)
    assert compute(subscription(), now=at(2026, 3, 1), decision=fee).early_termination_fee
    ended = subscription(next_lifecycle=datetime(2026, 2, 1, tzinfo=UTC))
    assert not compute(ended, now=at(2026, 3, 1), decision=fee).early_termination_fee


def test_a_trial_expires_by_itself_and_its_data_goes_after_the_expired_period():
    trial = subscription(trial=True, next_lifecycle=datetime(2026, 3, 19, 8, tzinfo=UTC))
    assert endings_for(trial) == (Ending.TRIAL_EXPIRES,)
    dates = compute(trial, now=at(2026, 3, 1), ending=Ending.CANCEL_NOW)   # not offered: ignored
    assert dates.ending is Ending.TRIAL_EXPIRES
    assert dates.day(DateKind.ENDS) == date(2026, 3, 19)
    assert dates.day(DateKind.DATA_DELETED) == date(2026, 4, 18)
    assert dates.get(DateKind.DISABLED) is None
    assert not dates.early_termination_fee and dates.refund is Refund.NONE


def test_a_subscription_in_warning_takes_its_dates_from_its_state():
    warning = subscription(status="Warning", next_lifecycle=datetime(2026, 3, 20, 9, tzinfo=UTC))
    assert endings_for(warning) == (Ending.CANCEL_NOW, Ending.ALREADY_ENDING)
    dates = compute(warning, now=at(2026, 3, 1), ending=Ending.ALREADY_ENDING)
    assert dates.day(DateKind.DISABLED) == date(2026, 3, 20)
    assert dates.get(DateKind.DISABLED).known
    assert dates.day(DateKind.ENDS) == date(2026, 2, 18) and not dates.get(DateKind.ENDS).known
    assert dates.day(DateKind.DISABLED_ENDS) == date(2026, 6, 18)
    assert not dates.early_termination_fee       # the term has ended already


def test_a_suspended_subscription_is_read_only_until_its_next_lifecycle():
    suspended = subscription(status="Suspended", next_lifecycle=datetime(2026, 4, 1, 9, tzinfo=UTC))
    assert endings_for(suspended) == (Ending.ALREADY_ENDING,)
    dates = compute(suspended, now=at(2026, 3, 1))
    assert dates.day(DateKind.DISABLED_ENDS) == date(2026, 4, 1)
    assert dates.day(DateKind.DISABLED) == date(2026, 1, 1) and not dates.get(DateKind.DISABLED).known
    assert dates.day(DateKind.DATA_MAY_BE_DELETED) == date(2026, 1, 31)  # may be gone already
    assert dates.spans[0].phase is Phase.READ_ONLY


def test_a_partner_subscription_has_the_partners_terms():
    partner = subscription(owner_type="Partner",
                           created=datetime(2026, 2, 28, tzinfo=UTC))
    decision = Decision(CancellationPath.PARTNER, 5)
    dates = compute(partner, now=at(2026, 3, 1), ending=Ending.CANCEL_NOW, decision=decision)
    assert dates.partner
    assert not dates.early_termination_fee and dates.refund is Refund.NONE
    assert not dates.prorated_credit
    assert dates.day(DateKind.DATA_DELETED) == date(2026, 8, 28)


def test_without_an_end_of_term_only_cancelling_now_is_offered():
    sub = subscription(next_lifecycle=None)
    assert endings_for(sub) == (Ending.CANCEL_NOW,)
    dates = compute(sub, now=at(2026, 3, 1), ending=Ending.RUN_OUT)       # not offered: ignored
    assert dates.ending is Ending.CANCEL_NOW and dates.get(DateKind.TERM_ENDS) is None
    assert dates.early_termination_fee                                     # the term may run on
