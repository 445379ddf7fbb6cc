"""A change the server refused for good does not hold a pulled delete of what it is in
(sync/apply.py): the delete applies, and the refused change stays in the outbox with its
reason, shown in the receipt of the sync that was refused."""

from __future__ import annotations

import json
from typing import Any

from fieldsessions.db.models import Attendance, Outbox, PulledChange, Session, database
from fieldsessions.services import attendance, sessions
from tests.integration.conftest import Backend, ServerProcess, signed_in
from tests.unit import helpers

EARLY = "0001-01-01T00:00:00+14:00"  # year 0 in UTC: the server refuses it for good



def test_a_refused_mark_does_not_hold_a_pulled_session_delete(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, bea = signed_in(backend, server, laptops, "ann", "bea")
    with ann:
        circle = helpers.programme("Parenting circle", count=3)
        people = helpers.people(2, circle.id, prefix="Circle")
        session_id = helpers.past_session(circle.id)
    assert ann.sync().all_accepted
    backend.assign("bea", circle.id)
    assert bea.sync().complete
    with bea:
        attendance.mark(session_id, people[0], "present")
        # The mark as an app version without today's value rules wrote it: the server
        # refuses it for good (server/push.py, wire.value_problem).
        row = Outbox.get(Outbox.entity == "attendance")
        fields = json.loads(row.fields)
        database.execute_sql("UPDATE outbox SET fields = ? WHERE seq = ?",
                             (json.dumps({**fields, "marked_at": EARLY}), row.seq))
    with ann:
        sessions.delete_session(session_id)  # nothing recorded on ann's laptop
    assert ann.sync().all_accepted

    first = bea.cli("sync")  # the mark is refused, and the session's delete comes down
    assert first.returncode == 1, first.stdout + first.stderr
    assert "marked_at:" in first.stdout, first.stdout  # the refused item, with its reason
    with bea:
        refused = Outbox.get(Outbox.entity == "attendance")
        assert refused.state == "rejected" and refused.reason.startswith("marked_at:")
        assert [(c.entity, c.reason) for c in PulledChange.select()] == [], \
            "the refused mark holds the session's delete"
        assert Session.get_or_none(Session.id == session_id) is None
        assert Attendance.select().count() == 0
    second = bea.cli("sync")
    assert second.returncode == 0, second.stdout + second.stderr
    with bea:  # still listed among what the server refused
        assert Outbox.get(Outbox.entity == "attendance").state == "rejected"
    for laptop in (ann, bea):
        with laptop:
            assert Session.get_or_none(Session.id == session_id) is None, laptop.name
