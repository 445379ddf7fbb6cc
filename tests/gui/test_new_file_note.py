"""A mistyped --db path: the desktop app says it made a new, empty data file (issue 13 point
10), as the command line does, instead of opening an empty window without a word."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def _first_lines(db: Path, home: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               FIELDSESSIONS_STARTUP_PROBE="1")  # prints "first-paint" when the window shows
    env.pop("FIELDSESSIONS_DB", None)
    proc = subprocess.Popen([sys.executable, "-m", "fieldsessions", "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + 60
        seen = ""
        assert proc.stderr is not None
        os.set_blocking(proc.stderr.fileno(), False)
        while time.monotonic() < deadline and "first-paint" not in seen \
                and proc.poll() is None:
            seen += (proc.stderr.read() or b"").decode(errors="replace")
            time.sleep(0.05)
        # the data file is opened beside the first paint: wait for it (a loaded machine is slow)
        while time.monotonic() < deadline and not db.exists() and proc.poll() is None:
            time.sleep(0.05)
        time.sleep(0.5)
        seen += (proc.stderr.read() or b"").decode(errors="replace")
        return seen
    finally:
        proc.kill()
        proc.wait(10)
        if proc.stderr is not None:
            proc.stderr.close()


def test_a_data_file_that_is_not_there_is_announced(tmp_path: Path) -> None:
    db = tmp_path / "typo" / "fieldsesions.sqlite"
    text = _first_lines(db, tmp_path)
    assert f"Created a new, empty data file at {db}" in text, text
    assert "Traceback" not in text


def test_an_existing_data_file_opens_without_the_note(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite"
    _first_lines(db, tmp_path)  # makes it
    assert db.exists()
    proc_text = _first_lines(db, tmp_path)
    assert "Created a new" not in proc_text, proc_text
