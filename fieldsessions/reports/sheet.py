"""The attendance sheet of a session: a tick box per status, or a signature column.

Participants come pre-filled in roster order with their ID; blank numbered rows follow for
walk-ins. Every page repeats the session header (programme, session, date, time, place,
facilitator, the session's short code in words and its id as a QR code), the table's column
titles and "Page X of Y". The filled variant ticks the recorded status (or prints it, in the
signature layout) and sums the marks up at the end.

The sheet to tick (layout "ticks", not filled) is made to be read back from a scan or photo
(fieldsessions.paper): rows of one fixed height (a long name is set smaller, over two or three
lines, rather than making its row taller), a page break after each page's rows, corner markers
and a QR code per page naming the page and who is on it. reports/sheet_layout.py says where.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from fieldsessions.core.enums import AttendanceStatus
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.records import session_code
from fieldsessions.reports import fonts, sheet_layout
from fieldsessions.reports.cells import (
    EMPTY_BOX,
    TICKED_BOX,
    GridTable,
    escape,
    heading_cell,
    paragraph,
    text_cell,
    wrap_words,
)
from fieldsessions.reports.data import AttendanceSheet, SessionHeader, SheetRow
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.formats import long_date
from fieldsessions.reports.pages import (
    Output,
    PageHeader,
    Progress,
    build_pdf,
    clean,
    frame_width,
    printed_note,
)
from fieldsessions.reports.styles import (
    CELL_PADDING,
    INK,
    MUTED,
    PageSetup,
    paragraph_styles,
    table_style,
)

LAYOUTS = ("ticks", "signature")
STATUSES = tuple(AttendanceStatus)


def status_labels() -> dict[AttendanceStatus, str]:
    """The marks as printed (column titles, a filled record's statuses), translated."""
    return {AttendanceStatus.PRESENT: tr("Present", "attendance mark"),
            AttendanceStatus.LATE: tr("Late", "attendance mark"),
            AttendanceStatus.EXCUSED: tr("Excused", "attendance mark"),
            AttendanceStatus.ABSENT: tr("Absent", "attendance mark")}


_NUMBER_WIDTH = sheet_layout.NUMBER_WIDTH
_ID_WIDTH = sheet_layout.ID_WIDTH
_BOX_WIDTH = sheet_layout.BOX_COLUMN
_STATUS_WIDTH = 18 * mm
_TICK_ROW = 6.5 * mm
_SIGNATURE_ROW = 9 * mm
_PAD = 2 * CELL_PADDING
_HEADING_ROOM = 30 * mm  # the walk-in title starts a new page when less room than this is left



@dataclass(frozen=True)
class SheetOptions:
    """How to print a sheet.

    Attributes:
        layout: "ticks" (a box per status) or "signature" (a column to sign).
        setup: paper and orientation.
        filled: print the recorded marks instead of leaving the boxes empty.
        walk_in_rows: blank rows added at the end for people not on the list; None: 10 on a
            sheet to fill in, none on a filled record (the walk-ins who came are on its roll).
    """

    layout: str = "ticks"
    setup: PageSetup = field(default_factory=PageSetup)
    filled: bool = False
    walk_in_rows: int | None = None

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ReportError(fill(tr("Unknown sheet layout %1; choose one of: %2."),
                                   repr(self.layout), ", ".join(LAYOUTS)))
        if not 0 <= self.blank_rows <= 500:
            raise ReportError(tr("The number of blank walk-in rows must be between 0 and 500."))

    @property
    def readable(self) -> bool:
        """Printed to be read back from a scan (sheet_layout): the blank sheet to tick."""
        return self.layout == "ticks" and not self.filled

    @property
    def blank_rows(self) -> int:
        if self.walk_in_rows is not None:
            return self.walk_in_rows
        return 0 if self.filled else 10


def session_header(session: SessionHeader, title: str, *, qr_per_page: bool = False) -> PageHeader:
    """The page header of anything printed for one session (`qr_per_page`: its QR is drawn
    per page by the caller, as on a read-back sheet)."""
    time_text = f"{session.start:%H:%M}–{session.end:%H:%M}"
    if session.timezone and session.timezone != "UTC":
        time_text += f" ({session.timezone})"
    return PageHeader(
        title=title,
        fields=(
            (tr("Session"), session.heading),
            (tr("Date"), long_date(session.local_date)),
            (tr("Facilitator"), session.facilitator),
            (tr("Time"), time_text),
        ),
        wide_fields=(
            (tr("Programme"), session.programme_name),
            (tr("Place"), session.place),
            (tr("Session code"), session_code(session.session_id)),
        ),
        qr_value=session.session_id,
        qr_per_page=qr_per_page,
    )


def _columns(options: SheetOptions, width: float) -> tuple[list[str], list[float]]:
    if options.layout == "ticks":
        titles = ["#", tr("ID", "participant ID column"), tr("Name"), *status_labels().values()]
        fixed = [_NUMBER_WIDTH, _ID_WIDTH, 0.0, *[_BOX_WIDTH] * len(STATUSES)]
    else:
        titles = ["#", tr("ID", "participant ID column"), tr("Name"),
                  *([tr("Status")] if options.filled else []), tr("Signature")]
        signature = max(55 * mm, width * 0.36)
        status = [_STATUS_WIDTH] if options.filled else []
        fixed = [_NUMBER_WIDTH, _ID_WIDTH, 0.0, *status, signature]
    fixed[2] = width - sum(fixed)
    return titles, fixed


def fixed_cell(text: str | None, width: float, height: float) -> str | Paragraph:
    """`text` inside a cell of a fixed height (a read-back sheet's rows never grow): as
    `text_cell` makes it when that fits the height, else set smaller over more lines."""
    cell = text_cell(text, width)
    if isinstance(cell, str) or cell.wrap(width, 10 * height)[1] <= height:
        return cell
    line = clean(text)
    look = paragraph_styles()["cell"]
    for size in (7.0, 6.0, 5.0, 4.5, 4.0):
        leading = size * 1.1
        lines = wrap_words(line, width, look.fontName, size)
        if len(lines) * leading <= height or size == 4.0:
            small = ParagraphStyle(f"cell{size}", parent=look, fontSize=size, leading=leading)
            return Paragraph("<br/>".join(escape(part) for part in lines), small)
    raise AssertionError("unreachable")


def _participant_row(
    number: int, row: SheetRow, options: SheetOptions, widths: list[float]
) -> list[object]:
    cell = (functools.partial(fixed_cell, height=sheet_layout.ROW_HEIGHT - 1)
            if options.readable else text_cell)
    cells: list[object] = [
        str(number),
        cell(row.external_id, widths[1] - _PAD),
        cell(row.name, widths[2] - _PAD),
    ]
    recorded = row.status if options.filled else None
    if options.layout == "ticks":
        cells.extend(TICKED_BOX if recorded == status.value else EMPTY_BOX
                     for status in STATUSES)
    else:
        if options.filled:
            cells.append(status_labels()[AttendanceStatus(recorded)] if recorded else "")
        cells.append("")
    return cells


def _blank_row(number: int, options: SheetOptions, columns: int) -> list[object]:
    cells: list[object] = [str(number), "", ""]
    if options.layout == "ticks":
        cells.extend([EMPTY_BOX] * len(STATUSES))
    else:
        cells.extend([""] * (columns - 3))
    return cells


def _table(data: list[list[object]], widths: list[float], heights: list[float | None]) -> GridTable:
    style = [
        *table_style(),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (3, 1), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
    ]
    return GridTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, style=style)


def sheet_story(sheet: AttendanceSheet, options: SheetOptions) -> tuple[list[Flowable], int]:
    """The body of the sheet and its number of table rows (progress units).

    Rows whose cells are all one-line text get a fixed height, so the table need not measure
    them; only rows with a wrapped (long) name are measured.
    """
    fonts.register()
    width = frame_width(options.setup)
    titles, widths = _columns(options, width)
    header_cells: list[object] = [heading_cell(t, w - _PAD)
                                  for t, w in zip(titles, widths, strict=True)]
    row_height = _TICK_ROW if options.layout == "ticks" else _SIGNATURE_ROW
    story: list[Flowable] = []
    if not sheet.rows:
        story.append(paragraph(tr("Nobody is booked for this session yet."), "small"))
        story.append(Spacer(1, 2 * mm))
    if options.readable:  # one table per page, every row the same height (sheet_layout)
        row_height = sheet_layout.ROW_HEIGHT
        chunks = _page_chunks(sheet, options)
        for index, (first, count) in enumerate(chunks):
            page_rows = [header_cells] + [
                _participant_row(number, sheet.rows[number - 1], options, widths)
                for number in range(first, first + count)]
            story.append(_table(page_rows, widths,
                                [sheet_layout.HEAD_ROW_HEIGHT] + [row_height] * count))
            if index < len(chunks) - 1:
                story.append(PageBreak())
    else:
        data: list[list[object]] = [header_cells]
        heights: list[float | None] = [None]
        for number, row in enumerate(sheet.rows, start=1):
            cells = _participant_row(number, row, options, widths)
            data.append(cells)
            heights.append(None if any(isinstance(c, Paragraph) for c in cells)
                           else row_height)
        story.append(_table(data, widths, heights))
    units = len(sheet.rows)
    if options.blank_rows:
        story.append(Spacer(1, 4 * mm))
        story.append(CondPageBreak(_HEADING_ROOM))
        story.append(Paragraph(
            tr("Walk-ins — people not listed above: write their name, and their ID or phone."),
            paragraph_styles()["section"]))
        first = len(sheet.rows) + 1
        blank = [_blank_row(n, options, len(titles))
                 for n in range(first, first + options.blank_rows)]
        walk_in_height = max(row_height, 8 * mm)
        story.append(_table([header_cells, *blank], widths,
                            [None] + [walk_in_height] * len(blank)))
        units += len(blank)
    story.append(Spacer(1, 5 * mm))
    story.extend(_closing(sheet, options))
    return story, units


def _page_chunks(sheet: AttendanceSheet, options: SheetOptions) -> list[tuple[int, int]]:
    """(first row number, row count) of each page of a read-back sheet's roll."""
    per_page = sheet_layout.SheetGeometry(options.setup).rows_per_page
    total = len(sheet.rows)
    return [(first, min(per_page, total - first + 1))
            for first in range(1, total + 1, per_page)] or [(1, 0)]


def page_code(sheet: AttendanceSheet, options: SheetOptions, page: int) -> sheet_layout.PageCode:
    """The QR code of page `page` of a read-back sheet (pages after the roll: no rows)."""
    chunks = _page_chunks(sheet, options)
    if page <= len(chunks):
        first, count = chunks[page - 1]
    else:
        first, count = len(sheet.rows) + 1, 0
    ids = [row.participant_id for row in sheet.rows[first - 1:first - 1 + count]]
    return sheet_layout.PageCode(
        version=sheet_layout.LAYOUT_VERSION, paper=sheet_layout.paper_code(options.setup),
        page=page, first_row=first, row_count=count,
        fingerprint=sheet_layout.fingerprint(ids), session_id=sheet.session.session_id)


def _draw_read_marks(canv: Canvas, sheet: AttendanceSheet, options: SheetOptions,
                     page: int) -> None:
    """The corner markers and the page's QR code of a read-back sheet."""
    draw_read_marks(canv, options.setup, page_code(sheet, options, page))


def draw_read_marks(canv: Canvas, setup: PageSetup, code: sheet_layout.PageCode) -> None:
    """The corner markers and the QR code `code` of a page printed to be read back (an
    attendance sheet's or a tick-off template's)."""
    where = sheet_layout.SheetGeometry(setup)
    canv.saveState()
    _draw_page_qr(canv, code.text(), *where.qr_box())
    canv.setFillColor(INK)
    canv.setStrokeColor(INK)
    cell = sheet_layout.MARKER_SIZE / 6
    for marker, x, y in where.markers():
        canv.setFillColor(INK)
        canv.rect(x, y, sheet_layout.MARKER_SIZE, sheet_layout.MARKER_SIZE, stroke=0, fill=1)
        canv.setFillColorRGB(1, 1, 1)
        for r, bits in enumerate(sheet_layout.MARKER_BITS[marker]):
            for c, bit in enumerate(bits):
                if bit:
                    canv.rect(x + (c + 1) * cell, y + sheet_layout.MARKER_SIZE - (r + 2) * cell,
                              cell, cell, stroke=0, fill=1)
    canv.restoreState()


def _draw_page_qr(canv: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code (level M), lower-left corner at (x, y): one filled path of module runs.

    Each page's code differs, so it cannot be drawn once like the header's: reportlab's widget
    takes a quarter of a second a page (it tries all eight masks, twice, and draws each run
    as a shape); this takes about two milliseconds, the runs written as whole-module
    rectangles in a scaled grid. Mask 0 is as valid as any: the masks only even out the
    light and dark areas, and the code sits in a quiet white corner of the page.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    count = code.getModuleCount()
    runs: list[str] = []
    for r, row in enumerate(code.modules):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            runs.append(f"{start} {r} {c - start} 1 re")
    canv.saveState()
    canv.setFillColor(INK)
    canv.translate(x, y + size)
    canv.scale(size / count, -size / count)  # one unit per module, rows down from the top
    canv.addLiteral("\n".join([*runs, "f"]))
    canv.restoreState()


def _closing(sheet: AttendanceSheet, options: SheetOptions) -> list[Flowable]:
    """The end of the sheet: counts of the recorded marks, or lines to sign."""
    if options.filled:
        counts = Counter(row.status for row in sheet.rows)
        labels = status_labels()
        parts = [fill(tr("%1 %2", "a mark and its count"), labels[s], counts.get(s.value, 0))
                 for s in STATUSES]
        parts.append(fill(tr("Not marked %1"), counts.get(None, 0)))
        return [paragraph(fill(tr("Recorded marks: %1."), " · ".join(parts)), "body")]
    return [Paragraph(
        tr("Facilitator's signature:") + " ________________________________"
        "&nbsp;&nbsp;&nbsp;&nbsp;" + tr("Date:") + " ____________________",
        paragraph_styles()["body"])]


def attendance_sheet(
    sheet: AttendanceSheet,
    output: Output,
    options: SheetOptions | None = None,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> int:
    """Write the attendance sheet of `sheet` as a PDF to `output` (a path or a binary stream);
    returns the number of pages."""
    options = options or SheetOptions()
    story, rows = sheet_story(sheet, options)
    title = tr("Attendance record") if options.filled else tr("Attendance sheet")
    header = session_header(sheet.session, title, qr_per_page=options.readable)

    def read_marks(canv: Canvas, page: int) -> None:
        _draw_read_marks(canv, sheet, options, page)

    return build_pdf(
        story, output, setup=options.setup, header=header,
        title=fill(tr("%1 — %2 %3", "document title: report, programme, date"), title,
                   sheet.session.programme_name, long_date(sheet.session.local_date)),
        footer_note=printed_note(now), progress=progress, total=rows,
        on_page=read_marks if options.readable else None,
    )
