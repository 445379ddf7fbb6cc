"""The figures of reports and exports, checked through the installed command as a user runs it:
hours for a date range (issue 13 point 1), sessions with no roll (point 3), the compliance
header (point 2)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import store
from fieldsessions.reports.formats import long_date
from fieldsessions.services import attendance, participants, programmes


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FIELDSESSIONS_DB=str(db))
    return subprocess.run([sys.executable, "-m", "fieldsessions", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def pdf_text(path: Path) -> str:
    """The PDF's words, each table cell separated by one space."""
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


MONDAY = date.today() - timedelta(weeks=12, days=date.today().weekday())


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


@pytest.fixture
def tutoring(db_path: Path) -> Path:
    """Mondays and Thursdays, 90 minutes, 8 sessions from MONDAY (days 0, 3, 7, 10, 14, 17,
    21, 24). Ana attends all but day 10, whose roll was never taken; Ben attends day 0 only and
    is marked absent in the others (so every other roll is complete)."""
    store.open_store(db_path)
    try:
        spec = ProgrammeSpec(name="Tutoring", frequency=Frequency.WEEKLY, start_date=MONDAY,
                             weekdays=(0, 3), count=8, start_time=time(9), duration_min=90,
                             facilitator="Grace")
        info = programmes.create_programme(spec)
        ana, ben = (participants.add_participant(participants.ParticipantInput(name=name)).id
                    for name in ("Ana", "Ben"))
        for person in (ana, ben):
            participants.enrol(info.id, person)
        for session in programmes.list_sessions(info.id):
            if session.local_date != day(10):
                attendance.mark(session.id, ana, "present")
            if session.local_date != day(10):
                attendance.mark(session.id, ben,
                                "present" if session.local_date == day(0) else "absent")
        return db_path
    finally:
        store.close_store()


def test_hours_for_a_date_range_count_participants_and_facilitators_over_the_same_days(
    tutoring: Path, tmp_path: Path
) -> None:
    target = tmp_path / "hours.csv"
    done = run_cli(tutoring, "export", "hours", "--programme", "Tutoring", "--period", "week",
                   "--from", day(3).isoformat(), "--to", day(17).isoformat(), "-o", str(target))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    got = [(r["Period start"], r["Period end"], r["Name"], r["Sessions"], r["Hours in period"],
            r["Hours to date"]) for r in rows]
    whole, week0, week1, week2 = (day(3), day(17)), (day(3), day(6)), (day(7), day(13)), (
        day(14), day(17))

    def line(span: tuple[date, date], name: str, sessions: int, hours: str,
             to_date: str = "") -> tuple[str, ...]:
        return (span[0].isoformat(), span[1].isoformat(), name, str(sessions), hours, to_date)

    assert got == [
        # Days 3, 7, 14, 17 were held (day 10 has no roll, so it is not counted as held).
        line(whole, "Grace", 4, "6"),
        line(whole, "Ana", 4, "6", "7.5"),  # 7.5 to date: day 0 is before --from
        line(whole, "Ben", 0, "0", "1.5"),
        line(week0, "Grace", 1, "1.5"),  # the week began on day 0, cut to --from
        line(week0, "Ana", 1, "1.5", "3"),
        line(week1, "Grace", 1, "1.5"),
        line(week1, "Ana", 1, "1.5", "4.5"),
        line(week2, "Grace", 2, "3"),  # day 21 and after are past --to
        line(week2, "Ana", 2, "3", "7.5"),
    ]


def test_the_hours_pdf_shows_the_same_figures_as_the_export(
    tutoring: Path, tmp_path: Path
) -> None:
    target = tmp_path / "hours.pdf"
    done = run_cli(tutoring, "report", "hours", "--programme", "Tutoring", "--period", "week",
                   "--from", day(3).isoformat(), "--to", day(17).isoformat(), "-o", str(target))
    assert done.returncode == 0, done.stderr
    text = pdf_text(target)
    assert "Grace 4 6" in text  # facilitator: 4 sessions, 6 h in the range
    assert "Ana 4 6 7.5" in text  # participant: 4 sessions, 6 h in range, 7.5 h to date
    assert "Ben 0 0 1.5" in text
    first_week = f"{long_date(day(3))} – {long_date(day(6))}"
    assert first_week in text
    assert "Grace 1 1.5" in text and "Ana 1 1.5 3" in text


def test_the_compliance_pdf_header_counts_sessions_as_the_table_and_the_command_do(
    tutoring: Path, tmp_path: Path
) -> None:
    # All 8 sessions are over: 7 with a roll, day 10's roll missing.
    target = tmp_path / "compliance.pdf"
    done = run_cli(tutoring, "report", "compliance", "--programme", "Tutoring",
                   "-o", str(target))
    assert done.returncode == 0, done.stderr
    text = pdf_text(target)
    assert "Sessions: 7 with roll taken, 1 with roll missing or incomplete, 0 to come" in text
    # counted 7, attended 7 / 1, excused 0, still to come 1: both enrolled after day 10 began,
    # but its roll can still be taken with them on it (core.compliance)
    assert "Ana 7 7 0 1" in text and "Ben 7 1 0 1" in text
    shown = run_cli(tutoring, "compliance", "--programme", "Tutoring")
    assert "Sessions: 7 with roll taken, 1 with roll missing" in shown.stdout


@pytest.fixture
def big_roll(db_path: Path) -> tuple[Path, str]:
    """A session a week ago with 60 people booked, all marked, one with a long double-barrelled
    name; no session report was written."""
    store.open_store(db_path)
    try:
        spec = ProgrammeSpec(name="Big circle", frequency=Frequency.ONCE,
                             start_date=date.today() - timedelta(days=7), start_time=time(9))
        info = programmes.create_programme(spec)
        names = [f"Person {i:02d}" for i in range(59)]
        names.append("Ana Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaf-Okonkwo")
        session = programmes.list_sessions(info.id)[0].id
        for name in names:
            person = participants.add_participant(participants.ParticipantInput(name=name)).id
            participants.enrol(info.id, person)
            attendance.mark(session, person, "present")
        return db_path, session
    finally:
        store.close_store()


def test_a_filled_attendance_record_prints_no_blank_walk_in_rows(
    big_roll: tuple[Path, str], tmp_path: Path
) -> None:
    db, session = big_roll
    record, blank = tmp_path / "record.pdf", tmp_path / "blank.pdf"
    done = run_cli(db, "report", "sheet", "--session", session, "--filled", "-o", str(record))
    assert done.returncode == 0, done.stderr
    assert "Walk-ins" not in pdf_text(record)
    assert len(PdfReader(record).pages) == 2  # before: 10 blank rows pushed it onto a third
    assert run_cli(db, "report", "sheet", "--session", session, "-o", str(blank)
                   ).returncode == 0
    assert "Walk-ins" in pdf_text(blank)  # a sheet to fill in keeps its 10 rows
    assert run_cli(db, "report", "sheet", "--session", session, "--filled", "--walk-ins", "3",
                   "-o", str(record)).returncode == 0
    assert "Walk-ins" in pdf_text(record)


def test_a_long_hyphenated_name_never_starts_a_line_with_its_hyphen_on_letter_paper(
    big_roll: tuple[Path, str], tmp_path: Path
) -> None:
    db, session = big_roll
    target = tmp_path / "sheet.pdf"

    def lines(*extra: str) -> list[str]:
        assert run_cli(db, "report", "sheet", "--session", session, "--paper", "letter",
                       "-o", str(target), *extra).returncode == 0
        return [line.strip() for page in PdfReader(target).pages
                for line in page.extract_text().splitlines()]

    record = lines("--filled")  # rows grow to fit: the name wraps over three lines
    assert "Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaf-" in record
    assert not [line for line in record if line.startswith("-")]
    # The sheet to tick is read back from scans, so its rows keep one height: the name is
    # set smaller instead, whole on one line.
    assert ("Ana Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaf-Okonkwo"
            in lines())


def test_the_filled_tick_off_record_ticks_held_when_the_roll_was_taken(
    big_roll: tuple[Path, str]
) -> None:
    from fieldsessions.reports.cells import TickBox
    from fieldsessions.reports.tickoff import TickoffOptions, _report_part
    from fieldsessions.services import report_data

    db, session = big_roll
    store.open_store(db)
    try:
        template = report_data.tickoff_template(session)
    finally:
        store.close_store()
    assert template.report is None and template.held is True

    def boxes(filled: bool) -> list[bool]:
        (kept,) = _report_part(template, TickoffOptions(filled=filled), 500.0)
        status_row = kept._content[1]  # type: ignore[attr-defined]
        return [cell.checked for cell in status_row._cellvalues[0]  # type: ignore[attr-defined]
                if isinstance(cell, TickBox)]

    assert boxes(filled=True) == [True, False]  # Held ticked, Didn't happen not
    assert boxes(filled=False) == [False, False]  # a blank template stays blank


def test_an_absence_stored_with_minutes_exports_no_minutes(tmp_path: Path,
                                                            db_path: Path) -> None:
    """Rows written before marking refused minutes with absent (or by an older laptop)."""
    from fieldsessions.db.models import Attendance

    store.open_store(db_path)
    try:
        spec = ProgrammeSpec(name="Old rows", frequency=Frequency.ONCE,
                             start_date=date.today() - timedelta(days=3), start_time=time(9))
        info = programmes.create_programme(spec)
        person = participants.add_participant(participants.ParticipantInput(name="Ana")).id
        participants.enrol(info.id, person)
        session = programmes.list_sessions(info.id)[0].id
        attendance.mark(session, person, "late", minutes=30)
        Attendance.update(status="absent").execute()  # as an old row holds it
    finally:
        store.close_store()
    target = tmp_path / "attendance.csv"
    assert run_cli(db_path, "export", "attendance", "-o", str(target)).returncode == 0
    (row,) = csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")))
    assert row["Status"] == "absent" and row["Minutes attended"] == ""
