"""Walk-in rows of a sheet read back: the rows someone wrote in are found (with their boxes
read), blank ones are not, on a page photographed askew."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2

from fieldsessions.paper import reader
from fieldsessions.reports import sheet_layout
from fieldsessions.reports.sheet_layout import STATUS_CODES
from tests.unit import paper_marks
from tests.unit.test_paper_read import pdf, sheet

DPI = 200


def walk_in_bands(page: Any) -> list[tuple[int, int, int, int]]:
    """Where the blank walk-in rows of a clean, unwarped page are (straightened pixels)."""
    clean = reader.read_page(reader.PageImage("clean", page.copy()))
    assert isinstance(clean, reader.PageReading)
    where = sheet_layout.geometry(clean.code.paper)
    assert where is not None
    return [row.band for row in reader._walk_in_rows(reader._darkness(clean.straight), where,
                                                     clean.code)]


def write_in(page: Any, band: tuple[int, int, int, int], name: str,
             status: str | None) -> None:
    """Write `name` by hand in a walk-in row (`band` from walk_in_bands) and tick `status`."""
    scale = (DPI / 72) / reader.SCALE  # straightened pixels -> the page's pixels
    left, top, _right, bottom = band
    if name:
        x = left + (sheet_layout.NUMBER_WIDTH + sheet_layout.ID_WIDTH + 2 * reader.MM) \
            * reader.SCALE
        cv2.putText(page, name, (round(x * scale), round((bottom - 12) * scale)),
                    cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.1, 40, 2, cv2.LINE_AA)
    if status is not None:
        where = sheet_layout.geometry("a4p")
        assert where is not None
        x, _y, side = where.box(0, STATUS_CODES.index(status))
        cx, cy = round(x * reader.SCALE * scale), round((top + bottom) / 2 * scale)
        size = round(side * reader.SCALE * scale)
        cv2.line(page, (cx + 3, cy), (cx + size // 2, cy + size // 2 - 2), 30, 4)
        cv2.line(page, (cx + size // 2, cy + size // 2 - 2), (cx + size + 2, cy - size // 2 - 3),
                 30, 4)


def written_sheet(tmp_path: Path, people: int = 12) -> tuple[Path, list[Any]]:
    """A sheet of `people` whose walk-in rows 2 and 5 are written in and ticked, and row 7
    only ticked, photographed askew."""
    the_sheet = sheet(people)
    page = paper_marks.render(pdf(tmp_path, the_sheet), DPI)[0]
    bands = walk_in_bands(page)
    write_in(page, bands[1], "Wanjiru Kamau", "present")
    write_in(page, bands[4], "Joseph Otieno", "late")
    write_in(page, bands[6], "", "absent")
    photo = paper_marks.photograph(page, angle=3, squeeze=0.03, noise=3)
    return paper_marks.save(photo, tmp_path / "walk-ins.jpg"), bands


def test_walk_in_rows_written_in_are_found_with_their_boxes_and_blank_ones_are_not(
    tmp_path: Path,
) -> None:
    scan, bands = written_sheet(tmp_path)
    assert len(bands) == 10  # the sheet's ten blank rows, found on the clean page
    (reading,) = reader.read_files([scan])
    assert isinstance(reading, reader.PageReading)
    found = [(w.line, w.written, w.reading.status, w.reading.doubtful)
             for w in reading.walk_ins]
    assert found == [(2, True, "present", False), (5, True, "late", False),
                     (7, False, "absent", False)]
    crop = reader.walk_in_crop(reading, reading.walk_ins[0])
    assert crop.shape[0] > 40 and crop.shape[1] > 10 * crop.shape[0]


def test_a_page_without_walk_in_rows_written_has_none(tmp_path: Path) -> None:
    the_sheet = sheet(12)
    page = paper_marks.render(pdf(tmp_path, the_sheet), DPI)[0]
    scan = paper_marks.save(paper_marks.photograph(page, angle=-2, noise=3),
                            tmp_path / "clean.jpg")
    (reading,) = reader.read_files([scan])
    assert isinstance(reading, reader.PageReading) and reading.walk_ins == ()
