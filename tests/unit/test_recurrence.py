"""Schedules: every frequency, the users' 104/52 examples, DST, month ends, leap days, holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldsessions.core.enums import Frequency, MonthlyMode
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.recurrence import (
    MAX_SESSIONS,
    Recurrence,
    parse_date,
    parse_time,
    parse_weekdays,
    schedule,
    until_for_weeks,
)

TUE, THU = 1, 3


def weekly(days: tuple[int, ...], start: date, weeks: int) -> Recurrence:
    return Recurrence(Frequency.WEEKLY, start, days, until=until_for_weeks(start, weeks))


def test_weekly_tue_thu_for_52_weeks_schedules_104_sessions() -> None:
    dates = weekly((TUE, THU), date(2026, 1, 5), 52).dates()
    assert len(dates) == 104
    assert {d.weekday() for d in dates} == {TUE, THU}


@pytest.mark.parametrize("start", [date(2026, 1, 5) + timedelta(days=i) for i in range(7)])
def test_weekly_on_one_day_for_52_weeks_is_52_whatever_the_start_weekday(start: date) -> None:
    assert len(weekly((THU,), start, 52).dates()) == 52
    assert len(weekly((TUE, THU), start, 52).dates()) == 104


def test_once_off_is_the_start_date_only() -> None:
    assert Recurrence(Frequency.ONCE, date(2026, 3, 1)).dates() == [date(2026, 3, 1)]


def test_daily_with_count_and_daily_on_weekdays_only() -> None:
    assert Recurrence(Frequency.DAILY, date(2026, 3, 1), count=3).dates() == [
        date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)]
    workdays = Recurrence(Frequency.DAILY, date(2026, 3, 2), (0, 1, 2, 3, 4),
                          until=date(2026, 3, 15)).dates()
    assert len(workdays) == 10 and all(d.weekday() < 5 for d in workdays)


def test_biweekly_skips_every_other_week() -> None:
    dates = Recurrence(Frequency.BIWEEKLY, date(2026, 1, 6), (TUE,), count=3).dates()
    assert dates == [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]


def test_weekly_without_weekdays_uses_the_start_weekday() -> None:
    dates = Recurrence(Frequency.WEEKLY, date(2026, 1, 7), count=2).dates()
    assert dates == [date(2026, 1, 7), date(2026, 1, 14)]


def test_monthly_on_the_31st_falls_on_the_last_day_of_short_months() -> None:
    dates = Recurrence(Frequency.MONTHLY, date(2026, 1, 31), count=5).dates()
    assert dates == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31),
                     date(2026, 4, 30), date(2026, 5, 31)]


def test_monthly_on_the_30th_uses_the_29th_in_a_leap_february() -> None:
    dates = Recurrence(Frequency.MONTHLY, date(2028, 1, 30), count=3).dates()
    assert dates == [date(2028, 1, 30), date(2028, 2, 29), date(2028, 3, 30)]


def test_yearly_leap_day_rule_only_falls_on_real_leap_days() -> None:
    dates = Recurrence(Frequency.RRULE, date(2024, 2, 29),
                       rrule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=2").dates()
    assert dates == [date(2024, 2, 29), date(2028, 2, 29)]


def test_daily_across_a_leap_day_includes_it() -> None:
    dates = Recurrence(Frequency.DAILY, date(2028, 2, 28), count=3).dates()
    assert dates == [date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)]


def test_monthly_by_weekday_second_tuesday_and_last_friday() -> None:
    second_tue = Recurrence(Frequency.MONTHLY, date(2026, 1, 1), (TUE,), count=3,
                            monthly_mode=MonthlyMode.BY_WEEKDAY, week_of_month=2).dates()
    assert second_tue == [date(2026, 1, 13), date(2026, 2, 10), date(2026, 3, 10)]
    last_fri = Recurrence(Frequency.MONTHLY, date(2026, 1, 1), (4,), count=2,
                          monthly_mode=MonthlyMode.BY_WEEKDAY, week_of_month=-1).dates()
    assert last_fri == [date(2026, 1, 30), date(2026, 2, 27)]


def test_fifth_weekday_of_the_month_is_refused() -> None:
    with pytest.raises(ValidationError, match="week 1, 2, 3, 4 or last"):
        Recurrence(Frequency.MONTHLY, date(2026, 1, 1), (TUE,), count=3,
                   monthly_mode=MonthlyMode.BY_WEEKDAY, week_of_month=5).dates()


def test_quarterly_every_three_months_with_month_end_rule() -> None:
    dates = Recurrence(Frequency.QUARTERLY, date(2026, 1, 31), count=4).dates()
    assert dates == [date(2026, 1, 31), date(2026, 4, 30), date(2026, 7, 31), date(2026, 10, 31)]


def test_raw_rrule_string_is_accepted_and_bad_one_refused_clearly() -> None:
    dates = Recurrence(Frequency.RRULE, date(2026, 1, 5),
                       rrule="RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4").dates()
    assert dates == [date(2026, 1, 5), date(2026, 1, 7), date(2026, 1, 12), date(2026, 1, 14)]
    with pytest.raises(ValidationError, match="RRULE"):
        Recurrence(Frequency.RRULE, date(2026, 1, 5), rrule="FREQ=SOMETIMES").dates()


def test_unbounded_rrule_is_refused_instead_of_making_endless_sessions() -> None:
    with pytest.raises(ValidationError, match="UNTIL or COUNT"):
        Recurrence(Frequency.RRULE, date(2026, 1, 5), rrule="FREQ=DAILY").dates()


def test_excluded_dates_are_skipped_and_do_not_use_up_the_count() -> None:
    holiday = date(2026, 1, 13)
    by_until = Recurrence(Frequency.WEEKLY, date(2026, 1, 6), (TUE,), until=date(2026, 1, 27),
                          excluded=frozenset({holiday})).dates()
    assert holiday not in by_until and len(by_until) == 3
    by_count = Recurrence(Frequency.WEEKLY, date(2026, 1, 6), (TUE,), count=4,
                          excluded=frozenset({holiday})).dates()
    assert by_count == [date(2026, 1, 6), date(2026, 1, 20), date(2026, 1, 27), date(2026, 2, 3)]


def test_end_before_start_and_missing_end_are_refused() -> None:
    with pytest.raises(ValidationError, match="before the start"):
        Recurrence(Frequency.WEEKLY, date(2026, 2, 1), until=date(2026, 1, 1)).dates()
    with pytest.raises(ValidationError, match="ends"):
        Recurrence(Frequency.WEEKLY, date(2026, 2, 1)).dates()


def test_a_schedule_beyond_the_cap_is_refused() -> None:
    with pytest.raises(ValidationError, match=str(MAX_SESSIONS)):
        Recurrence(Frequency.DAILY, date(2000, 1, 1), until=date(2030, 1, 1)).dates()


def test_session_keeps_its_wall_clock_time_across_a_dst_change() -> None:
    # Europe/Athens moves from UTC+2 to UTC+3 on 2026-03-29.
    rec = Recurrence(Frequency.WEEKLY, date(2026, 3, 24), (TUE,), count=2)
    before, after = schedule(rec, time(9, 0), 90, "Europe/Athens")
    assert before.starts_at == datetime(2026, 3, 24, 7, 0, tzinfo=UTC)
    assert after.starts_at == datetime(2026, 3, 31, 6, 0, tzinfo=UTC)
    assert after.ends_at - after.starts_at == timedelta(minutes=90)


def test_schedule_refuses_unknown_time_zone_and_bad_duration() -> None:
    rec = Recurrence(Frequency.ONCE, date(2026, 3, 24))
    with pytest.raises(ValidationError, match="time zone"):
        schedule(rec, time(9), 60, "Mars/Olympus")
    with pytest.raises(ValidationError, match="lasts"):
        schedule(rec, time(9), 0, "UTC")


def test_parsers_refuse_impossible_input_with_a_clear_sentence() -> None:
    assert parse_date("2028-02-29") == date(2028, 2, 29)
    with pytest.raises(ValidationError, match="does not exist"):
        parse_date("2026-02-30")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date("30/02/2026")
    assert parse_weekdays("Tue, THURSDAY") == (TUE, THU)
    with pytest.raises(ValidationError, match="not a weekday"):
        parse_weekdays("tue,funday")
    assert parse_time("7:05") == time(7, 5)
    with pytest.raises(ValidationError):
        parse_time("24:00")


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    days=st.sets(st.integers(0, 6), min_size=1),
    weeks=st.integers(1, 60),
)
def test_weekly_for_n_weeks_gives_n_sessions_per_chosen_day(
    start: date, days: set[int], weeks: int
) -> None:
    dates = weekly(tuple(sorted(days)), start, weeks).dates()
    assert len(dates) == weeks * len(days)
    assert dates == sorted(set(dates))
