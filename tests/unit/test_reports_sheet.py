"""Attendance sheets, read back from the PDF: names, pages, header, page numbers, walk-in rows."""

from __future__ import annotations

import io
import itertools
import re
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PageObject, PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from fieldsessions.core.records import session_code
from fieldsessions.reports.cells import text_cell
from fieldsessions.reports.data import AttendanceSheet, SessionHeader, SheetRow
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.fonts import unprintable_note
from fieldsessions.reports.sheet import SheetOptions, attendance_sheet
from fieldsessions.reports.styles import PageSetup

SESSION_ID = "0b6f6a8e-9d2c-4f57-8a8e-3c1d2b4a5e6f"
NAMES = ["Zoë Lefèvre", "Γιώργος Παπαδόπουλος", "Ольга Кузнецова", "Nguyễn Thị Thảo",
         "Søren Østergård", "José Ó Briain"]
TICK = re.compile(rb"m [-\d. ]+ l [-\d. ]+ l\nS")  # the tick path drawn inside a box


def header(**changes: object) -> SessionHeader:
    values: dict[str, object] = dict(
        session_id=SESSION_ID, programme_name="Family Development Sessions",
        title="Week 3", topic="Budgeting at home", local_date=date(2026, 3, 10),
        start=time(9), end=time(10, 30), duration_min=90, timezone="Africa/Nairobi",
        location="Barangay Hall", online_url="", facilitator="Thandi Mokoena",
    )
    values.update(changes)
    return SessionHeader(**values)  # type: ignore[arg-type]


def people(count: int, statuses: tuple[str | None, ...] = (None,)) -> tuple[SheetRow, ...]:
    return tuple(
        SheetRow(f"p{i}", f"ID-{i:04d}", f"{NAMES[i % len(NAMES)]} {i:04d}",
                 status=statuses[i % len(statuses)], marked_by="Thandi",
                 marked_at=datetime(2026, 3, 10, 7, 5, tzinfo=UTC))
        for i in range(count)
    )


def render(sheet: AttendanceSheet, options: SheetOptions | None = None) -> PdfReader:
    buffer = io.BytesIO()
    attendance_sheet(sheet, buffer, options)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def pages_text(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def content(page: PageObject) -> bytes:
    """The page's drawing operators, decompressed."""
    stream = page.get_contents()
    assert stream is not None
    return bytes(stream.get_data())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_one_of_a_thousand_names_is_printed_with_header_and_numbers_on_every_page() -> None:
    rows = people(1000)
    reader = render(AttendanceSheet(header(), rows))
    texts = pages_text(reader)
    total = len(texts)
    assert 20 < total < 40
    for number, text in enumerate(texts, start=1):
        assert "Attendance sheet" in text
        assert "Family Development Sessions" in text
        assert "Thandi Mokoena" in text
        assert session_code(SESSION_ID) in text and SESSION_ID not in text  # no UUID on paper
        assert f"Page {number} of {total}" in text
        assert "Present" in text and "Absent" in text  # the column titles repeat
    everything = "\n".join(texts)
    for row in rows:
        assert row.name in everything
        assert row.external_id in everything


def test_the_session_id_is_a_qr_code_on_every_page() -> None:
    reader = render(AttendanceSheet(header(), people(200)))
    assert len(reader.pages) > 3
    for page in reader.pages:
        assert b"/FormXob" in content(page)  # the header form with the QR


def test_ten_numbered_walk_in_rows_follow_the_participants_by_default() -> None:
    texts = pages_text(render(AttendanceSheet(header(), people(3))))
    text = "\n".join(texts)
    assert "Walk-ins" in text
    lines = text.splitlines()
    after = lines[next(i for i, line in enumerate(lines) if line.startswith("Walk-ins")):]
    assert [str(n) for n in range(4, 14)] == [line for line in after if line.isdigit()][:10]
    assert "14" not in after


def test_walk_in_rows_can_be_more_or_none() -> None:
    text = "\n".join(pages_text(render(AttendanceSheet(header(), people(2)),
                                       SheetOptions(walk_in_rows=25))))
    assert "27" in text.splitlines()
    text = "\n".join(pages_text(render(AttendanceSheet(header(), people(2)),
                                       SheetOptions(walk_in_rows=0))))
    assert "Walk-ins" not in text and "3" not in text.splitlines()


def test_an_empty_roster_still_prints_a_sheet_with_walk_in_rows() -> None:
    reader = render(AttendanceSheet(header(), ()))
    text = pages_text(reader)[0]
    assert len(reader.pages) == 1
    assert "Nobody is booked" in text and "Walk-ins" in text and "Page 1 of 1" in text
    assert "10" in text.splitlines()


def test_one_participant_fits_on_one_page() -> None:
    reader = render(AttendanceSheet(header(), people(1)))
    assert len(reader.pages) == 1
    assert f"{NAMES[0]} 0000" in pages_text(reader)[0]


@pytest.mark.parametrize(("paper", "landscape", "size"), [
    ("a4", False, A4), ("a4", True, (A4[1], A4[0])),
    ("letter", False, LETTER), ("letter", True, (LETTER[1], LETTER[0])),
])
def test_paper_size_and_orientation_are_honoured(
    paper: str, landscape: bool, size: tuple[float, float]
) -> None:
    reader = render(AttendanceSheet(header(), people(40)),
                    SheetOptions(setup=PageSetup(paper, landscape)))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(size[0], abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(size[1], abs=0.5)
    assert "Page 1 of" in pages_text(reader)[0]


def test_the_blank_sheet_ticks_nothing_and_the_filled_one_ticks_each_recorded_mark() -> None:
    statuses: tuple[str | None, ...] = ("present", "late", "excused", "absent", None)
    rows = people(10, statuses)
    blank = render(AttendanceSheet(header(), rows))
    filled = render(AttendanceSheet(header(), rows), SheetOptions(filled=True))

    def ticks(reader: PdfReader) -> int:
        return sum(len(TICK.findall(content(p))) for p in reader.pages)

    assert ticks(blank) == 0
    assert ticks(filled) == 8  # two of each status; the two pending rows stay empty
    text = "\n".join(pages_text(filled))
    assert "Attendance record" in text
    assert "Present 2 · Late 2 · Excused 2 · Absent 2 · Not marked 2" in text


def test_the_signature_layout_has_a_signature_column_and_prints_statuses_when_filled() -> None:
    rows = people(4, ("present", "absent"))
    blank = "\n".join(pages_text(render(AttendanceSheet(header(), rows),
                                        SheetOptions(layout="signature"))))
    assert "Signature" in blank and "Excused" not in blank and "Status" not in blank
    filled = "\n".join(pages_text(render(AttendanceSheet(header(), rows),
                                         SheetOptions(layout="signature", filled=True))))
    assert "Status" in filled and filled.count("Present") >= 2 and "Absent" in filled


def test_long_and_markup_like_names_wrap_inside_their_cell_and_print_whole() -> None:
    long_name = "Wolfeschlegelsteinhausenbergerdorff " * 6 + "Núñez"
    odd = "Tom & Jerry <Ltd>"
    rows = (SheetRow("a", "X1", long_name), SheetRow("b", "X2", odd),
            SheetRow("c", "ID-" + "9" * 40, "Short"))
    text = "\n".join(pages_text(render(AttendanceSheet(header(), rows))))
    assert squash(long_name) in squash(text)
    assert odd in text
    assert squash("ID-" + "9" * 40) in squash(text)
    unbroken = "Wolfeschlegelsteinhausenbergerdorff" * 6
    for text, width in ((long_name, 200.0), (unbroken, 100.0)):
        cell = text_cell(text, width)
        assert not isinstance(cell, str)
        cell.wrap(width, 1000)
        # room left on each line (lines broken by text_cell itself are FragLines)
        left_over = [line[0] if isinstance(line, tuple) else line.extraSpace
                     for line in cell.blPara.lines]
        assert len(left_over) > 1 and min(left_over) >= 0


def test_non_latin_header_values_survive() -> None:
    text = pages_text(render(AttendanceSheet(
        header(programme_name="Σεμινάριο γονέων", facilitator="Анна Петрова",
               location="Café Ñandú"), people(1))))[0]
    assert "Σεμινάριο γονέων" in text and "Анна Петрова" in text and "Café Ñandú" in text


def test_progress_reports_rising_counts_up_to_the_total() -> None:
    seen: list[tuple[int, int]] = []
    attendance_sheet(AttendanceSheet(header(), people(300)), io.BytesIO(),
                     progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (310, 310)  # 300 participants + 10 walk-in rows
    assert len(seen) > 3
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    assert {total for _done, total in seen} == {310}


def test_writing_to_a_path_returns_the_page_count(tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "sheet.pdf"
    pages = attendance_sheet(AttendanceSheet(header(), people(100)), target)
    assert pages == len(PdfReader(target).pages) > 1


@pytest.mark.parametrize("options", [
    dict(layout="columns"), dict(walk_in_rows=-1), dict(walk_in_rows=501),
])
def test_bad_options_are_refused_with_a_sentence(options: dict[str, object]) -> None:
    with pytest.raises(ReportError):
        SheetOptions(**options)  # type: ignore[arg-type]


def test_an_unknown_paper_size_is_refused() -> None:
    with pytest.raises(ReportError, match="paper size"):
        PageSetup("a3")


def test_scripts_the_font_draws_pass_and_others_are_named_before_printing(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldsessions.reports.fonts import ENV_DIRS

    monkeypatch.setenv(ENV_DIRS, str(tmp_path))  # only the embedded DejaVu Sans
    drawn = ["Zoë Ñúñez", "Γιώργος", "Ольга", "Արամ", "ნინო", "Nguyễn Thị Thảo"]
    assert unprintable_note(drawn) == ""
    note = unprintable_note([*drawn, "王小明", "Ravi शर्मा"])
    assert "王小明" in note and "Ravi शर्मा" in note and "Zoë" not in note
    assert "Chinese/Japanese (Han), Devanagari scripts" in note
    assert "print as empty boxes" in note


def test_unsupported_characters_still_leave_the_rest_of_the_name_printed() -> None:
    text = "\n".join(pages_text(render(AttendanceSheet(header(), (
        SheetRow("a", "C1", "Li 王小明 Wei"),)))))
    assert "Li" in text and "Wei" in text


def test_the_sheet_is_printed_in_the_users_language() -> None:
    from fieldsessions.core import i18n

    french = {("Attendance sheet", ""): "Feuille de présence", ("Facilitator", ""): "Animateur",
              ("Present", "attendance mark"): "Présent", ("Page %1 of %2", ""): "Page %1 sur %2",
              ("Wed", "weekday"): "mer."}
    i18n.install(lambda source, disambiguation: french.get((source, disambiguation), ""))
    try:
        text = squash("\n".join(pages_text(render(AttendanceSheet(header(), people(3))))))
    finally:
        i18n.install(None)
    for words in ("Feuille de présence", "Animateur:", "Présent", "Page 1 sur 1"):
        assert squash(words) in text
    assert "Attendancesheet" not in text and "Page1of1" not in text
