"""Roster tab roll call: keys alone take a roll (stored with outbox rows), undo, search,
refusals in the tab, walk-ins, big rosters paged, the model checked by qtmodeltester."""

from __future__ import annotations

import json
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldsessions.core.records import RosterEntry
from fieldsessions.db.models import Attendance, Enrolment, Outbox, Participant, Session
from fieldsessions.gui.roll_model import ComplianceMark, RollTableModel
from fieldsessions.gui.roster_tab import RosterTab, load_compliance, show_demo_session
from fieldsessions.gui.walk_in_dialog import WalkInDialog
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import demo, participants, sessions, status
from tests.unit.helpers import future_session, past_session, people, programme


@pytest.fixture
def tab(worker: DbWorker, qtbot: QtBot) -> RosterTab:
    widget = RosterTab(worker)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def open_roll(qtbot: QtBot, tab: RosterTab, session_id: str) -> None:
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab.show_session(session_id)
    tab.focus_roll()


def idle(qtbot: QtBot, tab: RosterTab) -> None:
    qtbot.waitUntil(lambda: not tab._worker.busy, timeout=10000)


def stored(session_id: str) -> dict[str, str]:
    return {a.participant_id: a.status
            for a in Attendance.select().where(Attendance.session == session_id)}


def names_in_order(tab: RosterTab) -> list[str]:
    return [tab.model.entry(r).name for r in range(tab.model.rowCount())]


@pytest.fixture
def roll(db: object) -> tuple[str, list[str]]:
    p = programme(count=6)
    return past_session(p.id), people(40, p.id)


def test_forty_person_roll_is_taken_with_keys_alone_and_queued_for_sync(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    keys = [Qt.Key.Key_P, Qt.Key.Key_L, Qt.Key.Key_E, Qt.Key.Key_A] * 10
    outbox_before = Outbox.select().count()
    waiting_before = status.sync_status().pending
    for key in keys:
        qtbot.keyClick(tab.view, key)
    idle(qtbot, tab)

    wanted = ["present", "late", "excused", "absent"] * 10
    by_row = [tab.model.entry(r).participant_id for r in range(40)]
    assert stored(session_id) == dict(zip(by_row, wanted, strict=True))
    queued = list(Outbox.select().where(Outbox.seq > 0).order_by(Outbox.seq))[outbox_before:]
    # Each mark, then its history entry.
    assert [(q.entity, q.op) for q in queued] == [("attendance", "upsert"),
                                                  ("attendance_history", "upsert")] * 40
    assert [json.loads(q.fields)["status"] for q in queued[::2]] == wanted
    # The status bar counts 40 changes waiting: a history entry is not a change of its own.
    assert status.sync_status().pending == waiting_before + 40
    assert [tab.model.entry(r).status for r in range(40)] == wanted
    assert "10 present" in tab.counts_label.text()


def test_enter_and_arrows_move_without_marking(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)
    assert tab.view.currentIndex().row() == 1
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    idle(qtbot, tab)
    assert stored(session_id) == {tab.model.entry(1).participant_id: "absent"}


def test_ctrl_z_undoes_the_last_mark_in_the_database_and_returns_to_that_person(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    first, second = tab.model.entry(0), tab.model.entry(1)
    qtbot.keyClick(tab.view, Qt.Key.Key_P)
    qtbot.keyClick(tab.view, Qt.Key.Key_L)
    idle(qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, tab)

    assert stored(session_id) == {first.participant_id: "present"}
    last = Outbox.select().where(Outbox.entity == "attendance").order_by(
        Outbox.seq.desc()).get()
    assert (last.entity, last.op) == ("attendance", "delete")
    undone = tab.model.entry_for(second.participant_id)
    assert undone is not None and undone.status is None
    assert tab.model.entry(tab.view.currentIndex().row()).participant_id == second.participant_id
    assert second.name in tab.message()


def test_undo_pressed_before_the_mark_came_back_still_undoes_that_mark(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    qtbot.keyClick(tab.view, Qt.Key.Key_P)
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # no waiting
    idle(qtbot, tab)
    assert stored(session_id) == {tab.model.entry(0).participant_id: "present"}
    assert tab.model.entry(1).status is None


def test_mark_all_present_and_the_rest_absent_only_touch_people_not_marked(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    first = tab.model.entry(0).participant_id
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    idle(qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    idle(qtbot, tab)
    marks = stored(session_id)
    assert marks[first] == "absent"
    assert sorted(marks.values()).count("present") == 39
    assert "39" in tab.message()

    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, tab)
    assert stored(session_id) == {first: "absent"}
    tab.rest_absent_button.click()
    idle(qtbot, tab)
    assert set(stored(session_id).values()) == {"absent"}
    assert len(stored(session_id)) == 40


def test_delete_clears_a_mark_back_to_not_marked(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    qtbot.keyClick(tab.view, Qt.Key.Key_E)
    qtbot.keyClick(tab.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    idle(qtbot, tab)
    assert stored(session_id) == {}
    assert tab.model.entry(0).status is None


@pytest.fixture
def named_roll(db: object) -> tuple[str, dict[str, str]]:
    p = programme()
    found = {}
    for name, ext in [("José Núñez", "K-17"), ("Ana Cruz", "K-2"), ("Pedro Reyes", "K-3"),
                      ("Juma Otieno", "K-40")]:
        info = participants.add_participant(participants.ParticipantInput(name, ext))
        participants.enrol(p.id, info.id)
        found[name] = info.id
    return past_session(p.id), found


def test_search_by_name_ignores_accents_and_marks_the_person_found(
    qtbot: QtBot, tab: RosterTab, named_roll: tuple[str, dict[str, str]]
) -> None:
    session_id, ids = named_roll
    open_roll(qtbot, tab, session_id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Slash)
    assert tab.search_edit.hasFocus()
    qtbot.keyClicks(tab.search_edit, "nunez")
    assert names_in_order(tab) == ["José Núñez"]
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)
    assert tab.view.hasFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_P)
    idle(qtbot, tab)
    assert stored(session_id) == {ids["José Núñez"]: "present"}

    qtbot.keyClick(tab.view, Qt.Key.Key_Escape)
    assert tab.search_edit.text() == ""
    assert len(names_in_order(tab)) == 4
    assert tab.model.entry(tab.view.currentIndex().row()).name == "José Núñez"


def test_typing_a_digit_in_the_roll_searches_by_id_and_esc_returns(
    qtbot: QtBot, tab: RosterTab, named_roll: tuple[str, dict[str, str]]
) -> None:
    session_id, _ids = named_roll
    open_roll(qtbot, tab, session_id)
    qtbot.keyClick(tab.view, Qt.Key.Key_4)
    assert tab.search_edit.hasFocus()
    assert tab.search_edit.text() == "4"
    assert names_in_order(tab) == ["Juma Otieno"]
    qtbot.keyClicks(tab.search_edit, "0")
    assert names_in_order(tab) == ["Juma Otieno"]
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Escape)
    assert tab.view.hasFocus()
    assert len(names_in_order(tab)) == 4
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search_edit.hasFocus()
    assert stored(session_id) == {}


def test_a_refused_mark_is_explained_in_the_tab_and_the_row_goes_back(
    qtbot: QtBot, tab: RosterTab, db: object
) -> None:
    p = programme(weeks_ago=1, count=8)
    session_id = future_session(p.id)
    people(3, p.id)
    open_roll(qtbot, tab, session_id)
    assert "not started" in tab.message()
    for _ in range(3):
        qtbot.keyClick(tab.view, Qt.Key.Key_P)
    idle(qtbot, tab)
    assert stored(session_id) == {}
    assert [tab.model.entry(r).status for r in range(3)] == [None, None, None]
    assert "one hour before it starts" in tab.message()
    assert QApplication.activeModalWidget() is None
    assert not tab.can_undo()


def test_a_session_cancelled_elsewhere_while_shown_says_so_and_takes_no_marks(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    assert tab.message() == ""
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):  # as the Sessions tab does it
        tab._worker.run(lambda: sessions.cancel_session(session_id, "Typhoon warning"),
                        changes="sessions")
    assert "cancelled (Typhoon warning)" in tab.message()
    qtbot.keyClick(tab.view, Qt.Key.Key_P)
    idle(qtbot, tab)
    assert stored(session_id) == {}
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab._worker.run(lambda: sessions.reinstate_session(session_id), changes="sessions")
    assert tab.message() == ""


def test_walk_in_of_a_new_person_is_added_marked_and_selected(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Plus)
    dialogs = [d for d in tab.findChildren(WalkInDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.keyClicks(dialog.name_edit, "Zanele Dube")
    qtbot.keyClicks(dialog.phone_edit, "+27 82 555 0101")
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    person = Participant.get(Participant.name == "Zanele Dube")
    assert person.is_walk_in and person.phone == "+27 82 555 0101"
    assert stored(session_id) == {person.id: "present"}
    enrolment = Enrolment.get(Enrolment.participant == person.id)
    assert enrolment.is_walk_in and enrolment.status == "booked"
    current = tab.model.entry(tab.view.currentIndex().row())
    assert (current.name, current.is_walk_in, current.status) == ("Zanele Dube", True, "present")
    assert "walk-in" in tab.message()


def test_walk_in_hint_offers_a_similar_registered_person_who_is_picked_by_keys(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    maria = participants.add_participant(participants.ParticipantInput("Maria Santos", "MS-1"))
    before = Participant.select().count()
    open_roll(qtbot, tab, session_id)
    dialog = tab.open_walk_in()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Maria Santo")
    qtbot.waitUntil(lambda: dialog.similar_shown() != [], timeout=5000)
    assert dialog.similar_shown()[0].startswith("Maria Santos")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Down)
    assert dialog.hint_list.hasFocus()
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        qtbot.keyClick(dialog.hint_list, Qt.Key.Key_Return)

    assert Participant.select().count() == before
    assert stored(session_id) == {maria.id: "present"}
    assert tab.model.entry(tab.view.currentIndex().row()).participant_id == maria.id
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, tab)
    assert stored(session_id) == {}


def test_walk_in_without_a_name_says_so_and_stays_open(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    session_id, _ids = roll
    open_roll(qtbot, tab, session_id)
    dialog = tab.open_walk_in()
    assert dialog is not None
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert dialog.choice() is None


def entries(n: int) -> list[RosterEntry]:
    return [RosterEntry(f"id-{i:04d}", f"Person {i:04d}", f"X{i}", "Group", None, None,
                        i % 7 == 0, "booked") for i in range(n)]


def test_roll_model_passes_qtmodeltester_while_loaded_marked_filtered_and_rated(
    qtmodeltester: object,
) -> None:
    model = RollTableModel()
    model.set_entries(entries(450))
    # The tester stays connected: every change below is checked as it is signalled.
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    while model.canFetchMore():
        model.fetchMore()
    model.set_status("id-0001", "late")
    model.set_compliance({"id-0001": ComplianceMark("at_risk", 62.5, 80, 3, True)})
    assert model.index(1, RollTableModel.COMPLIANCE).data() == "62 % · At risk · 3 missed in a row"
    model.set_filter("person 01")
    assert model.total_rows() == 100
    model.set_entries(entries(451))
    model.set_compliance(None)
    assert model.columnCount() == 5


def test_thousands_of_qt_calls_leave_none_and_true_alive() -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call and to
    True on every emit; roll_model pins them (else this aborts the process)."""
    model = RollTableModel()
    label = QLabel()
    for _ in range(20000):
        label.setText("x")
        model.counts_changed.emit()
    assert sys.getrefcount(None) > 10000 and sys.getrefcount(True) > 10000


def test_a_rate_just_under_the_requirement_never_reads_as_meeting_it() -> None:
    model = RollTableModel()
    model.set_entries(entries(1))
    model.set_compliance({"id-0000": ComplianceMark("at_risk", 84.6, 85)})
    assert model.index(0, RollTableModel.COMPLIANCE).data() == "84 % · At risk"


def test_every_control_of_the_tab_has_an_accessible_name(
    qtbot: QtBot, tab: RosterTab, roll: tuple[str, list[str]]
) -> None:
    open_roll(qtbot, tab, roll[0])
    kinds = (QPushButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QRadioButton)
    controls = [w for w in tab.findChildren(QWidget)
                if isinstance(w, kinds) and not isinstance(w, QHeaderView)]
    assert len(controls) > 15
    assert [w for w in controls if not w.accessibleName()] == []


def test_big_roll_is_handed_to_the_view_in_pages_and_the_keyboard_reaches_the_end(
    qtbot: QtBot, tab: RosterTab
) -> None:
    tab.model.set_entries(entries(2000))
    assert tab.model.rowCount() < 2000  # lazy: only the first pages
    tab.focus_roll()
    qtbot.keyClick(tab.view, Qt.Key.Key_End)
    assert tab.model.rowCount() == 2000
    assert tab.view.currentIndex().row() == 1999


def test_compliance_column_shows_rates_and_who_is_at_risk(
    qtbot: QtBot, tab: RosterTab, db: object
) -> None:
    demo.create_demo()
    with qtbot.waitSignal(tab.compliance_loaded, timeout=20000):
        session_id = show_demo_session(tab)
    assert session_id is not None
    assert tab.model.columnCount() == 6
    texts = [tab.model.index(r, RollTableModel.COMPLIANCE).data()
             for r in range(tab.model.rowCount())]
    assert all("%" in t for t in texts if t)
    assert any("At risk" in t or "Non-compliant" in t for t in texts)
    assert tab.model.rowCount() > 20
    assert not tab.grab().isNull()


def test_rates_after_marks_are_those_worked_out_for_everyone(
    qtbot: QtBot, tab: RosterTab, db: object
) -> None:
    demo.create_demo()
    with qtbot.waitSignal(tab.compliance_loaded, timeout=20000):
        session_id = show_demo_session(tab)
    assert session_id is not None
    tab.focus_roll()
    for key in (Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_P):  # each mark moves to the next row
        qtbot.keyClick(tab.view, key)
    with qtbot.waitSignal(tab.compliance_loaded, timeout=20000):  # after the pause in marking
        pass
    fresh = RollTableModel()
    fresh.set_entries([tab.model.entry(r) for r in range(tab.model.rowCount())])
    programme_id = Session.get_by_id(session_id).programme_id
    fresh.set_compliance(load_compliance(programme_id).marks)

    def column(model: RollTableModel) -> dict[str, str]:
        return {model.entry(r).participant_id: model.index(r, RollTableModel.COMPLIANCE).data()
                for r in range(model.rowCount())}

    assert len(column(fresh)) == tab.model.rowCount() > 20
    assert column(tab.model) == column(fresh)
