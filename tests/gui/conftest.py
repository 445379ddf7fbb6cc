"""GUI test fixtures: a database worker per test, stopped (with its own connection closed)
before the test's data file goes away, so no thread outlives a test; separate settings and an
opened main window for the tests that drive it by keys (a test module may define its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from fieldsessions.gui.application import stop_worker
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.worker import DbWorker
from tests.gui.windows import open_window


@pytest.fixture
def worker(db: object, qtbot: QtBot) -> Iterator[DbWorker]:
    w = DbWorker()
    yield w
    stop_worker(w)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, worker: DbWorker, db_path: Path,
           settings: QSettings) -> Iterator[MainWindow]:
    w = open_window(qtbot, worker, db_path, settings)
    yield w
    w.close()
