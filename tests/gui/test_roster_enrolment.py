"""Enrolment panel (booked, waitlist, places left, enrol and cancel with promotion), the outcome
tick-off grid and the session report form, driven through the Roster tab."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import (
    Enrolment,
    Outbox,
    OutcomeTick,
    Session,
    SessionReport,
)
from fieldsessions.gui.outcome_grid import OutcomeTableModel
from fieldsessions.gui.roster_tab import RosterTab
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import outcomes, participants
from tests.unit.helpers import future_session, past_session, people, programme


@pytest.fixture
def tab(worker: DbWorker, qtbot: QtBot) -> RosterTab:
    widget = RosterTab(worker)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def idle(qtbot: QtBot, worker: DbWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)


def open_session(qtbot: QtBot, tab: RosterTab, session_id: str) -> None:
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab.show_session(session_id)
    idle(qtbot, tab._worker)


def status_of(programme_id: str, participant_id: str) -> str:
    return Enrolment.get((Enrolment.programme == programme_id)
                         & (Enrolment.participant == participant_id)).status


def test_enrolling_past_capacity_waitlists_and_cancelling_promotes_the_first_waiting(
    qtbot: QtBot, tab: RosterTab
) -> None:
    p = programme(capacity=2)
    session_id = past_session(p.id)
    booked = people(2, p.id, prefix="Booked")
    waiting = people(1, p.id, prefix="Waiting")[0]
    newcomer = participants.add_participant(participants.ParticipantInput("Tendai Moyo", "T-1"))
    open_session(qtbot, tab, session_id)
    panel = tab.enrolment_panel
    tab.pages.setCurrentWidget(panel)
    assert panel.booked_names() == ["Booked 000", "Booked 001"]
    assert panel.waitlisted_names() == ["Waiting 000"]
    assert "full" in panel.capacity_label.text()

    qtbot.keyClicks(panel.search_edit, "tendai")
    qtbot.waitUntil(lambda: panel.candidates_list.count() == 1, timeout=5000)
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Return)
    assert panel.candidates_list.hasFocus()
    qtbot.keyClick(panel.candidates_list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Tendai Moyo" in panel.waitlisted_names(), timeout=5000)
    assert status_of(p.id, newcomer.id) == "waitlisted"
    assert "waitlist" in panel.message_label.text()

    panel.booked_list.setCurrentRow(0)
    panel.booked_list.setFocus()
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        qtbot.keyClick(panel.booked_list, Qt.Key.Key_Delete)
    idle(qtbot, tab._worker)
    assert status_of(p.id, booked[0]) == "cancelled"
    assert status_of(p.id, waiting) == "booked"
    assert status_of(p.id, newcomer.id) == "waitlisted"
    assert "Waiting 000 moved up from the waitlist" in panel.message_label.text()
    assert panel.booked_names() == ["Booked 001", "Waiting 000"]
    assert panel.waitlisted_names() == ["Tendai Moyo"]
    roll = [tab.model.entry(r).name for r in range(tab.model.rowCount())]
    assert roll == ["Booked 001", "Waiting 000"]  # the roll follows the bookings


def test_capacity_left_is_shown_for_a_programme_with_room(
    qtbot: QtBot, tab: RosterTab
) -> None:
    p = programme(name="Savings group", capacity=10)
    people(3, p.id)
    open_session(qtbot, tab, past_session(p.id))
    assert tab.enrolment_panel.capacity_label.text() == "Savings group: 7 places left."


@pytest.fixture
def outcome_roll(db: object) -> tuple[str, list[str], list[str]]:
    p = programme(outcomes=("Can name three food groups", "Cooked the recipe"))
    session_id = past_session(p.id)
    ids = people(3, p.id)
    return session_id, ids, [o.id for o in outcomes.session_outcomes(session_id)]


def test_space_ticks_an_outcome_for_the_current_person_and_ticks_again_to_untick(
    qtbot: QtBot, tab: RosterTab, outcome_roll: tuple[str, list[str], list[str]]
) -> None:
    session_id, ids, outcome_ids = outcome_roll
    open_session(qtbot, tab, session_id)
    grid = tab.outcome_grid
    tab.pages.setCurrentWidget(grid)
    assert grid.model.columnCount() == 3
    assert grid.model.headerData(2, Qt.Orientation.Horizontal) == "Cooked the recipe"
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.model.index(1, 2))
    with qtbot.waitSignal(grid.ticks_changed, timeout=10000):
        qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    tick = OutcomeTick.get(OutcomeTick.session == session_id)
    assert (tick.participant_id, tick.outcome_id, tick.achieved) == (ids[1], outcome_ids[1],
                                                                     True)
    queued = Outbox.select().where(Outbox.entity == "outcome_tick").order_by(
        Outbox.seq.desc()).get()
    assert json.loads(queued.fields)["achieved"] is True
    assert grid.model.index(1, 2).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    with qtbot.waitSignal(grid.ticks_changed, timeout=10000):
        qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    assert not OutcomeTick.get_by_id(tick.id).achieved


def test_a_tick_refused_for_a_future_session_is_explained_and_undone_on_screen(
    qtbot: QtBot, tab: RosterTab, db: object
) -> None:
    p = programme(weeks_ago=1, count=8, outcomes=("Fractions",))
    people(2, p.id)
    open_session(qtbot, tab, future_session(p.id))
    grid = tab.outcome_grid
    tab.pages.setCurrentWidget(grid)
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.model.index(0, 1))
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)
    idle(qtbot, tab._worker)
    assert OutcomeTick.select().count() == 0
    assert grid.model.index(0, 1).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    assert grid.message_label.text() != ""


def test_outcome_model_passes_qtmodeltester(
    outcome_roll: tuple[str, list[str], list[str]], qtmodeltester: object,
) -> None:
    session_id, ids, outcome_ids = outcome_roll
    outcomes.tick(session_id, ids[0], outcome_ids[0])
    sheet = outcomes.tickoff_sheet(session_id)
    model = OutcomeTableModel()
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    model.set_sheet(sheet)
    model.set_tick(ids[2], outcome_ids[1], True)
    assert model.achieved(0, 1) and model.achieved(2, 2)


def test_session_report_saying_it_did_not_happen_is_stored_with_its_reason(
    qtbot: QtBot, tab: RosterTab, db: object
) -> None:
    p = programme(topics=("Budgeting", "Savings"), topic_tracking=True)
    session_id = past_session(p.id)
    open_session(qtbot, tab, session_id)
    form = tab.report_form
    tab.pages.setCurrentWidget(form)
    assert [form.topics_list.item(i).text() for i in range(form.topics_list.count())] == [
        "Budgeting", "Savings"]
    form.not_held_radio.setChecked(True)
    form.save_button.click()
    assert "Say why" in form.state_label.text()
    assert SessionReport.select().count() == 0

    qtbot.keyClicks(form.reason_edit, "Road flooded")
    with qtbot.waitSignal(form.report_saved, timeout=10000):
        qtbot.keyClick(form.reason_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    report = SessionReport.get(SessionReport.session == session_id)
    assert (report.held, report.didnt_happen_reason) == (False, "Road flooded")
    assert Session.get_by_id(session_id).didnt_happen_reason == "Road flooded"


def test_session_report_of_a_held_session_keeps_the_topics_ticked(
    qtbot: QtBot, tab: RosterTab, db: object
) -> None:
    p = programme(topics=("Budgeting", "Savings"), topic_tracking=True)
    session_id = past_session(p.id)
    open_session(qtbot, tab, session_id)
    form = tab.report_form
    form.topics_list.item(1).setCheckState(Qt.CheckState.Checked)
    form.notes_edit.setPlainText("Good turnout despite rain.")
    with qtbot.waitSignal(form.report_saved, timeout=10000):
        form.save_button.click()
    report = SessionReport.get(SessionReport.session == session_id)
    assert (report.held, report.topics_covered, report.notes) == (
        True, ["Savings"], "Good turnout despite rain.")
    idle(qtbot, tab._worker)
    assert form.topics_checked() == ["Savings"]  # reloaded from the database
    assert "Saved" in form.state_label.text()


def test_session_report_cannot_be_written_before_the_session_starts(
    qtbot: QtBot, tab: RosterTab, db: object
) -> None:
    p = programme(weeks_ago=1, count=8)
    open_session(qtbot, tab, future_session(p.id))
    form = tab.report_form
    assert not form.save_button.isEnabled()
    assert "once the session has started" in form.state_label.text()
