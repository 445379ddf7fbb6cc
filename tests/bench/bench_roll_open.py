"""Benchmark: a big programme's roll opened and its rate column filled, with peak memory.

On the programme file of bench_mark_one (12 weekly sessions, 8 past with everyone marked), in
one process as the window's database thread runs them: the roll of the latest past session
(`roster_tab.load_roll`, the RollTableModel filled, a 1000x700 table painted), then the rate
column (`roster_tab.load_compliance`, shown in the model). Min and median wall time, median
CPU time (what a loaded machine does not blur), the load, and the process's peak memory after
the roll and after the rates (targets at 50k: roll <= 300 ms, rates <= 2 s, <= 200 MB).
To compare two versions, run it from each tree in turn, interleaved.

    .venv/bin/python tests/bench/bench_roll_open.py [people] [rounds]
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_mark_one import CACHE, PAST, build
from copies import fresh_copy
from PySide6.QtWidgets import QApplication, QTableView

from fieldsessions.db import store
from fieldsessions.db.models import Session
from fieldsessions.gui.roll_model import RollTableModel
from fieldsessions.gui.roster_tab import load_compliance, load_roll


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def figures(name: str, wall: list[float], cpu: list[float]) -> str:
    return (f"{name}: wall min {min(wall) * 1000:7.0f} ms  median "
            f"{statistics.median(wall) * 1000:7.0f} ms  CPU median "
            f"{statistics.median(cpu) * 1000:7.0f} ms")


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    path = CACHE / f"mark-one-{people}.sqlite"
    if not path.exists():
        build(path, people)
        store.close_store()
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"load: {', '.join(f'{x:.2f}' for x in os.getloadavg())}; {people} people, "
          f"{rounds} rounds")
    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-"))
    store.open_store(fresh_copy(path, folder, "ours"), check_integrity=False)
    session = Session.select().order_by(Session.starts_at).offset(PAST - 1).first()
    view = QTableView()
    view.resize(1000, 700)
    view.show()
    wall, cpu = [], []
    model = RollTableModel()
    for _ in range(rounds):
        model = RollTableModel()
        start, used = time.perf_counter(), time.process_time()
        data = load_roll(session.id)
        model.set_entries(data.entries)
        view.setModel(model)
        view.viewport().repaint()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - used)
    assert model.total_rows() == people
    print(f"  {figures('roll open', wall, cpu)}  peak {peak_mb():.0f} MB", flush=True)
    wall, cpu = [], []
    for _ in range(rounds):
        start, used = time.perf_counter(), time.process_time()
        rates = load_compliance(session.programme_id)
        model.set_compliance(rates.marks)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - used)
    print(f"  {figures('rate column', wall, cpu)}  peak {peak_mb():.0f} MB", flush=True)
    store.close_store()
    shutil.rmtree(folder)
    print(f"load: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    del app


if __name__ == "__main__":
    main()
