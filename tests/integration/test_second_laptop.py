"""One facilitator, two laptops: the second laptop's first sync brings down every record,
however the server's feed splits it into pages (a bug once kept 27 of 349 marks)."""

from __future__ import annotations

from typing import Any

import pytest

from fieldsessions.db.models import Attendance, Enrolment, Participant, Session
from fieldsessions.services import attendance, programmes
from fieldsessions.sync.engine import SyncEngine
from tests.integration.conftest import Backend, ServerProcess
from tests.unit import helpers


def _counts() -> tuple[int, int, int, int]:
    return (Session.select().count(), Participant.select().count(),
            Enrolment.select().count(), Attendance.select().count())


@pytest.mark.parametrize("page_size", [7, 50, 500])
def test_a_second_laptop_of_the_same_facilitator_receives_every_mark(
    backend: Backend, server: ServerProcess, laptops: Any, page_size: int
) -> None:
    backend.add_facilitator("ann")
    first, second = laptops("ann-office"), laptops("ann-field")
    first.sign_in(server, "ann")
    second.sign_in(server, "ann")
    with first:
        circle = helpers.programme("Parenting circle", count=8, weeks_ago=6)
        helpers.people(12, circle.id, prefix="Circle")
        for session in programmes.list_sessions(circle.id, kind="past"):
            attendance.mark_all_present(session.id)
        expected = _counts()
    assert expected[3] > 12
    receipt = first.sync()
    assert receipt.all_accepted, receipt.lines()

    with second:
        client = second.client()
        try:
            got = SyncEngine(client, page_size=page_size).run()
        finally:
            client.close()
        assert got.error is None, got.lines()
        assert got.parked == 0, got.lines()
        assert _counts() == expected
