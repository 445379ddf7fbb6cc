"""Benchmark: what the programme rules (services.guards) add to taking roll.

Marks a 500-person roll in 20 sessions of a 52-session programme three ways, each in a fresh
data file: guards switched off (the raw baseline, same run), guards on without an hours budget
(completion recompute), guards on with a budget (plus the hours check). Prints ms per roll call
and the ratio to the baseline, then a single mark and a compliance report of the programme.

Run: .venv/bin/python tests/bench/bench_rules_guards.py
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import bulk, store
from fieldsessions.db.models import Session, database
from fieldsessions.services import attendance, compliance, guards, participants, programmes

PEOPLE = 500
ROLLS = 20


def _setup(folder: str, budget: float | None) -> tuple[str, list[str], list[str]]:
    store.open_store(Path(folder) / "bench.sqlite")
    start = date.today() - timedelta(weeks=40)
    programme = programmes.create_programme(ProgrammeSpec(
        name="Big", frequency=Frequency.WEEKLY, start_date=start, weekdays=(start.weekday(),),
        count=52, start_time=clock(0, 5), hours_budget=budget))
    now = datetime.now(UTC)
    ids = [f"p{i:04d}" for i in range(PEOPLE)]
    with database.atomic():
        bulk.insert_participants([(pid, f"Person {i}", None, "", "", "", None, "", 0, "",
                                   bulk.ts(now), bulk.ts(now)) for i, pid in enumerate(ids)])
        rows, _booked, _waiting = participants.enrolment_rows(
            programme.id, ids, now - timedelta(weeks=41), None)
        bulk.insert_enrolments(rows)
    sessions = [s.id for s in Session.select().order_by(Session.starts_at)][:40]
    return programme.id, sessions, ids


def _measure(budget: float | None, guarded: bool) -> tuple[float, float, float]:
    saved: tuple[Callable[..., Any], Callable[..., Any]] = (guards.check_marks,
                                                             guards.after_marks)
    with tempfile.TemporaryDirectory() as folder:
        programme_id, sessions, ids = _setup(folder, budget)
        try:
            if not guarded:
                guards.check_marks = lambda *args, **kwargs: None  # type: ignore[assignment]
                guards.after_marks = lambda *args, **kwargs: None  # type: ignore[assignment]
            begun = time.perf_counter()
            for sid in sessions[:ROLLS]:
                attendance.mark_many(sid, {pid: ("present", None) for pid in ids})
            per_roll = (time.perf_counter() - begun) / ROLLS
            begun = time.perf_counter()
            for pid in ids[:ROLLS]:
                attendance.mark(sessions[ROLLS + 5], pid, "present")
            single = (time.perf_counter() - begun) / ROLLS
            begun = time.perf_counter()
            compliance.compliance(programme_id)
            report = time.perf_counter() - begun
        finally:
            guards.check_marks, guards.after_marks = saved
            store.close_store()
    return per_roll, single, report


def main() -> None:
    raw = _measure(None, guarded=False)
    plain = _measure(None, guarded=True)
    budgeted = _measure(200.0, guarded=True)
    print(f"roll call of {PEOPLE}, guards off (baseline): {raw[0] * 1000:.0f} ms")
    print(f"  guards on, no budget:  {plain[0] * 1000:.0f} ms  ratio {plain[0] / raw[0]:.2f}")
    print(f"  guards on, budget:     {budgeted[0] * 1000:.0f} ms  ratio {budgeted[0] / raw[0]:.2f}")
    print(f"single mark: {budgeted[1] * 1000:.1f} ms (baseline {raw[1] * 1000:.1f} ms, "
          f"ratio {budgeted[1] / raw[1]:.2f})")
    print(f"compliance of {PEOPLE} people x 52 sessions: {budgeted[2] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
