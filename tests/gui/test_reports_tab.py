"""Reports tab: previews built off the GUI thread with progress, save, print, export, cancel."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from fieldsessions.core.errors import RuleError
from fieldsessions.core.records import session_code
from fieldsessions.db.models import Attendance
from fieldsessions.gui import reports_tab as module
from fieldsessions.gui.reports_tab import ReportsTab
from fieldsessions.gui.worker import DbWorker
from fieldsessions.reports.data import AttendanceSheet, SessionHeader, SheetRow
from fieldsessions.services import attendance, programmes
from tests.unit.helpers import people, programme

WAIT = 30000



@pytest.fixture
def marked() -> dict[str, Any]:
    """A programme with outcomes, four people, and marks in its past sessions."""
    info = programme("Parenting circle", outcomes=("Listens",), expiry_months=12, count=3)
    ids = people(4, info.id, prefix="Ζωή")
    past = programmes.list_sessions(info.id, kind="past")
    for session in past:
        for index, pid in enumerate(ids):
            attendance.mark(session.id, pid, ("present", "late", "absent", "excused")[index])
    return {"programme": info.id, "people": ids, "past": [s.id for s in past]}


@pytest.fixture
def tab(qtbot: QtBot, worker: DbWorker) -> Iterator[ReportsTab]:
    widget = ReportsTab(worker)
    qtbot.addWidget(widget)
    yield widget
    widget.cancel()
    widget.wait_for_builds()


def show_and_wait(qtbot: QtBot, tab: ReportsTab) -> int:
    with qtbot.waitSignal(tab.preview_updated, timeout=WAIT) as blocker:
        tab.show()
    return int(blocker.args[0])


def preview_text(tab: ReportsTab) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(tab.pdf_bytes)).pages)


def test_opening_the_tab_previews_a_sheet_of_the_chosen_programme(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any]
) -> None:
    pages = show_and_wait(qtbot, tab)
    assert pages == tab.document.pageCount() >= 1
    assert tab.programme_combo.currentText() == "Parenting circle"
    assert tab.session_combo.count() == 3
    text = preview_text(tab)
    assert "Attendance sheet" in text and all(f"Ζωή {i:03d}" in text for i in range(4))
    assert tab.save_button.isEnabled() and tab.print_button.isEnabled()
    assert tab.progress_bar.value() == tab.progress_bar.maximum()


def test_show_session_previews_that_sessions_sheet(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any]
) -> None:
    show_and_wait(qtbot, tab)
    wanted = marked["past"][0]
    tab.set_report("compliance")
    with qtbot.waitSignal(tab.preview_updated, timeout=WAIT):
        tab.show_session(wanted)
    assert tab.report_combo.currentData() == "sheet"
    assert tab.session_combo.currentData() == wanted
    assert session_code(wanted) in preview_text(tab)  # on paper by its short code


@pytest.mark.parametrize(("kind", "title"), [
    ("tickoff", "Outcome tick-off"), ("compliance", "Attendance compliance"),
    ("hours", "Hours report"), ("certificates", "Certificate of completion"),
])
def test_each_report_can_be_previewed(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], kind: str, title: str
) -> None:
    show_and_wait(qtbot, tab)
    with qtbot.waitSignal(tab.preview_updated, timeout=WAIT):
        tab.set_report(kind)
    assert title in preview_text(tab)


def test_recorded_marks_are_printed_when_asked(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any]
) -> None:
    show_and_wait(qtbot, tab)
    tab.show_session(marked["past"][0])
    qtbot.waitUntil(lambda: tab.session_combo.currentData() == marked["past"][0], timeout=WAIT)
    tab.wait_for_builds()
    with qtbot.waitSignal(tab.preview_updated, timeout=WAIT):
        tab.filled_check.setChecked(True)
    assert "Present 1 · Late 1 · Excused 1 · Absent 1 · Not marked 0" in preview_text(tab)


def test_save_as_pdf_writes_the_previewed_report(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_and_wait(qtbot, tab)
    target = tmp_path / "sheet"  # no extension typed: ".pdf" is added
    monkeypatch.setattr(tab, "ask_save_path", lambda *_args: (str(target), ""))
    tab.save_button.click()
    assert (tmp_path / "sheet.pdf").read_bytes() == tab.pdf_bytes
    assert "Saved" in tab.status_label.text()


def test_print_sends_every_previewed_page_to_the_printer(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    show_and_wait(qtbot, tab)
    with qtbot.waitSignal(tab.preview_updated, timeout=WAIT):
        tab.set_report("certificates")
    output = tmp_path / "printed.pdf"

    def accept(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(tab, "ask_printer", accept)
    with qtbot.waitSignal(tab.printed, timeout=WAIT):  # drawn off the GUI thread
        tab.print_button.click()
    assert len(PdfReader(output).pages) == tab.document.pageCount()
    assert "sent to the printer" in tab.status_label.text()


def test_cancelling_the_print_dialog_prints_nothing(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    show_and_wait(qtbot, tab)
    printed: list[QPrinter] = []

    def record(printer: QPrinter) -> int:
        printed.append(printer)
        return 1

    monkeypatch.setattr(tab, "ask_printer", lambda _printer: False)
    monkeypatch.setattr(tab, "print_document", record)
    tab.print_button.click()
    assert printed == []


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_attendance_writes_what_the_database_holds(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, suffix: str,
) -> None:
    show_and_wait(qtbot, tab)
    target = tmp_path / f"attendance.{suffix}"
    monkeypatch.setattr(tab, "ask_save_path", lambda *_args: (str(target), ""))
    with qtbot.waitSignal(tab.export_finished, timeout=WAIT):
        tab.export_actions["attendance"].trigger()
    if suffix == "csv":
        rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    else:
        book = load_workbook(target)
        assert book.active is not None
        rows = [["" if v is None else str(v) for v in row]
                for row in book.active.iter_rows(values_only=True)]
    head = rows[0]
    got = sorted((r[head.index("Participant name")], r[head.index("Status")]) for r in rows[1:])
    stored = sorted((a.participant.name, a.status) for a in Attendance.select())
    assert got == stored and len(got) == 4 * len(marked["past"])
    assert "Exported" in tab.status_label.text()


def big_sheet(count: int) -> AttendanceSheet:
    header = SessionHeader("s-big", "Big programme", "", "", date(2026, 1, 5), time(9),
                           time(10), 60, "UTC", "Hall", "", "Kwame")
    return AttendanceSheet(header, tuple(SheetRow(f"p{i}", f"B{i}", f"Большой {i}")
                                         for i in range(count)))


def test_a_large_report_is_built_off_the_gui_thread_with_progress_and_a_live_window(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    show_and_wait(qtbot, tab)
    threads: set[int] = set()
    real_render = module.render_report

    def render(request: Any, data: Any, progress: Any) -> bytes:
        threads.add(threading.get_ident())
        return real_render(request, data, progress)

    monkeypatch.setattr(module, "load_report", lambda _request: big_sheet(3000))
    monkeypatch.setattr(module, "render_report", render)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    maxima: list[int] = []
    tab.progress_bar.valueChanged.connect(lambda _v: maxima.append(tab.progress_bar.maximum()))
    with qtbot.waitSignal(tab.preview_updated, timeout=WAIT) as blocker:
        tab.build_preview()
    timer.stop()
    assert threads and threading.get_ident() not in threads
    assert blocker.args[0] > 50
    assert 3010 in maxima  # 3,000 people and 10 walk-in rows
    assert len(ticks) > 3  # the event loop kept running while the pages were laid out


def test_cancel_stops_a_build_and_keeps_the_previous_preview(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    show_and_wait(qtbot, tab)
    before = tab.pdf_bytes
    monkeypatch.setattr(module, "load_report", lambda _request: big_sheet(20000))
    updated: list[int] = []
    tab.preview_updated.connect(updated.append)
    tab.build_preview()
    qtbot.waitUntil(lambda: tab.progress_bar.maximum() > 1, timeout=WAIT)
    assert tab.busy and tab.cancel_button.isEnabled()
    tab.cancel_button.click()
    assert not tab.busy and tab.status_label.text() == "Cancelled."
    assert tab.wait_for_builds()
    qtbot.wait(50)
    assert updated == [] and tab.pdf_bytes == before


def test_a_refused_report_shows_its_sentence(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    show_and_wait(qtbot, tab)

    def refuse(_request: Any) -> Any:
        raise RuleError("This session was cancelled; there is nothing to print.")

    monkeypatch.setattr(module, "load_report", refuse)
    with qtbot.waitSignal(tab.build_failed, timeout=WAIT) as blocker:
        tab.build_preview()
    assert blocker.args[0] == "This session was cancelled; there is nothing to print."
    assert tab.status_label.text() == blocker.args[0] and not tab.busy


def test_an_empty_data_file_says_to_create_a_programme(
    qtbot: QtBot, tab: ReportsTab, worker: DbWorker
) -> None:
    tab.show()
    qtbot.waitUntil(lambda: "no programme yet" in tab.status_label.text(), timeout=WAIT)
    assert not tab.save_button.isEnabled() and not tab.export_button.isEnabled()


def test_names_the_font_cannot_draw_are_pointed_out_with_the_preview(
    qtbot: QtBot, tab: ReportsTab, marked: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from fieldsessions.reports.fonts import ENV_DIRS

    monkeypatch.setenv(ENV_DIRS, str(tmp_path))  # no font but the embedded DejaVu Sans
    show_and_wait(qtbot, tab)
    sheet = big_sheet(2)
    sheet = AttendanceSheet(sheet.session, (*sheet.rows, SheetRow("x", "C9", "王小明")))
    monkeypatch.setattr(module, "load_report", lambda _request: sheet)
    with qtbot.waitSignal(tab.preview_updated, timeout=WAIT):
        tab.build_preview()
    note = tab.status_label.text()
    assert "王小明" in note and "Chinese/Japanese (Han) script" in note and "empty boxes" in note
