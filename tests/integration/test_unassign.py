"""The admin unassigns a programme from a co-facilitator (`fieldsessions-server assign
--remove`): on her next sync her laptop learns it, her unsent changes to it are refused with
a sentence naming it, and its records leave her laptop; assigned again, it all comes back."""

from __future__ import annotations

from typing import Any

from fieldsessions.db.models import Attendance, Outbox, Participant, Programme, Session
from fieldsessions.server import admin
from fieldsessions.services import attendance
from fieldsessions.sync.engine import SyncEngine
from tests.integration.conftest import Backend, ServerProcess, signed_in
from tests.unit import helpers


def test_an_unassigned_programme_leaves_the_laptop_and_its_unsent_marks_are_refused(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, bea = signed_in(backend, server, laptops, "ann", "bea")
    with ann:
        circle = helpers.programme("Parenting circle", count=3)
        people = helpers.people(2, circle.id, prefix="Circle")
        session_id = helpers.past_session(circle.id)
    with bea:
        own = helpers.programme("Youth football", count=2)
        kids = helpers.people(1, own.id, prefix="Kid")
    assert ann.sync().all_accepted
    backend.assign("bea", circle.id)
    assert bea.sync().complete
    with bea:
        attendance.mark(session_id, people[0], "present")
    assert bea.sync().complete  # this mark reached the server
    with bea:
        attendance.mark(session_id, people[1], "late")  # offline: never reaches it

    with backend.db() as db:
        assert admin.assign(db, "bea", circle.id, remove=True)
    first = bea.cli("sync")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "You are no longer assigned to Parenting circle." in first.stdout, first.stdout
    assert "removed from this laptop" in first.stdout
    with bea:
        assert [p.name for p in Programme.select()] == ["Youth football"]
        assert Session.select().where(Session.programme == circle.id).count() == 0
        assert Attendance.select().count() == 0
        assert {p.id for p in Participant.select()} == set(kids)
        refused = Outbox.get((Outbox.entity == "attendance") & (Outbox.state == "rejected"))
        assert refused.reason == "You are no longer assigned to Parenting circle."
        assert Outbox.select().where(Outbox.state == "pending").count() == 0
    second = bea.cli("sync")
    assert second.returncode == 0, second.stdout + second.stderr
    with ann:
        pass
    assert ann.sync().complete
    with ann:  # bea's first mark stays on the server; the refused one never came
        assert {(a.participant_id, a.status) for a in Attendance.select()} == {
            (people[0], "present")}

    backend.assign("bea", circle.id)  # assigned again: everything comes back
    with bea:  # in small pages: the later ones must not skip what bea's laptop wrote
        client = bea.client()
        try:
            again = SyncEngine(client, page_size=3).run()
        finally:
            client.close()
    assert again.complete, again.lines()
    with bea:
        assert {p.name for p in Programme.select()} == {"Youth football", "Parenting circle"}
        assert Session.select().where(Session.programme == circle.id).count() == 3
        assert {(a.participant_id, a.status) for a in Attendance.select()} == {
            (people[0], "present"), (people[1], "late")}, \
            "bea's own mark is back, and the one refused while unassigned was sent again"
        assert {p.id for p in Participant.select()} == {*kids, *people}
    assert bea.sync().pulled == 0
