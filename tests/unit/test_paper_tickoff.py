"""Tick-off templates read back: a template printed by the app (`report tickoff`), ticked with
pen strokes, photographed and read in with `fieldsessions scan-in`; clear ticks land in the
database as outcome ticks, a faint box is flagged, a tick already set on the laptop is kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.db import store
from fieldsessions.db.models import Outbox, OutcomeTick
from fieldsessions.paper.reader import PageImage, PageReading, read_page
from fieldsessions.reports import sheet_layout
from fieldsessions.reports.tickoff import TickoffOptions, page_code, tickoff_template
from fieldsessions.services import outcomes, report_data
from tests.unit import helpers, paper_marks
from tests.unit.paper_marks import expected_tick
from tests.unit.test_reports_tickoff import template

PEOPLE, OUTCOMES = 8, 4
FAINT = (4, 2)  # (row, outcome number): a faint trace, not a tick
UNTICKED_ON_LAPTOP = (2, 1)  # ticked on paper, set to "not achieved" on the laptop
TICKED_ON_LAPTOP = (1, 1)  # empty on paper, ticked on the laptop
AGREED = (3, 3)  # ticked on both
BLANK_ROW, BLANK_TICKS = PEOPLE + 1, (2, 3)  # a blank row ticked for someone not listed


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldsessions", *args], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ))


@pytest.fixture
def session(db_path: Path) -> dict[str, Any]:
    """8 people booked on a past session with 4 outcomes; three boxes already set on the
    laptop (see the constants)."""
    store.open_store(db_path)
    try:
        info = helpers.programme("Maths tutoring")
        helpers.people(PEOPLE, info.id)
        session_id = helpers.past_session(info.id)
        items = [outcomes.add_session_outcome(session_id, f"Outcome {n}")
                 for n in range(1, OUTCOMES + 1)]
        ids = [row.participant_id for row in report_data.tickoff_template(session_id).rows]
        for (row, outcome), value in ((UNTICKED_ON_LAPTOP, False), (TICKED_ON_LAPTOP, True),
                                      (AGREED, True)):
            if not value:
                outcomes.tick(session_id, ids[row - 1], items[outcome - 1].id, True)
            outcomes.tick(session_id, ids[row - 1], items[outcome - 1].id, value)
        return {"id": session_id, "people": ids, "outcomes": [o.id for o in items]}
    finally:
        store.close_store()


def ticked_photo(template_pdf: Path, target: Path) -> Path:
    """The printed template's page, ticked as `expected_tick` says (one box faint),
    photographed slightly askew."""
    page = paper_marks.render(template_pdf)[0]
    where = sheet_layout.TickoffGeometry(sheet_layout.PAPER_CODES["a4p"], OUTCOMES)
    for row in range(1, PEOPLE + 1):
        for outcome in range(1, OUTCOMES + 1):
            if (row, outcome) == FAINT:
                paper_marks.mark(page, where, row - 1, outcome - 1, kind="faint")
            elif expected_tick(row, outcome):
                paper_marks.mark(page, where, row - 1, outcome - 1,
                                 kind=paper_marks.KINDS[(row + outcome) % 4], seed=row)
    for outcome in BLANK_TICKS:
        paper_marks.mark(page, where, BLANK_ROW - 1, outcome - 1, kind="tick", seed=outcome)
    return paper_marks.save(paper_marks.photograph(page, angle=2, squeeze=0.02, noise=3),
                            target)


def stored_ticks(db_path: Path, session: dict[str, Any]) -> dict[tuple[int, int], bool]:
    store.open_store(db_path)
    try:
        rows = {pid: n for n, pid in enumerate(session["people"], start=1)}
        numbers = {oid: n for n, oid in enumerate(session["outcomes"], start=1)}
        return {(rows[t.participant_id], numbers[t.outcome_id]): bool(t.achieved)
                for t in OutcomeTick.select()}
    finally:
        store.close_store()


def test_a_printed_template_ticked_and_photographed_is_read_in_through_the_cli(
    db_path: Path, session: dict[str, Any], tmp_path: Path
) -> None:
    printed_pdf = tmp_path / "tickoff.pdf"
    printed = cli("--db", str(db_path), "report", "tickoff", "--session", session["id"],
                  "-o", str(printed_pdf))
    assert printed.returncode == 0, printed.stderr
    photo = ticked_photo(printed_pdf, tmp_path / "photo.png")
    before = stored_ticks(db_path, session)

    shown = cli("--db", str(db_path), "scan-in", str(photo), "--json")
    assert shown.returncode == 0, shown.stderr
    page = json.loads(shown.stdout)["pages"][0]
    assert page["kind"] == "tickoff" and page["rows"] == []
    assert page["unlisted"] == [{"row": BLANK_ROW, "outcomes": list(BLANK_TICKS)}]
    boxes = {(t["row"], t["outcome"]): t for t in page["ticks"]}
    assert len(boxes) == PEOPLE * OUTCOMES
    for (row, outcome), box in boxes.items():
        if (row, outcome) == FAINT:
            assert box["doubtful"] and box["note"], box
        else:
            assert (box["read"], box["doubtful"]) == (expected_tick(row, outcome), False), box
    for key in (UNTICKED_ON_LAPTOP, TICKED_ON_LAPTOP):
        assert boxes[key]["conflict"] and not boxes[key]["writable"]
    assert not boxes[AGREED]["conflict"] and not boxes[AGREED]["writable"]
    assert stored_ticks(db_path, session) == before  # nothing written without --accept

    text = cli("--db", str(db_path), "scan-in", str(photo))
    out = text.stdout
    assert "tick-off page 1, rows 1-8, outcomes 1-4" in out
    assert out.index("Doubtful") < out.index("Paper and laptop disagree") < out.index("Ticked:")
    assert ("row   2  Person 001 (Person-1), outcome 1 (Outcome 1): paper says ticked, the "
            "laptop has it not ticked") in out
    assert ("row   1  Person 000 (Person-0), outcome 1 (Outcome 1): paper says not ticked, "
            "the laptop has it ticked") in out
    assert (f"Blank row {BLANK_ROW} has outcomes 2, 3 ticked for someone not listed: not "
            "read; add them as a walk-in on the Roster tab") in out
    clear = [key for key, box in boxes.items() if box["writable"]]
    assert f"{len(clear)} ticks to write, 1 doubtful" in out
    assert "2 conflicts with the laptop" in out

    store.open_store(db_path)
    try:
        queued = Outbox.select().where(Outbox.entity == "outcome_tick").count()
    finally:
        store.close_store()
    accepted = cli("--db", str(db_path), "scan-in", str(photo), "--accept")
    assert accepted.returncode == 0, accepted.stderr
    assert f"Wrote 0 marks and {len(clear)} ticks in one go" in accepted.stdout
    after = stored_ticks(db_path, session)
    for key in clear:
        assert after[key] is True
    assert after[UNTICKED_ON_LAPTOP] is False and after[TICKED_ON_LAPTOP] is True
    assert FAINT not in after  # flagged, never written
    assert len(after) == len(before) + len(clear)
    store.open_store(db_path)
    try:
        assert Outbox.select().where(Outbox.entity == "outcome_tick").count() \
            - queued == len(clear)
    finally:
        store.close_store()
    again = cli("--db", str(db_path), "scan-in", str(photo), "--accept")
    assert "Wrote 0 marks and 0 ticks in one go" in again.stdout


@pytest.mark.parametrize("kind", ["scan", "photo"])
def test_every_box_of_a_two_group_template_is_read_as_ticked(kind: str, tmp_path: Path) -> None:
    data, options = template(12, 12), TickoffOptions()  # outcomes in two groups of six
    tickoff_template(data, tmp_path / "t.pdf", options)
    pages = paper_marks.mark_tickoff(paper_marks.render(tmp_path / "t.pdf"), data, options,
                                     faint=((5, 8),))
    for number, image in enumerate(pages, start=1):
        if kind == "photo":
            image = paper_marks.photograph(image, angle=-6, squeeze=0.04, noise=4, seed=number)
        reading = read_page(PageImage(f"page {number}", image))
        assert isinstance(reading, PageReading), reading
        assert reading.code == page_code(data, options, number)
        assert reading.unlisted == ()  # its blank rows are left blank
        code = reading.code
        assert [row.row for row in reading.ticks] == list(
            range(code.first_row, code.first_row + code.row_count))
        for row in reading.ticks:
            for column, box in enumerate(row.boxes):
                outcome = code.first_outcome + column
                if (row.row, outcome) == (5, 8):
                    assert box.doubtful and box.note == "a faint mark"
                else:
                    assert (box.ticked, box.doubtful) == (expected_tick(row.row, outcome),
                                                          False), (row.row, outcome, box)


def test_a_page_whose_outcome_columns_changed_since_printing_is_refused_with_a_sentence(
    db_path: Path, session: dict[str, Any], tmp_path: Path
) -> None:
    printed_pdf = tmp_path / "tickoff.pdf"
    printed = cli("--db", str(db_path), "report", "tickoff", "--session", session["id"],
                  "-o", str(printed_pdf))
    assert printed.returncode == 0, printed.stderr
    photo = ticked_photo(printed_pdf, tmp_path / "photo.png")
    store.open_store(db_path)
    try:
        outcomes.drop_outcome(session["id"], session["outcomes"][1])  # columns 2-4 move
    finally:
        store.close_store()
    before = stored_ticks(db_path, session)
    result = cli("--db", str(db_path), "scan-in", str(photo), "--accept")
    assert result.returncode == 1
    assert ("The outcome list of the session has changed since photo.png was printed"
            in result.stderr) and "Traceback" not in result.stderr
    assert stored_ticks(db_path, session) == before
