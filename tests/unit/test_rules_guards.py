"""Rules enforced while marking (services.guards): marking window, hours budgets, completion."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.db.models import (
    Attendance,
    AttendanceHistory,
    Completion,
    Enrolment,
    Outbox,
    Session,
)
from fieldsessions.services import attendance, completion, hours, sessions
from tests.unit.helpers import people, programme


def session_ids(programme_id: str) -> list[str]:
    return [s.id for s in Session.select().where(Session.programme == programme_id)
            .order_by(Session.starts_at)]


def backdate_enrolments(programme_id: str, days: int = 60) -> None:
    Enrolment.update(requested_at=datetime.now(UTC) - timedelta(days=days)).where(
        Enrolment.programme == programme_id).execute()


@pytest.fixture
def budgeted(db: object) -> tuple[str, list[str], list[str]]:
    """A 60-minute weekly programme, 2 h budget each, six sessions of which three are past."""
    p = programme("Tutoring", weeks_ago=3, count=6, hours_budget=2.0)
    return p.id, session_ids(p.id), people(2, p.id)


def test_present_that_exactly_uses_up_the_budget_is_accepted(budgeted):
    _pid, (s0, s1, *_), (ann, _ben) = budgeted
    attendance.mark(s0, ann, "present")
    attendance.mark(s1, ann, "late")
    assert hours.participant_hours("Tutoring", ann).balance.remaining_min == 0


def test_present_beyond_the_budget_is_refused_and_nothing_is_written(budgeted):
    _pid, (s0, s1, s2, *_), (ann, _ben) = budgeted
    attendance.mark_many(s0, {ann: ("present", None)})
    attendance.mark_many(s1, {ann: ("present", None)})
    outbox_before = Outbox.select().count()
    with pytest.raises(RuleError, match="Person 000 has used all of their 2 h budget"):
        attendance.mark(s2, ann, "present")
    assert Attendance.select().where(Attendance.session == s2).count() == 0
    assert Outbox.select().count() == outbox_before


def test_absent_and_excused_use_no_hours_when_the_budget_is_used_up(budgeted):
    _pid, (s0, s1, s2, *_), (ann, _ben) = budgeted
    attendance.mark(s0, ann, "present")
    attendance.mark(s1, ann, "present")
    attendance.mark(s2, ann, "absent")
    attendance.mark(s2, ann, "excused")
    assert hours.participant_hours("Tutoring", ann).balance.used_min == 120


def test_partial_duration_that_fits_is_accepted_when_the_whole_session_does_not(budgeted):
    _pid, (s0, s1, s2, *_), (ann, _ben) = budgeted
    hours.set_budget("Tutoring", ann, 2.5)
    attendance.mark(s0, ann, "present")
    attendance.mark(s1, ann, "present")
    with pytest.raises(RuleError, match=r"only 30 min left .* \(at most 30\)"):
        attendance.mark(s2, ann, "present")
    attendance.mark(s2, ann, "present", minutes=30)
    assert hours.participant_hours("Tutoring", ann).balance.remaining_min == 0


def test_one_participant_over_budget_refuses_the_whole_roll_call(budgeted):
    _pid, (s0, s1, s2, *_), (ann, ben) = budgeted
    attendance.mark(s0, ann, "present")
    attendance.mark(s1, ann, "present")
    with pytest.raises(RuleError):
        attendance.mark_many(s2, {ann: ("present", None), ben: ("present", None)})
    assert Attendance.select().where(Attendance.session == s2).count() == 0


def test_enrolment_budget_overrides_the_programme_default(budgeted):
    _pid, (s0, s1, *_), (ann, ben) = budgeted
    row = hours.set_budget("Tutoring", ann, 1.0)
    assert (row.budget_hours, row.own_budget) == (1.0, True)
    attendance.mark(s0, ann, "present")
    with pytest.raises(RuleError):
        attendance.mark(s1, ann, "present")
    attendance.mark(s1, ben, "present")  # Ben keeps the programme's 2 h


def test_budget_below_the_hours_already_used_is_refused(budgeted):
    _pid, (s0, s1, *_), (ann, _ben) = budgeted
    attendance.mark(s0, ann, "present")
    attendance.mark(s1, ann, "present")
    with pytest.raises(ValidationError, match="already used 2 h"):
        hours.set_budget("Tutoring", ann, 1.5)
    assert hours.set_budget("Tutoring", ann, 2.0).balance.remaining_min == 0


def test_cancelling_a_session_gives_its_hours_back(budgeted):
    _pid, (s0, s1, s2, *_), (ann, _ben) = budgeted
    attendance.mark(s0, ann, "present")
    attendance.mark(s1, ann, "present")
    sessions.cancel_session(s1, "Hall flooded")
    assert hours.participant_hours("Tutoring", ann).balance.remaining_min == 60
    attendance.mark(s2, ann, "present")


def test_marking_a_cancelled_session_is_refused_but_clearing_a_mark_is_allowed(budgeted):
    _pid, (s0, *_), (ann, ben) = budgeted
    attendance.mark(s0, ann, "present")
    sessions.cancel_session(s0, "Rain")
    with pytest.raises(RuleError, match="cancelled"):
        attendance.mark(s0, ben, "present")
    attendance.mark(s0, ann, None)
    assert Attendance.select().where(Attendance.session == s0).count() == 0


def test_marking_a_session_that_did_not_happen_is_refused(budgeted):
    _pid, (s0, *_), (ann, _ben) = budgeted
    sessions.mark_didnt_happen(s0, "Facilitator ill")
    with pytest.raises(RuleError, match="not having happened"):
        attendance.mark(s0, ann, "present")


def test_partial_minutes_longer_than_the_session_are_refused_even_without_a_budget(db):
    p = programme("Open club", weeks_ago=1, count=2)
    (ann,) = people(1, p.id)
    with pytest.raises(ValidationError, match="between 0 and the session's 60 minutes"):
        attendance.mark(session_ids(p.id)[0], ann, "present", minutes=61)


def test_marking_more_than_an_hour_before_start_is_refused(budgeted):
    _pid, ids, (ann, _ben) = budgeted
    with pytest.raises(RuleError, match="more than an hour"):
        attendance.mark(ids[-1], ann, "present")


def test_completion_record_is_created_on_the_mark_that_meets_the_rule(db):
    p = programme("Short course", weeks_ago=3, count=3, required_attendance=100)
    s0, s1, s2 = session_ids(p.id)
    (ann,) = people(1, p.id)
    backdate_enrolments(p.id)
    attendance.mark(s0, ann, "present")
    attendance.mark(s1, ann, "late")
    assert Completion.select().count() == 0
    attendance.mark(s2, ann, "present")
    record = Completion.get()
    assert record.completed_on == Session.get_by_id(s2).local_date


def test_completion_record_is_removed_when_a_correction_breaks_the_rule(db):
    p = programme("Short course", weeks_ago=3, count=2, required_attendance=100)
    s0, s1 = session_ids(p.id)
    (ann,) = people(1, p.id)
    backdate_enrolments(p.id)
    attendance.mark_many(s0, {ann: ("present", None)})
    attendance.mark_many(s1, {ann: ("present", None)})
    assert Completion.select().count() == 1
    attendance.mark(s0, ann, "absent", reason="marked the wrong person")
    assert Completion.select().count() == 0


MARK_STEPS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 2),
              st.sampled_from([None, "present", "late", "excused", "absent"])),
    min_size=1, max_size=15,
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=MARK_STEPS, minimum=st.sampled_from([0, 50, 67, 100]))
def test_completion_records_equal_a_recompute_from_the_attendance_history(db, steps, minimum):
    """Whatever order marks and corrections come in, the stored records equal both a fresh
    recompute and the rule applied to the marks replayed from the append-only history."""
    p = programme(f"Course {Session.select().count()}", weeks_ago=5, count=4,
                  required_attendance=minimum)
    ids = session_ids(p.id)
    who = people(3, p.id, prefix=f"P{p.id[:6]}")
    backdate_enrolments(p.id)
    for session_index, person_index, status in steps:
        attendance.mark(ids[session_index], who[person_index], status)
    stored = dict(Completion.select(Completion.participant, Completion.completed_on)
                  .where(Completion.programme == p.id).tuples())
    assert completion.recompute(p.id) == []

    # Replay the history: the last change of each mark wins.
    replayed: dict[tuple[str, str], str | None] = {}
    for row in AttendanceHistory.select().where(AttendanceHistory.session_id.in_(ids)).order_by(
        AttendanceHistory.id
    ):
        replayed[(row.session_id, row.participant_id)] = row.new_status
    current = {(a.session_id, a.participant_id): a.status
               for a in Attendance.select().where(Attendance.session.in_(ids))}
    assert {k: v for k, v in replayed.items() if v is not None} == current
    expected = {}
    for person in who:
        attended = sum(1 for sid in ids if replayed.get((sid, person)) in ("present", "late"))
        counted = sum(1 for sid in ids if replayed.get((sid, person)) != "excused")
        marked = any(replayed.get((sid, person)) is not None for sid in ids)
        reached = attended * 100 >= minimum * counted if counted else minimum == 0
        if marked and reached:
            assert person in stored
            expected[person] = stored[person]
    assert set(stored) == set(expected)


HOURS_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("mark"), st.integers(0, 3), st.integers(0, 1),
                  st.sampled_from([None, "present", "late", "excused", "absent"]),
                  st.none() | st.sampled_from([15, 30, 60])),
        st.tuples(st.just("duration"), st.integers(0, 3), st.sampled_from([30, 60, 120])),
        st.tuples(st.just("cancel"), st.integers(0, 3)),
        st.tuples(st.just("reinstate"), st.integers(0, 3)),
    ),
    min_size=1, max_size=20,
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=HOURS_STEPS, budget=st.sampled_from([0.5, 1.0, 2.0, 3.0]))
def test_hours_balance_never_negative_through_marking_and_session_changes(db, steps, budget):
    p = programme(f"Tutoring {Session.select().count()}", weeks_ago=5, count=4,
                  hours_budget=budget)
    ids = session_ids(p.id)
    who = people(2, p.id, prefix=f"H{p.id[:6]}")
    for step in steps:
        if step[0] == "mark":
            _, index, person, status, minutes = step
            # Refusals are expected: over budget, a cancelled session, minutes > duration.
            with contextlib.suppress(RuleError, ValidationError):
                attendance.mark(ids[index], who[person], status, minutes=minutes)
        elif step[0] == "duration":
            sessions.update_session(ids[step[1]], duration_min=step[2])
        elif step[0] == "cancel":
            sessions.cancel_session(ids[step[1]], "Rain")
        else:
            sessions.reinstate_session(ids[step[1]])
        for person in who:
            balance = hours.participant_hours(p.id, person).balance
            assert balance.remaining_min is not None and balance.remaining_min >= 0
            assert balance.used_min <= round(budget * 60)
