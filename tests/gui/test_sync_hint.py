"""The quiet "Sync available" hint: shown when the saved server answers and changes wait."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import Setting
from fieldsessions.gui import sync_dialog
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.worker import DbWorker
from fieldsessions.sync import engine
from tests.unit.helpers import programme


def open_window(qtbot: QtBot, worker: DbWorker, tmp_path: Path, db_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(worker, db_path, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "waiting" in window.status_text(), timeout=10000)
    return window


def test_the_hint_appears_when_the_saved_server_answers_and_changes_wait(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path, db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    programme()  # queues changes
    Setting.replace(key=engine.SERVER_KEY, value="http://127.0.0.1:9").execute()
    answers = {"up": False}
    monkeypatch.setattr(sync_dialog, "reachable", lambda url, ca_bundle=None: answers["up"])
    window = open_window(qtbot, worker, tmp_path, db_path)
    qtbot.waitUntil(lambda: window._probe is not None, timeout=10000)
    probe = window._probe
    assert isinstance(probe, sync_dialog.SyncAvailabilityProbe)
    qtbot.waitUntil(lambda: not probe._busy, timeout=10000)  # the first check has answered
    assert window.sync_hint.isHidden()  # offline: no hint
    answers["up"] = True
    with qtbot.waitSignal(probe.availability_changed, timeout=10000):
        probe.check()
    assert window.sync_hint.isVisible()
    answers["up"] = False
    with qtbot.waitSignal(probe.availability_changed, timeout=10000):
        probe.check()
    assert window.sync_hint.isHidden()
    window.close()


def test_no_hint_and_no_probe_before_this_laptop_has_signed_in(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path, db_path: Path
) -> None:
    programme()
    window = open_window(qtbot, worker, tmp_path, db_path)
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)
    assert window._probe is None and window.sync_hint.isHidden()
    window.close()
