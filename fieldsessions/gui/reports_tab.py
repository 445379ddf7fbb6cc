"""The Reports tab: choose a report and its scope, preview its pages, save, print or export.

Reports: the attendance sheet and the tick-off template of a session; the attendance sheets of
every session in a date range, in one PDF, for printing before going to the field (default:
today and the next 13 days; services.batch_sheets); compliance, hours and certificates of a
programme. Exports (CSV or XLSX): attendance, compliance and hours of the chosen programme, or
of every programme.

Work is split so the window never waits: the report's data is read by the `DbWorker` (the only
thread that touches the database), then the PDF or the export file is made on this tab's own
`QThreadPool` thread, reporting progress by signal. A newer request cancels the one under
way (its progress callback raises `BuildCancelled` at the next row), and a result that arrives
for an older request is dropped. The preview is a `QPdfView` over the PDF bytes; Print renders
those pages to the system printer at up to 300 dpi.

Signals:
    preview_updated(int): a new preview is shown, with this many pages.
    printed(int): pages were sent to the printer (drawn off the GUI thread), this many.
    build_failed(str): a report or export could not be made (the sentence shown to the user).
    export_finished(str): an export file was written (its path).
"""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QObject,
    QPointF,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.records import ProgrammeInfo, SessionInfo
from fieldsessions.gui.helpers import (
    count_text,
    date_edit_locale,
    day_format,
    fill,
    format_day,
)
from fieldsessions.gui.worker import DbWorker
from fieldsessions.reports import certificates, compliance, exports, hours, sheet, tickoff
from fieldsessions.reports.data import names_in
from fieldsessions.reports.fonts import unprintable_note
from fieldsessions.reports.pages import write_bytes
from fieldsessions.reports.styles import PageSetup
from fieldsessions.services import batch_sheets, programmes, report_data

log = logging.getLogger(__name__)

# (key, scope): the reports in the order of the Report box.
REPORTS = (("sheet", "session"), ("sheets", "dates"), ("tickoff", "session"),
           ("compliance", "programme"), ("hours", "programme"), ("certificates", "programme"))
BATCH_DAYS = 14  # "the next two weeks": the batch of sheets printed before a field trip
EXPORTS = ("attendance", "compliance", "hours")
PERIODS = ("month", "week", "programme")
PRINT_DPI = 300
PREVIEW_DELAY_MS = 350
# Worker `changes=` tags after which the lists (and the preview) are out of date.
RELOAD_ON = frozenset({"programmes", "sessions", "marks", "roster", "enrolment", "import",
                       "ticks", "outcomes", "reports", "all", "sync"})

Progress = Callable[[int, int], None]


class BuildCancelled(Exception):
    """Raised inside a build whose result is no longer wanted."""


@dataclass(frozen=True)
class ReportRequest:
    """Everything that decides one report's pages (compared to skip identical rebuilds)."""

    kind: str
    programme_id: str | None
    session_id: str | None
    start: date | None
    end: date | None
    period: str
    layout: str
    filled: bool
    setup: PageSetup

    @property
    def scope(self) -> str:
        return dict(REPORTS)[self.kind]


def load_report(request: ReportRequest) -> Any:
    """Worker side: the report's data from the store."""
    if request.kind == "sheet":
        return report_data.attendance_sheet(str(request.session_id))
    if request.kind == "sheets":
        assert request.start is not None and request.end is not None
        return batch_sheets.sheets_in_range(request.start, request.end)
    if request.kind == "tickoff":
        return report_data.tickoff_template(str(request.session_id))
    programme = str(request.programme_id)
    if request.kind == "compliance":
        return report_data.compliance_report(programme)
    if request.kind == "hours":
        return report_data.hours_report(programme, period=request.period, start=request.start,
                                        end=request.end)
    return report_data.certificates(programme)


def render_report(request: ReportRequest, data: Any, progress: Progress) -> bytes:
    """Build thread: the PDF of `data` (no database here)."""
    buffer = io.BytesIO()
    setup = request.setup
    if request.kind == "sheet":
        options = sheet.SheetOptions(layout=request.layout, setup=setup, filled=request.filled)
        sheet.attendance_sheet(data, buffer, options, progress=progress)
    elif request.kind == "sheets":
        batch_sheets.write_sheets(data, buffer, sheet.SheetOptions(layout=request.layout,
                                                                   setup=setup),
                                  progress=progress)
    elif request.kind == "tickoff":
        options_t = tickoff.TickoffOptions(setup=setup, filled=request.filled,
                                           blank_rows=0 if request.filled else 5)
        tickoff.tickoff_template(data, buffer, options_t, progress=progress)
    elif request.kind == "compliance":
        compliance.compliance_report(data, buffer, setup, progress=progress)
    elif request.kind == "hours":
        hours.hours_report(data, buffer, setup, progress=progress)
    else:
        certificates.certificates(data, buffer, setup, progress=progress)
    return buffer.getvalue()


def load_export(kind: str, programme_ids: list[str], start: date | None,
                end: date | None, period: str) -> Any:
    """Worker side: the rows of an export."""
    if kind == "attendance":
        if len(programme_ids) == 1:
            return report_data.attendance_records(programme_ids[0], start=start, end=end)
        return report_data.attendance_records(None, start=start, end=end)
    if kind == "compliance":
        return [report_data.compliance_report(pid) for pid in programme_ids]
    return [report_data.hours_report(pid, period=period, start=start, end=end)
            for pid in programme_ids]


def write_export(kind: str, data: Any, path: Path, fmt: str, progress: Progress) -> int:
    """Build thread: write the export file; returns its number of data lines."""
    if kind == "attendance":
        return exports.export_attendance(data, path, fmt, progress=progress)
    if kind == "compliance":
        return exports.export_compliance(data, path, fmt, progress=progress)
    return exports.export_hours(data, path, fmt, progress=progress)


def print_pages(pdf: bytes, printer: QPrinter, first: int, last: int,
                progress: Progress) -> int:
    """Build thread: draw pages first..last (0-based) of `pdf` on `printer`, each rendered at
    up to PRINT_DPI and fitted to the printable area; returns the pages sent. Qt allows
    painting on a QPrinter off the GUI thread; this thread opens its own QPdfDocument, so the
    preview's document is not shared."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("ReportsTab",
                                                 "The printer could not be opened."))
    sent = 0
    try:
        for page in range(first, last + 1):
            progress(sent, last - first + 1)  # raises BuildCancelled when cancelled
            if page > first:
                printer.newPage()
            points = document.pagePointSize(page)
            target = painter.viewport()
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            dpi = min(PRINT_DPI, painter.device().logicalDpiX())
            image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                round(points.height() / 72 * dpi)))
            origin = QPointF((target.width() - width) / 2, (target.height() - height) / 2)
            painter.drawImage(QRect(origin.toPoint(), QSize(round(width), round(height))),
                              image)
            sent += 1
        progress(sent, last - first + 1)
    finally:
        painter.end()
        document.close()
    return sent


class _JobSignals(QObject):
    """Carries a build thread's news to the GUI thread (queued across threads)."""

    progressed = Signal(int, int, int)  # job, done, total
    succeeded = Signal(int, object)  # job, result
    failed = Signal(int, object)  # job, exception (BuildCancelled when cancelled)


class _Job(QRunnable):
    """One build on the pool thread. Python keeps it alive (not auto-deleted by Qt) until the
    tab has its result, so Qt never frees an object Python still holds."""

    def __init__(self, job: int, fn: Callable[[Progress], Any], signals: _JobSignals,
                 cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job = job
        self._fn = fn
        self._signals = signals
        self._cancel = cancel
        self._last = -1

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise BuildCancelled
        percent = 100 * done // max(total, 1)
        if percent != self._last:  # a signal per percent, not per row
            self._last = percent
            self._signals.progressed.emit(self.job, done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except Exception as exc:  # handed to the GUI thread, which explains or logs it
            self._signals.failed.emit(self.job, exc)
        else:
            self._signals.succeeded.emit(self.job, result)


class ReportsTab(QWidget):
    preview_updated = Signal(int)
    build_failed = Signal(str)
    export_finished = Signal(str)
    printed = Signal(int)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self._worker = worker
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.progressed.connect(self._on_job_progressed)
        self._signals.succeeded.connect(self._on_job_succeeded)
        self._signals.failed.connect(self._on_job_failed)
        self._job = 0
        self._job_done: Callable[[Any], None] | None = None
        self._cancel: threading.Event | None = None
        self._jobs: list[_Job] = []
        self._lists_dirty = True
        self._preview_dirty = False
        self._loading_lists = False
        self._wanted_programme: str | None = None
        self._wanted_session: str | None = None
        self._shown_request: ReportRequest | None = None
        self._pdf = b""
        self._buffer: QBuffer | None = None
        self._programmes: list[ProgrammeInfo] = []
        self._sessions: list[SessionInfo] = []
        self._printer: QPrinter | None = None
        self._print_requested = False  # Ctrl+P before the preview was ready
        self._closing = False  # shutdown(): the window closes, no new work starts

        self._build_form()
        self._build_preview()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("reportsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._form_panel)
        splitter.addWidget(self._preview_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        worker.data_changed.connect(self._on_worker_data_changed)
        self._update_controls()

    # --- building the widgets -------------------------------------------------------------

    def _build_form(self) -> None:
        self.report_combo = QComboBox(self)
        self.report_combo.setObjectName("reportCombo")
        names = {
            "sheet": self.tr("Attendance sheet"),
            "sheets": self.tr("Attendance sheets for dates"),
            "tickoff": self.tr("Tick-off template"),
            "compliance": self.tr("Compliance"), "hours": self.tr("Hours"),
            "certificates": self.tr("Certificates"),
        }
        for key, _scope in REPORTS:
            self.report_combo.addItem(names[key], key)
        self.programme_combo = QComboBox(self)
        self.programme_combo.setObjectName("programmeCombo")
        self.session_combo = QComboBox(self)
        self.session_combo.setObjectName("sessionCombo")
        self.session_combo.setMaxVisibleItems(20)
        self.range_check = QCheckBox(self.tr("Only sessions &between"), self)
        self.range_check.setObjectName("rangeCheck")
        self.range_check.setToolTip(self.tr("Limits the hours report and the exports to the "
                                            "sessions dated between these days"))
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-1), self)
        self.from_edit.setObjectName("fromEdit")
        self.to_edit = QDateEdit(today, self)
        self.to_edit.setObjectName("toEdit")
        for edit, name in ((self.from_edit, self.tr("First date")),
                           (self.to_edit, self.tr("Last date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_format())  # the window's one date format
            edit.setLocale(date_edit_locale())
            edit.setAccessibleName(name)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("and"), self))
        dates.addWidget(self.to_edit)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        for key, text in zip(PERIODS, (self.tr("Each month"), self.tr("Each week"),
                                       self.tr("Whole programme only")), strict=True):
            self.period_combo.addItem(text, key)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_combo.addItem(self.tr("A tick box per status"), "ticks")
        self.layout_combo.addItem(self.tr("A column to sign"), "signature")
        self.filled_check = QCheckBox(self.tr("Print what is recor&ded"), self)
        self.filled_check.setObjectName("filledCheck")
        self.filled_check.setToolTip(self.tr("Tick the recorded marks, outcomes and session "
                                             "report instead of leaving them blank"))
        self.paper_combo = QComboBox(self)
        self.paper_combo.setObjectName("paperCombo")
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.paper_combo.setCurrentIndex(1)
        self.landscape_check = QCheckBox(self.tr("&Landscape"), self)
        self.landscape_check.setObjectName("landscapeCheck")
        paper = QHBoxLayout()
        paper.addWidget(self.paper_combo, 1)
        paper.addWidget(self.landscape_check)

        # Each mnemonic once on this tab (Alt+R report, Alt+P save as PDF, Alt+D recorded,
        # Alt+A paper, Alt+G programme): a letter used twice only moves the focus.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[str, QWidget] = {}
        for key, label, field in (
            ("report", self.tr("&Report:"), self.report_combo),
            ("programme", self.tr("Pro&gramme:"), self.programme_combo),
            ("session", self.tr("Sessi&on:"), self.session_combo),
            ("period", self.tr("P&eriods:"), self.period_combo),
            ("layout", self.tr("La&yout:"), self.layout_combo),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(caption, field)
            self._rows[key] = caption
        form.addRow(self.range_check)
        form.addRow(dates)
        form.addRow(self.filled_check)
        paper_label = QLabel(self.tr("P&aper:"), self)
        paper_label.setBuddy(self.paper_combo)
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        form.addRow(paper_label, paper)

        self.preview_button = QPushButton(self.tr("Previe&w"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setAccessibleName(self.tr("Build the preview again"))
        self.save_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.print_button = QPushButton(self.tr("Pr&int…"), self)
        self.print_button.setObjectName("printButton")
        self.export_button = QPushButton(self.tr("E&xport"), self)  # its menu's arrow beside
        self.export_button.setObjectName("exportButton")          # the word, not over it
        self.export_button.setAccessibleName(self.tr("Export to CSV or XLSX"))
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for kind, text in zip(EXPORTS, (self.tr("&Attendance…"), self.tr("&Compliance…"),
                                        self.tr("&Hours…")), strict=True):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self._on_export_requested(k))
            self.export_actions[kind] = action
        menu.addSeparator()
        self.all_programmes_action = menu.addAction(self.tr("Every &programme"))
        self.all_programmes_action.setCheckable(True)
        self.export_button.setMenu(menu)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button,
                       self.export_button):
            buttons.addWidget(button)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setAccessibleName(self.tr("Progress of the report"))
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        progress = QHBoxLayout()
        progress.addWidget(self.progress_bar, 1)
        progress.addWidget(self.cancel_button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Report status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        box = QGroupBox(self.tr("What to print"), self)
        box.setLayout(form)
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(box)
        panel_layout.addLayout(buttons)
        panel_layout.addLayout(progress)
        panel_layout.addWidget(self.status_label)
        panel_layout.addStretch(1)
        self._form_panel = panel

        self.report_combo.currentIndexChanged.connect(self._on_report_combo_changed)
        self.programme_combo.currentIndexChanged.connect(self._on_programme_combo_changed)
        for combo in (self.session_combo, self.period_combo, self.layout_combo,
                      self.paper_combo):
            combo.currentIndexChanged.connect(self._on_option_changed)
        for check in (self.range_check, self.filled_check, self.landscape_check):
            check.toggled.connect(self._on_option_changed)
        self.from_edit.dateChanged.connect(self._on_option_changed)
        self.to_edit.dateChanged.connect(self._on_option_changed)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def _build_preview(self) -> None:
        self.document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setObjectName("previewView")
        self.preview.setAccessibleName(self.tr("Preview of the report"))
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("pagesLabel")
        panel = QWidget(self)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.pages_label)
        panel_layout.addWidget(self.preview, 1)
        self._preview_panel = panel

    # --- public ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A report or export is being made."""
        return self._job_done is not None

    @property
    def pdf_bytes(self) -> bytes:
        """The PDF shown in the preview (empty before the first one)."""
        return self._pdf

    def set_report(self, kind: str) -> None:
        index = self.report_combo.findData(kind)
        if index < 0:
            raise ValueError(f"unknown report {kind!r}")
        self.report_combo.setCurrentIndex(index)

    def show_session(self, session_id: str) -> None:
        """Show the attendance sheet of this session (the main window's Print)."""
        self.set_report("sheet")
        self.follow_session(session_id)

    def follow_session(self, session_id: str) -> None:
        """Choose this session and its programme, keeping the report chosen (the main window
        calls it when the tab is opened after another roll was opened)."""
        self._wanted_session = session_id

        def found(info: SessionInfo) -> None:
            self._wanted_programme = info.programme_id
            self._wanted_session = info.id
            self.reload()

        self._worker.run(lambda: programmes.session_info(session_id), on_done=found,
                         on_error=self._on_load_failed)

    def reload(self) -> None:
        """Load the programme list on the worker (then the sessions, then the preview)."""
        self._lists_dirty = False
        self._loading_lists = True
        self._worker.run(programmes.list_programmes,
                         on_done=self._on_programmes_loaded, on_error=self._on_load_failed)

    def request(self) -> ReportRequest | None:
        """The report the form describes, or None while something needed is not chosen."""
        kind = str(self.report_combo.currentData())
        programme_id = self.programme_combo.currentData()
        session_id = self.session_combo.currentData()
        scope = dict(REPORTS)[kind]
        if scope == "dates":  # every programme's sessions in the dates
            programme_id = ""
        if programme_id is None or (scope == "session" and session_id is None):
            return None
        start, end = self._range()
        dated = kind in ("hours", "sheets")
        return ReportRequest(
            kind=kind, programme_id=str(programme_id),
            session_id=str(session_id) if scope == "session" else None,
            start=start if dated else None, end=end if dated else None,
            period=str(self.period_combo.currentData()) if kind == "hours" else "month",
            layout=(str(self.layout_combo.currentData()) if kind in ("sheet", "sheets")
                    else "ticks"),
            filled=self.filled_check.isChecked() if scope == "session" else False,
            # The box turns the report's usual orientation (portrait or landscape) around.
            setup=PageSetup(str(self.paper_combo.currentData()),
                            self.landscape_check.isChecked() != self._landscape_default(kind)),
        )

    def build_preview(self) -> None:
        """Make the PDF the form describes and show it (off the GUI thread)."""
        self._preview_timer.stop()
        wanted = self.request()
        if wanted is None:
            self._set_status(self.tr("Choose a programme and a session to see a preview.")
                             if self._programmes else
                             self.tr("There is no programme yet: create one in the Sessions "
                                     "tab."))
            return
        self._preview_dirty = False
        job = self._start_job(self.tr("Reading the data…"))

        def loaded(data: Any) -> None:
            if job != self._job:
                return
            self._set_status(self.tr("Laying out the pages…"))
            def build(progress: Progress) -> tuple[bytes, str]:
                pdf = render_report(wanted, data, progress)
                return pdf, unprintable_note(names_in(data))

            self._submit(job, build, lambda result: self._show_pdf(wanted, *result))

        self._worker.run(lambda: load_report(wanted), on_done=loaded,
                         on_error=lambda exc: self._on_job_failed(job, exc))

    def save_pdf(self, path: Path) -> None:
        """Write the previewed PDF to `path`."""
        write_bytes(self._pdf, path)
        self._set_status(fill(self.tr("Saved %1."), path))

    def print_document(self, printer: QPrinter) -> None:
        """Print the previewed pages (the printer's page range, if any) off the GUI thread,
        with the tab's progress bar and Cancel; `printed(int)` says how many pages went."""
        count = self.document.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(count - 1, max(first, printer.toPage() - 1))
        if count == 0 or first > last:
            self.printed.emit(0)
            return
        pdf = self._pdf
        self._printer = printer  # kept alive until the job has finished with it
        job = self._start_job(self.tr("Sending the pages to the printer…"))

        def done(sent: int) -> None:
            self._printer = None
            self._set_status(self.tr("1 page sent to the printer.") if sent == 1
                             else fill(self.tr("%1 pages sent to the printer."), sent))
            self.printed.emit(sent)

        self._submit(job, lambda progress: print_pages(pdf, printer, first, last, progress),
                     done)

    def request_print(self) -> None:
        """Ctrl+P: the print dialog for the report shown, once its preview is ready."""
        self._print_requested = True
        if self._pdf and not self.busy and not self._preview_timer.isActive() \
                and not self._lists_dirty and not self._loading_lists:
            self._print_if_requested()

    def _print_if_requested(self) -> None:
        if self._print_requested and self._pdf and not self.busy:
            self._print_requested = False
            self._on_print_button_clicked()

    def export(self, kind: str, path: Path, fmt: str, every_programme: bool = False) -> None:
        """Write an export of the chosen programme (or of all) to `path` (off the GUI thread)."""
        programme_id = self.programme_combo.currentData()
        if every_programme or programme_id is None:
            ids = [p.id for p in self._programmes]
        else:
            ids = [str(programme_id)]
        start, end = self._range()
        period = str(self.period_combo.currentData())
        job = self._start_job(self.tr("Reading the data…"))

        def loaded(data: Any) -> None:
            if job != self._job:
                return
            self._set_status(self.tr("Writing the file…"))

            def done(lines: int) -> None:
                self._set_status(fill(count_text(lines, self.tr("Exported 1 line to %2."),
                                                 self.tr("Exported %1 lines to %2.")),
                                      lines, path))
                self.export_finished.emit(str(path))

            self._submit(job, lambda progress: write_export(kind, data, path, fmt, progress),
                         done)

        self._worker.run(lambda: load_export(kind, ids, start, end, period), on_done=loaded,
                         on_error=lambda exc: self._on_job_failed(job, exc))

    def cancel(self) -> None:
        """Stop the report or export being made."""
        if self._cancel is not None:
            self._cancel.set()
        if self.busy:
            self._job += 1  # whatever arrives for the cancelled job is dropped
            self._finish_job()
            self._set_status(self.tr("Cancelled."))

    def shutdown(self, msecs: int = 10000) -> None:
        """The window is closing: cancel what is being made, wait for the build thread to
        end, and start nothing new (database results still on their way are dropped). A
        build left running at exit ended in Python tearing down its job under Qt's thread:
        'NotImplementedError: pure virtual method QRunnable.run' on the terminal."""
        self._closing = True
        self._preview_timer.stop()
        if self._cancel is not None:
            self._cancel.set()
        self._job += 1  # whatever still arrives is for an older job: dropped
        self._pool.clear()
        if not self._pool.waitForDone(msecs):
            log.warning("a report build did not stop in %d ms", msecs)
        self._jobs.clear()

    def wait_for_builds(self, msecs: int = 30000) -> bool:
        """Block until the build thread is idle (closing the window, tests)."""
        return bool(self._pool.waitForDone(msecs))

    # --- asking the user (replaced in tests) ----------------------------------------------

    def ask_save_path(self, title: str, suggested: str, filters: str) -> tuple[str, str]:
        return QFileDialog.getSaveFileName(self, title, suggested, filters)

    def ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print report"))
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    # --- jobs -----------------------------------------------------------------------------

    def _start_job(self, text: str) -> int:
        if self._cancel is not None:
            self._cancel.set()
        self._job += 1
        self._job_done = lambda _result: None
        self.progress_bar.setRange(0, 0)  # busy until the first progress arrives
        self._set_status(text)
        self._update_controls()
        return self._job

    def _submit(self, job: int, fn: Callable[[Progress], Any],
                done: Callable[[Any], None]) -> None:
        if self._closing:
            return
        cancel = threading.Event()
        self._cancel = cancel
        self._job_done = done
        runnable = _Job(job, fn, self._signals, cancel)
        self._jobs.append(runnable)
        self._pool.start(runnable)

    def _finish_job(self) -> None:
        self._job_done = None
        self._cancel = None
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self._update_controls()

    def _forget_jobs(self, up_to: int) -> None:
        """Drop the runnables of finished jobs (their results have arrived)."""
        self._jobs = [runnable for runnable in self._jobs if runnable.job > up_to]

    @Slot(int, int, int)
    def _on_job_progressed(self, job: int, done: int, total: int) -> None:
        if job != self._job:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    @Slot(int, object)
    def _on_job_succeeded(self, job: int, result: Any) -> None:
        self._forget_jobs(job)
        if job != self._job or self._job_done is None:
            return
        done = self._job_done
        self._finish_job()
        done(result)

    @Slot(int, object)
    def _on_job_failed(self, job: int, exc: object) -> None:
        self._forget_jobs(job)
        if job != self._job:
            return
        self._finish_job()
        if isinstance(exc, BuildCancelled):
            self._set_status(self.tr("Cancelled."))
            return
        if isinstance(exc, FieldSessionsError | OSError):
            text = str(exc)
        else:
            log.error("a report could not be made", exc_info=exc)  # type: ignore[arg-type]
            text = fill(self.tr("The report could not be made (%1); details are in the log "
                                "file."), type(exc).__name__)
        self._set_status(text, error=True)
        self.build_failed.emit(text)

    # --- results --------------------------------------------------------------------------

    def _show_pdf(self, shown: ReportRequest, pdf: bytes, note: str = "") -> None:
        self._pdf = pdf
        self._shown_request = shown
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # the document reads from it for as long as it is shown
        pages = self.document.pageCount()
        self.pages_label.setText(self.tr("1 page") if pages == 1
                                 else fill(self.tr("%1 pages"), pages))
        self._set_status(note or self.tr("Preview ready."), error=bool(note))
        self._update_controls()
        self.preview_updated.emit(pages)
        QTimer.singleShot(0, self._print_if_requested)

    # --- helpers --------------------------------------------------------------------------

    def _range(self) -> tuple[date | None, date | None]:
        if not self.range_check.isChecked():
            return None, None
        first, last = self.from_edit.date(), self.to_edit.date()
        return (date(first.year(), first.month(), first.day()),
                date(last.year(), last.month(), last.day()))

    @staticmethod
    def _landscape_default(kind: str) -> bool:
        return kind in ("compliance", "certificates")

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #8f1d16;" if error else "")

    def _update_controls(self) -> None:
        kind = str(self.report_combo.currentData())
        scope = dict(REPORTS)[kind]
        self.session_combo.setEnabled(scope == "session")
        self._rows["session"].setEnabled(scope == "session")
        batch = scope == "dates"
        for key, combo in (("programme", self.programme_combo),
                           ("session", self.session_combo)):  # every programme's sessions
            self._rows[key].setVisible(not batch)
            combo.setVisible(not batch)
        if batch and not self.range_check.isChecked():
            self.range_check.setChecked(True)  # the dates are what the batch is about
        self.range_check.setEnabled(not batch)
        for key, visible in (("period", kind == "hours"),
                             ("layout", kind in ("sheet", "sheets"))):
            self._rows[key].setVisible(visible)
            {"period": self.period_combo, "layout": self.layout_combo}[key].setVisible(visible)
        self.filled_check.setVisible(scope == "session")
        self.landscape_check.setText(self.tr("&Portrait") if self._landscape_default(kind)
                                     else self.tr("&Landscape"))
        self.from_edit.setEnabled(self.range_check.isChecked())
        self.to_edit.setEnabled(self.range_check.isChecked())
        has_pdf = bool(self._pdf) and not self.busy
        self.save_button.setEnabled(has_pdf)
        self.print_button.setEnabled(has_pdf)
        self.export_button.setEnabled(bool(self._programmes) and not self.busy)
        self.cancel_button.setEnabled(self.busy)
        self.preview_button.setEnabled(not self.busy)

    def _suggested_name(self, suffix: str, kind: str | None = None) -> str:
        shown = self._shown_request
        kind = kind or (shown.kind if shown else "report")
        stamp = date.today().isoformat()
        if shown is not None and shown.kind == "sheets" and shown.start and shown.end:
            stamp = f"{shown.start.isoformat()}-to-{shown.end.isoformat()}"
        elif shown is not None and shown.session_id:
            session = next((s for s in self._sessions if s.id == shown.session_id), None)
            if session is not None:
                stamp = session.local_date.isoformat()
        return str(Path.home() / f"{kind}-{stamp}.{suffix}")

    def _schedule_preview(self) -> None:
        if self.isVisible():
            self._preview_timer.start()
        else:
            self._preview_dirty = True

    # --- slots ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._lists_dirty:
            self.reload()
        elif self._preview_dirty:
            self._preview_timer.start()

    def _on_programmes_loaded(self, found: list[ProgrammeInfo]) -> None:
        self._programmes = list(found)
        wanted = self._wanted_programme or self.programme_combo.currentData()
        self._wanted_programme = None
        blocked = self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for info in found:
            self.programme_combo.addItem(info.name, info.id)
        index = self.programme_combo.findData(wanted) if wanted else -1
        self.programme_combo.setCurrentIndex(max(0, index) if found else -1)
        self.programme_combo.blockSignals(blocked)
        self._update_controls()
        self._load_sessions()

    def _load_sessions(self) -> None:
        programme_id = self.programme_combo.currentData()
        if programme_id is None:
            self._loading_lists = False
            self._on_sessions_loaded([])
            return
        self._worker.run(lambda: programmes.list_sessions(str(programme_id)),
                         on_done=self._on_sessions_loaded, on_error=self._on_load_failed)

    def _on_sessions_loaded(self, found: list[SessionInfo]) -> None:
        self._loading_lists = False
        self._sessions = list(found)
        wanted = self._wanted_session or self.session_combo.currentData()
        self._wanted_session = None
        blocked = self.session_combo.blockSignals(True)
        self.session_combo.clear()
        now = datetime.now(UTC)
        for info in found:
            text = f"{format_day(info.local_date)}  {info.local_start}"
            label = info.title or info.topic
            if label:
                text += f" — {label}"
            if info.status == "cancelled":
                text += self.tr(" (cancelled)")
            self.session_combo.addItem(text, info.id)
        index = self.session_combo.findData(wanted) if wanted else -1
        if index < 0 and found:
            index = _nearest_session(found, now)
        self.session_combo.setCurrentIndex(index)
        self.session_combo.blockSignals(blocked)
        self._update_controls()
        self._schedule_preview()

    def _on_load_failed(self, exc: Exception) -> None:
        self._loading_lists = False
        if isinstance(exc, FieldSessionsError):
            self._set_status(str(exc), error=True)
        else:
            log.error("loading the report choices failed", exc_info=exc)
            self._set_status(self.tr("The programmes could not be loaded; details are in the "
                                     "log file."), error=True)

    @Slot(int)
    def _on_report_combo_changed(self, _index: int) -> None:
        if self.report_combo.currentData() == "sheets":  # the next two weeks, from today
            today = QDate.currentDate()
            for edit, day in ((self.from_edit, today),
                              (self.to_edit, today.addDays(BATCH_DAYS - 1))):
                blocked = edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(blocked)
        self._update_controls()
        self._schedule_preview()

    @Slot(int)
    def _on_programme_combo_changed(self, _index: int) -> None:
        self._load_sessions()

    @Slot()
    def _on_option_changed(self, *_args: object) -> None:
        self._update_controls()
        self._schedule_preview()

    @Slot()
    def _on_preview_timer_timeout(self) -> None:
        wanted = self.request()
        if wanted is not None and wanted == self._shown_request and not self._preview_dirty:
            self._print_if_requested()
            return  # the preview already shows exactly this
        self.build_preview()

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        self.build_preview()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        path, _filter = self.ask_save_path(self.tr("Save the report as PDF"),
                                           self._suggested_name("pdf"),
                                           self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            self.save_pdf(target)
        except (FieldSessionsError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), str(exc))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup = self._shown_request.setup if self._shown_request else PageSetup()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if setup.paper == "letter"
                                      else QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if setup.landscape
                                   else QPageLayout.Orientation.Portrait)
        printer.setDocName(Path(self._suggested_name("pdf")).stem)
        if not self.ask_printer(printer):
            return
        self.print_document(printer)  # a job: the window stays responsive while it prints

    def _on_export_requested(self, kind: str) -> None:
        xlsx, csv_filter = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        path, chosen = self.ask_save_path(self.tr("Export"), self._suggested_name("xlsx", kind),
                                          f"{xlsx};;{csv_filter}")
        if not path:
            return
        target = Path(path)
        suffix = target.suffix.lower().lstrip(".")
        if suffix not in exports.FORMATS:
            suffix = "csv" if chosen == csv_filter else "xlsx"
            target = target.with_name(f"{target.name}.{suffix}")
        self.export(kind, target, suffix, self.all_programmes_action.isChecked())

    @Slot(str)
    def _on_worker_data_changed(self, changes: str) -> None:
        if changes not in RELOAD_ON:
            return
        self._lists_dirty = True
        self._preview_dirty = True
        if self.isVisible():
            QTimer.singleShot(0, self._reload_if_dirty)

    def _reload_if_dirty(self) -> None:
        if self._lists_dirty and not self._loading_lists:
            self.reload()


def _nearest_session(sessions: list[SessionInfo], now: datetime) -> int:
    """The session to print by default: the one under way or next, else the last one."""
    for index, info in enumerate(sessions):
        if info.starts_at + timedelta(minutes=info.duration_min) > now:
            return index
    return len(sessions) - 1


__all__ = ["BuildCancelled", "ReportRequest", "ReportsTab", "load_report", "render_report"]
