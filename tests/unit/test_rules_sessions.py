"""Session lifecycle services: cancel, didn't happen, reinstate, delete, overlaps, state."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta

import pytest

from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.lifecycle import SessionState
from fieldsessions.db.models import Enrolment, Outbox, Session, SessionReport
from fieldsessions.services import attendance, compliance, sessions
from tests.unit.helpers import people, programme


def ids_of(programme_id: str) -> list[str]:
    return [s.id for s in Session.select().where(Session.programme == programme_id)
            .order_by(Session.starts_at)]


@pytest.fixture
def course(db: object) -> tuple[str, list[str], list[str]]:
    """Six weekly 60-minute sessions, three in the past; two participants."""
    p = programme("Course", weeks_ago=3, count=6, facilitator="Grace")
    return p.id, ids_of(p.id), people(2, p.id)


def last_outbox() -> dict[str, object]:
    row = Outbox.select().order_by(Outbox.seq.desc()).get()
    return {"entity": row.entity, "op": row.op, **json.loads(row.fields)}


def test_cancel_needs_a_reason(course):
    _p, ids, _who = course
    with pytest.raises(ValidationError, match="Give a reason why the session was cancelled"):
        sessions.cancel_session(ids[4], "  ")


def test_cancel_records_the_reason_and_queues_the_change(course):
    _p, ids, _who = course
    info = sessions.cancel_session(ids[4], "Public holiday")
    assert (info.status, info.cancel_reason) == ("cancelled", "Public holiday")
    queued = last_outbox()
    assert (queued["entity"], queued["status"], queued["cancel_reason"]) == (
        "session", "cancelled", "Public holiday")


def test_cancelled_session_is_ignored_by_compliance(course):
    p, ids, (ann, _ben) = course
    attendance.mark(ids[0], ann, "present")
    attendance.mark(ids[1], ann, "absent")
    before = compliance.participant(p, ann)
    sessions.cancel_session(ids[1], "Storm")
    after = compliance.participant(p, ann)
    assert (before.rate, after.rate) == (50.0, 100.0)


def test_didnt_happen_needs_a_reason_and_writes_a_not_held_report(course):
    _p, ids, _who = course
    with pytest.raises(ValidationError):
        sessions.mark_didnt_happen(ids[0], "")
    info = sessions.mark_didnt_happen(ids[0], "Facilitator ill")
    assert info.didnt_happen_reason == "Facilitator ill"
    report = SessionReport.get(SessionReport.session == ids[0])
    assert (report.held, report.didnt_happen_reason) == (False, "Facilitator ill")


def test_a_future_session_cannot_be_recorded_as_not_having_happened(course):
    _p, ids, _who = course
    with pytest.raises(RuleError, match="cancel it instead"):
        sessions.mark_didnt_happen(ids[5], "Nobody came")


def test_reinstating_makes_a_session_count_again(course):
    p, ids, (ann, _ben) = course
    attendance.mark(ids[0], ann, "absent")
    attendance.mark(ids[1], ann, "present")
    sessions.mark_didnt_happen(ids[0], "Wrong date")
    assert compliance.participant(p, ann).rate == 100.0
    info = sessions.reinstate_session(ids[0])
    assert info.didnt_happen_reason is None
    assert SessionReport.get(SessionReport.session == ids[0]).held is True
    assert compliance.participant(p, ann).rate == 50.0


def test_deleting_a_session_with_attendance_is_refused(course):
    _p, ids, (ann, _ben) = course
    attendance.mark(ids[0], ann, "present")
    with pytest.raises(RuleError, match="has 1 attendance mark, so it cannot be deleted"):
        sessions.delete_session(ids[0])
    assert Session.get_or_none(Session.id == ids[0]) is not None


def test_deleting_a_session_with_nothing_recorded_queues_a_tombstone(course):
    _p, ids, _who = course
    sessions.delete_session(ids[5])
    assert Session.get_or_none(Session.id == ids[5]) is None
    assert last_outbox() == {"entity": "session", "op": "delete"}


def test_facilitator_booked_on_overlapping_sessions_gets_a_warning(course):
    _p, ids, _who = course
    other = programme("Evening club", weeks_ago=0, count=1)
    target = Session.get_by_id(ids[4])
    with pytest.raises(sessions.OverlapError, match="Grace is already booked on Course") as err:
        sessions.add_session(other.id, target.local_date, time(0, 35), facilitator="grace")
    assert [c.session_id for c in err.value.clashes] == [ids[4]]


def test_saving_anyway_with_the_override_double_books(course):
    _p, ids, _who = course
    other = programme("Evening club", weeks_ago=0, count=1)
    target = Session.get_by_id(ids[4])
    info = sessions.add_session(other.id, target.local_date, time(0, 35), facilitator="Grace",
                                override_overlap=True)
    assert info.facilitator == "Grace"


def test_back_to_back_and_other_facilitators_do_not_warn(course):
    _p, ids, _who = course
    day = Session.get_by_id(ids[4]).local_date
    # (one session a day per programme: the two extra sessions go to two programmes)
    for name, at, who in (("Evening club", time(1, 5), "Grace"), ("Night club", time(0, 5),
                                                                  "Brian")):
        other = programme(name, weeks_ago=0, count=1)
        sessions.add_session(other.id, day, at, facilitator=who)


def test_moving_a_session_onto_another_of_the_same_facilitator_warns(course):
    _p, ids, _who = course
    day = Session.get_by_id(ids[4]).local_date
    evening = ids_of(programme("Evening club", weeks_ago=0, count=1, facilitator="Grace").id)[0]
    with pytest.raises(sessions.OverlapError):
        sessions.update_session(evening, local_date=day)
    moved = sessions.update_session(evening, local_date=day, start="02:00")
    assert moved.local_start == "02:00"


def test_changing_duration_is_checked_and_saved(course):
    _p, ids, _who = course
    with pytest.raises(ValidationError):
        sessions.update_session(ids[5], duration_min=0)
    assert sessions.update_session(ids[5], duration_min=90).duration_min == 90


def test_session_state_follows_the_clock_and_roll_missing_is_listed(course):
    p, ids, (ann, ben) = course
    attendance.mark(ids[0], ann, "present")
    attendance.mark(ids[0], ben, "absent")
    sessions.cancel_session(ids[1], "Rain")
    now = Session.get_by_id(ids[3]).starts_at + timedelta(minutes=10)
    states = {c.session_id: c for c in sessions.session_states(p, now=now)}
    assert states[ids[0]].state is SessionState.COMPLETED
    assert states[ids[1]].state is SessionState.CANCELLED
    assert states[ids[2]].roll_missing
    assert states[ids[3]].state is SessionState.IN_PROGRESS
    assert states[ids[4]].state is SessionState.SCHEDULED
    assert [s.id for s in sessions.roll_missing(p, now=now)] == [ids[2]]
    assert sessions.session_state(ids[2], now=now).roll_missing


def test_a_partly_taken_roll_stays_missing_and_decides_nothing_for_the_unmarked(course):
    p, ids, (ann, ben) = course
    first = Session.get_by_id(ids[0])
    Enrolment.update(requested_at=first.starts_at - timedelta(days=1)).execute()
    attendance.mark(ids[0], ann, "present")
    now = Session.get_by_id(ids[3]).starts_at + timedelta(minutes=10)
    info = next(s for s in sessions.roll_missing(p, now=now) if s.id == ids[0])
    assert (info.roll.value, info.marked, info.roster_size) == ("incomplete", 1, 2)
    assert sessions.session_state(ids[0], now=now).roll_missing
    figures = compliance.compliance(p, now=now)
    assert (figures.sessions_with_roll, figures.sessions_roll_missing) == (0, 3)
    # Ben has no mark in a roll still being taken: not an absence yet.
    row = next(r for r in figures.participants if r.participant_id == ben)
    assert (row.missed, row.remaining) == (0, 6)
    attendance.mark(ids[0], ben, "absent")
    assert ids[0] not in [s.id for s in sessions.roll_missing(p, now=now)]
    figures = compliance.compliance(p, now=now)
    assert (figures.sessions_with_roll, figures.sessions_roll_missing) == (1, 2)
    row = next(r for r in figures.participants if r.participant_id == ann)
    assert (row.attended, row.missed, row.remaining) == (1, 0, 5)


def test_a_session_reported_as_not_held_leaves_the_roll_missing_list(course):
    p, ids, _who = course
    now = datetime.now(UTC)
    missing_before = [s.id for s in sessions.roll_missing(p, now=now)]
    assert ids[0] in missing_before
    sessions.mark_didnt_happen(ids[0], "Nobody came")
    assert ids[0] not in [s.id for s in sessions.roll_missing(p, now=now)]


def test_a_roll_taken_stays_taken_when_someone_enrols_or_moves_up_later(course):
    from fieldsessions.services import participants

    p, ids, (ann, _ben) = course
    attendance.mark_all_present(ids[0])
    now = Session.get_by_id(ids[3]).starts_at + timedelta(minutes=10)
    assert ids[0] not in [s.id for s in sessions.roll_missing(p, now=now)]
    late = people(1, prefix="Late")[0]
    participants.enrol(p, late)  # after the roll was taken: not expected on it
    info = next(s for s in sessions.roll_missing(p, now=now + timedelta(days=400))
                if s.id == ids[1])  # another past session, nobody marked: still missing
    assert info.roll.value == "not_taken"
    assert ids[0] not in [s.id for s in sessions.roll_missing(p, now=now)]
    # A roll begun after the enrolment expects everyone booked by then.
    attendance.mark(ids[1], ann, "present")
    info = next(s for s in sessions.roll_missing(p, now=now) if s.id == ids[1])
    assert (info.marked, info.roster_size) == (1, 3)
