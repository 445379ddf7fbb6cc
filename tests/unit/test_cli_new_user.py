"""What a new user's check of the command line found after issue 13 (figures that counted a
session moved into the future, restore onto the data file itself, two live sessions on one
day, ...), each checked through the command as a user runs it (a subprocess)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from tests.unit.test_cli_answers import fresh_db, refused, run_cli


def _sessions(db: Path, programme: str) -> list[dict[str, object]]:
    done = run_cli(db, "sessions", "list", "--programme", programme, "--json")
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def _weekday(day: date) -> str:
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]


def _weekly(db: Path, tmp_path: Path, name: str, weeks_ago: int, count: int,
            people: str = "Ana,A1\nBen,B1\n") -> list[str]:
    start = date.today() - timedelta(weeks=weeks_ago)
    assert run_cli(db, "programme", "add", "--name", name, "--start", start.isoformat(),
                   "--weekly", _weekday(start), "--count", str(count)).returncode == 0
    roster = tmp_path / f"{name}.csv"
    roster.write_text("Name,ID\n" + people, encoding="utf-8")
    done = run_cli(db, "import-roster", str(roster), "--programme", name)
    assert done.returncode == 0, done.stderr
    return [str(s["id"]) for s in _sessions(db, name)]


def test_a_session_with_marks_cannot_be_moved_to_when_it_could_not_be_marked(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    first = _weekly(db, tmp_path, "Circle", 3, 4)[0]
    for who in ("A1", "B1"):
        assert run_cli(db, "mark", "--session", first, "--participant", who, "--status",
                       "present").returncode == 0
    later = (date.today() + timedelta(days=60)).isoformat()
    refused(run_cli(db, "session", "change", first, "--date", later),
            "2 attendance marks", "cannot be moved")
    assert _sessions(db, "Circle")[0]["local_date"] == (
        date.today() - timedelta(weeks=3)).isoformat()
    # Within the past it is a correction of a wrong date, and allowed.
    earlier = (date.today() - timedelta(weeks=3, days=1)).isoformat()
    assert run_cli(db, "session", "change", first, "--date", earlier).returncode == 0
