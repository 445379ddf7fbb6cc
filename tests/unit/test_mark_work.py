"""One mark does work in proportion to the change, not to the programme: marking one person
reads and writes that person's rows (their marks, enrolment and completion record), never every
mark or completion record of the programme. Work is counted, not timed: the SQLite virtual
machine instructions run by the mark (a progress handler), in a programme of 60 people and in
one of 600, each with three past sessions fully marked and completion records derived."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from fieldsessions.db import bulk
from fieldsessions.db.models import (
    Completion,
    Programme,
    Session,
    attendance_id,
    database,
    enrolment_id,
)
from fieldsessions.services import attendance, completion
from tests.unit.helpers import programme

STEP = 10  # the progress handler runs once per this many VM instructions


def crowded(name: str, size: int, hours_budget: float | None = None) -> tuple[str, list[str]]:
    """A programme of `size` booked people whose three sessions (all past) are marked (written
    with the bulk paths), with its completion records derived; (last past session, people)."""
    info = programme(name, weeks_ago=3, count=3, hours_budget=hours_budget)
    Programme.update(completion_min_attendance=60).where(Programme.id == info.id).execute()
    stamp = bulk.ts(datetime.now(UTC) - timedelta(weeks=5))
    ids = [str(uuid.uuid4()) for _ in range(size)]
    past = [s.id for s in Session.select().where(
        (Session.programme == info.id) & (Session.starts_at < datetime.now(UTC)))
        .order_by(Session.starts_at)]
    device = database.execute_sql("SELECT id FROM device").fetchone()[0]
    with database.atomic():
        bulk.insert_participants([(pid, f"{name} {i:04d}", f"{name}-{i}", "", "", "", None, "",
                                   False, "", stamp, stamp) for i, pid in enumerate(ids)])
        bulk.insert_enrolments([(enrolment_id(info.id, pid), info.id, pid, "booked", False,
                                 stamp, stamp, stamp) for pid in ids])
        for n, sid in enumerate(past):
            bulk.upsert_attendance([
                (attendance_id(sid, pid), sid, pid, "absent" if (i + n) % 4 == 0 else "present",
                 None, stamp, "Test", device, "") for i, pid in enumerate(ids)])
    completion.recompute(info.id)
    return past[-1], ids


def vm_work(action: Callable[[], object]) -> int:
    """Tens of SQLite VM instructions `action` runs on the store's connection."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0  # go on

    connection = database.connection()
    connection.set_progress_handler(count, STEP)
    try:
        action()
    finally:
        connection.set_progress_handler(None, STEP)
    return steps[0]


@pytest.mark.parametrize("hours_budget", [None, 100.0], ids=["no budget", "hours budget"])
def test_one_mark_does_the_same_work_in_a_programme_ten_times_bigger(
    db: object, hours_budget: float | None
) -> None:
    small_session, small = crowded("Small", 60, hours_budget)
    big_session, big = crowded("Big", 600, hours_budget)
    assert Completion.select().count() > 600  # records the mark must not reread
    for session_id, people in ((small_session, small), (big_session, big)):
        attendance.mark(session_id, people[0], "excused")  # warm: first statements compiled
    # "late" is attended: with a budget, the hours left are checked too.
    work_small = vm_work(lambda: attendance.mark(small_session, small[1], "late"))
    work_big = vm_work(lambda: attendance.mark(big_session, big[1], "late"))
    assert work_small > 0
    # Ten times the people, marks and records: the same work for one mark (a little slack
    # for deeper b-trees), where reading the programme's rolls or records multiplied it.
    assert work_big <= work_small * 1.3, (work_small, work_big)


def test_one_mark_still_brings_that_persons_completion_in_line(db: object) -> None:
    session_id, people = crowded("Tiny", 60)
    person = people[1]  # present at all three past sessions: completed
    held = Completion.select().where(Completion.participant == person)
    assert held.count() == 1
    attendance.mark(session_id, person, "absent")  # 2 of 3 left, the rule asks 60%
    assert held.count() == 1
    for sid in [s.id for s in Session.select().where(Session.programme == Session.get_by_id(
            session_id).programme_id).order_by(Session.starts_at)][:3]:
        attendance.mark(sid, person, "absent")
    assert held.count() == 0  # no longer completed: the record goes, others' stay
    assert Completion.select().count() > 40
