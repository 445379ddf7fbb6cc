"""An admin may assign a facilitator to a programme before that programme first reaches the
server (the laptop made it offline): the first push must still be accepted, not a 500."""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db.models import Outbox
from fieldsessions.services import programmes
from tests.integration.conftest import Backend, ServerProcess
from tests.integration.test_roster_and_cli import _server_cli


def test_first_push_of_a_programme_already_assigned_by_an_admin_is_accepted(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    added = _server_cli(backend, "add-facilitator", "grace", "--name", "Grace")
    assert added.returncode == 0, added.stderr
    grace = laptops("grace")
    with grace:
        info = programmes.create_programme(ProgrammeSpec(
            name="Parenting circle", frequency=Frequency.WEEKLY,
            start_date=date(2027, 1, 5), weekdays=(1,), count=3))
    assigned = _server_cli(backend, "assign", "grace", info.id)
    assert assigned.returncode == 0, assigned.stderr
    grace.sign_in(server, "grace")
    receipt = grace.sync()
    assert receipt.rejected == 0 and receipt.accepted == 4  # the programme and its sessions
    assert not any("Traceback" in line for line in server.lines)
    with grace:
        assert Outbox.select().where(Outbox.state == "pending").count() == 0
