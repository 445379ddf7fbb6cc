"""A schedule edit syncs as what it is: excluding a holiday sends the programme and one session
delete, which the server stores as a tombstone; every other session keeps its record."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fieldsessions.db.models import Outbox
from fieldsessions.services import programmes
from tests.integration.conftest import Backend, ServerProcess
from tests.unit import helpers


def test_excluding_a_holiday_syncs_one_session_tombstone(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    with ann:
        circle = helpers.programme("Parenting circle", weeks_ago=1, count=12)
        future = programmes.list_sessions(circle.id, kind="upcoming")
        holiday = future[3]
    first = ann.sync()
    assert first.error is None and first.all_accepted, first.lines()
    live = backend.count("record", "entity = 'session' AND deleted = false")
    assert live == 12

    with ann:
        spec = programmes.spec_of(circle.id)
        last = Outbox.select().order_by(Outbox.seq.desc()).get().seq
        programmes.update_programme(circle.id, replace(spec, excluded_dates=(holiday.local_date,)))
        queued = [(o.entity, o.op) for o in Outbox.select().where(Outbox.seq > last)]
    # Ended by count: the holiday's session goes and one date is added at the end.
    assert sorted(queued) == [("programme", "upsert"), ("session", "delete"),
                              ("session", "upsert")]
    second = ann.sync()
    assert second.error is None and second.all_accepted, second.lines()
    assert backend.count("record", f"entity = 'session' AND key = '{holiday.id}' "
                                   "AND deleted = true") == 1
    assert backend.count("record", "entity = 'session' AND deleted = false") == 12


def test_removing_a_programme_and_a_person_syncs_as_tombstones(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    from fieldsessions.services import participants

    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    with ann:
        mistake = helpers.programme("Typo programme", count=4, outcomes=("Goal set",))
        (person,) = helpers.people(1, mistake.id)
    first = ann.sync()
    assert first.error is None and first.all_accepted, first.lines()
    assert backend.count("record", "entity = 'session' AND deleted = false") == 4

    with ann:
        participants.remove_participant(person)
        programmes.remove_programme(mistake.id)
    second = ann.sync()
    assert second.error is None and second.all_accepted, second.lines()
    for entity in ("programme", "session", "enrolment", "outcome", "participant"):
        assert backend.count("record", f"entity = '{entity}' AND deleted = false") == 0, entity
    assert backend.count("record", "entity = 'programme' AND deleted = true") == 1
