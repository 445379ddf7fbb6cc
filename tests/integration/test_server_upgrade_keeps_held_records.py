"""A server database written before the delete rule (server/push.py, "Deletes and recorded
work") may hold a deleted session with live marks in it, or a deleted person with marks and
bookings. Started on it, the server keeps
such records as the rule does (schema 7 -> 8, store._keep_held_records): every laptop, one
synced before and a new one, ends with the session and its marks, and nothing waits."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fieldsessions.db.models import Attendance, Participant, PulledChange, Session
from fieldsessions.server import push, store
from fieldsessions.services import attendance
from tests.integration.conftest import Backend, ServerProcess
from tests.unit import helpers


def delete_as_before_the_rule(backend: Backend, entity: str, key: str) -> None:
    """What a server before the rule stored for a record deleted on a laptop while others'
    records were in it (the server is stopped): the record deleted, a tombstone newer than
    its values, whatever is in it left live; schema 7, so the next start upgrades it."""
    with backend.db() as db:
        def sql(text: str, *params: Any) -> Any:
            return db.execute_sql(store.q(db, text), params)

        version = int(sql("SELECT version FROM counter WHERE id = 1").fetchone()[0]) + 1
        stamps, hlc, device = sql("SELECT stamps, hlc, sole_device FROM record "
                                  "WHERE entity = ? AND key = ?", entity, key).fetchone()
        stamps = json.loads(stamps) if stamps else {"*": [hlc, device, version - 1]}
        newest = max(int(st[0]) for st in stamps.values())
        deleter = device or next(iter(stamps.values()))[1]
        stamps["_deleted"] = [newest + (1 << 20), deleter, version]
        sql("UPDATE record SET deleted = ?, stamps = ?, version = ?, sole_device = ?, "
            "hlc = ? WHERE entity = ? AND key = ?", True, json.dumps(stamps), version,
            device, newest + (1 << 20), entity, key)
        sql("UPDATE counter SET version = ? WHERE id = 1", version)
        sql("UPDATE meta SET value = '7' WHERE key = 'schema_version'")


@pytest.mark.parametrize("what", ["session", "participant"])
def test_a_deleted_record_with_live_marks_in_it_is_kept_when_the_server_starts(
    backend: Backend, server: ServerProcess, laptops: Any, what: str
) -> None:
    for user in ("ann", "bea"):
        backend.add_facilitator(user)
    ann, bea, ann2 = laptops("ann"), laptops("bea"), laptops("ann2")
    ann.sign_in(server, "ann")
    bea.sign_in(server, "bea")
    with ann:
        circle = helpers.programme("Parenting circle", count=3)
        people = helpers.people(2, circle.id, prefix="Circle")
        session_id = helpers.past_session(circle.id)
    assert ann.sync().all_accepted
    backend.assign("bea", circle.id)
    assert bea.sync().complete
    with bea:
        attendance.mark(session_id, people[0], "present")
        attendance.mark(session_id, people[1], "late")
    assert bea.sync().all_accepted
    server.stop()

    assert backend.count("record", "entity = 'attendance' AND NOT deleted") == 2
    gone = session_id if what == "session" else people[0]
    delete_as_before_the_rule(backend, what, gone)
    again = ServerProcess(backend, port=server.port).start()  # the address laptops know
    try:
        ann2.sign_in(again, "ann")
        for laptop in (bea, ann, ann2, bea, ann, ann2):
            done = laptop.cli("sync")
            assert done.returncode == 0, (laptop.name, done.stdout + done.stderr)
        for laptop in (ann, bea, ann2):
            with laptop:
                assert Session.get_or_none(Session.id == session_id) is not None, laptop.name
                assert Participant.select().count() == 2, laptop.name
                assert {(a.participant_id, a.status) for a in Attendance.select()} == {
                    (people[0], "present"), (people[1], "late")}, laptop.name
                assert PulledChange.select().count() == 0, laptop.name
    finally:
        again.stop()
    kept = [c for c in backend.rows("conflict") if c[4] == "_deleted"]
    held = "kept: 2 marks" if what == "session" else "kept: 1 mark, 1 booking"
    assert [(c[1], c[2], json.loads(c[6])) for c in kept] == [(what, gone, held)]
    assert ("schema_version", str(store.SCHEMA_VERSION)) in backend.rows("meta")
    with backend.db() as db, db.atomic():  # a second time finds nothing to do
        before = store.lock_counter(db)
        assert push.keep_held_records(db) == []
        assert store.lock_counter(db) == before
