"""Benchmark: the roster's rate column in a big programme (10k and 50k people).

On the programme file of bench_mark_one (12 weekly sessions, 8 past with everyone marked):
  * whole: everyone's rates, what opening a roster reads in its own job after the roll
    (services.compliance.rates with nothing known yet);
  * after a mark: one person marked, then the rates the column asks for after the pause
    (only that person's, as the sessions did not change);
  * compliance: the programme's compliance as `fieldsessions compliance` computes it.
Baseline: the marks of the programme read with plain sqlite3 (one join), the least any
whole computation reads. Interleaved rounds, min and median (wall and CPU), with the load,
and the peak memory.

    .venv/bin/python tests/bench/bench_rates.py [--sizes 10000,50000] [--rounds N]
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_mark_one import CACHE, PAST, build
from copies import fresh_copy, raw_connection

from fieldsessions.db import store
from fieldsessions.services import attendance, compliance

CPU: dict[str, list[float]] = {}  # CPU seconds of each figure: what the load does not blur


def timed(func: Callable[[], object], name: str = "") -> float:
    start, cpu = time.perf_counter(), time.process_time()
    func()
    CPU.setdefault(name, []).append(time.process_time() - cpu)
    return time.perf_counter() - start


def run(people: int, rounds: int) -> None:
    path = CACHE / f"mark-one-{people}.sqlite"
    if not path.exists():
        build(path, people)
    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-"))
    conn = raw_connection(path, folder)
    programme_id = conn.execute("SELECT id FROM programme").fetchone()[0]
    session_id = conn.execute("SELECT id FROM session ORDER BY starts_at LIMIT 1 OFFSET ?",
                              (PAST - 1,)).fetchone()[0]
    ids = [r[0] for r in conn.execute(f"SELECT participant_id FROM enrolment LIMIT {rounds}")]
    store.open_store(fresh_copy(path, folder, "ours"), check_integrity=False)

    def raw() -> None:
        conn.execute("SELECT a.participant_id, a.session_id, a.status, a.minutes FROM attendance a "
                     "JOIN session s ON s.id = a.session_id WHERE s.programme_id = ?",
                     (programme_id,)).fetchall()

    whole, after, report, base = [], [], [], []
    key = compliance.rates(programme_id).sessions_key  # warm
    for i in range(rounds):
        base.append(timed(raw, "raw read of the marks"))
        whole.append(timed(lambda: compliance.rates(programme_id), "rates, whole"))
        now = attendance.roster(session_id)
        status = next(e.status for e in now if e.participant_id == ids[i])
        attendance.mark(session_id, ids[i], "late" if status == "present" else "present")
        after.append(timed(lambda i=i: compliance.rates(programme_id, [ids[i]], key),
                           "rates after one mark"))
        report.append(timed(lambda: compliance.compliance(programme_id), "compliance"))
    store.close_store()
    conn.close()
    shutil.rmtree(folder)  # the copies of a 50k file take 600 MB
    for name, times in (("raw read of the marks", base), ("rates, whole", whole),
                        ("rates after one mark", after), ("compliance", report)):
        print(f"{people:6d} people: {name:22s} min {min(times) * 1000:8.1f} ms  median "
              f"{statistics.median(times) * 1000:8.1f} ms  CPU median "
              f"{statistics.median(CPU.pop(name)) * 1000:8.1f} ms", flush=True)
    print(f"peak memory of the process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)


def main() -> None:
    sizes = [10_000, 50_000]
    if "--sizes" in sys.argv:
        sizes = [int(x) for x in sys.argv[sys.argv.index("--sizes") + 1].split(",")]
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 3
    print(f"load: {', '.join(f'{x:.2f}' for x in os.getloadavg())}; {rounds} rounds")
    for people in sizes:
        run(people, rounds)
    print(f"load: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
