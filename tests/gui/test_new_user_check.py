"""What a new user's check of the window found after issue 12's first round: the Reports tab
follows the roll that is open, ... (each test names what it proves)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes
from tests.gui.windows import idle, open_window
from tests.unit.helpers import people, programme

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_reports_tab_preselects_the_programme_and_session_of_the_open_roll(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    first = programme("Alpha circle", count=4)
    second = programme("Zeta reading club", count=4)
    people(2, second.id)
    wanted = programmes.list_sessions(second.id, kind="past")[1]
    window = open_window(qtbot, worker, db_path, settings)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the Reports tab, before any roll is open
    reports = window.reports_tab
    assert reports is not None
    qtbot.waitUntil(lambda: reports.programme_combo.count() == 2, timeout=10000)
    idle(qtbot, worker)
    assert reports.programme_combo.currentData() == first.id  # alphabetical: the first

    window.open_session(wanted.id)  # the roll of the second programme's session
    qtbot.waitUntil(lambda: window.roster_tab.session_id == wanted.id, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentWidget() is window.reports_page
    qtbot.waitUntil(lambda: reports.session_combo.currentData() == wanted.id, timeout=10000)
    assert reports.programme_combo.currentData() == second.id

    # A choice made on the Reports tab stays while the same roll is open.
    reports.programme_combo.setFocus()
    qtbot.keyClick(reports.programme_combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: reports.programme_combo.currentData() == first.id, timeout=10000)
    idle(qtbot, worker)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    idle(qtbot, worker)
    assert reports.programme_combo.currentData() == first.id
    window.close()
