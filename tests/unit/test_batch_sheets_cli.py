"""`fieldsessions sheets` as a process: every session of the next two weeks in one PDF, one
sheet (with its own header and QR code) per session, cancelled sessions left out."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from fieldsessions.core.records import session_code


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=180)


def test_the_next_two_weeks_of_sheets_print_into_one_pdf(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite"
    today = date.today()
    for name, count in (("Sewing circle", 20), ("Money club", 3)):
        done = run_cli(db, "programme", "add", "--name", name, "--start", today.isoformat(),
                       "--daily", "--count", str(count), "--time", "23:00")
        assert done.returncode == 0, done.stderr
    sessions = json.loads(run_cli(db, "sessions", "list", "--programme", "Sewing circle",
                                  "--json").stdout)
    cancelled = sessions[1]["id"]
    from fieldsessions.db import store
    from fieldsessions.services import sessions as session_service

    store.open_store(db)
    try:
        session_service.cancel_session(cancelled, "Public holiday")
    finally:
        store.close_store()

    out = tmp_path / "field.pdf"
    done = run_cli(db, "sheets", "-o", str(out))
    assert done.returncode == 0, done.stderr
    # 14 days: 13 sewing sessions (one cancelled) + 3 money club sessions.
    assert done.stdout.startswith(f"Wrote {out}: 16 sheets for {today.isoformat()} to "
                                  f"{(today + timedelta(days=13)).isoformat()}")
    text = [page.extract_text() for page in PdfReader(out).pages]
    ids = [s["id"] for s in sessions[:14] if s["id"] != cancelled]
    for session_id in ids:  # each sheet names its session by its short code
        code = session_code(session_id)
        assert any(code in page for page in text), code
    assert not any(session_code(cancelled) in page for page in text)
    assert sum("Money club" in page for page in text) >= 3


def test_no_session_in_the_dates_is_one_sentence(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite"
    done = run_cli(db, "sheets", "-o", str(tmp_path / "x.pdf"), "--from", "2030-01-01",
                   "--to", "2030-01-14")
    assert done.returncode == 1
    # (A first command on a new file also notes that it made the file.)
    assert done.stderr.endswith("fieldsessions: There is no session in these dates, so there "
                                "is no sheet to print.\n"), done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()
    backwards = run_cli(db, "sheets", "-o", str(tmp_path / "x.pdf"), "--from", "2030-01-14",
                        "--to", "2030-01-01")
    assert backwards.stderr == "fieldsessions: The last day comes before the first day.\n"
