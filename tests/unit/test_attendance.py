"""Marking: one transaction per call with history and outbox rows; nothing half-written."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from fieldsessions.core.errors import NotFoundError, RuleError, ValidationError
from fieldsessions.db import bulk
from fieldsessions.db.models import Attendance, AttendanceHistory, Device, Outbox, Session
from fieldsessions.services import attendance, participants
from tests.unit.helpers import future_session, past_session, people, programme


@pytest.fixture
def roll(db: object) -> tuple[str, list[str]]:
    p = programme()
    outbox_before = Outbox.select().count()
    assert outbox_before > 0  # creating the programme queued it
    return past_session(p.id), people(5, p.id)


def test_marking_writes_attendance_history_and_queues_the_mark_then_its_history_entry(
    roll: tuple[str, list[str]]
) -> None:
    session, ids = roll
    before = Outbox.select().count()
    changes = attendance.mark(session, ids[0], "present", by="Grace")
    assert [(c.previous, c.status) for c in changes] == [(None, "present")]
    row = Attendance.get(Attendance.session == session, Attendance.participant == ids[0])
    assert (row.status, row.marked_by, row.device_id) == ("present", "Grace", Device.get().id)
    history = list(AttendanceHistory.select())
    assert [(h.previous_status, h.new_status, h.changed_by) for h in history] == [
        (None, "present", "Grace")]
    queued = list(Outbox.select().order_by(Outbox.seq))[before:]
    assert len(queued) == 2
    assert (queued[0].entity, queued[0].op, queued[0].entity_id) == ("attendance", "upsert",
                                                                     row.id)
    assert json.loads(queued[0].fields)["status"] == "present"
    assert (queued[1].entity, queued[1].entity_id, queued[1].hlc) == (
        "attendance_history", history[0].uid, history[0].hlc)
    assert history[0].hlc == queued[0].hlc + 1
    assert json.loads(queued[1].fields) == {
        "session_id": session, "participant_id": ids[0], "new_status": "present",
        "changed_at": json.loads(queued[0].fields)["marked_at"], "changed_by": "Grace",
        "device_id": Device.get().id}


def test_remarking_with_the_same_status_writes_nothing(roll: tuple[str, list[str]]) -> None:
    session, ids = roll
    attendance.mark(session, ids[0], "late")
    counts = (AttendanceHistory.select().count(), Outbox.select().count())
    assert attendance.mark(session, ids[0], "late") == []
    assert (AttendanceHistory.select().count(), Outbox.select().count()) == counts


def test_changing_a_mark_records_the_previous_status(roll: tuple[str, list[str]]) -> None:
    session, ids = roll
    attendance.mark(session, ids[0], "absent")
    attendance.mark(session, ids[0], "excused", reason="clinic visit")
    last = AttendanceHistory.select().order_by(AttendanceHistory.id.desc()).get()
    assert (last.previous_status, last.new_status, last.reason) == (
        "absent", "excused", "clinic visit")


def test_failure_after_the_attendance_row_leaves_nothing_behind(
    roll: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, ids = roll
    counts = (Attendance.select().count(), AttendanceHistory.select().count(),
              Outbox.select().count(), Device.get().next_seq)

    def fail(rows: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(bulk, "insert_attendance_history", fail)
    with pytest.raises(OSError):
        attendance.mark_many(session, {pid: ("present", None) for pid in ids})
    assert (Attendance.select().count(), AttendanceHistory.select().count(),
            Outbox.select().count(), Device.get().next_seq) == counts


def test_failure_while_queueing_leaves_no_attendance_or_history(
    roll: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, ids = roll
    from fieldsessions.db import outbox

    def fail(changes: object) -> list[int]:
        raise OSError("disk full")

    monkeypatch.setattr(outbox, "append_many", fail)
    with pytest.raises(OSError):
        attendance.mark(session, ids[0], "present")
    assert Attendance.select().count() == 0
    assert AttendanceHistory.select().count() == 0


def test_mark_all_present_then_the_rest_absent_touch_only_pending_people(
    roll: tuple[str, list[str]]
) -> None:
    session, ids = roll
    attendance.mark(session, ids[0], "absent")
    changed = attendance.mark_all_present(session)
    assert len(changed) == 4
    assert attendance.mark_rest_absent(session) == []
    statuses = {e.participant_id: e.status for e in attendance.roster(session)}
    assert statuses[ids[0]] == "absent"
    assert all(statuses[pid] == "present" for pid in ids[1:])


def test_bulk_marking_queues_the_marks_then_their_history_entries_with_consecutive_seqs(
    roll: tuple[str, list[str]]
) -> None:
    session, _ids = roll
    before = Device.get().next_seq
    attendance.mark_rest_absent(session)
    rows = list(Outbox.select().where(Outbox.seq >= before).order_by(Outbox.seq))
    assert [r.seq for r in rows] == list(range(before, before + 10))
    assert [r.entity for r in rows] == ["attendance"] * 5 + ["attendance_history"] * 5
    assert [r.hlc for r in rows] == list(range(rows[0].hlc, rows[0].hlc + 10))
    assert Device.get().next_seq == before + 10


def test_undo_puts_back_the_previous_marks(roll: tuple[str, list[str]]) -> None:
    session, ids = roll
    attendance.mark(session, ids[0], "late")
    changes = attendance.mark(session, ids[0], "absent")
    attendance.undo(changes)
    assert Attendance.get(Attendance.participant == ids[0]).status == "late"
    first = attendance.mark(session, ids[1], "present")
    attendance.undo(first)
    assert Attendance.get_or_none(Attendance.participant == ids[1]) is None  # pending again
    assert Outbox.select().where((Outbox.op == "delete") & (Outbox.entity == "attendance")
                                 ).count() == 1


def test_marking_a_session_more_than_an_hour_ahead_is_refused(db: object) -> None:
    p = programme(weeks_ago=1, count=6)
    ids = people(1, p.id)
    with pytest.raises(RuleError, match="one hour before"):
        attendance.mark(future_session(p.id), ids[0], "present")
    assert Attendance.select().count() == 0


def test_unknown_status_session_or_person_is_a_clear_error(roll: tuple[str, list[str]]) -> None:
    session, ids = roll
    with pytest.raises(ValidationError, match="present, late, excused or absent"):
        attendance.mark(session, ids[0], "here")
    with pytest.raises(NotFoundError, match="session"):
        attendance.mark("nope", ids[0], "present")
    with pytest.raises(NotFoundError, match="participant"):
        attendance.mark(session, "nobody", "present")


def test_roster_lists_booked_people_and_anyone_marked_sorted_by_name(
    roll: tuple[str, list[str]]
) -> None:
    session, _ids = roll
    stranger = people(1, None, prefix="Aaron")[0]  # not enrolled
    attendance.mark(session, stranger, "present")
    names = [e.name for e in attendance.roster(session)]
    assert names == sorted(names, key=str.casefold)
    assert "Aaron 000" in names and len(names) == 6


@pytest.mark.parametrize("status", ["absent", "excused"])
def test_minutes_attended_are_refused_with_a_status_that_attended_nothing(
    roll: tuple[str, list[str]], status: str
) -> None:
    session, ids = roll
    with pytest.raises(ValidationError, match="Minutes attended go with present or late"):
        attendance.mark(session, ids[0], status, minutes=30)
    assert not Attendance.select().where(Attendance.participant == ids[0]).exists()
    attendance.mark(session, ids[0], "late", minutes=30)  # what minutes are for


def test_someone_waitlisted_cancelled_or_never_enrolled_is_not_on_the_roll_to_mark(
    roll: tuple[str, list[str]]
) -> None:
    session, ids = roll
    full = programme("Full circle", capacity=1)
    first, waiting = people(2, full.id, prefix="Queue")
    full_session = past_session(full.id)
    with pytest.raises(ValidationError, match=r"Queue 001 is on the waiting list of Full "
                       r"circle, not booked.*they get a place when one frees up; or add them "
                       "as a walk-in"):
        attendance.check_on_roll(full_session, [waiting])
    stranger = people(1, None, prefix="Stranger")[0]
    with pytest.raises(ValidationError, match=r"Stranger 000 is not enrolled in Parenting "
                       r"circle.*enrol them, or add them as a walk-in"):
        attendance.check_on_roll(session, [stranger])
    participants.cancel_enrolment(Session.get_by_id(session).programme_id, ids[1])
    with pytest.raises(ValidationError, match="has a cancelled booking"):
        attendance.check_on_roll(session, [ids[1]])
    attendance.check_on_roll(full_session, [first])  # booked: on the roll
    attendance.mark(session, ids[2], "present")
    participants.cancel_enrolment(Session.get_by_id(session).programme_id, ids[2])
    attendance.check_on_roll(session, [ids[2]])  # already marked: a correction is allowed


def test_changes_of_one_mark_given_the_same_time_each_keep_their_history_entry(
    roll: tuple[str, list[str]]
) -> None:
    session, ids = roll
    moment = datetime.now(UTC).replace(microsecond=0)
    for status in ("present", "late", "present"):
        attendance.mark(session, ids[0], status, now=moment)
    shown = attendance.mark_history(session, ids[0])
    assert [(e.previous, e.status) for e in shown] == [
        (None, "present"), ("present", "late"), ("late", "present")]
    assert [e.changed_at for e in shown] == [moment + timedelta(microseconds=n)
                                             for n in range(3)]
    queued = Outbox.select().where(Outbox.entity == "attendance_history")
    assert len({q.entity_id for q in queued}) == 3
