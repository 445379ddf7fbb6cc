"""Benchmark: two commands a facilitator waits on, as whole processes, against raw baselines
that do the same work as whole processes, in the same run (issue "Fast at every size").

- `fieldsessions report sheet` for a 1,000-person session, against a Python process that reads
  the same 1,000 names with plain sqlite3 and draws the same table on a raw reportlab canvas
  (bench_sheet.raw_canvas). Target <= 1.5x.
- `fieldsessions mark-all --status present` for a 2,000-person session, against a Python process
  that inserts the same attendance, history and outbox rows with plain sqlite3 executemany
  (bench_marking.raw_insert). Target <= 2x.

Each round starts both sides from fresh copies of the same file; rounds are interleaved, so a
busy machine slows both alike. Prints medians of each side and the median of the per-round
ratios.

    .venv/bin/python tests/bench/bench_processes.py [rounds]
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from copies import checkpoint, fresh_copy  # noqa: E402


def console_script() -> list[str]:
    """The `fieldsessions` command a user types: the console script beside this Python, else
    `python -m fieldsessions`."""
    script = Path(sys.executable).with_name("fieldsessions")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fieldsessions"]


def run(command: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def raw_sheet(path: str, session_id: str, output: str) -> None:
    """The baseline process: the session's names by plain sqlite3, drawn on a raw canvas."""
    from datetime import date
    from datetime import time as clock

    from bench_sheet import raw_canvas

    from fieldsessions.reports.data import AttendanceSheet, SessionHeader, SheetRow

    conn = sqlite3.connect(path)
    names = conn.execute(
        "SELECT p.id, p.external_id, p.name FROM enrolment e "
        "JOIN participant p ON p.id = e.participant_id ORDER BY p.name").fetchall()
    conn.close()
    header = SessionHeader(
        session_id=session_id, programme_name="Big", title="", topic="",
        local_date=date.today(), start=clock(9), end=clock(10), duration_min=60,
        timezone="UTC", location="", online_url="", facilitator="")
    sheet = AttendanceSheet(header, tuple(SheetRow(i, e or "", n) for i, e, n in names))
    Path(output).write_bytes(raw_canvas(sheet))


def raw_mark_all(path: str, session_id: str) -> None:
    """The baseline process: mark-all's rows inserted with plain sqlite3 executemany."""
    from raw_marks import raw_insert

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=2")
    conn.execute("PRAGMA foreign_keys=1")
    raw_insert(conn, session_id)
    conn.close()


def measure(label: str, target: float, rounds: int, ours: list[str], raw: list[str],
            template: Path, folder: Path) -> None:
    ours_times, raw_times = [], []
    for _ in range(rounds):
        raw_copy, our_copy = fresh_copy(template, folder, "raw"), fresh_copy(template, folder,
                                                                            "ours")
        raw_times.append(run([a.replace("{db}", str(raw_copy)) for a in raw]))
        ours_times.append(run([a.replace("{db}", str(our_copy)) for a in ours]))
        raw_copy.unlink()
        our_copy.unlink()
    ratio = statistics.median(o / r for o, r in zip(ours_times, raw_times, strict=True))
    print(f"{label}, whole processes, median of {rounds} interleaved rounds:")
    print(f"  fieldsessions : {statistics.median(ours_times) * 1000:8.0f} ms "
          f"(min {min(ours_times) * 1000:.0f})")
    print(f"  raw baseline  : {statistics.median(raw_times) * 1000:8.0f} ms "
          f"(min {min(raw_times) * 1000:.0f})")
    print(f"  ratio         : {ratio:8.2f}x  (target <= {target}x)")


def main() -> None:
    from bench_marking import build

    from fieldsessions.db import store

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    command = console_script()
    me = [sys.executable, str(Path(__file__).resolve())]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for count, label, target in ((1000, "attendance sheet, 1,000 people", 1.5),
                                     (2000, "mark all 2,000 present", 2.0)):
            template, session_id = build(folder, count)
            store.close_store()
            checkpoint(template)
            out = str(folder / "sheet.pdf")
            if count == 1000:
                ours = [*command, "--db", "{db}", "report", "sheet", "--session", session_id,
                        "-o", out]
                raw = [*me, "--raw-sheet", "{db}", session_id, out]
            else:
                ours = [*command, "--db", "{db}", "mark-all", "--session", session_id,
                        "--status", "present"]
                raw = [*me, "--raw-mark-all", "{db}", session_id]
            measure(label, target, rounds, ours, raw, template, folder)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--raw-sheet"]:
        raw_sheet(*sys.argv[2:5])
    elif sys.argv[1:2] == ["--raw-mark-all"]:
        raw_mark_all(*sys.argv[2:4])
    else:
        main()
