"""Importing a roster file (CSV or XLSX): preview, column mapping, problems, then import.

Nothing is saved until Import is pressed. The preview shows the file's rows with their line
numbers; under each column a box says what the column means (guessed from its header, changeable).
Every row that will not import is listed with its line number and the reason *before* importing;
the valid rows import in one transaction and the dialog then shows what happened.

Signals:
    imported(object): the `ImportReport` after a successful import.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError, ValidationError
from fieldsessions.core.records import ImportIssue, ImportReport, ProgrammeInfo
from fieldsessions.core.roster_import import FIELDS, ParsedRoster, map_headers
from fieldsessions.gui.helpers import count_text, fill, fit_on_screen
from fieldsessions.gui.roll_model import run_while_alive
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import importing, programmes

log = logging.getLogger(__name__)

PREVIEW_ROWS = 300
PROBLEM_BACKGROUND = "#f8d7d5"
PROBLEM_FOREGROUND = "#8f1d16"


@dataclass(frozen=True)
class _Reading:
    rows: list[tuple[int, list[str]]]  # first rows of the file, as text
    parsed: ParsedRoster | None
    error: str | None  # why the file as mapped cannot import at all
    stored: int = 0  # valid rows that are people already stored (not added again)


def _read(path: str, mapping: dict[int, str] | None) -> _Reading:
    """Worker side: the first rows for the preview and the full validation."""
    source = importing.read_rows(path)
    try:
        rows = [(line, ["" if c is None else str(c) for c in cells])
                for line, cells in islice(source, PREVIEW_ROWS + 1)]
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()  # an XLSX reader holds the file open until closed
    try:
        parsed = importing.parse_file(path, mapping=mapping)
    except ValidationError as exc:
        return _Reading(rows, None, str(exc))
    return _Reading(rows, parsed, None, importing.stored_count(parsed.records))


class ImportDialog(QDialog):
    imported = Signal(object)

    def __init__(self, worker: DbWorker, programme_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._wanted_programme = programme_id
        self._path: str | None = None
        self._reading: _Reading | None = None
        self._headers: list[str] = []
        self._header_line: int | None = None
        self._combos: list[QComboBox] = []
        self._generation = 0
        self._report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a roster"))
        self.setAccessibleName(self.tr("Import a roster"))
        self.resize(900, 600)

        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Roster file"))
        self.path_edit.setPlaceholderText(self.tr("A CSV or XLSX file with a header row"))
        self.path_edit.returnPressed.connect(self._on_path_edit_return_pressed)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a roster file"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)

        self.programme_combo = QComboBox(self)
        self.programme_combo.setAccessibleName(self.tr("Enrol into programme"))
        self.programme_combo.addItem(self.tr("(do not enrol; only add the people)"), None)
        programme_label = QLabel(self.tr("&Enrol into:"), self)
        programme_label.setBuddy(self.programme_combo)

        top = QHBoxLayout()
        top.addWidget(file_label)
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.choose_button)
        second = QHBoxLayout()
        second.addWidget(programme_label)
        second.addWidget(self.programme_combo, 1)

        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(self.tr("Preview of the file"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setTabKeyNavigation(False)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.problems_label = QLabel(self.tr("Rows that will not be imported:"), self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Rows that will not be imported"))
        self.problems_label.setBuddy(self.problems)
        problems_box = QWidget(self)
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problems)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.preview)
        splitter.addWidget(problems_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Import summary"))
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the valid rows"))
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        self._set_summary(self.tr("Choose a CSV or XLSX file. Nothing is saved until you press "
                                  "Import."))
        run_while_alive(self._worker, self, programmes.list_programmes,
                        on_done=self._on_programmes_listed, on_error=self._on_failed)

    # --- public ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_on_screen(self)  # a 1024×600 screen: the buttons stay on it

    def load_file(self, path: str | Path) -> None:
        """Read `path` for the preview (columns mapped from its headers)."""
        self._path = str(path)
        self.path_edit.setText(self._path)
        self._report = None
        self._read(None)

    def report(self) -> ImportReport | None:
        return self._report

    def problem_lines(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def mapping(self) -> dict[int, str]:
        result: dict[int, str] = {}
        for column, combo in enumerate(self._combos):
            field = combo.currentData()
            if field:
                result[column] = str(field)
        return result

    def set_column_field(self, column: int, field: str | None) -> None:
        """Say what one column means (as choosing in its box does)."""
        combo = self._combos[column]
        combo.setCurrentIndex(combo.findData(field))

    # --- programmes -----------------------------------------------------------------------

    def _on_programmes_listed(self, found: list[ProgrammeInfo]) -> None:
        for programme in found:
            self.programme_combo.addItem(programme.name, programme.id)
        if self._wanted_programme is not None:
            index = self.programme_combo.findData(self._wanted_programme)
            if index >= 0:
                self.programme_combo.setCurrentIndex(index)

    # --- reading --------------------------------------------------------------------------

    @Slot()
    def _on_choose_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a roster file"), "",
            self.tr("Roster files (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    @Slot()
    def _on_path_edit_return_pressed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.load_file(text)

    def _read(self, mapping: dict[int, str] | None) -> None:
        if self._path is None:
            return
        self._generation += 1
        generation = self._generation
        path = self._path
        self.import_button.setEnabled(False)
        self._set_summary(self.tr("Reading %1…").replace("%1", Path(path).name))
        run_while_alive(self._worker, self, lambda: _read(path, mapping),
                        on_done=lambda reading: self._on_read(generation, reading),
                        on_error=lambda exc: self._on_read_failed(generation, exc))

    def _on_read_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._reading = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.problems.clear()
        self._combos = []
        self._on_failed(exc)

    def _on_read(self, generation: int, reading: _Reading) -> None:
        if generation != self._generation:
            return
        self._reading = reading
        headers: list[str] = []
        header_line = None
        for line, cells in reading.rows:
            if any(c.strip() for c in cells):
                headers, header_line = [c.strip() for c in cells], line
                break
        if headers != self._headers or not self._combos:
            self._headers, self._header_line = headers, header_line
            mapping = reading.parsed.mapping if reading.parsed else map_headers(headers)
            self._build_preview(mapping)
        self._fill_preview()
        self._show_problems()

    def _field_names(self) -> list[tuple[str, str]]:
        return [
            ("name", self.tr("Name")), ("first_name", self.tr("First name")),
            ("last_name", self.tr("Last name")), ("external_id", self.tr("ID")),
            ("phone", self.tr("Phone")), ("email", self.tr("Email")),
            ("gender", self.tr("Gender")), ("birth_date", self.tr("Date of birth")),
            ("group_name", self.tr("Group")),
        ]

    def _build_preview(self, mapping: dict[int, str]) -> None:
        names = dict(self._field_names())
        assert set(names) == set(FIELDS), "every roster field needs a label"
        columns = len(self._headers)
        self.preview.clear()
        self.preview.setColumnCount(columns + 1)
        self.preview.setHorizontalHeaderLabels(
            [h or self.tr("(column %1)").replace("%1", str(i + 1))
             for i, h in enumerate(self._headers)] + [self.tr("Problem")])
        top = self.preview.horizontalHeader()  # the problem first, where a narrow screen
        top.moveSection(top.visualIndex(columns), 0)  # shows it (only the view moves)
        self.preview.setRowCount(1)
        self.preview.setVerticalHeaderItem(0, QTableWidgetItem(self.tr("Means")))
        self._combos = []
        for column in range(columns):
            combo = QComboBox(self.preview)
            combo.addItem(self.tr("(ignore)"), None)
            for field, label in self._field_names():
                combo.addItem(label, field)
            combo.setCurrentIndex(combo.findData(mapping.get(column)))
            header = self._headers[column] or str(column + 1)
            combo.setAccessibleName(self.tr("Meaning of column %1").replace("%1", header))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.preview.setCellWidget(0, column, combo)
            self._combos.append(combo)

    @Slot(int)
    def _on_mapping_changed(self, _index: int) -> None:
        self._read(self.mapping())

    def _fill_preview(self) -> None:
        reading = self._reading
        assert reading is not None
        problems = {issue.line: issue.reason for issue in reading.parsed.issues} \
            if reading.parsed else {}
        data = [(line, cells) for line, cells in reading.rows
                if self._header_line is not None and line > self._header_line
                and any(c.strip() for c in cells)][:PREVIEW_ROWS]
        columns = len(self._headers)
        self.preview.setRowCount(1 + len(data))
        problem_brush = QBrush(QColor(PROBLEM_BACKGROUND))
        problem_ink = QBrush(QColor(PROBLEM_FOREGROUND))
        for row, (line, cells) in enumerate(data, start=1):
            reason = problems.get(line)
            label = self.tr("Line %1").replace("%1", str(line))
            self.preview.setVerticalHeaderItem(row, QTableWidgetItem(
                label + (" ⚠" if reason else "")))
            for column in range(columns + 1):
                text = cells[column] if column < min(columns, len(cells)) else ""
                if column == columns:
                    text = reason or ""
                item = QTableWidgetItem(text)
                if reason:
                    item.setBackground(problem_brush)
                    item.setForeground(problem_ink)
                    item.setToolTip(reason)
                self.preview.setItem(row, column, item)
        self.preview.resizeColumnsToContents()
        for column in range(columns):
            width = max(self.preview.columnWidth(column),
                        self._combos[column].sizeHint().width() + 8)
            self.preview.setColumnWidth(column, min(width, 260))
        self.preview.setColumnWidth(columns, min(self.preview.columnWidth(columns), 260))

    def _show_problems(self) -> None:
        reading = self._reading
        assert reading is not None
        self.problems.clear()
        if reading.parsed is None:
            self.import_button.setEnabled(False)
            self._set_summary(reading.error or "", error=True)
            return
        for issue in reading.parsed.issues:
            self.problems.addItem(self._issue_text(issue))
        ready = len(reading.parsed.records)
        broken = len(reading.parsed.issues)
        if reading.stored:
            text = fill(count_text(
                ready,
                self.tr("1 person ready to import: %2 new, %3 already stored (not added "
                        "again; enrolled if not yet)."),
                self.tr("%1 people ready to import: %2 new, %3 already stored (not "
                        "added again; enrolled if they are not yet).")),
                ready, ready - reading.stored, reading.stored)
        else:
            text = count_text(ready, self.tr("1 person ready to import."),
                              self.tr("%1 people ready to import."))
        if broken:
            text += " " + count_text(
                broken,
                self.tr("1 row has a problem and will be skipped (listed above); fix it in "
                        "the file or the column boxes, or import the rest now."),
                self.tr("%1 rows have problems and will be skipped (listed above); fix them "
                        "in the file or the column boxes, or import the rest now."))
        self._set_summary(text, error=ready == 0)
        self.import_button.setEnabled(ready > 0)

    def _issue_text(self, issue: ImportIssue) -> str:
        return self.tr("Line %1: %2").replace("%1", str(issue.line)).replace("%2", issue.reason)

    # --- importing ------------------------------------------------------------------------

    @Slot()
    def _on_import_clicked(self) -> None:
        if self._path is None or self._reading is None or self._reading.parsed is None:
            return
        path, mapping = self._path, self.mapping()
        programme_id = self.programme_combo.currentData()
        self.import_button.setEnabled(False)
        self._set_summary(self.tr("Importing…"))
        run_while_alive(
            self._worker, self,
            lambda: importing.import_roster(path, programme_id, mapping=mapping),
            on_done=self._on_imported, on_error=self._on_import_failed, changes="roster")

    def _on_imported(self, report: ImportReport) -> None:
        self._report = report
        self.problems.clear()
        for issue in report.skipped:
            self.problems.addItem(self._issue_text(issue))
        parts = [count_text(report.imported, self.tr("Imported 1 new person."),
                            self.tr("Imported %1 new people."))]
        if self.programme_combo.currentData() is not None:
            parts.append(self.tr("%1 enrolled, %2 on the waitlist.")
                         .replace("%1", str(report.enrolled))
                         .replace("%2", str(report.waitlisted)))
        if report.skipped:
            parts.append(count_text(len(report.skipped), self.tr("1 row skipped (listed above)."),
                                    self.tr("%1 rows skipped (listed above).")))
        self._set_summary(" ".join(parts))
        self.close_button.setFocus()
        self.imported.emit(report)

    def _on_import_failed(self, exc: Exception) -> None:
        self.import_button.setEnabled(True)
        self._on_failed(exc)

    def _on_failed(self, exc: Exception) -> None:
        if isinstance(exc, FieldSessionsError):
            self._set_summary(str(exc), error=True)
        elif isinstance(exc, OSError):
            self._set_summary(self.tr("The file cannot be opened (%1).")
                              .replace("%1", exc.strerror or str(exc)), error=True)
        else:
            log.error("roster import failed", exc_info=exc)
            self._set_summary(self.tr("Something went wrong; the log has the details. "
                                      "Nothing was imported."), error=True)

    def _set_summary(self, text: str, *, error: bool = False) -> None:
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {PROBLEM_FOREGROUND};" if error else "")
