"""Benchmark: what a facilitator waits for when starting the desktop app, vs a bare PySide6 window.

The app is launched as a user launches it: the `fieldsessions` console script beside this
Python (or `python -m fieldsessions` without one) as a process of its own, offscreen, on a data
file of 5,000 participants, 500 sessions (10 programmes of 50, half of them past) and 100,000
attendance rows, each with its outbox row (the last 2,000 still waiting to sync). The file is
built once (services for the programmes, the bulk paths for the rows) and cached in the temp
folder. With FIELDSESSIONS_STARTUP_PROBE=1 the app prints "first-paint <ms>" when its window
has painted and "sessions-painted <ms>" when the session list has painted with its rows, then
quits; the bench times each line from the spawn of the process, so the interpreter's start and
every import count.

Baseline: a process that imports PySide6, makes a QApplication and an empty 1280x800
QMainWindow, shows it and prints "first-paint" once it has painted.

Both run alternately, ROUNDS times each, after one warm-up run of each; min and median of
each are printed with the machine's load. Targets: first paint <= 1.3x the bare window;
session list painted <= 2x the bare window.

    .venv/bin/python tests/bench/bench_startup.py [--rebuild] [--rounds N]
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PARTICIPANTS = 5000
PROGRAMMES = 10
SESSIONS_EACH = 50
ROSTER = 200  # participants per programme: 500 sessions x 200 = 100,000 attendance rows
ROUNDS = 5
PAINT_TARGET = 1.3
LIST_TARGET = 2.0
TIMEOUT_S = 120
CACHE = Path(tempfile.gettempdir()) / "fieldsessions-bench" / "startup-v3.sqlite"

BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
started = time.perf_counter()
app = QApplication(sys.argv)
def painted():
    print(f"first-paint {(time.perf_counter() - started) * 1000:.0f}", file=sys.stderr,
          flush=True)
    app.quit()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)  # once this paint is done, as the app's probe
        return False
window = QMainWindow()
window.resize(1280, 800)
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""


def build(path: Path) -> None:
    """The big data file (services for programmes and sessions, raw SQL for bulk rows)."""
    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.db import bulk, store
    from fieldsessions.db.models import Device, attendance_id, database, enrolment_id
    from fieldsessions.services import programmes
    from fieldsessions.services import status as device_status

    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store.open_store(path)
    rng = random.Random(5)
    now = datetime.now(UTC)
    stamp = bulk.ts(now)
    people = [str(uuid.uuid4()) for _ in range(PARTICIPANTS)]
    with database.atomic():
        bulk.insert_participants([
            (pid, f"Participant {i:05d}", f"EXT{i:05d}", "", "", "", None, f"Group {i % 40}",
             False, "", stamp, stamp) for i, pid in enumerate(people)])
    start = date.today() - timedelta(days=SESSIONS_EACH // 2)
    created = [programmes.create_programme(ProgrammeSpec(
        name=f"Programme {n + 1:02d}", frequency=Frequency.DAILY, start_date=start,
        count=SESSIONS_EACH, start_time=clock(8 + n % 8, 0), duration_min=90,
        capacity=ROSTER)) for n in range(PROGRAMMES)]
    device = Device.select().get()
    seq = device.next_seq
    attendance_rows, outbox_rows = [], []
    with database.atomic():
        for n, info in enumerate(created):
            members = people[n * 400:n * 400 + ROSTER]
            bulk.insert_enrolments([
                (enrolment_id(info.id, pid), info.id, pid, "booked", False, stamp, stamp, stamp)
                for pid in members])
            for s in programmes.list_sessions(info.id):
                for pid in members:
                    aid = attendance_id(s.id, pid)
                    status = rng.choice(("present", "present", "present", "late", "absent"))
                    attendance_rows.append((aid, s.id, pid, status, None, stamp, "Bench",
                                            device.id, ""))
                    outbox_rows.append((seq, device.id, "attendance", aid, "upsert",
                                        f'{{"status":"{status}"}}', seq, stamp, "acked"))
                    seq += 1
        bulk.upsert_attendance(attendance_rows)
        outbox_rows[-2000:] = [(*row[:8], "pending") for row in outbox_rows[-2000:]]
        database.cursor().executemany(
            "INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields, hlc, "
            "created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", outbox_rows)
        Device.update(next_seq=seq).execute()
    device_status.save_facilitator_name("Bench Facilitator")  # a returning user: no name asked
    counts = {table: database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table in ("participant", "session", "attendance")}
    store.close_store()
    print(f"built {path}: {counts}")


def app_command() -> list[str]:
    """How a user starts the app: the console script, else `python -m fieldsessions`."""
    script = Path(sys.executable).with_name("fieldsessions")
    return [str(script)] if script.exists() else [sys.executable, "-m", "fieldsessions"]


def timed_lines(command: list[str], home: Path) -> dict[str, float]:
    """Seconds from spawn to each marker line ("first-paint", "sessions-painted") the child
    prints on stderr."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDSESSIONS_STARTUP_PROBE="1",
               PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"))
    env.pop("FIELDSESSIONS_DB", None)
    # An installed app runs from compiled bytecode (pip compiles it); the warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True, cwd=home, env=env)
    assert child.stderr is not None
    stopper = threading.Timer(TIMEOUT_S, child.kill)  # a child that never paints is stopped
    stopper.start()
    seen: dict[str, float] = {}
    other: list[str] = []
    for line in child.stderr:
        word = line.split(" ", 1)[0]
        if word in ("first-paint", "sessions-painted"):
            seen[word] = time.perf_counter() - started
        else:
            other.append(line)
    stopper.cancel()
    if child.wait() != 0 or "first-paint" not in seen:
        raise SystemExit(f"{command[0]} failed (exit {child.returncode}):\n{''.join(other)}")
    return seen


def load() -> str:
    """The load average (1, 5, 15 minutes), as `uptime` shows it."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else ROUNDS
    if "--rebuild" in sys.argv or not CACHE.exists():
        build(CACHE)
    home = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-home-"))
    try:
        bare_cmd = [sys.executable, "-c", BASELINE]
        ours_cmd = [*app_command(), "--db", str(CACHE)]
        print(f"app: {' '.join(ours_cmd)}")
        print(f"load before: {load()}")
        timed_lines(bare_cmd, home)  # warm-up: file cache, the app's saved window state
        timed_lines(ours_cmd, home)
        bare: list[float] = []
        paint: list[float] = []
        listed: list[float] = []
        for _ in range(rounds):
            bare.append(timed_lines(bare_cmd, home)["first-paint"])
            seen = timed_lines(ours_cmd, home)
            paint.append(seen["first-paint"])
            listed.append(seen.get("sessions-painted", float("nan")))
        print(f"load after:  {load()}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    base = statistics.median(bare)

    def line(what: str, values: list[float], target: float | None) -> float:
        median = statistics.median(values)
        ratio = median / base
        goal = f" (target <= {target}x)" if target else ""
        print(f"{what:34} min {min(values) * 1000:6.0f} ms  median {median * 1000:6.0f} ms"
              f"  -> {ratio:.2f}x{goal}")
        return ratio

    print(f"{rounds} interleaved rounds, {PARTICIPANTS} people / "
          f"{PROGRAMMES * SESSIONS_EACH * ROSTER} marks")
    line("bare PySide6 window first paint", bare, None)
    paint_ratio = line("fieldsessions first paint", paint, PAINT_TARGET)
    list_ratio = line("fieldsessions session list painted", listed, LIST_TARGET)
    return 0 if paint_ratio <= PAINT_TARGET and list_ratio <= LIST_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
