"""New / Edit programme dialog: schedule, place and rules, topics and outcomes, live preview.

Every change rebuilds a `ProgrammeSpec` and previews the sessions it makes (pure core code, no
database, so it runs on the GUI thread). While the input is invalid, the ValidationError's
sentence is shown under the form and Save stays disabled. Save runs the service on the database
worker; the dialog closes only when the programme is stored. Saving an edit first asks the
worker what it will do to the sessions (`programmes.schedule_change`) and, when sessions are
removed, moved, or left off the schedule with marks, says so and asks before saving.

Settings the dialog does not show (hours budget, expiry, ...) are kept from the programme being
edited. The reporting frequency (after every session, daily, weekly, monthly, once at the end) is
a row of the "Place and rules" page, added here rather than in the .ui: it decides which
reports the Sessions tab asks for ("Reports owed"). The Pathways page (gui.pathway_page) shows
and makes the completion pathways the programme is part of.

Signals:
    saved(object): after a successful save: the new `ProgrammeInfo`, or the edit's
        `Regeneration`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimeZone, Signal, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from fieldsessions.core import values
from fieldsessions.core.enums import ExcusedPolicy, Frequency, MonthlyMode, ReportingFrequency
from fieldsessions.core.errors import FieldSessionsError, ValidationError
from fieldsessions.core.lifecycle import Clash
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.core.recurrence import Occurrence, to_local, until_for_weeks
from fieldsessions.gui.forms.programme_dialog import Ui_ProgrammeDialog
from fieldsessions.gui.helpers import (
    count_text,
    date_edit_locale,
    day_format,
    fill,
    fit_on_screen,
    format_day,
    while_alive,
)
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.pathway_page import PathwayPage
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes

log = logging.getLogger(__name__)

# Combo box rows, in the order of the .ui items.
FREQUENCIES = (Frequency.ONCE, Frequency.DAILY, Frequency.WEEKLY, Frequency.BIWEEKLY,
               Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.RRULE)
EXCUSED = (ExcusedPolicy.ATTENDED, ExcusedPolicy.EXCLUDED, ExcusedPolicy.ABSENT)
WEEKS_OF_MONTH = (1, 2, 3, 4, -1)
REPORTING = (ReportingFrequency.EVERY_SESSION, ReportingFrequency.DAILY,
             ReportingFrequency.WEEKLY, ReportingFrequency.MONTHLY, ReportingFrequency.END)
PREVIEW_LIMIT = 300
ERROR_COLOUR = "#8f1d16"


def _clashes(spec: ProgrammeSpec, programme_id: str | None) -> list[Clash]:
    """Worker side: the facilitator's other sessions that the programme's sessions overlap."""
    from fieldsessions.services import sessions

    return sessions.programme_clashes(spec, programme_id)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def system_timezone() -> str:
    """The laptop's IANA time zone name, or UTC when it has none we know."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return name if name in values.known_timezones() else "UTC"


class ProgrammeDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self,
        worker: DbWorker,
        parent: QWidget | None = None,
        *,
        programme_id: str | None = None,
        spec: ProgrammeSpec | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._programme_id = programme_id
        self._base = spec
        self._excluded: set[date] = set()
        self._spec: ProgrammeSpec | None = None
        self._occurrences: list[Occurrence] = []
        self._error = ""
        self._saving = False
        self.confirm_box: QMessageBox | None = None  # what an edit will do (tests answer it)
        self.ui = Ui_ProgrammeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.outcomeEdit.setPlaceholderText(native_keys(ui.outcomeEdit.placeholderText()))
        self.weekday_boxes: list[QCheckBox] = [ui.monBox, ui.tueBox, ui.wedBox, ui.thuBox,
                                               ui.friBox, ui.satBox, ui.sunBox]
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.save_button.setAccessibleName(self.tr("Save the programme"))
        # Enter moves to the next field and never saves a half-filled programme: Save is the
        # button (Alt+V) or Ctrl+Enter; no button is a default button.
        self.save_button.setText(self.tr("Sa&ve"))
        for button in ui.buttonBox.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self._touched = False  # no error is shown before the user has changed anything
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAccessibleName(self.tr("Close without saving"))
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        for edit in (ui.startDateEdit, ui.endDateEdit, ui.excludedDateEdit):
            edit.setDisplayFormat(day_format())  # the window's one date format (helpers)
            edit.setLocale(date_edit_locale())
        zones = sorted(values.known_timezones())  # the zones the server accepts
        ui.timezoneCombo.addItems(zones)
        completer = QCompleter(zones, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.timezoneCombo.setCompleter(completer)
        ui.outcomesList.setEditTriggers(
            QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed)
        for watched in (ui.outcomeEdit, ui.outcomesList, ui.excludedList):
            watched.installEventFilter(self)
        self.reporting_combo = QComboBox(ui.placeTab)
        self.reporting_combo.setObjectName("reportingCombo")
        self.reporting_combo.addItems([self.tr("After every session"), self.tr("Daily"),
                                       self.tr("Weekly"), self.tr("Monthly"),
                                       self.tr("Once, at the end")])
        self.reporting_combo.setAccessibleName(self.tr("How often the programme is reported on"))
        reporting_label = QLabel(self.tr("Report &frequency:"), ui.placeTab)
        reporting_label.setBuddy(self.reporting_combo)
        ui.placeForm.addRow(reporting_label, self.reporting_combo)
        QWidget.setTabOrder(ui.excusedCombo, self.reporting_combo)
        # Pathways (programmes that together earn a certificate) this programme is part of.
        self.pathway_page = PathwayPage(worker, programme_id, self)
        ui.sections.addTab(self.pathway_page, self.tr("Pat&hways"))

        if spec is None:
            self.setWindowTitle(self.tr("New programme"))
            self._fill_new(today or date.today())
        else:
            self.setWindowTitle(self.tr("Edit programme — %1").replace("%1", spec.name))
            self._fill(spec)
        self._connect()
        self._update_visibility()
        self._refresh()
        ui.nameEdit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_on_screen(self)  # a 1024×600 screen: the buttons stay on it

    # --- public (tests and callers) -------------------------------------------------------

    @property
    def spec(self) -> ProgrammeSpec | None:
        """The programme as entered, when it is valid."""
        return self._spec

    @property
    def error(self) -> str:
        """The sentence shown while the input cannot be saved ("" when it can)."""
        return self._error

    @property
    def occurrences(self) -> list[Occurrence]:
        return list(self._occurrences)

    def set_frequency(self, frequency: Frequency) -> None:
        self.ui.frequencyCombo.setCurrentIndex(FREQUENCIES.index(frequency))

    def set_weekdays(self, days: tuple[int, ...]) -> None:
        for i, box in enumerate(self.weekday_boxes):
            box.setChecked(i in days)

    def add_excluded(self, day: date) -> None:
        self._excluded.add(day)
        self._fill_excluded()
        self._refresh()

    def add_outcome(self, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            return
        item = QListWidgetItem(title)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.outcomesList.addItem(item)
        self.ui.outcomesList.setCurrentItem(item)
        self._refresh()

    def outcomes(self) -> list[str]:
        items = (self.ui.outcomesList.item(i) for i in range(self.ui.outcomesList.count()))
        return [item.text() for item in items if item is not None]

    # --- filling --------------------------------------------------------------------------

    def _fill_new(self, today: date) -> None:
        ui = self.ui
        ui.frequencyCombo.setCurrentIndex(FREQUENCIES.index(Frequency.WEEKLY))
        ui.startDateEdit.setDate(_qdate(today))
        self.set_weekdays((today.weekday(),))
        ui.startTimeEdit.setTime(QTime(9, 0))
        ui.endWeeksRadio.setChecked(True)
        ui.endDateEdit.setDate(_qdate(today + timedelta(weeks=12)))
        ui.excludedDateEdit.setDate(_qdate(today))
        ui.timezoneCombo.setCurrentText(system_timezone())
        ui.requiredSpin.setValue(80)
        ui.excusedCombo.setCurrentIndex(EXCUSED.index(ExcusedPolicy.EXCLUDED))

    def _fill(self, spec: ProgrammeSpec) -> None:
        ui = self.ui
        ui.nameEdit.setText(spec.name)
        ui.frequencyCombo.setCurrentIndex(FREQUENCIES.index(spec.frequency))
        self.set_weekdays(spec.weekdays)
        ui.monthlyModeCombo.setCurrentIndex(1 if spec.monthly_mode is MonthlyMode.BY_WEEKDAY
                                            else 0)
        if spec.week_of_month in WEEKS_OF_MONTH:
            ui.weekOfMonthCombo.setCurrentIndex(WEEKS_OF_MONTH.index(spec.week_of_month))
        ui.rruleEdit.setText(spec.rrule or "")
        ui.startDateEdit.setDate(_qdate(spec.start_date))
        ui.startTimeEdit.setTime(QTime(spec.start_time.hour, spec.start_time.minute))
        ui.durationSpin.setValue(spec.duration_min)
        ui.timezoneCombo.setCurrentText(spec.timezone)
        ui.endDateEdit.setDate(_qdate(spec.until or spec.start_date + timedelta(weeks=12)))
        if spec.count is not None:
            ui.countSpin.setValue(spec.count)
            ui.endCountRadio.setChecked(True)
        elif spec.until is not None:
            ui.endDateRadio.setChecked(True)
        elif spec.frequency is Frequency.RRULE:
            ui.endRuleRadio.setChecked(True)
        ui.excludedDateEdit.setDate(_qdate(spec.start_date))
        self._excluded = set(spec.excluded_dates)
        self._fill_excluded()
        ui.locationEdit.setText(spec.location)
        ui.onlineEdit.setText(spec.online_url)
        ui.capacitySpin.setValue(spec.capacity or 0)
        ui.requiredSpin.setValue(spec.required_attendance)
        ui.excusedCombo.setCurrentIndex(EXCUSED.index(spec.excused_policy))
        self.reporting_combo.setCurrentIndex(REPORTING.index(spec.reporting_frequency))
        ui.topicsEdit.setPlainText("\n".join(spec.topics))
        for title in spec.outcomes:
            item = QListWidgetItem(title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            ui.outcomesList.addItem(item)

    def _fill_excluded(self) -> None:
        self.ui.excludedList.clear()
        for day in sorted(self._excluded):
            item = QListWidgetItem(format_day(day))
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.ui.excludedList.addItem(item)

    def _connect(self) -> None:
        ui = self.ui
        for signal in (ui.nameEdit.textChanged, ui.rruleEdit.textChanged,
                       ui.locationEdit.textChanged, ui.onlineEdit.textChanged,
                       ui.timezoneCombo.currentTextChanged, ui.topicsEdit.textChanged):
            signal.connect(self._on_input_changed)
        for combo in (ui.frequencyCombo, ui.monthlyModeCombo, ui.weekOfMonthCombo,
                      ui.excusedCombo, self.reporting_combo):
            combo.currentIndexChanged.connect(self._on_input_changed)
        for spin in (ui.durationSpin, ui.countSpin, ui.weeksSpin, ui.capacitySpin,
                     ui.requiredSpin):
            spin.valueChanged.connect(self._on_input_changed)
        for edit in (ui.startDateEdit, ui.endDateEdit):
            edit.dateChanged.connect(self._on_input_changed)
        ui.startTimeEdit.timeChanged.connect(self._on_input_changed)
        for box in self.weekday_boxes:
            box.toggled.connect(self._on_input_changed)
        for radio in (ui.endDateRadio, ui.endCountRadio, ui.endWeeksRadio, ui.endRuleRadio):
            radio.toggled.connect(self._on_input_changed)
        ui.addExcludedButton.clicked.connect(self._on_add_excluded_clicked)
        ui.removeExcludedButton.clicked.connect(self._on_remove_excluded_clicked)
        ui.addOutcomeButton.clicked.connect(self._on_add_outcome_clicked)
        ui.upOutcomeButton.clicked.connect(self._on_up_outcome_clicked)
        ui.downOutcomeButton.clicked.connect(self._on_down_outcome_clicked)
        ui.removeOutcomeButton.clicked.connect(self._on_remove_outcome_clicked)
        ui.outcomesList.itemChanged.connect(self._on_input_changed)
        ui.outcomesList.currentRowChanged.connect(self._update_outcome_buttons)
        ui.excludedList.currentRowChanged.connect(self._update_excluded_buttons)
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)

    # --- building the spec ----------------------------------------------------------------

    def _frequency(self) -> Frequency:
        return FREQUENCIES[max(0, self.ui.frequencyCombo.currentIndex())]

    def _by_weekday(self) -> bool:
        return (self._frequency() in (Frequency.MONTHLY, Frequency.QUARTERLY)
                and self.ui.monthlyModeCombo.currentIndex() == 1)

    def build_spec(self) -> ProgrammeSpec:
        """The spec the form describes; raises ValidationError with a sentence for the user."""
        ui = self.ui
        frequency = self._frequency()
        start = _pydate(ui.startDateEdit.date())
        weekdays = tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked())
        monthly_mode, week_of_month = MonthlyMode.BY_DATE, None
        if frequency in (Frequency.WEEKLY, Frequency.BIWEEKLY) and not weekdays:
            raise ValidationError(self.tr("Choose at least one weekday."))
        if frequency in (Frequency.MONTHLY, Frequency.QUARTERLY):
            if self._by_weekday():
                if len(weekdays) != 1:
                    raise ValidationError(self.tr(
                        "Choose exactly one weekday for “a weekday of the month”."))
                monthly_mode = MonthlyMode.BY_WEEKDAY
                week_of_month = WEEKS_OF_MONTH[max(0, ui.weekOfMonthCombo.currentIndex())]
            else:
                weekdays = ()
        elif frequency not in (Frequency.WEEKLY, Frequency.BIWEEKLY, Frequency.DAILY):
            weekdays = ()
        until: date | None = None
        count: int | None = None
        if frequency is not Frequency.ONCE:
            if ui.endDateRadio.isChecked():
                until = _pydate(ui.endDateEdit.date())
            elif ui.endCountRadio.isChecked():
                count = ui.countSpin.value()
            elif ui.endWeeksRadio.isChecked():
                until = until_for_weeks(start, ui.weeksSpin.value())
            elif frequency is not Frequency.RRULE:
                raise ValidationError(self.tr("Say when the programme ends."))
        outcomes = [" ".join(t.split()) for t in self.outcomes()]
        seen: set[str] = set()
        for title in outcomes:
            if title.casefold() in seen:
                raise ValidationError(self.tr("The outcome “%1” is listed twice.").replace(
                    "%1", title))
            seen.add(title.casefold())
        topics = tuple(line.strip() for line in ui.topicsEdit.toPlainText().splitlines()
                       if line.strip())
        qtime = ui.startTimeEdit.time()
        fields = {
            "name": ui.nameEdit.text().strip(),
            "frequency": frequency,
            "start_date": start,
            "weekdays": weekdays,
            "until": until,
            "count": count,
            "monthly_mode": monthly_mode,
            "week_of_month": week_of_month,
            "rrule": ui.rruleEdit.text().strip() or None if frequency is Frequency.RRULE
            else None,
            "excluded_dates": tuple(sorted(self._excluded)),
            "start_time": time(qtime.hour(), qtime.minute()),
            "duration_min": ui.durationSpin.value(),
            "timezone": ui.timezoneCombo.currentText().strip(),
            "location": ui.locationEdit.text().strip(),
            "online_url": ui.onlineEdit.text().strip(),
            "capacity": ui.capacitySpin.value() or None,
            "required_attendance": ui.requiredSpin.value(),
            "excused_policy": EXCUSED[max(0, ui.excusedCombo.currentIndex())],
            "reporting_frequency": REPORTING[max(0, self.reporting_combo.currentIndex())],
            "topics": topics,
            "outcomes": tuple(outcomes),
        }
        if self._base is not None:
            return dataclasses.replace(self._base, **fields)
        return ProgrammeSpec(**fields)

    # --- live preview ---------------------------------------------------------------------

    def _update_visibility(self) -> None:
        ui = self.ui
        frequency = self._frequency()
        monthly = frequency in (Frequency.MONTHLY, Frequency.QUARTERLY)
        form = ui.scheduleForm
        form.setRowVisible(ui.weekdaysWidget, frequency in (
            Frequency.DAILY, Frequency.WEEKLY, Frequency.BIWEEKLY) or self._by_weekday())
        form.setRowVisible(ui.monthlyWidget, monthly)
        ui.weekOfMonthCombo.setVisible(self._by_weekday())
        form.setRowVisible(ui.rruleEdit, frequency is Frequency.RRULE)
        form.setRowVisible(ui.endWidget, frequency is not Frequency.ONCE)
        form.setRowVisible(ui.excludedLayout, frequency is not Frequency.ONCE)
        ui.endRuleRadio.setVisible(frequency is Frequency.RRULE)
        if frequency is not Frequency.RRULE and ui.endRuleRadio.isChecked():
            ui.endDateRadio.setChecked(True)
        ui.startDateLabel.setText(self.tr("&On:") if frequency is Frequency.ONCE
                                  else self.tr("S&tarts on:"))
        ui.endDateEdit.setEnabled(ui.endDateRadio.isChecked())
        ui.countSpin.setEnabled(ui.endCountRadio.isChecked())
        ui.weeksSpin.setEnabled(ui.endWeeksRadio.isChecked())
        self._update_outcome_buttons()
        self._update_excluded_buttons()

    @Slot()
    def _update_outcome_buttons(self) -> None:
        ui = self.ui
        row, count = ui.outcomesList.currentRow(), ui.outcomesList.count()
        ui.upOutcomeButton.setEnabled(row > 0)
        ui.downOutcomeButton.setEnabled(0 <= row < count - 1)
        ui.removeOutcomeButton.setEnabled(0 <= row < count)

    @Slot()
    def _update_excluded_buttons(self) -> None:
        self.ui.removeExcludedButton.setEnabled(self.ui.excludedList.currentRow() >= 0)

    def _refresh(self) -> None:
        ui = self.ui
        spec: ProgrammeSpec | None = None
        occurrences: list[Occurrence] = []
        try:
            spec = self.build_spec()
            # The dates do not depend on the name: preview them while the name is still empty.
            occurrences = programmes.preview(dataclasses.replace(spec, name=spec.name or "-"))
            if not occurrences:
                raise ValidationError(self.tr("This schedule makes no sessions; check the "
                                              "dates and weekdays."))
            spec.validate()
        except ValidationError as exc:
            self._spec, self._error = None, str(exc)
        else:
            self._spec, self._error = spec, ""
        self._occurrences = occurrences
        # A fresh dialog does not open with an error: it shows once the user changes something.
        ui.errorLabel.setText(self._error if self._touched else "")
        self.save_button.setToolTip(self._error or native_keys(self.tr(
                "Save the programme (Ctrl+Enter)")))
        if spec is not None and occurrences:
            self._show_end_date(spec, occurrences)
            self._show_preview(spec, occurrences)
        else:
            ui.previewSummary.setText(self.tr("No sessions to preview until the problem "
                                              "below is fixed."))
            ui.previewList.clear()
        self.save_button.setEnabled(self._spec is not None and not self._saving)

    def _show_end_date(self, spec: ProgrammeSpec, occurrences: list[Occurrence]) -> None:
        """While the end is given as weeks or sessions, the greyed "Ends on" field shows the
        day the schedule really ends, inclusive (until_for_weeks; the last session for a
        count): the same day the summary names, and the schedule kept when the user switches
        to "Ends on a date". It used to keep start + N weeks, one day after the last day."""
        edit = self.ui.endDateEdit
        if self.ui.endDateRadio.isChecked():
            return
        last = spec.until or occurrences[-1].local_date
        blocked = edit.blockSignals(True)
        edit.setDate(_qdate(last))
        edit.blockSignals(blocked)

    def _show_preview(self, spec: ProgrammeSpec, occurrences: list[Occurrence]) -> None:
        ui = self.ui
        first, last = occurrences[0], occurrences[-1]
        end = to_local(first.ends_at, spec.timezone).strftime("%H:%M")
        start = spec.start_time.strftime("%H:%M")
        if len(occurrences) == 1:
            text = fill(self.tr("1 session, on %1, %2–%3 (%4)."),
                        format_day(first.local_date), start, end, spec.timezone)
        else:
            text = fill(self.tr("%1 sessions, from %2 to %3, each %4–%5 (%6)."),
                        len(occurrences), format_day(first.local_date),
                        format_day(last.local_date), start, end, spec.timezone)
        if len(spec.excluded_dates) == 1:
            text += " " + self.tr("1 excluded date skipped.")
        elif spec.excluded_dates:
            text += " " + fill(self.tr("%1 excluded dates skipped."), len(spec.excluded_dates))
        if self._programme_id is not None:
            text += "\n\n" + self.tr("Saving keeps every session whose date is still in this "
                                     "schedule (its printed sheet stays valid), past sessions "
                                     "and any session with marks, ticks or a report; only "
                                     "dates no longer in the schedule are removed.")
        ui.previewSummary.setText(text)
        ui.previewList.setUpdatesEnabled(False)
        ui.previewList.clear()
        for occ in occurrences[:PREVIEW_LIMIT]:
            ui.previewList.addItem(f"{format_day(occ.local_date)}  ·  {start}–{end}")
        if len(occurrences) > PREVIEW_LIMIT:
            ui.previewList.addItem(self.tr("… and %1 more").replace(
                "%1", str(len(occurrences) - PREVIEW_LIMIT)))
        ui.previewList.setUpdatesEnabled(True)

    # --- slots ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._touched = True
                self._refresh()
                if self.save_button.isEnabled():
                    self._on_button_box_accepted()
            else:
                self.focusNextChild()  # Enter moves on, like Tab
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_input_changed(self) -> None:
        self._touched = True
        self._update_visibility()
        self._refresh()

    @Slot()
    def _on_add_excluded_clicked(self) -> None:
        self.add_excluded(_pydate(self.ui.excludedDateEdit.date()))

    @Slot()
    def _on_remove_excluded_clicked(self) -> None:
        item = self.ui.excludedList.currentItem()
        if item is None:
            return
        self._excluded.discard(date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole))))
        self._fill_excluded()
        self._update_excluded_buttons()
        self._refresh()

    @Slot()
    def _on_add_outcome_clicked(self) -> None:
        text = self.ui.outcomeEdit.text()
        if not text.strip():
            self.ui.outcomeEdit.setFocus()
            return
        self.add_outcome(text)
        self.ui.outcomeEdit.clear()
        self.ui.outcomeEdit.setFocus()

    def _move_outcome(self, step: int) -> None:
        widget = self.ui.outcomesList
        row = widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < widget.count():
            return
        item = widget.takeItem(row)
        widget.insertItem(target, item)
        widget.setCurrentRow(target)
        self._refresh()

    @Slot()
    def _on_up_outcome_clicked(self) -> None:
        self._move_outcome(-1)

    @Slot()
    def _on_down_outcome_clicked(self) -> None:
        self._move_outcome(1)

    @Slot()
    def _on_remove_outcome_clicked(self) -> None:
        row = self.ui.outcomesList.currentRow()
        if row >= 0:
            self.ui.outcomesList.takeItem(row)
            self._update_outcome_buttons()
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.outcomeEdit and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_add_outcome_clicked()  # Enter adds the outcome; it does not save
                return True
            if key == Qt.Key.Key_Delete:
                if watched is self.ui.outcomesList:  # (an open editor gets the key, not this)
                    self._on_remove_outcome_clicked()
                    return True
                if watched is self.ui.excludedList:
                    self._on_remove_excluded_clicked()
                    return True
        return super().eventFilter(watched, event)

    # --- saving ---------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, *,
             changes: str | None = None) -> None:
        """Queue `fn` on the database worker; its result is dropped if this is deleted."""
        self._worker.run(fn, while_alive(self, on_done) if on_done else None,
                         while_alive(self, on_error) if on_error else None, changes=changes)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving and self._spec is not None)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Sa&ve"))

    @Slot()
    def _on_button_box_accepted(self) -> None:
        spec = self._spec
        if spec is None or self._saving:
            return
        self._set_saving(True)
        programme_id = self._programme_id
        if programme_id is None:
            # First whether the facilitator is already booked then: a warning, not a refusal.
            self._run(lambda: _clashes(spec, None),
                      on_done=lambda clashes: self._on_clashes_known(spec, clashes),
                      on_error=self._on_save_failed)
        else:
            # First what the edit will do to the sessions, and any double-booking; asked
            # about before anything is saved.
            def plan() -> tuple[programmes.ScheduleChange, list[Clash]]:
                return (programmes.schedule_change(programme_id, spec),
                        _clashes(spec, programme_id))

            self._run(plan, on_done=lambda found: self._on_change_known(spec, *found),
                      on_error=self._on_save_failed)

    def _create(self, spec: ProgrammeSpec) -> None:
        self._run(lambda: programmes.create_programme(spec), on_done=self._on_saved,
                  on_error=self._on_save_failed, changes="programmes")

    def clash_text(self, spec: ProgrammeSpec, clashes: list[Clash]) -> str:
        """The double-booking warning, naming the first clash."""
        first = clashes[0]
        text = fill(self.tr("%1 is already running “%2” on %3, %4–%5, while a session of this "
                            "programme is on."),
                    first.facilitator or spec.facilitator or self.tr("The facilitator"),
                    first.programme_name, format_day(first.local_date), first.local_start,
                    first.local_end)
        if len(clashes) > 1:
            text += " " + count_text(len(clashes) - 1,
                                     self.tr("1 more session clashes too."),
                                     self.tr("%1 more sessions clash too."))
        return text

    def _ask(self, title: str, text: str, save_text: str, on_save: Callable[[], None], *,
             warning: bool = False) -> None:
        """Ask before saving; Go back leaves the dialog open as it was (and is what Enter
        answers to a `warning`)."""
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
                          title, text, QMessageBox.StandardButton.NoButton, self)
        save = box.addButton(save_text, QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back if warning else save)
        self.confirm_box = box

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is save:
                on_save()
            else:
                self._set_saving(False)

        box.finished.connect(answered)
        box.open()

    def _on_clashes_known(self, spec: ProgrammeSpec, clashes: list[Clash]) -> None:
        if not clashes:
            self._create(spec)
            return
        self._ask(self.tr("Double-booked"), self.clash_text(spec, clashes),
                  self.tr("Save &anyway"), lambda: self._create(spec), warning=True)

    def _save_edit(self, spec: ProgrammeSpec) -> None:
        programme_id = self._programme_id
        assert programme_id is not None
        self._run(lambda: programmes.update_programme(programme_id, spec),
                  on_done=self._on_saved, on_error=self._on_save_failed, changes="programmes")

    def change_text(self, change: programmes.ScheduleChange) -> str:
        """What an edit does to the sessions, in the facilitator's words."""
        def days(dates: tuple[date, ...]) -> str:
            shown = ", ".join(format_day(d) for d in dates[:5])
            return shown + (fill(self.tr(" and %1 more"), len(dates) - 5)
                            if len(dates) > 5 else "")

        lines = []
        if change.removed:
            lines.append(fill(count_text(
                len(change.removed),
                self.tr("1 session will be removed because its date is no longer in the "
                        "schedule: %2. Nothing was recorded in it; a sheet already printed for "
                        "it will not match any session."),
                self.tr("%1 sessions will be removed because their dates are no longer in the "
                        "schedule: %2. Nothing was recorded in them; a sheet already printed "
                        "for one of them will not match any session.")),
                len(change.removed), days(change.removed)))
        if change.recorded_off_schedule:
            lines.append(fill(count_text(
                len(change.recorded_off_schedule),
                self.tr("1 session already has marks, ticks or a report but is no longer in "
                        "the schedule: %2. It is kept as it is; cancel it if it will not "
                        "happen."),
                self.tr("%1 sessions already have marks, ticks or a report but are no longer "
                        "in the schedule: %2. They are kept as they are; cancel them if they "
                        "will not happen.")),
                len(change.recorded_off_schedule), days(change.recorded_off_schedule)))
        if change.moved:
            lines.append(count_text(
                change.moved,
                self.tr("1 future session takes the new time, length, place or facilitator; "
                        "a sheet printed for it shows the old details."),
                self.tr("%1 future sessions take the new time, length, place or facilitator; "
                        "sheets printed for them show the old details.")))
        if change.added:
            lines.append(fill(count_text(len(change.added),
                                         self.tr("1 session will be added: %2."),
                                         self.tr("%1 sessions will be added: %2.")),
                              len(change.added), days(change.added)))
        lines.append(count_text(
            change.kept,
            self.tr("1 session keeps its identity, so its printed sheet and QR code stay "
                    "valid."),
            self.tr("%1 sessions keep their identity, so their printed sheets and QR codes "
                    "stay valid.")))
        return "\n\n".join(lines)

    def _on_change_known(self, spec: ProgrammeSpec, change: programmes.ScheduleChange,
                         clashes: list[Clash]) -> None:
        if clashes:  # double-booking first: Go back is the default answer
            text = self.clash_text(spec, clashes)
            if change.removed or change.recorded_off_schedule or change.moved:
                text += "\n\n" + self.change_text(change)
            self._ask(self.tr("Double-booked"), text, self.tr("Save &anyway"),
                      lambda: self._save_edit(spec), warning=True)
            return
        if not (change.removed or change.recorded_off_schedule or change.moved):
            self._save_edit(spec)  # only new dates, or nothing about the sessions
            return
        self._ask(self.tr("Change the schedule?"), self.change_text(change),
                  self.tr("&Save the change"), lambda: self._save_edit(spec))

    def _on_saved(self, result: object) -> None:
        self._set_saving(False)
        self.saved.emit(result)
        self.accept()

    def _on_save_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, FieldSessionsError):
            self._error = str(exc)
        else:
            log.error("saving a programme failed", exc_info=exc)
            self._error = self.tr("The programme could not be saved (%1). Details are in the "
                                  "log file.").replace("%1", type(exc).__name__)
        self.ui.errorLabel.setText(self._error)
