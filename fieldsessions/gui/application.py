"""Starting and stopping the desktop app: QApplication, the data file, the worker, the window.

Start-up shows the window first and does the slow part behind it: the database worker opens
(and if needed migrates) the data file and imports the data layer once the window has painted;
every later job queues behind that one, so nothing reads the file before it is ready. The
file's integrity check (which reads all of it) is queued once the first screen's data is shown
(the session list, or the welcome page), or at the latest CHECK_WAIT_MS after the first paint.
A StoreError becomes a message box with its sentence (never a traceback) and the app exits.
Modules of the data layer (peewee and the services) are imported inside functions here and in
the window's modules for that reason.

On exit: the window saves its state, the worker finishes its queue and closes its own
connection, then the store is closed.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.gui.helpers import ICONS
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.worker import DbWorker

log = logging.getLogger(__name__)


ORGANIZATION = "fieldsessions"
APPLICATION = "fieldsessions"
WORKER_STOP_TIMEOUT_MS = 60_000
OPEN_WAIT_S = 2.0  # the longest the data file waits for the window's first paint
CHECK_WAIT_MS = 1500  # the longest the integrity check waits for the first screen's data
PROBE_VAR = "FIELDSESSIONS_STARTUP_PROBE"  # =1: report start-up times and quit (bench_startup)
# =1: quit as soon as the first screen's data is shown, even the welcome page of an empty
# file (packaging/smoke_bundle.py starts the bundled app on a fresh data file this way).
QUIT_WHEN_READY_VAR = "FIELDSESSIONS_QUIT_WHEN_READY"


def application() -> QApplication:
    """The one QApplication, named so QSettings finds the user's preferences."""
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("fieldsessions")
    app.setDesktopFileName("org.fieldsessions.FieldSessions")  # Wayland: the .desktop's icon
    icon = QIcon()
    for png in sorted(ICONS.glob("fieldsessions-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def open_store(db_path: Path, demo: bool = False, *, check_integrity: bool = True) -> None:
    """Open (create, check, migrate) the data file in the calling thread. With `demo`, the
    file is a demo file (store.demo_path of the facilitator's file), filled with the demo data
    when empty. `check_integrity=False` leaves the integrity check to `verify_store` (a demo
    is always checked before it is filled). Raises StoreError with a sentence for the user."""
    from fieldsessions.db import store

    try:
        store.open_store(db_path, check_integrity=check_integrity or demo)
        if demo:
            from fieldsessions.services import demo as demo_data  # the whole service layer

            if demo_data.is_empty():
                demo_data.create_demo()
    except FieldSessionsError:
        store.close_store()
        raise


def tell_store_error(exc: Exception, parent: QWidget | None = None) -> None:
    if isinstance(exc, FieldSessionsError):
        text = str(exc)
    else:
        log.error("the data file could not be opened", exc_info=exc)
        text = QApplication.translate(
            "Application", "The data file could not be opened (%1). Details are in the log "
            "file.").replace("%1", type(exc).__name__)
    from PySide6.QtWidgets import QMessageBox  # (only when needed: 2 ms before the paint)

    QMessageBox.critical(parent, QApplication.translate("Application", "fieldsessions"), text)


def open_data_file(db_path: Path, *, demo: bool = False) -> bool:
    """Open the store on this thread; False after telling the user why it cannot be used."""
    try:
        open_store(db_path, demo)
    except FieldSessionsError as exc:
        tell_store_error(exc)
        return False
    return True


def stop_worker(worker: DbWorker) -> None:
    """Let the worker finish its queue, close its database connection, and stop its thread."""
    from fieldsessions.db import store

    loop = QEventLoop()
    worker.run(store.close_store, on_done=lambda _result: loop.quit(),
               on_error=lambda _exc: loop.quit())
    QTimer.singleShot(WORKER_STOP_TIMEOUT_MS, loop.quit)
    loop.exec()
    worker.shutdown()


def start_window(db_path: Path, settings: QSettings | None = None) -> tuple[DbWorker, MainWindow]:
    """The worker and the main window (not shown yet) over a store opened on this thread."""
    worker = DbWorker()
    window = MainWindow(worker, db_path, settings)
    return worker, window


def launch(
    db_path: Path,
    settings: QSettings,
    *,
    demo: bool = False,
    demo_if_empty: bool = False,
    on_open_failed: Callable[[Exception], None] | None = None,
) -> tuple[DbWorker, MainWindow]:
    """The worker, with the job that opens the data file queued first, and the main window
    (not shown yet). The job waits for the window's first paint (or OPEN_WAIT_S), so the
    import of the data layer does not compete with building and painting the window.

    `demo`: `db_path` is the demo file. `demo_if_empty`: when the facilitator's file is
    empty, the demo opens beside it, in its own window and file (README's first run)."""
    painted = threading.Event()
    failed = on_open_failed or tell_store_error

    def open_after_paint() -> None:
        painted.wait(OPEN_WAIT_S)
        open_store(db_path, demo, check_integrity=False)

    def verify_store() -> None:
        from fieldsessions.db import store

        store.verify_integrity(db_path)

    checked: list[bool] = []

    def queue_check() -> None:
        if not checked:
            checked.append(True)
            worker.run(verify_store, on_error=failed)

    worker = DbWorker()
    worker.run(open_after_paint, on_error=failed)
    window = MainWindow(worker, db_path, settings, ask_name=not demo,
                        open_demo_if_empty=demo_if_empty)
    window.first_painted.connect(painted.set)
    # The integrity check reads the whole file (0.1 s for 100,000 marks): it runs behind the
    # reads of the first screen, or CHECK_WAIT_S after the first paint if they never come.
    window.first_data_shown.connect(queue_check)
    window.first_painted.connect(lambda: QTimer.singleShot(CHECK_WAIT_MS, queue_check))
    return worker, window


def run_app(db_path: Path, *, demo: bool = False, demo_if_empty: bool = False,
            started: float | None = None, announce_new: bool = False) -> int:
    """The desktop app until its window closes. `started`: the time.perf_counter() reading
    when the process began its work (for FIELDSESSIONS_STARTUP_PROBE). `announce_new`: the
    data file the user named is not there yet: say that a new, empty one is made."""
    from fieldsessions.gui.translation import install_translator

    app = application()
    settings = QSettings()
    install_translator(app, settings)
    failed: list[Exception] = []

    def on_open_failed(exc: Exception) -> None:
        failed.append(exc)
        window.hide()
        tell_store_error(exc)
        app.exit(1)

    worker, window = launch(db_path, settings, demo=demo, demo_if_empty=demo_if_empty,
                            on_open_failed=on_open_failed)
    if os.environ.get(PROBE_VAR) == "1":
        from fieldsessions.gui.startup_probe import StartupProbe

        StartupProbe(window, time.perf_counter() if started is None else started)
    if os.environ.get(QUIT_WHEN_READY_VAR) == "1":
        window.first_data_shown.connect(lambda: QTimer.singleShot(0, lambda: app.exit(0)))
    window.show()
    if announce_new:
        note = QCoreApplication.translate(
            "run_app", "Created a new, empty data file at {0} (there was none there); if "
                       "you meant another file, open that one instead.").format(db_path)
        window.statusBar().showMessage(note, 60_000)
        print(f"fieldsessions: note: {note}", file=sys.stderr, flush=True)
    try:
        code = app.exec()
    finally:
        if not failed:
            window.save_state()
        stop_worker(worker)
        window.deleteLater()
        from fieldsessions.db import store

        store.close_store()
    return 1 if failed else code
