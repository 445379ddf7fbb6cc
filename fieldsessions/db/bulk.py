"""Hot bulk paths on the raw cursor (peewee's insert_many is several times slower here).

Call these inside a transaction; they only write, they decide nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from fieldsessions.db.models import UtcDateTimeField, database

_TS = UtcDateTimeField()


def ts(moment: datetime) -> Any:
    """A datetime in the stored form."""
    return _TS.db_value(moment)


def upsert_attendance(rows: Sequence[tuple[Any, ...]]) -> None:
    """rows: (id, session_id, participant_id, status, minutes, marked_at, marked_by, device_id,
    note)."""
    database.cursor().executemany(
        "INSERT INTO attendance (id, session_id, participant_id, status, minutes, marked_at, "
        "marked_by, device_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET status = excluded.status, minutes = excluded.minutes, "
        "marked_at = excluded.marked_at, marked_by = excluded.marked_by, "
        "device_id = excluded.device_id, note = excluded.note",
        rows,
    )


def delete_attendance(ids: Sequence[str]) -> None:
    database.cursor().executemany("DELETE FROM attendance WHERE id = ?", [(i,) for i in ids])


def insert_attendance_history(rows: Sequence[Sequence[Any]]) -> None:
    """rows: (uid, hlc, attendance_id, session_id, participant_id, previous_status,
    new_status, previous_minutes, new_minutes, changed_at, changed_by, device_id, reason)."""
    database.cursor().executemany(
        "INSERT INTO attendance_history (uid, hlc, attendance_id, session_id, participant_id, "
        "previous_status, new_status, previous_minutes, new_minutes, changed_at, changed_by, "
        "device_id, reason, stand_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        rows,
    )


def insert_participants(rows: Sequence[tuple[Any, ...]]) -> None:
    """rows: (id, name, external_id, phone, email, gender, birth_date, group_name, is_walk_in,
    notes, created_at, updated_at)."""
    database.cursor().executemany(
        "INSERT INTO participant (id, name, external_id, phone, email, gender, birth_date, "
        "group_name, is_walk_in, notes, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def insert_enrolments(rows: Sequence[tuple[Any, ...]]) -> None:
    """rows: (id, programme_id, participant_id, status, is_walk_in, requested_at, created_at,
    updated_at)."""
    database.cursor().executemany(
        "INSERT INTO enrolment (id, programme_id, participant_id, status, is_walk_in, "
        "requested_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def apply_completion_changes(
    programme_id: str,
    inserts: Sequence[tuple[str, str, Any]],
    updates: Sequence[tuple[Any, str]],
    deletes: Sequence[str],
    created_at: datetime,
) -> None:
    """Completion records of one programme: inserts (id, participant_id, completed_on),
    updates (completed_on, participant_id), deletes (participant_id)."""
    cursor = database.cursor()
    stamp = ts(created_at)
    if inserts:
        cursor.executemany(
            "INSERT INTO completion (id, programme_id, participant_id, completed_on, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(cid, programme_id, pid, str(day), stamp) for cid, pid, day in inserts],
        )
    if updates:
        cursor.executemany(
            "UPDATE completion SET completed_on = ? WHERE programme_id = ? AND participant_id = ?",
            [(str(day), programme_id, pid) for day, pid in updates],
        )
    if deletes:
        cursor.executemany(
            "DELETE FROM completion WHERE programme_id = ? AND participant_id = ?",
            [(programme_id, pid) for pid in deletes],
        )
