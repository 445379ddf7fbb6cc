"""Attendance compliance of a programme's participants (rules in core.compliance).

The people judged are those with a booked enrolment (walk-ins included); each one's sessions
count from the moment their place was requested, plus any earlier session they were marked in.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fieldsessions.core.compliance import (
    EnrolledPerson,
    ParticipantCompliance,
    ProgrammeCompliance,
    participant_compliance,
    programme_compliance,
)
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import get_participant, get_programme


def compliance(programme_ref: str, *, now: datetime | None = None) -> ProgrammeCompliance:
    """Everyone booked in the programme, by name, with the follow-up list."""
    now = now or datetime.now(UTC)
    programme = get_programme(programme_ref)
    booked = data.booked(programme.id)
    who = data.names(booked)
    people = [EnrolledPerson(pid, who.get(pid, ("", None))[0], e.enrolled_at, e.walk_in)
              for pid, e in booked.items()]
    return programme_compliance(
        data.compliance_rules(programme), data.session_facts(programme.id),
        data.marks(programme.id), people, now,
        programme_id=programme.id, programme_name=programme.name,
    )


def participant(
    programme_ref: str, participant_ref: str, *, now: datetime | None = None
) -> ParticipantCompliance:
    """One participant's compliance in a programme (booked or not, as long as enrolled)."""
    now = now or datetime.now(UTC)
    programme = get_programme(programme_ref)
    person = get_participant(participant_ref)
    enrolment = data.enrolments(programme.id, [person.id]).get(person.id)
    if enrolment is None:
        raise ValidationError(fill(tr("%1 is not enrolled in %2."), person.name,
                                   programme.name))
    rules = data.compliance_rules(programme)
    rules.validate()
    marks = data.by_participant(data.marks(programme.id, [person.id])).get(person.id, {})
    return participant_compliance(
        rules, data.session_facts(programme.id), marks,
        EnrolledPerson(person.id, person.name, enrolment.enrolled_at, enrolment.walk_in), now,
    )
