"""Applying pulled pages: rows land in the tables and never in the outbox, local unsent edits
are not overwritten, the cursor moves with the page, parents go first, deletes are careful,
and a row that cannot be applied yet is parked, never dropped."""

from __future__ import annotations

import uuid
from typing import Any

from fieldsessions.db import outbox
from fieldsessions.db.models import (
    Attendance,
    AttendanceHistory,
    Device,
    Enrolment,
    Outbox,
    Participant,
    Programme,
    Session,
    SessionOutcomeDrop,
    attendance_id,
    database,
    enrolment_id,
)
from fieldsessions.sync import wire
from fieldsessions.sync.apply import CURSOR_KEY, apply_page, get_setting, parked_changes

HLC = 1_700_000_000_000 << 16


def ids() -> dict[str, str]:
    return {name: str(uuid.uuid4()) for name in ("programme", "session", "person", "outcome")}


def roster_page(k: dict[str, str]) -> list[dict[str, Any]]:
    """A page the way the server sends it: children may come before parents."""
    return [
        {"entity": "attendance", "id": attendance_id(k["session"], k["person"]), "op": "upsert",
         "hlc": HLC + 5, "fields": {"session_id": k["session"], "participant_id": k["person"],
                                    "status": "late", "minutes": 30,
                                    "marked_at": "2026-01-05T09:10:00Z", "marked_by": "Bea",
                                    "device_id": "other", "note": ""}},
        {"entity": "enrolment", "id": enrolment_id(k["programme"], k["person"]), "op": "upsert",
         "hlc": HLC + 4, "fields": {"programme_id": k["programme"], "participant_id": k["person"],
                                    "status": "booked", "requested_at": "2026-01-01T00:00:00Z"}},
        {"entity": "session", "id": k["session"], "op": "upsert", "hlc": HLC + 2,
         "fields": {"programme_id": k["programme"], "local_date": "2026-01-05",
                    "starts_at": "2026-01-05T09:00:00Z", "duration_min": 90}},
        {"entity": "participant", "id": k["person"], "op": "upsert", "hlc": HLC + 3,
         "fields": {"name": "Amina", "birth_date": "2010-04-01", "is_walk_in": False}},
        {"entity": "programme", "id": k["programme"], "op": "upsert", "hlc": HLC + 1,
         "fields": {"name": "Club", "frequency": "weekly", "start_date": "2026-01-05",
                    "topics": ["reading", "writing"], "updated_at": "2026-01-01T00:00:00Z"}},
    ]


def test_a_pulled_page_creates_the_rows_without_queueing_them(db: object) -> None:
    k = ids()
    result = apply_page(roster_page(k), "e.5")
    assert (result.applied, result.parked, result.waiting) == (5, 0, 0)
    programme = Programme.get_by_id(k["programme"])
    assert programme.topics == ["reading", "writing"]
    assert programme.start_date.isoformat() == "2026-01-05"
    session = Session.get_by_id(k["session"])
    assert session.starts_at.tzinfo is not None and session.duration_min == 90
    assert Participant.get_by_id(k["person"]).birth_date.isoformat() == "2010-04-01"
    assert Enrolment.get().status == "booked"
    mark = Attendance.get()
    assert (mark.status, mark.minutes, mark.device_id) == ("late", 30, "other")
    history = AttendanceHistory.get()
    assert (history.previous_status, history.new_status, history.reason) == (None, "late",
                                                                              "sync")
    assert Outbox.select().count() == 0
    assert get_setting(CURSOR_KEY) == "e.5"
    assert Device.get().last_hlc > HLC + 5, "our clock moved past what we saw"


def test_applying_the_same_page_twice_changes_nothing_more(db: object) -> None:
    k = ids()
    apply_page(roster_page(k), "e.5")
    apply_page(roster_page(k), "e.5")
    assert Attendance.select().count() == 1
    assert AttendanceHistory.select().count() == 1
    assert Programme.select().count() == 1


def _send_everything() -> None:
    Outbox.update(state="acked", result="applied").where(Outbox.state == "pending").execute()


def test_a_record_with_an_unsent_local_change_waits_for_the_server_to_decide(
    db: object
) -> None:
    k = ids()
    apply_page(roster_page(k), "e.5")
    with database.atomic():
        Participant.update(name="Amina D.").execute()
        outbox.append("participant", k["person"], "upsert", {"name": "Amina D."})
    page = [{"entity": "participant", "id": k["person"], "op": "upsert", "hlc": HLC + 9,
             "fields": {"name": "Amina Old"}}]
    result = apply_page(page, "e.6")
    assert (result.parked, result.waiting) == (1, 1)
    assert Participant.get_by_id(k["person"]).name == "Amina D."
    assert get_setting(CURSOR_KEY) == "e.6"
    assert "still to be sent" in parked_changes()[0].reason
    # Ours went up (and is newer than the parked row): the parked row is superseded.
    _send_everything()
    result = apply_page([], "e.7")
    assert (result.superseded, result.waiting) == (1, 0)
    assert Participant.get_by_id(k["person"]).name == "Amina D."


def test_a_parked_change_newer_than_ours_is_applied_once_ours_has_gone(db: object) -> None:
    k = ids()
    apply_page(roster_page(k), "e.5")
    with database.atomic():
        Participant.update(name="Amina D.").execute()
        outbox.append("participant", k["person"], "upsert", {"name": "Amina D."})
    ours = int(Outbox.select(Outbox.hlc).scalar())
    newer = [{"entity": "participant", "id": k["person"], "op": "upsert", "hlc": ours + 1,
              "fields": {"name": "Amina Diallo"}}]
    assert apply_page(newer, "e.6").parked == 1
    _send_everything()
    result = apply_page([], "e.7")
    assert (result.applied, result.waiting) == (1, 0)
    assert Participant.get_by_id(k["person"]).name == "Amina Diallo"


def test_a_row_whose_parent_has_not_arrived_is_parked_then_applied_when_it_comes(
    db: object
) -> None:
    k = ids()
    orphan, *parents = roster_page(k)
    result = apply_page([orphan], "e.1")
    assert (result.applied, result.parked, result.waiting) == (0, 1, 1)
    assert Attendance.select().count() == 0
    assert get_setting(CURSOR_KEY) == "e.1", "the cursor moves past a parked row"
    assert "has not arrived yet" in parked_changes()[0].reason
    result = apply_page(parents, "e.5")
    assert (result.applied, result.waiting) == (5, 0)
    assert Attendance.get().status == "late"
    assert AttendanceHistory.select().count() == 1


def test_parents_already_on_the_laptop_are_found_whatever_else_the_page_holds(
    db: object
) -> None:
    """The bug that kept 27 of 349 marks: a page upserting one participant made every other
    participant already stored look missing, and their marks were dropped."""
    k = ids()
    apply_page(roster_page(k), "e.5")
    newcomer = str(uuid.uuid4())
    second = [
        {"entity": "participant", "id": newcomer, "op": "upsert", "hlc": HLC + 10,
         "fields": {"name": "Newcomer"}},
        {"entity": "attendance", "id": attendance_id(k["session"], newcomer), "op": "upsert",
         "hlc": HLC + 11, "fields": {"session_id": k["session"], "participant_id": newcomer,
                                     "status": "present", "marked_at": "2026-01-05T09:00:00Z"}},
        {"entity": "attendance", "id": attendance_id(k["session"], k["person"]),
         "op": "upsert", "hlc": HLC + 12,
         "fields": {"session_id": k["session"], "participant_id": k["person"],
                    "status": "present", "marked_at": "2026-01-05T09:20:00Z"}},
    ]
    result = apply_page(second, "e.6")
    assert (result.applied, result.waiting) == (3, 0)
    assert Attendance.select().count() == 2


def test_a_newer_change_replaces_the_parked_one(db: object) -> None:
    k = ids()
    orphan, *parents = roster_page(k)
    apply_page([orphan], "e.1")
    apply_page([{**orphan, "hlc": HLC + 20,
                 "fields": {**orphan["fields"], "status": "absent", "minutes": None}}], "e.2")
    assert len(parked_changes()) == 1
    apply_page(parents, "e.5")
    assert Attendance.get().status == "absent"


def test_deletes_clear_marks_and_spare_records_others_still_use(db: object) -> None:
    k = ids()
    apply_page(roster_page(k), "e.5")
    aid = attendance_id(k["session"], k["person"])
    result = apply_page([
        {"entity": "session", "id": k["session"], "op": "delete", "hlc": HLC + 7, "fields": {}},
        {"entity": "attendance", "id": aid, "op": "delete", "hlc": HLC + 6,
         "fields": {"session_id": k["session"], "participant_id": k["person"]}},
    ], "e.7")
    assert Attendance.select().count() == 0, "the mark is cleared first"
    assert Session.select().count() == 0, "then the session, which nothing uses any more"
    assert result.deleted == 2
    result = apply_page([{"entity": "programme", "id": k["programme"], "op": "delete",
                          "hlc": HLC + 8, "fields": {}}], "e.8")
    assert Programme.select().count() == 1, "enrolments still refer to the programme"
    assert result.waiting == 1 and parked_changes()[0].reason \
        == "1 booking record on this laptop still refers to it"
    result = apply_page([{"entity": "enrolment", "id": enrolment_id(k["programme"], k["person"]),
                          "op": "delete", "hlc": HLC + 9,
                          "fields": {"programme_id": k["programme"],
                                     "participant_id": k["person"]}}], "e.9")
    assert Programme.select().count() == 0, "the parked delete goes once nothing needs it"
    assert result.waiting == 0


def test_an_outcome_drop_is_found_by_its_session_and_outcome(db: object) -> None:
    k = ids()
    apply_page(roster_page(k)[1:], "e.5")
    outcome = {"entity": "outcome", "id": k["outcome"], "op": "upsert", "hlc": HLC + 6,
               "fields": {"programme_id": k["programme"], "title": "Reads aloud"}}
    refs = {"session_id": k["session"], "outcome_id": k["outcome"]}
    drop_id = wire.derive_id("session_outcome_drop", refs)
    assert drop_id is not None
    drop = {"entity": "session_outcome_drop", "id": drop_id, "op": "upsert", "hlc": HLC + 7,
            "fields": refs}
    apply_page([drop, outcome], "e.6")
    apply_page([drop], "e.7")
    assert SessionOutcomeDrop.select().count() == 1
    apply_page([{**drop, "op": "delete"}], "e.8")
    assert SessionOutcomeDrop.select().count() == 0


def test_changes_that_are_not_understood_are_parked_and_counted(db: object) -> None:
    k = ids()
    junk: list[Any] = [
        "not a change",
        {"entity": "invoice", "id": "x", "op": "upsert", "fields": {}},
        {"entity": "participant", "id": str(uuid.uuid4()), "op": "merge", "fields": {}},
        {"entity": "participant", "id": k["person"], "op": "upsert",
         "fields": {"name": "Bad date", "birth_date": "31/12/2010"}},
    ]
    result = apply_page(junk, "e.2")
    assert result.waiting == 4 and result.applied == 0
    assert Participant.select().count() == 0
    assert get_setting(CURSOR_KEY) == "e.2"
