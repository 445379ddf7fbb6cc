"""Report periods owed by reporting frequency, and the hybrid logical clock's ordering."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from fieldsessions.core.enums import ReportingFrequency
from fieldsessions.core.hlc import next_hlc, physical_ms, receive_hlc
from fieldsessions.core.reporting import report_periods

SESSIONS = [("s1", date(2026, 1, 6)), ("s2", date(2026, 1, 8)), ("s3", date(2026, 1, 13)),
            ("s4", date(2026, 2, 3))]


def test_every_session_owes_one_report_per_session() -> None:
    periods = report_periods(ReportingFrequency.EVERY_SESSION, SESSIONS)
    assert [p.session_id for p in periods] == ["s1", "s2", "s3", "s4"]


def test_weekly_owes_one_report_per_week_with_sessions() -> None:
    periods = report_periods(ReportingFrequency.WEEKLY, SESSIONS)
    assert [(p.start, p.end) for p in periods] == [
        (date(2026, 1, 5), date(2026, 1, 11)), (date(2026, 1, 12), date(2026, 1, 18)),
        (date(2026, 2, 2), date(2026, 2, 8))]


def test_monthly_owes_one_per_month_and_end_owes_one_in_all() -> None:
    monthly = report_periods(ReportingFrequency.MONTHLY, SESSIONS)
    assert [(p.key, p.label) for p in monthly] == [("month:2026-01", "January 2026"),
                                                  ("month:2026-02", "February 2026")]
    assert monthly[1].end == date(2026, 2, 28)
    end = report_periods(ReportingFrequency.END, SESSIONS)
    assert [(p.start, p.end) for p in end] == [(date(2026, 1, 6), date(2026, 2, 3))]
    assert report_periods(ReportingFrequency.END, []) == []


def test_hlc_never_goes_backwards_when_the_wall_clock_does() -> None:
    first = next_hlc(0, 1_000)
    second = next_hlc(first, 500)  # clock set back
    assert second > first and physical_ms(second) == 1_000
    assert receive_hlc(second, next_hlc(0, 9_000), 2_000) > next_hlc(0, 9_000)


@given(st.lists(st.integers(0, 2**40), min_size=1, max_size=50))
def test_hlc_is_strictly_increasing_for_any_clock_readings(clock: list[int]) -> None:
    hlc = 0
    for now in clock:
        new = next_hlc(hlc, now)
        assert new > hlc
        hlc = new
