"""Batch printing before going to the field: the attendance sheets of every session in a date
range, in one PDF.

Two steps, so a window can keep the database on its worker and the drawing on another thread:
`sheets_in_range` reads the sheets' data (database), `write_sheets` draws and joins them (no
database). Each sheet is drawn by reports.sheet exactly as when printed alone (its own header,
QR code and walk-in rows), then the PDFs are joined page by page with pypdf, so one sheet per
session still starts on a new page and the single-sheet renderer needs no batch mode.
Cancelled sessions and sessions of archived programmes are left out: nobody takes their roll.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import date

from pypdf import PdfReader, PdfWriter

from fieldsessions.core.enums import SessionStatus
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.reports.data import AttendanceSheet
from fieldsessions.reports.pages import Output
from fieldsessions.reports.sheet import SheetOptions, attendance_sheet
from fieldsessions.services import programmes, report_data

MAX_DAYS = 366
MAX_SHEETS = 500

# progress(sheets done, sheets in all)
BatchProgress = Callable[[int, int], None]


def sheets_in_range(start: date, end: date,
                    programme_ref: str | None = None) -> list[AttendanceSheet]:
    """The attendance sheets of the sessions from `start` to `end` (local dates, both
    included), in time order."""
    if end < start:
        raise ValidationError(tr("The last day comes before the first day."))
    if (end - start).days >= MAX_DAYS:
        raise ValidationError(fill(tr("Print at most %1 days of sheets at a time."), MAX_DAYS))
    found = [s for s in programmes.list_sessions(programme_ref, start=start, end=end)
             if s.status != SessionStatus.CANCELLED.value]
    if len(found) > MAX_SHEETS:
        # Always more than MAX_SHEETS, so always the plural.
        raise ValidationError(fill(tr("%1 sessions are in these dates; print at most %2 sheets "
                                      "at a time (choose fewer days or one programme)."),
                                   len(found), MAX_SHEETS))
    return [report_data.attendance_sheet(s.id) for s in found]


def write_sheets(sheets: list[AttendanceSheet], output: Output,
                 options: SheetOptions | None = None, *,
                 progress: BatchProgress | None = None) -> int:
    """Draw every sheet and write them as one PDF to `output`; returns the number of pages."""
    if not sheets:
        raise ValidationError(tr("There is no session in these dates, so there is no sheet "
                                 "to print."))
    writer = PdfWriter()
    for done, sheet in enumerate(sheets):
        buffer = io.BytesIO()
        attendance_sheet(sheet, buffer, options)
        buffer.seek(0)
        writer.append(PdfReader(buffer))
        if progress is not None:
            progress(done + 1, len(sheets))
    writer.add_metadata({"/Title": fill(tr("Attendance sheets, %1 to %2"),
                                        sheets[0].session.local_date,
                                        sheets[-1].session.local_date)})
    if isinstance(output, str | os.PathLike):
        with open(output, "wb") as stream:
            writer.write(stream)
    else:
        writer.write(output)
    return len(writer.pages)
