"""Read paper sheets from the Roster tab: a sheet printed by the app, ticked and photographed,
reviewed by keys (doubtful rows first, conflicts never overwritten unless chosen), written on
Enter in one go with the history reason "paper sheet, page 1", and undone by Ctrl+Z."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import Attendance, AttendanceHistory, Outbox
from fieldsessions.gui.paper_review_dialog import PaperReviewDialog
from fieldsessions.gui.roster_tab import RosterTab
from fieldsessions.gui.worker import DbWorker
from fieldsessions.reports.sheet import attendance_sheet
from fieldsessions.reports.sheet_layout import STATUS_CODES, SheetGeometry
from fieldsessions.reports.styles import PageSetup
from fieldsessions.services import attendance, report_data
from tests.unit import helpers, paper_marks
from tests.unit.test_paper_read import expected

PEOPLE = 12
FAINT_ROW = 5  # a pencil trace in "excused": doubtful
CONFLICT_ROW = 2  # marked otherwise on the laptop before the sheet comes back


def idle(qtbot: QtBot, worker: DbWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=20000)


@pytest.fixture
def roll(db: object, tmp_path: Path) -> dict[str, Any]:
    """A past session of 12; row 2 marked on the laptop; its sheet printed by the app, ticked
    as `expected` says (row 5 only a faint trace) and photographed a little askew."""
    info = helpers.programme("Family Development Sessions")
    helpers.people(PEOPLE, info.id)
    session_id = helpers.past_session(info.id)
    sheet = report_data.attendance_sheet(session_id)
    people = [row.participant_id for row in sheet.rows]
    laptop = next(s for s in STATUS_CODES if s != expected(CONFLICT_ROW))
    attendance.mark(session_id, people[CONFLICT_ROW - 1], laptop)
    attendance_sheet(sheet, tmp_path / "sheet.pdf")
    return {"id": session_id, "people": people, "laptop": laptop,
            "scan": ticked(tmp_path / "sheet.pdf", tmp_path / "scan.jpg")}


def ticked(sheet_pdf: Path, target: Path) -> Path:
    where = SheetGeometry(PageSetup())
    page = paper_marks.render(sheet_pdf)[0]
    for row in range(1, PEOPLE + 1):
        if row == FAINT_ROW:
            paper_marks.mark(page, where, row - 1, 2, kind="faint")
        elif expected(row) is not None:
            paper_marks.mark(page, where, row - 1, STATUS_CODES.index(expected(row)),
                             kind=("tick", "cross", "fill")[row % 3], seed=row)
    return paper_marks.save(paper_marks.photograph(page, angle=-2, squeeze=0.02, noise=3),
                            target)


def open_review(qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch,
                session_id: str, files: list[Path]) -> tuple[RosterTab, PaperReviewDialog]:
    """The Roster tab on the session; its "Read paper sheets…" button clicked, `files` chosen
    in the file dialog; the review dialog once it has read them."""
    tab = RosterTab(worker)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab.show_session(session_id)
    asked: list[str] = []

    def chosen(_parent: object, _title: str, _folder: str, filters: str) -> tuple[list[str],
                                                                                 str]:
        asked.append(filters)
        return [str(f) for f in files], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen)
    qtbot.mouseClick(tab.paper_button, Qt.MouseButton.LeftButton)
    assert asked and all(k in asked[0] for k in ("*.pdf", "*.png", "*.jpg", "*.tif"))
    dialog = tab.findChild(PaperReviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_list.count() == len(files), timeout=30000)
    idle(qtbot, worker)
    return tab, dialog


def table_rows(dialog: PaperReviewDialog) -> list[tuple[str, ...]]:
    return [tuple(dialog.table.item(r, c).text() for c in range(5))
            for r in range(dialog.table.rowCount())]


def select_row(qtbot: QtBot, dialog: PaperReviewDialog, sheet_row: int) -> None:
    """Move to sheet row `sheet_row` with Up and Down, as a person would."""
    target = next(r for r in range(dialog.table.rowCount())
                  if dialog.table.item(r, dialog.ROW).text() == str(sheet_row))
    while dialog.table.currentRow() != target:
        key = Qt.Key.Key_Down if dialog.table.currentRow() < target else Qt.Key.Key_Up
        qtbot.keyClick(dialog.table, key)


def marks_queued() -> int:
    """Attendance changes waiting in the outbox for sync."""
    return int(Outbox.select().where(Outbox.entity == "attendance",
                                     Outbox.acked_at.is_null()).count())


def marks_of(people: list[str]) -> dict[int, str | None]:
    found = {a.participant_id: a.status for a in Attendance.select()}
    return {row: found.get(pid) for row, pid in enumerate(people, start=1)}


def test_doubtful_row_first_set_by_key_enter_writes_the_page_and_ctrl_z_takes_it_back(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, roll: dict[str, Any],
    tmp_path: Path,
) -> None:
    tab, dialog = open_review(qtbot, worker, monkeypatch, roll["id"], [roll["scan"]])
    rows = table_rows(dialog)
    assert [r[0] for r in rows[:2]] == [str(FAINT_ROW), str(CONFLICT_ROW)]  # doubtful first
    assert rows[0][2] == "Excused?" and rows[0][4] == "nothing"
    laptop = roll["laptop"].capitalize()
    assert rows[1][2:5] == (expected(CONFLICT_ROW).capitalize(), laptop,
                            f"keep {roll['laptop']}")
    assert dialog.table.item(0, dialog.BOXES).data(Qt.ItemDataRole.DecorationRole) is not None
    assert dialog.table.hasFocus() and dialog.table.currentRow() == 0
    assert "a faint mark in excused" in dialog.message()
    queued = marks_queued()

    qtbot.keyClick(dialog.table, Qt.Key.Key_L)  # the faint row: late, and on to the next
    assert dialog.table.item(0, dialog.WRITE).text() == "Late"
    assert dialog.table.currentRow() == 1
    assert Attendance.select().count() == 1  # nothing written before the page is accepted
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.current_page() is not None
                    and dialog.current_page().written is not None, timeout=20000)
    idle(qtbot, worker)

    marks = marks_of(roll["people"])
    clear = {r for r in range(1, PEOPLE + 1)
             if r not in (FAINT_ROW, CONFLICT_ROW) and expected(r) is not None}
    for row in range(1, PEOPLE + 1):
        wanted = expected(row) if row in clear else None
        wanted = {FAINT_ROW: "late", CONFLICT_ROW: roll["laptop"]}.get(row, wanted)
        assert marks[row] == wanted, row  # the laptop's own mark was kept
    reasons = [h.reason for h in AttendanceHistory.select()
               .where(AttendanceHistory.reason == "paper sheet, page 1")]
    assert len(reasons) == len(clear) + 1
    assert marks_queued() - queued == len(clear) + 1  # queued for sync
    assert f"Page 1: {len(clear) + 1} marks written, queued for sync" in dialog.message()
    assert "Every page read is written." in dialog.message()
    kept = list((tmp_path / "paper-sheets").iterdir())
    assert len(kept) == 1 and kept[0].suffix == ".jpg"
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)  # a written page takes no more keys
    assert "written already" in dialog.message()

    dialog.close()
    qtbot.waitUntil(lambda: tab.model.entry_for(roll["people"][0]) is not None
                    and tab.model.entry_for(roll["people"][FAINT_ROW - 1]).status == "late",
                    timeout=10000)  # the roll shows what the paper wrote
    assert tab.undo_text() == "paper sheet, page 1"
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    after = marks_of(roll["people"])
    assert after == {row: (roll["laptop"] if row == CONFLICT_ROW else None)
                     for row in range(1, PEOPLE + 1)}
    assert tab.message() == f"Undone: {len(clear) + 1} marks."


def test_a_conflict_is_overwritten_only_when_the_person_chooses_and_delete_writes_nothing(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, roll: dict[str, Any],
) -> None:
    _tab, dialog = open_review(qtbot, worker, monkeypatch, roll["id"], [roll["scan"]])
    paper = expected(CONFLICT_ROW)
    select_row(qtbot, dialog, CONFLICT_ROW)
    assert dialog.message() == (
        f"Row {CONFLICT_ROW}: the paper says {paper}, the laptop has {roll['laptop']}. The "
        f"laptop's mark is kept unless you press {paper[0].upper()} (or another letter) for "
        "this row.")
    qtbot.keyClick(dialog.table, paper[0].upper())  # take what the paper says
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, dialog.ROW).text() == str(CONFLICT_ROW))
    assert dialog.table.item(row, dialog.WRITE).text() == \
        f"{roll['laptop'].capitalize()} → {paper.capitalize()}"
    cleared = next(r for r in range(1, PEOPLE + 1)
                   if r not in (FAINT_ROW, CONFLICT_ROW) and expected(r) is not None)
    select_row(qtbot, dialog, cleared)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # read clearly, but not to be written
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current_page().written is not None, timeout=20000)
    idle(qtbot, worker)
    marks = marks_of(roll["people"])
    assert marks[CONFLICT_ROW] == paper and marks[cleared] is None
    assert marks[FAINT_ROW] is None  # doubtful and not chosen: left for later
    history = [(h.previous_status, h.new_status) for h in AttendanceHistory.select().where(
        AttendanceHistory.participant_id == roll["people"][CONFLICT_ROW - 1],
        AttendanceHistory.reason == "paper sheet, page 1")]
    assert history == [(roll["laptop"], paper)]


def test_a_refused_page_is_listed_with_its_sentence_beside_the_page_read(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, roll: dict[str, Any],
    tmp_path: Path,
) -> None:
    sheet = report_data.attendance_sheet(roll["id"])
    other = sheet.__class__(sheet.session.__class__(
        **{**sheet.session.__dict__, "session_id": str(uuid.uuid4())}), sheet.rows)
    attendance_sheet(other, tmp_path / "other.pdf")
    elsewhere = ticked(tmp_path / "other.pdf", tmp_path / "other.png")
    _tab, dialog = open_review(qtbot, worker, monkeypatch, roll["id"],
                               [elsewhere, roll["scan"]])
    assert dialog.page_list.item(0).text().startswith("scan.jpg\nFamily Development Sessions")
    assert dialog.page_list.item(1).text() == "other.png — refused"
    assert dialog.summary_label.text().startswith("1 page read, 1 refused.")
    dialog.page_list.setCurrentRow(1)
    assert dialog.refusal_label.isVisible() and not dialog.accept_button.isEnabled()
    assert "which is not on this laptop: sync first" in dialog.refusal_label.text()


def test_without_the_optional_part_the_button_says_how_to_get_it(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, roll: dict[str, Any],
) -> None:
    tab = RosterTab(worker)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.roster_loaded, timeout=10000):
        tab.show_session(roll["id"])
    monkeypatch.setitem(sys.modules, "cv2", None)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: pytest.fail("asked"))
    qtbot.mouseClick(tab.paper_button, Qt.MouseButton.LeftButton)
    assert tab.message() == ("Reading paper sheets needs the optional 'paper' part (OpenCV "
                             "and zxing-cpp, about 70 MB), which is not installed here: "
                             "install it with pip install 'fieldsessions[paper]'.")
    assert tab.findChild(PaperReviewDialog) is None


def test_the_services_sentence_for_a_refused_page_is_shown_in_the_users_language(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, roll: dict[str, Any],
    tmp_path: Path,
) -> None:
    from fieldsessions.core import i18n

    sheet = report_data.attendance_sheet(roll["id"])
    other = sheet.__class__(sheet.session.__class__(
        **{**sheet.session.__dict__, "session_id": str(uuid.uuid4())}), sheet.rows)
    attendance_sheet(other, tmp_path / "other.pdf")
    elsewhere = ticked(tmp_path / "other.pdf", tmp_path / "other.png")
    french = {"%1 is the sheet of session %2, which is not on this laptop: sync first, or read "
              "it on the laptop it was printed from.":
              "%1 est la feuille de la séance %2, absente de cet ordinateur : synchronisez "
              "d'abord."}
    i18n.install(lambda source, _disambiguation: french.get(source, ""))
    try:
        _tab, dialog = open_review(qtbot, worker, monkeypatch, roll["id"], [elsewhere])
    finally:
        i18n.install(None)
    assert dialog.refusal_label.text().startswith("other.png est la feuille de la séance ")
    assert dialog.refusal_label.text().endswith(", absente de cet ordinateur : synchronisez "
                                                "d'abord.")


def test_a_mark_taken_on_the_laptop_after_the_review_began_is_not_overwritten_even_if_chosen(
    roll: dict[str, Any],
) -> None:
    from fieldsessions.paper.reader import PageReading, read_files
    from fieldsessions.services import paper_sheets

    (reading,) = read_files([roll["scan"]])
    assert isinstance(reading, PageReading)
    plan = paper_sheets.plan(reading)
    assert isinstance(plan, paper_sheets.PagePlan)
    first, conflict = roll["people"][0], roll["people"][CONFLICT_ROW - 1]
    paper = expected(CONFLICT_ROW)
    attendance.mark(roll["id"], first, "excused")  # someone marks row 1 meanwhile
    (accepted,) = paper_sheets.accept(
        [plan], choices=[{first: "present", conflict: paper}])
    marks = marks_of(roll["people"])
    assert marks[1] == "excused"  # taken since the plan: kept, though chosen
    assert marks[CONFLICT_ROW] == paper  # chosen over the laptop's mark the person saw
    assert first not in {c.participant_id for c in accepted.changes}


def test_two_copies_of_a_page_rows_they_differ_on_are_decided_and_the_second_is_refreshed(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, roll: dict[str, Any],
    tmp_path: Path,
) -> None:
    """The same page twice: a row the copies read differently is shown first and not written
    as read; once copy 1 is accepted, copy 2 shows the laptop's new marks and Enter writes
    exactly what its "write" column says."""
    differ = 7
    assert expected(differ) not in (None, "absent")
    attendance_sheet(report_data.attendance_sheet(roll["id"]), tmp_path / "again.pdf")
    where = SheetGeometry(PageSetup())
    page = paper_marks.render(tmp_path / "again.pdf")[0]
    for row in range(1, PEOPLE + 1):
        status = "absent" if row == differ else expected(row)
        if row == FAINT_ROW:
            paper_marks.mark(page, where, row - 1, 2, kind="faint")
        elif status is not None:
            paper_marks.mark(page, where, row - 1, STATUS_CODES.index(status), seed=row)
    copy = paper_marks.save(page, tmp_path / "copy.png")
    _tab, dialog = open_review(qtbot, worker, monkeypatch, roll["id"], [roll["scan"], copy])
    assert dialog.page_list.currentRow() == 0
    rows = table_rows(dialog)
    shown = next(r for r in rows if r[0] == str(differ))
    assert rows.index(shown) < 3  # among the rows a person must look at, at the top
    assert shown[2] == f"{expected(differ).capitalize()} (the copies differ)"
    assert shown[4] == "nothing"
    select_row(qtbot, dialog, differ)
    assert "copies differ here" in dialog.message() and "copy.png" in dialog.message()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # copy 1, row 7 left alone
    qtbot.waitUntil(lambda: dialog.page_list.currentRow() == 1, timeout=20000)
    idle(qtbot, worker)
    assert marks_of(roll["people"])[differ] is None
    rows = table_rows(dialog)
    agreed = next(r for r in range(1, PEOPLE + 1)
                  if r not in (FAINT_ROW, CONFLICT_ROW, differ) and expected(r) is not None)
    line = next(r for r in rows if r[0] == str(agreed))
    assert line[3] == expected(agreed).capitalize()  # the laptop column, refreshed
    assert line[4] == f"keep {expected(agreed)}"
    select_row(qtbot, dialog, differ)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)  # the person decides: absent
    to_write = [r for r in table_rows(dialog) if r[4] not in ("nothing", "—")
                and not r[4].endswith("(already)") and not r[4].startswith("keep ")]
    assert [r[0] for r in to_write] == [str(differ)]
    before = AttendanceHistory.select().count()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog._pages[1].written is not None, timeout=20000)
    idle(qtbot, worker)
    assert marks_of(roll["people"])[differ] == "absent"
    assert AttendanceHistory.select().count() - before == len(to_write)
