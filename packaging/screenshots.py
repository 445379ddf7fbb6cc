"""Screenshots of the app for the README, made by the app itself on demo data.

Starts the real main window offscreen on a temporary data file filled with the demo data (or
on a temporary copy of --db FILE), shows each tab in a realistic state and grabs the window
into resources/screenshots/tab-<name>.png; also the New programme dialog and the first-run
welcome page. Nothing outside the temporary folder and resources/screenshots is touched.

    .venv/bin/python packaging/screenshots.py [--db demo.sqlite] [--out resources/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from fieldsessions.gui import application  # noqa: E402

SIZE = (1280, 800)
TIMEOUT_MS = 20_000


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(test: Callable[[], bool], what: str) -> None:
    waited = 0
    while not test():
        if waited > TIMEOUT_MS:
            raise SystemExit(f"gave up waiting for {what}")
        wait(20)
        waited += 20


def save(widget: QWidget, path: Path) -> None:
    wait(150)  # let the last layout pass and paint happen
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a data file that may be in use (SQLite's backup API)."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo data file to copy (default: fresh demo)")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    application.application()  # the QApplication lives for the whole run
    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    # The welcome page of a first run, on an empty file.
    empty = folder / "empty.sqlite"
    if not application.open_data_file(empty):
        return 1
    worker, window = application.start_window(empty, settings)
    window.resize(*SIZE)
    window.show()
    wait_until(lambda: window.showing_welcome, "the welcome page")
    save(window, args.out / "welcome.png")
    window.close()
    application.stop_worker(worker)
    from fieldsessions.db import store

    store.close_store()

    # The tabs, on demo data.
    path = folder / "demo.sqlite"
    if args.db:
        copy_store(args.db, path)
    if not application.open_data_file(path, demo=True):
        return 1
    settings.clear()
    worker, window = application.start_window(path, settings)
    window.resize(*SIZE)
    window.show()
    tab = window.sessions_tab
    wait_until(lambda: tab.session_model.total > 0 and not tab.loading, "the sessions")
    tab.set_filter("all")
    wait_until(lambda: not tab.loading, "all sessions")
    tab.select_programme(None)
    wait_until(lambda: not tab.loading, "all programmes")
    missing = [r for r in range(tab.session_model.rowCount())
               if tab.session_model.state(r) == "roll_missing"]
    if missing:
        session = tab.session_model.session(missing[-1])
        if session is not None:
            tab.select_session(session.id)
    tab.session_view.setFocus()
    save(window, args.out / "tab-sessions.png")

    from fieldsessions.gui.roster_tab import show_demo_session

    roster = window.roster_tab
    window.tabs.setCurrentWidget(window.roster_page)
    session_id = show_demo_session(roster)  # the Roster tab's own idea of a good state
    if session_id is None:
        raise SystemExit("the demo data has no session with a roll taken")
    save(window, args.out / "tab-roster.png")

    reports = window.reports_tab
    if window.reports_page is not None and reports is not None:
        # As Print does: the attendance sheet of that session, previewed.
        previews: list[object] = []
        reports.preview_updated.connect(previews.append)
        window.tabs.setCurrentWidget(window.reports_page)
        reports.show_session(session_id)
        wait_until(lambda: bool(previews) and not worker.busy, "the report preview")
        save(window, args.out / "tab-reports.png")

    window.tabs.setCurrentWidget(window.sessions_page)
    wait_until(lambda: tab.programme_model.rowCount() > 1, "the programmes")
    tab.select_programme(tab.programme_model.programme_id(1))
    wait_until(lambda: not tab.loading, "the programme")
    tab.open_programme(tab.programme_model.programme_id(1) or "")
    from fieldsessions.gui.programme_dialog import ProgrammeDialog

    wait_until(lambda: any(d.isVisible() for d in window.findChildren(ProgrammeDialog)),
               "the programme dialog")
    dialog = next(d for d in window.findChildren(ProgrammeDialog) if d.isVisible())
    save(dialog, args.out / "dialog-programme.png")
    dialog.reject()

    window.close()
    application.stop_worker(worker)
    store.close_store()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
