"""Import dialog: the preview shows broken rows with their line numbers before anything is
saved, the column boxes change what columns mean, and the valid rows import and enrol."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import Enrolment, Participant
from fieldsessions.gui.import_dialog import ImportDialog
from fieldsessions.gui.roster_tab import RosterTab
from fieldsessions.gui.worker import DbWorker
from tests.unit.helpers import past_session, programme


def idle(qtbot: QtBot, worker: DbWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)


def vertical_labels(dialog: ImportDialog) -> list[str]:
    return [dialog.preview.verticalHeaderItem(r).text()
            for r in range(1, dialog.preview.rowCount())]


def cell(dialog: ImportDialog, row: int, column: int) -> str:
    item = dialog.preview.item(row, column)
    assert item is not None
    return item.text()


ROSTER = (
    "Name,ID,Phone,Date of birth,Village\n"   # line 1
    "Amina Okafor,A-1,+254 700 000001,1990-04-02,Kibera East\n"   # line 2
    "Søren Løvik,A-2,,1985-11-30,Riverside\n"   # line 3
    ",A-3,+254 700 000003,,Malaya\n"   # line 4: no name
    "Ελένη Νικολάου,A-4,,2001-01-15,San Isidro\n"   # line 5
    "Kwame Mensah,A-5,,31/02/1999,Riverside\n"   # line 6: not a date
    "Zoë Martínez,A-6,call me,1979-07-07,Malaya\n"   # line 7: not a phone
)


def test_broken_rows_are_listed_with_line_numbers_before_import_and_the_rest_import(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    p = programme(capacity=3)
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    dialog = ImportDialog(worker, p.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.problems.count() == 3, timeout=10000)
    idle(qtbot, worker)

    problems = dialog.problem_lines()
    assert problems[0] == "Line 4: no name"
    assert problems[1].startswith("Line 6: date of birth '31/02/1999'")
    assert problems[2].startswith("Line 7: phone 'call me'")
    assert vertical_labels(dialog) == ["Line 2", "Line 3", "Line 4 ⚠", "Line 5", "Line 6 ⚠",
                                       "Line 7 ⚠"]
    assert cell(dialog, 3, 5) == "no name"  # the Problem column of line 4
    # shown first, where a 1024x600 screen sees it without scrolling, its full text on hover
    header = dialog.preview.horizontalHeader()
    assert header.logicalIndexAt(header.sectionViewportPosition(5) + 1) == 5
    assert header.visualIndex(5) == 0
    assert dialog.preview.item(5, 5).toolTip().startswith("date of birth '31/02/1999'")
    assert dialog.mapping() == {0: "name", 1: "external_id", 2: "phone", 3: "birth_date",
                                4: "group_name"}
    assert "3 people ready to import" in dialog.summary_label.text()
    assert Participant.select().count() == 0  # nothing saved by the preview
    assert dialog.programme_combo.currentData() == p.id

    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    report = dialog.report()
    assert report is not None
    assert (report.imported, report.enrolled, report.waitlisted) == (3, 3, 0)
    assert sorted(p.name for p in Participant.select()) == [
        "Amina Okafor", "Søren Løvik", "Ελένη Νικολάου"]
    assert Enrolment.select().where(Enrolment.programme == p.id).count() == 3
    assert "Imported 3 new people" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()  # a second click cannot import twice


def test_a_column_box_makes_an_unrecognised_header_the_name(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    path = tmp_path / "learners.csv"
    path.write_text("Learner full name;Reg\nAna Cruz;R1\nPedro Reyes;R2\n", encoding="utf-8")
    dialog = ImportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: "No name column" in dialog.summary_label.text(), timeout=10000)
    assert not dialog.import_button.isEnabled()

    dialog.set_column_field(0, "name")
    dialog.set_column_field(1, "external_id")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert "2 people ready to import" in dialog.summary_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert sorted((p.name, p.external_id) for p in Participant.select()) == [
        ("Ana Cruz", "R1"), ("Pedro Reyes", "R2")]
    assert Enrolment.select().count() == 0  # "do not enrol" was left chosen


def test_an_xlsx_roster_previews_and_imports_into_the_programme_past_capacity(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    p = programme(capacity=1)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["First name", "Last name", "Student ID"])
    sheet.append(["Wanjiru", "Kamau", 101])
    sheet.append(["Tendai", "Moyo", 102])
    path = tmp_path / "class.xlsx"
    book.save(path)
    dialog = ImportDialog(worker, p.id)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    idle(qtbot, worker)
    assert cell(dialog, 1, 2) == "101"
    assert dialog.problems.count() == 0
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    report = dialog.report()
    assert report is not None and (report.enrolled, report.waitlisted) == (1, 1)
    assert "1 on the waitlist" in dialog.summary_label.text()


def test_an_unreadable_file_is_explained_in_the_dialog(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    dialog = ImportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: "not a readable XLSX" in dialog.summary_label.text(),
                    timeout=10000)
    assert not dialog.import_button.isEnabled()


def test_import_from_the_roster_tab_puts_the_people_on_the_roll(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    p = programme()
    session_id = past_session(p.id)
    tab = RosterTab(worker)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab.show_session(session_id)
    assert tab.model.rowCount() == 0
    assert "Nobody is on this roll yet" in tab.message()
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    dialog = tab.open_import()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        dialog.import_button.click()
    assert [tab.model.entry(r).name for r in range(tab.model.rowCount())] == [
        "Amina Okafor", "Søren Løvik", "Ελένη Νικολάου"]


def test_one_person_and_one_broken_row_are_counted_in_the_singular(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    p = programme(capacity=3)
    path = tmp_path / "roster.csv"
    path.write_text("Name,ID\nAmina Okafor,A-1\n,A-2\n", encoding="utf-8")
    dialog = ImportDialog(worker, p.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.problems.count() == 1, timeout=10000)
    idle(qtbot, worker)
    summary = dialog.summary_label.text()
    assert "1 person ready to import." in summary
    assert "1 row has a problem and will be skipped" in summary
    assert "1 rows" not in summary and "1 people" not in summary

    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    summary = dialog.summary_label.text()
    assert "Imported 1 new person." in summary
    assert "1 row skipped" in summary
