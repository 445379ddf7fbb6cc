"""Benchmark: one mark in a big programme (10k and 50k people), vs the same writes in raw SQL.

A weekly programme of 12 sessions, the first 8 past with everyone booked and marked (present,
late or absent), and the completion records derived from those marks (80% of people hold
one). Ours: `services.attendance.mark` of one person in the latest past session (present or
late, whichever they are not, so the hours rules run too), what the
roster's worker job runs for a key press (rules checked, the attendance, history and outbox
rows written, completion brought in line), on the open store. Baseline: the same three rows
written with plain sqlite3 in one IMMEDIATE transaction on a copy of the same file.

Rounds alternate ours and raw, each marking another person; min and median of each, with
the load. Target at 50k people: a mark <= 20 ms.

    .venv/bin/python tests/bench/bench_mark_one.py [--sizes 10000,50000] [--rounds N]
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import checkpoint, raw_connection

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import bulk, store
from fieldsessions.db.models import Programme, attendance_id, database, enrolment_id
from fieldsessions.services import attendance, completion, programmes

SESSIONS = 12
PAST = 8
ROUNDS = 7
TARGET_S = 0.020
CACHE = Path(tempfile.gettempdir()) / "fieldsessions-bench"


def build(path: Path, people: int) -> None:
    """The programme file (services for the programme, the bulk paths for the rows)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    store.open_store(path)
    rng = random.Random(3)
    info = programmes.create_programme(ProgrammeSpec(
        name="Big", frequency=Frequency.WEEKLY,
        start_date=date.today() - timedelta(weeks=PAST) + timedelta(days=1),
        weekdays=((date.today() + timedelta(days=1)).weekday(),), count=SESSIONS))
    Programme.update(completion_min_attendance=60).where(Programme.id == info.id).execute()
    sessions = programmes.list_sessions(info.id)[:PAST]
    stamp = bulk.ts(datetime.now(UTC) - timedelta(weeks=PAST + 1))
    ids = [str(uuid.uuid4()) for _ in range(people)]
    with database.atomic():
        bulk.insert_participants([
            (pid, f"Person {i:06d}", f"X{i:06d}", "", "", "", None, "", False, "", stamp, stamp)
            for i, pid in enumerate(ids)])
        bulk.insert_enrolments([
            (enrolment_id(info.id, pid), info.id, pid, "booked", False, stamp, stamp, stamp)
            for pid in ids])
        device = database.execute_sql("SELECT id FROM device").fetchone()[0]
        for s in sessions:
            bulk.upsert_attendance([
                (attendance_id(s.id, pid), s.id, pid,
                 rng.choice(("present", "present", "present", "late", "absent")), None,
                 bulk.ts(s.starts_at), "Bench", device, "") for pid in ids])
    completion.recompute(info.id)
    store.close_store()
    checkpoint(path)


def ours(session_id: str, pid: str, status: str) -> float:
    start = time.perf_counter()
    attendance.mark(session_id, pid, status)
    return time.perf_counter() - start


def raw(conn: object, session_id: str, pid: str, status: str, device: str) -> float:
    import sqlite3

    assert isinstance(conn, sqlite3.Connection)
    start = time.perf_counter()
    now = datetime.now(UTC).isoformat(sep=" ")
    aid = attendance_id(session_id, pid)
    seq = conn.execute("SELECT next_seq FROM device").fetchone()[0]
    conn.execute("BEGIN IMMEDIATE")
    previous = conn.execute("SELECT status, minutes FROM attendance WHERE id = ?",
                            (aid,)).fetchone()
    conn.execute("INSERT INTO attendance (id, session_id, participant_id, status, minutes, "
                 "marked_at, marked_by, device_id, note) VALUES (?,?,?,?,?,?,?,?,?) "
                 "ON CONFLICT(id) DO UPDATE SET status = excluded.status",
                 (aid, session_id, pid, status, None, now, "me", device, ""))
    conn.execute("INSERT INTO attendance_history (uid, hlc, stand_in, attendance_id, "
                 "session_id, participant_id, previous_status, new_status, previous_minutes, "
                 "new_minutes, changed_at, changed_by, device_id, reason) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 (str(uuid.uuid4()), seq, False, aid, session_id, pid,
                  previous[0] if previous else None, status, None, None, now, "me", device, ""))
    conn.execute("INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields, hlc, "
                 "created_at, state) VALUES (?,?,?,?,?,?,?,?,?)",
                 (seq, device, "attendance", aid, "upsert",
                  json.dumps({"session_id": session_id, "participant_id": pid,
                              "status": status}), seq, now, "pending"))
    conn.execute("UPDATE device SET next_seq = ?", (seq + 1,))
    conn.execute("COMMIT")
    return time.perf_counter() - start


def run(people: int, rounds: int) -> float:
    path = CACHE / f"mark-one-{people}.sqlite"
    if "--rebuild" in sys.argv or not path.exists():
        started = time.perf_counter()
        build(path, people)
        print(f"built {path} in {time.perf_counter() - started:.0f} s")
    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-"))
    conn = raw_connection(path, folder)
    device = conn.execute("SELECT id FROM device").fetchone()[0]
    session_id = conn.execute("SELECT id FROM session ORDER BY starts_at LIMIT 1 OFFSET ?",
                              (PAST - 1,)).fetchone()[0]
    ids = [r[0] for r in conn.execute("SELECT participant_id FROM enrolment ORDER BY id "
                                      f"LIMIT {2 * rounds + 2}")]
    from copies import fresh_copy

    store.open_store(fresh_copy(path, folder, "ours"), check_integrity=False)
    def other(pid: str) -> str:
        """An attended status other than the person's mark (P or L: the hours are checked)."""
        now = conn.execute("SELECT status FROM attendance WHERE id = ?",
                           (attendance_id(session_id, pid),)).fetchone()[0]
        return "late" if now == "present" else "present"

    ours(session_id, ids[-1], other(ids[-1]))  # warm: imports, caches
    raw(conn, session_id, ids[-2], other(ids[-2]), device)
    mine, base = [], []
    for i in range(rounds):
        mine.append(ours(session_id, ids[2 * i], other(ids[2 * i])))
        base.append(raw(conn, session_id, ids[2 * i + 1], other(ids[2 * i + 1]), device))
    store.close_store()
    conn.close()
    m, b = statistics.median(mine), statistics.median(base)
    print(f"{people:6d} people: one mark  ours min {min(mine) * 1000:6.1f} ms  median "
          f"{m * 1000:6.1f} ms | raw min {min(base) * 1000:5.1f} ms  median {b * 1000:5.1f} ms"
          f"  -> {m / b:.1f}x")
    return m


def main() -> int:
    sizes = [10_000, 50_000]
    if "--sizes" in sys.argv:
        sizes = [int(x) for x in sys.argv[sys.argv.index("--sizes") + 1].split(",")]
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else ROUNDS
    print(f"load: {', '.join(f'{x:.2f}' for x in os.getloadavg())}; {rounds} rounds")
    medians = {people: run(people, rounds) for people in sizes}
    print(f"load: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    worst = medians.get(50_000, max(medians.values()))
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
