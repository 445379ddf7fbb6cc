"""The headless CLI: what a script or an admin sees (exit codes, stdout, stderr, JSON)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldsessions.cli import run


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_weekly_tue_thu_for_52_weeks_prints_104_sessions(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = cli(capsys, db_path, "programme", "add", "--name", "FDS", "--start",
                       "2027-01-04", "--weekly", "tue,thu", "--weeks", "52")
    assert code == 0 and "104 sessions scheduled" in out
    code, out, _ = cli(capsys, db_path, "programme", "add", "--name", "Once a week",
                       "--start", "2027-01-04", "--weekly", "thu", "--weeks", "52")
    assert code == 0 and "52 sessions scheduled" in out


@pytest.mark.parametrize("args, message", [
    (["--start", "2027-02-30", "--once"], "does not exist in the calendar"),
    (["--start", "2027-01-04", "--weekly", "tue,funday", "--weeks", "2"], "not a weekday"),
    (["--start", "2027-01-04", "--weekly", "tue", "--until", "2026-01-01"], "before the start"),
    (["--start", "2027-01-04", "--weekly", "tue"], "when the programme ends"),
    (["--start", "2027-01-04", "--once", "--time", "25:00"], "HH:MM"),
])
def test_impossible_programmes_are_refused_clearly_without_a_traceback(
    capsys: pytest.CaptureFixture[str], db_path: Path, args: list[str], message: str
) -> None:
    code, _out, err = cli(capsys, db_path, "programme", "add", "--name", "X", *args)
    assert code != 0 and message in err and "Traceback" not in err


def test_list_commands_give_json_with_ids(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    cli(capsys, db_path, "programme", "add", "--name", "Tutoring", "--start", "2026-01-05",
        "--weekly", "mon", "--count", "3", "--capacity", "1")
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,ID\nAmina,K1\nBaraka,K2\n,K3\n", encoding="utf-8")
    code, out, _ = cli(capsys, db_path, "import-roster", str(roster), "--programme",
                       "Tutoring")
    assert code == 0
    assert "Imported 2 participants; enrolled 1, waitlisted 1; skipped 1 row." in out
    assert "line 4: no name" in out
    code, out, _ = cli(capsys, db_path, "programme", "list", "--json")
    programmes = json.loads(out)
    assert programmes[0]["name"] == "Tutoring" and programmes[0]["id"]
    code, out, _ = cli(capsys, db_path, "sessions", "list", "--programme", "Tutoring", "--json")
    sessions = json.loads(out)
    assert len(sessions) == 3 and all(s["id"] for s in sessions)
    code, out, _ = cli(capsys, db_path, "participants", "list", "--programme", "Tutoring",
                       "--json")
    people = json.loads(out)
    assert [(p["name"], p["enrolment_status"]) for p in people] == [
        ("Amina", "booked"), ("Baraka", "waitlisted")]
    code, out, err = cli(capsys, db_path, "mark", "--session", sessions[0]["id"],
                         "--participant", "K1", "--status", "late")
    assert code == 0 and "Amina: pending -> late" in out
    code, out, err = cli(capsys, db_path, "mark", "--session", "no-such-session",
                         "--participant", "K1", "--status", "late")
    assert code == 1 and "No session" in err and out == ""


def test_sessions_filtered_by_date_range(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    cli(capsys, db_path, "programme", "add", "--name", "Daily", "--start", "2027-03-01",
        "--daily", "--count", "10")
    _code, out, _ = cli(capsys, db_path, "sessions", "list", "--from", "2027-03-03", "--to",
                       "2027-03-05", "--json")
    assert [s["local_date"] for s in json.loads(out)] == ["2027-03-03", "2027-03-04",
                                                          "2027-03-05"]


def test_demo_fills_an_empty_file_and_refuses_a_second_time(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = cli(capsys, db_path, "demo")
    assert code == 0 and "Demo data created" in out
    code, out, _ = cli(capsys, db_path, "participants", "list", "--json")
    names = [p["name"] for p in json.loads(out)]
    assert len(names) >= 120
    assert any(any("\u0370" <= ch <= "\u03ff" for ch in n) for n in names)  # Greek
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in n) for n in names)  # Cyrillic
    assert any(ch in "".join(names) for ch in "éñüõ")
    code, out, _ = cli(capsys, db_path, "programme", "list", "--json")
    assert len(json.loads(out)) >= 3
    code, _, err = cli(capsys, db_path, "demo")
    assert code == 1 and "already has programmes" in err


def test_the_installed_command_uses_the_environment_variable_and_never_shows_tracebacks(
    tmp_path: Path
) -> None:
    env = dict(os.environ, FIELDSESSIONS_DB=str(tmp_path / "env.sqlite"))
    done = subprocess.run([sys.executable, "-m", "fieldsessions", "programme", "list"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert (tmp_path / "env.sqlite").exists()
    (tmp_path / "bad.sqlite").write_bytes(b"garbage" * 1000)
    done = subprocess.run([sys.executable, "-m", "fieldsessions", "--db",
                           str(tmp_path / "bad.sqlite"), "programme", "list"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "damaged" in done.stderr and "Traceback" not in done.stderr


def test_a_locked_data_file_is_explained_not_reported_as_a_bug(
    capsys: pytest.CaptureFixture[str], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from fieldsessions.db import store

    cli(capsys, db_path, "programme", "add", "--name", "Daily", "--start", "2027-03-01",
        "--daily", "--count", "2")
    monkeypatch.setitem(store.PRAGMAS, "busy_timeout", 50)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _out, err = cli(capsys, db_path, "programme", "add", "--name", "Other",
                              "--start", "2027-03-01", "--once")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "busy" in err and "unexpected" not in err


def test_a_folder_given_as_the_data_file_is_explained(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _out, err = cli(capsys, tmp_path, "programme", "list")
    assert code == 1 and "is a folder" in err


def test_a_budget_that_is_not_a_number_is_refused_before_anything_is_queued(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, _out, err = cli(capsys, db_path, "programme", "add", "--name", "Tutoring",
                          "--start", "2027-03-01", "--once", "--hours-budget", "nan")
    assert code == 1 and "number of hours" in err


def test_a_partly_taken_roll_is_listed_as_incomplete_and_roll_missing(
    db_path: Path, tmp_path: Path
) -> None:
    """Through the CLI as a process: 3 of 5 marked is "incomplete", still roll missing."""
    def run_cli(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(db_path),
                               *args], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": os.getcwd()})
        assert done.returncode == 0, done.stderr
        return done.stdout

    run_cli("programme", "add", "--name", "Tutoring", "--start", "2026-01-05", "--weekly", "mon",
            "--count", "3")
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,ID\n" + "".join(f"P{i},K{i}\n" for i in range(5)), encoding="utf-8")
    run_cli("import-roster", str(roster), "--programme", "Tutoring")
    first = json.loads(run_cli("sessions", "list", "--json"))[0]
    for i in range(3):
        run_cli("mark", "--session", first["id"], "--participant", f"K{i}", "--status",
                "present")
    missing = json.loads(run_cli("sessions", "list", "--filter", "roll_missing", "--json"))
    row = next(s for s in missing if s["id"] == first["id"])
    assert (row["marked"], row["roster_size"], row["roll"]) == (3, 5, "incomplete")


def test_the_facilitator_name_is_set_and_shown_on_the_command_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, _ = cli(capsys, db_path, "settings", "--facilitator", "  Amina   Otieno ")
    assert code == 0 and "Facilitator: Amina Otieno" in out
    code, _, err = cli(capsys, db_path, "settings", "--facilitator", " ")
    assert code != 0 and "Type your name" in err and "Traceback" not in err
    code, out, _ = cli(capsys, db_path, "settings", "--json")
    assert json.loads(out)["facilitator"] == "Amina Otieno"


def test_a_mistaken_programme_and_person_are_removed_only_with_yes(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    cli(capsys, db_path, "programme", "add", "--name", "Typo", "--start", "2027-01-05",
        "--weekly", "tue", "--count", "3")
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,ID\nAmina,K1\n", encoding="utf-8")
    cli(capsys, db_path, "import-roster", str(roster), "--programme", "Typo")
    code, out, err = cli(capsys, db_path, "programme", "remove", "Typo")
    assert code == 1 and "nothing recorded: it is deleted with its 3 sessions" in out
    assert "--yes" in err
    code, out, _ = cli(capsys, db_path, "participants", "remove", "K1", "--yes")
    assert code == 0 and "was deleted" in out
    code, out, _ = cli(capsys, db_path, "programme", "remove", "Typo", "--yes")
    assert code == 0 and "was deleted" in out
    code, out, _ = cli(capsys, db_path, "programme", "list", "--json")
    assert json.loads(out) == []
