"""Session lifecycle rules in core: states by the clock, marking window, overlaps, reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from fieldsessions.core.enums import SessionStatus
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.lifecycle import (
    SessionState,
    check_deletable,
    check_marking_allowed,
    clean_reason,
    find_overlaps,
    overlaps,
    roll_missing,
    session_clock,
    session_state,
)
from tests.unit.rules_factory import START, weekly

SESSION = weekly(1, roll_taken=False)[0]  # 09:00-10:00


def test_state_follows_the_clock_before_during_and_after():
    assert session_state(SESSION, START - timedelta(minutes=1)) is SessionState.SCHEDULED
    assert session_state(SESSION, START) is SessionState.IN_PROGRESS
    assert session_state(SESSION, START + timedelta(minutes=59)) is SessionState.IN_PROGRESS
    assert session_state(SESSION, START + timedelta(minutes=60)) is SessionState.COMPLETED


def test_session_is_completed_once_roll_is_taken():
    taken = replace(SESSION, roll_taken=True)
    assert session_state(taken, START + timedelta(minutes=5)) is SessionState.COMPLETED


def test_cancelled_and_didnt_happen_states_win_over_the_clock():
    cancelled = replace(SESSION, status=SessionStatus.CANCELLED, roll_taken=True)
    not_held = replace(SESSION, didnt_happen=True)
    later = START + timedelta(days=1)
    assert session_state(cancelled, later) is SessionState.CANCELLED
    assert session_state(not_held, later) is SessionState.DIDNT_HAPPEN


def test_roll_missing_only_for_ended_unmarked_sessions_that_were_not_void():
    later = START + timedelta(hours=2)
    assert roll_missing(SESSION, later)
    assert not roll_missing(SESSION, START + timedelta(minutes=30))
    assert not roll_missing(replace(SESSION, roll_taken=True), later)
    assert not roll_missing(replace(SESSION, status=SessionStatus.CANCELLED), later)
    assert not roll_missing(replace(SESSION, didnt_happen=True), later)
    assert session_clock(SESSION, later).roll_missing


def test_marking_allowed_from_one_hour_before_start():
    check_marking_allowed(SESSION, START - timedelta(hours=1))
    check_marking_allowed(SESSION, START + timedelta(days=30))


def test_marking_more_than_an_hour_ahead_is_refused():
    with pytest.raises(RuleError, match="more than an hour"):
        check_marking_allowed(SESSION, START - timedelta(hours=1, seconds=1))


def test_marking_a_cancelled_or_not_held_session_is_refused():
    with pytest.raises(RuleError, match="cancelled"):
        check_marking_allowed(replace(SESSION, status=SessionStatus.CANCELLED), START)
    with pytest.raises(RuleError, match="not having happened"):
        check_marking_allowed(replace(SESSION, didnt_happen=True), START)


def test_deleting_a_session_with_marks_is_refused_with_the_count():
    check_deletable("2 March", 0)
    with pytest.raises(RuleError, match=r"has 3 attendance marks.*cancel it instead"):
        check_deletable("2 March", 3)


def test_blank_reason_is_refused_and_reason_is_trimmed():
    refusal = "Give a reason why the session was cancelled."
    assert clean_reason("  rain  ", refusal) == "rain"
    with pytest.raises(ValidationError, match="Give a reason why the session was cancelled"):
        clean_reason("   ", refusal)
    with pytest.raises(ValidationError):
        clean_reason(None, "Give a reason why the session did not happen.")


def test_same_facilitator_overlapping_times_clash():
    other = replace(SESSION, id="x", starts_at=START + timedelta(minutes=30),
                    facilitator=" amina ")
    assert overlaps(SESSION, other)
    assert find_overlaps(SESSION, [other, SESSION]) == [other]


def test_back_to_back_sessions_do_not_clash():
    other = replace(SESSION, id="x", starts_at=START + timedelta(minutes=60))
    assert not overlaps(SESSION, other)


def test_different_or_blank_facilitators_do_not_clash():
    assert not overlaps(SESSION, replace(SESSION, id="x", facilitator="Brian"))
    blank = replace(SESSION, facilitator="")
    assert not overlaps(blank, replace(blank, id="x"))


def test_cancelled_sessions_do_not_clash():
    other = replace(SESSION, id="x", status=SessionStatus.CANCELLED)
    assert not overlaps(SESSION, other)
