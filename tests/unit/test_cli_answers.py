"""What the installed `fieldsessions` command answers to a mistake, run as a user runs it (a
subprocess): one sentence on stderr and a non-zero exit, never a traceback, and no data
changed (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest


def run_cli(db: Path, *args: str, stdin: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, FIELDSESSIONS_DB=str(db), **(env or {}))
    return subprocess.run([sys.executable, "-m", "fieldsessions", *args], env=environment,
                          capture_output=True, text=True, timeout=120, input=stdin)


def refused(done: subprocess.CompletedProcess[str], *phrases: str) -> None:
    """Exit 1 with one line on stderr holding each phrase."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    for phrase in phrases:
        assert phrase in done.stderr, done.stderr


def fresh_db(tmp_path: Path) -> Path:
    """A new, empty data file (made by a first command, which says so)."""
    db = tmp_path / "data.sqlite"
    done = run_cli(db, "programme", "list")
    assert done.returncode == 0 and "created a new, empty data file" in done.stderr
    return db


@pytest.fixture
def full_circle(tmp_path: Path) -> tuple[Path, str]:
    """A once-off session a week ago with capacity 1: Ana booked, Ben waitlisted, Cleo never
    enrolled. Returns (data file, session id)."""
    db = fresh_db(tmp_path)
    start = (date.today() - timedelta(days=7)).isoformat()
    assert run_cli(db, "programme", "add", "--name", "Full circle", "--start", start,
                   "--once", "--capacity", "1").returncode == 0
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,ID\nAna,A-1\nBen,B-1\n")
    assert run_cli(db, "import-roster", str(roster), "--programme", "Full circle"
                   ).returncode == 0
    other = tmp_path / "other.csv"
    other.write_text("Name,ID\nCleo,C-1\n")
    assert run_cli(db, "import-roster", str(other)).returncode == 0
    listed = run_cli(db, "sessions", "list", "--json")
    return db, json.loads(listed.stdout)[0]["id"]


def test_absent_with_minutes_is_refused_and_nothing_is_stored(
    full_circle: tuple[Path, str], tmp_path: Path
) -> None:
    db, session = full_circle
    done = run_cli(db, "mark", "--session", session, "--participant", "A-1", "--status",
                   "absent", "--minutes", "30")
    refused(done, "Minutes attended go with present or late")
    target = tmp_path / "attendance.csv"
    assert run_cli(db, "export", "attendance", "-o", str(target)).returncode == 0
    assert ",absent," not in target.read_text(encoding="utf-8-sig")
    assert run_cli(db, "mark", "--session", session, "--participant", "A-1", "--status",
                   "late", "--minutes", "30").returncode == 0


def test_a_waitlisted_or_never_enrolled_person_cannot_be_marked_onto_the_sheet(
    full_circle: tuple[Path, str], tmp_path: Path
) -> None:
    db, session = full_circle
    refused(run_cli(db, "mark", "--session", session, "--participant", "B-1", "--status",
                    "present"), "Ben is on the waiting list of Full circle, not booked")
    refused(run_cli(db, "mark", "--session", session, "--participant", "C-1", "--status",
                    "present"), "Cleo is not enrolled in Full circle", "walk-in")
    sheet = tmp_path / "sheet.pdf"
    done = run_cli(db, "report", "sheet", "--session", session, "-o", str(sheet))
    assert done.returncode == 0 and "1 participant." in done.stdout


def test_a_second_programme_with_the_same_name_is_refused_so_names_keep_working(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Youth Circle", "--start", "2027-03-01",
                   "--once").returncode == 0
    refused(run_cli(db, "programme", "add", "--name", " youth circle ", "--start",
                    "2027-04-01", "--once"),
            "A programme called 'Youth Circle' already exists", "another name")
    listed = run_cli(db, "sessions", "list", "--programme", "Youth Circle", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1


@pytest.mark.parametrize("schedule, phrases", [
    (["--start", "2027-03-01", "--rrule", "FREQ=SECONDLY;COUNT=5"], ["repeats within a day"]),
    (["--start", "2027-03-01", "--rrule", "FREQ=DAILY;BYHOUR=9,10;COUNT=4"],
     ["more than one session on 2027-03-01"]),
    (["--start", "2027-03-01", "--rrule", "FREQ=WEEKLY;COUNT=3", "--count", "5"],
     ["has its own COUNT or UNTIL", "not both"]),
    (["--start", "2027-03-01", "--rrule", "FREQ=WEEKLY;UNTIL=20270401", "--until",
      "2027-05-01"], ["has its own COUNT or UNTIL"]),
    (["--start", "2027-03-01", "--once", "--count", "5"], ["once-off", "single session"]),
    (["--start", "2027-03-01", "--once", "--weeks", "3"], ["once-off"]),
    (["--start", "2027-03-01", "--once", "--exclude", "2027-03-01"], ["no sessions"]),
    (["--start", "2027-03-01", "--once", "--url", "not a url"],
     ["'not a url' is not a web address", "https://"]),
    (["--start", "0001-01-01", "--once"], ["0001-01-01 is outside the years 1900-2200"]),
    (["--start", "9999-12-20", "--once"], ["9999-12-20 is outside the years 1900-2200"]),
    (["--start", "2200-12-01", "--daily", "--count", "60"],
     ["The last session's date 2201-01-29 is outside the years 1900-2200"]),
])
def test_schedules_that_would_be_quietly_wrong_are_refused_in_a_sentence(
    tmp_path: Path, schedule: list[str], phrases: list[str]
) -> None:
    db = fresh_db(tmp_path)
    refused(run_cli(db, "programme", "add", "--name", "Circle", *schedule), *phrases)
    listed = run_cli(db, "programme", "list", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_an_excluded_date_the_schedule_never_reaches_gets_a_note(tmp_path: Path) -> None:
    done = run_cli(fresh_db(tmp_path), "programme", "add", "--name", "Circle", "--start",
                   "2027-03-01", "--weekly", "mon", "--count", "3", "--exclude", "2027-03-08",
                   "--exclude", "2027-03-10")
    assert done.returncode == 0 and "3 sessions scheduled" in done.stdout
    assert done.stderr == ("fieldsessions: note: 2027-03-10 is not a date of this schedule, so "
                           "--exclude left nothing out for it.\n")


@pytest.fixture
def reportable(tmp_path: Path) -> Path:
    """A data file with one programme, "Circle", and nobody in it."""
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", "2027-03-01",
                   "--once").returncode == 0
    return db


def test_a_report_never_replaces_a_device_or_a_pipe(reportable: Path, tmp_path: Path) -> None:
    import stat

    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a copy of /dev/null
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for target in (device, pipe):
        done = run_cli(reportable, "report", "compliance", "--programme", "Circle",
                       "-o", str(target))
        refused(done, f"Cannot write {target}: it is not an ordinary file")
    assert stat.S_ISCHR(device.lstat().st_mode) and stat.S_ISFIFO(pipe.lstat().st_mode)
    refused(run_cli(reportable, "export", "compliance", "-o", str(tmp_path) + "/x.csv/"),
            "that names a folder")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    refused(run_cli(reportable, "export", "compliance", "-o", str(folder)), "it is a folder")


def test_a_report_through_a_symbolic_link_writes_the_file_it_points_to(
    reportable: Path, tmp_path: Path
) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    done = run_cli(reportable, "report", "compliance", "--programme", "Circle", "-o", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")


def test_a_write_error_names_the_path_the_user_gave_not_a_temporary_file(
    reportable: Path
) -> None:
    done = run_cli(reportable, "export", "compliance", "-o", "/proc/compliance.csv")
    refused(done, "Cannot write /proc/compliance.csv:")
    assert ".compliance.csv." not in done.stderr


def test_dash_writes_to_standard_output_and_the_note_goes_to_stderr(
    reportable: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, FIELDSESSIONS_DB=str(reportable))
    done = subprocess.run([sys.executable, "-m", "fieldsessions", "report", "compliance",
                           "--programme", "Circle", "-o", "-"], env=env, capture_output=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith(b"%PDF")
    assert done.stderr.decode().startswith("Wrote to standard output: compliance report")
    assert not (tmp_path / "-").exists()
    exported = run_cli(reportable, "export", "compliance", "--format", "csv", "-o", "-")
    assert exported.returncode == 0 and exported.stdout.startswith("\ufeffProgramme,")


@pytest.mark.parametrize("args, phrase", [
    (["export", "compliance", "--format", "xlsx", "-o", "x.csv"],
     "x.csv ends in .csv but this writes XLSX; name it x.xlsx or --format csv."),
    (["report", "compliance", "--programme", "Circle", "-o", "x.csv"],
     "x.csv ends in .csv but this writes PDF; name it x.pdf."),
    (["export", "compliance", "--format", "csv", "-o", "report.pdf"], "ends in .pdf"),
])
def test_a_file_name_that_says_another_format_is_refused(
    reportable: Path, tmp_path: Path, args: list[str], phrase: str
) -> None:
    refused(run_cli(reportable, *args), phrase)
    assert not (Path.cwd() / "x.csv").exists()


def test_certificates_with_nobody_completed_write_no_file(
    reportable: Path, tmp_path: Path
) -> None:
    target = tmp_path / "certificates.pdf"
    refused(run_cli(reportable, "report", "certificates", "--programme", "Circle",
                    "-o", str(target)), "no certificate to print; no file was written")
    assert not target.exists()


def test_a_mistyped_data_file_path_says_it_made_a_new_empty_file(tmp_path: Path) -> None:
    real = fresh_db(tmp_path)
    assert run_cli(real, "programme", "add", "--name", "Circle", "--start", "2027-03-01",
                   "--once").returncode == 0
    typo = tmp_path / "data.sqllite"
    done = run_cli(typo, "programme", "list")
    assert done.returncode == 0
    assert done.stderr == (f"fieldsessions: note: created a new, empty data file at {typo} "
                           "(there was none there).\n")
    again = run_cli(typo, "programme", "list")
    assert again.stderr == ""  # said once, when it was made


def _damage(path: Path) -> None:
    """Overwrite the middle of the file, past its header (what a failing disk does)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xa5" * (size // 4))


def test_a_damaged_data_file_names_its_newest_backup_and_restore_puts_it_back(
    tmp_path: Path
) -> None:
    import sqlite3

    db = fresh_db(tmp_path)
    assert run_cli(db, "demo").returncode == 0
    (tmp_path / "backups").mkdir()
    backup = tmp_path / "backups" / "data-20270301T090000000000-daily.sqlite"
    with sqlite3.connect(db) as source, sqlite3.connect(backup) as copy:
        source.backup(copy)
    before = run_cli(db, "programme", "list", "--json").stdout
    _damage(db)
    done = run_cli(db, "programme", "list")
    refused(done, f"The data file {db} is damaged", f"The newest backup is {backup}",
            f"`fieldsessions restore --db {db}` puts it back")
    assert "unexpected" not in done.stderr and "report it" not in done.stderr
    restored = run_cli(db, "restore")
    assert restored.returncode == 0, restored.stderr
    assert f"Restored {db} from {backup}." in restored.stdout
    kept = list(tmp_path.glob("data-replaced-*.sqlite"))
    assert len(kept) == 1 and f"kept as {kept[0]}" in restored.stdout
    assert run_cli(db, "programme", "list", "--json").stdout == before
    # Restored again at once (the same second): the file kept first is never overwritten
    # (a new user's trial lost a healthy data file that way).
    first_kept = kept[0].read_bytes()
    again = run_cli(db, "restore")
    assert again.returncode == 0, again.stderr
    kept = sorted(tmp_path.glob("data-replaced-*.sqlite"))
    assert len(kept) == 2 and first_kept in (kept[0].read_bytes(), kept[1].read_bytes())


def test_restore_with_no_backup_says_where_it_looked(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    refused(run_cli(db, "restore"), f"No backup of {db} was found in {tmp_path / 'backups'}")


def test_a_data_file_that_cannot_be_opened_is_not_called_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder the user may not write in (as root, the test makes the system say so)."""
    from fieldsessions.cli import run

    db = fresh_db(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: (
        False if Path(path) == tmp_path and mode & os.W_OK else real_access(path, mode)))
    assert run(["--db", str(db), "programme", "list"]) == 1
    err = capsys.readouterr().err
    assert f"You may not write in the folder {tmp_path} (its permissions)" in err
    assert "is not damaged" in err.replace("file is not damaged", "is not damaged")


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_login_errors_are_one_sentence_without_library_text(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    env = {"FIELDSESSIONS_PASSWORD": "a-long-password",
           "FIELDSESSIONS_CREDENTIALS_DIR": str(tmp_path / "credentials")}
    down = f"http://127.0.0.1:{_free_port()}"
    done = run_cli(db, "login", "--server", down, "--user", "ann", env=env)
    refused(done, f"Cannot reach the sync server at {down}: nothing answers there.")
    assert "Pool" not in done.stderr and "Max retries" not in done.stderr
    port = _free_port()
    plain = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind",
                              "127.0.0.1"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        import time

        for _ in range(100):  # until it listens
            try:
                __import__("socket").create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        done = run_cli(db, "login", "--server", f"https://127.0.0.1:{port}", "--user", "ann",
                       env=env)
    finally:
        plain.terminate()
        plain.wait(10)
    refused(done, f"https://127.0.0.1:{port} answers in plain HTTP, not HTTPS")
    assert "CA bundle" not in done.stderr and "SSL" not in done.stderr


def test_sync_progress_is_not_written_when_stderr_is_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cron job's log gets the receipt, not \r progress lines."""
    import argparse

    from fieldsessions.cli import sync_commands
    from fieldsessions.sync import engine

    seen: list[object] = []

    class Stop(Exception):
        pass

    def fake_engine(**kwargs: object) -> object:
        seen.append(kwargs["progress"])
        raise Stop

    monkeypatch.setattr(engine, "engine_from_settings", fake_engine)
    args = argparse.Namespace(db=str(fresh_db(tmp_path)), batch_size=500, quiet=False,
                              json=False)
    with pytest.raises(Stop):
        sync_commands.cmd_sync(args)
    assert seen == [None]  # pytest's captured stderr is not a terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with pytest.raises(Stop):
        sync_commands.cmd_sync(args)
    assert seen[-1] is sync_commands._print_progress


def test_sessions_list_refuses_an_end_before_the_start_like_reports_do(tmp_path: Path) -> None:
    refused(run_cli(fresh_db(tmp_path), "sessions", "list", "--from", "2027-02-01", "--to",
                    "2027-01-01"), "The end date is before the start date.")


def test_both_programs_print_their_version() -> None:
    import fieldsessions

    for module, name in (("fieldsessions", "fieldsessions"),
                         ("fieldsessions.server.cli", "fieldsessions-server")):
        done = subprocess.run([sys.executable, "-m", module, "--version"], capture_output=True,
                              text=True, timeout=60)
        assert (done.returncode, done.stdout) == (0, f"{name} {fieldsessions.__version__}\n")


def test_lists_say_when_they_are_empty_and_counts_take_their_plural(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "participants", "list").stdout == (
        "No participants yet; add them with `fieldsessions import-roster`.\n")
    assert run_cli(db, "programme", "list").stdout.startswith("No programmes yet")
    added = run_cli(db, "programme", "add", "--name", "Once", "--start", "2027-03-01", "--once")
    assert "1 session scheduled." in added.stdout
    roster = tmp_path / "one.csv"
    roster.write_text("Name\nAna\n")
    imported = run_cli(db, "import-roster", str(roster))
    assert imported.stdout == "Imported 1 participant; skipped 0 rows.\n"


def test_tables_line_up_for_korean_chinese_and_arabic_names(tmp_path: Path) -> None:
    from fieldsessions.cli.core_commands import display_width

    db = fresh_db(tmp_path)
    roster = tmp_path / "names.csv"
    roster.write_text("Name,ID,Group\n김민준,K-1,서울\n王小明,C-1,北京\nمُحَمَّد,A-1,القاهرة\n"
                      "Ana,L-1,Lima\n", encoding="utf-8")
    assert run_cli(db, "import-roster", str(roster)).returncode == 0
    lines = run_cli(db, "participants", "list").stdout.splitlines()
    header, rows = lines[0], lines[1:]
    column = display_width(header[:header.index("external id")])
    for row in rows:
        ident = next(part for part in ("K-1", "C-1", "A-1", "L-1") if part in row)
        assert display_width(row[:row.index(ident)]) == column, row


def test_an_unexpected_error_names_the_log_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    from fieldsessions import cli
    from fieldsessions.cli import core_commands

    log_file = tmp_path / "fieldsessions.log"
    handler = logging.FileHandler(log_file)
    monkeypatch.setattr(logging.getLogger(), "handlers", [handler])  # as app.setup_logging

    def broken(args: object) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setattr(core_commands, "cmd_programme_list", broken)
    try:
        assert cli.run(["--db", str(fresh_db(tmp_path)), "programme", "list"]) == 70
    finally:
        handler.close()
    err = capsys.readouterr().err
    assert f"Details are in the log file {log_file}; please report it." in err
    assert "RuntimeError: a bug" in log_file.read_text()


def test_the_facilitators_screen_operations_work_from_the_command_line(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    week_ago = date.today() - timedelta(days=7)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", week_ago.isoformat(),
                   "--weekly", week_ago.strftime("%a").lower(), "--count", "3",
                   "--capacity", "1", "--expiry-months", "6").returncode == 0
    roster = tmp_path / "people.csv"
    roster.write_text("Name,ID\nAna,A-1\nBen,B-1\n")
    assert run_cli(db, "import-roster", str(roster)).returncode == 0

    def ok(*args: str) -> str:
        done = run_cli(db, *args)
        assert done.returncode == 0 and done.stderr == "", (args, done.stderr)
        return done.stdout

    assert ok("enrol", "--programme", "Circle", "--participant", "A-1") == (
        "Ana: booked in Circle.\n")
    assert ok("enrol", "--programme", "Circle", "--participant", "B-1") == (
        "Ben: put on the waiting list (it is full) in Circle.\n")
    assert ok("cancel-booking", "--programme", "Circle", "--participant", "A-1") == (
        "Ana's place in Circle is cancelled. Ben was booked from the waiting list.\n")
    first, _today, last = (s["id"] for s in json.loads(ok("sessions", "list", "--json")))
    assert ok("walk-in", "--session", first, "--name", "Cleo") == (
        "Cleo walked in: marked present (added as a new person).\n")
    assert ok("mark-all", "--session", first, "--status", "absent") == (
        "Marked 1 person absent.\n")
    assert ok("unmark", "--session", first, "--participant", "B-1") == (
        "Ben: absent -> pending (mark cleared).\n")
    assert ok("session", "cancel", last, "--reason", "Rain").startswith("Cancelled: Circle")
    assert json.loads(ok("sessions", "list", "--json"))[2]["status"] == "cancelled"
    assert ok("session", "reinstate", last).startswith("Reinstated: Circle")
    extra_day = (date.today() + timedelta(days=30)).isoformat()
    added = ok("session", "add", "--programme", "Circle", "--date", extra_day, "--time",
               "18:00", "--duration", "30")
    assert added.startswith(f"Added: Circle, {extra_day} 18:00-18:30 (")
    extra = added.rsplit("(", 1)[1].rstrip(").\n")
    assert ok("session", "change", extra, "--duration", "45").startswith(
        f"Changed: Circle, {extra_day} 18:00-18:45")
    refused(run_cli(db, "session", "cancel", last, "--reason", " "), "reason")
    as_of = (date.today() + timedelta(days=400)).isoformat()
    status = ok("completion", "--programme", "Circle", "--as-of", as_of)
    assert status.startswith(f"Circle on {as_of} (a completion valid 6 months):")
    assert "Ben" in status and "Cleo" in status
    assert "Circle" in ok("reports", "owed")


@pytest.mark.parametrize("spelling", [
    "Youth  Circle",  # two spaces
    "Youth\u00a0Circle",  # a no-break space
    "\uff39outh Circle",  # a full-width Y (NFKC)
    "YOUTH CIRCLE",  # case: programmes are found by name in any case, so names differ by more
])
def test_programme_names_that_differ_only_in_spacing_unicode_form_or_case_are_refused(
    tmp_path: Path, spelling: str
) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Youth Circle", "--start", "2027-03-01",
                   "--once").returncode == 0
    refused(run_cli(db, "programme", "add", "--name", spelling, "--start", "2027-04-01",
                    "--once"), "A programme called 'Youth Circle' already exists")
    listed = run_cli(db, "sessions", "list", "--programme", spelling, "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 1


def test_a_decomposed_accent_is_the_same_programme_name_as_a_composed_one(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Caf\u00e9 club", "--start", "2027-03-01",
                   "--once").returncode == 0
    refused(run_cli(db, "programme", "add", "--name", "Cafe\u0301 club", "--start",
                    "2027-04-01", "--once"), "already exists")


def _run_with_db(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "FIELDSESSIONS_DB"}
    return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", db, *args],
                          env=environment, capture_output=True, text=True, timeout=60)


def test_a_data_file_path_that_is_a_pipe_a_device_a_csv_or_empty_is_one_clear_sentence(
    tmp_path: Path
) -> None:
    import stat

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    refused(_run_with_db(str(pipe), "programme", "list"),
            f"{pipe} is not a regular file (a device, a pipe or a socket)")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    refused(_run_with_db("/dev/null", "programme", "list"),
            "/dev/null is not a regular file")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,ID\nAna,A-1\n", encoding="utf-8")
    refused(_run_with_db(str(roster), "programme", "list"),
            f"{roster} is a text file (such as a CSV), not a fieldsessions data file",
            "import-roster")
    assert roster.read_text(encoding="utf-8") == "Name,ID\nAna,A-1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "roster.csv"]
    refused(_run_with_db("", "programme", "list"), "--db was given an empty path")
    refused(_run_with_db("  ", "programme", "list"), "--db was given an empty path")


@pytest.mark.parametrize("rule, sentence", [
    ("COUNT=3", "The RRULE 'COUNT=3' has no FREQ; start it with FREQ=DAILY, WEEKLY, MONTHLY "
     "or YEARLY, e.g. FREQ=WEEKLY;BYDAY=MO."),
    ("FREQ=WEEKLY;BYDAY=XX;COUNT=3", "In the RRULE, BYDAY 'XX' is not a weekday; use MO, "
     "TU, WE, TH, FR, SA or SU, e.g. BYDAY=MO,TH."),
    ("FREQ=WEEKLY;UNTIL=20200101", "The RRULE's UNTIL (2020-01-01) is before the start "
     "(2027-03-01), so it makes no sessions."),
    ("FREQ=WEEKLY;COUNT=0", "In the RRULE, COUNT=0 makes no sessions; COUNT is the number "
     "of sessions, 1 or more."),
    ("FREQ=WEEKLY;INTERVAL=0;COUNT=3", "In the RRULE, INTERVAL=0 is not a step; INTERVAL is "
     "1 or more (1: every week, 2: every other one)."),
    ("FREQ=WEEKLY;COUNT=3;UNTIL=20280101", "The RRULE has both COUNT and UNTIL; keep one: "
     "COUNT (how many sessions) or UNTIL (the last date)."),
    ("FREQ=FOO;COUNT=2", "In the RRULE, FREQ=FOO is not a frequency; use DAILY, WEEKLY, "
     "MONTHLY or YEARLY."),
    ("garbage", "In the RRULE, 'garbage' is not a NAME=VALUE part; write it like "
     "FREQ=WEEKLY;BYDAY=MO,TH."),
    ("FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2;COUNT=2", "The RRULE "
     "'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2;COUNT=2' matches no date from the start on, so "
     "it makes no sessions."),
])
def test_each_bad_rrule_gets_one_true_sentence(tmp_path: Path, rule: str, sentence: str
                                               ) -> None:
    db = fresh_db(tmp_path)
    done = run_cli(db, "programme", "add", "--name", "Circle", "--start", "2027-03-01",
                   "--rrule", rule)
    refused(done, sentence)
    assert done.stderr == f"fieldsessions: {sentence}\n"


def test_dev_stdout_is_standard_output_like_a_dash(reportable: Path, tmp_path: Path) -> None:
    env = dict(os.environ, FIELDSESSIONS_DB=str(reportable))
    done = subprocess.run([sys.executable, "-m", "fieldsessions", "report", "compliance",
                           "--programme", "Circle", "-o", "/dev/stdout"], env=env,
                          capture_output=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith(b"%PDF"), done.stderr
    assert done.stderr.decode().startswith("Wrote to standard output: compliance report")
    exported = run_cli(reportable, "export", "compliance", "--format", "csv", "-o",
                       "/dev/stdout")
    assert exported.returncode == 0 and exported.stdout.startswith("\ufeffProgramme,")


def test_counts_of_one_are_singular_and_a_limit_of_zero_says_no_alert(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "One", "--start", "2027-03-01",
                   "--weekly", "mon", "--count", "1").returncode == 0
    from fieldsessions.db import store
    from fieldsessions.db.models import Programme

    for limit, words in ((1, "alert after 1 absence in a row."),
                         (0, "no alert for absences in a row.")):
        store.open_store(db)
        try:
            Programme.update(consecutive_absence_limit=limit).execute()
        finally:
            store.close_store()
        shown = run_cli(db, "compliance", "--programme", "One")
        assert shown.stdout.splitlines()[0].endswith(words), shown.stdout
