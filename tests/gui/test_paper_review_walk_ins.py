"""Walk-in rows of a sheet read back: the rows someone wrote in are found (with their boxes
read), blank ones are not, on a page photographed askew; typed in from their crops on the
review screen, they are added as walk-ins when the page is accepted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import Attendance, Participant
from fieldsessions.gui.worker import DbWorker
from fieldsessions.paper import reader
from fieldsessions.reports import sheet_layout
from fieldsessions.reports.sheet import attendance_sheet
from fieldsessions.reports.sheet_layout import STATUS_CODES
from fieldsessions.services import report_data
from tests.gui.test_paper_review import idle, open_review
from tests.unit import helpers, paper_marks
from tests.unit.test_paper_read import pdf, sheet

DPI = 200


def walk_in_bands(page: Any) -> list[tuple[int, int, int, int]]:
    """Where the blank walk-in rows of a clean, unwarped page are (straightened pixels)."""
    clean = reader.read_page(reader.PageImage("clean", page.copy()))
    assert isinstance(clean, reader.PageReading)
    where = sheet_layout.geometry(clean.code.paper)
    assert where is not None
    return [row.band for row in reader._walk_in_rows(reader._darkness(clean.straight), where,
                                                     clean.code)]


def write_in(page: Any, band: tuple[int, int, int, int], name: str,
             status: str | None) -> None:
    """Write `name` by hand in a walk-in row (`band` from walk_in_bands) and tick `status`."""
    scale = (DPI / 72) / reader.SCALE  # straightened pixels -> the page's pixels
    left, top, _right, bottom = band
    if name:
        x = left + (sheet_layout.NUMBER_WIDTH + sheet_layout.ID_WIDTH + 2 * reader.MM) \
            * reader.SCALE
        cv2.putText(page, name, (round(x * scale), round((bottom - 12) * scale)),
                    cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.1, 40, 2, cv2.LINE_AA)
    if status is not None:
        where = sheet_layout.geometry("a4p")
        assert where is not None
        x, _y, side = where.box(0, STATUS_CODES.index(status))
        cx, cy = round(x * reader.SCALE * scale), round((top + bottom) / 2 * scale)
        size = round(side * reader.SCALE * scale)
        cv2.line(page, (cx + 3, cy), (cx + size // 2, cy + size // 2 - 2), 30, 4)
        cv2.line(page, (cx + size // 2, cy + size // 2 - 2), (cx + size + 2, cy - size // 2 - 3),
                 30, 4)


def written_sheet(tmp_path: Path, people: int = 12) -> tuple[Path, list[Any]]:
    """A sheet of `people` whose walk-in rows 2 and 5 are written in and ticked, and row 7
    only ticked, photographed askew."""
    the_sheet = sheet(people)
    page = paper_marks.render(pdf(tmp_path, the_sheet), DPI)[0]
    bands = walk_in_bands(page)
    write_in(page, bands[1], "Wanjiru Kamau", "present")
    write_in(page, bands[4], "Joseph Otieno", "late")
    write_in(page, bands[6], "", "absent")
    photo = paper_marks.photograph(page, angle=3, squeeze=0.03, noise=3)
    return paper_marks.save(photo, tmp_path / "walk-ins.jpg"), bands


def test_walk_in_rows_written_in_are_found_with_their_boxes_and_blank_ones_are_not(
    tmp_path: Path,
) -> None:
    scan, bands = written_sheet(tmp_path)
    assert len(bands) == 10  # the sheet's ten blank rows, found on the clean page
    (reading,) = reader.read_files([scan])
    assert isinstance(reading, reader.PageReading)
    found = [(w.line, w.written, w.reading.status, w.reading.doubtful)
             for w in reading.walk_ins]
    assert found == [(2, True, "present", False), (5, True, "late", False),
                     (7, False, "absent", False)]
    crop = reader.walk_in_crop(reading, reading.walk_ins[0])
    assert crop.shape[0] > 40 and crop.shape[1] > 10 * crop.shape[0]


def test_a_page_without_walk_in_rows_written_has_none(tmp_path: Path) -> None:
    the_sheet = sheet(12)
    page = paper_marks.render(pdf(tmp_path, the_sheet), DPI)[0]
    scan = paper_marks.save(paper_marks.photograph(page, angle=-2, noise=3),
                            tmp_path / "clean.jpg")
    (reading,) = reader.read_files([scan])
    assert isinstance(reading, reader.PageReading) and reading.walk_ins == ()


def test_walk_ins_typed_in_from_their_crops_are_added_and_marked_when_the_page_is_accepted(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    info = helpers.programme("Family Development Sessions")
    helpers.people(12, info.id)
    session_id = helpers.past_session(info.id)
    attendance_sheet(report_data.attendance_sheet(session_id), tmp_path / "sheet.pdf")
    page = paper_marks.render(tmp_path / "sheet.pdf", DPI)[0]
    bands = walk_in_bands(page)
    write_in(page, bands[1], "Wanjiru Kamau", "present")
    write_in(page, bands[4], "Joseph Otieno", "late")
    write_in(page, bands[6], "", "absent")  # ticked, nothing written: not added
    scan = paper_marks.save(paper_marks.photograph(page, angle=2, noise=3),
                            tmp_path / "walk-ins.jpg")

    _tab, dialog = open_review(qtbot, worker, monkeypatch, session_id, [scan])
    assert dialog.walk_in_area.isVisible() and len(dialog.name_edits) == 3
    assert [w.line for w in dialog.current_page().walk_ins] == [2, 5, 7]
    first, second, _third = dialog.name_edits
    qtbot.keyClicks(first, "Wanjiru Kamau")
    (phone,) = [edit for edit in dialog.walk_in_rows.findChildren(QLineEdit)
                if edit.accessibleName() == "ID or phone of walk-in row 2"]
    qtbot.keyClicks(phone, "0712 345 678")
    qtbot.keyClicks(second, "Joseph Otieno")
    qtbot.keyClick(second, Qt.Key.Key_Return)  # Enter in a name accepts the page too
    qtbot.waitUntil(lambda: dialog.current_page().written is not None, timeout=20000)
    idle(qtbot, worker)

    added = {p.name: p for p in Participant.select().where(Participant.is_walk_in == True)}  # noqa: E712
    assert set(added) == {"Wanjiru Kamau", "Joseph Otieno"}
    assert added["Wanjiru Kamau"].phone == "0712 345 678"
    marks = {a.participant_id: a.status for a in Attendance.select()}
    assert marks[added["Wanjiru Kamau"].id] == "present"
    assert marks[added["Joseph Otieno"].id] == "late"
    assert "2 walk-ins added." in dialog.message()
    assert not any(edit.isEnabled() for edit in dialog.name_edits)  # the page is written


def test_scan_in_says_how_many_walk_in_rows_were_written_in_and_where_to_type_them(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from fieldsessions.cli import run
    from fieldsessions.db import store

    store.open_store(db_path)
    try:
        info = helpers.programme("Family Development Sessions")
        helpers.people(12, info.id)
        session_id = helpers.past_session(info.id)
        attendance_sheet(report_data.attendance_sheet(session_id), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    page = paper_marks.render(tmp_path / "sheet.pdf", DPI)[0]
    bands = walk_in_bands(page)
    write_in(page, bands[0], "Wanjiru Kamau", "present")
    write_in(page, bands[3], "Joseph Otieno", None)
    scan = paper_marks.save(paper_marks.photograph(page, angle=-3, noise=3), tmp_path / "s.jpg")
    assert run(["--db", str(db_path), "scan-in", str(scan)]) == 0
    out = capsys.readouterr().out
    assert ("2 walk-in rows written in by hand, not added here: type them in with Read paper "
            "sheets… on the Roster tab") in out


def test_a_walk_in_row_with_no_box_ticked_is_added_without_a_mark(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    """A name written in, no box ticked: the review shows "Not marked" (not Present) and
    Enter adds the person with no mark; a ticked row keeps what was read."""
    info = helpers.programme("Family Development Sessions")
    helpers.people(12, info.id)
    session_id = helpers.past_session(info.id)
    attendance_sheet(report_data.attendance_sheet(session_id), tmp_path / "sheet.pdf")
    page = paper_marks.render(tmp_path / "sheet.pdf", DPI)[0]
    bands = walk_in_bands(page)
    write_in(page, bands[0], "Amani Juma", None)
    write_in(page, bands[2], "Joseph Otieno", "late")
    scan = paper_marks.save(paper_marks.photograph(page, angle=-2, noise=3),
                            tmp_path / "walk-ins.jpg")
    _tab, dialog = open_review(qtbot, worker, monkeypatch, session_id, [scan])
    marks = [box.currentText() for box in dialog.walk_in_rows.findChildren(QComboBox)]
    assert marks == ["Not marked", "Late"]
    first, second = dialog.name_edits
    qtbot.keyClicks(first, "Amani Juma")
    qtbot.keyClicks(second, "Joseph Otieno")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current_page().written is not None, timeout=20000)
    idle(qtbot, worker)
    added = {p.name: p.id for p in Participant.select().where(Participant.is_walk_in == True)}  # noqa: E712
    assert set(added) == {"Amani Juma", "Joseph Otieno"}
    marks_now = {a.participant_id: a.status for a in Attendance.select()}
    assert added["Amani Juma"] not in marks_now  # added, no mark
    assert marks_now[added["Joseph Otieno"]] == "late"


def test_scan_in_json_lists_the_walk_in_rows_with_their_mark_and_kept_crop(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from fieldsessions.cli import run
    from fieldsessions.db import store

    store.open_store(db_path)
    try:
        info = helpers.programme("Family Development Sessions")
        helpers.people(12, info.id)
        session_id = helpers.past_session(info.id)
        attendance_sheet(report_data.attendance_sheet(session_id), tmp_path / "sheet.pdf")
    finally:
        store.close_store()
    page = paper_marks.render(tmp_path / "sheet.pdf", DPI)[0]
    bands = walk_in_bands(page)
    write_in(page, bands[0], "Wanjiru Kamau", "present")
    write_in(page, bands[3], "Joseph Otieno", None)
    scan = paper_marks.save(paper_marks.photograph(page, angle=-3, noise=3), tmp_path / "s.jpg")
    assert run(["--db", str(db_path), "scan-in", str(scan), "--json"]) == 0
    (shown,) = json.loads(capsys.readouterr().out)["pages"]
    assert [(w["line"], w["written"], w["read"], w["crop"]) for w in shown["walk_ins"]] == [
        (1, True, "present", None), (4, True, None, None)]
    assert run(["--db", str(db_path), "scan-in", str(scan), "--json", "--accept"]) == 0
    (kept,) = json.loads(capsys.readouterr().out)["pages"]
    crops = [Path(w["crop"]) for w in kept["walk_ins"]]
    assert len(crops) == 2 and all(c.is_file() and c.parent.name == "paper-sheets"
                                   for c in crops)
    image = cv2.imread(str(crops[0]), cv2.IMREAD_GRAYSCALE)
    assert image is not None and image.shape[1] > image.shape[0] * 5  # a row, not the page
