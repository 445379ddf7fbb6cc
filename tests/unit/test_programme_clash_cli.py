"""`fieldsessions programme add` warns in one line when the facilitator is double-booked, and
saves anyway (run as a process)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_an_overlapping_programme_is_saved_with_a_one_line_warning_naming_the_first_clash(
    tmp_path: Path
) -> None:
    db = tmp_path / "data.sqlite"
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    assert run_cli(db, "settings", "--facilitator", "Amina").returncode == 0
    first = run_cli(db, "programme", "add", "--name", "Maths tutoring", "--start",
                    monday.isoformat(), "--weekly", "mon", "--count", "4", "--time", "09:00",
                    "--duration", "60")
    assert first.returncode == 0 and first.stderr == ""
    apart = run_cli(db, "programme", "add", "--name", "Afternoon club", "--start",
                    monday.isoformat(), "--weekly", "mon", "--count", "4", "--time", "14:00")
    assert apart.returncode == 0 and apart.stderr == ""
    done = run_cli(db, "programme", "add", "--name", "Reading club", "--start",
                   monday.isoformat(), "--weekly", "mon", "--count", "2", "--time", "09:30")
    assert done.returncode == 0
    assert "Reading club" in done.stdout
    assert done.stderr == (f"fieldsessions: warning: Amina is already booked on Maths tutoring "
                           f"on {monday.isoformat()} 09:00-10:00 and 1 more.\n")
    listed = run_cli(db, "programme", "list").stdout
    assert "Reading club" in listed and "Maths tutoring" in listed
