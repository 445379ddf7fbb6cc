"""Programmes: sessions generated on create; an edit regenerates only the untouched future."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from fieldsessions.core.enums import Frequency
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db.models import Attendance, Outbox, Session
from fieldsessions.services import attendance, programmes
from tests.unit.helpers import people, programme


def test_creating_a_programme_schedules_and_queues_its_sessions(db: object) -> None:
    spec = ProgrammeSpec(name="Coaching", frequency=Frequency.WEEKLY,
                         start_date=date(2027, 1, 4), weekdays=(1, 3), count=10,
                         start_time=time(14, 0), duration_min=45, timezone="Africa/Nairobi",
                         outcomes=("Goal set", "Plan written"))
    info = programmes.create_programme(spec)
    assert info.session_count == 10
    first = programmes.list_sessions(info.id)[0]
    assert (first.local_date, first.local_start, first.local_end) == (
        date(2027, 1, 5), "14:00", "14:45")
    kinds = [o.entity for o in Outbox.select()]
    assert kinds.count("session") == 10 and kinds.count("outcome") == 2
    assert kinds.count("programme") == 1


def test_invalid_programme_is_refused_and_nothing_saved(db: object) -> None:
    spec = ProgrammeSpec(name=" ", frequency=Frequency.ONCE, start_date=date(2027, 1, 4))
    with pytest.raises(ValidationError, match="needs a name"):
        programmes.create_programme(spec)
    assert Session.select().count() == 0 and Outbox.select().count() == 0


def test_editing_the_rule_regenerates_only_future_sessions_without_records(db: object) -> None:
    p = programme(weeks_ago=3, count=8)  # 4 past (incl. today's), 4 future
    pid = people(1, p.id)[0]
    before = programmes.list_sessions(p.id)
    past = [s for s in before if s.starts_at < datetime.now(UTC)]
    attendance.mark(past[0].id, pid, "present")
    spec = programmes.spec_of(p.id)
    new_day = (spec.start_date.weekday() + 1) % 7
    changed = ProgrammeSpec(**{**spec.__dict__, "weekdays": (new_day,), "count": 8})
    result = programmes.update_programme(p.id, changed)
    after = programmes.list_sessions(p.id)
    kept_ids = {s.id for s in after}
    assert all(s.id in kept_ids for s in past)  # past sessions untouched
    assert Attendance.select().count() == 1
    future = [s for s in after if s.starts_at > datetime.now(UTC)]
    assert future and all(s.local_date.weekday() == new_day for s in future)
    assert result.removed == len(before) - len(past)
    deletes = Outbox.select().where((Outbox.entity == "session") & (Outbox.op == "delete"))
    assert deletes.count() == result.removed


def test_a_future_session_with_a_record_is_kept_on_regeneration(db: object) -> None:
    p = programme(weeks_ago=0, count=3)
    pid = people(1, p.id)[0]
    sessions = programmes.list_sessions(p.id)
    soon = sessions[0]  # today 00:05 UTC, already started: markable
    attendance.mark(soon.id, pid, "late")
    # Pretend "now" is before that session: it is then future but recorded, so it stays.
    spec = programmes.spec_of(p.id)
    programmes.update_programme(p.id, ProgrammeSpec(**{**spec.__dict__, "count": 2}),
                                now=soon.starts_at - timedelta(days=1))
    assert soon.id in {s.id for s in programmes.list_sessions(p.id)}


def test_session_filters(db: object) -> None:
    p = programme(weeks_ago=2, count=5)
    pid = people(1, p.id)[0]
    past = programmes.list_sessions(p.id, kind="past")
    attendance.mark(past[0].id, pid, "present")
    missing = programmes.list_sessions(p.id, kind="roll_missing")
    assert past[0].id not in {s.id for s in missing}
    assert {s.id for s in missing} <= {s.id for s in past}
    assert all(s.starts_at > datetime.now(UTC)
               for s in programmes.list_sessions(p.id, kind="upcoming"))


def test_programme_found_by_name_or_id(db: object) -> None:
    p = programme(name="Savings Group")
    assert programmes.programme_info("savings group").id == p.id
    assert programmes.programme_info(p.id).name == "Savings Group"


def _edit_location(programme_id: str, where: str) -> None:
    spec = programmes.spec_of(programme_id)
    programmes.update_programme(programme_id, ProgrammeSpec(**{**spec.__dict__,
                                                               "location": where}))


def test_a_moved_or_deleted_session_does_not_come_back_on_the_next_edit(db: object) -> None:
    from fieldsessions.services import sessions

    p = programme(weeks_ago=0, count=6)
    future = programmes.list_sessions(p.id, kind="upcoming")
    moved, deleted = future[0], future[1]
    sessions.update_session(moved.id, local_date=moved.local_date + timedelta(days=1))
    sessions.delete_session(deleted.id)
    _edit_location(p.id, "New hall")
    dates = [s.local_date for s in programmes.list_sessions(p.id)]
    assert moved.local_date not in dates and deleted.local_date not in dates
    assert moved.local_date + timedelta(days=1) in dates
    assert len(dates) == 6  # ended by count: still 6 sessions in all
    assert {moved.local_date, deleted.local_date} <= set(programmes.spec_of(p.id).excluded_dates)


def test_a_future_session_with_its_own_outcome_or_a_report_survives_an_edit(db: object) -> None:
    from fieldsessions.core.errors import RuleError
    from fieldsessions.db.models import Outcome
    from fieldsessions.services import outcomes, session_reports, sessions

    p = programme(weeks_ago=0, count=4)
    future = programmes.list_sessions(p.id, kind="upcoming")
    outcomes.add_session_outcome(future[0].id, "Bring ID card")
    _edit_location(p.id, "New hall")
    kept = {s.id for s in programmes.list_sessions(p.id)}
    assert future[0].id in kept
    assert Outcome.select().where(Outcome.title == "Bring ID card").count() == 1
    past = programmes.list_sessions(p.id, kind="past")[0]
    session_reports.save_session_report(past.id, held=True, notes="Good turnout")
    with pytest.raises(RuleError, match="report"):
        sessions.delete_session(past.id)


def _twice_weekly(db: object, weeks: int = 95) -> tuple[str, ProgrammeSpec]:
    """Tue and Thu for `weeks` weeks from next week: 190 sessions, all in the future."""
    start = date.today() + timedelta(days=7 - date.today().weekday())  # next Monday
    spec = ProgrammeSpec(name="Family Development Sessions", frequency=Frequency.WEEKLY,
                         start_date=start, weekdays=(1, 3), until=start + timedelta(weeks=weeks),
                         start_time=time(9, 0), duration_min=120)
    return programmes.create_programme(spec).id, spec


def _queued_after(seq: int) -> list[tuple[str, str]]:
    return [(o.entity, o.op) for o in Outbox.select().where(Outbox.seq > seq)
            .order_by(Outbox.seq)]


def _ids_by_date(programme_id: str) -> dict[date, str]:
    return {s.local_date: s.id for s in programmes.list_sessions(programme_id)}


def test_excluding_one_holiday_deletes_that_session_only_and_queues_one_change(
    db: object,
) -> None:
    pid, spec = _twice_weekly(db)
    before = _ids_by_date(pid)
    assert len(before) == 190
    holiday = sorted(before)[20]
    last = Outbox.select().order_by(Outbox.seq.desc()).get().seq
    change = programmes.schedule_change(pid, ProgrammeSpec(**{**spec.__dict__,
                                                              "excluded_dates": (holiday,)}))
    assert (change.removed, change.added, change.moved) == ((holiday,), (), 0)
    result = programmes.update_programme(pid, ProgrammeSpec(**{**spec.__dict__,
                                                               "excluded_dates": (holiday,)}))
    after = _ids_by_date(pid)
    assert after == {d: i for d, i in before.items() if d != holiday}  # every id kept
    assert _queued_after(last) == [("programme", "upsert"), ("session", "delete")]
    assert (result.created, result.removed, result.kept) == (0, 1, 189)


def test_moving_the_end_date_keeps_every_id_and_adds_or_removes_only_the_edge(
    db: object,
) -> None:
    pid, spec = _twice_weekly(db, weeks=10)
    before = _ids_by_date(pid)
    assert spec.until is not None
    shorter = ProgrammeSpec(**{**spec.__dict__, "until": spec.until - timedelta(weeks=2)})
    last = Outbox.select().order_by(Outbox.seq.desc()).get().seq
    programmes.update_programme(pid, shorter)
    after = _ids_by_date(pid)
    assert len(after) == 16 and all(before[d] == i for d, i in after.items())
    assert _queued_after(last) == [("programme", "upsert")] + [("session", "delete")] * 4
    longer = ProgrammeSpec(**{**spec.__dict__, "until": spec.until + timedelta(weeks=1)})
    last = Outbox.select().order_by(Outbox.seq.desc()).get().seq
    programmes.update_programme(pid, longer)
    again = _ids_by_date(pid)
    assert len(again) == 22 and all(again[d] == i for d, i in after.items())
    assert _queued_after(last) == [("programme", "upsert")] + [("session", "upsert")] * 6


def test_a_new_start_time_moves_the_sessions_but_keeps_their_ids(db: object) -> None:
    pid, spec = _twice_weekly(db, weeks=2)
    before = _ids_by_date(pid)
    change = programmes.schedule_change(pid, ProgrammeSpec(**{**spec.__dict__,
                                                              "start_time": time(14, 0)}))
    assert (change.moved, change.removed, change.added) == (4, (), ())
    programmes.update_programme(pid, ProgrammeSpec(**{**spec.__dict__, "start_time": time(14, 0)}))
    after = programmes.list_sessions(pid)
    assert {s.local_date: s.id for s in after} == before
    assert {s.local_start for s in after} == {"14:00"}


def test_a_recorded_session_off_the_new_schedule_is_kept_and_reported(db: object) -> None:
    p = programme(weeks_ago=0, count=3)
    pid = people(1, p.id)[0]
    soon = programmes.list_sessions(p.id)[0]
    attendance.mark(soon.id, pid, "present")
    spec = programmes.spec_of(p.id)
    earlier = soon.starts_at - timedelta(days=1)
    moved_day = ProgrammeSpec(**{**spec.__dict__, "excluded_dates": (soon.local_date,)})
    change = programmes.schedule_change(p.id, moved_day, now=earlier)
    assert change.recorded_off_schedule == (soon.local_date,)
    assert soon.local_date not in change.removed


def test_a_programme_with_nothing_recorded_is_deleted_with_tombstones(db: object) -> None:
    p = programme(count=3, outcomes=("Goal set",))
    people(2, p.id)
    removal = programmes.programme_removal(p.id)
    assert (removal.deletable, removal.sessions, removal.enrolments) == (True, 3, 2)
    last = Outbox.select().order_by(Outbox.seq.desc()).get().seq
    programmes.remove_programme(p.id)
    assert Session.select().count() == 0
    queued = [(o.entity, o.op) for o in Outbox.select().where(Outbox.seq > last)
              .order_by(Outbox.seq)]
    assert queued == ([("outcome", "delete")] + [("session", "delete")] * 3
                      + [("enrolment", "delete")] * 2 + [("programme", "delete")])
    assert programmes.list_programmes() == []


def test_a_programme_with_marks_is_archived_and_its_records_kept(db: object) -> None:
    p = programme(count=3)
    pid = people(1, p.id)[0]
    attendance.mark(programmes.list_sessions(p.id, kind="past")[0].id, pid, "present")
    removal = programmes.remove_programme(p.id)
    assert (removal.deletable, removal.records) == (False, 1)
    assert programmes.list_programmes() == []
    assert programmes.list_programmes(include_archived=True)[0].id == p.id
    assert programmes.list_sessions() == [] and len(programmes.list_sessions(p.id)) == 3
    assert Attendance.select().count() == 1
    last = Outbox.select().order_by(Outbox.seq.desc()).get()
    assert (last.entity, last.op) == ("programme", "upsert")


def test_a_participant_is_deleted_when_nothing_is_recorded_else_leaves_every_roll(
    db: object,
) -> None:
    from fieldsessions.db.models import Enrolment, Participant
    from fieldsessions.services import participants

    p = programme(count=3, capacity=1)
    first, waiting, marked = people(3, p.id)  # one booked, two waiting
    session = programmes.list_sessions(p.id, kind="past")[0].id
    removal = participants.remove_participant(waiting)
    assert removal.deletable and Participant.get_or_none(Participant.id == waiting) is None
    last = list(Outbox.select().order_by(Outbox.seq.desc()).limit(2))[::-1]
    assert [(o.entity, o.op, o.entity_id) for o in last] == [
        ("enrolment", "delete", last[0].entity_id), ("participant", "delete", waiting)]
    attendance.mark(session, first, "present")
    kept = participants.remove_participant(first)
    assert not kept.deletable and Participant.get_or_none(Participant.id == first)
    assert Enrolment.get(Enrolment.participant == first).status == "cancelled"
    assert Enrolment.get(Enrolment.participant == marked).status == "booked"  # moved up
    assert first not in [e.participant_id for e in attendance.roster(
        programmes.list_sessions(p.id)[-1].id)]


def test_a_demo_file_is_never_synced(db: object) -> None:
    from fieldsessions.services import demo
    from fieldsessions.sync.client import ServerClient
    from fieldsessions.sync.engine import SyncEngine

    demo.create_demo()
    client = ServerClient("http://127.0.0.1:9", "token")  # never called
    receipt = SyncEngine(client).run()
    assert receipt.error == "This is the demo data file; it is never synced."
    assert receipt.sent == 0 and receipt.pulled == 0
