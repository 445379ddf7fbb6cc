"""Where everything on a read-back attendance sheet is: one description for writer and reader.

The attendance sheet to tick (layout "ticks", not filled) is printed so that a scan or photo
of it can be read back (fieldsessions.paper). Everything the reader needs is on the page:

- four ArUco markers (4x4 dictionary, ids 0-3) in the corners, clockwise from the top left,
  which give the page's rotation and perspective;
- a QR code (where the header's session QR is on other prints) naming the layout version, the
  paper, the page, the sheet rows on that page and a fingerprint of who is on them;
- tick boxes on a fixed grid: every row has the same height and the table starts at the same
  height on every page, so each box's place follows from the paper and the layout version.

The tick-off template to tick (reports.tickoff, not filled) is read back the same way: the
same markers and the same place for the QR code, whose code starts FSTICK (another layout
kind, with its own version) and also names the page's outcome columns (the first one's
number, how many, a fingerprint of their ids); its grid has one row per participant, as the
sheet's, and one box column of OUTCOME_COLUMN per outcome (TickoffGeometry).

Which people are on a page is fixed when it is printed; the fingerprint lets the reader
refuse a page whose session roll has changed since (someone added or removed before them),
rather than put marks on the wrong people. Change anything here that moves a box and
LAYOUT_VERSION must go up: old pages are then refused with a sentence, never misread.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from fieldsessions.reports.pages import QR_SIZE, PageHeader, frame_height, frame_width
from fieldsessions.reports.styles import BOX_SIZE, MARGIN, PageSetup

LAYOUT_VERSION = 1
CODE_PREFIX = "FSSHEET"
TICKOFF_VERSION = 1  # the tick-off template's layout, versioned apart from the sheet's
TICKOFF_PREFIX = "FSTICK"
SHEET, TICKOFF = "sheet", "tickoff"  # the layout kinds a code names

STATUS_CODES = ("present", "late", "excused", "absent")  # the box columns, left to right

NUMBER_WIDTH = 9 * mm
ID_WIDTH = 22 * mm
BOX_COLUMN = 15 * mm
ROW_HEIGHT = 7 * mm  # every participant row of a read-back sheet
HEAD_ROW_HEIGHT = 6 * mm  # the column titles
OUTCOME_COLUMN = 12 * mm  # a tick-off template's box column per outcome
TICKOFF_ID_WIDTH = 20 * mm
TICKOFF_NAME_MIN = 48 * mm
TICKOFF_HEAD_HEIGHT = 16 * mm  # outcome numbers and their titles, shortened
MARKER_SIZE = 5 * mm  # corner markers: 6x6 cells (black border + 4x4 bits)
MARKER_INSET = 6 * mm  # from the paper's edge: clear of what printers cannot print (~5 mm)

# The 4x4 inner bits (1 = white) of ArUco DICT_4X4_50 markers 0-3, top row first; a paper
# test checks them against OpenCV's dictionary.
MARKER_BITS: tuple[tuple[tuple[int, ...], ...], ...] = (
    ((1, 0, 1, 1), (0, 1, 0, 1), (0, 0, 1, 1), (0, 0, 1, 0)),
    ((0, 0, 0, 0), (1, 1, 1, 1), (1, 0, 0, 1), (1, 0, 1, 0)),
    ((0, 0, 1, 1), (0, 0, 1, 1), (0, 0, 1, 0), (1, 1, 0, 1)),
    ((1, 0, 0, 1), (1, 0, 0, 1), (0, 1, 0, 0), (0, 1, 1, 0)),
)

PAPER_CODES = {
    "a4p": PageSetup("a4", False), "a4l": PageSetup("a4", True),
    "ltp": PageSetup("letter", False), "ltl": PageSetup("letter", True),
}


def paper_code(setup: PageSetup) -> str:
    return next(code for code, known in PAPER_CODES.items() if known == setup)


def header_shape() -> PageHeader:
    """A header shaped like a session's (4 fields, 3 wide fields, a QR): its height is the
    sheet's. sheet.session_header must keep that shape (a test checks)."""
    return PageHeader(title="", fields=(("", ""),) * 4, wide_fields=(("", ""),) * 3,
                      qr_value="-")


def fingerprint(participant_ids: Sequence[str]) -> str:
    """Eight hex digits naming who is on a page, in row order."""
    return hashlib.sha256("\n".join(participant_ids).encode()).hexdigest()[:8]


@dataclass(frozen=True)
class PageCode:
    """What a read-back page's QR code says.

    Attributes:
        version: the layout version the page was printed with.
        paper: a key of PAPER_CODES.
        page: the page number in its PDF (1-based).
        first_row: the sheet row number of the page's first participant row (1-based).
        row_count: how many participant rows the page has (0 on a page of walk-in rows only).
        fingerprint: `fingerprint` of the participant ids on those rows.
        session_id: the session.
        kind: SHEET (an attendance sheet) or TICKOFF (a tick-off template).
        first_outcome: on a tick-off page, the number of its first outcome column (1-based,
            as printed in the outcome list); outcome_count: how many columns it has;
            outcomes: `fingerprint` of their outcome ids. 0, 0 and "" on a sheet.
        blank_rows: on a tick-off page, the blank rows (for people not listed) that follow
            its participant rows in the same table; 0 on a sheet (its walk-in rows are found).
    """

    version: int
    paper: str
    page: int
    first_row: int
    row_count: int
    fingerprint: str
    session_id: str
    kind: str = SHEET
    first_outcome: int = 0
    outcome_count: int = 0
    outcomes: str = ""
    blank_rows: int = 0

    def text(self) -> str:
        """Upper case throughout: a QR code holds that as alphanumeric data, denser than
        bytes, so its modules are larger and a photo reads it more easily."""
        parts: tuple[str, ...]
        if self.kind == TICKOFF:
            parts = (TICKOFF_PREFIX, str(self.version), self.paper, str(self.page),
                     str(self.first_row), str(self.row_count), self.fingerprint,
                     str(self.first_outcome), str(self.outcome_count), self.outcomes,
                     str(self.blank_rows), self.session_id)
        else:
            parts = (CODE_PREFIX, str(self.version), self.paper, str(self.page),
                     str(self.first_row), str(self.row_count), self.fingerprint,
                     self.session_id)
        return ":".join(parts).upper()

    @property
    def current_version(self) -> int:
        """The version of this code's layout kind that this app prints and reads."""
        return TICKOFF_VERSION if self.kind == TICKOFF else LAYOUT_VERSION

    @classmethod
    def parse(cls, text: str) -> PageCode | None:
        """The code in `text`, or None when it is not a read-back page's code."""
        parts = text.strip().lower().split(":")
        sheet = len(parts) == 8 and parts[0] == CODE_PREFIX.lower()
        tickoff = len(parts) == 12 and parts[0] == TICKOFF_PREFIX.lower()
        if not (sheet or tickoff):
            return None
        try:
            version, page, first, count = (int(parts[i]) for i in (1, 3, 4, 5))
            if tickoff:
                first_outcome, outcome_count, blank = (int(parts[i]) for i in (7, 8, 10))
        except ValueError:
            return None
        if sheet:
            return cls(version, parts[2], page, first, count, parts[6], parts[7])
        return cls(version, parts[2], page, first, count, parts[6], parts[11], TICKOFF,
                   first_outcome, outcome_count, parts[9], blank)


@dataclass(frozen=True)
class SheetGeometry:
    """Positions on one paper, in points from the page's lower-left corner."""

    setup: PageSetup

    @property
    def size(self) -> tuple[float, float]:
        return self.setup.size

    @property
    def columns(self) -> int:
        """How many box columns a row has."""
        return len(STATUS_CODES)

    @property
    def column_width(self) -> float:
        return BOX_COLUMN

    @property
    def head_height(self) -> float:
        """The height of the table's row of column titles."""
        return HEAD_ROW_HEIGHT

    @property
    def widths(self) -> list[float]:
        width = frame_width(self.setup)
        fixed = [NUMBER_WIDTH, ID_WIDTH, 0.0, *[BOX_COLUMN] * len(STATUS_CODES)]
        fixed[2] = width - sum(fixed)
        return fixed

    @property
    def table_top(self) -> float:
        """The top edge of the table on every page."""
        return MARGIN + frame_height(self.setup, header_shape())

    @property
    def rows_per_page(self) -> int:
        room = frame_height(self.setup, header_shape()) - self.head_height
        return max(1, math.floor((room - 0.5) / ROW_HEIGHT))

    def row_centre_y(self, index: int) -> float:
        """The middle of the `index`-th (0-based) participant row on a page."""
        return self.table_top - self.head_height - (index + 0.5) * ROW_HEIGHT

    def box(self, index: int, column: int) -> tuple[float, float, float]:
        """(x, y, side) of the box in box column `column` (on a sheet, STATUS_CODES[column])
        of row `index`: its lower-left corner."""
        left = MARGIN + sum(self.widths[:3 + column]) + (self.column_width - BOX_SIZE) / 2
        return left, self.row_centre_y(index) - BOX_SIZE / 2, BOX_SIZE

    def markers(self) -> list[tuple[int, float, float]]:
        """(marker id, x, y of its lower-left corner), clockwise from the top left."""
        width, height = self.size
        near, far_x, far_y = MARKER_INSET, width - MARKER_INSET - MARKER_SIZE, \
            height - MARKER_INSET - MARKER_SIZE
        return [(0, near, far_y), (1, far_x, far_y), (2, far_x, near), (3, near, near)]

    def marker_centres(self) -> list[tuple[float, float]]:
        return [(x + MARKER_SIZE / 2, y + MARKER_SIZE / 2) for _id, x, y in self.markers()]

    def qr_box(self) -> tuple[float, float, float]:
        """(x, y, side) of the page's QR code: where the header puts a session's QR."""
        width, height = self.size
        return width - MARGIN - QR_SIZE, height - MARGIN - QR_SIZE, QR_SIZE


@dataclass(frozen=True)
class TickoffGeometry(SheetGeometry):
    """A tick-off template page: `outcome_count` box columns of OUTCOME_COLUMN at the right,
    the name column taking what is left; the same rows, markers and QR place as a sheet's."""

    outcome_count: int = 1

    @staticmethod
    def outcomes_per_page(setup: PageSetup) -> int:
        """How many outcome columns fit across one page beside the name."""
        room = frame_width(setup) - NUMBER_WIDTH - TICKOFF_ID_WIDTH - TICKOFF_NAME_MIN
        return max(1, math.floor(room / OUTCOME_COLUMN))

    @property
    def columns(self) -> int:
        return self.outcome_count

    @property
    def column_width(self) -> float:
        return OUTCOME_COLUMN

    @property
    def head_height(self) -> float:
        return TICKOFF_HEAD_HEIGHT

    @property
    def widths(self) -> list[float]:
        fixed = [NUMBER_WIDTH, TICKOFF_ID_WIDTH, 0.0, *[OUTCOME_COLUMN] * self.outcome_count]
        fixed[2] = frame_width(self.setup) - sum(fixed)
        return fixed


def geometry(paper: str) -> SheetGeometry | None:
    setup = PAPER_CODES.get(paper)
    return SheetGeometry(setup) if setup is not None else None


def page_geometry(code: PageCode) -> SheetGeometry | None:
    """Where the boxes of the page `code` names are (None: a paper this app does not know,
    or more outcome columns than fit on it)."""
    setup = PAPER_CODES.get(code.paper)
    if setup is None:
        return None
    if code.kind != TICKOFF:
        return SheetGeometry(setup)
    if not 0 <= code.outcome_count <= TickoffGeometry.outcomes_per_page(setup):
        return None
    return TickoffGeometry(setup, code.outcome_count)
