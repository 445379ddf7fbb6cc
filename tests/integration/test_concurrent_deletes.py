"""A record deleted on one laptop while a co-facilitator records work in it, offline, through
the real server: recorded work is never lost, and nothing waits forever on either laptop
(server/push.py, "Deletes and recorded work"; sync/apply.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from fieldsessions.db.models import (
    Attendance,
    Outbox,
    Participant,
    Programme,
    PulledChange,
    Session,
    SessionOutcomeDrop,
)
from fieldsessions.services import attendance, outcomes, participants, programmes, sessions
from fieldsessions.sync.apply import OURS_FIRST_INSIDE
from fieldsessions.sync.engine import Receipt, SyncEngine
from tests.integration.conftest import Backend, Laptop, ServerProcess, signed_in
from tests.unit import helpers


def _complete(receipt: Receipt) -> Receipt:
    assert receipt.error is None, receipt.lines()
    assert receipt.parked == 0, receipt.lines()
    assert receipt.waiting == 0 and receipt.rejected == 0, receipt.lines()
    return receipt


def _pair(backend: Backend, server: ServerProcess, laptops: Any,
          **programme: Any) -> tuple[Laptop, Laptop, str, list[str]]:
    """ann's programme, co-facilitated by bea; both laptops hold it."""
    ann, bea = signed_in(backend, server, laptops, "ann", "bea")
    with ann:
        circle = helpers.programme("Parenting circle", count=4, **programme)
        people = helpers.people(3, circle.id, prefix="Circle")
    _complete(ann.sync())
    backend.assign("bea", circle.id)
    _complete(bea.sync())
    return ann, bea, circle.id, people


def _marks() -> dict[tuple[str, str], str]:
    return {(a.session_id, a.participant_id): a.status for a in Attendance.select()}


def _deletes_conflicts(backend: Backend) -> list[tuple[Any, ...]]:
    return [c for c in backend.rows("conflict") if c[4] == "_deleted"]


@pytest.mark.parametrize("first", ["ann", "bea"])
def test_a_session_deleted_while_a_co_facilitator_marks_it_keeps_the_marks(
    backend: Backend, server: ServerProcess, laptops: Any, first: str
) -> None:
    ann, bea, circle, people = _pair(backend, server, laptops)
    with ann:
        session_id = helpers.past_session(circle)
        sessions.delete_session(session_id)  # nothing recorded on ann's laptop
    with bea:
        attendance.mark(session_id, people[0], "present")
        attendance.mark(session_id, people[1], "late")

    order = [ann, bea] if first == "ann" else [bea, ann]
    receipts = [order[0].sync(), order[1].sync()]
    assert receipts[0].error is None and receipts[1].error is None
    if first == "bea":  # ann's delete reaches a session that has marks: she is told
        said = [d for d in receipts[1].details if d["entity"] == "session"]
        assert said and said[0]["result"] == "conflict", receipts[1].lines()
        assert "bea" in said[0]["reason"] and "2 marks" in said[0]["reason"], said
    for laptop in (ann, bea, ann, bea):
        _complete(laptop.sync())

    for laptop in (ann, bea):
        with laptop:
            assert Session.get_or_none(Session.id == session_id) is not None, laptop.name
            assert _marks() == {(session_id, people[0]): "present",
                                (session_id, people[1]): "late"}, laptop.name
            assert PulledChange.select().count() == 0
    kept = _deletes_conflicts(backend)
    assert len(kept) == 1 and kept[0][1] == "session", kept


def test_a_programme_removed_while_a_co_facilitator_marks_it_comes_back_with_the_marks(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, bea, circle, people = _pair(backend, server, laptops)
    with ann:
        session_id = helpers.past_session(circle)
        removal = programmes.remove_programme(circle)
        assert removal.deletable
    with bea:
        attendance.mark(session_id, people[2], "present")
    for laptop in (ann, bea, ann, bea, ann):
        assert laptop.sync().error is None
    for laptop in (ann, bea):
        _complete(laptop.sync())
        with laptop:
            assert Programme.get_or_none(Programme.id == circle) is not None, laptop.name
            assert Session.get_or_none(Session.id == session_id) is not None, laptop.name
            assert _marks() == {(session_id, people[2]): "present"}, laptop.name
            assert Participant.get_or_none(Participant.id == people[2]) is not None


@pytest.mark.parametrize("first", ["ann", "bea"])
def test_a_person_removed_while_a_co_facilitator_marks_them_is_kept(
    backend: Backend, server: ServerProcess, laptops: Any, first: str
) -> None:
    ann, bea, circle, people = _pair(backend, server, laptops)
    with ann:
        session_id = helpers.past_session(circle)
        assert participants.remove_participant(people[0]).deletable
    with bea:
        attendance.mark(session_id, people[0], "present")
    order = [ann, bea] if first == "ann" else [bea, ann]
    for laptop in (*order, *order):
        assert laptop.sync().error is None
    for laptop in (ann, bea):
        _complete(laptop.sync())
        with laptop:
            assert Participant.get_or_none(Participant.id == people[0]) is not None
            assert _marks() == {(session_id, people[0]): "present"}, laptop.name


def test_a_clear_that_loses_to_a_later_re_mark_is_kept_for_review(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, bea, circle, people = _pair(backend, server, laptops)
    with ann:
        session_id = helpers.past_session(circle)
        attendance.mark(session_id, people[0], "present")
    _complete(ann.sync())
    _complete(bea.sync())
    with ann:
        attendance.mark(session_id, people[0], None)  # cleared, offline
    with bea:
        attendance.mark(session_id, people[0], "late")  # re-marked later, offline
    _complete(ann.sync())
    _complete(bea.sync())
    lost = [c for c in backend.rows("conflict") if c[1] == "attendance"
            and c[4] == "_deleted"]
    assert len(lost) == 1, backend.rows("conflict")
    for laptop in (ann, bea):
        _complete(laptop.sync())
        with laptop:
            assert _marks() == {(session_id, people[0]): "late"}


def test_a_pulled_session_delete_waits_for_our_unsent_outcome_drop_then_converges(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, bea, circle, _people = _pair(backend, server, laptops, outcomes=("Listens",))
    with ann:
        session_id = helpers.past_session(circle)
        sessions.delete_session(session_id)
    _complete(ann.sync())
    with bea:
        outcome_id = outcomes.session_outcomes(session_id)[0].id
        outcomes.drop_outcome(session_id, outcome_id)
        # The delete comes down before the drop goes up (a download alone, as when the
        # change is made while a sync runs).
        client = bea.client()
        try:
            SyncEngine(client)._pull(Receipt(started_at=datetime.now(UTC)))
        finally:
            client.close()
        assert PulledChange.get().reason == OURS_FIRST_INSIDE
        assert SessionOutcomeDrop.select().count() == 1, "our unsent change was removed"
        assert Session.get_or_none(Session.id == session_id) is not None
    _complete(bea.sync())  # the drop goes up and brings the session back
    for laptop in (ann, bea):
        _complete(laptop.sync())
        with laptop:
            assert Session.get_or_none(Session.id == session_id) is not None, laptop.name
            assert SessionOutcomeDrop.select().count() == 1, laptop.name
            assert Outbox.select().where(Outbox.state != "acked").count() == 0


@pytest.mark.parametrize("first", ["ann", "bea"])
def test_a_session_deleted_while_a_mark_in_it_was_made_and_cleared_is_deleted(
    backend: Backend, server: ServerProcess, laptops: Any, first: str
) -> None:
    """Nothing recorded is left in it: the delete applies, whichever laptop syncs first."""
    ann, bea, circle, people = _pair(backend, server, laptops)
    with ann:
        session_id = helpers.past_session(circle)
        sessions.delete_session(session_id)
    with bea:
        attendance.mark(session_id, people[0], "present")
        attendance.mark(session_id, people[0], None)
    order = [ann, bea] if first == "ann" else [bea, ann]
    for laptop in (*order, *order):
        assert laptop.sync().error is None
    for laptop in (ann, bea):
        _complete(laptop.sync())
        with laptop:
            assert Session.get_or_none(Session.id == session_id) is None, laptop.name
            assert _marks() == {}
