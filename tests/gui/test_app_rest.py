"""Issue 12, the rules the app did not show and the desktop habits (points 8-11, 15, 18-20),
driven by keys as a facilitator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldsessions.core.enums import ReportingFrequency
from fieldsessions.core.records import session_code
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import session_reports
from tests.gui.windows import idle, open_window, settle_sessions
from tests.unit.helpers import people, programme

# --- 8. reports owed -------------------------------------------------------------------------

def test_sessions_tab_shows_reports_overdue_and_one_is_written_and_submitted_by_keys(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    weekly = programme("Sewing circle", weeks_ago=5, count=3,
                       reporting_frequency=ReportingFrequency.WEEKLY)
    people(3, weekly.id)
    window = open_window(qtbot, worker, db_path, settings)
    tab = window.sessions_tab
    settle_sessions(qtbot, window)
    assert tab.owed_label.text() == "Reports owed: 3 overdue, 0 due."

    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.owed_dialog is not None and tab.owed_dialog.isVisible()
                    and not tab.owed_dialog.loading, timeout=10000)
    dialog = tab.owed_dialog
    assert dialog is not None
    assert dialog.list.count() == 3
    first = dialog.owed[0]
    assert dialog.list.item(0).text().startswith("Overdue · Sewing circle · Week of ")
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.notes
    qtbot.keyClicks(dialog.notes, "Six came; hems done.")
    with qtbot.waitSignal(dialog.submitted, timeout=10000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.list.count() == 2, timeout=10000)
    assert first.period.key not in {o.period.key for o in session_reports.reports_owed()}
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle_sessions(qtbot, window)
    qtbot.waitUntil(lambda: tab.owed_label.text() == "Reports owed: 2 overdue, 0 due.",
                    timeout=10000)
    window.close()


def test_report_frequency_is_chosen_in_the_programme_dialog_by_keys(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from fieldsessions.gui.programme_dialog import ProgrammeDialog
    from fieldsessions.services import programmes

    d = ProgrammeDialog(worker)
    qtbot.addWidget(d)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    qtbot.keyClicks(d.ui.nameEdit, "Money club")
    qtbot.keyClick(d, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "Place and rules"
    qtbot.keyClick(d, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is d.reporting_combo
    qtbot.keyClick(d.reporting_combo, Qt.Key.Key_Down)  # after every session -> daily
    with qtbot.waitSignal(d.saved, timeout=10000):
        qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (created,) = programmes.list_programmes()
    assert programmes.spec_of(created.id).reporting_frequency is ReportingFrequency.DAILY


# --- 9. facilitator double-booking ----------------------------------------------------------

def _booked_facilitator() -> str:
    """Amina runs 'Maths tutoring' on the next Mondays 09:00-10:00 (programme() defaults)."""
    from datetime import date, time, timedelta

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.services import programmes, status

    status.save_device_settings(name="Laptop 1", facilitator="Amina")
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    programmes.create_programme(ProgrammeSpec(
        name="Maths tutoring", frequency=Frequency.WEEKLY, start_date=monday,
        weekdays=(0,), count=4, start_time=time(9, 0), duration_min=60))
    return monday.isoformat()


def test_new_programme_overlapping_the_facilitators_sessions_warns_and_saves_only_if_asked(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from PySide6.QtCore import QTime

    from fieldsessions.gui.programme_dialog import ProgrammeDialog
    from fieldsessions.services import programmes

    _booked_facilitator()
    d = ProgrammeDialog(worker)
    qtbot.addWidget(d)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    qtbot.keyClicks(d.ui.nameEdit, "Reading club")
    d.set_weekdays((0,))  # Mondays, like Maths tutoring
    d.ui.startTimeEdit.setTime(QTime(9, 30))
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: d.confirm_box is not None, timeout=10000)
    box = d.confirm_box
    assert box is not None
    assert box.windowTitle() == "Double-booked"
    assert box.text().startswith("Amina is already running “Maths tutoring” on Mon ")
    assert "09:00–10:00" in box.text() and "3 more sessions clash too." in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter goes back: nothing saved
    qtbot.waitUntil(lambda: d.confirm_box is None, timeout=10000)
    assert d.isVisible() and [p.name for p in programmes.list_programmes()] == ["Maths tutoring"]

    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: d.confirm_box is not None, timeout=10000)
    with qtbot.waitSignal(d.saved, timeout=10000):
        qtbot.keyClick(d.confirm_box, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert sorted(p.name for p in programmes.list_programmes()) == ["Maths tutoring",
                                                                     "Reading club"]


def test_editing_a_programme_onto_the_facilitators_other_sessions_warns_too(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from datetime import date, time, timedelta

    from PySide6.QtCore import QTime

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.gui.programme_dialog import ProgrammeDialog
    from fieldsessions.services import programmes

    _booked_facilitator()
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    other = programmes.create_programme(ProgrammeSpec(
        name="Reading club", frequency=Frequency.WEEKLY, start_date=monday, weekdays=(0,),
        count=4, start_time=time(14, 0), duration_min=60))
    d = ProgrammeDialog(worker, programme_id=other.id, spec=programmes.spec_of(other.id))
    qtbot.addWidget(d)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    d.ui.startTimeEdit.setFocus()
    d.ui.startTimeEdit.setTime(QTime(9, 0))
    qtbot.keyClick(d, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: d.confirm_box is not None, timeout=10000)
    assert d.confirm_box is not None
    assert "already running “Maths tutoring”" in d.confirm_box.text()
    with qtbot.waitSignal(d.saved, timeout=10000):
        qtbot.keyClick(d.confirm_box, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert programmes.spec_of(other.id).start_time == time(9, 0)


# --- 10. a participant's page: outcome profile and pathways ---------------------------------

def test_a_persons_page_from_the_enrolment_panel_shows_outcomes_and_pathway_progress(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from fieldsessions.gui.roster_tab import RosterTab
    from fieldsessions.services import attendance, completion, outcomes, participants
    from fieldsessions.services import programmes as programme_service

    first_aid = programme("First aid", count=2, outcomes=("Bandage", "Recovery position"))
    cpr = programme("CPR", count=2)
    programme("Fire safety", count=2)
    (ann,) = people(1, first_aid.id, prefix="Ann")
    participants.enrol(cpr.id, ann)
    sessions = programme_service.list_sessions(first_aid.id, kind="past")
    for s in sessions:
        attendance.mark(s.id, ann, "present")
    items = outcomes.session_outcomes(sessions[0].id)
    outcomes.tick(sessions[0].id, ann, items[0].id, True)
    completion.create_pathway("Safety certificate", [("First aid", ""), ("CPR", "alt"),
                                                     ("Fire safety", "alt")])

    tab = RosterTab(worker)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab.show_session(sessions[0].id)
    idle(qtbot, worker)
    panel = tab.enrolment_panel
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the Enrolment page
    assert tab.pages.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.booked_names() == ["Ann 000"], timeout=10000)
    panel.booked_list.setFocus()
    qtbot.keyClick(panel.booked_list, Qt.Key.Key_Down)
    qtbot.keyClick(tab, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel.page_dialog is not None and panel.page_dialog.loaded,
                    timeout=10000)
    page = panel.page_dialog
    table = page.outcomes_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 1)] == ["First aid", "Bandage"]
    assert page.outcomes_note.text() == "1 outcome in 1 programme."
    text = page.pathways_list.item(0).text()
    assert text.startswith("Safety certificate: ")
    assert "First aid" not in text  # done; the alternatives are what is missing
    assert text == "Safety certificate: still needs any one of: CPR, Fire safety"


def test_a_pathway_is_made_in_the_programme_dialog_with_alternatives_by_keys(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from fieldsessions.gui.programme_dialog import ProgrammeDialog
    from fieldsessions.services import profiles
    from fieldsessions.services import programmes as programme_service

    first_aid = programme("First aid", count=2)
    programme("CPR", count=2)
    programme("Fire safety", count=2)
    d = ProgrammeDialog(worker, programme_id=first_aid.id,
                        spec=programme_service.spec_of(first_aid.id))
    qtbot.addWidget(d)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    qtbot.keyClick(d, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # the Pathways page
    page = d.pathway_page
    assert d.ui.sections.currentWidget() is page
    qtbot.waitUntil(lambda: page.loaded and page.others_list.count() == 2, timeout=10000)
    assert page.pathways_label.text().startswith("This programme is not in a pathway yet.")
    qtbot.keyClick(d, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(page.name_edit, "Safety certificate")
    qtbot.keyClick(d, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.others_list
    qtbot.keyClick(page.others_list, Qt.Key.Key_Space)  # CPR
    qtbot.keyClick(page.others_list, Qt.Key.Key_Down)
    qtbot.keyClick(page.others_list, Qt.Key.Key_Space)  # Fire safety
    qtbot.keyClick(d, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.any_box.isChecked, timeout=5000)  # a mnemonic clicks after a moment
    with qtbot.waitSignal(page.created, timeout=10000):
        qtbot.keyClick(d, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.loaded and page.pathways_list.count() == 1, timeout=10000)
    assert page.pathways_list.item(0).text() == (
        "Safety certificate: needs First aid; any one of: CPR, Fire safety")
    assert [p.needs for p in profiles.list_pathways()] == [
        ("First aid", "any one of: CPR, Fire safety")]


# --- 11. batch printing before going to the field --------------------------------------------

def test_the_sheets_of_the_next_two_weeks_preview_and_save_as_one_pdf_by_keys(
    qtbot: QtBot, worker: DbWorker, db: object, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    from datetime import date, time, timedelta

    from pypdf import PdfReader

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.gui.reports_tab import ReportsTab
    from fieldsessions.services import programmes as programme_service

    today = date.today()
    for name, count in (("Sewing circle", 20), ("Money club", 2)):
        programme_service.create_programme(ProgrammeSpec(
            name=name, frequency=Frequency.DAILY, start_date=today, count=count,
            start_time=time(23, 0), duration_min=30))
    wanted = [s.id for s in programme_service.list_sessions(start=today,
                                                            end=today + timedelta(days=13))]
    later = programme_service.list_sessions(start=today + timedelta(days=14))[0].id
    assert len(wanted) == 16

    tab = ReportsTab(worker)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    with qtbot.waitSignal(tab.preview_updated, timeout=30000), qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is tab.report_combo
    with qtbot.waitSignal(tab.preview_updated, timeout=60000) as shown:
        qtbot.keyClick(tab.report_combo, Qt.Key.Key_Down)  # Attendance sheets for dates
    assert tab.report_combo.currentText() == "Attendance sheets for dates"
    assert tab.from_edit.date().toPython() == today
    assert tab.to_edit.date().toPython() == today + timedelta(days=13)
    assert shown.args[0] >= 16
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(tab.pdf_bytes)).pages]
    for session_id in wanted:  # each sheet names its session by its short code
        assert sum(session_code(session_id) in page for page in pages) >= 1
    assert not any(session_code(later) in page for page in pages)

    target = tmp_path / "field.pdf"
    monkeypatch.setattr(tab, "ask_save_path", lambda *_args: (str(target), ""))
    qtbot.keyClick(tab, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(target.exists, timeout=10000)
    assert len(PdfReader(target).pages) == len(pages)
    tab.cancel()
    tab.wait_for_builds()


# --- 19. Help > Keyboard shortcuts lists every shortcut --------------------------------------

def test_f1_lists_every_installed_shortcut_each_with_what_it_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtGui import QAction, QKeySequence, QShortcut

    from fieldsessions.gui.roster_tab import MARK_KEYS

    native = QKeySequence.SequenceFormat.NativeText
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.shortcuts_dialog is not None
                    and window.shortcuts_dialog.isVisible(), timeout=10000)
    dialog = window.shortcuts_dialog
    listed = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
              for r in range(dialog.table.rowCount())}
    keys = {k for k, _what in listed}
    assert all(what for _k, what in listed)  # every key says what it does
    for action in window.findChildren(QAction):
        sequence = action.shortcut()  # the primary key; a standard key's others are not listed
        if action.isVisible() and not sequence.isEmpty():
            assert sequence.toString(native) in keys, action.text()
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            wanted = shortcut.key().toString(native)
            assert any(wanted in k.split(", ") for k in keys), shortcut.whatsThis()
    for key in MARK_KEYS:
        assert QKeySequence(key).toString(native) in keys
    assert ("Ctrl+Shift+A", "Mark the rest absent") in listed
    assert ("Ctrl+P", "Print") in listed and ("F1", "Keyboard shortcuts") in listed
    # one key a row, each written the same way ("Ctrl+S", not "Ctrl+S, Save"; "Del" throughout)
    assert ("Ctrl+S", "Save the session report") in listed and ("Del", "Clear the mark") in listed
    assert not any(", " in k or "Delete" in k for k in keys), sorted(keys)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --- 20. the import dialog --------------------------------------------------------------------

def test_ctrl_i_on_a_chosen_programme_enrols_into_it_counts_stored_people_and_names_bad_days(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings, tmp_path: Path
) -> None:
    from fieldsessions.gui.import_dialog import ImportDialog
    from fieldsessions.services import participants

    programme("Cooking club", count=2)
    savings = programme("Savings group", count=2)
    participants.add_participant(participants.ParticipantInput(name="Amina Okafor",
                                                               external_id="A-1"))
    path = tmp_path / "roster.csv"
    path.write_text("Name,ID,Date of birth\n"
                    "Amina Okafor,A-1,1990-04-02\n"        # line 2: already stored
                    "Søren Løvik,A-2,1985-11-30\n"         # line 3
                    "Kwame Mensah,A-5,31/02/1990\n"        # line 4: no 31 February
                    "Zoë Martínez,A-6,\n", encoding="utf-8")  # line 5
    window = open_window(qtbot, worker, db_path, settings)
    tab = window.sessions_tab
    settle_sessions(qtbot, window)
    tab.programme_view.setFocus()
    row = tab.programme_model.row_of(savings.id)
    for _ in range(row):
        qtbot.keyClick(tab.programme_view, Qt.Key.Key_Down)
    assert tab.current_programme_id() == savings.id
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(ImportDialog)), timeout=10000)
    (dialog,) = window.findChildren(ImportDialog)
    qtbot.waitUntil(lambda: dialog.programme_combo.currentData() == savings.id, timeout=10000)
    assert dialog.programme_combo.currentText() == "Savings group"

    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.problems.count() == 1, timeout=10000)
    idle(qtbot, worker)
    assert dialog.summary_label.text().startswith(
        "3 people ready to import: 2 new, 1 already stored")
    problem = dialog.problem_lines()[0]
    assert problem == ("Line 4: date of birth '31/02/1990' is not a day of the calendar "
                       "(check the day and the month)")
    window.close()


# --- 18. empty states, undoable cancel, one date format ---------------------------------------

def test_an_empty_session_list_says_what_to_do_and_the_key_it_names_does_it(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    from fieldsessions.gui.programme_dialog import ProgrammeDialog

    done = programme("Cooking club", weeks_ago=6, count=2)  # every session is over
    window = open_window(qtbot, worker, db_path, settings)
    tab = window.sessions_tab
    settle_sessions(qtbot, window)
    tab.select_programme(done.id)
    settle_sessions(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Upcoming
    settle_sessions(qtbot, window)
    qtbot.waitUntil(lambda: tab.detail_label.text().startswith("No session to come."),
                    timeout=10000)
    assert "Edit the programme (Ctrl+E) to add dates" in tab.detail_label.text()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(tab.findChildren(ProgrammeDialog)), timeout=10000)
    window.close()


def test_cancelling_a_booking_with_delete_says_ctrl_z_and_ctrl_z_takes_it_back(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from fieldsessions.db.models import Enrolment
    from fieldsessions.gui.roster_tab import RosterTab

    p = programme("Savings group", count=2)
    (ann,) = people(1, p.id, prefix="Ann")
    tab = RosterTab(worker)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    from tests.unit.helpers import past_session

    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab.show_session(past_session(p.id))
    idle(qtbot, worker)
    panel = tab.enrolment_panel
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    panel.booked_list.setFocus()
    qtbot.keyClick(panel.booked_list, Qt.Key.Key_Down)
    qtbot.keyClick(panel.booked_list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "cancelled" in panel.message_label.text(), timeout=10000)
    assert panel.message_label.text() == "Ann 000's place is cancelled (Ctrl+Z takes it back)."
    idle(qtbot, worker)
    qtbot.keyClick(panel.booked_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.booked_names() == ["Ann 000"], timeout=10000)
    status = Enrolment.get((Enrolment.programme == p.id) & (Enrolment.participant == ann)).status
    assert status == "booked"


def test_every_date_shown_or_typed_follows_the_users_locale(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    from datetime import date

    from PySide6.QtCore import QLocale

    from fieldsessions.gui.helpers import day_format, format_day
    from fieldsessions.gui.programme_dialog import ProgrammeDialog
    from fieldsessions.gui.reports_tab import ReportsTab

    QLocale.setDefault(QLocale("en_US"))
    try:
        assert format_day(date(2026, 11, 24)) == "Tue Nov 24, 2026"
        d = ProgrammeDialog(worker)
        qtbot.addWidget(d)
        reports = ReportsTab(worker)
        qtbot.addWidget(reports)
        for edit in (d.ui.startDateEdit, d.ui.endDateEdit, reports.from_edit, reports.to_edit):
            assert edit.displayFormat() == day_format() == "ddd MMM d, yyyy"
        QLocale.setDefault(QLocale("en_GB"))
        assert format_day(date(2026, 11, 24)) == "Tue 24 Nov 2026"
    finally:
        QLocale.setDefault(QLocale.c())


# --- 15. Ctrl+P: the print dialog for the current report, drawn off the GUI thread -----------

def test_ctrl_p_opens_the_print_dialog_for_the_sessions_sheet_and_prints_off_the_gui_thread(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from fieldsessions.gui import reports_tab as module

    p = programme("Parenting circle", count=3)
    people(5, p.id)
    window = open_window(qtbot, worker, db_path, settings)
    tab = window.sessions_tab
    tab.set_filter("past")
    settle_sessions(qtbot, window)
    tab.session_view.setFocus()
    tab.session_view.selectRow(0)
    chosen = tab.selected_session()
    assert chosen is not None
    reports = window.reports_tab
    assert isinstance(reports, module.ReportsTab)
    output = tmp_path / "printed.pdf"
    asked: list[str] = []
    threads: list[str] = []

    def accept(printer: QPrinter) -> bool:  # the print dialog, answered
        asked.append(str(reports.session_combo.currentData()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(72)
        return True

    real = module.print_pages

    def recording(*args: object) -> int:
        threads.append(threading.current_thread().name)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reports, "ask_printer", accept)
    monkeypatch.setattr(module, "print_pages", recording)
    with qtbot.waitSignal(reports.printed, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [chosen.id]  # the dialog was for the chosen session's sheet
    assert window.tabs.currentWidget() is window.reports_page
    assert threads and threads[0] != threading.main_thread().name
    assert len(PdfReader(output).pages) == reports.document.pageCount()

    # On the Reports tab, Ctrl+P prints the report shown there.
    output.unlink()
    with qtbot.waitSignal(reports.printed, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert output.exists() and len(asked) == 2
    window.close()
