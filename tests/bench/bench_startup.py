"""Benchmark: start-up of the desktop app to its main window shown, vs a bare PySide6 window.

The data file has 5,000 participants, 500 sessions (10 programmes of 50, half of them past)
and 100,000 attendance rows, each with its outbox row (the last 2,000 still waiting to sync).
It is built once with the services for the programmes and raw executemany for the bulk rows,
and cached in the temp folder.

Each measurement is a fresh process, timed from spawn until its main window gets its first
paint event, so interpreter start and imports count:

* baseline: import PySide6, QApplication, an empty QMainWindow, show;
* ours: `application.launch` then show, as `run_app` does: the database worker gets the job
  that opens and checks the data file (it starts at the first paint), the main window is built
  and shown. The file opens and the lists fill behind the painted window; the time until the
  session list first paints with its rows is printed too ("with the sessions listed"), not in
  the ratio.

Both run alternately in the same run, ROUNDS times each; the medians are compared.
Target: ours <= 1.5 x baseline.

    .venv/bin/python tests/bench/bench_startup.py [--rebuild]
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
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
ROUNDS = 7
TARGET = 1.5
CACHE = Path(tempfile.gettempdir()) / "fieldsessions-bench" / "startup-v2.sqlite"

BASELINE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            watched.removeEventFilter(self)
            app.quit()
        return False
window = QMainWindow()
window.resize(1280, 800)
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""

OURS = r"""
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from fieldsessions.gui import application
app = application.application()
db = Path(sys.argv[1])
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
worker, window = application.launch(db, settings)  # as run_app does
class ListPainted(QObject):
    def eventFilter(self, watched, event):
        tab = window._sessions
        if event.type() == QEvent.Type.Paint and tab.session_model.total and not tab.loading:
            print("data", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
list_painted = ListPainted()
def watch_list():
    if window._sessions is None:  # built right after the first paint
        QTimer.singleShot(1, watch_list)
    else:
        window._sessions.session_view.viewport().installEventFilter(list_painted)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watch_list)
        return False
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
application.stop_worker(worker)
"""


def build(path: Path) -> None:
    """The big data file (services for programmes and sessions, raw SQL for bulk rows)."""
    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.db import bulk, store
    from fieldsessions.db.models import Device, attendance_id, database, enrolment_id
    from fieldsessions.services import programmes

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
    counts = {table: database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
              for table in ("participant", "session", "attendance")}
    store.close_store()
    print(f"built {path}: {counts}")


def first_lines(script: str, *args: str) -> dict[str, float]:
    """Seconds from spawn to each line the child prints."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        seen[line.strip()] = time.perf_counter() - started
    if child.wait() != 0 or "shown" not in seen:
        raise SystemExit(f"the child process failed (exit {child.returncode})")
    return seen


def main() -> int:
    if "--rebuild" in sys.argv or not CACHE.exists():
        build(CACHE)
    first_lines(BASELINE)  # warm the file cache for both
    first_lines(OURS, str(CACHE))
    bare, shown, data = [], [], []
    for _ in range(ROUNDS):
        bare.append(first_lines(BASELINE)["shown"])
        seen = first_lines(OURS, str(CACHE))
        shown.append(seen["shown"])
        data.append(seen.get("data", float("nan")))
    b, s, d = (statistics.median(x) for x in (bare, shown, data))
    ratio = s / b
    print(f"bare PySide6 window shown:      {b * 1000:7.0f} ms (median of {ROUNDS})")
    print(f"fieldsessions main window shown: {s * 1000:7.0f} ms  -> {ratio:.2f}x "
          f"(target <= {TARGET}x)")
    print(f"... with the sessions listed:    {d * 1000:7.0f} ms")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
