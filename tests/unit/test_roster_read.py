"""Who a session's roll lists, read as one join of bookings to their marks: booked people with
their mark or none, a walk-in from the session they walked into on, and people marked without
a booking (a cancelled booking) with their mark."""

from __future__ import annotations

from datetime import timedelta

from fieldsessions.db.models import Session
from fieldsessions.services import attendance, participants, programmes
from tests.unit.helpers import people, programme


def test_the_roll_lists_booked_people_walk_ins_from_their_session_and_marked_others(
    db: object,
) -> None:
    p = programme("Circle", weeks_ago=3, count=6, capacity=None)
    booked = people(3, p.id, prefix="Booked")
    past = programmes.list_sessions(p.id, kind="past")
    early, late = past[0].id, past[-1].id
    attendance.mark(early, booked[0], "late", minutes=20)
    door = participants.walk_in(late, participants.ParticipantInput(name="Door Walker"))
    attendance.mark(early, booked[2], "absent")
    participants.cancel_enrolment(p.id, booked[2])  # marked, then the booking cancelled
    participants.cancel_enrolment(p.id, booked[1])  # never marked: off every roll

    def shown(session_id: str) -> list[tuple[str, str | None, int | None, bool, str | None]]:
        return [(e.name, e.status, e.minutes, e.is_walk_in, e.enrolment_status)
                for e in attendance.roster(session_id)]

    # The walk-ins walked in at the later session: not on the earlier roll.
    assert shown(early) == [("Booked 000", "late", 20, False, "booked"),
                            ("Booked 002", "absent", None, False, "cancelled")]
    assert shown(late) == [("Booked 000", None, None, False, "booked"),
                           ("Door Walker", "present", None, True, "booked")]
    # A walk-in marked at an earlier session than the one they joined at is on that roll.
    attendance.mark(early, door.participant.id, "present")
    assert ("Door Walker", "present", None, True, "booked") in shown(early)
    later = Session.get_by_id(past[1].id)
    assert later.starts_at < Session.get_by_id(late).starts_at - timedelta(hours=1)
    assert [n for n, *_ in shown(later.id)] == ["Booked 000"]
