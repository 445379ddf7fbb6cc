"""Benchmark: marking all 2,000 participants of a session vs raw sqlite3 executemany.

Ours: services.attendance.mark_all_present — one transaction writing 2,000 attendance rows,
2,000 history rows and 4,000 outbox rows (a mark and its history row each), after reading
the roster and checking the rules.
Baseline: the same 8,000 rows inserted with plain sqlite3 executemany in one transaction, on a
copy of the same file with the same pragmas. Both measured in this run; target <= 3x.

    .venv/bin/python tests/bench/bench_marking.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import fresh_copy, raw_connection
from raw_marks import raw_insert

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import store
from fieldsessions.services import attendance, importing, programmes

N = 2000
ROUNDS = 7


def build(folder: Path, count: int = N) -> tuple[Path, str]:
    path = folder / f"template-{count}.sqlite"
    store.open_store(path)
    spec = ProgrammeSpec(name="Big", frequency=Frequency.ONCE,
                         start_date=date.today() - timedelta(days=1))
    info = programmes.create_programme(spec)
    roster = folder / "roster.csv"
    roster.write_text("name,id\n" + "".join(f"Person {i},ID{i}\n" for i in range(count)))
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
    elapsed = raw_insert(conn, session_id)
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
