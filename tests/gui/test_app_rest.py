"""Issue 12, the rules the app did not show and the desktop habits (points 8-11, 15, 18-20),
driven by keys as a facilitator would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldsessions.core.enums import ReportingFrequency
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import session_reports
from tests.unit.helpers import people, programme


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def idle(qtbot: QtBot, worker: DbWorker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=10000)


def open_window(qtbot: QtBot, worker: DbWorker, db_path: Path,
                settings: QSettings) -> MainWindow:
    window = MainWindow(worker, db_path, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: "waiting" in window.status_text(), timeout=10000)
    idle(qtbot, worker)
    return window


@pytest.fixture
def window(qtbot: QtBot, worker: DbWorker, db_path: Path,
           settings: QSettings) -> Iterator[MainWindow]:
    w = open_window(qtbot, worker, db_path, settings)
    yield w
    w.close()


def settle_sessions(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.sessions_tab
    qtbot.waitUntil(lambda: not tab.loading and not window._worker.busy, timeout=10000)


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
