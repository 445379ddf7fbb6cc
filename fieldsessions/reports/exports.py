"""CSV and XLSX exports of attendance, compliance and hours, in the columns funders ask for.

CSV is UTF-8 with a byte-order mark (so Excel shows accented, Greek and Cyrillic names right),
dates as YYYY-MM-DD, times as HH:MM, instants as ISO 8601 UTC ("2026-03-10T09:05:00Z").
A text value that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
carriage return, or a full-width or small form of = + - @ such as "＝", which spreadsheets with
East Asian input read as the ASCII sign) gets a leading apostrophe in CSV, as OWASP advises
against CSV injection; in XLSX the cell is stored as text with Excel's "quote prefix", so the
value is kept exactly and stays text even when someone edits the cell. XLSX cells are typed
(numbers, dates, times) and the header row is frozen; date cells show the app's one date form
("Wed 2 Dec 2026", core.dates).

Language: a spreadsheet is for people, so its column titles and sheet name are in the user's
language; CSV is for programs, so its header row stays English, the same on every computer.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from fieldsessions.core import dates
from fieldsessions.core.i18n import QT_TR_NOOP, fill, tr, translated
from fieldsessions.reports.compliance import ordered
from fieldsessions.reports.data import AttendanceRecord, ComplianceReport, HoursReport
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.formats import COMPLIANCE_LABELS
from fieldsessions.reports.pages import Output, Progress, write_bytes

FORMATS = ("csv", "xlsx")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    """One exported column: its title, its kind (text, int, float, date, time, instant) and
    how to get its value from a row."""

    title: str  # English, marked for translation: CSV keeps it, XLSX shows it translated
    kind: str
    get: Callable[[Any], Any]
    width: float = 14.0


def csv_text(value: Any, kind: str) -> str:
    """How a value is written in CSV."""
    if value is None:
        return ""
    if kind == "date":
        return str(value.isoformat())
    if kind == "time":
        return f"{value:%H:%M}"
    if kind == "instant":
        return str(value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    if kind == "float":
        return f"{round(float(value), 2):g}" if abs(value) < 1e15 else str(value)
    text = str(value)
    if kind == "text" and looks_like_formula(text):
        return "'" + text
    return text


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take `text` for a formula: its first character is one of
    = + - @ tab CR, or a compatibility form of one (full-width "＝", small "﹢", ...)."""
    return bool(text) and unicodedata.normalize("NFKC", text[0]).startswith(_FORMULA_START)


def _xlsx_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "instant":
        return value.astimezone(UTC).replace(tzinfo=None)  # Excel has no time zones: UTC
    if kind == "float":
        return round(float(value), 2)
    return value


_NUMBER_FORMATS = {"date": "yyyy-mm-dd", "time": "hh:mm", "instant": "yyyy-mm-dd hh:mm:ss",
                   "float": "0.##"}
# A spreadsheet is read by people: its date cells (real dates underneath) show the app's one
# date form (core.dates), "Wed 2 Dec 2026" in the locale's order. CSV keeps ISO for programs.
_XLSX_DATE_FORMATS = {"dmy": "ddd d mmm yyyy", "mdy": "ddd mmm d, yyyy", "ymd": "ddd yyyy mmm d"}


def _number_format(kind: str) -> str:
    if kind == "date":
        return _XLSX_DATE_FORMATS[dates.current_order()]
    return _NUMBER_FORMATS[kind]


def write_table(
    columns: Sequence[Column],
    rows: Iterable[Any],
    output: Output,
    fmt: str,
    *,
    sheet_title: str = QT_TR_NOOP("Data"),
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """Write `rows` as CSV or XLSX to `output` (a path, written atomically, or a binary stream).

    Returns the number of data rows written.
    """
    if fmt not in FORMATS:
        raise ReportError(fill(tr("Unknown export format %1; choose csv or xlsx."), repr(fmt)))
    count = 0
    total = max(total, 1)
    if fmt == "csv":
        text = io.StringIO(newline="")
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow([c.title for c in columns])
        for row in rows:
            writer.writerow([csv_text(c.get(row), c.kind) for c in columns])
            count += 1
            if progress is not None and count % 500 == 0:
                progress(min(count, total), total)
        data = text.getvalue().encode("utf-8-sig")
    else:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(_sheet_title(translated(sheet_title)))
        sheet.freeze_panes = "A2"
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        bold = Font(bold=True)
        head = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=translated(column.title))
            cell.font = bold
            head.append(cell)
        sheet.append(head)
        for row in rows:
            cells = []
            for column in columns:
                value = _xlsx_value(column.get(row), column.kind)
                if isinstance(value, str) or column.kind in _NUMBER_FORMATS:
                    cell = WriteOnlyCell(sheet, value=value)
                    if isinstance(value, str):
                        cell.data_type = "s"  # never a formula, whatever the text
                        if looks_like_formula(value):
                            cell.quotePrefix = True  # stays text when the cell is edited
                    elif column.kind in _NUMBER_FORMATS:
                        cell.number_format = _number_format(column.kind)
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
            count += 1
            if progress is not None and count % 500 == 0:
                progress(min(count, total), total)
        buffer = io.BytesIO()
        book.save(buffer)
        data = buffer.getvalue()
    write_bytes(data, output)
    if progress is not None:
        progress(total, total)
    return count


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\ ."""
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return cleaned[:31] or translated("Data")


ATTENDANCE_COLUMNS: tuple[Column, ...] = (
    Column(QT_TR_NOOP("Programme"), "text", lambda r: r.programme_name, 26),
    Column(QT_TR_NOOP("Session date"), "date", lambda r: r.session_date, 16),
    Column(QT_TR_NOOP("Start"), "time", lambda r: r.start, 8),
    Column(QT_TR_NOOP("End"), "time", lambda r: r.end, 8),
    Column(QT_TR_NOOP("Duration (min)"), "int", lambda r: r.duration_min, 10),
    Column(QT_TR_NOOP("Session title"), "text", lambda r: r.title, 22),
    Column(QT_TR_NOOP("Topic"), "text", lambda r: r.topic, 22),
    Column(QT_TR_NOOP("Location"), "text", lambda r: r.location, 22),
    Column(QT_TR_NOOP("Facilitator"), "text", lambda r: r.facilitator, 20),
    Column(QT_TR_NOOP("Participant ID"), "text", lambda r: r.external_id, 14),
    Column(QT_TR_NOOP("Participant name"), "text", lambda r: r.participant_name, 28),
    Column(QT_TR_NOOP("Status"), "text", lambda r: r.status, 10),
    Column(QT_TR_NOOP("Minutes attended"), "int", lambda r: r.minutes, 10),
    Column(QT_TR_NOOP("Marked by"), "text", lambda r: r.marked_by, 18),
    Column(QT_TR_NOOP("Marked at (UTC)"), "instant", lambda r: r.marked_at, 20),
    Column(QT_TR_NOOP("Session key"), "text", lambda r: r.session_id, 38),
    Column(QT_TR_NOOP("Participant key"), "text", lambda r: r.participant_id, 38),
)


def export_attendance(
    records: Sequence[AttendanceRecord], output: Output, fmt: str, *,
    progress: Progress | None = None,
) -> int:
    """Attendance, one line per participant per session ("pending" = not marked)."""
    return write_table(ATTENDANCE_COLUMNS, records, output, fmt,
                       sheet_title=QT_TR_NOOP("Attendance"),
                       progress=progress, total=len(records))


COMPLIANCE_COLUMNS: tuple[Column, ...] = (
    Column(QT_TR_NOOP("Programme"), "text", lambda r: r[0].programme_name, 26),
    Column(QT_TR_NOOP("Participant ID"), "text", lambda r: r[1].external_id, 14),
    Column(QT_TR_NOOP("Participant name"), "text", lambda r: r[1].name, 28),
    Column(QT_TR_NOOP("Sessions counted"), "int", lambda r: r[1].sessions_held, 10),
    Column(QT_TR_NOOP("Attended"), "int", lambda r: r[1].attended, 10),
    Column(QT_TR_NOOP("Excused (left out)"), "int", lambda r: r[1].excused_excluded, 10),
    Column(QT_TR_NOOP("Still to come"), "int", lambda r: r[1].remaining, 10),
    Column(QT_TR_NOOP("Rate %"), "float", lambda r: r[1].rate, 8),
    Column(QT_TR_NOOP("Required %"), "int", lambda r: r[1].threshold, 8),
    Column(QT_TR_NOOP("Best still possible %"), "float", lambda r: r[1].max_achievable, 10),
    Column(QT_TR_NOOP("Status"), "text",
           lambda r: COMPLIANCE_LABELS.get(r[1].status, r[1].status), 14),
    Column(QT_TR_NOOP("Absences in a row"), "int", lambda r: r[1].consecutive_absences, 10),
    Column(QT_TR_NOOP("Absence alert"), "text", lambda r: "yes" if r[1].absence_alert else "no", 8),
    Column(QT_TR_NOOP("Participant key"), "text", lambda r: r[1].participant_id, 38),
)


def export_compliance(
    reports: Sequence[ComplianceReport], output: Output, fmt: str, *,
    progress: Progress | None = None,
) -> int:
    """Compliance, one line per participant per programme, non-compliant first (as in the
    PDF)."""
    lines = [(report, line) for report in reports for line in ordered(report.lines)]
    return write_table(COMPLIANCE_COLUMNS, lines, output, fmt, sheet_title=QT_TR_NOOP("Compliance"),
                       progress=progress, total=len(lines))


@dataclass(frozen=True)
class HoursLine:
    """One exported line of the hours report (a facilitator's or a participant's)."""

    programme_name: str
    period: str
    start: date
    end: date
    kind: str  # "facilitator" | "participant"
    name: str
    external_id: str
    sessions: int
    hours_in_period: float
    hours_to_date: float | None
    budget: float | None
    remaining: float | None
    beyond_budget: float | None
    participant_id: str


def hours_lines(report: HoursReport) -> list[HoursLine]:
    """The whole span first (its label is the total's), then each period."""
    lines: list[HoursLine] = []
    name = report.programme_name
    for period in (report.total, *report.periods):
        for f in period.facilitators:
            lines.append(HoursLine(name, period.label, period.start, period.end, "facilitator",
                                   f.facilitator, "", f.sessions, f.hours, None, None, None,
                                   None, ""))
        for p in period.participants:
            lines.append(HoursLine(name, period.label, period.start, period.end, "participant",
                                   p.name, p.external_id, p.sessions, p.hours_in_period,
                                   p.hours_to_date, p.budget, p.remaining, p.beyond_budget,
                                   p.participant_id))
    return lines


HOURS_COLUMNS: tuple[Column, ...] = (
    Column(QT_TR_NOOP("Programme"), "text", lambda r: r.programme_name, 26),
    Column(QT_TR_NOOP("Period"), "text", lambda r: r.period, 18),
    Column(QT_TR_NOOP("Period start"), "date", lambda r: r.start, 16),
    Column(QT_TR_NOOP("Period end"), "date", lambda r: r.end, 16),
    Column(QT_TR_NOOP("Kind"), "text", lambda r: r.kind, 12),
    Column(QT_TR_NOOP("Name"), "text", lambda r: r.name, 28),
    Column(QT_TR_NOOP("Participant ID"), "text", lambda r: r.external_id, 14),
    Column(QT_TR_NOOP("Sessions"), "int", lambda r: r.sessions, 9),
    Column(QT_TR_NOOP("Hours in period"), "float", lambda r: r.hours_in_period, 10),
    Column(QT_TR_NOOP("Hours to date"), "float", lambda r: r.hours_to_date, 10),
    Column(QT_TR_NOOP("Budget (hours)"), "float", lambda r: r.budget, 10),
    Column(QT_TR_NOOP("Remaining (hours)"), "float", lambda r: r.remaining, 10),
    Column(QT_TR_NOOP("Beyond budget (hours)"), "float", lambda r: r.beyond_budget, 10),
    Column(QT_TR_NOOP("Participant key"), "text", lambda r: r.participant_id, 38),
)


def export_hours(
    reports: Sequence[HoursReport], output: Output, fmt: str, *,
    progress: Progress | None = None,
) -> int:
    """Hours per facilitator and participant, for the whole span and per period, of each
    programme."""
    lines = [line for report in reports for line in hours_lines(report)]
    return write_table(HOURS_COLUMNS, lines, output, fmt, sheet_title=QT_TR_NOOP("Hours"),
                       progress=progress, total=len(lines))


__all__ = [
    "ATTENDANCE_COLUMNS", "COMPLIANCE_COLUMNS", "FORMATS", "HOURS_COLUMNS", "Column",
    "HoursLine", "export_attendance", "export_compliance", "export_hours", "hours_lines",
    "write_table",
]
