"""Compliance rules in core: rate, status, maximum achievable, absence runs, follow-up."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldsessions.core.compliance import (
    ComplianceRules,
    ComplianceStatus,
    EnrolledPerson,
    participant_compliance,
    programme_compliance,
)
from fieldsessions.core.enums import ExcusedPolicy
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.facts import SessionFact
from tests.unit.rules_factory import START, after, marks_for, weekly

EARLY = START - timedelta(days=30)


def person(pid: str = "p1", enrolled: object = EARLY, name: str = "Bo") -> EnrolledPerson:
    assert isinstance(enrolled, type(START))
    return EnrolledPerson(pid, name, enrolled)


def check(statuses: str, count: int = 10, *, now_after: int | None = None,
          rules: ComplianceRules | None = None, sessions: list[SessionFact] | None = None,
          enrolled: object = EARLY):
    sessions = sessions if sessions is not None else weekly(count)
    now = after(sessions, len(statuses) - 1 if now_after is None else now_after)
    # Sessions after `now` have no roll yet.
    sessions = [s if s.starts_at <= now else SessionFact(**{**s.__dict__, "roll_taken": False})
                for s in sessions]
    return participant_compliance(rules or ComplianceRules(), sessions,
                                  marks_for("p1", statuses), person(enrolled=enrolled), now)


def test_rate_counts_present_and_late_as_attended():
    result = check("PLAA")
    assert (result.attended, result.missed, result.rate) == (2, 2, 50.0)


def test_remaining_sessions_are_the_ones_not_over_yet():
    result = check("PPPP", count=10)
    assert result.remaining == 6
    assert result.max_achievable == 100.0


def test_maximum_achievable_assumes_every_remaining_session_attended():
    result = check("AAPP", count=10)  # 2/4 now, at best 8/10
    assert result.rate == 50.0
    assert result.max_achievable == 80.0


def test_below_threshold_but_still_reachable_is_at_risk():
    result = check("AAPP", count=10, rules=ComplianceRules(required_attendance=80))
    assert result.status is ComplianceStatus.AT_RISK


def test_below_threshold_and_unreachable_is_non_compliant():
    result = check("AAAP", count=10, rules=ComplianceRules(required_attendance=80))
    assert result.max_achievable == 70.0
    assert result.status is ComplianceStatus.NON_COMPLIANT


def test_exactly_at_threshold_is_compliant():
    result = check("PPPPA", count=5, rules=ComplianceRules(required_attendance=80))
    assert result.rate == 80.0
    assert result.status is ComplianceStatus.COMPLIANT


def test_threshold_compared_exactly_not_by_float_rounding():
    # 2/3 = 66.666...%: below 67, at or above 66.
    at_67 = check("PPA", count=3, rules=ComplianceRules(required_attendance=67))
    at_66 = check("PPA", count=3, rules=ComplianceRules(required_attendance=66))
    assert at_67.status is ComplianceStatus.NON_COMPLIANT
    assert at_66.status is ComplianceStatus.COMPLIANT


def test_zero_percent_threshold_is_always_compliant():
    result = check("AAAAA", count=5, rules=ComplianceRules(required_attendance=0))
    assert result.rate == 0.0
    assert result.status is ComplianceStatus.COMPLIANT


def test_hundred_percent_threshold_one_absence_is_non_compliant():
    rules = ComplianceRules(required_attendance=100)
    assert check("PPPP", count=10, rules=rules).status is ComplianceStatus.COMPLIANT
    assert check("PPPA", count=10, rules=rules).status is ComplianceStatus.NON_COMPLIANT


@pytest.mark.parametrize(
    ("policy", "attended", "missed", "excluded", "rate"),
    [
        (ExcusedPolicy.ATTENDED, 3, 1, 0, 75.0),
        (ExcusedPolicy.EXCLUDED, 2, 1, 1, 200 / 3),
        (ExcusedPolicy.ABSENT, 2, 2, 0, 50.0),
    ],
)
def test_excused_counts_by_the_programme_policy(policy, attended, missed, excluded, rate):
    result = check("PEPA", count=4, rules=ComplianceRules(excused_policy=policy))
    assert (result.attended, result.missed, result.excused_excluded) == (attended, missed, excluded)
    assert result.rate == pytest.approx(rate)


def test_all_sessions_excused_and_excluded_leaves_no_rate_and_not_yet_assessed():
    result = check("EEE", count=3, rules=ComplianceRules(excused_policy=ExcusedPolicy.EXCLUDED))
    assert result.rate is None
    assert result.status is ComplianceStatus.NOT_YET_ASSESSED and not result.needs_follow_up


def test_all_sessions_cancelled_gives_no_rate_and_nothing_to_reach():
    sessions = weekly(4, cancelled=(0, 1, 2, 3))
    result = check("", sessions=sessions, now_after=3)
    assert (result.rate, result.max_achievable, result.remaining) == (None, None, 0)
    assert result.status is ComplianceStatus.NOT_YET_ASSESSED


def test_cancelled_and_didnt_happen_sessions_never_count_even_with_marks():
    sessions = weekly(4, cancelled=(1,), didnt_happen=(2,))
    result = check("PAAP", sessions=sessions)
    assert (result.attended, result.missed, result.rate) == (2, 0, 100.0)


def test_enrolled_mid_programme_only_later_sessions_count():
    sessions = weekly(6)
    enrolled = sessions[3].starts_at - timedelta(days=1)
    result = check("...PA.", sessions=sessions, now_after=5, enrolled=enrolled)
    # s3 present, s4 absent, s5 roll taken without them: absent.
    assert (result.attended, result.missed) == (1, 2)


def test_late_enrolment_keeps_credit_for_earlier_marked_sessions():
    sessions = weekly(6)
    enrolled = sessions[3].starts_at - timedelta(days=1)
    result = check("P..P", sessions=sessions, now_after=3, enrolled=enrolled)
    assert (result.attended, result.missed) == (2, 0)


def test_unmarked_in_a_session_whose_roll_was_taken_is_an_absence():
    result = check("PP.", count=3)
    assert (result.attended, result.missed) == (2, 1)


def test_session_with_roll_missing_is_still_remaining_not_an_absence():
    sessions = weekly(3)
    sessions[2] = SessionFact(**{**sessions[2].__dict__, "roll_taken": False})
    result = check("PP.", sessions=sessions)
    assert (result.missed, result.remaining) == (0, 1)


def test_consecutive_absences_count_the_current_run():
    assert check("AAPAA", count=5).consecutive_absences == 2
    assert check("AAA", count=5).consecutive_absences == 3


def test_absence_alert_when_run_reaches_the_limit():
    rules = ComplianceRules(consecutive_absence_limit=3)
    assert not check("PAA", count=5, rules=rules).absence_alert
    assert check("PAAA", count=5, rules=rules).absence_alert


def test_absence_limit_zero_turns_the_alert_off():
    rules = ComplianceRules(consecutive_absence_limit=0, required_attendance=0)
    assert not check("AAAAA", count=5, rules=rules).absence_alert


@pytest.mark.parametrize(
    ("policy", "run"),
    [(ExcusedPolicy.ATTENDED, 2), (ExcusedPolicy.EXCLUDED, 4), (ExcusedPolicy.ABSENT, 5)],
)
def test_excused_in_an_absence_run_follows_the_policy(policy, run):
    result = check("AAEAA", count=5, rules=ComplianceRules(excused_policy=policy))
    assert result.consecutive_absences == run


def test_required_attendance_out_of_range_is_refused():
    with pytest.raises(ValidationError):
        programme_compliance(ComplianceRules(required_attendance=101), [], [], [], START)


def test_follow_up_lists_non_compliant_then_at_risk_then_alerts_only():
    sessions = weekly(10)
    now = after(sessions, 3)
    sessions = [s if s.starts_at <= now else SessionFact(**{**s.__dict__, "roll_taken": False})
                for s in sessions]
    people = [person("ok", name="Ok"), person("risk", name="Risk"),
              person("out", name="Out"), person("alert", name="Alert")]
    marks = [
        *marks_for("ok", "PPPP").values(),
        *marks_for("risk", "AAPP").values(),
        *marks_for("out", "AAAP").values(),
        *marks_for("alert", "PAAA").values(),
    ]
    rules = ComplianceRules(required_attendance=80, consecutive_absence_limit=3)
    result = programme_compliance(rules, sessions, marks, people, now)
    assert [r.participant_id for r in result.participants] == ["alert", "ok", "out", "risk"]
    assert [(r.participant_id, r.status) for r in result.follow_up] == [
        ("alert", ComplianceStatus.NON_COMPLIANT),
        ("out", ComplianceStatus.NON_COMPLIANT),
        ("risk", ComplianceStatus.AT_RISK),
    ]
    assert (result.sessions_with_roll, result.sessions_to_come) == (4, 6)


def test_follow_up_includes_compliant_people_with_an_absence_alert():
    sessions = weekly(10)
    now = after(sessions, 9)
    result = programme_compliance(
        ComplianceRules(required_attendance=50, consecutive_absence_limit=3), sessions,
        list(marks_for("p1", "PPPPPPPAAA").values()), [person()], now,
    )
    assert result.participants[0].status is ComplianceStatus.COMPLIANT
    assert [r.participant_id for r in result.follow_up] == ["p1"]


def test_a_session_before_enrolment_counts_as_still_possible_until_its_roll_is_complete():
    sessions = weekly(4)  # all four over; the first two before the enrolment
    late = sessions[2].starts_at - timedelta(days=1)
    missing = [SessionFact(**{**s.__dict__, "roll_taken": i >= 2})
               for i, s in enumerate(sessions)]
    now = after(sessions, 3)
    result = participant_compliance(ComplianceRules(), missing, {}, person(enrolled=late), now)
    # Rolls 0 and 1 missing: both still possible for them; 2 and 3 complete without them.
    assert (result.attended, result.missed, result.remaining) == (0, 2, 2)
    walk_in = EnrolledPerson("p1", "Bo", late, walk_in=True)  # never on earlier rolls
    result = participant_compliance(ComplianceRules(), missing, {}, walk_in, now)
    assert (result.missed, result.remaining) == (2, 0)
    taken = [SessionFact(**{**s.__dict__, "roll_taken": True}) for s in sessions]
    result = participant_compliance(ComplianceRules(), taken, {}, person(enrolled=late), now)
    assert (result.missed, result.remaining) == (2, 0)  # not expected on rolls taken before
