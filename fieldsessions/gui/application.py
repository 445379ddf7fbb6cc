"""Starting and stopping the desktop app: QApplication, the data file, the worker, the window.

Order matters and is kept in one place: open the store (a StoreError becomes a message box with
its sentence, never a traceback), fill demo data when asked and the file is empty, start the
database worker, show the window. On exit: the window saves its state, the worker finishes its
queue and closes its own connection, then the store is closed.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.db import store
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.settings_dialog import install_translator
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import demo

log = logging.getLogger(__name__)


def shield_singletons() -> None:
    """Work around a PySide6 6.12.0 reference-count bug on Python < 3.12.

    PySide6 6.12.0 drops one reference to True on every `Signal.emit()` (emit returns True
    without a new reference) and one to None each time a Python model's `data()` returns None
    to Qt. From Python 3.12 these objects are immortal and nothing happens; on 3.11 their count
    reaches zero after a few thousand signals and the interpreter aborts ("Fatal Python error:
    bool_dealloc"). PySide6 6.11.3 does not have the bug. Until the pin moves, give the three
    singletons a reference count no app run can use up; they are never freed anyway.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


shield_singletons()

ORGANIZATION = "fieldsessions"
APPLICATION = "fieldsessions"
WORKER_STOP_TIMEOUT_MS = 60_000


def application() -> QApplication:
    """The one QApplication, named so QSettings finds the user's preferences."""
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("fieldsessions")
    return app


def open_data_file(db_path: Path, *, demo_if_empty: bool = False) -> bool:
    """Open (and migrate) the store; False after telling the user why it cannot be used."""
    try:
        store.open_store(db_path)
        if demo_if_empty and demo.is_empty():
            demo.create_demo()
    except FieldSessionsError as exc:
        store.close_store()
        QMessageBox.critical(None, QApplication.translate("Application", "fieldsessions"),
                             str(exc))
        return False
    return True


def stop_worker(worker: DbWorker) -> None:
    """Let the worker finish its queue, close its database connection, and stop its thread."""
    loop = QEventLoop()
    worker.run(store.close_store, on_done=lambda _result: loop.quit(),
               on_error=lambda _exc: loop.quit())
    QTimer.singleShot(WORKER_STOP_TIMEOUT_MS, loop.quit)
    loop.exec()
    worker.shutdown()


def start_window(db_path: Path, settings: QSettings | None = None) -> tuple[DbWorker, MainWindow]:
    """The worker and the main window over an opened store (not shown yet)."""
    worker = DbWorker()
    window = MainWindow(worker, db_path, settings)
    return worker, window


def run_app(db_path: Path, *, demo_if_empty: bool = False) -> int:
    app = application()
    settings = QSettings()
    install_translator(app, settings)
    if not open_data_file(db_path, demo_if_empty=demo_if_empty):
        return 1
    worker, window = start_window(db_path, settings)
    window.show()
    try:
        return app.exec()
    finally:
        window.save_state()
        stop_worker(worker)
        window.deleteLater()
        store.close_store()
