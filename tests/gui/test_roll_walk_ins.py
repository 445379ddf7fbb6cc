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
