"""A column title keeps its words whole: a word wider than a narrow box column is printed in
smaller type, not split ("Present" over "e", as Spanish and Portuguese sheets printed)."""

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from fieldsessions.reports import fonts
from fieldsessions.reports.cells import heading_cell
from fieldsessions.reports.sheet_layout import BOX_COLUMN


def test_a_long_word_in_a_box_column_is_set_smaller_and_stays_whole():
    fonts.register()
    width = BOX_COLUMN - 2 * mm
    cell = heading_cell("Justificado", width)
    assert isinstance(cell, Paragraph)
    assert cell.style.fontSize < 8
    _w, _h = cell.wrap(width, 100)
    assert len(cell.blPara.lines) == 1  # one line: the word is whole


def test_a_title_that_fits_stays_at_the_usual_size():
    fonts.register()
    assert heading_cell("Late", BOX_COLUMN - 2 * mm) == "Late"
