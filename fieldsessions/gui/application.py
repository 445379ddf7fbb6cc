"""Starting the desktop app: QApplication, the data file, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.db import store
from fieldsessions.services import demo


def run_app(db_path: Path, *, demo_if_empty: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("fieldsessions")
    app.setOrganizationName("fieldsessions")
    try:
        store.open_store(db_path)
        if demo_if_empty and demo.is_empty():
            demo.create_demo()
    except FieldSessionsError as exc:
        QMessageBox.critical(None, "fieldsessions", str(exc))
        return 1
    window = QMainWindow()
    window.setWindowTitle(f"fieldsessions — {db_path}")
    window.resize(1100, 720)
    window.show()
    try:
        return app.exec()
    finally:
        store.close_store()
