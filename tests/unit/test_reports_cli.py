"""`fieldsessions report ...` and `fieldsessions export ...`: files written, sentences on errors."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from fieldsessions.cli import run
from fieldsessions.core.records import session_code
from fieldsessions.db import store
from fieldsessions.services import attendance, programmes
from tests.unit import helpers


@pytest.fixture
def data(db_path: Path) -> dict[str, str]:
    """A programme with marks in its past sessions, in a data file that is closed again."""
    store.open_store(db_path)
    try:
        info = helpers.programme("Youth Leadership", outcomes=("Speaks up",), count=2,
                                 expiry_months=6)
        people = helpers.people(3, info.id, prefix="Ιωάννα")
        sessions = programmes.list_sessions(info.id)
        for session in sessions:
            attendance.mark(session.id, people[0], "present")
            attendance.mark(session.id, people[1], "absent")
        return {"programme": info.name, "session": sessions[0].id}
    finally:
        store.close_store()


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("extra", [
    [], ["--layout", "signature", "--paper", "letter", "--landscape", "--filled"],
])
def test_report_sheet_writes_the_pdf_and_says_so(
    capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, str], tmp_path: Path,
    extra: list[str],
) -> None:
    target = tmp_path / "sheet.pdf"
    code, out, err = cli(capsys, db_path, "report", "sheet", "--session", data["session"],
                         "-o", str(target), *extra)
    assert (code, err) == (0, "")
    assert f"Wrote {target}" in out and "3 participants" in out
    text = pdf_text(target)
    # The session by its short code (no UUID on paper; the QR code carries the id).
    assert "Ιωάννα 000" in text and session_code(data["session"]) in text
    assert data["session"] not in text
    assert ("Walk-ins" in text) == ("--filled" not in extra)  # a filled record has no blanks


def test_report_tickoff_and_programme_reports_write_their_pdfs(
    capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, str], tmp_path: Path
) -> None:
    checks = {
        ("tickoff", "--session", data["session"], "--filled"): "Speaks up",
        ("compliance", "--programme", data["programme"]): "Non-compliant",
        ("hours", "--programme", data["programme"], "--period", "week"): "Hours report",
        ("certificates", "--programme", data["programme"]): "Certificate of completion",
    }
    for args, expected in checks.items():
        target = tmp_path / f"{args[0]}.pdf"
        code, _out, err = cli(capsys, db_path, "report", *args, "-o", str(target))
        assert (code, err) == (0, ""), args
        assert expected in pdf_text(target), args
    assert len(PdfReader(tmp_path / "certificates.pdf").pages) == 1  # one person completed


def test_exports_follow_the_extension_or_the_format_flag(
    capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, str], tmp_path: Path
) -> None:
    code, out, _ = cli(capsys, db_path, "export", "attendance", "-o", str(tmp_path / "a.csv"))
    assert code == 0 and "4 attendance lines" in out
    rows = list(csv.reader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8-sig"))))
    assert sorted(r[11] for r in rows[1:]) == ["absent", "absent", "present", "present"]
    code, out, _ = cli(capsys, db_path, "export", "compliance", "--programme",
                       data["programme"], "--format", "xlsx", "-o", str(tmp_path / "c.data"))
    assert code == 0 and "3 participant lines" in out
    sheet = load_workbook(io.BytesIO((tmp_path / "c.data").read_bytes())).active
    assert sheet is not None and sheet.max_row == 4
    code, _, _ = cli(capsys, db_path, "export", "hours", "-o", str(tmp_path / "h.xlsx"))
    assert code == 0 and (tmp_path / "h.xlsx").stat().st_size > 0


@pytest.mark.parametrize(("args", "message"), [
    (["report", "sheet", "--session", "nope"], "No session 'nope'"),
    (["report", "compliance", "--programme", "Nope"], "No programme 'Nope'"),
    (["export", "hours", "--programme", "Youth Leadership"], "add --format csv"),
])
def test_user_errors_are_one_sentence_on_stderr_with_exit_code_1(
    capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, str], tmp_path: Path,
    args: list[str], message: str,
) -> None:
    target = tmp_path / "out.txt"
    code, out, err = cli(capsys, db_path, *args, "-o", str(target))
    assert code == 1 and out == ""
    assert err.startswith("fieldsessions: ") and message in err and "Traceback" not in err
    assert not target.exists()


def test_a_missing_output_folder_is_named_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, str], tmp_path: Path
) -> None:
    code, _, err = cli(capsys, db_path, "report", "sheet", "--session", data["session"],
                       "-o", str(tmp_path / "missing" / "sheet.pdf"))
    assert code == 1 and "does not exist" in err


def test_bad_option_values_are_usage_errors(
    capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, str], tmp_path: Path
) -> None:
    for args in (["--walk-ins", "-3"], ["--layout", "grid"], ["--paper", "a3"]):
        code, _, err = cli(capsys, db_path, "report", "sheet", "--session", data["session"],
                           "-o", str(tmp_path / "x.pdf"), *args)
        assert code == 2 and args[0] in err
    assert not (tmp_path / "x.pdf").exists()


def test_names_the_font_cannot_draw_are_noted_on_stderr_but_the_file_is_written(
    capsys: pytest.CaptureFixture[str], db_path: Path, data: dict[str, str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldsessions.reports.fonts import ENV_DIRS
    from fieldsessions.services import participants

    monkeypatch.setenv(ENV_DIRS, str(tmp_path))  # no font but the embedded DejaVu Sans

    store.open_store(db_path)
    try:
        person = participants.add_participant(participants.ParticipantInput(name="王小明"))
        participants.enrol(data["programme"], person.id)
    finally:
        store.close_store()
    target = tmp_path / "sheet.pdf"
    code, out, err = cli(capsys, db_path, "report", "sheet", "--session", data["session"],
                         "-o", str(target))
    assert code == 0 and target.exists() and "4 participants" in out
    assert err.startswith("fieldsessions: note:") and "王小明" in err


def test_a_sheet_names_its_session_by_a_short_code_the_cli_takes_back(tmp_path: Path) -> None:
    """No UUID for people on paper (issue 12 point 18): the sheet prints XXXX-XXXX, and
    `--session XXXX-XXXX` finds the session again."""
    import subprocess
    import sys

    db = tmp_path / "data.sqlite"
    env = dict(os.environ, FIELDSESSIONS_DB=str(db))

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "fieldsessions", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    made = cli("programme", "add", "--name", "Circle", "--start", "2027-01-05", "--weekly",
               "tue", "--count", "2", "--time", "09:00")
    assert made.returncode == 0, made.stderr
    listed = json.loads(cli("sessions", "list", "--json").stdout)
    session_id = listed[0]["id"]
    code = session_code(session_id)
    first = tmp_path / "by-id.pdf"
    done = cli("report", "sheet", "--session", session_id, "-o", str(first))
    assert done.returncode == 0, done.stderr
    text = "".join(page.extract_text() for page in PdfReader(first).pages)
    assert code in text and session_id not in text
    again = tmp_path / "by-code.pdf"
    done = cli("report", "sheet", "--session", code.lower(), "-o", str(again))
    assert done.returncode == 0, done.stderr
    assert code in "".join(page.extract_text() for page in PdfReader(again).pages)
