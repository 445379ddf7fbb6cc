"""Reading the store into core facts for the programme rules (sessions, marks, ticks, enrolments).

Read-only helpers shared by the rule services (compliance, completion, hours, summaries, guards):
they run inside the caller's transaction when there is one, so the rules see the caller's
uncommitted writes. Queries with many ids are chunked (SQLite's variable limit).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from fieldsessions.core.completion import CompletionRule
from fieldsessions.core.compliance import ComplianceRules
from fieldsessions.core.enums import AttendanceStatus, EnrolmentStatus, ExcusedPolicy, SessionStatus
from fieldsessions.core.facts import MarkFact, SessionFact, TickFact
from fieldsessions.db.models import (
    Attendance,
    Enrolment,
    Outcome,
    OutcomeTick,
    Participant,
    Programme,
    Session,
    SessionReport,
)

CHUNK = 500
# Someone marked in a programme without any enrolment row: only their marked sessions count.
NEVER = datetime.max.replace(tzinfo=UTC)


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def session_fact(session: Session, roll_taken: bool) -> SessionFact:
    return SessionFact(
        id=session.id,
        local_date=session.local_date,
        starts_at=session.starts_at,
        duration_min=session.duration_min,
        status=SessionStatus(session.status),
        didnt_happen=bool(session.didnt_happen_reason),
        roll_taken=roll_taken,
        facilitator=session.facilitator or "",
        programme_id=session.programme_id,
    )


def sessions_with_roll(session_ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(session_ids):
        found.update(
            sid for (sid,) in Attendance.select(Attendance.session)
            .where(Attendance.session.in_(chunk)).distinct().tuples()
        )
    return found


def facts_of(sessions: Sequence[Session]) -> list[SessionFact]:
    rolled = sessions_with_roll([s.id for s in sessions])
    return [session_fact(s, s.id in rolled) for s in sessions]


def session_facts(programme_id: str) -> list[SessionFact]:
    """Every session of a programme, in time order."""
    sessions = list(
        Session.select().where(Session.programme == programme_id).order_by(Session.starts_at)
    )
    return facts_of(sessions)


def marks(programme_id: str, participant_ids: Sequence[str] | None = None) -> list[MarkFact]:
    """Marks in a programme's sessions (of some participants only, when given)."""
    base = (
        Attendance.select(Attendance.session, Attendance.participant, Attendance.status,
                          Attendance.minutes)
        .join(Session)
        .where(Session.programme == programme_id)
    )
    rows: list[tuple[str, str, str, int | None]] = []
    if participant_ids is None:
        rows = list(base.tuples())
    else:
        for chunk in chunks(list(participant_ids)):
            rows.extend(base.where(Attendance.participant.in_(chunk)).tuples())
    return [MarkFact(sid, pid, AttendanceStatus(status), minutes)
            for sid, pid, status, minutes in rows]


def by_participant(items: Iterable[MarkFact]) -> dict[str, dict[str, MarkFact]]:
    result: dict[str, dict[str, MarkFact]] = {}
    for mark in items:
        result.setdefault(mark.participant_id, {})[mark.session_id] = mark
    return result


def ticks(programme_id: str, participant_ids: Sequence[str] | None = None) -> list[TickFact]:
    base = (
        OutcomeTick.select(OutcomeTick.session, OutcomeTick.participant, OutcomeTick.outcome,
                           OutcomeTick.achieved)
        .join(Session)
        .where(Session.programme == programme_id)
    )
    rows: list[tuple[str, str, str, bool]] = []
    if participant_ids is None:
        rows = list(base.tuples())
    else:
        for chunk in chunks(list(participant_ids)):
            rows.extend(base.where(OutcomeTick.participant.in_(chunk)).tuples())
    return [TickFact(sid, pid, oid, bool(achieved)) for sid, pid, oid, achieved in rows]


def programme_outcome_ids(programme_id: str) -> list[str]:
    """The programme's own outcome list (not archived, not session extras), in order."""
    return [
        oid for (oid,) in Outcome.select(Outcome.id)
        .where((Outcome.programme == programme_id) & Outcome.session.is_null()
               & ~Outcome.archived)
        .order_by(Outcome.position, Outcome.id).tuples()
    ]


@dataclass(frozen=True)
class EnrolmentFact:
    participant_id: str
    status: EnrolmentStatus
    enrolled_at: datetime
    hours_budget: float | None


def enrolments(programme_id: str) -> dict[str, EnrolmentFact]:
    """Every enrolment of a programme, by participant. `enrolled_at` is when the place was
    requested (the model has no separate booking time)."""
    return {
        pid: EnrolmentFact(pid, EnrolmentStatus(status), requested_at, budget)
        for pid, status, requested_at, budget in Enrolment.select(
            Enrolment.participant, Enrolment.status, Enrolment.requested_at,
            Enrolment.hours_budget,
        ).where(Enrolment.programme == programme_id).tuples()
    }


def booked(programme_id: str) -> dict[str, EnrolmentFact]:
    return {pid: e for pid, e in enrolments(programme_id).items()
            if e.status is EnrolmentStatus.BOOKED}


def names(participant_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """participant id -> (name, external id)."""
    ids = list(dict.fromkeys(participant_ids))
    result: dict[str, tuple[str, str | None]] = {}
    for chunk in chunks(ids):
        for pid, name, ext in Participant.select(
            Participant.id, Participant.name, Participant.external_id
        ).where(Participant.id.in_(chunk)).tuples():
            result[pid] = (name, ext)
    return result


def compliance_rules(programme: Programme) -> ComplianceRules:
    return ComplianceRules(
        required_attendance=programme.required_attendance,
        excused_policy=ExcusedPolicy(programme.excused_policy),
        consecutive_absence_limit=programme.consecutive_absence_limit,
    )


def completion_rule(programme: Programme) -> CompletionRule:
    return CompletionRule.of(
        programme.required_attendance,
        programme.completion_min_attendance,
        ExcusedPolicy(programme.excused_policy),
        bool(programme.completion_all_outcomes),
        [str(s) for s in programme.completion_required_sessions or []],
    )


def sessions_reported(session_ids: Sequence[str]) -> set[str]:
    """The sessions among `session_ids` that have a session report."""
    found: set[str] = set()
    for chunk in chunks(session_ids):
        found.update(
            sid for (sid,) in SessionReport.select(SessionReport.session)
            .where(SessionReport.session.in_(chunk)).tuples()
        )
    return found
