"""Mark history as a synced entity on the laptop: pulled rows land once, stand-ins for marks
from apps that send no history, and history written before version 4 given ids and sent once.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from fieldsessions.core.hlc import COUNTER_BITS
from fieldsessions.db import migrations, store
from fieldsessions.db.models import (
    AttendanceHistory,
    Device,
    Outbox,
    OutcomeTickHistory,
    attendance_id,
)
from fieldsessions.services import attendance
from fieldsessions.sync.apply import apply_page
from tests.unit.test_sync_apply import HLC, ids, roster_page

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "v1.sqlite"


def _entry(k: dict[str, str], hlc: int, previous: str | None, status: str,
           at: str) -> dict[str, Any]:
    return {"entity": "attendance_history", "id": str(uuid.uuid4()), "op": "upsert",
            "hlc": hlc, "fields": {"session_id": k["session"], "participant_id": k["person"],
                                   "previous_status": previous, "new_status": status,
                                   "new_minutes": 30, "changed_at": at, "changed_by": "Bea",
                                   "device_id": "other"}}


def _shown(k: dict[str, str]) -> list[tuple[str | None, str | None, bool]]:
    return [(e.previous, e.status, e.from_sync)
            for e in attendance.mark_history(k["session"], k["person"])]


def test_a_mark_whose_history_comes_on_a_later_page_gets_a_stand_in_until_it_comes(
    db: object
) -> None:
    k = ids()
    apply_page(roster_page(k), "e.5")  # the mark (late, at HLC + 5), without its history
    assert _shown(k) == [(None, "late", True)]
    entry = _entry(k, HLC + 6, None, "late", "2026-01-05T09:10:00Z")
    apply_page([entry], "e.6")
    assert _shown(k) == [(None, "late", False)]
    apply_page([entry], "e.6")  # the same row again: inserted once
    assert _shown(k) == [(None, "late", False)]
    assert Outbox.select().count() == 0


def test_a_pulled_mark_with_its_history_on_the_same_page_needs_no_stand_in(db: object) -> None:
    k = ids()
    apply_page([*roster_page(k),
                _entry(k, HLC + 6, None, "late", "2026-01-05T09:10:00Z")], "e.6")
    assert _shown(k) == [(None, "late", False)]


def test_a_mark_changed_by_an_app_without_synced_history_still_ends_in_its_value(
    db: object
) -> None:
    k = ids()
    page = roster_page(k)
    apply_page([*page, _entry(k, HLC + 6, None, "late", "2026-01-05T09:10:00Z")], "e.6")
    mark = dict(page[0], hlc=HLC + 9)
    mark["fields"] = dict(mark["fields"], status="present", marked_at="2026-01-05T09:20:00Z")
    apply_page([mark], "e.9")  # changed again by an older app: no history row comes
    assert _shown(k) == [(None, "late", False), ("late", "present", True)]


def _v3_file(tmp_path: Path) -> Path:
    """A data file as version 3 left it: one mark changed twice here, then re-marked
    elsewhere and pulled (a 'sync' row); a mark of a session deleted since."""
    path = tmp_path / "v3.sqlite"
    shutil.copy(FIXTURE, path)
    db = SqliteDatabase(str(path))
    migrations.STEPS[1](db)
    migrations.STEPS[2](db)
    aid = attendance_id("sess-1", "part-1")
    db.execute_sql(
        "INSERT INTO attendance_history (attendance_id, session_id, participant_id, "
        "previous_status, new_status, changed_at, changed_by, device_id, reason) VALUES "
        "(?, 'sess-1', 'part-1', NULL, 'late', '2025-03-04 07:00:00.000000', 'Grace', "
        "'dev-1', ''), (?, 'sess-1', 'part-1', 'late', 'present', "
        "'2025-03-04 07:05:00.000000', 'Grace', 'dev-1', 'was on time'), "
        "(?, 'sess-1', 'part-1', 'present', 'excused', '2025-03-05 10:00:00.000000', 'Bea', "
        "'dev-2', 'sync'), (?, 'sess-gone', 'part-1', NULL, 'late', "
        "'2025-03-06 10:00:00.000000', 'Grace', 'dev-1', '')",
        (aid, aid, aid, attendance_id("sess-gone", "part-1")))
    db.execute_sql(
        "INSERT INTO outcome (id, programme_id, position, title, description, archived, "
        "created_at) VALUES ('out-1', 'prog-1', 0, 'Can read', '', 0, "
        "'2025-03-01 08:00:00.000000')")
    db.execute_sql(
        "INSERT INTO outcome_tick (id, session_id, participant_id, outcome_id, achieved, "
        "ticked_at, ticked_by, device_id) VALUES ('tick-1', 'sess-1', 'part-1', 'out-1', 1, "
        "'2025-03-04 07:30:00.000000', 'Grace', 'dev-1')")
    db.execute_sql(
        "INSERT INTO outcome_tick_history (tick_id, previous_achieved, new_achieved, "
        "changed_at, changed_by, device_id) VALUES ('tick-1', NULL, 1, "
        "'2025-03-04 07:30:00.000000', 'Grace', 'dev-1'), ('gone', NULL, 1, "
        "'2025-03-04 07:31:00.000000', 'Grace', 'dev-1')")
    db.execute_sql("PRAGMA user_version = 3")
    db.close()
    return path


def test_history_from_before_version_4_gets_ids_and_what_was_made_here_is_sent_once(
    tmp_path: Path
) -> None:
    store.open_store(_v3_file(tmp_path))
    try:
        rows = list(AttendanceHistory.select().order_by(AttendanceHistory.id))
        assert len({r.uid for r in rows}) == 4
        assert [r.stand_in for r in rows] == [False, False, True, False]
        assert rows[0].hlc == int(rows[0].changed_at.timestamp() * 1000) << COUNTER_BITS
        assert [(e.status, e.from_sync) for e in attendance.mark_history("sess-1", "part-1")] \
            == [("late", False), ("present", False), ("excused", True)]
        queued = list(Outbox.select().where(Outbox.entity == "attendance_history")
                      .order_by(Outbox.seq))
        assert [(q.entity_id, q.hlc, q.state) for q in queued] == [
            (rows[0].uid, rows[0].hlc, "pending"), (rows[1].uid, rows[1].hlc, "pending")]
        # (the deleted session's is not sent: the server would wait for that session)
        assert json.loads(queued[1].fields) == {
            "session_id": "sess-1", "participant_id": "part-1", "previous_status": "late",
            "new_status": "present", "changed_at": "2025-03-04T07:05:00Z",
            "changed_by": "Grace", "device_id": "dev-1", "reason": "was on time"}
        ticks = list(OutcomeTickHistory.select().order_by(OutcomeTickHistory.id))
        assert [(t.session_id, t.outcome_id) for t in ticks] == [("sess-1", "out-1"),
                                                                  (None, None)]
        queued_ticks = list(Outbox.select().where(Outbox.entity == "outcome_tick_history"))
        assert [q.entity_id for q in queued_ticks] == [ticks[0].uid]  # not the tick that is gone
        assert json.loads(queued_ticks[0].fields)["new_achieved"] is True
        assert [q.seq for q in queued] == [4, 5]  # after the fixture's own change 3
        assert Device.get().next_seq == 7
    finally:
        store.close_store()


def test_a_history_entry_whose_session_never_comes_is_kept_not_parked(db: object) -> None:
    """A mark made, cleared, and its session deleted since: its history still comes down."""
    k = ids()
    result = apply_page([_entry(k, HLC + 6, None, "late", "2026-01-05T09:10:00Z")], "e.6")
    # Kept, not parked (and not counted as a change received: it rides with its mark).
    assert (result.applied, result.parked, result.waiting) == (0, 0, 0)
    assert AttendanceHistory.get().new_status == "late"
