"""Benchmark: importing a 50,000-row roster CSV vs raw csv + sqlite3 executemany.

Ours: services.importing.import_roster — header mapping, per-row validation, duplicate checks,
participants + enrolments (capacity, waitlist) + one outbox row each, one transaction.
Baseline: csv.reader and executemany of the same participant, enrolment and outbox rows (no
validation), same file, same pragmas, same run. Target <= 3x.

    .venv/bin/python tests/bench/bench_import.py
"""

from __future__ import annotations

import csv
import json
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

from copies import fresh_copy, raw_connection

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import store
from fieldsessions.services import importing, programmes

N = 50_000
ROUNDS = 3


def make_csv(path: Path) -> None:
    rng = random.Random(1)
    first = ["Ana", "José", "Amina", "Γιώργος", "Анна", "Wanjiru", "Zoë", "Baraka", "Thảo"]
    last = ["Cruz", "Núñez", "Mwangi", "Παπαδόπουλος", "Иванова", "Kamau", "Müller", "Otieno"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First name", "Last name", "Learner ID", "Phone", "Gender",
                         "Date of birth", "Village"])
        for i in range(N):
            # (name, date of birth) unique per row, so no row is a duplicate.
            born = date(1950, 1, 1) + timedelta(days=i % 25_000)
            writer.writerow([first[i % 9], last[(i // 9) % 8], f"L{i:06d}",
                             f"+254 7{rng.randrange(10**8):08d}", rng.choice("FM"),
                             born.isoformat(), f"Village {rng.randrange(40)}"])


def template(folder: Path) -> tuple[Path, str]:
    path = folder / "template.sqlite"
    store.open_store(path)
    info = programmes.create_programme(ProgrammeSpec(
        name="Big", frequency=Frequency.ONCE, start_date=date(2027, 1, 1), capacity=40_000))
    store.close_store()
    return path, info.id


def ours(tpl: Path, folder: Path, roster: Path, programme_id: str) -> float:
    store.open_store(fresh_copy(tpl, folder, "ours"), check_integrity=False)
    start = time.perf_counter()
    report = importing.import_roster(roster, programme_id)
    elapsed = time.perf_counter() - start
    assert report.imported == N, report.skipped[:3]
    store.close_store()
    return elapsed


def raw(tpl: Path, folder: Path, roster: Path, programme_id: str) -> float:
    conn = raw_connection(tpl, folder)
    device = conn.execute("SELECT id FROM device").fetchone()[0]
    start = time.perf_counter()
    now = datetime.now(UTC).isoformat(sep=" ")
    people, enrolments, outbox = [], [], []
    with roster.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        for i, (fn, ln, ext, phone, gender, born, village) in enumerate(reader):
            pid = str(uuid.uuid4())
            people.append((pid, f"{fn} {ln}", ext, phone, "", gender, born, village, 0, "",
                           now, now))
            eid = str(uuid.uuid4())
            enrolments.append((eid, programme_id, pid, "booked", 0, now, now, now))
            outbox.append((2 * i + 1000, device, "participant", pid, "upsert",
                           json.dumps({"name": f"{fn} {ln}", "external_id": ext}), i, now,
                           "pending"))
            outbox.append((2 * i + 1001, device, "enrolment", eid, "upsert",
                           json.dumps({"participant_id": pid, "status": "booked"}), i, now,
                           "pending"))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO participant (id, name, external_id, phone, email, gender, "
                     "birth_date, group_name, is_walk_in, notes, created_at, updated_at) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", people)
    conn.executemany("INSERT INTO enrolment (id, programme_id, participant_id, status, "
                     "is_walk_in, requested_at, created_at, updated_at) "
                     "VALUES (?,?,?,?,?,?,?,?)", enrolments)
    conn.executemany("INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields, hlc, "
                     "created_at, state) VALUES (?,?,?,?,?,?,?,?,?)", outbox)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        roster = folder / "roster.csv"
        make_csv(roster)
        tpl, programme_id = template(folder)
        ours_t, raw_t = [], []
        for _ in range(ROUNDS):
            raw_t.append(raw(tpl, folder, roster, programme_id))
            ours_t.append(ours(tpl, folder, roster, programme_id))
        o, r = statistics.median(ours_t), statistics.median(raw_t)
        print(f"import a {N:,}-row roster CSV into a programme, median of {ROUNDS}:")
        print(f"  fieldsessions      {o:7.2f} s")
        print(f"  raw csv+executemany{r:7.2f} s")
        print(f"  ratio              {o / r:7.2f}x   (target <= 3x)")


if __name__ == "__main__":
    main()
