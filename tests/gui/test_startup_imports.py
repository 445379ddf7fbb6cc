"""The window paints before the database layer loads: importing the GUI must not pull in
peewee (and with it psycopg), which costs ~100 ms of start-up on a field laptop."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_app_window_does_not_load_the_database_layer() -> None:
    probe = ("import sys; from fieldsessions.gui import application, main_window, worker; "
             "print(sorted(m for m in ('peewee', 'psycopg', 'reportlab', 'requests') "
             "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"
