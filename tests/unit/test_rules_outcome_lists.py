"""Pure rules for outcome lists, outcome profiles and owed report periods."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from fieldsessions.core.enums import ReportingFrequency
from fieldsessions.core.outcomes import (
    AchievedTick,
    OutcomeItem,
    outcome_profile,
    session_outcome_list,
)
from fieldsessions.core.session_reports import owed_periods
from tests.unit.rules_factory import after, day, weekly


def test_outcome_list_is_programme_order_minus_drops_then_own_outcomes():
    programme = [OutcomeItem("b", "B", position=1), OutcomeItem("a", "A", position=0),
                 OutcomeItem("c", "C", position=2)]
    own = [OutcomeItem("y", "Y", position=1, own=True), OutcomeItem("x", "X", position=0,
                                                                    own=True)]
    result = session_outcome_list(programme, {"b"}, own)
    assert [o.id for o in result] == ["a", "c", "x", "y"]


def test_profile_keeps_the_first_achievement_of_each_outcome():
    ticks = [
        AchievedTick("p1", "Club", "o1", "Budget", "s2", day("2026-03-09")),
        AchievedTick("p1", "Club", "o1", "Budget", "s1", day("2026-03-02")),
        AchievedTick("p2", "Course", "o2", "Save", "t1", day("2026-01-05")),
    ]
    assert [(e.outcome_id, e.achieved_on) for e in outcome_profile(ticks)] == [
        ("o2", day("2026-01-05")), ("o1", day("2026-03-02"))]


def test_every_session_owes_ended_sessions_without_a_report_but_not_cancelled_ones():
    sessions = weekly(4, cancelled=(1,))
    now = after(sessions, 2)
    owed = owed_periods(ReportingFrequency.EVERY_SESSION, sessions, {"s0"}, now, now.date())
    assert [p.session_id for p in owed] == ["s2"]


def test_weekly_periods_are_owed_only_once_the_week_is_over():
    sessions = weekly(3)  # Mondays 2, 9, 16 March 2026
    now = after(sessions, 1)
    owed = owed_periods(ReportingFrequency.WEEKLY, sessions, set(), now, now.date())
    assert [p.key for p in owed] == ["week:2026-W10"]
    later = now + timedelta(days=30)
    owed = owed_periods(ReportingFrequency.WEEKLY, sessions, {"week:2026-W10"}, later,
                        later.date())
    assert [p.key for p in owed] == ["week:2026-W11", "week:2026-W12"]


def test_a_programme_with_every_session_cancelled_owes_nothing():
    sessions = [replace(s, roll_taken=False) for s in weekly(2, cancelled=(0, 1))]
    now = after(sessions, 1) + timedelta(days=60)
    for frequency in ReportingFrequency:
        assert owed_periods(frequency, sessions, set(), now, now.date()) == []
