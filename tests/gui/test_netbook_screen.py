"""On a 1024×600 screen the tall dialogs (import, programme) fit under a title bar, so their
buttons stay on the screen. Qt's offscreen platform is given a 1024×600 screen (its JSON
configuration), so this runs in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from fieldsessions.gui.application import open_store
from fieldsessions.gui.worker import DbWorker
from fieldsessions.gui.import_dialog import ImportDialog
from fieldsessions.gui.programme_dialog import ProgrammeDialog

app = QApplication(sys.argv)
open_store(Path(sys.argv[1]))
worker = DbWorker()
free = app.primaryScreen().availableGeometry()
for dialog in (ImportDialog(worker), ProgrammeDialog(worker)):
    dialog.show()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    frame = dialog.frameGeometry()
    print(type(dialog).__name__, free.height(), frame.top(), frame.height(), flush=True)
    dialog.close()
worker.shutdown()
"""


def test_the_import_and_programme_dialogs_fit_a_1024_by_600_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "netbook", "x": 0, "y": 0, "width": 1024, "height": 600,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data.sqlite")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    shown = [line.split() for line in proc.stdout.splitlines()]
    assert [s[0] for s in shown] == ["ImportDialog", "ProgrammeDialog"]
    for name, screen, top, height in shown:
        title_bar = 30  # what a window manager adds above the frame
        assert int(top) + int(height) + title_bar <= int(screen) == 600, name
