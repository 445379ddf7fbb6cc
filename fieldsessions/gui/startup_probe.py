"""FIELDSESSIONS_STARTUP_PROBE=1: the app reports when its window and its session list have
painted, then quits (tests/bench/bench_startup.py times these lines from the process's spawn).
Imported by `application.run_app` only when asked for."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from fieldsessions.gui.main_window import MainWindow


class StartupProbe(QObject):
    """With FIELDSESSIONS_STARTUP_PROBE=1 (tests/bench/bench_startup.py): print
    "first-paint <ms>" and then "sessions-painted <ms>" (milliseconds since `started`, a
    time.perf_counter() reading) to stderr as each has painted, then quit the app. The file
    must list sessions: an empty one shows the welcome page, and the app does not quit."""

    def __init__(self, window: MainWindow, started: float) -> None:
        super().__init__(window)
        self._window = window
        self._started = started
        window.first_painted.connect(lambda: QTimer.singleShot(0, self._on_first_paint))

    def _say(self, what: str) -> None:
        print(f"{what} {(time.perf_counter() - self._started) * 1000:.0f}", file=sys.stderr,
              flush=True)

    def _on_first_paint(self) -> None:
        self._say("first-paint")
        QTimer.singleShot(0, self._watch_sessions)  # after the window has built the tab

    def _watch_sessions(self) -> None:
        self._window.sessions_tab.session_view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        tab = self._window.sessions_tab
        if (event.type() == QEvent.Type.Paint and tab.session_model.rowCount()
                and not tab.loading):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._on_sessions_painted)  # once this paint is done
        return False

    def _on_sessions_painted(self) -> None:
        self._say("sessions-painted")
        QApplication.quit()
