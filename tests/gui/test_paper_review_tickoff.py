"""Read a ticked tick-off template from the Roster tab: the template printed by the app, ticked
and photographed, reviewed by keys (a faint box first, Space ticks it; conflicts with the
laptop's ticks shown and kept), written on Enter as outcome ticks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldsessions.db.models import OutcomeTick
from fieldsessions.gui.worker import DbWorker
from fieldsessions.reports.tickoff import tickoff_template
from fieldsessions.services import outcomes, report_data
from tests.gui.test_paper_review import idle, open_review
from tests.unit import helpers
from tests.unit.paper_marks import expected_tick
from tests.unit.test_paper_tickoff import (
    AGREED,
    BLANK_ROW,
    FAINT,
    OUTCOMES,
    PEOPLE,
    TICKED_ON_LAPTOP,
    UNTICKED_ON_LAPTOP,
    ticked_photo,
)


@pytest.fixture
def ticks(db: object, tmp_path: Path) -> dict[str, Any]:
    """8 people, 4 outcomes, three boxes set on the laptop; the template printed by the app,
    ticked as `expected_tick` says (one box only a faint trace) and photographed."""
    info = helpers.programme("Maths tutoring")
    helpers.people(PEOPLE, info.id)
    session_id = helpers.past_session(info.id)
    items = [outcomes.add_session_outcome(session_id, f"Outcome {n}")
             for n in range(1, OUTCOMES + 1)]
    people = [row.participant_id for row in report_data.tickoff_template(session_id).rows]
    for (row, outcome), value in ((UNTICKED_ON_LAPTOP, False), (TICKED_ON_LAPTOP, True),
                                  (AGREED, True)):
        if not value:
            outcomes.tick(session_id, people[row - 1], items[outcome - 1].id, True)
        outcomes.tick(session_id, people[row - 1], items[outcome - 1].id, value)
    tickoff_template(report_data.tickoff_template(session_id), tmp_path / "tickoff.pdf")
    return {"id": session_id, "people": people, "outcomes": [o.id for o in items],
            "photo": ticked_photo(tmp_path / "tickoff.pdf", tmp_path / "photo.jpg")}


def stored(data: dict[str, Any]) -> dict[tuple[int, int], bool]:
    rows = {pid: n for n, pid in enumerate(data["people"], start=1)}
    numbers = {oid: n for n, oid in enumerate(data["outcomes"], start=1)}
    return {(rows[t.participant_id], numbers[t.outcome_id]): bool(t.achieved)
            for t in OutcomeTick.select()}


def test_the_faint_box_comes_first_space_ticks_it_and_enter_writes_the_page(
    qtbot: QtBot, worker: DbWorker, monkeypatch: pytest.MonkeyPatch, ticks: dict[str, Any]
) -> None:
    _tab, dialog = open_review(qtbot, worker, monkeypatch, ticks["id"], [ticks["photo"]])
    assert "tick-off page 1" in dialog.page_list.item(0).text()
    assert "Space" in dialog.hint_label.text()
    assert dialog.walk_in_area.isVisible() and "not written" in dialog.walk_in_title.text()
    shown = [w.text() for w in dialog.walk_in_rows.findChildren(QLabel) if w.text()]
    assert shown == [f"Row {BLANK_ROW}: outcomes 2, 3 ticked"]
    rows = [tuple(dialog.table.item(r, c).text() for c in range(5))
            for r in range(dialog.table.rowCount())]
    assert len(rows) == PEOPLE * OUTCOMES
    # The faint box first, then the two conflicts, each shown with the laptop's tick.
    assert rows[0][0] == str(FAINT[0]) and rows[0][1].endswith(f"· {FAINT[1]}. Outcome "
                                                               f"{FAINT[1]}")
    assert rows[0][2].endswith("?") and rows[0][4] == "nothing"
    assert {(r[0], r[3], r[4]) for r in rows[1:3]} == {
        (str(TICKED_ON_LAPTOP[0]), "ticked", "keep ticked"),
        (str(UNTICKED_ON_LAPTOP[0]), "not ticked", "keep not ticked")}
    assert dialog.table.currentRow() == 0 and "a faint mark" in dialog.message()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # the person sees a tick: tick it
    assert dialog.table.item(0, dialog.WRITE).text() == "ticked"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert "The laptop's tick is kept" in dialog.message()
    before = stored(ticks)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ticks written" in dialog.message(), timeout=20000)
    idle(qtbot, worker)
    after = stored(ticks)
    clear = [(row, outcome) for row in range(1, PEOPLE + 1) for outcome in
             range(1, OUTCOMES + 1) if expected_tick(row, outcome) and (row, outcome)
             not in before and (row, outcome) != FAINT]
    assert all(after[key] is True for key in clear)
    assert after[FAINT] is True  # chosen by the person
    assert after[UNTICKED_ON_LAPTOP] is False and after[TICKED_ON_LAPTOP] is True
    assert len(after) == len(before) + len(clear) + 1
    assert f"{len(clear) + 1} ticks written" in dialog.message()
