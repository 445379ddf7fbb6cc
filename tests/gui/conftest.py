"""GUI test fixtures: a database worker per test, stopped (with its own connection closed)
before the test's data file goes away, so no thread outlives a test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from fieldsessions.gui.application import stop_worker
from fieldsessions.gui.worker import DbWorker


@pytest.fixture
def worker(db: object, qtbot: QtBot) -> Iterator[DbWorker]:
    w = DbWorker()
    yield w
    stop_worker(w)
