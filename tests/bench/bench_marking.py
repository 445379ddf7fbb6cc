"""Benchmark: marking all 2,000 participants of a session vs raw sqlite3 executemany.

Ours: services.attendance.mark_all_present — one transaction writing 2,000 attendance rows,
2,000 history rows and 2,000 outbox rows, after reading the roster and checking the rules.
Baseline: the same 6,000 rows inserted with plain sqlite3 executemany in one transaction, on a
copy of the same file with the same pragmas. Both measured in this run; target <= 3x.

    .venv/bin/python tests/bench/bench_marking.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import fresh_copy, raw_connection

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import store
from fieldsessions.db.models import attendance_id
from fieldsessions.services import attendance, importing, programmes

N = 2000
ROUNDS = 7


def build(folder: Path) -> tuple[Path, str]:
    path = folder / "template.sqlite"
    store.open_store(path)
    spec = ProgrammeSpec(name="Big", frequency=Frequency.ONCE,
                         start_date=date.today() - timedelta(days=1))
    info = programmes.create_programme(spec)
    roster = folder / "roster.csv"
    roster.write_text("name,id\n" + "".join(f"Person {i},ID{i}\n" for i in range(N)))
    importing.import_roster(roster, info.id)
    session_id = programmes.list_sessions(info.id)[0].id
    store.close_store()
    return path, session_id


def ours(template: Path, folder: Path, session_id: str) -> float:
    store.open_store(fresh_copy(template, folder, "ours"), check_integrity=False)
    start = time.perf_counter()
    changes = attendance.mark_all_present(session_id)
    elapsed = time.perf_counter() - start
    assert len(changes) == N
    store.close_store()
    return elapsed


def raw(template: Path, folder: Path, session_id: str) -> float:
    conn = raw_connection(template, folder)
    ids = [r[0] for r in conn.execute("SELECT participant_id FROM enrolment")]
    device = conn.execute("SELECT id FROM device").fetchone()[0]
    seq0 = conn.execute("SELECT next_seq FROM device").fetchone()[0]
    start = time.perf_counter()
    now = datetime.now(UTC).isoformat(sep=" ")
    att = [(attendance_id(session_id, p), session_id, p, "present", None, now, "me", device, "")
           for p in ids]
    hist = [(a[0], session_id, a[2], None, "present", None, None, now, "me", device, "")
            for a in att]
    out = [(seq0 + i, device, "attendance", a[0], "upsert",
            json.dumps({"session_id": session_id, "participant_id": a[2], "status": "present"}),
            i, now, "pending") for i, a in enumerate(att)]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO attendance (id, session_id, participant_id, status, minutes, "
                     "marked_at, marked_by, device_id, note) VALUES (?,?,?,?,?,?,?,?,?)", att)
    conn.executemany("INSERT INTO attendance_history (attendance_id, session_id, participant_id, "
                     "previous_status, new_status, previous_minutes, new_minutes, changed_at, "
                     "changed_by, device_id, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)", hist)
    conn.executemany("INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields, hlc, "
                     "created_at, state) VALUES (?,?,?,?,?,?,?,?,?)", out)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template, session_id = build(folder)
        ours_times, raw_times = [], []
        for _ in range(ROUNDS):
            raw_times.append(raw(template, folder, session_id))
            ours_times.append(ours(template, folder, session_id))
        o, r = statistics.median(ours_times), statistics.median(raw_times)
        print(f"mark all {N} present (attendance + history + outbox rows), median of {ROUNDS}:")
        print(f"  fieldsessions  {o * 1000:8.1f} ms")
        print(f"  raw sqlite3    {r * 1000:8.1f} ms")
        print(f"  ratio          {o / r:8.2f}x   (target <= 3x)")


if __name__ == "__main__":
    main()
