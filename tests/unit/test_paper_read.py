"""Reading marked sheets back: the app's own sheet PDF, marked with pen strokes, then scanned,
turned, photographed askew, shaded, noised, blurred, shuffled; exact marks, doubtful rows
flagged, and a sentence for each page that cannot be read."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from fieldsessions.paper import MISSING_PART, PaperError
from fieldsessions.paper.reader import (
    PageImage,
    PageReading,
    Refusal,
    load_pages,
    read_files,
    read_page,
)
from fieldsessions.reports import sheet_layout
from fieldsessions.reports.data import AttendanceSheet, SessionHeader, SheetRow
from fieldsessions.reports.sheet import SheetOptions, attendance_sheet, session_header
from fieldsessions.reports.sheet_layout import STATUS_CODES, SheetGeometry
from fieldsessions.reports.styles import PageSetup
from tests.unit import paper_marks

SESSION_ID = "0b6f6a8e-9d2c-4f57-8a8e-3c1d2b4a5e6f"
KINDS = ("tick", "cross", "fill", "solid")
PEOPLE = 45  # two pages
FAINT_ROW, DOUBLE_ROW = 5, 12  # 1-based sheet rows marked doubtfully


def header(session_id: str = SESSION_ID) -> SessionHeader:
    return SessionHeader(
        session_id=session_id, programme_name="Family Development Sessions", title="Week 3",
        topic="Budgeting", local_date=date(2026, 3, 10), start=time(9), end=time(10, 30),
        duration_min=90, timezone="Africa/Nairobi", location="Barangay Hall", online_url="",
        facilitator="Thandi Mokoena")


def sheet(count: int = PEOPLE, session_id: str = SESSION_ID) -> AttendanceSheet:
    return AttendanceSheet(header(session_id), tuple(
        SheetRow(f"p{i}", f"ID-{i:04d}", f"Person {i:03d}") for i in range(count)))


def expected(row: int) -> str | None:
    """What the marked corpus says for sheet row `row`: a status, or None (left blank)."""
    choice = (row * 3) % 5
    return None if choice == 4 else STATUS_CODES[choice]


def pdf(tmp: Path, the_sheet: AttendanceSheet, **options: Any) -> Path:
    target = tmp / "sheet.pdf"
    attendance_sheet(the_sheet, target, SheetOptions(**options))
    return target


def marked_pages(path: Path, the_sheet: AttendanceSheet, dpi: int = 200,
                 ink: int = 30, pen_mm: float = 0.55) -> list[Any]:
    """The sheet's pages rendered and marked as `expected` says, plus a faint and a double,
    with a pen `pen_mm` wide."""
    where = SheetGeometry(PageSetup())
    pages = paper_marks.render(path, dpi)
    per_page = where.rows_per_page
    for row in range(1, len(the_sheet.rows) + 1):
        page, index = pages[(row - 1) // per_page], (row - 1) % per_page
        status = expected(row)
        if row == FAINT_ROW:
            paper_marks.mark(page, where, index, 1, kind="faint", dpi=dpi)
        elif status is not None:
            paper_marks.mark(page, where, index, STATUS_CODES.index(status),
                             kind=KINDS[row % 4], dpi=dpi, seed=row, ink=ink, pen_mm=pen_mm)
        if row == DOUBLE_ROW:
            paper_marks.mark(page, where, index, 3, kind="tick", dpi=dpi, seed=99,
                             pen_mm=pen_mm)
    return pages


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    tmp = tmp_path_factory.mktemp("corpus")
    return marked_pages(pdf(tmp, sheet()), sheet())


def check_exact(reading: PageReading | Refusal) -> None:
    """Every row read as marked; only the faint and the double rows are doubtful."""
    assert isinstance(reading, PageReading), reading
    code = reading.code
    assert code.session_id == SESSION_ID and code.version == sheet_layout.LAYOUT_VERSION
    assert [r.row for r in reading.rows] == list(range(code.first_row,
                                                      code.first_row + code.row_count))
    for row in reading.rows:
        if row.row in (FAINT_ROW, DOUBLE_ROW):
            assert row.doubtful, row
            assert row.note
        else:
            assert (row.status, row.doubtful) == (expected(row.row), False), row


def test_the_markers_drawn_on_sheets_are_opencvs_aruco_markers_0_to_3() -> None:
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    for marker, bits in enumerate(sheet_layout.MARKER_BITS):
        image = cv2.aruco.generateImageMarker(dictionary, marker, 6) // 255
        assert image[1:5, 1:5].tolist() == [list(row) for row in bits]


def test_a_straight_scan_of_both_pages_is_read_exactly(corpus: list[Any]) -> None:
    readings = [read_page(PageImage(f"page {n}", page)) for n, page in enumerate(corpus, 1)]
    for reading in readings:
        check_exact(reading)
    assert isinstance(readings[1], PageReading)
    assert readings[1].rows[-1].row == PEOPLE  # every person read once, over two pages
    first = readings[0]
    assert isinstance(first, PageReading)
    faint = next(r for r in first.rows if r.row == FAINT_ROW)
    double = next(r for r in first.rows if r.row == DOUBLE_ROW)
    assert "faint" in faint.note and "both marked" in double.note
    assert all(r.confidence >= 0.8 for r in first.rows if not r.doubtful)


@pytest.mark.parametrize("name, change", [
    ("turned a quarter", lambda p: paper_marks.rotate(p, 1)),
    ("upside down", lambda p: paper_marks.rotate(p, 2)),
    ("turned three quarters", lambda p: paper_marks.rotate(p, 3)),
    ("photo +3 degrees, perspective", lambda p: paper_marks.photograph(
        p, angle=3, squeeze=0.04, noise=4)),
    ("photo -3 degrees, perspective, soft", lambda p: paper_marks.photograph(
        p, angle=-3, squeeze=0.03, blur=1.0)),
    ("dark, uneven light, noisy", lambda p: paper_marks.photograph(
        (p * 0.6).astype(np.uint8), angle=1.5, shade=0.55, noise=10)),
    ("150 dpi scan, grey paper", lambda p: cv2.resize(
        (p * 0.8 + 30).astype(np.uint8), None, fx=0.75, fy=0.75, interpolation=cv2.INTER_AREA)),
])
def test_turned_skewed_shaded_and_noisy_pages_are_read_exactly(
    corpus: list[Any], name: str, change: Any
) -> None:
    check_exact(read_page(PageImage(name, change(corpus[0]))))


def test_pages_in_reverse_order_in_one_file_are_each_read_as_their_own_page(
    corpus: list[Any], tmp_path: Path
) -> None:
    target = tmp_path / "scan.tiff"
    assert cv2.imwritemulti(str(target), [corpus[1], corpus[0]])
    readings = read_files([target])
    assert [r.source for r in readings] == ["scan.tiff page 1", "scan.tiff page 2"]
    assert [r.code.page for r in readings if isinstance(r, PageReading)] == [2, 1]
    for reading in readings:
        check_exact(reading)


def test_a_scanner_pdf_and_jpeg_photos_are_read(corpus: list[Any], tmp_path: Path) -> None:
    photo = paper_marks.photograph(corpus[0], angle=2, squeeze=0.02, noise=3)
    jpeg = tmp_path / "photo.jpg"
    assert cv2.imwrite(str(jpeg), photo, [cv2.IMWRITE_JPEG_QUALITY, 70])
    scan = tmp_path / "scan.pdf"
    pil_pdf(scan, corpus[1])
    readings = read_files([jpeg, scan])
    assert len(readings) == 2
    for reading in readings:
        check_exact(reading)


def pil_pdf(target: Path, image: Any) -> None:
    """A one-page PDF holding `image`, as a scanner writes one (reportlab draws it)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    ok, png = cv2.imencode(".png", image)
    assert ok
    width, height = PageSetup().size
    canvas = Canvas(str(target), pagesize=(width, height))
    canvas.drawImage(ImageReader(io.BytesIO(png.tobytes())), 0, 0, width, height)
    canvas.save()


def test_a_blurred_photo_is_refused_with_a_sentence(corpus: list[Any]) -> None:
    for blur in (3.0, 8.0):
        reading = read_page(PageImage("blurry.jpg", paper_marks.photograph(corpus[0],
                                                                          blur=blur)))
        assert isinstance(reading, Refusal), blur
        assert reading.sentence.startswith("blurry.jpg")
        assert "blurred" in reading.sentence


def test_a_page_with_a_corner_cut_off_is_refused(corpus: list[Any]) -> None:
    page = corpus[0].copy()
    page[-200:, :300] = 255  # the bottom-left marker is gone
    reading = read_page(PageImage("cut.png", page))
    assert isinstance(reading, Refusal)
    assert "1 of the 4 corner marks could not be found" in reading.sentence


def test_an_older_layout_and_a_sheet_from_before_read_back_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheet_layout, "LAYOUT_VERSION", 0)
    old = paper_marks.render(pdf(tmp_path, sheet(3)))[0]
    monkeypatch.undo()
    reading = read_page(PageImage("old.png", old))
    assert isinstance(reading, Refusal)
    assert reading.sentence == (
        "old.png was printed with an older sheet layout (version 0), which this version of "
        "fieldsessions no longer reads: print a new attendance sheet for the session.")
    record = paper_marks.render(pdf(tmp_path, sheet(3), filled=True))[0]  # the session's QR only
    reading = read_page(PageImage("record.png", record))
    assert isinstance(reading, Refusal)
    assert "printed before sheets could be read back" in reading.sentence


def test_files_that_are_not_sheets_are_refused_with_a_sentence(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    cv2.imwrite(str(blank), np.full((800, 600), 255, np.uint8))
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf")
    results = read_files([blank, text, fake, tmp_path / "missing.png"])
    assert all(isinstance(r, Refusal) for r in results)
    sentences = [r.sentence for r in results if isinstance(r, Refusal)]
    assert sentences[0] == "blank.png is blank."
    assert isinstance(results[0], Refusal) and results[0].blank
    assert sentences[1].startswith("Cannot read notes.png: it is not a PDF or a PNG")
    assert sentences[2] == "Cannot read fake.pdf: it is not a PDF file, or it is damaged."
    assert "there is no such file" in sentences[3]


def test_every_page_of_a_letter_landscape_sheet_is_read(tmp_path: Path) -> None:
    setup = PageSetup("letter", landscape=True)
    path = tmp_path / "wide.pdf"
    the_sheet = sheet(30)
    attendance_sheet(the_sheet, path, SheetOptions(setup=setup))
    where = SheetGeometry(setup)
    pages = paper_marks.render(path)
    for row in range(1, 31):
        status = expected(row)
        if status is not None:
            index = (row - 1) % where.rows_per_page
            paper_marks.mark(pages[(row - 1) // where.rows_per_page], where, index,
                             STATUS_CODES.index(status), dpi=200, seed=row)
    rows = []
    for page in pages:
        reading = read_page(PageImage("wide", paper_marks.rotate(page, 1)))
        assert isinstance(reading, PageReading)
        assert reading.code.paper == "ltl"
        rows.extend(reading.rows)
    assert [(r.row, r.status, r.doubtful) for r in rows] == [
        (row, expected(row), False) for row in range(1, 31)]


def test_the_sheet_header_keeps_the_shape_the_layout_counts_on() -> None:
    made = session_header(header(), "Attendance sheet", qr_per_page=True)
    assert made.height == sheet_layout.header_shape().height
    assert replace(made, qr_per_page=False).height == made.height


def test_without_the_optional_part_reading_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "cv2", None)
    with pytest.raises(PaperError) as caught:
        load_pages(tmp_path / "x.png")
    assert str(caught.value) == MISSING_PART
    assert MISSING_PART.startswith("Reading paper sheets needs the optional 'paper' part")


def test_a_light_pencil_tick_is_flagged_for_a_person_never_read_as_no_mark(
    tmp_path: Path
) -> None:
    where = SheetGeometry(PageSetup())
    page = paper_marks.render(pdf(tmp_path, sheet(8)))[0]
    for index in range(4):
        paper_marks.mark(page, where, index, index, ink=185, seed=index)  # grey pencil
    paper_marks.mark(page, where, 4, 0, ink=130, seed=4)  # a soft pencil pressed hard
    for image in (page, paper_marks.photograph(page, angle=2, shade=0.4, noise=5)):
        reading = read_page(PageImage("pencil.png", image))
        assert isinstance(reading, PageReading)
        light = reading.rows[:4]
        assert all(r.doubtful and "faint" in r.note for r in light), light
        assert [r.status for r in light] == list(STATUS_CODES)  # the guess a person confirms
        assert (reading.rows[4].status, reading.rows[4].doubtful) == ("present", False)
        assert all((r.status, r.doubtful) == (None, False) for r in reading.rows[5:])


def test_two_or_three_boxes_marked_in_a_row_are_named_in_the_note() -> None:
    from fieldsessions.paper.reader import judge

    assert judge(1, [0.4, 0.0, 0.0, 0.3]).note == "present and absent both marked"
    assert judge(1, [0.4, 0.3, 0.0, 0.3]).note == "present, late and absent all marked"
    assert judge(1, [0.0, 0.05, 0.0, 0.0]).note == "a faint mark in late"
    assert judge(1, [0.0, 0.0, 0.0, 0.0]).status is None


def test_a_page_that_is_not_a_sheet_has_no_readable_code(tmp_path: Path) -> None:
    page = np.full((1100, 850), 250, np.uint8)
    cv2.putText(page, "Minutes of the meeting", (60, 200), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 0, 3)
    reading = read_page(PageImage("minutes.png", page))
    assert isinstance(reading, Refusal) and not reading.blank
    assert reading.sentence == (
        "minutes.png has no readable sheet code: the image is too blurred, too dark or cut "
        "off, or it is not an attendance sheet printed by fieldsessions.")


def test_a_photo_of_two_pages_side_by_side_is_refused(corpus: list[Any]) -> None:
    both = np.hstack([corpus[0], corpus[1]])
    reading = read_page(PageImage("both.jpg", both))
    assert isinstance(reading, Refusal)
    assert reading.sentence == ("both.jpg shows more than one sheet page; photograph or scan "
                                "one page at a time.")


def test_an_image_opencv_cannot_work_on_is_refused_and_the_next_page_still_read(
    corpus: list[Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldsessions.paper import reader

    tiny = tmp_path / "tiny.png"
    cv2.imwrite(str(tiny), np.zeros((1, 1), np.uint8))
    good = paper_marks.save(corpus[0], tmp_path / "good.png")
    real = reader._straighten

    def fragile(page: PageImage, where: SheetGeometry, qr_side: float) -> Any:
        if page.source == "odd.png":
            raise cv2.error("unsupported depth")
        return real(page, where, qr_side)

    monkeypatch.setattr(reader, "_straighten", fragile)
    odd = paper_marks.save(corpus[0], tmp_path / "odd.png")
    results = read_files([tiny, odd, good])
    assert isinstance(results[0], Refusal)
    assert isinstance(results[1], Refusal)
    assert results[1].sentence == ("odd.png could not be read as a page image (its format or "
                                   "size is unusual); scan or photograph it again.")
    check_exact(results[2])


def test_fine_pens_circles_hatching_and_overshooting_ticks_are_read_or_flagged_never_missed(
    tmp_path: Path,
) -> None:
    """A 0.2 mm pen's ticks are read; a box hatched out beside a fine tick, a ring drawn round
    a box and a big tick mostly outside its box go to a person: never read blank or as the
    wrong box with full confidence."""
    where = SheetGeometry(PageSetup())
    page = paper_marks.render(pdf(tmp_path, sheet(8)))[0]
    fine = {"pen_mm": 0.2, "ink": 40}
    paper_marks.mark(page, where, 0, 0, kind="tick", seed=1, **fine)
    paper_marks.mark(page, where, 1, 2, kind="cross", seed=2, **fine)
    paper_marks.mark(page, where, 2, 3, kind="hatch", seed=3)  # absent taken back...
    paper_marks.mark(page, where, 2, 2, kind="tick", seed=4, **fine)  # ...excused meant
    paper_marks.mark(page, where, 3, 1, kind="circle", seed=5)
    paper_marks.mark(page, where, 4, 0, kind="bigtick", seed=6)
    for image in (page, paper_marks.photograph(page, angle=2, squeeze=0.02, noise=3)):
        reading = read_page(PageImage("fine.png", image))
        assert isinstance(reading, PageReading)
        rows = reading.rows
        assert (rows[0].status, rows[0].doubtful) == ("present", False), rows[0]
        assert (rows[1].status, rows[1].doubtful) == ("excused", False), rows[1]
        assert rows[2].doubtful and rows[2].confidence < 0.8, rows[2]
        assert rows[3].doubtful and "ink around the late box" in rows[3].note, rows[3]
        assert rows[4].doubtful, rows[4]
        assert all((r.status, r.doubtful) == (None, False) for r in rows[5:])
        assert all(r.confidence >= 0.8 for r in rows if not r.doubtful)  # none unsure unflagged
