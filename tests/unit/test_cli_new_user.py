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


def _with_backup(tmp_path: Path) -> tuple[Path, Path, str]:
    """A data file with a demo in it and a backup copy of it; (data file, backup, listing)."""
    import sqlite3

    db = fresh_db(tmp_path)
    assert run_cli(db, "demo").returncode == 0
    (tmp_path / "backups").mkdir()
    backup = tmp_path / "backups" / "data-20270301T090000000000-daily.sqlite"
    with sqlite3.connect(db) as source, sqlite3.connect(backup) as copy:
        source.backup(copy)
    return db, backup, run_cli(db, "programme", "list", "--json").stdout


def test_restore_refuses_the_data_file_itself_as_the_backup_before_moving_anything(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "demo").returncode == 0
    before = sorted(p.name for p in tmp_path.iterdir())
    refused(run_cli(db, "restore", "--backup", str(db)), "is the data file itself")
    refused(run_cli(db, "restore", "--backup", f"{tmp_path}/./{db.name}"),
            "is the data file itself")
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert "Ready" not in run_cli(db, "programme", "list").stderr
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,ID\nAna,A1\n", encoding="utf-8")
    done = run_cli(db, "restore", "--backup", str(roster))
    refused(done, f"The backup {roster} cannot be used: it is not a fieldsessions data file.")
    assert "either" not in done.stderr and "not a database" not in done.stderr, done.stderr


def test_a_restore_whose_copy_fails_changes_nothing(tmp_path: Path) -> None:
    import resource

    db, backup, before = _with_backup(tmp_path)
    size = backup.stat().st_size
    files = sorted(p.name for p in tmp_path.iterdir())
    data = db.read_bytes()

    def small_files() -> None:  # the disk "fills" half way through the copy
        resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))

    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "fieldsessions", "--db", str(db), "restore"],
        env=dict(os.environ, XDG_STATE_HOME=str(tmp_path / "state")),
        capture_output=True, text=True, timeout=120, preexec_fn=small_files)
    refused(done, f"{db} was not restored", "nothing was changed")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "state") == files
    assert db.read_bytes() == data
    assert run_cli(db, "programme", "list", "--json").stdout == before


def test_restore_leaves_no_journal_files_beside_the_backup_or_the_kept_file(
    tmp_path: Path
) -> None:
    db, backup, before = _with_backup(tmp_path)
    done = run_cli(db, "restore")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]
    kept = list(tmp_path.glob("data-replaced-*"))
    assert [p.suffix for p in kept] == [".sqlite"], kept
    assert run_cli(db, "programme", "list", "--json").stdout == before


def test_reinstate_keeps_one_session_a_day_and_says_when_there_is_nothing_to_change(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", "2027-03-01",
                   "--weekly", "mon", "--count", "2").returncode == 0
    first = str(_sessions(db, "Circle")[0]["id"])
    assert run_cli(db, "session", "cancel", first, "--reason", "hall closed").returncode == 0
    added = run_cli(db, "session", "add", "--programme", "Circle", "--date", "2027-03-01",
                    "--time", "14:00")
    assert added.returncode == 0, added.stderr
    refused(run_cli(db, "session", "reinstate", first),
            "Circle already has a session on 2027-03-01 (14:00-15:00)")
    assert [s["state"] for s in _sessions(db, "Circle")].count("cancelled") == 1
    second = str(_sessions(db, "Circle")[-1]["id"])
    again = run_cli(db, "session", "reinstate", second)
    assert again.returncode == 0, again.stderr
    assert "Nothing to change" in again.stdout and "Reinstated" not in again.stdout


def test_hours_for_a_range_with_no_sessions_show_the_range_as_given_and_say_so(
    tmp_path: Path
) -> None:
    import csv
    import io

    from tests.unit.test_reports_cli import pdf_text

    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Short", "--start", "2026-11-20",
                   "--weekly", "fri", "--count", "2").returncode == 0
    target = tmp_path / "hours.csv"
    for flags, shown in ((("--from", "2027-01-01"), "from 2027-01-01"),
                         (("--to", "2025-01-01"), "until 2025-01-01"),
                         (("--from", "2027-01-01", "--to", "2027-02-01"),
                          "2027-01-01 to 2027-02-01")):
        done = run_cli(db, "export", "hours", "--programme", "Short", *flags, "-o", str(target))
        assert done.returncode == 0, done.stderr
        assert f"no sessions in this range ({shown})" in done.stdout, (flags, done.stdout)
        rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
        assert len(rows) == 1 and rows[0][0] == "Programme", rows
    pdf = tmp_path / "hours.pdf"
    done = run_cli(db, "report", "hours", "--programme", "Short", "--from", "2027-01-01",
                   "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = " ".join(pdf_text(pdf).split())
    assert "No sessions in this range (from Fri 1 Jan 2027)" in text, text
    assert "From: Fri 1 Jan 2027" in text and "To:" not in text, text
    assert "27 November 2026" not in text and "Whole range" not in text, text


def test_a_file_that_is_not_sqlite_is_named_for_what_it_looks_like(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import zipfile

    roster = tmp_path / "roster.xlsx"
    with zipfile.ZipFile(roster, "w") as book:
        book.writestr("xl/workbook.xml", "<workbook/>")
    pdf = tmp_path / "comp.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + b"\0" * 200)
    before = {p: p.read_bytes() for p in (roster, pdf)}

    def run_in(folder: Path, db: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k != "FIELDSESSIONS_DB"}
        return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", db, "programme",
                               "list"], cwd=folder, env=env, capture_output=True, text=True,
                              timeout=120)

    refused(run_in(tmp_path, "roster.xlsx"),
            "roster.xlsx is not a fieldsessions data file (it looks like a spreadsheet)")
    refused(run_in(tmp_path, "comp.pdf"),
            "comp.pdf is not a fieldsessions data file (it looks like a PDF)")
    assert {p: p.read_bytes() for p in (roster, pdf)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["comp.pdf", "roster.xlsx"]
    # Something unrecognisable may be a data file whose start was overwritten: the backup
    # folder is named in full.
    (tmp_path / "odd.sqlite").write_bytes(b"\x01\x02garbage" * 300)
    done = run_in(tmp_path, "odd.sqlite")
    refused(done, "odd.sqlite", f"No backup of it was found in {tmp_path / 'backups'}.")


def test_a_damaged_data_file_is_described_in_words(tmp_path: Path) -> None:
    from tests.unit.test_cli_answers import _damage

    db = fresh_db(tmp_path)
    assert run_cli(db, "demo").returncode == 0
    _damage(db)
    done = run_cli(db, "programme", "list")
    refused(done, f"The data file {db} is damaged (")
    assert "***" not in done.stderr and "integrity check:" not in done.stderr, done.stderr
    assert "malformed" not in done.stderr and "not a database" not in done.stderr, done.stderr


def test_import_roster_refuses_a_pipe_a_device_or_a_folder_at_once(tmp_path: Path) -> None:
    import os

    db = fresh_db(tmp_path)
    pipe = tmp_path / "roster.csv"
    os.mkfifo(pipe)
    refused(run_cli(db, "import-roster", str(pipe)),
            f"{pipe} is not a regular file (a device, a pipe or a socket)")
    refused(run_cli(db, "import-roster", "/dev/zero"), "/dev/zero is not a regular file")
    refused(run_cli(db, "import-roster", str(tmp_path)), f"{tmp_path} is a folder")


def test_a_device_given_as_the_data_file_suggests_the_usual_data_file(tmp_path: Path) -> None:
    done = run_cli(tmp_path / "unused.sqlite", "--db", "/dev/null", "programme", "list",
                   env={"XDG_DATA_HOME": str(tmp_path / "data")})
    refused(done, "/dev/null is not a regular file",
            f"such as {tmp_path / 'data' / 'fieldsessions' / 'fieldsessions.sqlite'}")
    assert "/dev/fieldsessions.sqlite" not in done.stderr


def test_output_paths_that_cannot_be_written_are_explained(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", "2027-03-01",
                   "--once").returncode == 0
    link = tmp_path / "out.csv"
    link.symlink_to(tmp_path / "gone" / "real.csv")

    def export(output: str) -> object:
        return run_cli(db, "export", "attendance", "--format", "csv", "-o", output)

    refused(export(str(link)), f"the folder {tmp_path / 'gone'} does not exist")
    refused(export(""), "an output file is needed")
    done = export("/proc/version")
    refused(done, "Cannot write /proc/version", "cannot be written there")
    assert "No such file" not in done.stderr
    refused(export("/dev/stderr"), "/dev/stderr", "-o -")
    # Standard output with no --format is CSV (a file there has no extension to go by).
    done = run_cli(db, "export", "attendance", "-o", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip("\ufeff").startswith("Programme"), done.stdout


def test_login_with_a_missing_ca_file_says_so_before_anything_else(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    missing = tmp_path / "nonexistent.pem"
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,ID\nAna,A1\n", encoding="utf-8")
    for path, phrase in ((missing, f"The CA file {missing} does not exist."),
                         (tmp_path, f"{tmp_path} is a folder"),
                         (roster, "roster.csv is not a CA certificate file (PEM)."),
                         ("", "--ca-bundle needs a file.")):
        done = run_cli(db, "login", "--server", "https://sync.example.invalid", "--user", "ann",
                       "--ca-bundle", str(path), env={"FIELDSESSIONS_PASSWORD": "secret-pass"})
        refused(done, phrase)
        assert "suitable" not in done.stderr


def test_cancelling_a_session_with_marks_needs_yes_and_says_they_stop_counting(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    first, second = _weekly(db, tmp_path, "Circle", 3, 4)[:2]
    for session in (first, second):
        for who in ("A1", "B1"):
            assert run_cli(db, "mark", "--session", session, "--participant", who, "--status",
                           "present").returncode == 0
    for action, session in (("cancel", first), ("didnt-happen", second)):
        done = run_cli(db, "session", action, session, "--reason", "flood")
        assert done.returncode == 1, done.stdout
        assert "2 attendance marks" in done.stderr and "--yes" in done.stderr, done.stderr
        assert "Nothing was changed" in done.stderr
    assert [s["state"] for s in _sessions(db, "Circle")][:2] == ["completed", "completed"]
    done = run_cli(db, "session", "cancel", first, "--reason", "flood", "--yes")
    assert done.returncode == 0, done.stderr
    assert "2 attendance marks are kept but do not count" in done.stdout, done.stdout
    assert _sessions(db, "Circle")[0]["state"] == "cancelled"
    # A session with nothing recorded needs no --yes.
    last = str(_sessions(db, "Circle")[-1]["id"])
    assert run_cli(db, "session", "cancel", last, "--reason", "holiday").returncode == 0


def test_someone_booked_after_a_roll_was_begun_is_left_out_of_it_by_compliance_too(
    tmp_path: Path
) -> None:
    # Weekly from four weeks ago: -28 (Ana and Ben marked before Eve is booked), -21, -14,
    # -7 (no marks), today, +7. Eve is booked from the waiting list now: she is not on
    # -28's roll (begun before her booking; `sessions list` leaves her out) but is on the
    # rolls not begun, which can still be entered from paper with her on them.
    db = fresh_db(tmp_path)
    start = date.today() - timedelta(weeks=4)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", start.isoformat(),
                   "--weekly", _weekday(start), "--count", "6", "--capacity", "4",
                   "--required-attendance", "80").returncode == 0
    roster = tmp_path / "circle.csv"
    roster.write_text("Name,ID\nAna,A1\nBen,B1\nCleo,C1\nDan,D1\nEve,E1\n", encoding="utf-8")
    assert run_cli(db, "import-roster", str(roster), "--programme", "Circle").returncode == 0
    first = str(_sessions(db, "Circle")[0]["id"])
    for who in ("A1", "B1"):
        assert run_cli(db, "mark", "--session", first, "--participant", who, "--status",
                       "present").returncode == 0
    done = run_cli(db, "cancel-booking", "--programme", "Circle", "--participant", "D1")
    assert "Eve was booked from the waiting list" in done.stdout, done.stdout
    listed = run_cli(db, "sessions", "list", "--programme", "Circle").stdout.splitlines()
    assert "2/3" in listed[1], listed  # Ana, Ben marked; Cleo expected; not Eve
    data = json.loads(run_cli(db, "compliance", "--programme", "Circle", "--json").stdout)
    eve = next(p for p in data["participants"] if p["name"] == "Eve")
    assert eve["remaining"] == 5, eve


def test_a_data_file_in_a_missing_folder_says_the_folder_was_created(tmp_path: Path) -> None:
    db = tmp_path / "nodir" / "x.sqlite"
    done = run_cli(db, "programme", "list")
    assert done.returncode == 0, done.stderr
    assert f"created the folder {tmp_path / 'nodir'}" in done.stderr, done.stderr


def test_enrol_and_walk_in_say_when_nothing_is_new(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    first = _weekly(db, tmp_path, "Circle", 3, 4)[0]
    done = run_cli(db, "enrol", "--programme", "Circle", "--participant", "A1")
    assert done.returncode == 0 and "already booked in Circle" in done.stdout, done.stdout
    assert run_cli(db, "mark", "--session", first, "--participant", "A1", "--status",
                   "present").returncode == 0
    done = run_cli(db, "walk-in", "--session", first, "--participant", "A1")
    assert done.returncode == 0, done.stderr
    assert "already on this roll" in done.stdout and "walked in" not in done.stdout, done.stdout
    # Someone marked excused is not turned present by a walk-in: the mark stays as it is.
    assert run_cli(db, "mark", "--session", first, "--participant", "B1", "--status",
                   "excused").returncode == 0
    done = run_cli(db, "walk-in", "--session", first, "--participant", "B1")
    assert done.returncode == 0, done.stderr
    assert ("Ben is already on this roll, marked excused; nothing changed (use mark to change "
            "it).") in done.stdout, done.stdout
    history = run_cli(db, "mark-history", "--session", first, "--participant", "B1")
    assert "excused" in history.stdout and "present" not in history.stdout, history.stdout
    # A new name that matches someone registered is not added twice without --new.
    assert run_cli(db, "walk-in", "--session", first, "--name", "Zed").returncode == 0
    done = run_cli(db, "walk-in", "--session", first, "--name", "zed")
    refused(done, "Zed", "already registered", "--new")
    people = json.loads(run_cli(db, "participants", "list", "--json").stdout)
    assert [p["name"] for p in people].count("Zed") == 1
    done = run_cli(db, "walk-in", "--session", first, "--name", "Zed", "--new")
    assert done.returncode == 0, done.stderr
    people = json.loads(run_cli(db, "participants", "list", "--json").stdout)
    assert [p["name"] for p in people].count("Zed") == 2


def test_an_untitled_sheet_counts_only_sessions_that_take_place(tmp_path: Path) -> None:
    from tests.unit.test_reports_cli import pdf_text

    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", "2027-03-01",
                   "--weekly", "mon", "--count", "4").returncode == 0
    ids = [str(s["id"]) for s in _sessions(db, "Circle")]
    assert run_cli(db, "session", "cancel", ids[0], "--reason", "holiday").returncode == 0
    sheet = tmp_path / "sheet.pdf"
    done = run_cli(db, "report", "sheet", "--session", ids[2], "-o", str(sheet))
    assert done.returncode == 0, done.stderr
    assert "Session 2 of 3" in " ".join(pdf_text(sheet).split())


def test_output_through_a_link_to_standard_error_or_output_is_treated_as_that_stream(
    tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "P", "--start", "2027-03-01",
                   "--once").returncode == 0
    log = tmp_path / "cron.log"
    log.write_text("PRIOR\n", encoding="utf-8")
    inode = log.stat().st_ino
    errlink = tmp_path / "errlink.csv"
    errlink.symlink_to("/dev/stderr")
    command = [sys.executable, "-m", "fieldsessions", "export", "compliance", "--programme",
               "P", "-o", str(errlink)]
    with log.open("a", encoding="utf-8") as handle:  # 2>>cron.log
        done = subprocess.run(command, env=dict(os.environ, FIELDSESSIONS_DB=str(db)),
                              stdout=subprocess.PIPE, stderr=handle, text=True, timeout=120)
    assert done.returncode == 1 and "Wrote" not in done.stdout, done.stdout
    assert log.stat().st_ino == inode
    text = log.read_text(encoding="utf-8")
    assert text.startswith("PRIOR\n") and "standard error is kept for messages" in text, text
    # Standard error a pipe: the same sentence, not one about /proc/<pid>/fd.
    done = run_cli(db, "export", "compliance", "--programme", "P", "-o", str(errlink))
    refused(done, str(errlink), "standard error is kept for messages", "-o -")
    # A link to standard output writes there, like -o -.
    outlink = tmp_path / "outlink.csv"
    outlink.symlink_to("/dev/stdout")
    done = run_cli(db, "export", "attendance", "-o", str(outlink))
    assert done.returncode == 0, done.stderr
    assert done.stdout.lstrip("\ufeff").startswith("Programme"), done.stdout
    assert outlink.is_symlink()


def test_a_sheet_for_a_cancelled_session_is_refused_with_how_to_bring_it_back(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    first = _weekly(db, tmp_path, "Circle", 3, 4)[0]
    assert run_cli(db, "session", "cancel", first, "--reason", "flood").returncode == 0
    pdf = tmp_path / "sheet.pdf"
    refused(run_cli(db, "report", "sheet", "--session", first, "-o", str(pdf)),
            "That session is cancelled; reinstate it first")
    assert not pdf.exists()
    assert run_cli(db, "session", "reinstate", first).returncode == 0
    done = run_cli(db, "report", "sheet", "--session", first, "-o", str(pdf))
    assert done.returncode == 0 and pdf.exists(), done.stderr
