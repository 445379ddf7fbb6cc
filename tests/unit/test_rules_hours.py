"""Hours budget rules in core: what a mark uses, refusals, partial minutes, recalculation."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fieldsessions.core.enums import AttendanceStatus, SessionStatus
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.facts import MarkFact
from fieldsessions.core.hours import (
    check_mark_hours,
    effective_budget,
    format_minutes,
    hours_balance,
)
from tests.unit.rules_factory import marks_for, weekly

P, A, E, L = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED,
              AttendanceStatus.LATE)
SESSIONS = weekly(4, duration=90)


def test_present_and_late_use_the_session_duration_absent_and_excused_none():
    balance = hours_balance(10, SESSIONS, marks_for("p", "PLAE"))
    assert balance.used_min == 180
    assert balance.remaining_min == 600 - 180


def test_partial_minutes_are_used_instead_of_the_duration():
    balance = hours_balance(10, SESSIONS, marks_for("p", "P", minutes=30))
    assert balance.used_min == 30


def test_no_budget_counts_use_but_has_no_remaining():
    balance = hours_balance(None, SESSIONS, marks_for("p", "PP"))
    assert (balance.used_min, balance.remaining_min) == (180, None)


def test_enrolment_budget_overrides_the_programme_default():
    assert effective_budget(20, 5) == 5
    assert effective_budget(20, None) == 20
    assert effective_budget(None, None) is None


def test_marking_present_that_exactly_uses_up_the_budget_is_allowed():
    marks = marks_for("p", "P")
    check_mark_hours(3, SESSIONS, marks, SESSIONS[1], P, None, "Bo")
    balance = hours_balance(3, SESSIONS, marks_for("p", "PP"))
    assert balance.remaining_min == 0


def test_budget_exactly_used_up_refuses_present_but_allows_absent():
    marks = marks_for("p", "PP")
    with pytest.raises(RuleError, match="Bo has used all of their 3 h budget"):
        check_mark_hours(3, SESSIONS, marks, SESSIONS[2], P, None, "Bo")
    check_mark_hours(3, SESSIONS, marks, SESSIONS[2], A, None, "Bo")
    check_mark_hours(3, SESSIONS, marks, SESSIONS[2], E, None, "Bo")


def test_not_enough_hours_is_refused_with_what_is_left():
    marks = marks_for("p", "PP")
    with pytest.raises(RuleError, match=r"only 1 h left .* takes 1 h 30 min.*at most 60"):
        check_mark_hours(4, SESSIONS, marks, SESSIONS[2], P, None, "Bo")


def test_partial_duration_that_fits_is_allowed():
    marks = marks_for("p", "PP")
    check_mark_hours(4, SESSIONS, marks, SESSIONS[2], L, 60, "Bo")


def test_partial_duration_bigger_than_what_is_left_is_refused():
    marks = marks_for("p", "PP")
    with pytest.raises(RuleError, match="less than the 1 h 10 min recorded; record at most 60"):
        check_mark_hours(4, SESSIONS, marks, SESSIONS[2], P, 70, "Bo")


def test_partial_minutes_longer_than_the_session_are_refused():
    with pytest.raises(ValidationError, match="between 0 and the session's 90 minutes"):
        check_mark_hours(None, SESSIONS, {}, SESSIONS[0], P, 91, "Bo")


def test_correcting_a_mark_downwards_is_allowed_even_when_over_budget():
    # The budget was lowered after two full sessions were marked: a correction to a partial
    # duration that still leaves them over must not be blocked.
    marks = marks_for("p", "PP")
    check_mark_hours(1, SESSIONS, marks, SESSIONS[1], P, 30, "Bo")
    check_mark_hours(1, SESSIONS, marks, SESSIONS[1], None, None, "Bo")


def test_re_marking_the_same_session_does_not_count_it_twice():
    marks = marks_for("p", "P")
    check_mark_hours(1.5, SESSIONS, marks, SESSIONS[0], L, None, "Bo")


def test_cancelling_a_session_gives_its_hours_back():
    sessions = [replace(SESSIONS[0], status=SessionStatus.CANCELLED), *SESSIONS[1:]]
    balance = hours_balance(3, sessions, marks_for("p", "PP"))
    assert balance.used_min == 90


def test_lengthening_a_session_never_makes_the_balance_negative():
    sessions = [replace(SESSIONS[0], duration_min=240), *SESSIONS[1:]]
    balance = hours_balance(3, sessions, marks_for("p", "PP"))
    assert balance.remaining_min == 0
    assert balance.used_min == 180
    assert balance.uncovered_min == 240 + 90 - 180


def test_mark_in_a_session_not_in_the_list_is_ignored():
    marks = {"elsewhere": MarkFact("elsewhere", "p", P)}
    assert hours_balance(1, SESSIONS, marks).used_min == 0


def test_format_minutes_reads_naturally():
    assert [format_minutes(m) for m in (45, 60, 90, 0)] == ["45 min", "1 h", "1 h 30 min",
                                                              "0 min"]
