"""Schema migrations: one function per version step, run in one transaction each.

Version 1 was the first release's schema. Version 2 added hours budgets (partial attendance
minutes, budgets on programmes and enrolments), completion records with pathways and period
reports. Version 3 added the backlog of pulled changes waiting to be applied (and the
sync log's count of them). Version 4 syncs mark history: each history row gets a uid, an
HLC and a `stand_in` flag (models.AttendanceHistory). Version 5 adds the index of marks by
session and time (models.Attendance), read by every roll count. The caller (store.open_store)
makes an online backup before the first step runs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from peewee import BooleanField, CharField, FloatField, IntegerField, SqliteDatabase
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run_ops

from fieldsessions.core.hlc import COUNTER_BITS
from fieldsessions.db.bulk import ts
from fieldsessions.db.models import (
    Completion,
    Pathway,
    PathwayProgramme,
    PeriodReport,
    PulledChange,
    history_change,
    history_id,
    tick_history_change,
    tick_history_id,
)


def _v1_to_v2(db: SqliteDatabase) -> None:
    migrator = SqliteMigrator(db)
    run_ops(
        migrator.add_column("attendance", "minutes", IntegerField(null=True)),
        migrator.add_column("attendance_history", "previous_minutes", IntegerField(null=True)),
        migrator.add_column("attendance_history", "new_minutes", IntegerField(null=True)),
        migrator.add_column("programme", "hours_budget", FloatField(null=True)),
        migrator.add_column("enrolment", "hours_budget", FloatField(null=True)),
    )
    db.create_tables([Completion, Pathway, PathwayProgramme, PeriodReport])


def _v2_to_v3(db: SqliteDatabase) -> None:
    db.create_tables([PulledChange])
    run_ops(SqliteMigrator(db).add_column("sync_log", "parked", IntegerField(default=0)))


def _utc(stored: Any) -> datetime:
    """A time as the local store keeps it (naive UTC text), as an aware datetime."""
    return datetime.fromisoformat(str(stored)).replace(tzinfo=UTC)


def _unique(taken: set[str], make_id: Callable[[dict[str, Any]], str],
            build: Callable[..., dict[str, Any]], moment: datetime, rest: list[Any],
            ) -> tuple[str, datetime, dict[str, Any]]:
    """A history row's derived id, time and payload; a microsecond later while the id is
    taken (two changes of one mark made at one time: each keeps its own id)."""
    fields = build(moment, *rest)
    while make_id(fields) in taken:
        moment += timedelta(microseconds=1)
        fields = build(moment, *rest)
    taken.add(make_id(fields))
    return make_id(fields), moment, fields


def _v3_to_v4(db: SqliteDatabase) -> None:
    """History rows get a uid, an HLC (from their time: they sort among the synced ones by
    when they happened) and `stand_in`. Rows written when a pulled mark arrived (reason
    "sync...") become stand-ins: they copy another laptop's change, which that laptop sends
    itself, and a stand-in is replaced when the real row arrives. The rows of changes made
    on this laptop are queued once, so the other laptops get the past too (not from a demo
    file, which never queues anything, nor those of a session or person deleted since).
    Tick history rows get a uid, an HLC and their tick's session, participant and outcome
    (from the tick; one whose tick is gone stays local), and are queued once too."""
    from fieldsessions.db.outbox import encode  # (outbox imports store, which imports us)
    from fieldsessions.db.store import DEMO_KEY

    migrator = SqliteMigrator(db)
    run_ops(
        migrator.add_column("attendance_history", "uid", CharField(null=True)),
        migrator.add_column("attendance_history", "hlc", IntegerField(default=0)),
        migrator.add_column("attendance_history", "stand_in", BooleanField(default=False)),
    )
    rows = db.execute_sql(
        "SELECT id, attendance_id, session_id, participant_id, previous_status, new_status, "
        "previous_minutes, new_minutes, changed_at, changed_by, device_id, reason, "
        "EXISTS (SELECT 1 FROM session s WHERE s.id = h.session_id) AND EXISTS (SELECT 1 FROM "
        "participant p WHERE p.id = h.participant_id) FROM attendance_history h "
        "ORDER BY id").fetchall()
    updates: list[tuple[str, int, bool, datetime, int]] = []
    queued: list[tuple[str, str, str, int]] = []
    taken: set[str] = set()
    for row_id, _aid, *change, known in rows:
        change[6] = _utc(change[6])
        hlc = int(change[6].timestamp() * 1000) << COUNTER_BITS
        stand_in = str(change[9] or "").startswith("sync")
        if stand_in or not known:  # not sent: the server would wait for what it names
            uid = str(uuid.uuid4())
        else:
            uid, change[6], fields = _unique(taken, history_id, partial(history_change,
                                                                        *change[:6]),
                                             change[6], change[7:])
            queued.append(("attendance_history", uid, encode(fields), hlc))
        updates.append((uid, hlc, stand_in, change[6], int(row_id)))
    db.cursor().executemany(
        "UPDATE attendance_history SET uid = ?, hlc = ?, stand_in = ?, changed_at = ? "
        "WHERE id = ?", [(*u[:3], ts(u[3]), u[4]) for u in updates])
    run_ops(migrator.add_not_null("attendance_history", "uid"),
            migrator.add_index("attendance_history", ("uid",), True))

    run_ops(
        migrator.add_column("outcome_tick_history", "uid", CharField(null=True)),
        migrator.add_column("outcome_tick_history", "hlc", IntegerField(default=0)),
        migrator.add_column("outcome_tick_history", "session_id", CharField(null=True)),
        migrator.add_column("outcome_tick_history", "participant_id", CharField(null=True)),
        migrator.add_column("outcome_tick_history", "outcome_id", CharField(null=True)),
    )
    ticks = db.execute_sql(
        "SELECT h.id, t.session_id, t.participant_id, t.outcome_id, h.previous_achieved, "
        "h.new_achieved, h.changed_at, h.changed_by, h.device_id FROM outcome_tick_history h "
        "LEFT JOIN outcome_tick t ON t.id = h.tick_id ORDER BY h.id").fetchall()
    tick_updates: list[tuple[Any, ...]] = []
    for row_id, session_id, participant_id, outcome_id, previous, new, at, by, dev in ticks:
        moment = _utc(at)
        hlc = int(moment.timestamp() * 1000) << COUNTER_BITS
        if session_id is None:
            uid = str(uuid.uuid4())
        else:
            uid, moment, fields = _unique(taken, tick_history_id, partial(
                tick_history_change, session_id, participant_id, outcome_id,
                None if previous is None else bool(previous), bool(new)), moment, [by, dev])
            queued.append(("outcome_tick_history", uid, encode(fields), hlc))
        tick_updates.append((uid, hlc, session_id, participant_id, outcome_id, ts(moment),
                             int(row_id)))
    db.cursor().executemany(
        "UPDATE outcome_tick_history SET uid = ?, hlc = ?, session_id = ?, participant_id = ?, "
        "outcome_id = ?, changed_at = ? WHERE id = ?", tick_updates)
    run_ops(migrator.add_not_null("outcome_tick_history", "uid"),
            migrator.add_index("outcome_tick_history", ("uid",), True))
    device = db.execute_sql("SELECT id, next_seq FROM device LIMIT 1").fetchone()
    demo = db.execute_sql("SELECT 1 FROM setting WHERE key = ?", (DEMO_KEY,)).fetchone()
    if not queued or device is None or demo is not None:
        return
    device_id, first = str(device[0]), int(device[1])
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    db.cursor().executemany(
        "INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields, hlc, created_at, "
        "state) VALUES (?, ?, ?, ?, 'upsert', ?, ?, ?, 'pending')",
        [(first + i, device_id, entity, uid, fields, hlc, now)
         for i, (entity, uid, fields, hlc) in enumerate(queued)])
    db.execute_sql("UPDATE device SET next_seq = ? WHERE id = ?", (first + len(queued),
                                                                    device_id))


def _v4_to_v5(db: SqliteDatabase) -> None:
    # The name peewee gives models.Attendance's index; IF NOT EXISTS: a file made by a build
    # that had the index already declared.
    db.execute_sql("CREATE INDEX IF NOT EXISTS attendance_session_id_marked_at "
                   "ON attendance (session_id, marked_at)")


STEPS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}
LATEST = max(STEPS) + 1


def migrate(db: SqliteDatabase, from_version: int) -> None:
    """Bring the schema from `from_version` to LATEST; each step is atomic with its version."""
    version = from_version
    while version < LATEST:
        step = STEPS[version]
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {version + 1}")
        version += 1
