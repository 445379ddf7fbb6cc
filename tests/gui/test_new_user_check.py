"""What a new user's check of the window found after issue 12's first round: one date form in
the window and on paper, the Reports tab following the open roll, ... (each test names what
it proves)."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from fieldsessions.core import dates
from fieldsessions.gui.sessions_tab import IdRole
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes
from tests.gui.windows import idle, open_window
from tests.unit.helpers import people, programme

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_reports_tab_preselects_the_programme_and_session_of_the_open_roll(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    first = programme("Alpha circle", count=4)
    second = programme("Zeta reading club", count=4)
    people(2, second.id)
    wanted = programmes.list_sessions(second.id, kind="past")[1]
    window = open_window(qtbot, worker, db_path, settings)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the Reports tab, before any roll is open
    reports = window.reports_tab
    assert reports is not None
    qtbot.waitUntil(lambda: reports.programme_combo.count() == 2, timeout=10000)
    idle(qtbot, worker)
    assert reports.programme_combo.currentData() == first.id  # alphabetical: the first

    window.open_session(wanted.id)  # the roll of the second programme's session
    qtbot.waitUntil(lambda: window.roster_tab.session_id == wanted.id, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentWidget() is window.reports_page
    qtbot.waitUntil(lambda: reports.session_combo.currentData() == wanted.id, timeout=10000)
    assert reports.programme_combo.currentData() == second.id

    # A choice made on the Reports tab stays while the same roll is open.
    reports.programme_combo.setFocus()
    qtbot.keyClick(reports.programme_combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: reports.programme_combo.currentData() == first.id, timeout=10000)
    idle(qtbot, worker)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    idle(qtbot, worker)
    assert reports.programme_combo.currentData() == first.id
    window.close()


def test_the_window_and_the_printed_sheet_write_dates_in_one_form_from_the_locale(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    QLocale.setDefault(QLocale("en_US"))  # month first: "Wed Dec 2, 2026"
    try:
        p = programme("Alpha circle", count=4)
        people(2, p.id)
        session = programmes.list_sessions(p.id, kind="past")[0]
        window = open_window(qtbot, worker, db_path, settings)
        tab = window.sessions_tab
        tab.set_filter("past")
        qtbot.waitUntil(lambda: tab.session_model.total > 0 and not tab.loading, timeout=10000)
        model = tab.session_model
        row = next(r for r in range(model.rowCount())
                   if model.index(r, 0).data(IdRole) == session.id)
        shown = model.index(row, 0).data()
        day = session.local_date
        assert shown == f"{dates.WEEKDAYS[day.weekday()]} {dates.MONTHS[day.month - 1]} " \
                        f"{day.day}, {day.year}"

        window.open_session(session.id)
        qtbot.waitUntil(lambda: window.roster_tab.session_id == session.id, timeout=10000)
        reports = window.reports_tab
        assert reports is not None
        with qtbot.waitSignal(reports.preview_updated, timeout=30000):
            qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
        qtbot.waitUntil(lambda: not reports.busy, timeout=30000)
        text = "\n".join(page.extract_text()
                         for page in PdfReader(io.BytesIO(reports.pdf_bytes)).pages)
        assert shown in text, "the sheet's date is written as in the window"
        today = date.today()
        printed = f"Printed {dates.WEEKDAYS[today.weekday()]} {dates.MONTHS[today.month - 1]} " \
                  f"{today.day}, {today.year} "
        assert printed in text, "the footer's date too"
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text), "no ISO date on paper"
        window.close()
    finally:
        QLocale.setDefault(QLocale.c())
        dates.set_order(None)


LONG_NAME = "Community health volunteers refresher training – Kisumu East sub-county cohort"


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1366, 768)])
def test_the_sessions_table_gives_programme_names_the_spare_width_and_a_tooltip(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings, width: int, height: int
) -> None:
    p = programme(LONG_NAME, count=4)
    programme("Maths tutoring (Grade 7)", count=4)
    people(2, p.id)
    window = open_window(qtbot, worker, db_path, settings)
    window.resize(width, height)
    tab = window.sessions_tab
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    tab.set_filter("all")
    qtbot.waitUntil(lambda: tab.session_model.total == 8 and not tab.loading, timeout=10000)
    qtbot.wait(50)  # the layout settles
    view = tab.session_view
    model = tab.session_model
    column = model.COLUMNS.index("programme")
    widths = {name: view.columnWidth(i) for i, name in enumerate(model.COLUMNS)
              if not view.isColumnHidden(i)}
    assert widths["programme"] == max(widths.values()), widths  # the widest column
    assert widths["programme"] >= view.fontMetrics().horizontalAdvance("Maths tutoring (Grade 7)")
    assert not view.horizontalScrollBar().isVisible(), "no sideways scrolling"
    row = next(r for r in range(model.rowCount())
               if model.index(r, column).data() == LONG_NAME)
    assert model.index(row, column).data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_NAME)
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    window.close()


def test_closing_the_window_while_a_sync_is_connecting_cancels_it_and_stops_its_thread(
    qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    import threading

    from fieldsessions.gui.sync_dialog import SyncDialog
    from fieldsessions.sync.engine import Progress, Receipt

    seen: dict[str, bool] = {}

    class Connecting:
        """A server that never answers the first call: the engine waits until cancelled."""

        def __init__(self, progress: object, cancel: threading.Event) -> None:
            self.progress, self.cancel = progress, cancel

        def run(self) -> Receipt:
            self.progress(Progress("connecting"))  # type: ignore[operator]
            seen["started"] = True
            seen["cancelled"] = self.cancel.wait(30)
            from datetime import UTC, datetime

            receipt = Receipt(started_at=datetime.now(UTC), server_url="https://sync.test")
            receipt.cancelled = True
            return receipt

    def make(*, progress: object, cancel: threading.Event) -> Connecting:
        return Connecting(progress, cancel)

    window = open_window(qtbot, worker, db_path, settings)
    dialog = SyncDialog(worker, window, engine_factory=make)
    dialog.open()
    qtbot.waitUntil(lambda: seen.get("started", False), timeout=10000)
    assert dialog.phase_label.text() == "Connecting to the server…"
    window.close()
    assert not dialog.isVisible()
    assert seen["cancelled"] and not dialog.thread_running
