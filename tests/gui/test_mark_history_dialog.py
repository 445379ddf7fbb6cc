"""Ctrl+H on the roll shows the current person's mark history, oldest first, ending in the
mark as it stands."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldsessions.gui.mark_history_dialog import MarkHistoryDialog
from fieldsessions.gui.roster_tab import RosterTab
from tests.gui.test_roster_roll import idle, open_roll, roll, tab

__all__ = ["roll", "tab"]  # fixtures used here


def _dialog() -> MarkHistoryDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MarkHistoryDialog) and widget.isVisible():
            return widget
    return None


def test_ctrl_h_shows_every_change_of_the_current_mark_oldest_first(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]], tmp_path: Path
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    for key in (Qt.Key.Key_P, Qt.Key.Key_Up, Qt.Key.Key_L, Qt.Key.Key_Up, Qt.Key.Key_A,
                Qt.Key.Key_Up):
        qtbot.keyClick(tab.view, key)
    idle(qtbot, tab)
    first = tab.model.entry(0).name
    qtbot.keyClick(tab.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _dialog() is not None, timeout=10000)
    dialog = _dialog()
    assert dialog is not None
    assert first in dialog.windowTitle()
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]
    assert [row[1] for row in rows] == ["Not marked → Present", "Present → Late",
                                        "Late → Absent"]
    assert {row[3] for row in rows} == {"this laptop"}
    # when, in the window's one date form ("Wed 2 Dec 2026 08:58"), and the count in words
    assert rows[0][0][:3].isalpha() and "-" not in rows[0][0], rows  # "Wed 2 Dec 2026 08:58"
    assert dialog.summary.text().startswith("3 changes")
    if os.environ.get("FIELDSESSIONS_SHOTS"):
        dialog.grab().save(str(Path(os.environ["FIELDSESSIONS_SHOTS"]) / "mark_history.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _dialog() is None, timeout=5000)
