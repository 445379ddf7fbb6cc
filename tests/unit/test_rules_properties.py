"""Hypothesis properties of the core rules: bounds, monotonicity, budgets, recomputation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldsessions.core.completion import CompletionRule, check_completion, reconcile
from fieldsessions.core.compliance import (
    ComplianceRules,
    ComplianceStatus,
    EnrolledPerson,
    participant_compliance,
)
from fieldsessions.core.enums import AttendanceStatus, ExcusedPolicy, SessionStatus
from fieldsessions.core.errors import RuleError
from fieldsessions.core.facts import MarkFact, SessionFact, TickFact
from fieldsessions.core.hours import check_mark_hours, hours_balance
from tests.unit.rules_factory import START

STATUSES = st.sampled_from(list(AttendanceStatus))
POLICIES = st.sampled_from(list(ExcusedPolicy))


@st.composite
def sessions_st(draw: st.DrawFn, max_size: int = 12) -> list[SessionFact]:
    count = draw(st.integers(0, max_size))
    result = []
    for i in range(count):
        result.append(SessionFact(
            id=f"s{i}",
            local_date=(START + timedelta(days=7 * i)).date(),
            starts_at=START + timedelta(days=7 * i),
            duration_min=draw(st.sampled_from([30, 60, 90, 120])),
            status=draw(st.sampled_from([SessionStatus.SCHEDULED, SessionStatus.SCHEDULED,
                                         SessionStatus.CANCELLED])),
            didnt_happen=draw(st.booleans()) and draw(st.booleans()),
            roll_taken=draw(st.booleans()),
        ))
    return result


@st.composite
def marks_st(draw: st.DrawFn, sessions: list[SessionFact], pid: str = "p") -> dict[str, MarkFact]:
    marks = {}
    for session in sessions:
        status = draw(st.none() | STATUSES)
        if status is not None:
            marks[session.id] = MarkFact(session.id, pid, status)
    return marks


@st.composite
def compliance_case(draw: st.DrawFn):
    sessions = draw(sessions_st())
    marks = draw(marks_st(sessions))
    rules = ComplianceRules(draw(st.integers(0, 100)), draw(POLICIES), draw(st.integers(0, 5)))
    enrolled = START + timedelta(days=draw(st.integers(-10, 100)))
    now = START + timedelta(days=draw(st.integers(-10, 100)), minutes=draw(st.integers(0, 200)))
    return participant_compliance(rules, sessions, marks, EnrolledPerson("p", "P", enrolled), now)


@given(compliance_case())
def test_rate_and_maximum_are_percentages(result):
    for value in (result.rate, result.max_achievable):
        assert value is None or 0.0 <= value <= 100.0


@given(compliance_case())
def test_maximum_achievable_is_at_least_the_rate_whenever_sessions_remain(result):
    if result.remaining and result.rate is not None:
        assert result.max_achievable is not None
        assert result.max_achievable >= result.rate


@given(compliance_case())
def test_status_agrees_with_rate_maximum_and_threshold(result):
    if result.status is ComplianceStatus.NOT_YET_ASSESSED:
        assert result.rate is None and result.counted == 0
    elif result.status is ComplianceStatus.COMPLIANT:
        assert result.counted and result.attended * 100 >= result.threshold * result.counted
    elif result.status is ComplianceStatus.AT_RISK:
        assert result.remaining > 0
    else:
        assert result.max_achievable is not None
        assert result.max_achievable < result.threshold


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("mark"), st.integers(0, 7), st.none() | STATUSES,
                  st.none() | st.integers(0, 120)),
        st.tuples(st.just("duration"), st.integers(0, 7), st.sampled_from([30, 60, 90, 180])),
        st.tuples(st.just("cancel"), st.integers(0, 7), st.booleans()),
        st.tuples(st.just("budget"), st.sampled_from([0.0, 0.5, 1.0, 2.5, 4.0, 10.0])),
    ),
    max_size=40,
)


@settings(max_examples=300)
@given(OPS, st.sampled_from([0.0, 1.0, 2.0, 3.5, 6.0]))
def test_hours_balance_never_negative_whatever_order_marks_and_corrections_come(ops, budget):
    sessions = [SessionFact(f"s{i}", (START + timedelta(days=i)).date(),
                            START + timedelta(days=i), 60) for i in range(8)]
    marks: dict[str, MarkFact] = {}
    only_marks = True
    for op in ops:
        if op[0] == "mark":
            _, index, status, minutes = op
            session = sessions[index]
            if minutes is not None and minutes > session.duration_min:
                minutes = session.duration_min
            try:
                check_mark_hours(budget, sessions, marks, session, status, minutes, "P")
            except RuleError:
                continue
            if status is None:
                marks.pop(session.id, None)
            else:
                marks[session.id] = MarkFact(session.id, "p", status, minutes)
        elif op[0] == "duration":
            sessions[op[1]] = replace(sessions[op[1]], duration_min=op[2])
            only_marks = False
        elif op[0] == "cancel":
            status = SessionStatus.CANCELLED if op[2] else SessionStatus.SCHEDULED
            sessions[op[1]] = replace(sessions[op[1]], status=status)
            only_marks = False
        else:
            budget = op[1]
            only_marks = False
        balance = hours_balance(budget, sessions, marks)
        assert balance.remaining_min is not None and balance.remaining_min >= 0
        assert balance.used_min <= round(budget * 60)
        if only_marks:
            assert balance.uncovered_min == 0


@settings(max_examples=200)
@given(sessions_st(max_size=8), st.data(), st.integers(0, 100), POLICIES, st.booleans())
def test_completion_records_kept_step_by_step_equal_a_recompute_from_scratch(
    sessions, data, minimum, policy, need_outcomes
):
    """Apply marks one by one (with corrections), reconciling after each; the records kept
    equal the ones computed from the final state."""
    people = ["a", "b", "c"]
    rule = CompletionRule(minimum, policy, need_outcomes,
                          tuple(s.id for s in sessions[:1]))
    ticks = [TickFact(s.id, p, "o1") for s in sessions[::2] for p in people]
    marks: dict[str, dict[str, MarkFact]] = {p: {} for p in people}
    stored: dict[str, date] = {}
    steps = data.draw(st.lists(st.tuples(st.sampled_from(people),
                                         st.integers(0, max(len(sessions) - 1, 0)),
                                         st.none() | STATUSES), max_size=30))
    # The ticks came first: everyone was reconciled once after them.
    first = [(p, None, None) for p in people]
    for person, index, status in first + steps:
        if index is not None and sessions:
            sid = sessions[index].id
            if status is None:
                marks[person].pop(sid, None)
            else:
                marks[person][sid] = MarkFact(sid, person, status)
        check = check_completion(rule, sessions, marks[person], ticks, ["o1"], person,
                                 START - timedelta(days=1))
        for change in reconcile(stored, {person: check.completed_on}):
            if change.action == "delete":
                del stored[change.participant_id]
            else:
                stored[change.participant_id] = change.completed_on
    fresh: dict[str, date | None] = {}
    for person in people:
        check = check_completion(rule, sessions, marks[person], ticks, ["o1"], person,
                                 START - timedelta(days=1))
        if check.met:
            fresh[person] = check.completed_on
    assert stored == fresh
