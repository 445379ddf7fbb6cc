"""Completion records are derived locally: after `fieldsessions sync` pulls a colleague's
marks, the co-facilitator's laptop shows who has completed, without any local mark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fieldsessions.cli import run
from fieldsessions.db import store as local_store
from fieldsessions.db.models import Completion
from fieldsessions.services import attendance, programmes
from fieldsessions.sync.credentials import ENV_DIR
from tests.integration.conftest import PASSWORD, Backend, ServerProcess
from tests.unit import helpers


def test_a_co_facilitator_sees_completions_made_by_pulled_marks(
    backend: Backend, server: ServerProcess, laptops: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backend.add_facilitator("ann")
    backend.add_facilitator("bea")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    with ann:
        circle = helpers.programme("Short course", weeks_ago=2, count=2,
                                   required_attendance=100)
        person = helpers.people(1, circle.id)[0]
        for session in programmes.list_sessions(circle.id):
            attendance.mark(session.id, person, "present")
        assert Completion.select().count() == 1  # both sessions attended
    assert ann.sync().all_accepted
    backend.assign("bea", circle.id)

    monkeypatch.setenv(ENV_DIR, str(tmp_path / "credentials"))
    monkeypatch.setenv("FIELDSESSIONS_PASSWORD", PASSWORD)
    db = str(tmp_path / "bea-cli.sqlite")
    assert run(["--db", db, "login", "--server", server.url, "--user", "bea"]) == 0
    assert run(["--db", db, "sync", "--quiet"]) == 0
    local_store.open_store(db)
    try:
        assert [c.participant_id for c in Completion.select()] == [person]
    finally:
        local_store.close_store()
