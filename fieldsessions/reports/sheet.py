"""The attendance sheet of a session: a tick box per status, or a signature column.

Participants come pre-filled in roster order with their ID; blank numbered rows follow for
walk-ins. Every page repeats the session header (programme, session, date, time, place,
facilitator, the session's short code in words and its id as a QR code), the table's column
titles and "Page X of Y". The filled variant ticks the recorded status (or prints it, in the
signature layout) and sums the marks up at the end.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from fieldsessions.core.enums import AttendanceStatus
from fieldsessions.core.records import session_code
from fieldsessions.reports import fonts
from fieldsessions.reports.cells import (
    EMPTY_BOX,
    TICKED_BOX,
    GridTable,
    paragraph,
    text_cell,
)
from fieldsessions.reports.data import AttendanceSheet, SessionHeader, SheetRow
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.formats import long_date
from fieldsessions.reports.pages import (
    Output,
    PageHeader,
    Progress,
    build_pdf,
    frame_width,
    printed_note,
)
from fieldsessions.reports.styles import (
    CELL_PADDING,
    MUTED,
    PageSetup,
    paragraph_styles,
    table_style,
)

LAYOUTS = ("ticks", "signature")
STATUSES = tuple(AttendanceStatus)
STATUS_LABELS = {status: status.value.capitalize() for status in STATUSES}

_NUMBER_WIDTH = 9 * mm
_ID_WIDTH = 22 * mm
_BOX_WIDTH = 15 * mm
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
            raise ReportError(
                f"Unknown sheet layout {self.layout!r}; choose one of: {', '.join(LAYOUTS)}."
            )
        if not 0 <= self.blank_rows <= 500:
            raise ReportError("The number of blank walk-in rows must be between 0 and 500.")

    @property
    def blank_rows(self) -> int:
        if self.walk_in_rows is not None:
            return self.walk_in_rows
        return 0 if self.filled else 10


def session_header(session: SessionHeader, title: str) -> PageHeader:
    """The page header of anything printed for one session."""
    time_text = f"{session.start:%H:%M}–{session.end:%H:%M}"
    if session.timezone and session.timezone != "UTC":
        time_text += f" ({session.timezone})"
    return PageHeader(
        title=title,
        fields=(
            ("Session", session.heading),
            ("Date", long_date(session.local_date)),
            ("Facilitator", session.facilitator),
            ("Time", time_text),
        ),
        wide_fields=(
            ("Programme", session.programme_name),
            ("Place", session.place),
            ("Session code", session_code(session.session_id)),
        ),
        qr_value=session.session_id,
    )


def _columns(options: SheetOptions, width: float) -> tuple[list[str], list[float]]:
    if options.layout == "ticks":
        titles = ["#", "ID", "Name", *STATUS_LABELS.values()]
        fixed = [_NUMBER_WIDTH, _ID_WIDTH, 0.0, *[_BOX_WIDTH] * len(STATUSES)]
    else:
        titles = ["#", "ID", "Name", *(["Status"] if options.filled else []), "Signature"]
        signature = max(55 * mm, width * 0.36)
        status = [_STATUS_WIDTH] if options.filled else []
        fixed = [_NUMBER_WIDTH, _ID_WIDTH, 0.0, *status, signature]
    fixed[2] = width - sum(fixed)
    return titles, fixed


def _participant_row(
    number: int, row: SheetRow, options: SheetOptions, widths: list[float]
) -> list[object]:
    cells: list[object] = [
        str(number),
        text_cell(row.external_id, widths[1] - _PAD),
        text_cell(row.name, widths[2] - _PAD),
    ]
    recorded = row.status if options.filled else None
    if options.layout == "ticks":
        cells.extend(TICKED_BOX if recorded == status.value else EMPTY_BOX
                     for status in STATUSES)
    else:
        if options.filled:
            cells.append(STATUS_LABELS[AttendanceStatus(recorded)] if recorded else "")
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
    header_cells: list[object] = [text_cell(t, w - _PAD, style="head_center", size=8)
                                  for t, w in zip(titles, widths, strict=True)]
    row_height = _TICK_ROW if options.layout == "ticks" else _SIGNATURE_ROW
    data: list[list[object]] = [header_cells]
    heights: list[float | None] = [None]
    for number, row in enumerate(sheet.rows, start=1):
        cells = _participant_row(number, row, options, widths)
        data.append(cells)
        heights.append(None if any(isinstance(c, Paragraph) for c in cells) else row_height)
    story: list[Flowable] = []
    if not sheet.rows:
        story.append(paragraph("Nobody is booked for this session yet.", "small"))
        story.append(Spacer(1, 2 * mm))
    story.append(_table(data, widths, heights))
    units = len(sheet.rows)
    if options.blank_rows:
        story.append(Spacer(1, 4 * mm))
        story.append(CondPageBreak(_HEADING_ROOM))
        story.append(Paragraph(
            "Walk-ins — people not listed above: write their name, and their ID or phone.",
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


def _closing(sheet: AttendanceSheet, options: SheetOptions) -> list[Flowable]:
    """The end of the sheet: counts of the recorded marks, or lines to sign."""
    if options.filled:
        counts = Counter(row.status for row in sheet.rows)
        parts = [f"{STATUS_LABELS[s]} {counts.get(s.value, 0)}" for s in STATUSES]
        parts.append(f"Not marked {counts.get(None, 0)}")
        return [paragraph(f"Recorded marks: {' · '.join(parts)}.", "body")]
    return [Paragraph(
        "Facilitator's signature: ________________________________"
        "&nbsp;&nbsp;&nbsp;&nbsp;Date: ____________________", paragraph_styles()["body"])]


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
    title = "Attendance record" if options.filled else "Attendance sheet"
    return build_pdf(
        story, output, setup=options.setup, header=session_header(sheet.session, title),
        title=f"{title} — {sheet.session.programme_name} {long_date(sheet.session.local_date)}",
        footer_note=printed_note(now), progress=progress, total=rows,
    )
