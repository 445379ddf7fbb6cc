"""Reading the store into core facts for the programme rules (sessions, marks, ticks, enrolments).

Read-only helpers shared by the rule services (compliance, completion, hours, summaries, guards):
they run inside the caller's transaction when there is one, so the rules see the caller's
uncommitted writes. Queries with many ids are chunked (SQLite's variable limit).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldsessions.core.completion import CompletionRule
from fieldsessions.core.compliance import ComplianceRules
from fieldsessions.core.enums import AttendanceStatus, EnrolmentStatus, ExcusedPolicy, SessionStatus
from fieldsessions.core.facts import MarkFact, SessionFact, TickFact
from fieldsessions.core.lifecycle import RollState, roll_state
from fieldsessions.db.models import (
    Attendance,
    Enrolment,
    Outcome,
    OutcomeTick,
    Participant,
    Programme,
    Session,
    SessionReport,
    database,
)

CHUNK = 500
FEW = 50  # up to this many participants, query them by id
# Someone marked in a programme without any enrolment row: only their marked sessions count.
NEVER = datetime.max.replace(tzinfo=UTC)


def chunks(ids: Sequence[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def session_fact(session: Session, roll_taken: bool,
                 roll_started_at: datetime | None = None) -> SessionFact:
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
        roll_started_at=roll_started_at,
    )


@dataclass(frozen=True)
class RollCount:
    """How many people are marked in a session and how many are on its roll (marked included)."""

    marked: int
    on_roll: int
    started_at: datetime | None = None  # the first mark, when there is one

    @property
    def state(self) -> RollState:
        return roll_state(self.marked, self.on_roll)


def _time_reader() -> Callable[[Any], datetime]:
    """Stored enrolment times (`requested_at`) as datetimes, each distinct one read once: an
    import books everyone at one time."""
    seen: dict[Any, datetime] = {}
    read = Enrolment.requested_at.python_value

    def to_time(raw: Any) -> datetime:
        value = seen.get(raw)
        if value is None:
            value = seen[raw] = read(raw)
        return value

    return to_time


def roll_counts(sessions: Sequence[tuple[str, str, datetime]]) -> dict[str, RollCount]:
    """The roll figures of sessions given as (id, programme id, starts_at).

    `on_roll` is, for a roll begun, the people expected on it (core.lifecycle.expected_on_roll:
    on the roll and booked by the first mark) plus anyone else marked; for a roll not begun,
    everyone on it (core.lifecycle.joins_roll). The bookings are counted in Python by those
    rules; the marks of expected people in SQL, with the same conditions (a walk-in's
    `requested_at` no later than the session's start, and no later than the first mark).
    """
    if not sessions:
        return {}
    programme_ids = sorted({pid for _sid, pid, _at in sessions})
    regular: dict[str, list[datetime]] = {}
    walk_ins: dict[str, list[datetime]] = {}
    to_time = _time_reader()
    for chunk in chunks(programme_ids):
        # Raw rows: a 50,000-person programme's bookings through the model took a second.
        for pid, walk_in, joined in database.execute_sql(
            f"SELECT programme_id, is_walk_in, requested_at FROM {Enrolment._meta.table_name} "
            f"WHERE programme_id IN ({', '.join('?' * len(chunk))}) AND status = ?",
            (*chunk, EnrolmentStatus.BOOKED.value)):
            (walk_ins if walk_in else regular).setdefault(pid, []).append(to_time(joined))
    for times in (*regular.values(), *walk_ins.values()):
        times.sort()
    marked: dict[str, tuple[int, int, datetime]] = {}
    ids = [sid for sid, _pid, _at in sessions]
    a, s, e = (Attendance._meta.table_name, Session._meta.table_name,
               Enrolment._meta.table_name)
    for chunk in chunks(ids):
        # Per session: its marks and first mark, then its expected people's marks counted
        # from the bookings through the (session, participant) index: one session lookup per
        # session, not per mark (half the time of joining every mark to its session).
        sql = (
            f"WITH first AS (SELECT session_id, MIN(marked_at) AS t, COUNT(*) AS n FROM {a} "
            f"WHERE session_id IN ({', '.join('?' * len(chunk))}) GROUP BY session_id) "
            f"SELECT f.session_id, f.n, (SELECT COUNT(*) FROM {a} a JOIN {e} e "
            "ON e.programme_id = s.programme_id AND e.participant_id = a.participant_id "
            "AND e.status = ? AND (e.is_walk_in = 0 OR e.requested_at <= s.starts_at) "
            "AND e.requested_at <= f.t WHERE a.session_id = f.session_id), f.t "
            f"FROM first f JOIN {s} s ON s.id = f.session_id"
        )
        for sid, total, expected_marked, first in database.execute_sql(
                sql, (*chunk, EnrolmentStatus.BOOKED.value)).fetchall():
            started = Attendance.marked_at.python_value(first)
            marked[sid] = (int(total), int(expected_marked), started)
    result = {}
    for sid, pid, starts_at in sessions:
        total, expected_marked, started = marked.get(sid, (0, 0, starts_at))
        if total == 0:
            on_roll = len(regular.get(pid, [])) + bisect_right(walk_ins.get(pid, []), starts_at)
            result[sid] = RollCount(0, on_roll)
            continue
        expected = (bisect_right(regular.get(pid, []), started)
                    + bisect_right(walk_ins.get(pid, []), min(starts_at, started)))
        result[sid] = RollCount(total, expected + total - expected_marked, started)
    return result


def sessions_with_roll(sessions: Sequence[Session]) -> set[str]:
    """The sessions whose roll is complete (core.lifecycle.roll_state)."""
    counts = roll_counts([(x.id, x.programme_id, x.starts_at) for x in sessions])
    return {sid for sid, count in counts.items() if count.state is RollState.COMPLETE}


def facts_of(sessions: Sequence[Session]) -> list[SessionFact]:
    counts = roll_counts([(x.id, x.programme_id, x.starts_at) for x in sessions])
    facts = []
    for s in sessions:
        count = counts.get(s.id)
        facts.append(session_fact(s, count is not None and count.state is RollState.COMPLETE,
                                  count.started_at if count is not None else None))
    return facts


def session_facts(programme_id: str, *, roll: bool = True) -> list[SessionFact]:
    """Every session of a programme, in time order.

    `roll=False` leaves `roll_taken` False without counting the rolls, for rules that never
    read it (core.completion): the counts go over every mark of the programme, which made a
    single mark's completion update grow with the programme (1.3 s at 50,000 people)."""
    rows = list(
        Session.select(Session.id, Session.local_date, Session.starts_at, Session.duration_min,
                       Session.status, Session.didnt_happen_reason, Session.facilitator)
        .where(Session.programme == programme_id).order_by(Session.starts_at).tuples()
    )
    counts = roll_counts([(row[0], programme_id, row[2]) for row in rows]) if roll else {}
    return [
        SessionFact(sid, day, starts, duration, SessionStatus(status), bool(reason),
                    sid in counts and counts[sid].state is RollState.COMPLETE,
                    facilitator or "", programme_id,
                    counts[sid].started_at if sid in counts else None)
        for sid, day, starts, duration, status, reason, facilitator in rows
    ]


def _programme_rows(sql: str, programme_id: str,
                    participant_ids: Sequence[str] | None) -> list[tuple[Any, ...]]:
    """Rows of a raw query over one programme (participant in column 1), for the given
    participants only when named.

    A few participants: an IN list on the participant index. Many: one query for the whole
    programme and a set filter, which beats chunked IN lists and model rows on this hot path
    (marking a 500-person roll recomputes completion for all of them).
    """
    if participant_ids is not None and len(participant_ids) <= FEW:
        if not participant_ids:
            return []
        query = sql + f" AND participant_id IN ({', '.join('?' * len(participant_ids))})"
        return list(database.execute_sql(query, (programme_id, *participant_ids)).fetchall())
    rows = database.execute_sql(sql, (programme_id,)).fetchall()
    if participant_ids is None:
        return list(rows)
    wanted = set(participant_ids)
    return [row for row in rows if row[1] in wanted]


def marks(programme_id: str, participant_ids: Sequence[str] | None = None) -> list[MarkFact]:
    """Marks in a programme's sessions (of some participants only, when given)."""
    sql = (
        f"SELECT a.session_id, a.participant_id, a.status, a.minutes "
        f"FROM {Attendance._meta.table_name} a JOIN {Session._meta.table_name} s "
        "ON s.id = a.session_id WHERE s.programme_id = ?"
    )
    return [MarkFact(sid, pid, AttendanceStatus(status), minutes)
            for sid, pid, status, minutes in _programme_rows(sql, programme_id, participant_ids)]


def by_participant(items: Iterable[MarkFact]) -> dict[str, dict[str, MarkFact]]:
    result: dict[str, dict[str, MarkFact]] = {}
    for mark in items:
        result.setdefault(mark.participant_id, {})[mark.session_id] = mark
    return result


def ticks(programme_id: str, participant_ids: Sequence[str] | None = None) -> list[TickFact]:
    sql = (
        f"SELECT t.session_id, t.participant_id, t.outcome_id, t.achieved "
        f"FROM {OutcomeTick._meta.table_name} t JOIN {Session._meta.table_name} s "
        "ON s.id = t.session_id WHERE s.programme_id = ?"
    )
    return [TickFact(sid, pid, oid, bool(achieved))
            for sid, pid, oid, achieved in _programme_rows(sql, programme_id, participant_ids)]


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
    walk_in: bool = False


def enrolments(
    programme_id: str, participant_ids: Sequence[str] | None = None
) -> dict[str, EnrolmentFact]:
    """Enrolments of a programme by participant (of some participants only, when given).
    `enrolled_at` is when the place was requested (the model has no separate booking time)."""
    query = Enrolment.select(
        Enrolment.participant, Enrolment.status, Enrolment.requested_at, Enrolment.hours_budget,
        Enrolment.is_walk_in,
    ).where(Enrolment.programme == programme_id)
    if participant_ids is not None and len(participant_ids) <= FEW:
        query = query.where(Enrolment.participant.in_(list(participant_ids)))
    wanted = None if participant_ids is None else set(participant_ids)
    return {
        pid: EnrolmentFact(pid, EnrolmentStatus(status), requested_at, budget, bool(walk_in))
        for pid, status, requested_at, budget, walk_in in query.tuples()
        if wanted is None or pid in wanted
    }


# Separators of booked_with_marks' marks text (never in an id or a status).
_ITEM, _FIELD = "\x1e", "\x1f"


def booked_with_marks(
    programme_id: str, participant_ids: Sequence[str] | None = None
) -> Iterator[tuple[str, str, datetime, bool, str | None]]:
    """Each booked person of a programme (of some only, when given): (participant id, name,
    enrolled at, walk-in, their marks in the programme's sessions as one text, None when
    unmarked; `marks_from_text` reads it).

    One row per person, read in one query: the marks of a 50,000-person programme (400,000)
    never become a row or an object each, and people marked alike have the same text (the
    compliance rules run once per pattern, core.compliance.programme_compliance_by_marks)."""
    a, s, e, p = (Attendance._meta.table_name, Session._meta.table_name,
                  Enrolment._meta.table_name, Participant._meta.table_name)
    sql = (
        f"SELECT e.participant_id, COALESCE(p.name, ''), e.requested_at, e.is_walk_in, "
        f"(SELECT group_concat(a.session_id || '{_FIELD}' || a.status, '{_ITEM}') "
        f"FROM {a} a JOIN {s} s ON s.id = a.session_id "
        "WHERE a.participant_id = e.participant_id AND s.programme_id = e.programme_id) "
        f"FROM {e} e LEFT JOIN {p} p ON p.id = e.participant_id "
        "WHERE e.programme_id = ? AND e.status = ?"
    )
    args: tuple[Any, ...] = (programme_id, EnrolmentStatus.BOOKED.value)
    wanted = None
    if participant_ids is not None and len(participant_ids) <= FEW:
        sql += f" AND e.participant_id IN ({', '.join('?' * len(participant_ids))})"
        args = (*args, *participant_ids)
    elif participant_ids is not None:
        wanted = set(participant_ids)
    to_time = _time_reader()
    for pid, name, requested, walk_in, marked in database.execute_sql(sql, args):
        if wanted is None or pid in wanted:
            yield pid, name, to_time(requested), bool(walk_in), marked


def marks_from_text(text: str | None) -> dict[str, MarkFact]:
    """A `booked_with_marks` marks text as session id -> mark (status only: shared by
    everyone marked alike, so no participant id and no minutes)."""
    if not text:
        return {}
    result = {}
    for item in text.split(_ITEM):
        sid, status = item.split(_FIELD)
        result[sid] = MarkFact(sid, "", AttendanceStatus(status))
    return result


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
