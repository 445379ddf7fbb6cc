"""The main window for GUI tests that drive it by keys: opened and settled (the `settings` and
`window` fixtures built on these are in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.worker import DbWorker


def idle(qtbot: QtBot, worker: DbWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)


def open_window(qtbot: QtBot, worker: DbWorker, db_path: Path,
                settings: QSettings) -> MainWindow:
    window = MainWindow(worker, db_path, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: "waiting" in window.status_text(), timeout=10000)
    idle(qtbot, worker)
    return window


def settle_sessions(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.sessions_tab
    qtbot.waitUntil(lambda: not tab.loading and not window._worker.busy, timeout=10000)
