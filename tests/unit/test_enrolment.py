"""Enrolment within capacity, waitlist order, promotion on cancel, walk-ins at the door."""

from __future__ import annotations

import pytest

from fieldsessions.core.errors import ValidationError
from fieldsessions.db.models import Attendance, Enrolment, Outbox, Participant
from fieldsessions.services import participants
from fieldsessions.services.participants import ParticipantInput
from tests.unit.helpers import past_session, people, programme


def test_enrolment_past_capacity_is_waitlisted_in_order(db: object) -> None:
    p = programme(capacity=2)
    ids = people(4)
    statuses = [participants.enrol(p.id, pid).status for pid in ids]
    assert statuses == ["booked", "booked", "waitlisted", "waitlisted"]
    assert participants.capacity_left(p.id) == 0


def test_cancelling_a_booking_promotes_the_first_waitlisted(db: object) -> None:
    p = programme(capacity=2)
    ids = people(4)
    for pid in ids:
        participants.enrol(p.id, pid)
    result = participants.cancel_enrolment(p.id, ids[0])
    assert result.promoted == ids[2]
    status = {e.participant_id: e.status for e in Enrolment.select()}
    assert status == {ids[0]: "cancelled", ids[1]: "booked", ids[2]: "booked",
                      ids[3]: "waitlisted"}


def test_cancelling_a_waitlist_place_promotes_nobody(db: object) -> None:
    p = programme(capacity=1)
    ids = people(3)
    for pid in ids:
        participants.enrol(p.id, pid)
    assert participants.cancel_enrolment(p.id, ids[1]).promoted is None
    assert Enrolment.get(Enrolment.participant == ids[2]).status == "waitlisted"


def test_enrolling_twice_keeps_one_enrolment(db: object) -> None:
    p = programme()
    pid = people(1)[0]
    participants.enrol(p.id, pid)
    participants.enrol(p.id, pid)
    assert Enrolment.select().count() == 1


def test_cancelling_someone_not_enrolled_is_a_clear_error(db: object) -> None:
    p = programme()
    pid = people(1)[0]
    with pytest.raises(ValidationError, match="not enrolled"):
        participants.cancel_enrolment(p.id, pid)


def test_walk_in_to_a_full_programme_is_marked_and_waits_unless_booked_anyway(
    db: object,
) -> None:
    # Before: booked at once (ahead of everyone waiting); now the facilitator must say so.
    p = programme(capacity=1)
    people(1, p.id)
    session = past_session(p.id)
    outbox_before = Outbox.select().count()
    result = participants.walk_in(session, ParticipantInput(name="  Juma   Otieno ",
                                                            phone="+254 700 000"))
    assert result.created and result.participant.name == "Juma Otieno"
    enrolment = Enrolment.get(Enrolment.participant == result.participant.id)
    assert (enrolment.status, enrolment.is_walk_in) == ("waitlisted", True)
    assert Attendance.get(Attendance.participant == result.participant.id).status == "present"
    entities = [o.entity for o in Outbox.select().where(Outbox.seq > outbox_before)]
    assert entities == ["participant", "enrolment", "attendance", "attendance_history"]
    anyway = participants.walk_in(session, ParticipantInput(name="Asha Said"), book=True)
    assert Enrolment.get(Enrolment.participant == anyway.participant.id).status == "booked"
    # Someone already waiting keeps their place in the queue.
    again = participants.walk_in(past_session(p.id), participant_id=result.participant.id)
    assert again.enrolment == "waitlisted"


def test_a_walk_in_is_on_the_rolls_from_their_session_on_and_never_marked_absent_before(
    db: object,
) -> None:
    from fieldsessions.services import attendance, programmes

    p = programme(count=6)
    people(2, p.id)
    first, second, third = (s.id for s in programmes.list_sessions(p.id, kind="past")[:3])
    walked = participants.walk_in(second, ParticipantInput(name="Zanele Dube"))
    assert walked.enrolment == "booked"
    pid = walked.participant.id
    assert pid not in [e.participant_id for e in attendance.roster(first)]
    assert pid in [e.participant_id for e in attendance.roster(third)]
    changes = attendance.mark_rest_absent(first)
    assert pid not in {c.participant_id for c in changes} and len(changes) == 2
    info = programmes.session_info(first)
    assert (info.marked, info.roster_size, info.roll.value) == (2, 2, "complete")
    assert programmes.session_info(third).roster_size == 3


def test_undoing_a_walk_in_takes_them_off_the_roll_and_the_person_it_made(db: object) -> None:
    from fieldsessions.services import attendance

    p = programme(count=4)
    people(1, p.id)
    session = past_session(p.id)
    result = participants.walk_in(session, ParticipantInput(name="Zanele Dube"))
    last = Outbox.select().order_by(Outbox.seq.desc()).get().seq
    participants.undo_walk_in(result)
    assert [e.name for e in attendance.roster(session)] == ["Person 000"]
    assert Participant.get_or_none(Participant.id == result.participant.id) is None
    queued = [(o.entity, o.op) for o in Outbox.select().where(Outbox.seq > last)]
    # The clearing of the mark keeps its history entry, sent before the person goes.
    assert queued == [("attendance", "delete"), ("attendance_history", "upsert"),
                      ("enrolment", "delete"), ("participant", "delete")]


def test_likely_matches_are_the_same_id_phone_or_name(db: object) -> None:
    participants.add_participant(ParticipantInput(name="Maria Santos", external_id="MS-1"))
    participants.add_participant(ParticipantInput(name="Pedro Alves", phone="+27 82 555 0101"))
    participants.add_participant(ParticipantInput(name="Mariam Santo"))
    by_name = participants.walk_in_matches("maria  santos")
    assert next((m.person.name, m.likely) for m in by_name) == ("Maria Santos", True)
    assert ("Mariam Santo", False) in [(m.person.name, m.likely) for m in by_name]
    by_phone = participants.walk_in_matches("P. Alves", phone="27-82-555-0101")
    assert next((m.person.name, m.reason) for m in by_phone) == ("Pedro Alves", "same phone")
    by_id = participants.walk_in_matches("Somebody", external_id="MS-1")
    assert [(m.person.name, m.reason) for m in by_id] == [("Maria Santos", "same ID")]


def test_walk_in_with_a_known_external_id_reuses_the_person(db: object) -> None:
    p = programme()
    session = past_session(p.id)
    known = participants.add_participant(ParticipantInput(name="Neema Moyo", external_id="N-7"))
    result = participants.walk_in(session, ParticipantInput(name="Neema M.", external_id="N-7"),
                                  status="late")
    assert not result.created and result.participant.id == known.id
    assert Participant.select().count() == 1


def test_duplicate_participants_are_refused_not_doubled(db: object) -> None:
    from datetime import date

    participants.add_participant(ParticipantInput(name="Ana Cruz", external_id="A1"))
    with pytest.raises(ValidationError, match="already registered"):
        participants.add_participant(ParticipantInput(name="Someone else", external_id="A1"))
    participants.add_participant(ParticipantInput(name="Rosa Reyes",
                                                  birth_date=date(1990, 5, 1)))
    with pytest.raises(ValidationError, match="already registered"):
        participants.add_participant(ParticipantInput(name="rosa reyes",
                                                      birth_date=date(1990, 5, 1)))
    assert Participant.select().count() == 2


def test_similar_names_are_offered_before_adding_a_walk_in(db: object) -> None:
    participants.add_participant(ParticipantInput(name="Wanjiru Kamau"))
    participants.add_participant(ParticipantInput(name="Pedro Santos"))
    hints = [p.name for p in participants.similar_participants("wanjiru kamua")]
    assert hints == ["Wanjiru Kamau"]


def test_a_programme_lists_booked_people_by_name_then_its_waitlist_in_waiting_order(
    db: object
) -> None:
    p = programme(capacity=1)
    for name in ("Zara", "Yusuf", "Abel"):  # Yusuf waits first, then Abel
        person = participants.add_participant(ParticipantInput(name=name))
        participants.enrol(p.id, person.id)
    listed = [(x.name, x.enrolment_status) for x in participants.list_participants(p.id)]
    assert listed == [("Zara", "booked"), ("Yusuf", "waitlisted"), ("Abel", "waitlisted")]


def test_raising_the_capacity_books_the_waitlist_in_order(db: object) -> None:
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.services import programmes

    p = programme(capacity=1)
    ids = people(3)
    for pid in ids:
        participants.enrol(p.id, pid)
    spec = programmes.spec_of(p.id)
    programmes.update_programme(p.id, ProgrammeSpec(**{**spec.__dict__, "capacity": 2}))
    status = {e.participant_id: e.status for e in Enrolment.select()}
    assert [status[pid] for pid in ids] == ["booked", "booked", "waitlisted"]


def test_a_promoted_person_is_not_charged_for_sessions_held_while_waiting(db: object) -> None:
    from datetime import UTC, datetime, timedelta

    from fieldsessions.services import attendance, compliance, programmes

    p = programme(capacity=1, weeks_ago=3, count=6)
    ann, ben = people(2)
    participants.enrol(p.id, ann)
    participants.enrol(p.id, ben)  # waitlisted
    Enrolment.update(requested_at=datetime.now(UTC) - timedelta(weeks=4)).execute()
    for s in programmes.list_sessions(p.id, kind="past")[:2]:
        attendance.mark(s.id, ann, "present")
    participants.cancel_enrolment(p.id, ann)
    rows = {r.participant_id: r for r in compliance.compliance(p.id).participants}
    assert (rows[ben].attended, rows[ben].missed) == (0, 0)  # not 0 of 2: he was waiting
    assert rows[ben].status.value != "non_compliant"


def test_undoing_a_cancel_puts_back_the_booking_and_the_promoted_person_s_place(
    db: object,
) -> None:
    p = programme(capacity=1)
    booked, waiting = people(2, p.id)
    before = {e.participant_id: (e.status, e.requested_at) for e in Enrolment.select()}
    result = participants.cancel_enrolment(p.id, booked)
    assert result.promoted == waiting
    participants.undo_enrolment(result)
    assert {e.participant_id: (e.status, e.requested_at) for e in Enrolment.select()} == before
    newcomer = people(1, prefix="Newcomer")[0]
    enrolled = participants.enrol(p.id, newcomer)
    participants.undo_enrolment(enrolled)
    assert Enrolment.get_or_none(Enrolment.participant == newcomer) is None
    last = Outbox.select().order_by(Outbox.seq.desc()).get()
    assert (last.entity, last.op) == ("enrolment", "delete")
