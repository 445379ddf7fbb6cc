"""Look of every report: paper sizes, margins, colours, font sizes and paragraph styles.

Kept apart from the data and from the layout code, so a change of house style is made here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from fieldsessions.core.i18n import fill, tr
from fieldsessions.reports import fonts
from fieldsessions.reports.errors import ReportError

PAPERS = {"a4": A4, "letter": LETTER}

MARGIN = 12 * mm
HEADER_GAP = 4 * mm  # between the page header and the body
FOOTER_HEIGHT = 8 * mm

INK = colors.black
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#8a8a8a")
HEADER_FILL = colors.HexColor("#e4e9ef")
ZEBRA_FILL = colors.HexColor("#f6f7f9")
ALERT_FILL = colors.HexColor("#fbe3e1")
WARN_FILL = colors.HexColor("#fdf3d8")
ACCENT = colors.HexColor("#23476b")

BODY_SIZE = 9.0
SMALL_SIZE = 7.5
TITLE_SIZE = 14.0
BOX_SIZE = 3.6 * mm  # a tick box's side
CELL_PADDING = 3.0  # left and right, points


@dataclass(frozen=True)
class PageSetup:
    """Paper and orientation of a printed report."""

    paper: str = "a4"
    landscape: bool = False

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ReportError(fill(tr("Unknown paper size %1; choose one of: %2."),
                                   repr(self.paper), ", ".join(PAPERS)))

    @property
    def size(self) -> tuple[float, float]:
        base = PAPERS[self.paper]
        return landscape(base) if self.landscape else portrait(base)


@functools.cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles; every one uses the embedded DejaVu fonts."""
    fonts.register()
    body = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2,
        textColor=INK, splitLongWords=True,
    )
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=9.4),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=fonts.BOLD, fontSize=8,
                                    leading=9.4),
        "head": ParagraphStyle("head", parent=body, fontName=fonts.BOLD, fontSize=8,
                               leading=9.4),
        "head_center": ParagraphStyle("head_center", parent=body, fontName=fonts.BOLD,
                                      fontSize=7.5, leading=8.6, alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=body, fontSize=SMALL_SIZE,
                                leading=SMALL_SIZE * 1.25, textColor=MUTED),
        "section": ParagraphStyle("section", parent=body, fontName=fonts.BOLD, fontSize=11,
                                  leading=14, spaceBefore=8, spaceAfter=4, textColor=ACCENT),
        "subsection": ParagraphStyle("subsection", parent=body, fontName=fonts.BOLD,
                                     fontSize=9, leading=12, spaceAfter=3, textColor=ACCENT),
        "section_keep": ParagraphStyle("section_keep", parent=body, fontName=fonts.BOLD,
                                       fontSize=9, leading=12, spaceAfter=3, textColor=ACCENT,
                                       keepWithNext=1),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.BOLD, fontSize=TITLE_SIZE,
                                leading=TITLE_SIZE * 1.2, textColor=ACCENT),
    }


def table_style(header_rows: int = 1, zebra: bool = True) -> list[tuple[object, ...]]:
    """The grid every report table shares (fonts, rules, header fill, zebra rows)."""
    # Each cell command costs a pass over every cell of a long table: top and bottom padding
    # keep reportlab's default (3 pt) and text its default black.
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY_SIZE),
        ("FONT", (0, 0), (-1, header_rows - 1), fonts.BOLD, 8),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, ZEBRA_FILL]))
    return commands
