"""Attendance compliance of a programme's participants (rules in core.compliance).

The people judged are those with a booked enrolment (walk-ins included); each one's sessions
count from the moment their place was requested, plus any earlier session they were marked in.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fieldsessions.core import facts, lifecycle
from fieldsessions.core.compliance import (
    EnrolledPerson,
    ParticipantCompliance,
    ProgrammeCompliance,
    participant_compliance,
    programme_compliance_by_marks,
)
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import get_participant, get_programme


def compliance(
    programme_ref: str, *, now: datetime | None = None,
    participant_ids: Sequence[str] | None = None,
    sessions: Sequence[facts.SessionFact] | None = None,
) -> ProgrammeCompliance:
    """Everyone booked in the programme, by name, with the follow-up list.

    `participant_ids`: only those of the booked people (reading their marks only); the session
    figures stay the programme's. `sessions`: the programme's session facts when the caller
    has read them already."""
    now = now or datetime.now(UTC)
    programme = get_programme(programme_ref)
    people = ((EnrolledPerson(pid, name, enrolled, walk_in), marks)
              for pid, name, enrolled, walk_in, marks
              in data.booked_with_marks(programme.id, participant_ids))
    return programme_compliance_by_marks(
        data.compliance_rules(programme),
        data.session_facts(programme.id) if sessions is None else sessions,
        people, data.marks_from_text, now,
        programme_id=programme.id, programme_name=programme.name,
    )


@dataclass(frozen=True)
class RatesUpdate:
    """Compliance figures for the roster's rate column, and what they were worked out from.

    Attributes:
        figures: everyone's figures (`whole`), or only those of the people asked about.
        sessions_key: the sessions as the figures saw them (their facts, roll taken or not,
            over or not); pass it back with the next update.
        whole: the figures are everyone's (a first load, or the sessions changed).
    """

    figures: ProgrammeCompliance
    sessions_key: Hashable
    whole: bool


def rates(
    programme_id: str, changed: Sequence[str] | None = None, sessions_key: Hashable = None,
    *, now: datetime | None = None,
) -> RatesUpdate:
    """Everyone's compliance; or, after marks of the `changed` people only, theirs.

    A person's figures depend on the sessions (held, void, roll taken, over) and on their own
    marks and booking only. So when the sessions are as they were for the figures of
    `sessions_key`, only the people whose marks changed are worked out again; when they are
    not (the last mark of a roll completes it and counts that session for everyone; a session
    has ended since), everyone is. Work follows the change, not the programme."""
    now = now or datetime.now(UTC)
    sessions = data.session_facts(programme_id)
    key = tuple((s, lifecycle.has_ended(s, now)) for s in sessions)
    whole = changed is None or key != sessions_key
    figures = compliance(programme_id, now=now, sessions=sessions,
                         participant_ids=None if whole else list(changed or ()))
    return RatesUpdate(figures, key, whole)


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
