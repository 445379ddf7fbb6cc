"""The app's icon on its windows (issue 14), and FIELDSESSIONS_QUIT_WHEN_READY, with which the
bundle's smoke test (packaging/smoke_bundle.py) starts the app on a fresh data file and quits."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from fieldsessions.gui.application import application


def test_the_app_shows_its_icon_at_every_size_a_desktop_asks_for(qtbot: QtBot) -> None:
    icon = application().windowIcon()
    assert not icon.isNull()
    sizes = icon.availableSizes()
    for side in (16, 24, 32, 48, 64, 128, 256):
        assert QSize(side, side) in sizes, sizes


def test_quit_when_ready_starts_on_a_fresh_file_and_quits_cleanly(tmp_path: Path) -> None:
    """A first run (no settings, no data file: the welcome page and the name question)."""
    db = tmp_path / "fresh.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDSESSIONS_QUIT_WHEN_READY="1",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))
    env.pop("FIELDSESSIONS_DB", None)
    done = subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(db)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not Path(f"{db}-wal").exists()  # the store was closed (its WAL checkpointed)
    connection = sqlite3.connect(db)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert {"session", "participant", "attendance"} <= tables
