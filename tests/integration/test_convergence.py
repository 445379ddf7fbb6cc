"""Two facilitators and a co-facilitator mark offline, sync in any order, and converge."""

from __future__ import annotations

from typing import Any

from fieldsessions.db.models import Attendance, Enrolment, Outbox, Participant, Programme, Session
from fieldsessions.services import attendance
from fieldsessions.sync.engine import Receipt
from tests.integration.conftest import Backend, ServerProcess
from tests.unit import helpers


def _marks() -> dict[tuple[str, str], tuple[str, int | None]]:
    return {(a.session_id, a.participant_id): (a.status, a.minutes) for a in Attendance.select()}


def _ok(receipt: Receipt) -> Receipt:
    assert receipt.error is None, receipt.lines()
    assert receipt.all_accepted, receipt.lines()
    return receipt


def test_two_facilitators_and_a_co_facilitator_converge_without_duplicates(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    for user in ("ann", "bea", "cat"):
        backend.add_facilitator(user)
    ann, bea, cat = laptops("ann"), laptops("bea"), laptops("cat")
    for laptop, user in ((ann, "ann"), (bea, "bea"), (cat, "cat")):
        laptop.sign_in(server, user)

    with ann:
        circle = helpers.programme("Parenting circle", count=3)
        people = helpers.people(3, circle.id, prefix="Circle")
        session_id = helpers.past_session(circle.id)
    _ok(ann.sync())
    backend.assign("bea", circle.id)  # bea co-facilitates ann's programme

    first = _ok(bea.sync())
    assert first.pulled > 0
    with bea:
        assert Programme.get_by_id(circle.id).name == "Parenting circle"
        assert Session.select().where(Session.programme == circle.id).count() == 3
        assert Participant.select().count() == 3
        assert Enrolment.select().count() == 3
        assert Outbox.select().count() == 0, "pulled rows must not be queued to send back"

    with cat:
        own = helpers.programme("Youth football", count=2)
        kids = helpers.people(2, own.id, prefix="Kid")
        own_session = helpers.past_session(own.id)

    # Offline: ann and bea both mark the first person, differently.
    with ann:
        attendance.mark(session_id, people[0], "present")
        attendance.mark(session_id, people[1], "absent")
    with bea:
        attendance.mark(session_id, people[0], "late")
        attendance.mark(session_id, people[2], "present")
    with cat:
        attendance.mark_all_present(own_session)

    for laptop in (bea, cat, ann, bea, ann, cat):
        _ok(laptop.sync())

    with ann:
        ann_marks = _marks()
        assert Programme.select().count() == 1, "ann must not receive cat's programme"
    with bea:
        bea_marks = _marks()
    with cat:
        cat_marks = _marks()
        assert Programme.select().count() == 1
    assert ann_marks == bea_marks
    assert ann_marks[(session_id, people[0])] == ("late", None)  # bea's later edit wins
    assert ann_marks[(session_id, people[1])] == ("absent", None)
    assert ann_marks[(session_id, people[2])] == ("present", None)
    assert set(cat_marks) == {(own_session, kid) for kid in kids}

    records = backend.count("record", "entity = 'attendance'")
    assert records == 3 + 2, "one attendance record per (session, participant)"
    conflicts = backend.rows("conflict")
    lost = [c for c in conflicts if c[1] == "attendance" and c[4] == "status"]
    assert len(lost) == 1
    assert '"present"' in lost[0][5], "ann's losing 'present' is kept for review"
