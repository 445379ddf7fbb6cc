"""Mark history through the real server: every change of a mark made on any laptop shows on
every laptop that sees the mark, in the order the server settles them, ending in the mark as
it stands (a new user once saw present -> late -> absent on one laptop arrive on the other as
a single "sync" entry)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.db.models import Attendance, Device, OutcomeTickHistory, attendance_id
from fieldsessions.services import attendance, outcomes, programmes
from fieldsessions.sync.engine import Receipt
from tests.integration.conftest import Backend, Laptop, ServerProcess
from tests.integration.test_restores import _backup_laptop, _restore_laptop
from tests.unit import helpers

Entry = tuple[str | None, str | None, str, str]  # previous, status, by, device


def _ok(receipt: Receipt) -> Receipt:
    assert receipt.error is None, receipt.lines()
    assert receipt.all_accepted, receipt.lines()
    assert receipt.parked == 0, receipt.lines()
    return receipt


def _history(session_id: str, person: str) -> list[Entry]:
    """Call inside `with laptop:`."""
    return [(e.previous, e.status, e.changed_by, e.device_id)
            for e in attendance.mark_history(session_id, person)]


def _current(session_id: str, person: str) -> str | None:
    row = Attendance.get_or_none(Attendance.id == attendance_id(session_id, person))
    return None if row is None else str(row.status)


def _device() -> str:
    return str(Device.get().id)


def _two_laptops(backend: Backend, server: ServerProcess, laptops: Any) -> tuple[
    Laptop, Laptop, str, list[str]
]:
    """ann's office laptop makes a programme; her field laptop gets it."""
    backend.add_facilitator("ann")
    office, field = laptops("ann-office"), laptops("ann-field")
    office.sign_in(server, "ann")
    field.sign_in(server, "ann")
    with office:
        circle = helpers.programme("Circle", count=4, weeks_ago=3)
        people = helpers.people(3, circle.id)
        session = programmes.list_sessions(circle.id, kind="past")[0].id
    _ok(office.sync())
    _ok(field.sync())
    return office, field, session, people


def test_three_changes_of_a_mark_on_one_laptop_show_in_order_on_the_other(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    office, field, session, people = _two_laptops(backend, server, laptops)
    start = datetime.now(UTC) - timedelta(minutes=30)
    with office:
        attendance.mark(session, people[0], "present", by="Ann", now=start)
        attendance.mark(session, people[0], "late", by="Ann",
                        now=start + timedelta(minutes=5))
        attendance.mark(session, people[0], "absent", by="Bo", reason="left early",
                        now=start + timedelta(minutes=9))
        office_device = _device()
        expected = _history(session, people[0])
    assert expected == [(None, "present", "Ann", office_device),
                        ("present", "late", "Ann", office_device),
                        ("late", "absent", "Bo", office_device)]
    _ok(office.sync())
    _ok(field.sync())
    with field:
        assert _history(session, people[0]) == expected
        shown = attendance.mark_history(session, people[0])
        assert [e.changed_at for e in shown] == [start, start + timedelta(minutes=5),
                                                 start + timedelta(minutes=9)]
        assert [e.reason for e in shown] == ["", "", "left early"]
        assert not any(e.from_sync for e in shown)
        assert _current(session, people[0]) == "absent"
    shown_by_cli = subprocess.run(
        [sys.executable, "-m", "fieldsessions", "--db", str(field.path), "mark-history",
         "--session", session, "--participant", people[0]],
        capture_output=True, text=True, check=True, timeout=60).stdout.splitlines()
    assert [re.split(r"\s{2,}", line)[1:3] for line in shown_by_cli[1:]] == [
        ["pending -> present", "Ann"], ["present -> late", "Ann"], ["late -> absent", "Bo"]]
    assert all(office_device[:8] in line for line in shown_by_cli[1:])
    assert shown_by_cli[-1].endswith("left early")
    # Pulled back by the laptop that made them, nothing is doubled.
    _ok(office.sync())
    with office:
        assert _history(session, people[0]) == expected


def test_concurrent_marks_on_two_laptops_give_both_the_same_history_ending_in_the_mark(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    office, field, session, people = _two_laptops(backend, server, laptops)
    with office:
        attendance.mark(session, people[1], "late", by="Ann")
        office_device = _device()
    with field:  # later, before either has synced
        attendance.mark(session, people[1], "absent", by="Ann")
        field_device = _device()
    _ok(field.sync())
    _ok(office.sync())
    _ok(field.sync())
    histories, marks = [], []
    for laptop in (office, field):
        with laptop:
            histories.append(_history(session, people[1]))
            marks.append(_current(session, people[1]))
    assert histories[0] == histories[1]
    assert sorted(histories[0]) == sorted([(None, "late", "Ann", office_device),
                                           (None, "absent", "Ann", field_device)])
    assert marks[0] == marks[1]
    assert histories[0][-1][1] == marks[0]


def test_a_cleared_mark_shows_its_clearing_on_the_other_laptop(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    office, field, session, people = _two_laptops(backend, server, laptops)
    with office:
        attendance.mark(session, people[2], "present", by="Ann")
    _ok(office.sync())
    _ok(field.sync())
    with office:
        attendance.mark(session, people[2], None, by="Ann")
        office_device = _device()
    _ok(office.sync())
    _ok(field.sync())
    with field:
        assert _current(session, people[2]) is None
        assert _history(session, people[2]) == [(None, "present", "Ann", office_device),
                                                ("present", None, "Ann", office_device)]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_laptop_restored_from_its_backup_gets_back_the_history_it_lost(
    backend: Backend, server: ServerProcess, laptops: Any, tmp_path: Path
) -> None:
    office, field, session, people = _two_laptops(backend, server, laptops)
    with office:
        attendance.mark(session, people[0], "present", by="Ann")
    _ok(office.sync())
    copy = _backup_laptop(office, tmp_path)
    with office:
        attendance.mark(session, people[0], "late", by="Ann")
        office_device = _device()
    _ok(office.sync())
    _restore_laptop(office, copy)
    with office:
        assert [e[1] for e in _history(session, people[0])] == ["present"]
        attendance.mark(session, people[1], "excused", by="Ann")  # on the restored file
    _ok(office.sync())
    _ok(field.sync())
    for laptop in (office, field):
        with laptop:
            assert _history(session, people[0]) == [
                (None, "present", "Ann", office_device),
                ("present", "late", "Ann", office_device)]
            assert _current(session, people[0]) == "late"
            assert _history(session, people[1]) == [(None, "excused", "Ann", office_device)]
            # Its own entries, not stand-ins copied from the pulled mark.
            assert not any(e.from_sync for e in attendance.mark_history(session, people[0]))


def test_outcome_ticks_changed_on_one_laptop_bring_their_history_to_the_other(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    backend.add_facilitator("ann")
    office, field = laptops("ann-office"), laptops("ann-field")
    office.sign_in(server, "ann")
    field.sign_in(server, "ann")
    with office:
        circle = helpers.programme("Circle", count=2, weeks_ago=2,
                                   outcomes=("Can read a label",))
        people = helpers.people(2, circle.id)
        session = programmes.list_sessions(circle.id, kind="past")[0].id
        (goal,) = outcomes.session_outcomes(session)
        outcomes.tick(session, people[0], goal.id, by="Ann")
        outcomes.tick(session, people[0], goal.id, achieved=False, by="Bo")
        made = [(h.uid, h.previous_achieved, h.new_achieved, h.changed_by)
                for h in OutcomeTickHistory.select().order_by(OutcomeTickHistory.hlc)]
    assert [m[1:] for m in made] == [(None, True, "Ann"), (True, False, "Bo")]
    _ok(office.sync())
    _ok(field.sync())
    with field:
        assert [(h.uid, h.previous_achieved, h.new_achieved, h.changed_by)
                for h in OutcomeTickHistory.select().order_by(OutcomeTickHistory.hlc)] == made
