"""New/Edit programme dialog: a programme made through the dialog appears with its sessions;
the live preview; invalid input explains itself and blocks Save; outcomes are edited in order;
editing keeps the settings the dialog does not show."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db.models import Outbox, Outcome, Programme, Session
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.programme_dialog import ProgrammeDialog
from fieldsessions.gui.sessions_tab import IdRole
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes

# A Tuesday far enough ahead that every session is upcoming.
START = date.today() + timedelta(days=(1 - date.today().weekday()) % 7 + 14)



@pytest.fixture
def dialog(worker: DbWorker, qtbot: QtBot) -> ProgrammeDialog:
    d = ProgrammeDialog(worker, today=START)
    qtbot.addWidget(d)
    d.show()
    return d


def _date(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def find_dialog(window: QWidget) -> ProgrammeDialog | None:
    found = [d for d in window.findChildren(ProgrammeDialog) if d.isVisible()]
    return found[0] if found else None


def test_a_programme_created_through_the_dialog_shows_its_sessions(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path, db_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(worker, db_path, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.showing_welcome, timeout=10000)  # empty data file
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: find_dialog(window) is not None, timeout=5000)
    d = find_dialog(window)
    assert d is not None
    ui = d.ui
    qtbot.keyClicks(ui.nameEdit, "Youth leadership circle")
    d.set_frequency(Frequency.WEEKLY)
    ui.startDateEdit.setDate(_date(START))
    d.set_weekdays(())
    ui.tueBox.click()
    ui.thuBox.click()
    ui.startTimeEdit.setTime(ui.startTimeEdit.time().fromString("14:30", "HH:mm"))
    ui.durationSpin.setValue(90)
    ui.timezoneCombo.setCurrentText("Africa/Nairobi")
    ui.endCountRadio.click()
    ui.countSpin.setValue(8)
    ui.locationEdit.setText("Kibera Community Library")
    ui.capacitySpin.setValue(25)
    qtbot.keyClicks(ui.outcomeEdit, "Led a group discussion")
    qtbot.keyClick(ui.outcomeEdit, Qt.Key.Key_Return)  # adds the outcome; does not save
    assert d.isVisible()
    assert d.outcomes() == ["Led a group discussion"]
    assert d.ui.previewSummary.text().startswith("8 sessions, from ")
    assert d.ui.previewList.count() == 8
    assert d.error == ""

    with qtbot.waitSignal(d.saved, timeout=10000):
        d.save_button.click()
    assert not d.isVisible()

    stored = Programme.get(Programme.name == "Youth leadership circle")
    sessions = list(Session.select().where(Session.programme == stored.id)
                    .order_by(Session.starts_at))
    assert len(sessions) == 8
    assert [s.local_date.weekday() for s in sessions[:2]] == [1, 3]
    assert stored.capacity == 25 and stored.timezone == "Africa/Nairobi"
    assert [o.title for o in Outcome.select().where(Outcome.programme == stored.id)] == [
        "Led a group discussion"]
    assert Outbox.select().where(Outbox.entity == "session").count() == 8

    # The window leaves the welcome page and lists the new programme's sessions.
    tab = window.sessions_tab
    qtbot.waitUntil(lambda: not window.showing_welcome, timeout=10000)
    qtbot.waitUntil(lambda: tab.session_model.total == 8 and not tab.loading, timeout=10000)
    assert tab.current_programme_id() == stored.id
    shown = {tab.session_model.index(r, 0).data(IdRole)
             for r in range(tab.session_model.rowCount())}
    assert shown == {s.id for s in sessions}
    assert tab.session_model.index(0, 1).data() == "14:30–16:00"
    window.close()


def test_invalid_input_shows_its_sentence_and_save_stays_disabled(
    qtbot: QtBot, dialog: ProgrammeDialog
) -> None:
    ui = dialog.ui
    assert dialog.error == "A programme needs a name."
    assert ui.errorLabel.text() == ""  # a fresh dialog does not open with an error showing
    assert not dialog.save_button.isEnabled()
    assert dialog.ui.previewList.count() > 0  # the dates are previewed before the name
    qtbot.keyClicks(ui.nameEdit, "S")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Backspace)
    assert ui.errorLabel.text() == "A programme needs a name."
    qtbot.keyClicks(ui.nameEdit, "Savings group")
    assert dialog.error == ""
    assert dialog.save_button.isEnabled()

    dialog.set_weekdays(())
    assert dialog.error == "Choose at least one weekday."
    assert not dialog.save_button.isEnabled()
    dialog.set_weekdays((0,))

    ui.endDateRadio.click()
    ui.endDateEdit.setDate(_date(START - timedelta(days=3)))
    assert dialog.error.startswith("The end date ")
    assert "is before the start date" in dialog.error
    assert not dialog.save_button.isEnabled()
    assert dialog.ui.previewList.count() == 0

    ui.endWeeksRadio.click()
    ui.timezoneCombo.setCurrentText("Mars/Olympus")
    assert "not a known time zone" in dialog.error
    assert not dialog.save_button.isEnabled()


def test_a_monthly_weekday_schedule_needs_exactly_one_weekday(
    qtbot: QtBot, dialog: ProgrammeDialog
) -> None:
    qtbot.keyClicks(dialog.ui.nameEdit, "Coaching")
    dialog.set_frequency(Frequency.MONTHLY)
    dialog.ui.monthlyModeCombo.setCurrentIndex(1)
    assert dialog.ui.weekdaysWidget.isVisible()
    dialog.set_weekdays((1, 4))
    assert "exactly one weekday" in dialog.error
    dialog.set_weekdays((4,))
    dialog.ui.weekOfMonthCombo.setCurrentIndex(1)  # the 2nd Friday
    assert dialog.error == ""
    days = [o.local_date for o in dialog.occurrences]
    assert all(d.weekday() == 4 and 8 <= d.day <= 14 for d in days)


def test_the_preview_skips_excluded_dates_and_keeps_the_count(
    qtbot: QtBot, dialog: ProgrammeDialog
) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Tutoring")
    dialog.set_weekdays((START.weekday(),))
    ui.endCountRadio.click()
    ui.countSpin.setValue(4)
    holiday = START + timedelta(weeks=1)
    dialog.add_excluded(holiday)
    days = [o.local_date for o in dialog.occurrences]
    assert len(days) == 4
    assert holiday not in days
    assert days[-1] == START + timedelta(weeks=4)
    assert ui.excludedList.count() == 1
    ui.excludedList.setCurrentRow(0)
    ui.removeExcludedButton.click()
    assert holiday in [o.local_date for o in dialog.occurrences]


def test_outcomes_are_added_reordered_and_removed(
    qtbot: QtBot, dialog: ProgrammeDialog
) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "First aid")
    for title in ("CPR", "Recovery position", "Bandaging"):
        qtbot.keyClicks(ui.outcomeEdit, title)
        ui.addOutcomeButton.click()
    assert dialog.outcomes() == ["CPR", "Recovery position", "Bandaging"]
    ui.outcomesList.setCurrentRow(2)
    ui.upOutcomeButton.click()
    assert dialog.outcomes() == ["CPR", "Bandaging", "Recovery position"]
    ui.outcomesList.setCurrentRow(0)
    ui.downOutcomeButton.click()
    assert dialog.outcomes() == ["Bandaging", "CPR", "Recovery position"]
    ui.outcomesList.setCurrentRow(2)
    qtbot.keyClick(ui.outcomesList, Qt.Key.Key_Delete)
    assert dialog.outcomes() == ["Bandaging", "CPR"]
    assert dialog.spec is not None and dialog.spec.outcomes == ("Bandaging", "CPR")
    qtbot.keyClicks(ui.outcomeEdit, "cpr")
    ui.addOutcomeButton.click()
    assert dialog.error == "The outcome “cpr” is listed twice."


def test_editing_keeps_hidden_settings_and_the_sessions_still_in_the_schedule(
    qtbot: QtBot, worker: DbWorker, db: object
) -> None:
    spec = ProgrammeSpec(name="Maths tutoring", frequency=Frequency.WEEKLY,
                         start_date=START, weekdays=(START.weekday(),), count=5,
                         start_time=time(15, 30), duration_min=90, hours_budget=20.0,
                         expiry_months=12, outcomes=("Fractions", "Ratios"))
    created = programmes.create_programme(spec)
    before = [s.id for s in programmes.list_sessions(created.id)]
    d = ProgrammeDialog(worker, programme_id=created.id, spec=programmes.spec_of(created.id))
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Edit programme — Maths tutoring"
    assert d.ui.countSpin.value() == 5 and d.ui.endCountRadio.isChecked()
    assert d.outcomes() == ["Fractions", "Ratios"]
    assert "only dates no longer in the schedule are removed" in d.ui.previewSummary.text()
    d.ui.countSpin.setValue(3)
    d.save_button.click()
    qtbot.waitUntil(lambda: d.confirm_box is not None, timeout=10000)
    assert d.confirm_box is not None
    assert "2 sessions will be removed" in d.confirm_box.text()
    assert "3 sessions keep their identity" in d.confirm_box.text()
    with qtbot.waitSignal(d.saved, timeout=10000) as blocker:
        qtbot.keyClick(d.confirm_box, Qt.Key.Key_Return)
    assert blocker.args[0].created == 0 and blocker.args[0].removed == 2
    saved = programmes.spec_of(created.id)
    assert saved.count == 3
    assert saved.hours_budget == 20.0 and saved.expiry_months == 12
    assert [s.id for s in programmes.list_sessions(created.id)] == before[:3]


def test_every_input_has_an_accessible_name(dialog: ProgrammeDialog) -> None:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QListWidget,
             QPlainTextEdit)
    unnamed = [w.objectName() for w in dialog.findChildren(QWidget)
               if isinstance(w, kinds) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
               and not w.accessibleName() and w.objectName()
               and not w.objectName().startswith("qt_")]
    assert unnamed == []


def test_the_ends_on_field_shows_the_last_day_the_summary_names(
    qtbot: QtBot, dialog: ProgrammeDialog
) -> None:
    """The end date is inclusive: a daily programme of 2 weeks from a Tuesday runs to the
    Monday 13 days later, and the greyed "Ends on" field says that same day, not one later."""
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, "Daily drop-in")
    dialog.set_frequency(Frequency.DAILY)
    dialog.set_weekdays(())
    ui.endWeeksRadio.click()
    ui.weeksSpin.setFocus()
    ui.weeksSpin.selectAll()
    qtbot.keyClicks(ui.weeksSpin, "2")
    last = START + timedelta(days=13)
    assert dialog.occurrences[-1].local_date == last
    assert ui.endDateEdit.date() == _date(last)
    # Choosing "Ends on a date" now keeps the same schedule.
    ui.endDateRadio.click()
    assert dialog.occurrences[-1].local_date == last
    assert len(dialog.occurrences) == 14
    # After a number of sessions: the field follows the last session too.
    ui.endCountRadio.click()
    ui.countSpin.setValue(5)
    assert ui.endDateEdit.date() == _date(START + timedelta(days=4))
