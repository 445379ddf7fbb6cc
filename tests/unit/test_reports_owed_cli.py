"""`fieldsessions reports owed|submit` as a process: daily report periods, due or overdue,
submitting one, and a wrong period key told in one sentence."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def add(db: Path, name: str, start: date, count: int, reporting: str) -> None:
    done = run_cli(db, "programme", "add", "--name", name, "--start", start.isoformat(),
                   "--daily", "--count", str(count), "--time", "00:05",
                   "--reporting", reporting)
    assert done.returncode == 0, done.stderr


def test_daily_reports_are_owed_per_day_due_then_overdue_and_can_be_submitted(
    tmp_path: Path
) -> None:
    db = tmp_path / "data.sqlite"
    old = date.today() - timedelta(days=20)
    recent = date.today() - timedelta(days=3)
    add(db, "Sewing circle", old, 2, "daily")
    add(db, "Money club", recent, 1, "daily")
    done = run_cli(db, "reports", "owed", "--json")
    assert done.returncode == 0, done.stderr
    owed = json.loads(done.stdout)
    keys = {(o["programme_name"], o["period"]["key"]): o["overdue"] for o in owed}
    assert keys == {
        ("Sewing circle", f"day:{old.isoformat()}"): True,
        ("Sewing circle", f"day:{(old + timedelta(days=1)).isoformat()}"): True,
        ("Money club", f"day:{recent.isoformat()}"): False,
    }
    table = run_cli(db, "reports", "owed").stdout
    assert "overdue" in table and "due" in table and "3 owed, 2 overdue" in table

    done = run_cli(db, "reports", "submit", "--programme", "Sewing circle", "--period",
                   f"day:{old.isoformat()}", "--notes", "Ten came; we cut patterns.")
    assert done.returncode == 0, done.stderr
    owed = json.loads(run_cli(db, "reports", "owed", "--programme", "Sewing circle",
                              "--json").stdout)
    assert [o["period"]["key"] for o in owed] == [f"day:{(old + timedelta(days=1)).isoformat()}"]


def test_a_session_report_owed_is_submitted_by_its_key_and_a_wrong_key_is_one_sentence(
    tmp_path: Path
) -> None:
    db = tmp_path / "data.sqlite"
    add(db, "Reading club", date.today() - timedelta(days=2), 1, "every_session")
    owed = json.loads(run_cli(db, "reports", "owed", "--json").stdout)
    assert len(owed) == 1 and owed[0]["period"]["key"].startswith("session:")
    done = run_cli(db, "reports", "submit", "--programme", "Reading club", "--period",
                   owed[0]["period"]["key"], "--notes", "Read chapter 2.")
    assert done.returncode == 0, done.stderr
    assert run_cli(db, "reports", "owed").stdout.strip() == "No reports are owed."

    wrong = run_cli(db, "reports", "submit", "--programme", "Reading club", "--period",
                    "month:1999-01")
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr
    assert wrong.stderr.strip().count("\n") == 0 and "reports on every session" in wrong.stderr
