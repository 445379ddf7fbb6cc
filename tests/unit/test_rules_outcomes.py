"""Outcome lists, ticks (with history and outbox rows), tick-off sheets and profiles."""

from __future__ import annotations

import json

import pytest

from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.db.models import (
    Completion,
    Enrolment,
    Outbox,
    OutcomeTick,
    OutcomeTickHistory,
    Programme,
    Session,
)
from fieldsessions.services import attendance, outcomes, sessions
from tests.unit.helpers import people, programme


def ids_of(programme_id: str) -> list[str]:
    return [s.id for s in Session.select().where(Session.programme == programme_id)
            .order_by(Session.starts_at)]


@pytest.fixture
def club(db: object) -> tuple[str, list[str], list[str], list[str]]:
    """Programme with outcomes A, B, C; five weekly sessions (three past, one today at 00:05,
    one next week); two people."""
    p = programme("Club", weeks_ago=3, count=5, outcomes=("A", "B", "C"))
    first = ids_of(p.id)[0]
    titles = [o.id for o in outcomes.session_outcomes(first)]
    return p.id, ids_of(p.id), people(2, p.id), titles


def test_session_inherits_the_programme_outcomes_in_order(club):
    _p, ids, _who, _o = club
    assert [o.title for o in outcomes.session_outcomes(ids[0])] == ["A", "B", "C"]


def test_session_can_drop_and_add_outcomes_without_touching_others(club):
    _p, ids, _who, (_a, b, _c) = club
    outcomes.drop_outcome(ids[0], b)
    outcomes.add_session_outcome(ids[0], "Module 1 quiz")
    assert [o.title for o in outcomes.session_outcomes(ids[0])] == ["A", "C", "Module 1 quiz"]
    assert [o.title for o in outcomes.session_outcomes(ids[1])] == ["A", "B", "C"]
    outcomes.restore_outcome(ids[0], b)
    assert [o.title for o in outcomes.session_outcomes(ids[0])] == ["A", "B", "C",
                                                                   "Module 1 quiz"]


def test_duplicate_or_blank_session_outcome_is_refused(club):
    _p, ids, _who, _o = club
    with pytest.raises(ValidationError):
        outcomes.add_session_outcome(ids[0], "  ")
    with pytest.raises(ValidationError, match="already has the outcome 'A'"):
        outcomes.add_session_outcome(ids[0], "A")


def test_tick_writes_tick_history_and_queues_the_ticks_then_their_history_entries(club):
    _p, ids, (ann, ben), (a, b, _c) = club
    before = Outbox.select().count()
    changes = outcomes.tick_many(ids[0], {(ann, a): True, (ben, a): True, (ann, b): False})
    assert len(changes) == 2  # unticking what was never ticked changes nothing
    assert OutcomeTick.select().count() == 2
    history = list(OutcomeTickHistory.select().order_by(OutcomeTickHistory.id))
    assert len(history) == 2
    rows = list(Outbox.select().where(Outbox.seq > 0).order_by(Outbox.seq))[before:]
    assert [(r.entity, json.loads(r.fields).get("achieved")) for r in rows] == [
        ("outcome_tick", True), ("outcome_tick", True), ("outcome_tick_history", None),
        ("outcome_tick_history", None)]
    assert [(r.entity_id, r.hlc) for r in rows[2:]] == [(h.uid, h.hlc) for h in history]
    assert [r.hlc for r in rows] == list(range(rows[0].hlc, rows[0].hlc + 4))
    assert {k: v for k, v in json.loads(rows[2].fields).items() if k != "changed_at"} == {
        "session_id": ids[0], "participant_id": history[0].participant_id,
        "outcome_id": a, "new_achieved": True, "device_id": history[0].device_id}


def test_re_ticking_the_same_value_writes_nothing(club):
    _p, ids, (ann, _ben), (a, _b, _c) = club
    outcomes.tick(ids[0], ann, a)
    before = (Outbox.select().count(), OutcomeTickHistory.select().count())
    assert outcomes.tick(ids[0], ann, a) == []
    assert (Outbox.select().count(), OutcomeTickHistory.select().count()) == before


def test_untick_keeps_the_row_as_not_achieved_with_history(club):
    _p, ids, (ann, _ben), (a, _b, _c) = club
    outcomes.tick(ids[0], ann, a)
    (change,) = outcomes.tick(ids[0], ann, a, achieved=False)
    assert (change.previous, change.achieved) == (True, False)
    assert OutcomeTick.get().achieved is False
    last = OutcomeTickHistory.select().order_by(OutcomeTickHistory.id.desc()).get()
    assert (last.previous_achieved, last.new_achieved) == (True, False)


def test_ticking_an_outcome_not_on_the_list_or_someone_not_on_the_roll_is_refused(club):
    _p, ids, (ann, _ben), (_a, b, _c) = club
    outcomes.drop_outcome(ids[0], b)
    with pytest.raises(ValidationError, match="not on this session's list"):
        outcomes.tick(ids[0], ann, b)
    (stranger,) = people(1, prefix="Stranger")
    with pytest.raises(ValidationError, match="Stranger 000 is not on this session's roll"):
        outcomes.tick(ids[1], stranger, b)
    assert OutcomeTick.select().count() == 0


def test_ticking_in_a_cancelled_or_far_future_session_is_refused(club):
    _p, ids, (ann, _ben), (a, _b, _c) = club
    sessions.cancel_session(ids[0], "Rain")
    with pytest.raises(RuleError, match="cancelled"):
        outcomes.tick(ids[0], ann, a)
    with pytest.raises(RuleError, match="more than an hour"):
        outcomes.tick(ids[4], ann, a)


def test_tickoff_sheet_is_outcomes_times_participants_with_ticks_so_far(club):
    _p, ids, (ann, ben), (a, _b, c) = club
    outcomes.tick_many(ids[0], {(ann, a): True, (ben, c): True})
    outcomes.tick(ids[0], ben, c, achieved=False)
    sheet = outcomes.tickoff_sheet(ids[0])
    assert [o.title for o in sheet.outcomes] == ["A", "B", "C"]
    assert sheet.programme_name == "Club"
    assert [(r.name, r.ticks) for r in sheet.rows] == [
        ("Person 000", (True, None, None)), ("Person 001", (None, None, False))]


def test_profile_lists_each_outcome_once_with_its_first_date_across_programmes(club):
    _p, ids, (ann, _ben), (a, b, _c) = club
    other = programme("Second club", weeks_ago=2, count=2, outcomes=("Z",))
    Enrolment.create(id="e-x", programme=other.id, participant=ann, status="booked")
    z = outcomes.session_outcomes(ids_of(other.id)[0])[0].id
    outcomes.tick(ids[1], ann, a)
    outcomes.tick(ids[0], ann, a)
    outcomes.tick(ids[2], ann, b)
    outcomes.tick(ids[2], ann, b, achieved=False)
    outcomes.tick(ids_of(other.id)[0], ann, z)
    profile = outcomes.participant_profile(ann)
    assert [(e.programme_name, e.outcome_title, e.session_id) for e in profile] == [
        ("Club", "A", ids[0]), ("Second club", "Z", ids_of(other.id)[0])]


def test_ticking_the_last_outcome_completes_a_programme_that_needs_all_outcomes(club):
    p, ids, (ann, _ben), (a, b, c) = club
    Programme.update(completion_all_outcomes=True, required_attendance=0).where(
        Programme.id == p).execute()
    attendance.mark(ids[0], ann, "present")
    outcomes.tick_many(ids[0], {(ann, a): True, (ann, b): True})
    assert Completion.select().count() == 0
    outcomes.tick(ids[1], ann, c)
    assert Completion.get().completed_on == Session.get_by_id(ids[1]).local_date
    outcomes.tick(ids[1], ann, c, achieved=False)
    assert Completion.select().count() == 0
