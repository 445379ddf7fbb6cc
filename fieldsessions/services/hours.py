"""Hours budgets of participants (rules in core.hours): balances, budgets, the marking check.

Balances are never stored: they are recomputed from the marks and the sessions' current
durations and statuses, so changing a session's duration or cancelling it recalculates at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from fieldsessions.core.enums import AttendanceStatus
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.facts import MarkFact, SessionFact
from fieldsessions.core.hours import (
    ParticipantHours,
    ProgrammeHours,
    budget_minutes,
    effective_budget,
    format_minutes,
    hours_balance,
    hours_shortfall,
    shortfall_error,
)
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.records import MarkChange
from fieldsessions.db import outbox
from fieldsessions.db.models import Enrolment, Programme, Session, database
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import get_participant, get_programme


def _row(
    programme: Programme,
    participant_id: str,
    name: str,
    enrolment: data.EnrolmentFact | None,
    sessions: Sequence[SessionFact],
    marks: dict[str, MarkFact],
) -> ParticipantHours:
    own = enrolment.hours_budget if enrolment else None
    budget = effective_budget(programme.hours_budget, own)
    return ParticipantHours(participant_id, name, budget, own is not None,
                            hours_balance(budget, sessions, marks))


def programme_hours(programme_ref: str) -> ProgrammeHours:
    """Budgets and use of everyone booked in (or marked in) a programme, by name."""
    programme = get_programme(programme_ref)
    sessions = data.session_facts(programme.id)
    enrolments = data.enrolments(programme.id)
    marks = data.by_participant(data.marks(programme.id))
    people = set(data.booked(programme.id)) | set(marks)
    who = data.names(people)
    rows = sorted(
        (_row(programme, pid, who.get(pid, ("", None))[0], enrolments.get(pid), sessions,
              marks.get(pid, {})) for pid in people),
        key=lambda r: (r.name.casefold(), r.participant_id),
    )
    return ProgrammeHours(programme.id, programme.name, programme.hours_budget, tuple(rows))


def participant_hours(programme_ref: str, participant_ref: str) -> ParticipantHours:
    programme = get_programme(programme_ref)
    participant = get_participant(participant_ref)
    return _row(programme, participant.id, participant.name,
                data.enrolments(programme.id, [participant.id]).get(participant.id),
                data.session_facts(programme.id),
                data.by_participant(data.marks(programme.id, [participant.id])).get(
                    participant.id, {}))


def set_budget(
    programme_ref: str, participant_ref: str, hours: float | None
) -> ParticipantHours:
    """Give one participant their own budget (None: back to the programme's default).

    A budget below the hours they have already used is refused: the balance never goes
    negative.
    """
    budget_minutes(hours)  # refuses a negative budget
    with database.atomic():
        programme = get_programme(programme_ref)
        participant = get_participant(participant_ref)
        enrolment = Enrolment.get_or_none((Enrolment.programme == programme.id)
                                          & (Enrolment.participant == participant.id))
        if enrolment is None:
            raise ValidationError(fill(tr("%1 is not enrolled in %2."), participant.name,
                                       programme.name))
        budget = effective_budget(programme.hours_budget, hours)
        current = participant_hours(programme.id, participant.id)
        wanted = current.balance.used_min + current.balance.uncovered_min
        limit = budget_minutes(budget)
        if limit is not None and wanted > limit:
            raise ValidationError(fill(
                tr("%1 has already used %2 in %3; the budget cannot be less than that."),
                participant.name, format_minutes(wanted), programme.name))
        if enrolment.hours_budget != hours:
            enrolment.hours_budget = hours
            enrolment.updated_at = datetime.now(UTC)
            enrolment.save()
            outbox.append("enrolment", enrolment.id, "upsert", outbox.snapshot(enrolment))
        return participant_hours(programme.id, participant.id)


def check_changes(session: Session, changes: Sequence[MarkChange]) -> None:
    """Refuse (RuleError) marks in `session` that a participant's hours budget cannot cover."""
    wanting = [c for c in changes
               if c.status is not None and AttendanceStatus(c.status).attended]
    if not wanting:
        return
    programme = Programme.get_by_id(session.programme_id)
    if programme.hours_budget is None and len(wanting) > data.FEW and not Enrolment.select(
    ).where((Enrolment.programme == programme.id) & Enrolment.hours_budget.is_null(False)
            ).exists():
        return  # no budgets in this programme: nothing to check (the common case, fast)
    # A few marks: their own enrolments tell (the test above scans the programme's).
    enrolments = data.enrolments(programme.id, [c.participant_id for c in wanting])
    budgets = {
        c.participant_id: effective_budget(
            programme.hours_budget,
            enrolments[c.participant_id].hours_budget if c.participant_id in enrolments else None,
        )
        for c in wanting
    }
    wanting = [c for c in wanting if budgets[c.participant_id] is not None]
    if not wanting:
        return
    ids = [c.participant_id for c in wanting]
    sessions = data.session_facts(programme.id, roll=False)  # core.hours reads no roll
    this = next(s for s in sessions if s.id == session.id)
    marks = data.by_participant(data.marks(programme.id, ids))
    for change in wanting:
        shortfall = hours_shortfall(
            budgets[change.participant_id], sessions, marks.get(change.participant_id, {}), this,
            AttendanceStatus(change.status) if change.status else None, change.minutes,
        )
        if shortfall is not None:
            who = data.names([change.participant_id])
            raise shortfall_error(
                shortfall, who.get(change.participant_id, (tr("This participant"), None))[0])
