"""Tick-off templates, read back from the PDF: outcome key, grid, ticks, the session report part."""

from __future__ import annotations

import io
import re
from datetime import date, time

import pytest
from pypdf import PdfReader

from fieldsessions.core.records import session_code
from fieldsessions.reports.data import (
    OutcomeItem,
    SessionHeader,
    SessionReportPart,
    TickoffRow,
    TickoffTemplate,
)
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.tickoff import TickoffOptions, tickoff_template

TICK = re.compile(rb"m [-\d. ]+ l [-\d. ]+ l\nS")

HEADER = SessionHeader(
    session_id="5d0a3c8e-1f2b-4c3d-9e8f-7a6b5c4d3e2f", programme_name="Maths tutoring",
    title="Fractions", topic="", local_date=date(2026, 5, 4), start=time(14), end=time(15),
    duration_min=60, timezone="UTC", location="Library", online_url="", facilitator="Kwame",
)
NAMES = ["Αλέξανδρος Νικολάου", "Дарья Смирнова", "Émile Zoë Brontë", "Nguyễn Văn An"]


def template(people: int, outcomes: int, *, ticked: bool = False,
             report: SessionReportPart | None = None) -> TickoffTemplate:
    items = tuple(OutcomeItem(f"o{i}", f"Outcome {i + 1:02d} title", "explains it" if i % 2
                              else "") for i in range(outcomes))
    rows = tuple(
        TickoffRow(f"p{i}", f"T-{i}", f"{NAMES[i % 4]} {i}",
                   frozenset(o.outcome_id for j, o in enumerate(items) if ticked and j == i % 3))
        for i in range(people)
    )
    return TickoffTemplate(HEADER, items, rows, ("Halves", "Quarters", "Eighths"), report)


def render(data: TickoffTemplate, options: TickoffOptions | None = None) -> PdfReader:
    buffer = io.BytesIO()
    tickoff_template(data, buffer, options)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def ticks(reader: PdfReader) -> int:
    total = 0
    for page in reader.pages:
        stream = page.get_contents()
        assert stream is not None
        total += len(TICK.findall(stream.get_data()))
    return total


def test_the_blank_template_lists_outcomes_participants_and_the_report_part() -> None:
    reader = render(template(6, 4))
    text = text_of(reader)
    for i in range(4):
        assert f"Outcome {i + 1:02d} title" in text
    for i in range(6):
        assert f"{NAMES[i % 4]} {i}" in text
    for part in ("Session report", "Held", "Didn't happen", "Topics covered", "Halves",
                 "Quarters", "Notes", "Facilitator's signature"):
        assert part in text
    assert ticks(reader) == 0
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        # The session by its short code (no UUID on paper; the QR code carries the id).
        assert "Outcome tick-off" in page_text and session_code(HEADER.session_id) in page_text
        assert f"Page {number} of {pages}" in page_text


def test_the_filled_template_ticks_what_was_recorded_and_prints_the_report() -> None:
    report = SessionReportPart(held=True, topics_covered=("Halves", "Mixed numbers"),
                               notes="Two learners need more practice.\nBring fraction strips.",
                               facilitator="Kwame Mensah")
    reader = render(template(6, 3, ticked=True, report=report),
                    TickoffOptions(filled=True, blank_rows=0))
    text = text_of(reader)
    assert "Outcome tick-off — recorded" in text
    assert "Two learners need more practice." in text and "Bring fraction strips." in text
    assert "Mixed numbers" in text  # a topic covered that is not on the programme's list
    assert "Kwame Mensah" in text
    # one tick per participant, plus "Held", "Halves" and "Mixed numbers" in the report part
    assert ticks(reader) == 6 + 3


def test_a_session_that_did_not_happen_prints_its_reason() -> None:
    report = SessionReportPart(held=False, didnt_happen_reason="Flooded road to the school")
    text = text_of(render(template(2, 2, report=report), TickoffOptions(filled=True)))
    assert "Flooded road to the school" in text


def test_many_outcomes_are_split_into_balanced_grids_each_listing_everyone() -> None:
    text = text_of(render(template(5, 25)))
    assert "outcomes 1 to 9" in text and "outcomes 10 to 17" in text
    assert "outcomes 18 to 25" in text
    for i in range(5):
        assert text.count(f"{NAMES[i % 4]} {i}") == 3


def test_no_outcomes_and_no_participants_still_give_a_usable_page() -> None:
    reader = render(template(0, 0))
    text = text_of(reader)
    assert len(reader.pages) == 1
    assert "no outcomes to tick off" in text and "Session report" in text


def test_blank_rows_follow_the_participants() -> None:
    text = text_of(render(template(3, 2), TickoffOptions(blank_rows=4)))
    numbers = [line for line in text.splitlines() if line.isdigit()]
    assert {"4", "5", "6", "7"} <= set(numbers) and "8" not in numbers


def test_a_thousand_participants_are_all_printed() -> None:
    reader = render(template(1000, 5))
    text = text_of(reader)
    assert all(f"{NAMES[i % 4]} {i}" in text for i in range(1000))
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text


def test_a_negative_number_of_blank_rows_is_refused() -> None:
    with pytest.raises(ReportError):
        TickoffOptions(blank_rows=-2)
