"""Sessions tab: the filters show the right sessions, states read as words, Enter opens a
session, programme selection narrows the list, long lists are paged, models pass qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.core.records import SessionInfo
from fieldsessions.db.models import Attendance, Enrolment, Outbox, Session
from fieldsessions.gui.helpers import fill, format_day
from fieldsessions.gui.sessions_tab import (
    PAGE_SIZE,
    IdRole,
    ProgrammeTableModel,
    SessionsTab,
    SessionTableModel,
    StateRole,
    session_state,
)
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import attendance, programmes
from tests.unit.helpers import people, programme


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def tab(worker: DbWorker, settings: QSettings, qtbot: QtBot) -> Iterator[SessionsTab]:
    widget = SessionsTab(worker, settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    settle(qtbot, widget)
    yield widget
    widget.close()


def settle(qtbot: QtBot, tab: SessionsTab) -> None:
    qtbot.waitUntil(lambda: not tab.loading and not tab._worker.busy, timeout=10000)


def shown_ids(tab: SessionsTab) -> list[str]:
    model = tab.session_model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]


def show(qtbot: QtBot, tab: SessionsTab, kind: str) -> list[str]:
    tab.filter_buttons[kind].click()
    settle(qtbot, tab)
    return shown_ids(tab)


@pytest.fixture
def mixed(db: object) -> dict[str, object]:
    """Weekly sessions from 3 weeks ago to 2 weeks ahead (one today, 12 hours from now either
    way): past ones (the first marked) and future ones (the last cancelled)."""
    now = datetime.now(UTC)
    today = now.date()
    at = (now + timedelta(hours=12)).time().replace(second=0, microsecond=0)
    p = programmes.create_programme(ProgrammeSpec(
        name="Parenting circle", frequency=Frequency.WEEKLY,
        start_date=today - timedelta(weeks=3), weekdays=(today.weekday(),), count=6,
        start_time=at, duration_min=60))
    people(3, p.id)
    sessions = programmes.list_sessions(p.id)
    past = [s for s in sessions if s.starts_at + timedelta(minutes=60) < now]
    future = [s for s in sessions if s.starts_at > now]
    assert len(past) + len(future) == 6
    attendance.mark_all_present(past[0].id)  # the whole roll: "Roll taken"
    Session.update(status="cancelled", cancel_reason="Flooded road").where(
        Session.id == future[-1].id).execute()
    return {"programme": p, "past": [s.id for s in past], "future": [s.id for s in future],
            "today": [s.id for s in sessions if s.local_date == today]}


def test_each_filter_shows_the_sessions_it_names(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    past, future = mixed["past"], mixed["future"]
    assert sorted(show(qtbot, tab, "all")) == sorted(past + future)
    assert show(qtbot, tab, "upcoming") == future[:-1]  # the cancelled one is not upcoming
    assert show(qtbot, tab, "cancelled") == [future[-1]]
    assert sorted(show(qtbot, tab, "roll_missing")) == sorted(past[1:])  # past[0] is marked
    # Past and roll missing put the most recent session first.
    assert show(qtbot, tab, "past") == past[::-1]
    assert show(qtbot, tab, "today") == mixed["today"]  # the helper puts one on today
    assert tab.count_label.text() == "1 session"


def test_session_states_are_shown_as_words(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    show(qtbot, tab, "all")
    model = tab.session_model
    status_column = SessionTableModel.COLUMNS.index("state")
    words = {model.index(r, 0).data(IdRole): model.index(r, status_column).data()
             for r in range(model.rowCount())}
    past, future = mixed["past"], mixed["future"]
    assert words[past[0]] == "Roll taken"
    assert words[past[1]] == "Roll missing"
    assert words[future[0]] == "Scheduled"
    assert words[future[-1]] == "Cancelled"
    row = model.row_of(future[-1])
    assert "Flooded road" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 0).data(StateRole) == "cancelled"


def test_templates_are_filled_all_at_once() -> None:
    assert fill("%1 of %2 marked", "%2", 40) == "%2 of 40 marked"
    assert fill("%1 and %3", "a") == "a and %3"


def test_dates_read_like_a_calendar(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    assert format_day(date(2026, 11, 24)) == "Tue 24 Nov 2026"
    show(qtbot, tab, "all")
    first = tab.session_model.session(0)
    assert first is not None
    assert tab.session_model.index(0, 0).data() == format_day(first.local_date)
    assert tab.session_model.index(0, 1).data() == f"{first.local_start}–{first.local_end}"


def test_choosing_a_programme_shows_only_its_sessions(
    qtbot: QtBot, tab: SessionsTab, db: object
) -> None:
    first = programme("Alpha", count=3)
    second = programme("Beta", count=5)
    show(qtbot, tab, "all")
    assert len(shown_ids(tab)) == 8
    tab.programme_view.setCurrentIndex(
        tab.programme_model.index(tab.programme_model.row_of(second.id), 0))
    settle(qtbot, tab)
    assert {tab.session_model.session(r).programme_id  # type: ignore[union-attr]
            for r in range(tab.session_model.rowCount())} == {second.id}
    assert len(shown_ids(tab)) == 5
    assert "Beta" in tab.programme_detail.text()
    tab.select_programme(first.id)
    settle(qtbot, tab)
    assert len(shown_ids(tab)) == 3
    assert tab.edit_button.isEnabled()


def test_enter_on_a_session_asks_to_open_its_roll(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    show(qtbot, tab, "past")
    tab.session_view.setFocus()
    tab.session_view.selectRow(1)
    wanted = tab.session_model.session(1)
    assert wanted is not None
    with qtbot.waitSignal(tab.session_opened, timeout=2000) as blocker:
        qtbot.keyClick(tab.session_view, Qt.Key.Key_Return)
    assert blocker.args == [wanted.id]
    with qtbot.waitSignal(tab.session_opened, timeout=2000) as blocker:
        tab.open_button.click()
    assert blocker.args == [wanted.id]


def test_marking_elsewhere_updates_the_roll_count(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    show(qtbot, tab, "roll_missing")
    target = mixed["past"][1]
    assert target in shown_ids(tab)
    tab._worker.run(lambda: attendance.mark_all_present(target), changes="marks")
    qtbot.waitUntil(lambda: target not in shown_ids(tab) and not tab.loading, timeout=10000)


def test_the_chosen_filter_is_remembered(
    qtbot: QtBot, worker: DbWorker, settings: QSettings, tab: SessionsTab
) -> None:
    show(qtbot, tab, "roll_missing")
    tab.save_state()
    again = SessionsTab(worker, settings)
    qtbot.addWidget(again)
    assert again.filter == "roll_missing"
    assert again.filter_buttons["roll_missing"].isChecked()


def _info(i: int, start: datetime, **extra: object) -> SessionInfo:
    fields: dict[str, object] = {
        "id": f"s{i}", "programme_id": "p", "programme_name": "Programme",
        "local_date": start.date(), "starts_at": start, "local_start": "09:00",
        "local_end": "10:00", "duration_min": 60, "title": "", "topic": "",
        "location": "Hall", "facilitator": "F", "status": "scheduled", "cancel_reason": None,
        "didnt_happen_reason": None, "marked": 0, "roster_size": 10,
    }
    fields.update(extra)
    return SessionInfo(**fields)  # type: ignore[arg-type]


def test_long_session_lists_are_handed_to_the_view_in_pages(qtbot: QtBot) -> None:
    model = SessionTableModel()
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    model.set_sessions([_info(i, start + timedelta(days=i)) for i in range(450)])
    root = model.index(-1, -1)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(root)
    model.fetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 450
    assert not model.canFetchMore(root)
    assert model.row_of("s449") == 449


def test_states_follow_the_clock() -> None:
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    s = _info(1, start)
    assert session_state(s, start - timedelta(minutes=1)) == "scheduled"
    assert session_state(s, start + timedelta(minutes=30)) == "now"
    assert session_state(s, start + timedelta(hours=2)) == "roll_missing"
    assert session_state(_info(2, start, marked=3), start + timedelta(hours=2)) == \
        "roll_incomplete"  # 3 of 10
    assert session_state(_info(2, start, marked=10), start + timedelta(hours=2)) == "roll_taken"
    assert session_state(_info(3, start, didnt_happen_reason="Rain"),
                         start + timedelta(hours=2)) == "didnt_happen"


def test_models_pass_qtmodeltester(qtmodeltester: object, db: object) -> None:
    p = programme("Model check", count=4, capacity=2)
    people(3, p.id)
    programme_model = ProgrammeTableModel()
    programme_model.set_programmes(programmes.list_programmes())
    qtmodeltester.check(programme_model)  # type: ignore[attr-defined]
    session_model = SessionTableModel()
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    rows = [_info(i, start + timedelta(days=i)) for i in range(PAGE_SIZE + 20)]
    rows += programmes.list_sessions(p.id)
    session_model.set_sessions(rows, now=start + timedelta(days=30))
    qtmodeltester.check(session_model)  # type: ignore[attr-defined]
    assert programme_model.index(1, 2).data() == "2 / 2 (+1 waiting)"


def test_take_roll_without_a_selection_picks_todays_next_session(
    qtbot: QtBot, tab: SessionsTab, db: object
) -> None:
    now = datetime.now(UTC)
    soon = now + timedelta(minutes=30)
    if soon.date() != now.date():  # just before midnight: take the one that started
        soon = now - timedelta(minutes=20)
    spec = ProgrammeSpec(name="Today", frequency=Frequency.ONCE, start_date=soon.date(),
                         start_time=time(soon.hour, soon.minute), duration_min=60)
    created = programmes.create_programme(spec)
    wanted = programmes.list_sessions(created.id)[0].id
    picked: list[str | None] = []
    tab.session_view.clearSelection()
    tab.pick_session_for_roll(picked.append)
    qtbot.waitUntil(lambda: bool(picked), timeout=10000)
    assert picked == [wanted]


def asked(qtbot: QtBot, tab: SessionsTab) -> QInputDialog:
    """The reason dialog, once it is open (the marks are counted on the worker first)."""
    qtbot.waitUntil(lambda: tab.reason_dialog is not None, timeout=10000)
    dialog = tab.reason_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def answer(qtbot: QtBot, tab: SessionsTab, reason: str) -> None:
    dialog = asked(qtbot, tab)
    dialog.setTextValue(reason)
    dialog.accept()
    qtbot.waitUntil(lambda: not tab._worker.busy and not tab.loading, timeout=10000)


def test_a_session_is_cancelled_with_its_reason_and_reinstated(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    target = mixed["future"][0]
    show(qtbot, tab, "upcoming")
    assert tab.select_session(target)
    assert tab.cancel_button.isEnabled() and not tab.didnt_happen_button.isEnabled()
    menu = {a.text(): a for a in tab.session_view.actions()}  # the list's context menu
    assert menu["Cance&l session…"].isEnabled() and not menu["&Didn't happen…"].isEnabled()
    menu["Cance&l session…"].trigger()
    answer(qtbot, tab, "  Hall flooded ")
    stored = Session.get_by_id(target)
    assert (stored.status, stored.cancel_reason) == ("cancelled", "Hall flooded")
    assert target not in shown_ids(tab)  # no longer upcoming
    assert Outbox.select().where((Outbox.entity == "session") & (Outbox.entity_id == target)
                                 & (Outbox.state == "pending")).count() >= 2

    show(qtbot, tab, "cancelled")
    assert tab.select_session(target)
    assert "Hall flooded" in tab.detail_label.text()
    assert tab.reinstate_button.isEnabled() and not tab.cancel_button.isEnabled()
    tab.reinstate_button.click()
    qtbot.waitUntil(lambda: Session.get_by_id(target).status == "scheduled", timeout=10000)


def test_a_blank_reason_is_refused_with_a_sentence(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    target = mixed["future"][0]
    show(qtbot, tab, "upcoming")
    tab.select_session(target)
    tab.cancel_button.click()
    answer(qtbot, tab, "   ")
    qtbot.waitUntil(lambda: tab.error_box is not None, timeout=10000)
    assert tab.error_box is not None
    assert tab.error_box.text() == "Give a reason why the session was cancelled."
    assert Session.get_by_id(target).status == "scheduled"
    tab.error_box.close()


def test_a_past_session_is_recorded_as_not_happened(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    target = mixed["past"][1]
    show(qtbot, tab, "roll_missing")
    assert tab.select_session(target)
    assert tab.didnt_happen_button.isEnabled()
    tab.didnt_happen_button.click()
    answer(qtbot, tab, "Facilitator ill")
    assert Session.get_by_id(target).didnt_happen_reason == "Facilitator ill"
    assert target not in shown_ids(tab)  # a session that did not happen needs no roll
    show(qtbot, tab, "past")
    row = tab.session_model.row_of(target)
    state_column = SessionTableModel.COLUMNS.index("state")
    assert tab.session_model.index(row, state_column).data() == "Didn't happen"


def test_cancelling_a_session_with_marks_says_they_stay_but_stop_counting(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    marked, unmarked = mixed["past"][0], mixed["past"][1]
    show(qtbot, tab, "past")
    assert tab.select_session(unmarked)
    tab.cancel_selected()
    first = asked(qtbot, tab)
    assert "stop counting" not in first.labelText()
    first.reject()
    assert tab.select_session(marked)
    tab.cancel_selected()
    text = asked(qtbot, tab).labelText()
    assert "Its 3 attendance marks are kept but stop counting" in text, text
    answer(qtbot, tab, "Wrong day")
    assert Session.get_by_id(marked).status == "cancelled"
    assert Attendance.select().where(Attendance.session == marked).count() == 3


def test_the_cancel_dialog_counts_a_mark_made_after_the_list_was_drawn(
    qtbot: QtBot, tab: SessionsTab, mixed: dict[str, list[str]]
) -> None:
    """A mark made on the roll a moment ago, before the list refreshed: still warned about."""
    target = mixed["past"][1]
    show(qtbot, tab, "past")
    assert tab.select_session(target)
    assert tab.selected_session().marked == 0  # the row as drawn
    attendance.mark(target, Enrolment.select().first().participant_id, "present")
    tab.cancel_selected()
    assert "Its 1 attendance mark is kept but stops counting" in asked(qtbot, tab).labelText()
