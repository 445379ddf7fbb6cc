"""Walk-ins on the roll as the window shows them (issue 12's new-user check): a registered
person added as a walk-in to a full programme reads "Walk-in" like a new one does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import Enrolment
from fieldsessions.gui.roll_model import RollTableModel
from fieldsessions.gui.walk_in_dialog import WalkInDialog
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import participants, programmes
from tests.gui.windows import idle, open_window
from tests.unit.helpers import people, programme


def test_a_registered_person_walking_in_to_a_full_programme_reads_walk_in(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Savings group", count=4, capacity=2)
    people(2, p.id)  # the programme is full
    zawadi = participants.add_participant(participants.ParticipantInput("Zawadi Mwangi"))
    session_id = programmes.list_sessions(p.id, kind="past")[0].id
    window = open_window(qtbot, worker, db_path, settings)
    window.open_session(session_id)
    roster = window.roster_tab
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2, timeout=10000)
    assert QApplication.focusWidget() is roster.view

    qtbot.keyClick(roster.view, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WalkInDialog),
                    timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, WalkInDialog)
    qtbot.keyClicks(dialog.name_edit, "Zawadi Mwangi")
    qtbot.waitUntil(dialog.likely_match_shown, timeout=5000)
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    idle(qtbot, worker)

    enrolment = Enrolment.get(Enrolment.participant == zawadi.id)
    assert (enrolment.status, enrolment.is_walk_in) == ("waitlisted", True)
    model = roster.model
    row = next(r for r in range(model.rowCount())
               if model.entry(r).participant_id == zawadi.id)
    assert model.index(row, RollTableModel.WALK_IN).data() == "Walk-in"
    # No attendance rate for someone not booked: the column says why it is empty.
    assert model.index(row, RollTableModel.COMPLIANCE).data() == "waiting for a place"
    window.close()


def test_undo_is_per_roll_and_after_another_roll_the_edit_menu_says_nothing_to_undo(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(2, p.id)
    first, second = (s.id for s in programmes.list_sessions(p.id, kind="past")[:2])
    window = open_window(qtbot, worker, db_path, settings)
    roster = window.roster_tab
    window.open_session(first)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2, timeout=10000)
    qtbot.keyClick(roster.view, Qt.Key.Key_Plus)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WalkInDialog),
                    timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, WalkInDialog)
    qtbot.keyClicks(dialog.name_edit, "Zanele Dube")
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.isEnabled()
    window.edit_menu.aboutToHide.emit()

    window.open_session(second)
    qtbot.waitUntil(lambda: roster.session_id == second and not worker.busy, timeout=10000)
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):
        window.open_session(first)
    window.edit_menu.aboutToShow.emit()
    assert (window.undo_action.text(), window.undo_action.isEnabled()) == (
        "Nothing to undo", False)
    window.edit_menu.aboutToHide.emit()
    qtbot.keyClick(QApplication.focusWidget() or roster.view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    assert "Nothing to undo on this roll" in roster.message()
    assert "Zanele Dube" in [roster.model.entry(r).name for r in range(roster.model.rowCount())]
    window.close()
