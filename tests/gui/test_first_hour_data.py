"""Issue 12, what the data must say, driven by keys as a facilitator would: a partly taken roll,
walk-ins, schedule edits, the facilitator's name, the demo file, removing programmes/people."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.sessions_tab import IdRole, SessionTableModel
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import compliance, programmes
from tests.gui.windows import idle, open_window, settle_sessions
from tests.unit.helpers import people, programme


def words_of(window: MainWindow, session_id: str) -> str | None:
    model = window.sessions_tab.session_model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    column = SessionTableModel.COLUMNS.index("state")
    for row in range(model.rowCount()):
        if model.index(row, 0).data(IdRole) == session_id:
            return str(model.index(row, column).data())
    return None



# --- 1. a partly taken roll ------------------------------------------------------------------

def test_three_of_41_marked_reads_roll_incomplete_and_stays_in_roll_missing(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=4)
    people(41, p.id)
    window = open_window(qtbot, worker, db_path, settings)
    tab = window.sessions_tab
    tab.set_filter("past")
    settle_sessions(qtbot, window)
    tab.session_view.setFocus()
    tab.session_view.selectRow(0)
    wanted = tab.selected_session()
    assert wanted is not None
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    roster = window.roster_tab
    qtbot.waitUntil(lambda: roster.session_id == wanted.id and roster.model.rowCount() == 41,
                    timeout=10000)
    roster.focus_roll()
    for _ in range(3):
        qtbot.keyClick(roster.view, Qt.Key.Key_P)
    idle(qtbot, worker)

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    tab.filter_buttons["roll_missing"].click()
    settle_sessions(qtbot, window)
    qtbot.waitUntil(lambda: words_of(window, wanted.id) == "Roll incomplete (3 of 41)",
                    timeout=10000)
    # Compliance counts it as a roll not yet complete, as the CLI and reports do.
    figures = compliance.compliance(p.id)
    assert figures.sessions_with_roll == 0
    assert wanted.id in [s.id for s in programmes.list_sessions(p.id, kind="roll_missing")]


# --- 4. schedule edits keep session identity -------------------------------------------------

def test_excluding_a_holiday_in_the_dialog_removes_one_session_and_keeps_every_other_id(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from datetime import date, time, timedelta

    from PySide6.QtCore import QDate

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.db.models import Outbox
    from fieldsessions.gui.programme_dialog import ProgrammeDialog

    start = date.today() + timedelta(days=7 - date.today().weekday())
    created = programmes.create_programme(ProgrammeSpec(
        name="Family Development Sessions", frequency=Frequency.WEEKLY, start_date=start,
        weekdays=(1, 3), until=start + timedelta(weeks=95), start_time=time(9, 0),
        duration_min=120))
    before = {s.local_date: s.id for s in programmes.list_sessions(created.id)}
    assert len(before) == 190
    holiday = sorted(before)[10]
    last = Outbox.select().order_by(Outbox.seq.desc()).get().seq

    d = ProgrammeDialog(worker, programme_id=created.id, spec=programmes.spec_of(created.id))
    qtbot.addWidget(d)
    d.show()
    d.ui.excludedDateEdit.setFocus()
    d.ui.excludedDateEdit.setDate(QDate(holiday.year, holiday.month, holiday.day))
    d.ui.addExcludedButton.setFocus()
    qtbot.keyClick(d.ui.addExcludedButton, Qt.Key.Key_Space)
    assert "189 sessions" in d.ui.previewSummary.text()
    d.save_button.setFocus()
    qtbot.keyClick(d.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: d.confirm_box is not None, timeout=10000)
    assert d.confirm_box is not None
    text = d.confirm_box.text()
    assert "1 session will be removed" in text and "189 sessions keep" in text
    with qtbot.waitSignal(d.saved, timeout=10000):
        qtbot.keyClick(d.confirm_box, Qt.Key.Key_Return)
    after = {s.local_date: s.id for s in programmes.list_sessions(created.id)}
    assert after == {day: sid for day, sid in before.items() if day != holiday}
    queued = [(o.entity, o.op, o.entity_id) for o in Outbox.select().where(Outbox.seq > last)]
    assert queued == [("programme", "upsert", created.id),
                      ("session", "delete", before[holiday])]


# --- 2 and 3. walk-ins -----------------------------------------------------------------------

@pytest.fixture
def roster(worker: DbWorker, qtbot: QtBot) -> Iterator[object]:
    from fieldsessions.gui.roster_tab import RosterTab

    widget = RosterTab(worker)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    yield widget
    widget.close()


def open_roll(qtbot: QtBot, tab: object, session_id: str) -> None:
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        tab.show_session(session_id)  # type: ignore[attr-defined]
    tab.focus_roll()  # type: ignore[attr-defined]


def walk_in_dialog(qtbot: QtBot, tab: object) -> object:
    from fieldsessions.gui.walk_in_dialog import WalkInDialog

    qtbot.keyClick(tab.view, Qt.Key.Key_Plus)  # type: ignore[attr-defined]
    dialogs = [d for d in tab.findChildren(WalkInDialog)  # type: ignore[attr-defined]
               if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].activateWindow()
    qtbot.waitUntil(dialogs[0].isActiveWindow, timeout=5000)
    return dialogs[0]


def roll_names(tab: object) -> list[str]:
    model = tab.model  # type: ignore[attr-defined]
    return [model.entry(r).name for r in range(model.rowCount())]


def test_a_walk_in_is_not_on_earlier_rolls_and_mark_the_rest_absent_leaves_them_alone(
    qtbot: QtBot, worker: DbWorker, roster: object, db: object
) -> None:
    from fieldsessions.db.models import Attendance

    p = programme("Parenting circle", count=6)
    people(2, p.id)
    first, second = (s.id for s in programmes.list_sessions(p.id, kind="past")[:2])
    open_roll(qtbot, roster, second)
    dialog = walk_in_dialog(qtbot, roster)
    qtbot.keyClicks(dialog.name_edit, "Zanele Dube")  # type: ignore[attr-defined]
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert "Zanele Dube" in roll_names(roster)

    open_roll(qtbot, roster, first)
    assert roll_names(roster) == ["Person 000", "Person 001"]
    qtbot.keyClick(roster.view, Qt.Key.Key_A,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    idle(qtbot, worker)
    marked = {a.participant.name: a.status
              for a in Attendance.select().where(Attendance.session == first)}
    assert marked == {"Person 000": "absent", "Person 001": "absent"}


def test_a_walk_in_to_a_full_programme_waits_unless_the_facilitator_books_them(
    qtbot: QtBot, worker: DbWorker, roster: object, db: object
) -> None:
    from fieldsessions.db.models import Enrolment, Participant

    p = programme("Savings group", count=4, capacity=2)
    people(3, p.id)  # two booked, one waiting
    session = programmes.list_sessions(p.id, kind="past")[0].id
    open_roll(qtbot, roster, session)
    dialog = walk_in_dialog(qtbot, roster)
    qtbot.waitUntil(lambda: dialog.book_box.isVisibleTo(dialog),  # type: ignore[attr-defined]
                    timeout=5000)
    qtbot.keyClicks(dialog.name_edit, "Juma Otieno")  # type: ignore[attr-defined]
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    juma = Participant.get(Participant.name == "Juma Otieno")
    assert Enrolment.get(Enrolment.participant == juma.id).status == "waitlisted"
    assert "waits for a place" in roster.message()  # type: ignore[attr-defined]

    dialog = walk_in_dialog(qtbot, roster)
    qtbot.waitUntil(lambda: dialog.book_box.isVisibleTo(dialog),  # type: ignore[attr-defined]
                    timeout=5000)
    qtbot.keyClicks(dialog.name_edit, "Asha Said")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_B,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.book_box.isChecked, timeout=2000)  # type: ignore[attr-defined]
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    asha = Participant.get(Participant.name == "Asha Said")
    assert Enrolment.get(Enrolment.participant == asha.id).status == "booked"


def test_enter_picks_the_highlighted_likely_match_and_a_new_person_is_an_explicit_choice(
    qtbot: QtBot, worker: DbWorker, roster: object, db: object
) -> None:
    from fieldsessions.db.models import Participant
    from fieldsessions.services import participants

    p = programme("Parenting circle", count=4)
    people(2, p.id)
    maria = participants.add_participant(participants.ParticipantInput("Maria Santos", "MS-1"))
    session = programmes.list_sessions(p.id, kind="past")[0].id
    open_roll(qtbot, roster, session)
    dialog = walk_in_dialog(qtbot, roster)
    qtbot.keyClicks(dialog.name_edit, "Maria Santos")  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.likely_match_shown, timeout=5000)  # type: ignore[attr-defined]
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert Participant.select().where(Participant.name == "Maria Santos").count() == 1
    assert "Maria Santos" in roll_names(roster)
    assert maria.id in [roster.model.entry(r).participant_id  # type: ignore[attr-defined]
                        for r in range(roster.model.rowCount())]  # type: ignore[attr-defined]

    # Same phone as someone registered: Enter picks them too; Alt+W adds a new person.
    participants.add_participant(participants.ParticipantInput("Pedro Alves",
                                                               phone="+27 82 555 0101"))
    dialog = walk_in_dialog(qtbot, roster)
    qtbot.keyClicks(dialog.name_edit, "Pedro A")  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.phone_edit, "+27 82 555 0101")  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.likely_match_shown, timeout=5000)  # type: ignore[attr-defined]
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_W,  # type: ignore[attr-defined]
                       Qt.KeyboardModifier.AltModifier)
    assert Participant.select().where(Participant.name == "Pedro A").count() == 1


def test_undo_of_a_walk_in_takes_the_person_off_the_roll(
    qtbot: QtBot, worker: DbWorker, roster: object, db: object
) -> None:
    from fieldsessions.db.models import Participant

    p = programme("Parenting circle", count=4)
    people(2, p.id)
    session = programmes.list_sessions(p.id, kind="past")[0].id
    open_roll(qtbot, roster, session)
    dialog = walk_in_dialog(qtbot, roster)
    qtbot.keyClicks(dialog.name_edit, "Zanele Dube")  # type: ignore[attr-defined]
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert roll_names(roster) == ["Person 000", "Person 001", "Zanele Dube"]
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(roster.view, Qt.Key.Key_Z,  # type: ignore[attr-defined]
                       Qt.KeyboardModifier.ControlModifier)
    assert roll_names(roster) == ["Person 000", "Person 001"]
    assert not Participant.select().where(Participant.name == "Zanele Dube").exists()


# --- 5. the facilitator's name ---------------------------------------------------------------

def test_the_first_run_asks_the_name_which_sheets_reports_and_exports_then_carry(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    from fieldsessions.db.models import Device
    from fieldsessions.services import attendance, report_data, session_reports

    p = programme("Parenting circle", count=4)  # made before any name was known
    (person,) = people(1, p.id)
    session = programmes.list_sessions(p.id, kind="past")[0].id
    window = MainWindow(worker, db_path, settings, ask_name=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.name_dialog is not None, timeout=10000)
    dialog = window.name_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot be skipped
    assert dialog.isVisible()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.isVisible()  # a blank name is not taken
    qtbot.keyClicks(dialog.name_edit, "Amina Otieno")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.name_dialog is None, timeout=10000)
    idle(qtbot, worker)
    assert Device.select().get().facilitator == "Amina Otieno"

    attendance.mark(session, person, "present")
    report = session_reports.save_session_report(session, notes="Good turnout")
    sheet = report_data.attendance_sheet(session)
    exported = report_data.attendance_records(p.id)
    assert report.facilitator == "Amina Otieno"
    assert sheet.session.facilitator == "Amina Otieno"
    assert {r.facilitator for r in exported} == {"Amina Otieno"}
    assert next(r.marked_by for r in exported if r.participant_id == person) == "Amina Otieno"
    window.close()

    again = MainWindow(worker, db_path, settings, ask_name=True)  # asked once only
    qtbot.addWidget(again)
    again.show()
    idle(qtbot, worker)
    assert again.name_dialog is None
    again.close()


# --- 6. the demo file ------------------------------------------------------------------------

def test_the_demo_window_says_so_in_its_title_and_marks_there_queue_nothing(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    from fieldsessions.db.models import Attendance, Outbox
    from fieldsessions.services import demo

    demo.create_demo()
    window = MainWindow(worker, db_path, settings, ask_name=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: "DEMO DATA" in window.windowTitle(), timeout=10000)
    assert window.name_dialog is None  # the demo has its own facilitator
    assert not window.sync_action.isEnabled()
    assert "nothing here is sent" in window.status_text()
    tab = window.sessions_tab
    tab.set_filter("past")
    settle_sessions(qtbot, window)
    tab.session_view.setFocus()
    tab.session_view.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    roster = window.roster_tab
    qtbot.waitUntil(lambda: roster.session_id is not None and roster.model.rowCount() > 0,
                    timeout=10000)
    roster.focus_roll()
    entry = roster.model.entry(roster.view.currentIndex().row())
    wanted = "late" if entry.status != "late" else "absent"
    qtbot.keyClick(roster.view, Qt.Key.Key_L if wanted == "late" else Qt.Key.Key_A)
    idle(qtbot, worker)
    stored = Attendance.get((Attendance.session == roster.session_id)
                            & (Attendance.participant == entry.participant_id))
    assert stored.status == wanted  # the key did mark, in the demo file
    assert Outbox.select().count() == 0
    window.close()


def test_the_app_opens_the_demo_beside_the_data_file_never_in_it(tmp_path: Path) -> None:
    from fieldsessions import app
    from fieldsessions.db import store

    assert app._wants_gui(["--db", "x.sqlite", "--demo"]) == (True, "x.sqlite", "demo")
    assert app._wants_gui(["--demo-if-empty"]) == (True, None, "if_empty")
    assert store.demo_path(tmp_path / "fieldsessions.sqlite") == \
        tmp_path / "fieldsessions-demo.sqlite"


# --- 7. removing programmes and participants -------------------------------------------------

def test_a_mistaken_programme_is_removed_from_the_sessions_tab_after_a_confirmation(
    qtbot: QtBot, worker: DbWorker, db: object, settings: QSettings
) -> None:
    from fieldsessions.db.models import Outbox, Programme
    from fieldsessions.gui.sessions_tab import SessionsTab

    keep = programme("Parenting circle", count=3)
    mistake = programme("Parentng circle", count=3)
    tab = SessionsTab(worker, settings)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading and not worker.busy, timeout=10000)
    tab.programme_view.setFocus()
    tab.programme_view.setCurrentIndex(
        tab.programme_model.index(tab.programme_model.row_of(mistake.id), 0))
    qtbot.keyClick(tab.programme_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.remove_box is not None, timeout=10000)
    box = tab.remove_box
    assert box is not None and "Delete the programme “Parentng circle”" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter keeps it
    idle(qtbot, worker)
    assert Programme.select().count() == 2

    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5000)
    tab.programme_view.setFocus()
    assert tab.current_programme_id() == mistake.id
    qtbot.keyClick(tab.programme_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.remove_box is not None, timeout=10000)
    box = tab.remove_box
    assert box is not None
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: Programme.select().count() == 1, timeout=10000)
    qtbot.waitUntil(lambda: not tab.loading and not worker.busy, timeout=10000)
    assert [tab.programme_model.programme_id(r)
            for r in range(tab.programme_model.rowCount())] == [None, keep.id]
    last = Outbox.select().order_by(Outbox.seq.desc()).get()
    assert (last.entity, last.op, last.entity_id) == ("programme", "delete", mistake.id)
    tab.close()


def test_a_person_is_removed_from_the_enrolment_panel_after_a_confirmation(
    qtbot: QtBot, worker: DbWorker, roster: object, db: object
) -> None:
    from fieldsessions.db.models import Outbox, Participant

    p = programme("Parenting circle", count=3)
    people(2, p.id)
    session = programmes.list_sessions(p.id, kind="past")[0].id
    open_roll(qtbot, roster, session)
    panel = roster.enrolment_panel  # type: ignore[attr-defined]
    roster.pages.setCurrentWidget(panel)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: panel.booked_names() == ["Person 000", "Person 001"],
                    timeout=5000)
    panel.booked_list.setCurrentRow(1)
    panel.booked_list.setFocus()
    qtbot.keyClick(panel.booked_list, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.remove_box is not None, timeout=10000)
    box = panel.remove_box
    assert "Delete Person 001" in box.text()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(roster.roster_loaded, timeout=10000):  # type: ignore[attr-defined]
        qtbot.keyClick(box, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert not Participant.select().where(Participant.name == "Person 001").exists()
    assert roll_names(roster) == ["Person 000"]
    last = Outbox.select().order_by(Outbox.seq.desc()).get()
    assert (last.entity, last.op) == ("participant", "delete")


# --- 17. sync failures in one sentence, Enter signs in, the certificate under Advanced -------

def sync_to_a_closed_port(qtbot: QtBot, worker: DbWorker) -> Any:
    """The sync dialog, shown and syncing to a port nobody listens on."""
    import socket
    import threading

    from fieldsessions.gui.sync_dialog import SyncDialog
    from fieldsessions.sync.client import RetryPolicy, ServerClient
    from fieldsessions.sync.engine import SyncEngine

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def engine(*, progress: object, cancel: threading.Event) -> SyncEngine:
        client = ServerClient(f"http://127.0.0.1:{port}", "token", timeout=(0.5, 1.0),
                              retry=RetryPolicy(attempts=2, base=0.01, cap=0.02),
                              cancel=cancel)
        return SyncEngine(client, progress=progress)  # type: ignore[arg-type]

    dialog = SyncDialog(worker, None, engine_factory=engine)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_sync_without_a_server_says_so_in_one_sentence_with_the_changes_kept(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from fieldsessions.db.models import Outbox

    programme("Parenting circle", count=3)
    pending = Outbox.select().count()
    dialog = sync_to_a_closed_port(qtbot, worker)
    wanted = (f"No connection to the server. Your {pending} changes are safe on this laptop "
              "and will be sent next time.")
    qtbot.waitUntil(lambda: dialog.summary_label.text() == wanted, timeout=20000)
    for library_words in ("HTTPConnectionPool", "Errno", "Max retries", "http://"):
        assert library_words not in dialog.summary_label.text()
        assert library_words not in dialog.details_text.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_a_sync_without_a_server_and_nothing_waiting_says_so_without_a_receipt_of_zeros(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from fieldsessions.db.models import Outbox

    programme("Parenting circle", count=3)
    Outbox.update(state="acked").execute()  # everything sent already
    dialog = sync_to_a_closed_port(qtbot, worker)
    wanted = "No connection to the server. Nothing on this laptop is waiting to be sent."
    qtbot.waitUntil(lambda: dialog.summary_label.text() == wanted, timeout=20000)
    assert "Sent 0" not in dialog.details_text.toPlainText()  # no receipt: nothing moved
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_enter_signs_in_and_the_certificate_file_waits_under_advanced(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    import threading

    from PySide6.QtWidgets import QLabel

    from fieldsessions.gui.sync_dialog import SyncDialog
    from fieldsessions.sync.errors import NotSignedIn

    signed: list[tuple[str, str, str, str | None]] = []

    class NeedsSignIn:
        def run(self) -> None:
            raise NotSignedIn("Sign in first.")

    def engine(*, progress: object, cancel: threading.Event) -> NeedsSignIn:
        return NeedsSignIn()

    def sign_in(url: str, user: str, password: str, ca: str | None,
                _cancel: threading.Event) -> str:
        signed.append((url, user, password, ca))
        return "keyring"

    dialog = SyncDialog(worker, None, engine_factory=engine, sign_in=sign_in)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel)
                     if label.isVisibleTo(dialog))
    assert "CA" not in shown and "bundle" not in shown and "certificate" not in shown
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClicks(dialog.server_edit, "https://sync.example.org")
    qtbot.keyClicks(dialog.user_edit, "grace")
    qtbot.keyClicks(dialog.password_edit, "correct horse")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.advanced.isVisibleTo(dialog), timeout=2000)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(signed), timeout=10000)
    qtbot.wait(100)
    assert signed == [("https://sync.example.org", "grace", "correct horse", None)]
    dialog.done(0)


def test_signing_in_to_an_unreachable_server_says_what_to_do_without_library_text(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    import threading

    from fieldsessions.gui.sync_dialog import SyncDialog
    from fieldsessions.sync.errors import NotSignedIn, ServerUnreachable

    class NeedsSignIn:
        def run(self) -> None:
            raise NotSignedIn("Sign in first.")

    def engine(*, progress: object, cancel: threading.Event) -> NeedsSignIn:
        return NeedsSignIn()

    def sign_in(url: str, user: str, password: str, ca: str | None,
                _cancel: threading.Event) -> str:
        raise ServerUnreachable(f"Cannot reach the sync server at {url} (HTTPSConnectionPool("
                                "host='sync.example.org', port=443): Max retries exceeded)")

    dialog = SyncDialog(worker, None, engine_factory=engine, sign_in=sign_in)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10000)
    qtbot.keyClicks(dialog.server_edit, "https://sync.example.org")
    qtbot.keyClicks(dialog.user_edit, "grace")
    qtbot.keyClicks(dialog.password_edit, "secret")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No connection" in dialog.sign_in_error.text(), timeout=10000)
    assert "Max retries" not in dialog.sign_in_error.text()
    assert dialog.sign_in_button.isEnabled()
    dialog.done(0)


# --- 14. the New-programme dialog: Enter moves on, no error at first, Save has a mnemonic ----

def test_enter_in_the_new_programme_dialog_moves_on_and_never_saves_a_half_filled_programme(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from fieldsessions.db.models import Programme
    from fieldsessions.gui.programme_dialog import ProgrammeDialog

    d = ProgrammeDialog(worker)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow, timeout=5000)
    assert d.ui.errorLabel.text() == ""  # nothing typed yet: no error showing
    assert "&" in d.save_button.text()
    qtbot.keyClicks(d.ui.nameEdit, "Youth circle")
    qtbot.keyClick(d.ui.nameEdit, Qt.Key.Key_Return)
    idle(qtbot, worker)
    assert d.isVisible() and not d.ui.nameEdit.hasFocus()  # Enter moved to the next field
    assert Programme.select().count() == 0
    with qtbot.waitSignal(d.saved, timeout=10000):
        qtbot.keyClick(d.ui.nameEdit, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert Programme.select().count() == 1


# --- 16. the window fits its screen and opens on a tab with something on it -----------------

def test_the_window_fits_the_screen_and_never_opens_on_a_blank_roster(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    p = programme("Parenting circle", count=3)
    people(2, p.id)
    settings.setValue("MainWindow/tab", "roster")  # left on the Roster tab, no session
    window = MainWindow(worker, db_path, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "waiting" in window.status_text(), timeout=10000)
    free = window.screen().availableGeometry()
    assert free.contains(window.frameGeometry())  # the default 1280×800 shrank to fit
    assert window.tabs.currentWidget() is window.sessions_page
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.roster_page
    qtbot.waitUntil(lambda: window.roster_tab.empty_label.isVisibleTo(window),
                    timeout=5000)  # says what to do: not a blank page
    window.close()

    settings.setValue("MainWindow/tab", "roster")
    settings.setValue("MainWindow/session", "a-session-deleted-since")
    again = MainWindow(worker, db_path, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.last_session is None, timeout=10000)
    assert again.tabs.currentWidget() is again.sessions_page
    again.close()


# --- 13. a session report being typed is never lost ------------------------------------------

def test_a_session_report_being_typed_is_saved_on_leaving_the_session_and_on_quitting(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    from fieldsessions.db.models import SessionReport

    p = programme("Parenting circle", count=4)
    people(2, p.id)
    first, second = (s.id for s in programmes.list_sessions(p.id, kind="past")[:2])
    window = open_window(qtbot, worker, db_path, settings)
    roster = window.roster_tab
    window.open_session(first)
    qtbot.waitUntil(lambda: roster.session_id == first and not worker.busy, timeout=10000)
    roster.pages.setCurrentWidget(roster.report_form)
    form = roster.report_form
    qtbot.waitUntil(lambda: form.notes_edit.isEnabled(), timeout=10000)
    qtbot.keyClicks(form.notes_edit, "Twelve families came despite the rain.")
    window.open_session(second)  # leaves the session without pressing Save
    qtbot.waitUntil(lambda: roster.session_id == second and not worker.busy, timeout=10000)
    idle(qtbot, worker)
    saved = SessionReport.get_or_none(SessionReport.session == first)
    assert saved is not None and saved.notes == "Twelve families came despite the rain."

    roster.pages.setCurrentWidget(form)
    qtbot.waitUntil(lambda: form.notes_edit.isEnabled() and form.notes_edit.toPlainText() == "",
                    timeout=10000)
    qtbot.keyClicks(form.notes_edit, "Two new walk-ins.")
    window.close()  # quitting straight away
    idle(qtbot, worker)
    saved = SessionReport.get_or_none(SessionReport.session == second)
    assert saved is not None and saved.notes == "Two new walk-ins."


def test_a_session_report_saves_itself_while_the_facilitator_types(
    qtbot: QtBot, worker: DbWorker, roster: object, db: object
) -> None:
    from fieldsessions.db.models import SessionReport
    from fieldsessions.gui import session_report_form

    p = programme("Parenting circle", count=4)
    people(2, p.id)
    session = programmes.list_sessions(p.id, kind="past")[0].id
    open_roll(qtbot, roster, session)
    form = roster.report_form  # type: ignore[attr-defined]
    roster.pages.setCurrentWidget(form)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: form.notes_edit.isEnabled(), timeout=10000)
    # The save is announced (the status bar counts it among the changes waiting).
    with qtbot.waitSignal(worker.data_changed, timeout=session_report_form.AUTOSAVE_MS + 5000,
                          check_params_cb=lambda what: what == "report-draft"):
        qtbot.keyClicks(form.notes_edit, "Good turnout")
    idle(qtbot, worker)
    saved = SessionReport.get_or_none(SessionReport.session == session)
    assert saved is not None and saved.notes == "Good turnout"
    assert "Saved automatically" in form.state_label.text()
    assert form.notes_edit.toPlainText() == "Good turnout"


# --- 12. undo per tab and page, shown in the Edit menu ---------------------------------------

def test_undo_takes_back_only_what_the_page_shown_did_and_the_edit_menu_says_what(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    from fieldsessions.db.models import Attendance, Enrolment, OutcomeTick

    p = programme("Parenting circle", count=4, outcomes=("Goal set",))
    first, second = people(2, p.id)
    session = programmes.list_sessions(p.id, kind="past")[0].id
    window = open_window(qtbot, worker, db_path, settings)
    roster = window.roster_tab
    window.open_session(session)
    qtbot.waitUntil(lambda: roster.session_id == session and not worker.busy, timeout=10000)
    roster.focus_roll()
    qtbot.keyClick(roster.view, Qt.Key.Key_P)  # Person 000 present
    idle(qtbot, worker)

    roster.pages.setCurrentWidget(roster.outcome_grid)
    grid = roster.outcome_grid
    qtbot.waitUntil(lambda: grid.model.rowCount() == 2, timeout=10000)
    grid.view.setFocus()
    grid.view.setCurrentIndex(grid.model.index(1, 1))
    qtbot.keyClick(grid.view, Qt.Key.Key_Space)  # tick Person 001
    idle(qtbot, worker)
    assert OutcomeTick.select().where(OutcomeTick.achieved).count() == 1

    roster.pages.setCurrentWidget(roster.pages.widget(0))  # back to the roll
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text() == "&Undo mark of Person 000"
    window.edit_menu.aboutToHide.emit()
    roster.focus_roll()
    qtbot.keyClick(roster.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    assert Attendance.select().count() == 0  # the mark went...
    assert OutcomeTick.select().where(OutcomeTick.achieved).count() == 1  # ...the tick stayed

    roster.pages.setCurrentWidget(grid)
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text() == "&Undo tick of Person 001: Goal set"
    window.edit_menu.aboutToHide.emit()
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    assert OutcomeTick.select().where(OutcomeTick.achieved).count() == 0

    roster.pages.setCurrentWidget(roster.enrolment_panel)
    panel = roster.enrolment_panel
    qtbot.waitUntil(lambda: panel.booked_names() == ["Person 000", "Person 001"], timeout=5000)
    panel.booked_list.setCurrentRow(0)
    panel.booked_list.setFocus()
    qtbot.keyClick(panel.booked_list, Qt.Key.Key_Delete)  # cancel Person 000's place
    idle(qtbot, worker)
    assert Enrolment.get(Enrolment.participant == first).status == "cancelled"
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text() == "&Undo cancelled place of Person 000"
    window.edit_menu.aboutToHide.emit()

    # On the Sessions tab, Ctrl+Z undoes nothing hidden on the Roster tab.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.sessions_tab.session_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    assert Enrolment.get(Enrolment.participant == first).status == "cancelled"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel.booked_list.setFocus()
    qtbot.keyClick(panel.booked_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    assert Enrolment.get(Enrolment.participant == first).status == "booked"
    assert Enrolment.get(Enrolment.participant == second).status == "booked"
    window.close()
