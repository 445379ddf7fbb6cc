"""Summaries for reports in core: counts, hours, rates per week, month and programme."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fieldsessions.core.summaries import CompletionFact, SummaryPeriod, summarise
from tests.unit.rules_factory import after, day, marks_for, weekly

# Mondays 2, 9, 16, 23, 30 March and 6 April 2026.
SESSIONS = weekly(6, cancelled=(1,), didnt_happen=(2,))
SESSIONS[3] = replace(SESSIONS[3], facilitator="Brian")
SESSIONS[4] = replace(SESSIONS[4], roll_taken=False)  # ended, nobody marked
SESSIONS[5] = replace(SESSIONS[5], roll_taken=False)  # still to come
NOW = after(SESSIONS, 4)
MARKS = [*marks_for("p1", "P..L").values(), *marks_for("p2", "A..P", minutes=30).values()]


def test_programme_summary_counts_sessions_by_what_happened():
    (summary,) = summarise(SummaryPeriod.PROGRAMME, SESSIONS, MARKS, NOW,
                           programme_names={"prog": "Tutoring"})
    assert summary.label == "Tutoring"
    assert (summary.sessions, summary.held, summary.cancelled, summary.didnt_happen,
            summary.to_come, summary.roll_missing) == (6, 2, 1, 1, 1, 1)
    # The session over with no roll is not counted as held (nobody said it took place) nor in
    # the cancellation rate's sessions due (it was held on 2026-03-30 before issue 13 point 3).
    assert summary.cancellation_rate == pytest.approx(100 / 4)


def test_hours_delivered_per_facilitator_and_used_per_participant():
    (summary,) = summarise(SummaryPeriod.PROGRAMME, SESSIONS, MARKS, NOW,
                           participant_names={"p1": "Ann", "p2": "Ben"})
    assert [(f.facilitator, f.sessions, f.minutes) for f in summary.facilitator_hours] == [
        ("Amina", 1, 60), ("Brian", 1, 60)]  # Amina's session with no roll is not delivered
    assert summary.hours_delivered == 2.0
    assert [(p.name, p.minutes) for p in summary.participant_hours] == [("Ann", 120),
                                                                        ("Ben", 30)]


def test_no_show_rate_is_absent_marks_over_all_marks():
    (summary,) = summarise(SummaryPeriod.PROGRAMME, SESSIONS, MARKS, NOW)
    assert (summary.marks, summary.no_shows, summary.no_show_rate) == (4, 1, 25.0)


def test_monthly_periods_split_by_local_date():
    march, april = summarise(SummaryPeriod.MONTH, SESSIONS, MARKS, NOW)
    assert (march.key, march.sessions, april.key, april.sessions) == (
        "month:2026-03", 5, "month:2026-04", 1)
    assert april.held == 0 and april.cancellation_rate is None


def test_weekly_periods_have_iso_week_keys():
    weeks = summarise(SummaryPeriod.WEEK, SESSIONS, MARKS, NOW)
    assert [w.key for w in weeks][:2] == ["week:2026-W10", "week:2026-W11"]
    assert len(weeks) == 6


def test_completion_rate_counts_completions_up_to_the_period_end():
    enrolments = [("prog", "p1"), ("prog", "p2"), ("other", "p3")]
    completions = [CompletionFact("prog", "p1", day("2026-03-23")),
                   CompletionFact("other", "p3", day("2026-03-02"))]
    march, april = summarise(SummaryPeriod.MONTH, SESSIONS, MARKS, NOW, enrolments=enrolments,
                             completions=completions)
    assert (march.enrolled, march.completions, march.completion_rate) == (2, 1, 50.0)
    assert (april.completions, april.completed_by_end) == (0, 1)


def test_no_sessions_gives_no_periods():
    assert summarise(SummaryPeriod.MONTH, [], [], NOW) == []


def test_a_session_with_a_partly_taken_roll_was_held_for_the_hours():
    """Where `roll_taken` means a complete roll, one mark still shows the session took place."""
    partly = [replace(s, roll_taken=False) for s in SESSIONS]
    (summary,) = summarise(SummaryPeriod.PROGRAMME, partly, MARKS, NOW)
    (whole,) = summarise(SummaryPeriod.PROGRAMME, SESSIONS, MARKS, NOW)
    assert (summary.held, summary.hours_delivered) == (whole.held, whole.hours_delivered)
