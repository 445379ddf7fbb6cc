"""The receipts around a delete that did not apply because someone recorded work in the
record: the deleter's reason names only those who recorded the live records (never the
deleter for its own delete), through the CLI against the real server."""

from __future__ import annotations

from typing import Any

from fieldsessions.db.models import Session
from fieldsessions.services import attendance, participants, sessions
from tests.integration.conftest import Backend, Laptop, ServerProcess, signed_in
from tests.unit import helpers


def _pair(backend: Backend, server: ServerProcess, laptops: Any
          ) -> tuple[Laptop, Laptop, str, list[str]]:
    ann, bea = signed_in(backend, server, laptops, "ann", "bea")
    with ann:
        circle = helpers.programme("Parenting circle", count=4)
        people = helpers.people(2, circle.id, prefix="Circle")
    assert ann.sync().complete
    backend.assign("bea", circle.id)
    assert bea.sync().complete
    return ann, bea, circle.id, people


def test_the_reason_a_person_was_kept_names_only_who_recorded_in_it(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, bea, circle, people = _pair(backend, server, laptops)
    second = laptops("bea2")  # bea's second laptop, holding the person too
    second.sign_in(server, "bea")
    assert second.sync().complete
    with ann:  # offline: a mark for the person bea removes
        attendance.mark(helpers.past_session(circle), people[0], "present")
    with bea:
        assert participants.remove_participant(people[0]).deletable
    assert bea.sync().complete  # applied: nothing was recorded for them yet
    assert ann.sync().complete  # ann's mark brings the person and the booking back
    with second:  # bea removes them again on her other laptop, which has not seen the mark
        assert participants.remove_participant(people[0]).deletable
    done = second.cli("sync")
    kept = [line for line in done.stdout.splitlines() if "for this person" in line]
    assert kept, done.stdout + done.stderr
    assert "bea" not in kept[0], kept
    assert "ann recorded 1 mark" in kept[0], kept


def test_the_deleter_reads_why_its_applied_delete_was_undone(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, bea, circle, people = _pair(backend, server, laptops)
    with ann:
        session_id = helpers.past_session(circle)
        sessions.delete_session(session_id)
    with bea:  # offline, she marks the session ann is deleting
        attendance.mark(session_id, people[0], "present")
        attendance.mark(session_id, people[1], "late")
    first = ann.cli("sync")
    assert first.returncode == 0, first.stdout + first.stderr  # applied: nothing in it yet
    assert bea.sync().complete  # her marks bring the session back
    told = ann.cli("sync")
    assert told.returncode == 0, told.stdout + told.stderr
    assert "Your delete of a session (change" in told.stdout, told.stdout
    assert "Bea recorded 2 marks in this session; it was kept." in told.stdout, told.stdout
    with ann:
        assert Session.get_or_none(Session.id == session_id) is not None
    again = ann.cli("sync")  # said once
    assert "Your delete" not in again.stdout, again.stdout
