"""The page frame every PDF shares: header and footer drawn per page, "Page X of Y", progress.

Headers are drawn by the page template's `onPage` (never in the story), so they repeat on every
page whatever the body does. "Page X of Y" needs the page count, which is only known at the
end: `_NumberedCanvas` keeps each finished page and stamps the footers when the document is
saved (one pass, no second build). The header, QR code included, is the same on every page:
it is drawn once into a PDF form (XObject) and placed on each page by reference.

Progress: `progress(done, total)` is called as table rows are laid out (and once per
certificate), then `progress(total, total)` when the file is complete.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.tables import Table

from fieldsessions.core import dates
from fieldsessions.core.i18n import fill, tr
from fieldsessions.reports import fonts
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.styles import (
    ACCENT,
    FOOTER_HEIGHT,
    HEADER_GAP,
    INK,
    MARGIN,
    MUTED,
    RULE,
    TITLE_SIZE,
    PageSetup,
)

Progress = Callable[[int, int], None]
PageHook = Callable[[Canvas, int], None]  # (canvas, page number): drawn on top of each page
Output = str | os.PathLike[str] | BinaryIO

QR_SIZE = 21 * mm
_FIELD_SIZE = 8.5
_FIELD_MIN_SIZE = 6.0
_FIELD_LEADING = 11.5
_TITLE_BLOCK = TITLE_SIZE * 1.5
_HEADER_FORM = "page-header"


@dataclass(frozen=True)
class PageHeader:
    """What the top of every page shows.

    Attributes:
        title: the report's name ("Attendance sheet").
        fields: (label, value) pairs laid out in two columns; a value may be "".
        wide_fields: (label, value) pairs each given a whole line (long values: ids, links).
        qr_value: text encoded in a QR code at the top right, or None for no code.
        qr_per_page: the QR's place is kept, but the code is drawn per page by build_pdf's
            `on_page` (a read-back sheet's code names its page).
    """

    title: str
    fields: tuple[tuple[str, str], ...] = ()
    wide_fields: tuple[tuple[str, str], ...] = ()
    qr_value: str | None = None
    qr_per_page: bool = False

    @property
    def height(self) -> float:
        rows = (len(self.fields) + 1) // 2 + len(self.wide_fields)
        text = _TITLE_BLOCK + rows * _FIELD_LEADING + 2
        return max(text, QR_SIZE + 2) if self.qr_value else text


def clean(text: str | None) -> str:
    """One line of printable text: control characters and line breaks become spaces."""
    if not text:
        return ""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text)


def fit_string(
    text: str, width: float, font: str, size: float, min_size: float
) -> tuple[str, float]:
    """Shrink `text` to fit `width` (down to `min_size`), then cut it with an ellipsis.

    With the DejaVu fonts, the width is the one `fonts.draw_line` draws (fallback fonts,
    shaping)."""
    def wide(part: str, at: float) -> float:
        if font in (fonts.REGULAR, fonts.BOLD):
            return fonts.line_width(part, at, bold=font == fonts.BOLD)
        return float(stringWidth(part, font, at))

    current = size
    while current > min_size and wide(text, current) > width:
        current = max(min_size, current - 0.5)
    if wide(text, current) <= width:
        return text, current
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with "…"
        mid = (lo + hi + 1) // 2
        if wide(text[:mid] + "…", current) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…", current


def _qr_drawing(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(value, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def draw_header(canv: Canvas, header: PageHeader, left: float, top: float, width: float) -> None:
    """Draw `header` with its top-left corner at (left, top)."""
    text_width = width - (QR_SIZE + 4 * mm if header.qr_value else 0)
    canv.saveState()
    title, size = fit_string(clean(header.title), text_width, fonts.BOLD, TITLE_SIZE, 9)
    canv.setFillColor(ACCENT)
    y = top - TITLE_SIZE
    fonts.draw_line(canv, left, y, title, size, bold=True)
    y -= _TITLE_BLOCK - TITLE_SIZE + _FIELD_LEADING - _FIELD_SIZE
    column = text_width / 2
    pairs = list(header.fields)
    for index in range(0, len(pairs), 2):
        for offset, (label, value) in enumerate(pairs[index:index + 2]):
            _field(canv, label, value, left + offset * column, y, column - 3 * mm)
        y -= _FIELD_LEADING
    for label, value in header.wide_fields:
        _field(canv, label, value, left, y, text_width)
        y -= _FIELD_LEADING
    if header.qr_value and not header.qr_per_page:
        draw_qr(canv, header.qr_value, left + width - QR_SIZE, top - QR_SIZE, QR_SIZE)
    canv.restoreState()


def draw_qr(canv: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code of `value`, `size` points square, lower-left corner at (x, y)."""
    canv.saveState()
    canv.translate(x, y)
    renderPDF.draw(_qr_drawing(value, size), canv, 0, 0)
    canv.restoreState()


def _field(canv: Canvas, label: str, value: str, x: float, y: float, width: float) -> None:
    label_text = fill(tr("%1: ", "field label on a printed page"), label)
    canv.setFont(fonts.BOLD, _FIELD_SIZE)
    canv.setFillColor(MUTED)
    canv.drawString(x, y, label_text)
    used = stringWidth(label_text, fonts.BOLD, _FIELD_SIZE)
    text, size = fit_string(clean(value) or "—", width - used, fonts.REGULAR, _FIELD_SIZE,
                            _FIELD_MIN_SIZE)
    canv.setFillColor(INK)
    fonts.draw_line(canv, x + used, y, text, size)


def _canvas_class(setup: PageSetup, footer_note: str) -> type[Canvas]:
    """A canvas that stamps "Page X of Y" and a note on every page when it is saved."""
    width, _height = setup.size

    class _NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.page_total = 0

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._stamp(total)
                Canvas.showPage(self)
            self.page_total = total  # after the loop: each saved state holds the old value
            Canvas.save(self)

        def _stamp(self, total: int) -> None:
            self.saveState()
            y = MARGIN - FOOTER_HEIGHT + 2 * mm
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, y + 3.2 * mm, width - MARGIN, y + 3.2 * mm)
            self.setFont(fonts.REGULAR, 7.5)
            self.setFillColor(MUTED)
            page_text = fill(tr("Page %1 of %2"), self._pageNumber, total)
            note_width = width - 2 * MARGIN - stringWidth(page_text, fonts.REGULAR, 7.5) - 6 * mm
            note, size = fit_string(footer_note, note_width, fonts.REGULAR, 7.5, 5.5)
            self.setFont(fonts.REGULAR, size)
            self.drawString(MARGIN, y, note)
            self.setFont(fonts.REGULAR, 7.5)
            self.drawRightString(width - MARGIN, y, page_text)
            self.restoreState()

    return _NumberedCanvas


class _ReportDoc(BaseDocTemplate):
    """A one-template document that reports laid-out table rows to a progress callback."""

    def __init__(self, stream: BinaryIO, setup: PageSetup, header: PageHeader | None,
                 title: str, progress: Progress | None, total: int,
                 extra: PageHook | None = None) -> None:
        width, height = setup.size
        top = MARGIN + (header.height + HEADER_GAP if header else 0)
        super().__init__(
            stream, pagesize=setup.size, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=top, bottomMargin=MARGIN, title=title, author="fieldsessions",
            creator="fieldsessions", invariant=False,
        )
        frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - top - MARGIN,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")

        def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
            if header is None:
                return
            if not canv.hasForm(_HEADER_FORM):  # drawn once, placed on every page
                canv.beginForm(_HEADER_FORM)
                draw_header(canv, header, MARGIN, height - MARGIN, width - 2 * MARGIN)
                canv.endForm()
            canv.doForm(_HEADER_FORM)
            if extra is not None:
                extra(canv, canv.getPageNumber())

        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        self._progress = progress
        self._total = total
        self._done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        units = getattr(flowable, "progress_units", None)
        if units is None and isinstance(flowable, Table):
            units = max(0, len(flowable._cellvalues) - flowable.repeatRows)
        if units and self._progress is not None:
            self._done = min(self._total, self._done + units)
            self._progress(self._done, self._total)


def frame_width(setup: PageSetup) -> float:
    """Width available to the body of a page."""
    return setup.size[0] - 2 * MARGIN


def frame_height(setup: PageSetup, header: PageHeader | None) -> float:
    top = MARGIN + (header.height + HEADER_GAP if header else 0)
    return setup.size[1] - top - MARGIN


def build_pdf(
    story: Sequence[Flowable],
    output: Output,
    *,
    setup: PageSetup,
    header: PageHeader | None,
    title: str,
    footer_note: str,
    progress: Progress | None = None,
    total: int = 0,
    on_page: PageHook | None = None,
) -> int:
    """Lay out `story` into a PDF written to `output` (a path, written atomically, or a stream).

    `total` is the number of progress units (table rows, certificates) in the story. Returns
    the number of pages. `on_page` draws more on each page, after its header.
    """
    fonts.register()
    buffer = io.BytesIO()
    doc = _ReportDoc(buffer, setup, header, title, progress, max(total, 1), on_page)
    doc.build(list(story), canvasmaker=_canvas_class(setup, clean(footer_note)))
    write_bytes(buffer.getvalue(), output)
    if progress is not None:
        progress(max(total, 1), max(total, 1))
    return int(doc.canv.page_total)


def write_bytes(data: bytes, output: Output) -> None:
    """Write to a stream, or to a path through a temporary file renamed into place.

    A path that is a symbolic link writes the file it points to (the link stays). Anything that
    is not a regular file (a device such as /dev/full, a pipe, a socket, a folder) is refused
    and left as it is: renaming over it would replace it. Errors name the path the user gave,
    never the temporary file.
    """
    if not isinstance(output, str | os.PathLike):
        output.write(data)
        return
    if os.fspath(output).endswith(("/", os.sep)):
        raise ReportError(fill(tr("Cannot write %1: that names a folder; give a file name."),
                               os.fspath(output)))
    given = Path(output)
    path = Path(os.path.realpath(given))
    if not path.parent.is_dir():  # a link names the folder it points into
        folder = path.parent if given.is_symlink() else given.parent
        raise ReportError(fill(tr("Cannot write %1: the folder %2 does not exist."), given,
                               folder))
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ReportError(fill(tr("Cannot write %1: %2."), given, exc.strerror or exc)) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise ReportError(fill(tr("Cannot write %1: it is a folder; give a file name in it."),
                               given))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise ReportError(fill(tr(
            "Cannot write %1: it is not an ordinary file (a device, pipe or socket), "
            "so it is left alone; give a file name."), given))
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o644
    temp = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.chmod(temp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        if temp is None and exc.errno in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EROFS):
            # No file could be made in the folder (/proc, a read-only disk): say so, not the
            # system's "No such file or directory" about a folder that exists.
            raise ReportError(fill(tr("Cannot write %1: files cannot be written there (the "
                                      "folder %2 takes no new files)."), given,
                                   path.parent)) from None
        raise ReportError(fill(tr("Cannot write %1: %2."), given, exc.strerror or exc)) from None
    except BaseException:
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
        raise


def printed_note(now: datetime | None = None) -> str:
    """The footer's left note: when and by what the page was printed."""
    return fill(tr("Printed %1 with fieldsessions"),
                dates.format_moment((now or datetime.now()).astimezone()))
