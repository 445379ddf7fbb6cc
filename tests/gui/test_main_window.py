"""Main window: welcome on an empty file and demo data from it, the sync status bar, window
state remembered, Take roll by keyboard, features shown only when delivered, settings, and a
damaged data file explained instead of a traceback."""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldsessions.db import store
from fieldsessions.db.models import Device, Outbox, Programme, Session, Setting
from fieldsessions.gui import application, main_window
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.settings_dialog import LANGUAGE_KEY, SettingsDialog
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes
from tests.unit.helpers import people, programme


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: QtBot, worker: DbWorker, db_path: Path,
                settings: QSettings) -> MainWindow:
    window = MainWindow(worker, db_path, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: "waiting" in window.status_text(), timeout=10000)
    idle(qtbot, worker)
    return window


def idle(qtbot: QtBot, worker: DbWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)


@pytest.fixture
def window(qtbot: QtBot, worker: DbWorker, db_path: Path,
           settings: QSettings) -> Iterator[MainWindow]:
    w = open_window(qtbot, worker, db_path, settings)
    yield w
    w.close()


def test_an_empty_data_file_shows_the_welcome_and_the_demo_opens_in_its_own_file(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: the demo went into this (the facilitator's) file and queued it for the server.
    started: list[Path] = []
    monkeypatch.setattr(main_window, "start_demo_process",
                        lambda path: started.append(path) or True)
    assert window.showing_welcome
    window.welcome.ui.demoButton.setFocus()
    qtbot.keyClick(window.welcome.ui.demoButton, Qt.Key.Key_Space)
    assert started == [db_path]
    assert "fieldsessions-demo.sqlite" in window.welcome.ui.messageLabel.text()
    idle(qtbot, window._worker)
    assert window.showing_welcome  # this file is still empty: nothing was put in it
    assert Outbox.select().count() == 0


def test_the_status_bar_counts_changes_waiting_and_says_when_last_synced(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    programme("Parenting circle", count=4)
    pending = Outbox.select().where(Outbox.state == "pending").count()
    window = open_window(qtbot, worker, db_path, settings)
    assert not window.showing_welcome
    assert window.status_text() == f"{pending} changes waiting · never synced"
    synced = datetime.now(UTC) - timedelta(minutes=5)
    Outbox.update(state="acked").execute()
    Setting.insert(key="last_sync_at", value=synced.isoformat()).execute()
    window.refresh_status()
    clock = synced.astimezone().strftime("%H:%M")
    day = "today" if synced.astimezone().date() == datetime.now(UTC).astimezone().date() \
        else "yesterday"
    qtbot.waitUntil(lambda: window.status_text()
                    == f"No changes waiting · last synced {day} at {clock}", timeout=10000)
    window.close()


def test_the_window_remembers_its_size_tab_and_last_session(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(3, p.id)
    session_id = programmes.list_sessions(p.id)[0].id
    first = open_window(qtbot, worker, db_path, settings)
    first.resize(780, 620)  # inside the offscreen 800×800 screen
    first.sessions_tab.set_filter("past")
    first.open_session(session_id)
    assert first.tabs.currentWidget() is first.roster_page
    idle(qtbot, worker)
    first.close()

    second = open_window(qtbot, worker, db_path, settings)
    assert (second.width(), second.height()) == (780, 620)
    assert second.tabs.currentWidget() is second.roster_page
    assert second.sessions_tab.filter == "past"
    qtbot.waitUntil(lambda: second.roster_tab.session_id == session_id, timeout=10000)
    second.close()


def test_a_remembered_session_that_is_gone_is_forgotten(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    programme("Parenting circle", count=2)
    settings.setValue("MainWindow/session", "no-such-session")
    window = open_window(qtbot, worker, db_path, settings)
    qtbot.waitUntil(lambda: window.last_session is None, timeout=10000)
    assert window.roster_tab.session_id is None
    window.close()


def test_take_roll_by_keyboard_opens_the_selected_session(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(2, p.id)
    window = open_window(qtbot, worker, db_path, settings)
    tab = window.sessions_tab
    tab.set_filter("past")
    qtbot.waitUntil(lambda: tab.session_model.total > 0 and not tab.loading, timeout=10000)
    tab.session_view.setFocus()
    tab.session_view.selectRow(0)
    wanted = tab.selected_session()
    assert wanted is not None
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.roster_tab.session_id == wanted.id, timeout=10000)
    assert window.tabs.currentWidget() is window.roster_page
    assert window.last_session == wanted.id
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.sessions_page
    window.close()


def test_sync_print_and_reports_appear_only_when_their_features_exist(
    window: MainWindow,
) -> None:
    has_sync = importlib.util.find_spec("fieldsessions.gui.sync_dialog") is not None
    has_reports = importlib.util.find_spec("fieldsessions.gui.reports_tab") is not None
    assert window.sync_action.isVisible() == has_sync
    assert window.print_action.isVisible() == has_reports
    tab_names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert tab_names == ["sessions", "roster"] + (["reports"] if has_reports else [])


def test_every_toolbar_and_menu_action_has_a_keyboard_route(window: MainWindow) -> None:
    for action in (window.new_programme_action, window.take_roll_action, window.print_action,
                   window.sync_action, window.settings_action, window.import_action):
        assert not action.shortcut().isEmpty(), action.text()
        assert action.toolTip()
    menus = [a.text() for a in window.menuBar().actions()]
    assert all("&" in text for text in menus)


def test_settings_save_the_names_and_the_language(
    qtbot: QtBot, window: MainWindow, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    dialog = SettingsDialog(worker, db_path, settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert dialog.ui.dataFileEdit.text() == str(db_path)
    assert dialog.folder() == db_path.resolve().parent
    dialog.ui.facilitatorEdit.setText("  Amina   Otieno ")
    dialog.ui.deviceEdit.setText("Field laptop 2")
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save_button.click()
    device = Device.select().get()
    assert (device.facilitator, device.name) == ("Amina Otieno", "Field laptop 2")
    assert settings.value(LANGUAGE_KEY) == "en"


def test_a_damaged_data_file_is_explained_in_one_sentence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def critical(_parent: QWidget | None, _title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    assert not application.open_data_file(broken)
    assert len(shown) == 1
    assert shown[0].startswith(f"The data file {broken} is damaged")
    assert "Traceback" not in shown[0]


def test_the_demo_file_is_filled_once_and_queues_nothing(tmp_path: Path) -> None:
    path = store.demo_path(tmp_path / "field.sqlite")
    try:
        assert application.open_data_file(path, demo=True)
        assert store.is_demo() and Programme.select().count() > 0
        assert Outbox.select().count() == 0  # demo data never goes to the server
        first = Session.select().count()
    finally:
        store.close_store()
    try:
        assert application.open_data_file(path, demo=True)
        assert Session.select().count() == first  # not filled twice
    finally:
        store.close_store()
    assert not (tmp_path / "field.sqlite").exists()  # the facilitator's file is not touched


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings() of the app (what run_app uses) redirected to a temporary folder."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(Path.home() / ".config"))


def test_run_app_opens_the_file_behind_the_window_and_saves_its_state_on_exit(
    qtbot: QtBot, tmp_path: Path, user_settings: Path
) -> None:
    path = tmp_path / "field.sqlite"
    seen: dict[str, object] = {}

    def close_when_listed() -> None:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        tab = window.sessions_tab
        if tab.session_model.total and not tab.loading and "Demo data" in \
                window.status_text():
            seen["sessions"] = tab.session_model.total
            seen["title"] = window.windowTitle()
            seen["sync"] = window.sync_action.isEnabled()
            window.close()
        else:
            QTimer.singleShot(20, close_when_listed)

    QTimer.singleShot(0, close_when_listed)
    assert application.run_app(path, demo=True) == 0
    assert isinstance(seen["sessions"], int) and seen["sessions"] > 0  # the demo, listed
    assert "DEMO DATA" in str(seen["title"]) and seen["sync"] is False
    stored = QSettings()
    assert stored.value("MainWindow/tab") == "sessions"
    assert stored.value("MainWindow/geometry") is not None
    assert (user_settings / "fieldsessions").is_dir()


def test_run_app_explains_a_newer_data_file_and_exits_with_1(
    qtbot: QtBot, tmp_path: Path, user_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newer.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 999")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    assert application.run_app(path) == 1
    assert len(shown) == 1
    assert "written by a newer version of fieldsessions" in shown[0]
