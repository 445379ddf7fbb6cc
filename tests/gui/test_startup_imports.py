"""The window paints before the database layer loads: the entry point must not import peewee
(nor reportlab, nor requests) before the main window is shown, and the desktop app never
imports psycopg (PostgreSQL is the server's), which peewee would otherwise pull in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("peewee", "psycopg", "reportlab", "requests")

# The real entry point (`fieldsessions --db PATH`), with QMainWindow.show wrapped to report
# which heavy modules are loaded when the window is shown, and an exit hook reporting whether
# psycopg was ever imported. FIELDSESSIONS_STARTUP_PROBE=1 quits once the sessions are listed.
LAUNCH = r"""
import atexit, sys
from PySide6.QtWidgets import QMainWindow
HEAVY = {heavy!r}
show = QMainWindow.show
def reporting_show(self):
    print("at-show", sorted(m for m in HEAVY if sys.modules.get(m)), flush=True)
    show(self)
QMainWindow.show = reporting_show
atexit.register(lambda: print("at-exit", bool(sys.modules.get("psycopg")), flush=True))
sys.argv = ["fieldsessions", *sys.argv[1:]]
from fieldsessions.app import main
sys.exit(main())
"""


def test_importing_the_app_window_does_not_load_the_database_layer() -> None:
    probe = ("import sys; from fieldsessions.gui import application, main_window, worker; "
             "import fieldsessions.app; "
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_the_entry_point_shows_the_window_before_the_data_layer_and_never_loads_psycopg(
    tmp_path: Path,
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDSESSIONS_STARTUP_PROBE="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH.format(heavy=HEAVY), "--db", str(tmp_path / "field.sqlite"),
         "--demo"], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "at-show []"  # nothing heavier than Qt before the window is shown
    assert "first-paint" in done.stderr and "sessions-painted" in done.stderr  # it did load
    assert lines[-1] == "at-exit False"  # ...with no PostgreSQL driver, ever
