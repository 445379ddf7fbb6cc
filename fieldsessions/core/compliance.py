"""Attendance compliance of participants in a programme.

Rules, for one participant in one programme at a moment `now`:

* Void sessions (cancelled, or "didn't happen") never count.
* A session is *relevant* to the participant when it starts at or after their enrolment, or
  when they have a mark in it (a late enrolment or a walk-in keeps the credit of earlier marks),
  or when its roll is not complete and they are expected on it (lifecycle.expected_on_roll:
  everyone booked except a walk-in, for sessions before they walked in, and except someone
  booked after the roll was begun, as the session list counts it). Such a session can still
  be entered from paper with them on it (lifecycle.roll_state), so it is *remaining* for
  them: it can raise their best still possible, and a complete roll later decides it. A
  session begun before they enrolled whose roll is complete is not theirs (they were not
  expected on it).
* A relevant session is *decided* for the participant when they have a mark in it, or when it
  has ended and its roll is complete (lifecycle.roll_state) without them: that is an absence.
  Everything else relevant is *remaining*: sessions not yet over, and sessions whose roll is
  missing or incomplete (the facilitator can still enter it; 3 of 41 marked decides nothing
  for the other 38).
* Present and late are attended; absent is not. Excused follows the programme's policy:
  ATTENDED counts as attended, EXCLUDED leaves the session out of the rate altogether,
  ABSENT counts as not attended.
* Rate = attended / counted x 100, counted = decided sessions minus excused-excluded ones.
  With nothing counted the rate is None ("no sessions yet").
* Maximum still achievable = (attended + remaining) / (counted + remaining) x 100: every
  remaining session attended. None when there is nothing counted or remaining.
* Status, against the threshold T (the required attendance, 0-100):
  NOT_YET_ASSESSED with nothing counted (rate None): no session decides anything about them
  yet, so they are neither compliant nor behind; the CLI, the GUI ("no sessions yet"), the
  PDF and the exports all say so rather than "compliant" (completion says "not yet" then too).
  COMPLIANT when rate >= T; AT_RISK when rate < T but the maximum still
  achievable >= T; NON_COMPLIANT when even the maximum is below T. Comparisons are exact
  (integer arithmetic), never float rounding. T = 0 is always met; with T = 100 one absence
  makes a participant non-compliant.
* Consecutive absences: the run of not-attended decided sessions ending at the latest decided
  one (absent, an unmarked absence, excused under policy ABSENT). An excused session under policy
  EXCLUDED neither breaks nor extends the run; under ATTENDED it breaks it. The alert is raised
  when the run reaches the programme's limit (a limit of 0 turns the alert off).
* Follow-up list: everyone non-compliant or at risk, or with the absence alert raised;
  non-compliant first, then at risk, then alert only; lowest rate first within each.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from fieldsessions.core.enums import AttendanceStatus, ExcusedPolicy
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.facts import MarkFact, SessionFact
from fieldsessions.core.i18n import tr
from fieldsessions.core.lifecycle import expected_on_roll, has_ended


class ComplianceStatus(StrEnum):
    NOT_YET_ASSESSED = "not_yet_assessed"
    COMPLIANT = "compliant"
    AT_RISK = "at_risk"
    NON_COMPLIANT = "non_compliant"


class Credit(StrEnum):
    """How one decided session counts for one participant."""

    ATTENDED = "attended"
    MISSED = "missed"
    EXCLUDED = "excluded"


@dataclass(frozen=True)
class ComplianceRules:
    """The programme's attendance rules."""

    required_attendance: int = 80
    excused_policy: ExcusedPolicy = ExcusedPolicy.EXCLUDED
    consecutive_absence_limit: int = 3

    def validate(self) -> None:
        if not 0 <= self.required_attendance <= 100:
            raise ValidationError(tr("Required attendance must be between 0 and 100 %."))
        if self.consecutive_absence_limit < 0:
            raise ValidationError(tr("The consecutive absence limit cannot be negative."))


@dataclass(frozen=True)
class EnrolledPerson:
    """A participant whose compliance is wanted; `enrolled_at` is an aware UTC instant."""

    participant_id: str
    name: str
    enrolled_at: datetime
    walk_in: bool = False


@dataclass(frozen=True)
class ParticipantCompliance:
    """One participant's figures. Rates are percentages (0-100) or None."""

    participant_id: str
    name: str
    attended: int
    missed: int
    excused_excluded: int
    remaining: int
    rate: float | None
    max_achievable: float | None
    threshold: int
    status: ComplianceStatus
    consecutive_absences: int
    absence_alert: bool

    @property
    def counted(self) -> int:
        return self.attended + self.missed

    @property
    def needs_follow_up(self) -> bool:
        return self.status in _BEHIND or self.absence_alert


@dataclass(frozen=True)
class ProgrammeCompliance:
    """Everyone's figures (by name) and the follow-up list."""

    rules: ComplianceRules
    participants: tuple[ParticipantCompliance, ...]
    follow_up: tuple[ParticipantCompliance, ...]
    sessions_with_roll: int  # non-void sessions whose roll is complete
    sessions_roll_missing: int  # non-void sessions over whose roll is missing or incomplete
    sessions_to_come: int  # non-void sessions not over yet, roll not complete
    programme_id: str = ""
    programme_name: str = ""


def session_credit(status: AttendanceStatus, policy: ExcusedPolicy) -> Credit:
    if status.attended:
        return Credit.ATTENDED
    if status is AttendanceStatus.EXCUSED:
        if policy is ExcusedPolicy.ATTENDED:
            return Credit.ATTENDED
        if policy is ExcusedPolicy.EXCLUDED:
            return Credit.EXCLUDED
    return Credit.MISSED


def relevant(session: SessionFact, person: EnrolledPerson, marked: bool) -> bool:
    """Whether a session concerns the person (see the module's rules)."""
    if session.void:
        return False
    if marked or session.starts_at >= person.enrolled_at:
        return True
    # The rule of the roll counts (lifecycle.expected_on_roll), so compliance and the
    # session list agree: someone booked after a roll was begun is not on it.
    return not session.roll_taken and expected_on_roll(
        person.walk_in, person.enrolled_at, session.starts_at, session.roll_started_at)


def decided_credit(
    session: SessionFact, mark: MarkFact | None, policy: ExcusedPolicy, now: datetime
) -> Credit | None:
    """How a relevant session counts, or None while it is still to come (remaining)."""
    if mark is not None:
        return session_credit(mark.status, policy)
    if session.roll_taken and has_ended(session, now):
        return Credit.MISSED
    return None


def _percent(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else 100.0 * numerator / denominator


def participant_compliance(
    rules: ComplianceRules,
    sessions: Sequence[SessionFact],
    marks: Mapping[str, MarkFact],
    person: EnrolledPerson,
    now: datetime,
) -> ParticipantCompliance:
    """Compliance of one person; `marks` maps session id -> that person's mark."""
    attended = missed = excluded = remaining = streak = 0
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.id)):
        mark = marks.get(session.id)
        if not relevant(session, person, mark is not None):
            continue
        credit = decided_credit(session, mark, rules.excused_policy, now)
        if credit is None:
            remaining += 1
        elif credit is Credit.ATTENDED:
            attended += 1
            streak = 0
        elif credit is Credit.MISSED:
            missed += 1
            streak += 1
        else:
            excluded += 1
    counted = attended + missed
    threshold = rules.required_attendance
    if counted == 0:
        status = ComplianceStatus.NOT_YET_ASSESSED
    elif attended * 100 >= threshold * counted:
        status = ComplianceStatus.COMPLIANT
    elif (attended + remaining) * 100 >= threshold * (counted + remaining):
        status = ComplianceStatus.AT_RISK
    else:
        status = ComplianceStatus.NON_COMPLIANT
    limit = rules.consecutive_absence_limit
    return ParticipantCompliance(
        participant_id=person.participant_id,
        name=person.name,
        attended=attended,
        missed=missed,
        excused_excluded=excluded,
        remaining=remaining,
        rate=_percent(attended, counted),
        max_achievable=_percent(attended + remaining, counted + remaining),
        threshold=threshold,
        status=status,
        consecutive_absences=streak,
        absence_alert=limit > 0 and streak >= limit,
    )


_FOLLOW_UP_ORDER = {
    ComplianceStatus.NON_COMPLIANT: 0,
    ComplianceStatus.AT_RISK: 1,
    ComplianceStatus.COMPLIANT: 2,
    ComplianceStatus.NOT_YET_ASSESSED: 3,
}
_BEHIND = (ComplianceStatus.AT_RISK, ComplianceStatus.NON_COMPLIANT)


def follow_up(rows: Sequence[ParticipantCompliance]) -> list[ParticipantCompliance]:
    """Who needs a call: non-compliant, then at risk, then absence alerts; lowest rate first."""
    return sorted(
        (row for row in rows if row.needs_follow_up),
        key=lambda r: (
            _FOLLOW_UP_ORDER[r.status],
            r.rate if r.rate is not None else 101.0,
            r.name.casefold(),
            r.participant_id,
        ),
    )


def enrolment_key(sessions: Sequence[SessionFact]) -> Callable[[EnrolledPerson], Hashable]:
    """What the rules read of a person's enrolment, given these sessions.

    `relevant` compares `enrolled_at` with session times only (a start, a roll's first mark:
    "enrolled at or before it"), so two people whose enrolment falls between the same two of
    those times, both walk-ins or both not, have the same figures when their marks are the
    same. The key is (walk-in, how many of those times come before the enrolment)."""
    times = sorted({t for s in sessions for t in (s.starts_at, s.roll_started_at)
                    if t is not None})

    def key(person: EnrolledPerson) -> Hashable:
        return person.walk_in, bisect_left(times, person.enrolled_at)

    return key


def programme_compliance(
    rules: ComplianceRules,
    sessions: Sequence[SessionFact],
    marks: Sequence[MarkFact],
    people: Sequence[EnrolledPerson],
    now: datetime,
    *,
    programme_id: str = "",
    programme_name: str = "",
) -> ProgrammeCompliance:
    """Compliance of everyone in `people`, sorted by name."""
    rules.validate()
    by_person: dict[str, dict[str, MarkFact]] = {}
    for mark in marks:
        by_person.setdefault(mark.participant_id, {})[mark.session_id] = mark
    rows = [participant_compliance(rules, sessions, by_person.get(p.participant_id, {}), p, now)
            for p in people]
    return _programme(rules, sessions, rows, now, programme_id, programme_name)


MarksKey = TypeVar("MarksKey", bound=Hashable)


def programme_compliance_by_marks(
    rules: ComplianceRules,
    sessions: Sequence[SessionFact],
    people: Iterable[tuple[EnrolledPerson, MarksKey]],
    marks_of: Callable[[MarksKey], Mapping[str, MarkFact]],
    now: datetime,
    *,
    programme_id: str = "",
    programme_name: str = "",
) -> ProgrammeCompliance:
    """`programme_compliance` for a big programme: each person comes with their marks as a
    key (any value that is equal for equal marks, such as the marks as one text), and
    `marks_of(key)` gives those marks (session id -> mark; only the status is read).

    The rules run once per distinct (marks, `enrolment_key`): in a 50,000-person programme
    most people share their pattern with others, and no mark becomes an object per person.
    The figures are those of `participant_compliance` for each person."""
    rules.validate()
    enrolment = enrolment_key(sessions)
    done: dict[tuple[Hashable, MarksKey], tuple[Any, ...]] = {}
    rows = []
    for person, marks in people:
        key = (enrolment(person), marks)
        figures = done.get(key)
        if figures is None:
            worked = participant_compliance(rules, sessions, marks_of(marks), person, now)
            # All but the id and name (the first two fields), taken over by everyone alike.
            figures = done[key] = tuple(getattr(worked, f.name) for f in fields(worked)[2:])
        rows.append(ParticipantCompliance(person.participant_id, person.name, *figures))
    return _programme(rules, sessions, rows, now, programme_id, programme_name)


def _programme(
    rules: ComplianceRules, sessions: Sequence[SessionFact], rows: list[ParticipantCompliance],
    now: datetime, programme_id: str, programme_name: str,
) -> ProgrammeCompliance:
    rows.sort(key=lambda r: (r.name.casefold(), r.participant_id))
    live = [s for s in sessions if not s.void]
    with_roll = sum(1 for s in live if s.roll_taken)
    missing = sum(1 for s in live if not s.roll_taken and has_ended(s, now))
    return ProgrammeCompliance(
        rules=rules,
        participants=tuple(rows),
        follow_up=tuple(follow_up(rows)),
        sessions_with_roll=with_roll,
        sessions_roll_missing=missing,
        sessions_to_come=len(live) - with_roll - missing,
        programme_id=programme_id,
        programme_name=programme_name,
    )
