"""A long report table laid out a page at a time prints the very pages one long table does."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from reportlab.platypus import Flowable

from fieldsessions.reports import fonts
from fieldsessions.reports.cells import GridTable, PagedTable, data_table, paragraph
from fieldsessions.reports.pages import build_pdf, frame_width
from fieldsessions.reports.styles import ALERT_FILL, WARN_FILL, PageSetup

SETUP = PageSetup("a4", landscape=True)
FILLS = re.compile(r"[\d.]+ [\d.]+ [\d.]+ rg\nn [-\d. ]+ re f\*")
LONG = "Wolfe-Schlegelsteinhausenbergerdorff Maximilian Alexander Johannes " * 3


def _table(count: int) -> PagedTable:
    fonts.register()
    rows = [[LONG if i % 97 == 5 else f"Participant {i}", f"X-{i:05d}", str(i % 20),
             f"{i % 100} %"] for i in range(count)]
    tints: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, row), (-1, row), ALERT_FILL if row % 3 else WARN_FILL)
        for row in range(1, count + 1) if row % 5 in (0, 2)]
    return data_table(["Participant", "ID", "Sessions", "Rate"], [None, 20.0, 40.0, 40.0],
                      rows, total_width=frame_width(SETUP), numeric=(2, 3), extra_style=tints)


def _pages(table: Flowable) -> tuple[list[tuple[str, list[str]]], list[int]]:
    """Per page: its text and its filled rectangles with their colours (grid lines may be
    cut into different pieces: the split of one long table draws the header's and the body's
    apart), and the progress reported."""
    done: list[int] = []
    buffer = io.BytesIO()
    build_pdf([paragraph("A few words before the table."), table], buffer, setup=SETUP,
              header=None, title="t", footer_note="note", total=1000,
              progress=lambda step, _total: done.append(step))
    pages = PdfReader(io.BytesIO(buffer.getvalue())).pages
    return [(page.extract_text(), FILLS.findall(page.get_contents().get_data().decode("latin-1")))
            for page in pages], done


def test_a_paged_table_prints_the_pages_of_one_long_table() -> None:
    paged = _table(1000)
    whole = GridTable(paged._data, colWidths=paged._widths, repeatRows=1,
                      style=[*paged._general, *paged._row_commands], hAlign="LEFT")
    ours, our_progress = _pages(paged)
    theirs, their_progress = _pages(whole)
    assert len(ours) > 20
    assert ours == theirs  # page by page: the same rows, header, tints and zebra
    assert our_progress == their_progress  # progress advances by the rows of each page


def test_a_short_paged_table_fits_on_its_page() -> None:
    ours, _ = _pages(_table(3))
    assert len(ours) == 1
