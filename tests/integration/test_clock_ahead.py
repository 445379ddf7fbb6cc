"""A laptop whose clock is far ahead (SYNC.md "Clocks"): its changes are re-stamped against the
server's time and reach the server, whether the clock is still wrong at the sync or was fixed
before it; nothing stays refused, and the status bar counts what is still to send."""

from __future__ import annotations

import time
from typing import Any

import pytest

from fieldsessions.db import outbox
from fieldsessions.db.models import Device, Outbox
from fieldsessions.services import attendance, programmes
from fieldsessions.sync.engine import sync_status
from tests.integration.conftest import Backend, ServerProcess
from tests.integration.test_restores import _laptop_marks, _ok, _server_marks
from tests.unit import helpers

TWO_YEARS = 2 * 365 * 24 * 3600.0


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("fixed_before_sync", [False, True], ids=["still-ahead", "fixed"])
def test_changes_made_with_a_clock_two_years_ahead_reach_the_server(
    backend: Backend, server: ServerProcess, laptops: Any, monkeypatch: pytest.MonkeyPatch,
    fixed_before_sync: bool,
) -> None:
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    monkeypatch.setattr(outbox, "clock", lambda: time.time() + TWO_YEARS)
    with ann:
        circle = helpers.programme("Circle", weeks_ago=5, count=4)
        people = helpers.people(10, circle.id)
        sessions = [s.id for s in programmes.list_sessions(circle.id, kind="past")]
        entered: dict[str, str] = {}
        for session_id in sessions[:2]:
            attendance.mark_many(session_id, {p: ("present", None) for p in people})
            entered.update({f"{session_id}:{p}": "present" for p in people})
        queued = Outbox.select().where(Outbox.state == "pending").count()  # with history
    if fixed_before_sync:
        monkeypatch.setattr(outbox, "clock", time.time)

    first = _ok(ann.sync())
    assert first.rejected == 0
    assert _server_marks(backend) == entered
    with ann:
        assert sync_status().pending == 0
        assert Outbox.select().where(Outbox.state == "superseded").count() == queued
        # The laptop's clock is now read against the server's: new changes are stamped
        # within minutes of the server's time, not two years ahead.
        limit_ms = (time.time() + 600) * 1000
        assert (int(Device.select(Device.last_hlc).scalar()) >> 16) < limit_ms
        for session_id in sessions[2:]:
            attendance.mark_many(session_id, {p: ("late", None) for p in people})
            entered.update({f"{session_id}:{p}": "late" for p in people})
        # A re-mark after the re-stamped ones still wins (its stamp is later).
        attendance.mark(sessions[0], people[0], "excused")
        entered[f"{sessions[0]}:{people[0]}"] = "excused"
        # (each mark's history entry rides along, not counted)
        assert sync_status().pending == 2 * len(people) + 1

    second = _ok(ann.sync())
    assert (second.applied, second.rejected) == (2 * len(people) + 1, 0), second.lines()
    assert _server_marks(backend) == entered
    with ann:
        assert sync_status().pending == 0
        assert _laptop_marks() == entered
