"""Read the tick boxes of scanned or photographed attendance sheets and tick-off templates.

Per page: decode the QR code (zxing-cpp) that names the session, page, rows and layout; find
the four corner markers (OpenCV ArUco), which fix rotation and perspective, and map the page
onto its printed geometry (reports.sheet_layout) at a fixed scale; divide out uneven lighting
(the page's own blurred background) and call a pixel ink when it is much darker than the paper
around it; then measure how much of the inside of each box is ink.

A fine pen's lines (0.13-0.25 mm, a pixel or two wide) do not survive that smoothing: the
inside of each box is also measured unsmoothed, against the paper's own noise, as the share
in lines that reach across it (a dark one is a mark, any other a trace); and the paper just
around each box is measured for ink (a ring drawn round a box, a tick overshooting it).

A row with one clearly filled box is read with confidence, so is a row with none; a faint
or light (pencil) mark, two marked boxes (a box hatched out beside the one meant), ink
around a box with no one box clearly marked, a reading less sure than CONFIDENT, or a box
whose printed outline is not where it should be (the page badly warped) makes the row
doubtful: it goes to a person, never silently into the roll. A very light mark (a hard
pencil barely pressed) is not seen: its row reads as unmarked, and unmarked rows are listed
for a person too, never written.

A tick-off template's page (its code's kind is TICKOFF) is read the same way, box by box:
each outcome box of each row is ticked, not ticked, or doubtful (a faint trace, or its
outline not found), judged by the same rule as a sheet's box (`judge_box`).

Pages are refused with one sentence when their code is missing or unreadable (too blurred,
not a sheet), names an older or newer layout, or their corner markers cannot all be found.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from fieldsessions.core.i18n import fill, tr
from fieldsessions.paper import PaperError, missing_part
from fieldsessions.reports import sheet_layout
from fieldsessions.reports.sheet_layout import PageCode, SheetGeometry
from fieldsessions.reports.styles import BOX_SIZE, MARGIN

log = logging.getLogger(__name__)

SCALE = 2.5  # pixels per point of the straightened page (180 dpi)
RENDER_DPI = 200  # PDF pages are rendered at this resolution
MARK = 0.12  # share of a box's inside that is ink: at least this is a mark...
FAINT = 0.035  # ...between FAINT and MARK a doubtful trace
INSET = 0.22  # the inside of a box: this share of its side is left off each edge
INK = 0.62  # a pixel this much darker than the paper around it is ink...
LIGHT = 0.8  # ...this much, a light (pencil) mark...
LINE = 0.85  # ...and this much, part of a thin printed line
OUTLINE_FOUND = 0.85  # the share of printed box outlines that must be found where expected
MM = 72 / 25.4  # points in a millimetre
WALK_IN_ROW = 8 * MM  # a blank walk-in row's height (reports.sheet), when only one is found
WRITTEN = 0.004  # share of a walk-in row's writing cells that is ink: someone wrote there
# A thin pen (0.13-0.25 mm) leaves lines a pixel or two wide that the smoothing above rubs
# out: the inside of each box is also measured unsmoothed, as the share of pixels a little
# darker than the paper (LINE), which an empty box's inside has none of.
THIN_MARK = 0.10  # at least this share of a box's inside in thin lines is a mark...
THIN_TRACE = 0.02  # ...between THIN_TRACE and THIN_MARK, a doubtful trace
AROUND = 0.02  # share of the paper around a box (outside its outline) that is ink: a ring
# drawn round it, or a tick overshooting it; with no one box clearly marked, doubtful
CONFIDENT = 0.8  # a reading less sure than this goes to a person
STROKE = 0.8  # a line reaching across this share of a box's inside is a stroke...
SPECK = 0.25  # ...less than this, a speck

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)


def _libs() -> tuple[Any, Any, Any]:
    """cv2, numpy and zxingcpp, or a sentence when the optional part is missing."""
    try:
        import cv2
        import numpy
        import zxingcpp
    except ImportError:
        raise PaperError(missing_part()) from None
    return cv2, numpy, zxingcpp


@dataclass(frozen=True)
class RowReading:
    """The boxes of one sheet row.

    Attributes:
        row: the row's number on the sheet (1-based, as printed in its "#" column).
        status: the status read (a STATUS_CODES value), or None: no box marked.
        doubtful: a person must look (faint mark, two boxes, outline not found).
        confidence: 0-1, how clearly the reading stands out.
        fills: ink share inside each box, in STATUS_CODES order.
        note: why it is doubtful ("" when it is not).
    """

    row: int
    status: str | None
    doubtful: bool
    confidence: float
    fills: tuple[float, ...]
    note: str = ""


@dataclass(frozen=True)
class BoxReading:
    """One outcome box of a tick-off row.

    Attributes:
        ticked: what it most likely says (a doubtful box: the guess).
        doubtful: a person must look (a faint trace, or its outline not where expected).
        confidence: 0-1. fill: the ink share inside it. note: why it is doubtful.
    """

    ticked: bool
    doubtful: bool
    confidence: float
    fill: float
    note: str = ""


@dataclass(frozen=True)
class TickRowReading:
    """The outcome boxes of one tick-off row, in the page's column order.

    Attributes:
        row: the row's number on the template (1-based, as printed in its "#" column).
        boxes: one per outcome column of the page (the code's first_outcome onwards).
    """

    row: int
    boxes: tuple[BoxReading, ...]

    @property
    def doubtful(self) -> bool:
        return any(box.doubtful for box in self.boxes)


@dataclass(frozen=True)
class WalkInRow:
    """A blank walk-in row of a page, as found.

    Attributes:
        line: its place among the page's walk-in rows, from the top (1-based).
        band: (left, top, right, bottom) of the whole row in the straightened page.
        reading: its boxes, read as a roll row's (`row` is `line`).
        written: ink in its ID and name cells: someone wrote there.
    """

    line: int
    band: tuple[int, int, int, int]
    reading: RowReading
    written: bool

    @property
    def used(self) -> bool:
        """Written on, or a box marked: a person must look at it."""
        return self.written or self.reading.status is not None


@dataclass(frozen=True)
class PageImage:
    """One page as found in the files given: `source` names it for a person."""

    source: str
    pixels: Any  # numpy uint8 grey image


@dataclass(frozen=True)
class PageReading:
    """A page read: its code, its rows, the page image, the page straightened onto its printed
    geometry (SCALE pixels a point, upright: what a person reviews) and how long it took."""

    source: str
    code: PageCode
    rows: tuple[RowReading, ...]
    page: PageImage = field(repr=False)
    seconds: float = 0.0
    straight: Any = field(default=None, repr=False, compare=False)
    walk_ins: tuple[WalkInRow, ...] = ()
    ticks: tuple[TickRowReading, ...] = ()  # a tick-off page's rows (`rows` is empty then)
    unlisted: tuple[TickRowReading, ...] = ()  # its blank rows with a box marked


@dataclass(frozen=True)
class Refusal:
    """A page (or file) that cannot be read, and the sentence that says why (`blank`: an empty
    page, such as the back of a sheet a duplex scanner took too; nothing to read)."""

    source: str
    sentence: str
    blank: bool = False


def load_pages(path: str | Path) -> list[PageImage] | Refusal:
    """The pages of a PDF or image file (PNG, JPEG, TIFF with one or more pages)."""
    cv2, numpy, _zxing = _libs()
    path = Path(path)
    name = path.name
    if not path.is_file():
        return Refusal(name, fill(tr("Cannot read %1: there is no such file."), path))
    if path.suffix.lower() == ".pdf":
        try:
            import pypdfium2
        except ImportError:
            raise PaperError(missing_part()) from None
        try:
            document = pypdfium2.PdfDocument(str(path))
        except pypdfium2.PdfiumError:
            return Refusal(name, fill(tr("Cannot read %1: it is not a PDF file, or it is "
                                         "damaged."), name))
        pages = []
        try:
            for number in range(len(document)):
                bitmap = document[number].render(scale=RENDER_DPI / 72, grayscale=True)
                pixels = numpy.ascontiguousarray(bitmap.to_numpy().reshape(
                    bitmap.height, bitmap.width))
                pages.append(PageImage(fill(tr("%1 page %2"), name, number + 1), pixels))
        finally:
            document.close()
        return pages
    ok, images = cv2.imreadmulti(str(path), flags=cv2.IMREAD_GRAYSCALE)
    if not ok or not images:
        single = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
        if single is None:
            return Refusal(name, fill(tr("Cannot read %1: it is not a PDF or a PNG, JPEG or "
                                         "TIFF image, or it is damaged."), name))
        images = [single]
    if len(images) == 1:
        return [PageImage(name, images[0])]
    return [PageImage(fill(tr("%1 page %2"), name, n), image)
            for n, image in enumerate(images, start=1)]


def read_files(paths: Sequence[str | Path]) -> list[PageReading | Refusal]:
    """Every page of every file, read or refused, in the order given."""
    results: list[PageReading | Refusal] = []
    for path in paths:
        pages = load_pages(path)
        if isinstance(pages, Refusal):
            results.append(pages)
            continue
        results.extend(_read_or_refuse(page) for page in pages)
    return results


def _read_or_refuse(page: PageImage) -> PageReading | Refusal:
    """`read_page`, with an image OpenCV cannot work on refused rather than stopping the
    other pages (the error goes to the log)."""
    cv2, _numpy, _zxing = _libs()
    try:
        return read_page(page)
    except cv2.error:
        log.warning("OpenCV could not work on %s", page.source, exc_info=True)
        return Refusal(page.source, fill(tr("%1 could not be read as a page image (its "
                                            "format or size is unusual); scan or photograph "
                                            "it again."), page.source))


def _code(page: PageImage) -> tuple[PageCode, float] | Refusal:
    """The page's code and the side of its QR code in the image's pixels, or a refusal."""
    _cv2, _numpy, zxingcpp = _libs()
    found = zxingcpp.read_barcodes(page.pixels, formats=zxingcpp.BarcodeFormat.QRCode)
    texts = [one.text for one in found]
    codes = [code for code in map(PageCode.parse, texts) if code is not None]
    if not codes and not texts and _blank(page):
        return Refusal(page.source, fill(tr("%1 is blank."), page.source), blank=True)
    if not codes:
        if any(_UUID.match(text.strip()) for text in texts):
            return Refusal(page.source, fill(tr(
                "%1 is a session document of a layout that cannot be read back (a sheet to "
                "sign, a sheet printed with the marks filled in, or one printed before sheets "
                "could be read back). Only the attendance sheet with a tick box per status "
                "(not filled) and the tick-off template are read back: print one of those for "
                "the session."), page.source))
        return Refusal(page.source, fill(tr(
            "%1 has no readable sheet code: the image is too blurred, too dark or cut off, "
            "or it is not an attendance sheet printed by fieldsessions."), page.source))
    if len(set(codes)) > 1:
        return Refusal(page.source, fill(tr("%1 shows more than one sheet page; photograph "
                                            "or scan one page at a time."), page.source))
    code = codes[0]
    if code.version < code.current_version and code.kind == sheet_layout.TICKOFF:
        return Refusal(page.source, fill(tr(
            "%1 was printed with an older tick-off layout (version %2), which this version "
            "of fieldsessions no longer reads: print a new tick-off template for the "
            "session."), page.source, code.version))
    if code.version < code.current_version:
        return Refusal(page.source, fill(tr(
            "%1 was printed with an older sheet layout (version %2), which this version of "
            "fieldsessions no longer reads: print a new attendance sheet for the session."),
            page.source, code.version))
    if code.version > code.current_version or sheet_layout.page_geometry(code) is None:
        return Refusal(page.source, fill(tr("%1 was printed by a newer version of "
                                            "fieldsessions: update this one to read it."),
                                         page.source))
    corners = next(one.position for one in found if PageCode.parse(one.text) == code)
    side = max(abs(complex(a.x - b.x, a.y - b.y)) for a, b in pairwise(
        (corners.top_left, corners.top_right, corners.bottom_right, corners.bottom_left)))
    return code, float(side)


def _blank(page: PageImage) -> bool:
    """Nothing printed or written: hardly a pixel much darker than the page's paper."""
    cv2, numpy, _zxing = _libs()
    smooth = cv2.medianBlur(page.pixels, 3)
    paper = float(numpy.percentile(smooth, 95))
    return bool((smooth < paper * 0.6).mean() < 0.001)


def _straighten(page: PageImage, where: SheetGeometry, qr_side: float) -> Any | Refusal:
    """The page mapped onto its printed geometry at SCALE, or a refusal. `qr_side`: the
    side of the page's QR code in the image, which says how big its corner marks are."""
    cv2, numpy, _zxing = _libs()
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    found: dict[int, Any] = {}
    # The smallest marker looked for is half the size the QR code says the marks are: a page
    # far off in a big photo is searched as closely as one that fills the frame.
    marker = qr_side * sheet_layout.MARKER_SIZE / where.qr_box()[2]
    smallest = {"minMarkerPerimeterRate": min(0.03, 2 * marker / max(page.pixels.shape))}
    # OpenCV's defaults first; then, for a soft photo, finer sampling of each marker's cells
    # and rounder corners allowed. A marker found in the wrong place fails the outline check.
    for tuning in ({**smallest}, {**smallest, "perspectiveRemovePixelPerCell": 8,
                                  "polygonalApproxAccuracyRate": 0.06}):
        parameters = cv2.aruco.DetectorParameters()
        for name, value in tuning.items():
            setattr(parameters, name, value)
        corners, ids, _rejected = cv2.aruco.ArucoDetector(
            dictionary, parameters).detectMarkers(page.pixels)
        for marker, points in zip([] if ids is None else ids.ravel(), corners, strict=True):
            if 0 <= int(marker) <= 3:
                found.setdefault(int(marker), points.reshape(4, 2))
        if len(found) == 4:
            break
    if not found:
        return Refusal(page.source, fill(tr(
            "%1: none of the 4 corner marks could be found (the corners cut off, folded or "
            "covered, or the image too blurred); scan or photograph it again with the whole "
            "page in view."), page.source))
    if len(found) < 4:
        missing = 4 - len(found)
        return Refusal(page.source, fill((
            tr("%1: 1 of the 4 corner marks could not be found (a corner cut off, folded or "
               "covered, or the image too blurred); scan or photograph it again with the "
               "whole page in view.") if missing == 1 else
            tr("%1: %2 of the 4 corner marks could not be found (a corner cut off, folded or "
               "covered, or the image too blurred); scan or photograph it again with the "
               "whole page in view.")), page.source, missing))
    width, height = where.size
    side = sheet_layout.MARKER_SIZE
    source, target = [], []
    for marker, x, y in where.markers():
        top = height - (y + side)
        printed = [(x, top), (x + side, top), (x + side, top + side), (x, top + side)]
        source.extend(found[marker].tolist())
        target.extend([(px * SCALE, py * SCALE) for px, py in printed])
    matrix, _mask = cv2.findHomography(numpy.float32(source), numpy.float32(target))
    if matrix is None:
        return Refusal(page.source, fill(tr("%1: the corner marks do not make a page shape; "
                                            "scan or photograph it again."), page.source))
    size = (round(width * SCALE), round(height * SCALE))
    return cv2.warpPerspective(page.pixels, matrix, size, flags=cv2.INTER_AREA,
                               borderValue=255)


@dataclass(frozen=True)
class Tone:
    """Each pixel's tone over the paper's around it (lighting divided out; 1 is paper):
    `smooth` after a 3-pixel median (specks gone, and thin lines too), `raw` without;
    `line`, per pixel: in `raw`, a pixel darker than this is a line (LINE, or darker on a
    noisy photo: seven times the sensor's noise below the paper there; a camera's noise is
    the same on light and dark paper, so it weighs more where the paper is in shadow)."""

    smooth: Any
    raw: Any
    line: Any


def _darkness(straight: Any) -> Tone:
    """The straightened page's tones (see `Tone`)."""
    cv2, numpy, _zxing = _libs()
    smooth = cv2.medianBlur(straight, 3)
    paper = cv2.dilate(smooth, numpy.ones((25, 25), numpy.uint8))  # ink gone: the paper's tone
    paper = numpy.maximum(cv2.GaussianBlur(paper, (0, 0), 12).astype(numpy.float32), 1.0)
    tone = smooth.astype(numpy.float32) / paper
    raw = straight.astype(numpy.float32) / paper
    # the noise, in grey levels, where the page is paper (the median keeps ink out)
    blank = (straight.astype(numpy.float32) - smooth.astype(numpy.float32))[tone > 0.9]
    noise = (1.4826 * float(numpy.median(numpy.abs(blank - numpy.median(blank))))
             if blank.size else 0.0)
    return Tone(tone, raw, numpy.minimum(LINE, 1 - 7 * noise / paper))


def _boxes(where: SheetGeometry, index: int) -> list[tuple[float, float, float]]:
    """(left, top, side) in straightened pixels of each box of participant row `index`."""
    height = where.size[1]
    boxes = []
    for column in range(where.columns):
        x, y, side = where.box(index, column)
        boxes.append((x * SCALE, (height - y - side) * SCALE, side * SCALE))
    return boxes


@dataclass(frozen=True)
class BoxInk:
    """What is measured of each box of a row (see `_box_fills`), in column order."""

    fills: list[float]
    lights: list[float]
    outlines: list[float]
    thin: list[float]  # dark strokes (see `_strokes`)
    around: list[float]
    lines: list[float]  # any lines, grey ones too (see `_strokes`)


def _box_fills(tones: Tone, boxes: Sequence[tuple[float, float, float]]) -> BoxInk:
    """Per box (see `_boxes`): the ink share inside it, the share of light marks (LIGHT: a
    grey pencil) inside it, the share of its printed outline found (a thin line: LINE
    counts, so a slightly soft photo still finds it), the share of its inside in thin lines
    (unsmoothed, LINE) and the share of the paper just around it that is ink (a ring round
    the box, a tick overshooting it: unsmoothed, LINE, its outline left out)."""
    _cv2, numpy, _zxing = _libs()
    tone, raw = tones.smooth, tones.raw
    fills, lights, outlines, thin, thin_light, around = [], [], [], [], [], []
    for left, top, size in boxes:
        inset = size * INSET
        inside = tone[round(top + inset):round(top + size - inset),
                     round(left + inset):round(left + size - inset)]
        fills.append(float((inside < INK).mean()))
        lights.append(float((inside < LIGHT).mean()))
        fine = raw[round(top + inset):round(top + size - inset),
                   round(left + inset):round(left + size - inset)]
        lines, dark = _strokes(fine, tones.line[round(top + inset):round(top + size - inset),
                                                 round(left + inset):round(left + size - inset)])
        thin.append(dark)
        thin_light.append(lines)
        edge = max(2, round(size * 0.12))  # the outline is thin: allow a little misplacement
        # around: half a box each side, a third above and below (the row's rules are further)
        ox, oy = max(0, round(left - size * 0.5)), max(0, round(top - size * 0.33))
        outer = (raw[oy:round(top + size + size * 0.33), ox:round(left + size * 1.5)]
                 < tones.line[oy:round(top + size + size * 0.33), ox:round(left + size * 1.5)])
        keep = numpy.ones(outer.shape, bool)
        keep[max(0, round(top) - edge - 1 - oy):round(top + size) + edge + 1 - oy,
             max(0, round(left) - edge - 1 - ox):round(left + size) + edge + 1 - ox] = False
        outer &= keep
        # specks of noise left out: only lines reaching across a third of a box count
        around.append(float(_long_lines(outer, size / 3).sum() / max(1, keep.sum()))
                      if outer.any() else 0.0)
        band = numpy.concatenate([
            tone[round(top) - edge:round(top) + edge, round(left):round(left + size)].ravel(),
            tone[round(top + size) - edge:round(top + size) + edge,
                 round(left):round(left + size)].ravel(),
            tone[round(top):round(top + size), round(left) - edge:round(left) + edge].ravel(),
            tone[round(top):round(top + size),
                 round(left + size) - edge:round(left + size) + edge].ravel(),
        ]) < LINE
        outlines.append(float(band.mean()))
    return BoxInk(fills, lights, outlines, thin, around, thin_light)


def _long_lines(ink: Any, least: float) -> Any:
    """The pixels of mask `ink` in lines (a pixel's gap bridged) reaching across at least
    `least` pixels, as a mask."""
    cv2, numpy, _zxing = _libs()
    joined = cv2.dilate(ink.astype(numpy.uint8), numpy.ones((3, 3), numpy.uint8))
    count, labels, stats, _centres = cv2.connectedComponentsWithStats(joined, connectivity=8)
    long = [n for n in range(1, count)
            if max(stats[n, cv2.CC_STAT_WIDTH], stats[n, cv2.CC_STAT_HEIGHT]) - 2 >= least]
    return numpy.isin(labels, long) & ink


def _strokes(tone: Any, line: Any = LINE) -> tuple[float, float]:
    """Of a box's inside (`tone`, unsmoothed): the share in lines, pixels a little darker
    than the paper (`line`, see `Tone`) that join up (a pixel's gap bridged) across at
    least SPECK of it; and the share in dark strokes, lines reaching across STROKE of it
    whose darkest pixels are ink (INK: a pen, however thin; a grey pencil line is not).
    Specks of noise are neither; a short dash (a pen put down and taken back) is a line,
    not a stroke; a tick, a cross or a slash is a stroke."""
    cv2, numpy, _zxing = _libs()
    ink = tone < line
    if not ink.size or not ink.any():
        return 0.0, 0.0
    joined = cv2.dilate(ink.astype(numpy.uint8), numpy.ones((3, 3), numpy.uint8))
    count, labels, stats, _centres = cv2.connectedComponentsWithStats(joined, connectivity=8)
    side = max(ink.shape)
    reach = [max(stats[n, cv2.CC_STAT_WIDTH], stats[n, cv2.CC_STAT_HEIGHT]) - 2
             for n in range(count)]
    lines = [n for n in range(1, count) if reach[n] >= SPECK * side]
    if not lines:
        return 0.0, 0.0
    strokes = [n for n in lines if reach[n] >= STROKE * side
               and float(numpy.percentile(tone[(labels == n) & ink], 10)) < INK]
    return (float((numpy.isin(labels, lines) & ink).mean()),
            float((numpy.isin(labels, strokes) & ink).mean()) if strokes else 0.0)


def _word(status: str) -> str:
    """A status as a note names it, in the user's language."""
    words = {"present": tr("present"), "late": tr("late"), "excused": tr("excused"),
             "absent": tr("absent")}
    return words.get(status, status)


MARKED, EMPTY, TRACE = "marked", "empty", "trace"


def judge_box(ink: float, light: float, thin: float = 0.0, lines: float = 0.0) -> str:
    """One box from the ink share inside it, the share of lighter marks (a box with a
    light pencil mark only is a trace, for a person to look at) and the share in thin lines
    in dark strokes (a fine pen: THIN_MARK a mark) and in any lines (THIN_TRACE: a trace):
    MARKED, EMPTY or TRACE.
    Every box of a sheet or a tick-off template is judged here."""
    if ink >= MARK or thin >= THIN_MARK:
        return MARKED
    if ink >= FAINT or light >= MARK or max(thin, lines) >= THIN_TRACE:
        return TRACE
    return EMPTY


def _strength(ink: float, thin: float) -> float:
    """How much of a mark a box holds, on the ink-share scale (thin lines scaled up to it)."""
    return max(ink, thin * MARK / THIN_MARK)


def judge_tick(fill_share: float, light: float, outline: float, thin: float = 0.0,
               lines: float = 0.0) -> BoxReading:
    """A tick-off box: ticked when marked, not when empty, doubtful on a trace or when its
    printed outline is not where it should be."""
    state = judge_box(fill_share, light, thin, lines)
    fill_share = _strength(fill_share, thin)
    rounded = round(fill_share, 3)
    if outline < 0.25:
        return BoxReading(state == MARKED, True, 0.3, rounded,
                          tr("the box outlines are not where they should be"))
    confidence = (min(1.0, 0.6 + (fill_share - FAINT) * 2) if state == MARKED
                  else min(1.0, 1 - fill_share / FAINT * 0.4) if state == EMPTY else 0.0)
    if state != TRACE and confidence < CONFIDENT:
        return BoxReading(state == MARKED, True, round(confidence, 2), rounded,
                          tr("not clear enough"))
    if state != TRACE:
        return BoxReading(state == MARKED, False, round(confidence, 2), rounded)
    confidence = max(0.0, min(0.5, (MARK - fill_share) / MARK))
    return BoxReading(fill_share >= (FAINT + MARK) / 2, True, round(confidence, 2), rounded,
                      tr("a faint mark"))


def judge(row: int, fills: Sequence[float], lights: Sequence[float] | None = None,
          thin: Sequence[float] | None = None, around: Sequence[float] | None = None,
          lines: Sequence[float] | None = None) -> RowReading:
    """A row's reading from the ink share inside its boxes (and the share of lighter marks:
    a box with a light pencil mark only is a faint mark, for a person to look at; the share
    in thin lines, see `judge_box`; and the ink around each box: with no one box clearly
    marked, ink around a box is a ring round it or a tick overshooting it, for a person).
    A clear reading less sure than CONFIDENT goes to a person too."""
    codes = sheet_layout.STATUS_CODES
    lights = lights if lights is not None else fills
    thin = thin if thin is not None else [0.0] * len(fills)
    around = around if around is not None else [0.0] * len(fills)
    lines = lines if lines is not None else [0.0] * len(fills)
    states = [judge_box(*box) for box in zip(fills, lights, thin, lines, strict=True)]
    fills = [_strength(f, t) for f, t in zip(fills, thin, strict=True)]
    order = sorted(range(len(fills)), key=lambda i: fills[i], reverse=True)
    top, second = fills[order[0]], fills[order[1]]
    marked = [i for i, state in enumerate(states) if state == MARKED]
    faint = [i for i, state in enumerate(states) if state == TRACE]
    rounded = tuple(round(f, 3) for f in fills)
    ringed = [i for i in range(len(fills)) if around[i] >= AROUND and i not in marked]
    if ringed and len(marked) <= 1 and not faint:
        box = max(ringed, key=lambda i: around[i])
        note = (fill(tr("ink around the %1 box, and %2 marked"), _word(codes[box]),
                     _word(codes[marked[0]])) if marked else
                fill(tr("ink around the %1 box, none marked inside it"), _word(codes[box])))
        return RowReading(row, codes[marked[0]] if marked else codes[box], True, 0.3, rounded,
                          note)
    if len(marked) == 1 and not faint:
        confidence = min(1.0, 0.6 + (top - max(second, FAINT)) * 2)
        if confidence < CONFIDENT:
            return RowReading(row, codes[marked[0]], True, round(confidence, 2), rounded,
                              fill(tr("%1 not clearly marked"), _word(codes[marked[0]])))
        return RowReading(row, codes[marked[0]], False, round(confidence, 2), rounded)
    if not marked and not faint:
        confidence = min(1.0, 1 - top / FAINT * 0.4)
        if confidence < CONFIDENT:
            return RowReading(row, None, True, round(confidence, 2), rounded,
                              fill(tr("a faint mark in %1"), _word(codes[order[0]])))
        return RowReading(row, None, False, round(confidence, 2), rounded)
    if len(marked) > 1:
        names = [_word(codes[i]) for i in marked]
        note = (fill(tr("%1 and %2 both marked"), names[0], names[1]) if len(names) == 2
                else fill(tr("%1 and %2 all marked"), ", ".join(names[:-1]), names[-1]))
        guess = codes[order[0]]
    elif marked:
        note = fill(tr("%1 marked, a trace in %2"), _word(codes[marked[0]]),
                    _word(codes[faint[0]]))
        guess = codes[marked[0]]
    else:
        light = max(faint, key=lambda i: (fills[i], lights[i]))
        note = fill(tr("a faint mark in %1"), _word(codes[light]))
        guess = codes[light]
    confidence = max(0.0, min(0.5, (top - second) * 2))
    return RowReading(row, guess, True, round(confidence, 2), rounded, note)


def read_page(page: PageImage) -> PageReading | Refusal:
    """Read one page image, or refuse it with a sentence."""
    started = time.perf_counter()
    coded = _code(page)
    if isinstance(coded, Refusal):
        return coded
    code, qr_side = coded
    where = sheet_layout.page_geometry(code)
    assert where is not None  # _code refuses unknown papers
    straight = _straighten(page, where, qr_side)
    if isinstance(straight, Refusal):
        return straight
    tone = _darkness(straight)
    rows: list[RowReading] = []
    ticks: list[TickRowReading] = []
    outlines: list[float] = []
    for index in range(code.row_count if code.kind == sheet_layout.TICKOFF else 0):
        ink = _box_fills(tone, _boxes(where, index))
        outlines.extend(ink.outlines)
        ticks.append(TickRowReading(code.first_row + index, tuple(
            judge_tick(*box) for box in zip(ink.fills, ink.lights, ink.outlines, ink.thin,
                                            ink.lines, strict=True))))
    unlisted: list[TickRowReading] = []
    for index in range(code.row_count, code.row_count + code.blank_rows):
        ink = _box_fills(tone, _boxes(where, index))
        boxes = tuple(judge_tick(*box) for box in zip(ink.fills, ink.lights, ink.outlines,
                                                      ink.thin, ink.lines, strict=True))
        if any(box.ticked or box.doubtful for box in boxes):
            unlisted.append(TickRowReading(code.first_row + index, boxes))
    for index in range(code.row_count if code.kind == sheet_layout.SHEET else 0):
        ink = _box_fills(tone, _boxes(where, index))
        outlines.extend(ink.outlines)
        reading = judge(code.first_row + index, ink.fills, ink.lights, ink.thin, ink.around,
                        ink.lines)
        if min(ink.outlines) < 0.25 and not reading.doubtful:
            reading = RowReading(reading.row, reading.status, True, 0.3, reading.fills,
                                 tr("the box outlines are not where they should be"))
        rows.append(reading)
    if outlines:
        found = sum(edge >= 0.25 for edge in outlines) / len(outlines)
        if found < OUTLINE_FOUND:
            return Refusal(page.source, fill(tr(
                "%1 is too blurred or too warped to read its boxes; scan it, or photograph "
                "it flat and in focus."), page.source))
    walk_ins = (tuple(row for row in _walk_in_rows(tone, where, code) if row.used)
                if code.kind == sheet_layout.SHEET else ())
    return PageReading(page.source, code, tuple(rows), page,
                       time.perf_counter() - started, straight, walk_ins, tuple(ticks),
                       tuple(unlisted))


def _walk_in_rows(tones: Tone, where: SheetGeometry, code: PageCode) -> list[WalkInRow]:
    """The blank walk-in rows below the page's participants (or on a page of them only).

    Their height on the page depends on the roll above, so they are found, not computed: a
    walk-in row is where the box columns, at their known x, hold printed squares of a box's
    size at the same height (two columns at least: a mark may hide one). The writing cells
    (ID and name) of each are then measured for ink, and its boxes read like a roll row's.
    """
    cv2, numpy, _zxing = _libs()
    tone = tones.smooth
    height = where.size[1]
    side = BOX_SIZE * SCALE
    if code.row_count:
        below = (height - where.row_centre_y(code.row_count - 1)
                 + sheet_layout.ROW_HEIGHT / 2) * SCALE
    else:
        below = (height - where.table_top) * SCALE
    ink = ((tone < LINE) * 255).astype(numpy.uint8)
    centres: list[list[float]] = []
    for status in range(len(sheet_layout.STATUS_CODES)):
        x, _y, _side = where.box(0, status)
        left = max(0, round(x * SCALE - side * 0.3))
        strip = ink[:, left:round(x * SCALE + side * 1.3)]
        contours, _hierarchy = cv2.findContours(strip, cv2.RETR_LIST,
                                                cv2.CHAIN_APPROX_SIMPLE)
        found = []
        for contour in contours:
            _bx, by, bw, bh = cv2.boundingRect(contour)
            if abs(bw - side) < side * 0.25 and abs(bh - side) < side * 0.25 \
                    and by > below:
                found.append(by + bh / 2)
        centres.append(found)
    rows: list[float] = []
    for y in sorted(y for column in centres for y in column):
        if any(abs(y - other) < side / 2 for other in rows):
            continue
        columns = sum(any(abs(y - c) < side / 2 for c in column) for column in centres)
        if columns >= 2:
            rows.append(y)
    if not rows:
        return []
    steps = [b - a for a, b in pairwise(rows)]
    half = (min(steps) if steps else WALK_IN_ROW * SCALE) / 2
    widths = where.widths
    write_left = (MARGIN + widths[0]) * SCALE
    write_right = (MARGIN + sum(widths[:3])) * SCALE
    boxes_right = (MARGIN + sum(widths)) * SCALE
    inset = 1.2 * MM * SCALE
    result = []
    for line, centre in enumerate(rows, start=1):
        cells = tone[round(centre - half + inset):round(centre + half - inset),
                     round(write_left + inset):round(write_right - inset)]
        writing = float((cells < INK).mean()) if cells.size else 0.0
        boxes = []
        for status in range(len(sheet_layout.STATUS_CODES)):
            x, _y, _side = where.box(0, status)
            boxes.append((x * SCALE, centre - side / 2, side))
        ink = _box_fills(tones, boxes)
        band = (round(write_left - widths[0] * SCALE), round(centre - half),
                round(boxes_right), round(centre + half))
        result.append(WalkInRow(line, band, judge(line, ink.fills, ink.lights, ink.thin,
                                                      lines=ink.lines),
                                writing >= WRITTEN))
    return result


def row_band(reading: PageReading, row: int) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of sheet row `row`'s boxes in `reading.straight`, with a
    margin of paper around them so a mark that strays out of its box is seen too."""
    where = sheet_layout.page_geometry(reading.code)
    assert where is not None  # read pages have a known paper
    index = row - reading.code.first_row
    height = where.size[1]
    first_x, y, side = where.box(index, 0)
    last_x, _y, _side = where.box(index, max(0, where.columns - 1))
    pad_x, pad_y = side * 0.5, (sheet_layout.ROW_HEIGHT - side) / 2
    return (round((first_x - pad_x) * SCALE), round((height - y - side - pad_y) * SCALE),
            round((last_x + side + pad_x) * SCALE), round((height - y + pad_y) * SCALE))


def box_in_crop(reading: PageReading, row: int, column: int) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of box column `column` of row `row` in `row_crop`'s image."""
    where = sheet_layout.page_geometry(reading.code)
    assert where is not None  # read pages have a known paper
    x, y, side = where.box(row - reading.code.first_row, column)
    left, top, _right, _bottom = row_band(reading, row)
    box_left, box_top = round(x * SCALE) - max(0, left), round(
        (where.size[1] - y - side) * SCALE) - max(0, top)
    size = round(side * SCALE)
    return box_left, box_top, box_left + size, box_top + size


def row_crop(reading: PageReading, row: int) -> Any:
    """The straightened image of sheet row `row`'s boxes (see `row_band`), for a person."""
    left, top, right, bottom = row_band(reading, row)
    return reading.straight[max(0, top):bottom, max(0, left):right]


def encode_evidence(page: PageImage) -> bytes:
    """The page image as a JPEG (quality 90: legible, a tenth of a phone photo's PNG), kept
    beside the data file as evidence."""
    return encode_jpeg(page.pixels, page.source)


def encode_jpeg(pixels: Any, source: str) -> bytes:
    """A grey image (a page, or a crop of one: `source` names it) as a JPEG of quality 90."""
    cv2, _numpy, _zxing = _libs()
    ok, data = cv2.imencode(".jpg", pixels, [cv2.IMWRITE_JPEG_QUALITY, 90])
    if not ok:
        raise PaperError(fill(tr("The image of %1 could not be encoded."), source))
    return bytes(data.tobytes())


def walk_in_crop(reading: PageReading, row: WalkInRow) -> Any:
    """The straightened image of a walk-in row, from its printed number to its last box."""
    left, top, right, bottom = row.band
    return reading.straight[max(0, top):bottom, max(0, left):right]
