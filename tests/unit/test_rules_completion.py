"""Completion, pathway and expiry rules in core."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldsessions.core.completion import (
    CompletionChange,
    CompletionRule,
    ExpiryStatus,
    PathwayMember,
    check_completion,
    expiry,
    pathway_progress,
    reconcile,
)
from fieldsessions.core.enums import ExcusedPolicy
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.facts import TickFact
from tests.unit.rules_factory import START, day, marks_for, weekly

EARLY = START - timedelta(days=30)
SESSIONS = weekly(5)  # s0..s4, 2, 9, 16, 23, 30 March 2026


def run(statuses: str, rule: CompletionRule, ticks=(), outcomes=(), sessions=SESSIONS,
        enrolled=EARLY):
    return check_completion(rule, sessions, marks_for("p", statuses), list(ticks), list(outcomes),
                            "p", enrolled)


def test_completed_on_the_session_that_reaches_the_minimum():
    result = run("PPPPA", CompletionRule(80))
    assert result.met
    assert result.completed_on == day("2026-03-23")  # 4 of 5 after the fourth session


def test_denominator_is_the_whole_programme_not_sessions_so_far():
    # Two sessions attended out of five scheduled is 40 %, whatever is still to come.
    result = run("PP", CompletionRule(80))
    assert not result.met
    assert (result.attended, result.sessions) == (2, 5)


def test_cancelled_sessions_leave_the_denominator_so_completion_can_come_earlier():
    # 60 % of 5 sessions needs 3 attended; of the 3 left after two cancellations, needs 2.
    assert run("PPP", CompletionRule(60)).completed_on == day("2026-03-16")
    result = run("PPP", CompletionRule(60), sessions=weekly(5, cancelled=(3, 4)))
    assert result.completed_on == day("2026-03-09")


def test_rule_defaults_to_required_attendance_when_no_completion_minimum():
    rule = CompletionRule.of(70, None, ExcusedPolicy.EXCLUDED, False, [])
    assert rule.min_attendance == 70
    assert CompletionRule.of(70, 50, ExcusedPolicy.EXCLUDED, False, []).min_attendance == 50


def test_completion_minimum_out_of_range_is_refused():
    with pytest.raises(ValidationError):
        CompletionRule.of(70, 120, ExcusedPolicy.EXCLUDED, False, [])


def test_excused_excluded_shrinks_the_denominator():
    result = run("PPPEE", CompletionRule(100, ExcusedPolicy.EXCLUDED))
    assert result.met and result.sessions == 3


def test_all_outcomes_waits_for_the_last_outcome_tick():
    ticks = [TickFact("s0", "p", "o1"), TickFact("s3", "p", "o2")]
    result = run("PPPPP", CompletionRule(60, all_outcomes=True), ticks, ["o1", "o2"])
    assert result.completed_on == day("2026-03-23")


def test_outcome_unticked_or_ticked_in_a_cancelled_session_does_not_count():
    ticks = [TickFact("s0", "p", "o1"), TickFact("s1", "p", "o2", achieved=False),
             TickFact("s2", "p", "o2")]
    result = run("PPPPP", CompletionRule(60, all_outcomes=True), ticks, ["o1", "o2"],
                 sessions=weekly(5, cancelled=(2,)))
    assert not result.met
    assert result.outcomes_missing == ("o2",)


def test_required_sessions_must_be_attended():
    rule = CompletionRule(60, required_sessions=("s4",))
    assert run("PPPPA", rule).required_missing == ("s4",)
    assert not run("PPPPA", rule).met
    assert run("PPPAP", rule).completed_on == day("2026-03-30")


def test_a_cancelled_required_session_is_no_longer_required():
    rule = CompletionRule(60, required_sessions=("s4", "unknown"))
    assert run("PPP", rule, sessions=weekly(5, cancelled=(4,))).met


def test_nobody_completes_without_taking_part_even_at_zero_percent():
    assert not run("", CompletionRule(0)).met
    assert run("A", CompletionRule(0)).completed_on == day("2026-03-02")


def test_enrolled_late_counts_only_later_sessions():
    result = run("...PP", CompletionRule(100), enrolled=SESSIONS[3].starts_at)
    assert result.completed_on == day("2026-03-30")


def test_reconcile_creates_updates_and_deletes_only_what_changed():
    stored = {"a": day("2026-03-02"), "b": day("2026-03-09"), "c": day("2026-03-16")}
    computed = {"a": day("2026-03-02"), "b": None, "c": day("2026-03-23"),
                "d": day("2026-03-30")}
    assert reconcile(stored, computed) == [
        CompletionChange("b", "delete", None),
        CompletionChange("c", "update", day("2026-03-23")),
        CompletionChange("d", "create", day("2026-03-30")),
    ]


def test_pathway_complete_when_all_members_complete_on_the_latest_date():
    members = [PathwayMember("x"), PathwayMember("y")]
    progress = pathway_progress(members, {"x": day("2026-01-10"), "y": day("2026-02-01")})
    assert (progress.complete, progress.completed_on) == (True, day("2026-02-01"))
    partial = pathway_progress(members, {"x": day("2026-01-10")})
    assert (partial.complete, partial.missing) == (False, ("y",))


def test_pathway_group_needs_any_one_member_earliest_counts():
    members = [PathwayMember("core"), PathwayMember("a", "elective"),
               PathwayMember("b", "elective")]
    progress = pathway_progress(
        members, {"core": day("2026-01-01"), "a": day("2026-03-01"), "b": day("2026-02-01")}
    )
    assert progress.completed_on == day("2026-02-01")
    assert pathway_progress(members, {"core": day("2026-01-01")}).missing == ("group:elective",)


def test_empty_pathway_is_never_complete():
    assert not pathway_progress([], {"x": day("2026-01-01")}).complete


def test_expiry_without_validity_is_always_valid():
    result = expiry(day("2020-01-01"), None, day("2030-01-01"))
    assert (result.status, result.expires_on) == (ExpiryStatus.VALID, None)


@pytest.mark.parametrize(
    ("today", "status"),
    [("2026-11-30", ExpiryStatus.VALID), ("2026-12-01", ExpiryStatus.EXPIRING_SOON),
     ("2026-12-30", ExpiryStatus.EXPIRING_SOON), ("2026-12-31", ExpiryStatus.EXPIRED)],
)
def test_expiry_valid_expiring_soon_expired(today, status):
    result = expiry(day("2025-12-31"), 12, day(today), soon_days=30)
    assert result.expires_on == day("2026-12-31")
    assert result.status is status
    assert result.certificate_eligible is (status is not ExpiryStatus.EXPIRED)


def test_expiry_from_the_31st_lands_on_the_last_day_of_a_short_month():
    assert expiry(day("2026-01-31"), 1, day("2026-01-31")).expires_on == day("2026-02-28")


def test_expiry_needs_a_positive_validity():
    with pytest.raises(ValidationError):
        expiry(day("2026-01-01"), 0, day("2026-01-01"))
