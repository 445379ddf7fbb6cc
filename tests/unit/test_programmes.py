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
