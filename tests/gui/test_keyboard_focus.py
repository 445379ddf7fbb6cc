"""Where the keyboard focus lands: returning to a tab (Ctrl+1/2/3), a page of the Roster tab
(Alt+letter) or the window after a restart puts it on the tab's or page's main control, so the
next key does what the facilitator sees (issue 12's new-user check: P did nothing, silently)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import Attendance
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes
from tests.gui.windows import idle, open_window
from tests.unit.helpers import people, programme

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier
          = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the user's keys go: the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_ctrl_1_2_3_put_the_focus_on_the_tab_main_control_and_p_marks_again(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(3, p.id)
    session_id = programmes.list_sessions(p.id, kind="past")[0].id
    window = open_window(qtbot, worker, db_path, settings)
    window.open_session(session_id)
    roster = window.roster_tab
    qtbot.waitUntil(lambda: roster.model.rowCount() == 3, timeout=10000)
    assert focused() is roster.view

    press(qtbot, Qt.Key.Key_1, CTRL)
    sessions = window.sessions_tab
    assert focused() is sessions.session_view
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert focused() is roster.view
    press(qtbot, Qt.Key.Key_P)
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: Attendance.select().where(
        Attendance.session == session_id).count() == 1, timeout=10000)

    if window.reports_page is not None:
        press(qtbot, Qt.Key.Key_3, CTRL)
        page = window.reports_page
        qtbot.waitUntil(lambda: focused() is not None and focused() is not page
                        and page.isAncestorOf(focused()), timeout=5000)
        widget = focused()
        assert widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        idle(qtbot, worker)
    window.close()


def test_ctrl_1_then_down_and_enter_opens_a_roll(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(2, p.id)
    window = open_window(qtbot, worker, db_path, settings)
    sessions = window.sessions_tab
    sessions.set_filter("past")
    qtbot.waitUntil(lambda: sessions.session_model.total > 0 and not sessions.loading,
                    timeout=10000)
    press(qtbot, Qt.Key.Key_2, CTRL)
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert focused() is sessions.session_view
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.roster_tab.session_id is not None, timeout=10000)
    assert window.tabs.currentWidget() is window.roster_page
    window.close()


def test_alt_letters_of_the_roster_pages_put_the_focus_in_the_page(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(2, p.id)
    session_id = programmes.list_sessions(p.id, kind="past")[0].id
    window = open_window(qtbot, worker, db_path, settings)
    window.open_session(session_id)
    roster = window.roster_tab
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2, timeout=10000)
    press(qtbot, Qt.Key.Key_1, CTRL)  # away and back, as the facilitator did
    press(qtbot, Qt.Key.Key_2, CTRL)
    for key, page in ((Qt.Key.Key_N, roster.enrolment_panel),
                      (Qt.Key.Key_P, roster.report_form)):
        press(qtbot, key, ALT)
        assert roster.pages.currentWidget() is page
        qtbot.waitUntil(lambda page=page: focused() is not None  # type: ignore[misc]
                        and page.isAncestorOf(focused()), timeout=5000)
    press(qtbot, Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: focused() is roster.view, timeout=5000)
    window.close()


def test_after_a_restart_on_the_roster_tab_the_focus_is_on_the_roll(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(3, p.id)
    session_id = programmes.list_sessions(p.id, kind="past")[0].id
    first = open_window(qtbot, worker, db_path, settings)
    first.open_session(session_id)
    idle(qtbot, worker)
    first.close()

    second = open_window(qtbot, worker, db_path, settings)
    roster = second.roster_tab
    qtbot.waitUntil(lambda: roster.model.rowCount() == 3, timeout=10000)
    assert second.tabs.currentWidget() is second.roster_page
    qtbot.waitUntil(lambda: focused() is roster.view, timeout=5000)
    press(qtbot, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: Attendance.select().where(
        Attendance.session == session_id).count() == 1, timeout=10000)
    second.close()
