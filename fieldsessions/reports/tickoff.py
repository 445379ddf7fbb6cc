"""The tick-off report template: participants x outcomes with tick boxes, then the session report.

Generated from the session's outcome list. Outcomes are numbered columns explained in a key
above the grid; when there are more outcomes than fit across the page, the grid is printed in
several parts (outcomes 1-10, 11-20, ...), each with every participant. The session report
part asks whether the session was held, which topics were covered, for notes and the
facilitator's signature. Blank before the session; filled from the app's ticks and report after.

The blank template is made to be read back from a scan or photo (fieldsessions.paper), as the
attendance sheet is: every page of its grid holds one table at the same height, rows of one
fixed height, at most TickoffGeometry.outcomes_per_page outcome columns (their numbers and
shortened titles as column heads; the full list follows the grid), corner markers and a QR
code naming the page's rows and outcomes. reports/sheet_layout.py says where the boxes are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from fieldsessions.core.i18n import fill, tr
from fieldsessions.reports import fonts, sheet_layout
from fieldsessions.reports.cells import (
    EMPTY_BOX,
    TICKED_BOX,
    GridTable,
    TickBox,
    WritingLines,
    escape,
    paragraph,
    text_cell,
    wrap_words,
)
from fieldsessions.reports.data import OutcomeItem, SessionReportPart, TickoffTemplate
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.formats import long_date
from fieldsessions.reports.pages import Output, Progress, build_pdf, frame_width, printed_note
from fieldsessions.reports.sheet import draw_read_marks, fixed_cell, session_header
from fieldsessions.reports.sheet_layout import PageCode, TickoffGeometry
from fieldsessions.reports.styles import (
    CELL_PADDING,
    MUTED,
    PageSetup,
    paragraph_styles,
    table_style,
)

_NUMBER_WIDTH = 9 * mm
_ID_WIDTH = 20 * mm
_NAME_MIN = 48 * mm
_OUTCOME_MIN = 10 * mm
_OUTCOME_MAX = 16 * mm
_ROW = 6.5 * mm
_PAD = 2 * CELL_PADDING
_HEADING_ROOM = 40 * mm  # a grid's title starts a new page when less room than this is left


@dataclass(frozen=True)
class TickoffOptions:
    """How to print a tick-off template.

    Attributes:
        setup: paper and orientation.
        filled: print the recorded ticks and session report.
        blank_rows: empty rows after the participants, for walk-ins.
    """

    setup: PageSetup = field(default_factory=PageSetup)
    filled: bool = False
    blank_rows: int = 5

    def __post_init__(self) -> None:
        if not 0 <= self.blank_rows <= 500:
            raise ReportError(tr("The number of blank rows must be between 0 and 500."))

    @property
    def readable(self) -> bool:
        """Printed to be read back from a scan (sheet_layout): the blank template."""
        return not self.filled


def _outcome_groups(count: int, per_table: int) -> list[range]:
    """Split outcome indexes into balanced groups of at most `per_table`."""
    if count == 0:
        return []
    parts = -(-count // per_table)
    base, extra = divmod(count, parts)  # balanced: 25 outcomes in 3 parts are 9, 8 and 8
    groups, start = [], 0
    for part in range(parts):
        size = base + (1 if part < extra else 0)
        groups.append(range(start, start + size))
        start += size
    return groups


def _key(outcomes: tuple[OutcomeItem, ...]) -> list[Flowable]:
    rows: list[list[object]] = []
    for number, outcome in enumerate(outcomes, start=1):
        text = outcome.title + (f" — {outcome.description}" if outcome.description else "")
        rows.append([f"{number}.", paragraph(text, "cell")])
    table = Table(rows, colWidths=[9 * mm, None], hAlign="LEFT", style=[
        ("FONT", (0, 0), (0, -1), fonts.BOLD, 8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ])
    return [paragraph(tr("Outcomes"), "section"), table]


def _grid(template: TickoffTemplate, options: TickoffOptions, group: range,
          width: float) -> GridTable:
    outcomes = template.outcomes
    box_width = min(_OUTCOME_MAX, (width - _NUMBER_WIDTH - _ID_WIDTH - _NAME_MIN) / len(group))
    name_width = width - _NUMBER_WIDTH - _ID_WIDTH - box_width * len(group)
    widths = [_NUMBER_WIDTH, _ID_WIDTH, name_width, *[box_width] * len(group)]
    head: list[object] = ["#", tr("ID", "participant ID column"), tr("Name"),
                          *[str(i + 1) for i in group]]
    data: list[list[object]] = [head]
    heights: list[float | None] = [None]
    for number, row in enumerate(template.rows, start=1):
        name = text_cell(row.name, name_width - _PAD)
        ext = text_cell(row.external_id, _ID_WIDTH - _PAD)
        ticks = [
            TICKED_BOX if options.filled and outcomes[i].outcome_id in row.achieved
            else EMPTY_BOX
            for i in group
        ]
        data.append([str(number), ext, name, *ticks])
        heights.append(_ROW if isinstance(name, str) and isinstance(ext, str) else None)
    first = len(template.rows) + 1
    for number in range(first, first + options.blank_rows):
        data.append([str(number), "", "", *[EMPTY_BOX] * len(group)])
        heights.append(8 * mm)
    style = [
        *table_style(),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
    ]
    return GridTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, style=style)


def _report_part(template: TickoffTemplate, options: TickoffOptions,
                 width: float) -> list[Flowable]:
    report: SessionReportPart | None = template.report if options.filled else None
    box = 4.2 * mm
    if report is not None:
        held, not_held, reason = report.held, not report.held, report.didnt_happen_reason
    elif options.filled:  # no report written: the record still shows what the roll says
        held, not_held = template.held is True, template.held is False
        reason = template.didnt_happen_reason
    else:
        held = not_held = False
        reason = ""
    status_row = Table(
        [[TickBox(held, box), tr("Held"), TickBox(not_held, box), tr("Didn't happen — reason:"),
          paragraph(reason, "cell") if reason else ""]],
        colWidths=[box + 4, 22 * mm, box + 4, 38 * mm, width - 2 * box - 8 - 60 * mm],
        hAlign="LEFT",
        style=[("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9), ("VALIGN", (0, 0), (-1, -1),
               "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
               ("LINEBELOW", (4, 0), (4, 0), 0.5, MUTED)],
    )
    part: list[Flowable] = [paragraph(tr("Session report"), "section"), status_row,
                            Spacer(1, 3 * mm), paragraph(tr("Topics covered"), "section_keep")]
    covered = set(report.topics_covered) if report is not None else set()
    topic_rows: list[list[object]] = [
        [TickBox(topic in covered, box), paragraph(topic, "cell")] for topic in template.topics
    ]
    extra = [t for t in (report.topics_covered if report is not None else ()) if
             t not in template.topics]
    topic_rows += [[TickBox(True, box), paragraph(topic, "cell")] for topic in extra]
    if topic_rows:
        part.append(Table(topic_rows, colWidths=[box + 4, width - box - 4], hAlign="LEFT",
                          style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    if report is None:
        part += [paragraph(tr("Other topics:"), "small"), WritingLines(2)]
    part += [Spacer(1, 2 * mm), paragraph(tr("Notes"), "section_keep")]
    if report is not None and report.notes:
        part.append(paragraph(report.notes, "body", multiline=True))
    elif report is None:
        part.append(WritingLines(4))
    else:
        part.append(paragraph(tr("No notes."), "small"))
    facilitator = (report.facilitator if report and report.facilitator
                   else template.session.facilitator)
    part += [
        Spacer(1, 6 * mm),
        Table([[tr("Facilitator's signature:"), "", "", tr("Name:"),
                text_cell(facilitator, 50 * mm), tr("Date:"), ""]],
              colWidths=[38 * mm, width - 146 * mm, 5 * mm, 12 * mm, 52 * mm, 11 * mm, 28 * mm],
              hAlign="LEFT", style=[("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9),
                     ("LINEBELOW", (1, 0), (1, 0), 0.5, MUTED),
                     ("LINEBELOW", (6, 0), (6, 0), 0.5, MUTED),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]),
    ]
    return [KeepTogether(part)]


def tickoff_story(template: TickoffTemplate, options: TickoffOptions) -> tuple[list[Flowable], int]:
    """The body of the template and its number of grid rows (progress units)."""
    fonts.register()
    width = frame_width(options.setup)
    story: list[Flowable] = []
    units = 0
    if template.outcomes and options.readable:
        pages = grid_pages(template, options)
        for index, page in enumerate(pages):
            story.append(_readable_grid(template, page, options.setup))
            units += page.count
            if index < len(pages) - 1:
                story.append(PageBreak())
        story += [Spacer(1, 4 * mm), CondPageBreak(_HEADING_ROOM), *_key(template.outcomes)]
    elif template.outcomes:
        story += _key(template.outcomes)
        room = width - _NUMBER_WIDTH - _ID_WIDTH - _NAME_MIN
        groups = _outcome_groups(len(template.outcomes), max(1, int(room // _OUTCOME_MIN)))
        for group in groups:
            story.append(Spacer(1, 3 * mm))
            story.append(CondPageBreak(_HEADING_ROOM))
            story.append(Paragraph(_grid_title(group, len(groups)),
                                   paragraph_styles()["section"]))
            grid = _grid(template, options, group, width)
            story.append(grid)
            units += len(template.rows) + options.blank_rows
    else:
        story.append(paragraph(tr("This session has no outcomes to tick off."), "small"))
    story += [Spacer(1, 4 * mm), *_report_part(template, options, width)]
    return story, units


def _grid_title(group: range, groups: int) -> str:
    if groups == 1:
        return tr("Tick each outcome the participant achieved")
    return fill(tr("Tick each outcome the participant achieved — outcomes %1 to %2"),
                group.start + 1, group.stop)


@dataclass(frozen=True)
class GridPage:
    """One page of a read-back template's grid: its outcomes (indexes in the outcome list)
    and its rows, `first` (1-based, participants then blank rows) and `count` of them."""

    group: range
    first: int
    count: int
    groups: int


def grid_pages(template: TickoffTemplate, options: TickoffOptions) -> list[GridPage]:
    """The grid pages of a read-back template, in print order: for each group of outcomes
    that fits across a page, every row (participants, then the blank rows), page by page."""
    setup = options.setup
    groups = _outcome_groups(len(template.outcomes), TickoffGeometry.outcomes_per_page(setup))
    per_page = TickoffGeometry(setup).rows_per_page
    total = len(template.rows) + options.blank_rows
    chunks = [(first, min(per_page, total - first + 1))
              for first in range(1, total + 1, per_page)] or [(1, 0)]
    return [GridPage(group, first, count, len(groups))
            for group in groups for first, count in chunks]


def page_code(template: TickoffTemplate, options: TickoffOptions, page: int) -> PageCode:
    """The QR code of page `page` of a read-back template (pages after the grid: no rows, no
    outcomes)."""
    pages = grid_pages(template, options) if template.outcomes else []
    people = len(template.rows)
    if page <= len(pages):
        grid = pages[page - 1]
        first = grid.first
        count = max(0, min(grid.first + grid.count, people + 1) - grid.first)
        outcomes = [template.outcomes[i].outcome_id for i in grid.group]
        first_outcome = grid.group.start + 1
        blank = grid.count - count
    else:
        first, count, outcomes, first_outcome, blank = people + 1, 0, [], 0, 0
    ids = [row.participant_id for row in template.rows[first - 1:first - 1 + count]]
    return PageCode(
        version=sheet_layout.TICKOFF_VERSION, paper=sheet_layout.paper_code(options.setup),
        page=page, first_row=first, row_count=count, fingerprint=sheet_layout.fingerprint(ids),
        session_id=template.session.session_id, kind=sheet_layout.TICKOFF,
        first_outcome=first_outcome, outcome_count=len(outcomes),
        outcomes=sheet_layout.fingerprint(outcomes), blank_rows=blank)


def _outcome_head(number: int, title: str, width: float, height: float) -> Paragraph:
    """A column head: the outcome's number, then as much of its title as fits the head."""
    look = ParagraphStyle("outcome_head", parent=paragraph_styles()["cell"], fontSize=5.5,
                          leading=6.2, alignment=1)
    room = max(0, int((height - 9.5) // look.leading))
    lines = wrap_words(" ".join(title.split()), width, look.fontName, look.fontSize)
    if len(lines) > room:
        lines = lines[:room]
        if lines:
            last = lines[-1]
            while last and stringWidth(last + "…", look.fontName, look.fontSize) > width:
                last = last[:-1]
            lines[-1] = last.rstrip() + "…"
    return Paragraph("<br/>".join([f"<b>{number}</b>", *map(_markup, lines)]), look)


def _markup(line: str) -> str:
    """A line of user text in a paragraph: escaped, with fallback fonts where DejaVu lacks
    its script (as cells.paragraph does)."""
    return escape(line) if fonts.plain(line) else fonts.markup(line)


def _readable_grid(template: TickoffTemplate, page: GridPage, setup: PageSetup) -> GridTable:
    """One page's table of a read-back template, at TickoffGeometry's places."""
    outcomes = template.outcomes
    where = TickoffGeometry(setup, len(page.group))
    widths = where.widths
    head_room = where.head_height - _PAD
    name_head = Paragraph(
        "<b>" + _markup(tr("Name")) + "</b><br/><font size=6.5 color='#666666'>"
        + _markup(_grid_title(page.group, page.groups)) + "</font>",
        ParagraphStyle("name_head", parent=paragraph_styles()["cell"], leading=8))
    head: list[object] = ["#", tr("ID", "participant ID column"), name_head,
                          *[_outcome_head(i + 1, outcomes[i].title, where.column_width - _PAD,
                                          head_room) for i in page.group]]
    data: list[list[object]] = [head]
    height = sheet_layout.ROW_HEIGHT - 1
    for number in range(page.first, page.first + page.count):
        if number <= len(template.rows):
            row = template.rows[number - 1]
            data.append([str(number), fixed_cell(row.external_id, widths[1] - _PAD, height),
                         fixed_cell(row.name, widths[2] - _PAD, height),
                         *[EMPTY_BOX] * len(page.group)])
        else:
            data.append([str(number), "", "", *[EMPTY_BOX] * len(page.group)])
    style = [
        *table_style(),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "RIGHT"),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
    ]
    return GridTable(data, colWidths=widths,
                     rowHeights=[where.head_height] + [sheet_layout.ROW_HEIGHT] * page.count,
                     repeatRows=1, style=style)


def tickoff_template(
    template: TickoffTemplate,
    output: Output,
    options: TickoffOptions | None = None,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> int:
    """Write the tick-off template of a session as a PDF to `output`; returns the pages."""
    options = options or TickoffOptions()
    story, units = tickoff_story(template, options)
    title = tr("Outcome tick-off — recorded") if options.filled else tr("Outcome tick-off")
    header = session_header(template.session, title, qr_per_page=options.readable)

    def read_marks(canv: Canvas, page: int) -> None:
        draw_read_marks(canv, options.setup, page_code(template, options, page))

    return build_pdf(
        story, output, setup=options.setup, header=header,
        title=fill(tr("%1 — %2 %3", "document title: report, programme, date"), title,
                   template.session.programme_name, long_date(template.session.local_date)),
        footer_note=printed_note(now), progress=progress, total=units,
        on_page=read_marks if options.readable else None,
    )
