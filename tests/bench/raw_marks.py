"""The baseline of marking everyone present: the rows services.attendance.mark_all_present
writes (a mark, its history row, and an outbox row for each), inserted with plain sqlite3
executemany in one transaction. Standard library only, so a baseline process imports nothing
of the app."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from datetime import UTC, datetime


def raw_insert(conn: sqlite3.Connection, session_id: str) -> float:
    """The rows mark-all writes, inserted with plain executemany in one transaction."""
    ids = [r[0] for r in conn.execute("SELECT participant_id FROM enrolment")]
    device = conn.execute("SELECT id FROM device").fetchone()[0]
    seq0 = conn.execute("SELECT next_seq FROM device").fetchone()[0]
    start = time.perf_counter()
    now = datetime.now(UTC).isoformat(sep=" ")
    att = [(str(uuid.uuid5(uuid.NAMESPACE_URL, f"attendance:{session_id}:{p}")), session_id, p,
            "present", None, now, "me", device, "") for p in ids]
    n = len(att)
    hist = [(str(uuid.uuid4()), n + i, 0, a[0], session_id, a[2], None, "present", None, None,
             now, "me", device, "") for i, a in enumerate(att)]
    out = [(seq0 + i, device, "attendance", a[0], "upsert",
            json.dumps({"session_id": session_id, "participant_id": a[2], "status": "present"}),
            i, now, "pending") for i, a in enumerate(att)]
    out += [(seq0 + n + i, device, "attendance_history", h[0], "upsert",
             json.dumps({"session_id": session_id, "participant_id": h[5], "new_status": "present",
                         "changed_at": now, "device_id": device}),
             n + i, now, "pending") for i, h in enumerate(hist)]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO attendance (id, session_id, participant_id, status, minutes, "
                     "marked_at, marked_by, device_id, note) VALUES (?,?,?,?,?,?,?,?,?)", att)
    conn.executemany("INSERT INTO attendance_history (uid, hlc, stand_in, attendance_id, "
                     "session_id, participant_id, previous_status, new_status, "
                     "previous_minutes, new_minutes, changed_at, changed_by, device_id, reason) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", hist)
    conn.executemany("INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields, hlc, "
                     "created_at, state) VALUES (?,?,?,?,?,?,?,?,?)", out)
    conn.execute("COMMIT")
    return time.perf_counter() - start
