"""Table cells: tick boxes drawn as shapes, text that wraps instead of overflowing, a fast grid.

Tick boxes are squares drawn with lines (ZapfDingbats boxes look the same ticked or not in
common viewers). Inside tables they are `TickMark` values that `GridTable` draws straight on
the canvas: a flowable per box costs a wrap, a translate and a state save for each of the
thousands of boxes of a long sheet, which made a 1,000-person sheet several times slower.
"""

from __future__ import annotations

import bisect
import functools
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Paragraph

from fieldsessions.reports import fonts
from fieldsessions.reports.pages import clean
from fieldsessions.reports.styles import (
    BODY_SIZE,
    BOX_SIZE,
    CELL_PADDING,
    INK,
    RULE,
    paragraph_styles,
    table_style,
)


def set_box_pen(canv: Canvas) -> None:
    """The stroke colour and width of tick boxes (set once before drawing many)."""
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.7)


def draw_tick_box(canv: Canvas, x: float, y: float, size: float, checked: bool) -> None:
    """A square with its lower-left corner at (x, y), with a tick in it when `checked`.

    The caller sets the pen first (`set_box_pen`).
    """
    canv.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        canv.saveState()
        canv.setLineWidth(1.4)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        path = canv.beginPath()
        path.moveTo(x + size * 0.18, y + size * 0.52)
        path.lineTo(x + size * 0.42, y + size * 0.22)
        path.lineTo(x + size * 0.86, y + size * 0.84)
        canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


class TickMark:
    """A tick-box cell of a `GridTable` (use the shared `EMPTY_BOX` and `TICKED_BOX`).

    Attributes:
        checked: the box carries a tick.
    """

    __slots__ = ("checked",)

    def __init__(self, checked: bool) -> None:
        self.checked = checked

    def __str__(self) -> str:  # what a plain Table would print: nothing
        return ""

    def __repr__(self) -> str:
        return f"TickMark({self.checked})"


EMPTY_BOX = TickMark(False)
TICKED_BOX = TickMark(True)


# Table style commands that set per-cell properties (the rest draw lines and backgrounds).
_CELL_COMMANDS = frozenset({
    "FONT", "FONTNAME", "FACE", "FONTSIZE", "SIZE", "LEADING", "TEXTCOLOR", "ALIGN",
    "ALIGNMENT", "VALIGN", "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING",
})


def _header_or_body(command: tuple[Any, ...]) -> bool:
    """The command covers the header row, every body row, or both (nothing in between)."""
    (_sc, first), (_ec, last) = command[1], command[2]
    return (first, last) in ((0, 0), (0, -1), (1, -1))


class GridTable(LongTable):
    """A LongTable for long lists: tick boxes drawn directly, empty cells skipped, shared styles.

    `TickMark` cells are drawn as centred squares and empty cells are skipped without a call
    to the canvas. When every per-cell style command addresses the header row, all body rows
    or both, each body row shares one list of cell styles instead of LongTable building and
    styling thousands of them one by one. Everything else (splitting across pages, repeated
    header rows, lines and backgrounds) is LongTable's; split parts are made with
    `self.__class__` and inherit this drawing.
    """

    box_size = BOX_SIZE
    _pen_ready = False

    def __init__(self, data: list[list[Any]], *args: Any, style: Any = None,
                 cellStyles: Any = None, **kwargs: Any) -> None:
        commands = list(style or [])
        cell_commands = [c for c in commands if c[0] in _CELL_COMMANDS]
        if (cellStyles is None and len(data) > 2 and kwargs.get("repeatRows") == 1
                and all(_header_or_body(c) for c in cell_commands)):
            template = LongTable(data[:2], colWidths=kwargs.get("colWidths"),
                                 style=cell_commands)
            head, body = template._cellStyles
            cellStyles = [head] + [body] * (len(data) - 1)
            commands = [c for c in commands if c[0] not in _CELL_COMMANDS]
        super().__init__(data, *args, style=commands or None, cellStyles=cellStyles, **kwargs)

    def draw(self) -> None:
        self._pen_ready = False
        super().draw()

    def _drawCell(
        self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        if cellval.__class__ is TickMark:
            side = self.box_size
            if not self._pen_ready:  # cells only change fill colour and font, never the pen
                set_box_pen(self.canv)
                self._pen_ready = True
            draw_tick_box(self.canv, pos[0] + (size[0] - side) / 2,
                          pos[1] + (size[1] - side) / 2, side, cellval.checked)
            return
        if cellval == "":
            return
        super()._drawCell(cellval, cellstyle, pos, size)


def _rows_from(command: tuple[Any, ...], skipped: int, body: int) -> tuple[Any, ...] | None:
    """A table style command for the part of a table that drops its first `skipped` body rows
    and keeps `body` of them (None when the command is about none of the kept rows).

    The header row and negative (from the end) rows stay as they are; a row range that started
    among the dropped rows starts at the first kept one, as reportlab's own split does (zebra
    rows start again on every page)."""
    (sc, sr), (ec, er) = command[1], command[2]
    if not isinstance(sr, int) or not isinstance(er, int) or skipped == 0:
        return command
    if sr >= 1:
        sr = max(1, sr - skipped)
    if er >= 1:
        er -= skipped
        if er < 1:
            return None
    if sr >= 1 and (sr > body or (er >= 0 and er < sr)):
        return None
    return (command[0], (sc, sr), (ec, er), *command[3:])


class PagedTable(Flowable):
    """A long `GridTable` laid out one page at a time.

    reportlab splits a table at a page break by building a new table of all the rows left
    and measuring them again, so a table of n rows over p pages costs n x p: a 50,000-person
    compliance report took minutes. This keeps the rows and builds, for each page, a table of
    the rows that can reach it (a page's worth and a few more), lets reportlab split that one,
    and keeps the rest of the rows for the next page. The pages come out as one long table's
    would: same column widths, rows, header repeated on each page, zebra starting again on
    each page.

    Attributes:
        progress_units: body rows still to lay out (counted when the last part is drawn).
    """

    def __init__(self, data: list[list[Any]], col_widths: list[float],
                 style: list[tuple[Any, ...]], *, start: int = 1, h_align: str = "LEFT") -> None:
        super().__init__()
        self._data = data  # the header row, then every body row
        self._widths = col_widths
        # Commands about one body row each (tinted rows): by row, so a page takes its own
        # without going through every other page's.
        one_row = sorted(((c[1][1], index) for index, c in enumerate(style)
                          if isinstance(c[1][1], int) and c[1][1] >= 1 and c[1][1] == c[2][1]))
        self._row_keys = [row for row, _index in one_row]
        self._row_commands = [style[index] for _row, index in one_row]
        self._general = [c for c in style if not (isinstance(c[1][1], int) and c[1][1] >= 1
                                                  and c[1][1] == c[2][1])]
        self._start = start  # the first body row not laid out yet
        self.hAlign = h_align
        self.width = sum(col_widths)
        self.height = 0.0
        self._part: GridTable | None = None
        self._part_key: tuple[float, float] | None = None
        self.progress_units = len(data) - start

    def _table(self, count: int) -> GridTable:
        stop = min(len(self._data), self._start + count)
        skipped = self._start - 1
        body = stop - self._start
        first, last = (bisect.bisect_left(self._row_keys, self._start),
                       bisect.bisect_left(self._row_keys, stop))
        style = [c for c in (_rows_from(c, skipped, body)
                             for c in (*self._general, *self._row_commands[first:last])) if c]
        return GridTable([self._data[0], *self._data[self._start:stop]], colWidths=self._widths,
                         repeatRows=1, style=style, hAlign=self.hAlign)

    def _fit(self, avail_width: float, avail_height: float) -> tuple[GridTable, bool]:
        """A table of the next rows, taller than `avail_height` unless it holds all of them;
        and whether it holds them all."""
        count = int(max(avail_height, 0) // 10) + 2  # rows are at least 10 pt tall
        while True:
            table = self._table(count)
            _w, height = table.wrap(avail_width, avail_height)
            whole = self._start + count >= len(self._data)
            if height > avail_height or whole:
                return table, whole
            count *= 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        table, whole = self._fit(avail_width, avail_height)
        self._part, self._part_key = table, (avail_width, avail_height)
        self.width, self.height = table._width, table._height
        if not whole:  # more rows than the page shows: taller than the page, as a whole table
            self.height = max(self.height, avail_height + 1)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self._part is None or self._part_key != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        table = self._part
        assert table is not None
        parts = table.split(avail_width, avail_height)
        if len(parts) < 2:
            return list(parts)
        first = parts[0]
        laid_out = len(first._cellvalues) - 1
        return [first, self._rest(self._start + laid_out)]

    def _rest(self, start: int) -> PagedTable:
        """The same table from body row `start` on (sharing the rows and sorted styles: a
        fresh flowable, with none of the layout state reportlab puts on this one)."""
        rest = PagedTable.__new__(PagedTable)
        Flowable.__init__(rest)
        for name in ("_data", "_widths", "_row_keys", "_row_commands", "_general", "hAlign",
                     "width"):
            setattr(rest, name, getattr(self, name))
        rest._start = start
        rest.height = 0.0
        rest._part = rest._part_key = None
        rest.progress_units = len(self._data) - start
        return rest

    def draw(self) -> None:  # the rows left fit: draw them as one table
        table = self._part
        assert table is not None
        table.canv = self.canv
        table.draw()


class TickBox(Flowable):
    """A tick box as a flowable, for use outside tables (the session report part).

    Attributes:
        checked: draw the tick.
        size: the side of the square in points.
    """

    def __init__(self, checked: bool = False, size: float = BOX_SIZE) -> None:
        super().__init__()
        self.checked = checked
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        set_box_pen(self.canv)
        draw_tick_box(self.canv, 0, 0, self.size, self.checked)


@functools.cache
def _widest_ascii(font: str) -> float:
    """The widest printable ASCII glyph of `font`, at size 1."""
    return max(stringWidth(chr(code), font, 1) for code in range(32, 127))


def fits(text: str, width: float, *, bold: bool = False, size: float = BODY_SIZE) -> bool:
    """Whether `text` fits `width` on one line (short ASCII text is not even measured)."""
    font = fonts.BOLD if bold else fonts.REGULAR
    if text.isascii() and len(text) * _widest_ascii(font) * size <= width:
        return True
    # A hair of tolerance: widths computed as text + padding - padding differ in the last bit.
    return bool(stringWidth(text, font, size) <= width + 0.01)


def text_cell(
    text: str | None, width: float, *, style: str = "cell", size: float = BODY_SIZE
) -> str | Paragraph:
    """`text` as a plain one-line cell when it fits `width`, else a wrapping paragraph.

    Plain strings are much faster to lay out than paragraphs, and most names fit; a long one
    wraps onto more lines (a long word is split), so nothing runs out of its cell.
    """
    line = clean(text)
    bold = style.endswith("bold") or style.startswith("head")
    if not fonts.plain(line):
        return Paragraph(fonts.markup(line, bold), shaped_style(style, size))
    if fits(line, width, bold=bold, size=size):
        return line
    look = paragraph_styles()[style]
    lines = wrap_words(line, width, look.fontName, look.fontSize)
    return Paragraph("<br/>".join(escape(part) for part in lines), look)


def heading_cell(text: str, width: float) -> str | Paragraph:
    """A column title with its words whole: in smaller type (down to 6 pt) when its longest
    word is wider than the column, so a narrow box column prints "Presente", never
    "Present" over "e"."""
    line = clean(text)
    longest = max(line.split(), key=lambda word: stringWidth(word, fonts.BOLD, 1), default="")
    size = 8.0
    while size > 6 and stringWidth(longest, fonts.BOLD, size) > width:
        size -= 0.5
    if size == 8.0 or not fonts.plain(line):
        return text_cell(text, width, style="head_center", size=8)
    return Paragraph(escape(line), shaped_style("head_center", size))


@functools.cache
def shaped_style(style: str, size: float | None = None) -> ParagraphStyle:
    """`style` with harfbuzz shaping on (for text in scripts DejaVu does not draw as is);
    `size` replaces its font size (a plain table cell's size)."""
    look = paragraph_styles()[style]
    size = size or look.fontSize
    return ParagraphStyle(f"{look.name}_shaped", parent=look, shaping=1, fontSize=size,
                          leading=max(look.leading, size * 1.35))


def wrap_words(text: str, width: float, font: str, size: float) -> list[str]:
    """`text` in lines no wider than `width`: broken at spaces; a word longer than a line is
    broken after one of its hyphens when one fits, else between letters, and a line never
    starts with a hyphen (reportlab's own split of long words can cut just before one)."""

    def wide(part: str) -> float:
        return float(stringWidth(part, font, size))

    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if wide(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and wide(word) > width:
            cut = 1
            while cut < len(word) and wide(word[:cut + 1]) <= width:
                cut += 1
            hyphen = word.rfind("-", 1, cut)
            if hyphen > 0:
                cut = hyphen + 1  # after the hyphen: "Wolfe-" / "Schlegel"
            elif word[cut] == "-" and cut > 1:
                cut -= 1  # keep the hyphen off the start of the next line
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def paragraph(text: str | None, style: str = "body", *, multiline: bool = False) -> Paragraph:
    """A paragraph of user text (escaped); `multiline` keeps the user's line breaks.

    Text DejaVu cannot print as is gets fallback fonts and shaping (`fonts.markup`); a
    right-to-left line long enough to wrap reads its words in order only within a line."""
    lines = [clean(line) for line in text.splitlines()] if multiline and text else [clean(text)]
    if all(fonts.plain(line) for line in lines):
        return Paragraph("<br/>".join(escape(line) for line in lines), paragraph_styles()[style])
    bold = paragraph_styles()[style].fontName == fonts.BOLD
    return Paragraph("<br/>".join(fonts.markup(line, bold) for line in lines),
                     shaped_style(style))


class WritingLines(Flowable):
    """Ruled lines to write on by hand.

    Attributes:
        count: how many lines.
        spacing: the distance between lines in points.
    """

    def __init__(self, count: int, spacing: float = 20.0) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.count * self.spacing
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        for index in range(self.count):
            y = self.height - (index + 1) * self.spacing
            canv.line(0, y, self.width, y)


def heading(text: str, style: str = "section", room: float = 30 * mm) -> list[Flowable]:
    """A heading that starts a new page when less than `room` is left below it.

    (A keep-with-next heading would push a whole long table to the next page.)
    """
    return [CondPageBreak(room), paragraph(text, style)]


def data_table(
    titles: list[str],
    widths: list[float | None],
    rows: list[list[str]],
    *,
    total_width: float,
    numeric: tuple[int, ...] = (),
    extra_style: list[tuple[object, ...]] | None = None,
) -> PagedTable:
    """A report table of text: one `None` width takes the rest of `total_width`; long text wraps.

    A fixed width grows when the longest word of its title or its widest value would not fit
    (so "Non-compliant" or "Attended" is never split mid-word). Columns listed in `numeric`
    are right-aligned.
    """
    pad = 2 * CELL_PADDING
    resolved: list[float] = []
    for index, (title, width) in enumerate(zip(titles, widths, strict=True)):
        if width is None:
            resolved.append(0.0)
            continue
        words = max((stringWidth(w, fonts.BOLD, 8) for w in title.split()), default=0.0)
        values = max((stringWidth(clean(r[index]), fonts.REGULAR, BODY_SIZE) for r in rows),
                     default=0.0)
        resolved.append(max(width, words + pad, min(values + pad, 2 * width)))
    flexible = [i for i, w in enumerate(widths) if w is None]
    if flexible:
        rest = max(30 * mm, total_width - sum(resolved)) / len(flexible)
        for index in flexible:
            resolved[index] = rest
    head: list[object] = [heading_cell(t, w - pad) for t, w in zip(titles, resolved, strict=True)]
    data: list[list[object]] = [head]
    for row in rows:
        data.append([text_cell(v, w - pad) for v, w in zip(row, resolved, strict=True)])
    style = [*table_style(), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    style += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numeric]
    style += extra_style or []
    return PagedTable(data, resolved, style)
