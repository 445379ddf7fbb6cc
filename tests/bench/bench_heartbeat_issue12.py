"""Benchmark (not a test): the longest GUI-thread stall in the issue-12 actions on demo data.

A 10 ms QTimer heartbeat runs while each action happens; the longest gap between beats is the
longest time the window could not answer. Run:
    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/bench/bench_heartbeat_issue12.py
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer

from fieldsessions.gui.application import (
    application,
    open_store,
    start_window,
    stop_worker,
)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> None:
    app = application()
    folder = Path(tempfile.mkdtemp())
    db = folder / "demo.sqlite"
    open_store(db, demo=True)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    worker, window = start_window(db, settings)
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(beat)
    heart.start()

    def measure(name: str, action: Callable[[], object], settle_ms: int = 3000) -> None:
        gaps.clear()
        last[0] = clock.elapsed()
        action()
        wait(settle_ms)
        print(f"{name:45s} longest stall {max(gaps, default=0):4d} ms")

    window.resize(1366, 768)
    measure("start-up (first paint, tabs warmed up)", window.show, 4000)
    window.show_tab(1)
    wait(500)
    measure("first switch back to Sessions", lambda: window.show_tab(0))
    measure("Reports owed dialog (Alt+W)", window.sessions_tab.show_reports_owed)
    if window.sessions_tab.owed_dialog is not None:
        window.sessions_tab.owed_dialog.close()
    measure("Help > Keyboard shortcuts (F1)", window.show_shortcuts, 1000)
    if window.shortcuts_dialog is not None:
        window.shortcuts_dialog.close()
    reports = window.reports_tab
    window.show_tab(2)
    wait(2000)
    measure("Attendance sheets for the next two weeks", lambda: reports.set_report("sheets"),
            8000)
    window.close()
    stop_worker(worker)
    del app


if __name__ == "__main__":
    main()
