"""Hours budgets of participants in tutoring and coaching programmes.

Rules, for one participant in one programme:

* The budget is the enrolment's own hours budget when set, else the programme's default; None
  means no budget (nothing is ever refused). Budgets are kept in whole minutes (hours x 60,
  rounded).
* A present or late mark in a session that is not void *wants* the session's duration, or the
  partial `minutes` recorded with the mark (never more than the duration). Absent and excused
  marks, and marks in cancelled or didn't-happen sessions, want nothing.
* Marking is refused when the change raises what the participant wants and the new total would
  exceed the budget; the message says how much is left so a partial duration can be recorded
  instead. Changes that lower or keep the use are always allowed, so corrections never get stuck.
* The balance is recomputed from the marks every time (so changing a session's duration or
  cancelling it recalculates). Sessions are charged in date order, each taking at most what is
  left: the balance can never go negative, even when a session is made longer after the fact.
  Whatever a budget could not cover is reported as `uncovered_min`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from fieldsessions.core.enums import AttendanceStatus
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.facts import MarkFact, SessionFact
from fieldsessions.core.i18n import fill, tr


@dataclass(frozen=True)
class HoursUse:
    """What one session took from the budget."""

    session_id: str
    wanted_min: int
    charged_min: int


@dataclass(frozen=True)
class HoursBalance:
    """A participant's budget and use; minutes throughout. `budget_min` None: no budget."""

    budget_min: int | None
    used_min: int
    remaining_min: int | None
    uncovered_min: int
    uses: tuple[HoursUse, ...]

    @property
    def used_hours(self) -> float:
        return self.used_min / 60

    @property
    def remaining_hours(self) -> float | None:
        return None if self.remaining_min is None else self.remaining_min / 60


def budget_minutes(hours: float | None) -> int | None:
    if hours is None:
        return None
    if not math.isfinite(hours):
        raise ValidationError(tr("An hours budget must be a number of hours."))
    if hours < 0:
        raise ValidationError(tr("An hours budget cannot be negative."))
    return round(hours * 60)


def effective_budget(programme_hours: float | None, enrolment_hours: float | None) -> float | None:
    """The enrolment's own budget wins over the programme's default."""
    return enrolment_hours if enrolment_hours is not None else programme_hours


def format_minutes(minutes: int) -> str:
    """'1 h 30 min', '2 h', '45 min'."""
    hours, rest = divmod(max(minutes, 0), 60)
    if hours and rest:
        return fill(tr("%1 h %2 min"), hours, rest)
    if hours:
        return fill(tr("%1 h"), hours)
    return fill(tr("%1 min"), rest)


def check_minutes(minutes: int | None, duration_min: int) -> None:
    if minutes is not None and not 0 <= minutes <= duration_min:
        raise ValidationError(fill(
            tr("The minutes attended must be between 0 and the session's %1 minutes."),
            duration_min))


def wanted_minutes(session: SessionFact, status: AttendanceStatus | None,
                   minutes: int | None) -> int:
    """Minutes a mark uses: the duration (or the partial minutes) when attended, else 0."""
    if session.void or status is None or not status.attended:
        return 0
    if minutes is None:
        return session.duration_min
    return max(0, min(minutes, session.duration_min))


def hours_balance(
    budget_hours: float | None,
    sessions: Sequence[SessionFact],
    marks: Mapping[str, MarkFact],
) -> HoursBalance:
    """The balance of one participant; `marks` maps session id -> their mark."""
    budget = budget_minutes(budget_hours)
    used = 0
    uncovered = 0
    uses: list[HoursUse] = []
    for session in sorted(sessions, key=lambda s: (s.starts_at, s.id)):
        mark = marks.get(session.id)
        if mark is None:
            continue
        wanted = wanted_minutes(session, mark.status, mark.minutes)
        if wanted == 0:
            continue
        charged = wanted if budget is None else min(wanted, budget - used)
        used += charged
        uncovered += wanted - charged
        uses.append(HoursUse(session.id, wanted, charged))
    return HoursBalance(
        budget_min=budget,
        used_min=used,
        remaining_min=None if budget is None else budget - used,
        uncovered_min=uncovered,
        uses=tuple(uses),
    )


@dataclass(frozen=True)
class Shortfall:
    """Why a budget cannot take a mark: minutes left, the budget, what the mark wanted."""

    left_min: int
    budget_min: int
    duration_min: int
    partial_min: int | None


def hours_shortfall(
    budget_hours: float | None,
    sessions: Sequence[SessionFact],
    marks: Mapping[str, MarkFact],
    session: SessionFact,
    status: AttendanceStatus | None,
    minutes: int | None,
) -> Shortfall | None:
    """None when the budget can take this mark in `session` (see the module rules).

    `status` None means the mark is being cleared (back to pending), which is always allowed.
    """
    check_minutes(minutes, session.duration_min)
    budget = budget_minutes(budget_hours)
    if budget is None:
        return None
    by_id = {s.id: s for s in sessions}
    by_id[session.id] = session
    others = sum(
        wanted_minutes(by_id[sid], mark.status, mark.minutes)
        for sid, mark in marks.items()
        if sid != session.id and sid in by_id
    )
    old = marks.get(session.id)
    before = wanted_minutes(session, old.status, old.minutes) if old else 0
    after = wanted_minutes(session, status, minutes)
    if after <= before or others + after <= budget:
        return None
    return Shortfall(max(budget - others, 0), budget, session.duration_min, minutes)


def shortfall_error(shortfall: Shortfall, who: str) -> RuleError:
    """The sentence a facilitator sees when `who`'s budget cannot take a mark."""
    left, budget_text = shortfall.left_min, format_minutes(shortfall.budget_min)
    if left == 0:
        return RuleError(fill(
            tr("%1 has used all of their %2 budget; record them as absent or excused, or raise "
               "their budget."), who, budget_text))
    if shortfall.partial_min is None:
        return RuleError(fill(
            tr("%1 has only %2 left of their %3 budget and this session takes %4; record the "
               "minutes actually used (at most %5) or raise their budget."),
            who, format_minutes(left), budget_text, format_minutes(shortfall.duration_min), left))
    return RuleError(fill(
        tr("%1 has only %2 left of their %3 budget, less than the %4 recorded; record at most "
           "%5 minutes or raise their budget."),
        who, format_minutes(left), budget_text, format_minutes(shortfall.partial_min), left))


def check_mark_hours(
    budget_hours: float | None,
    sessions: Sequence[SessionFact],
    marks: Mapping[str, MarkFact],
    session: SessionFact,
    status: AttendanceStatus | None,
    minutes: int | None,
    who: str,
) -> None:
    """Refuse (RuleError) a mark of `who` in `session` that the budget cannot cover."""
    shortfall = hours_shortfall(budget_hours, sessions, marks, session, status, minutes)
    if shortfall is not None:
        raise shortfall_error(shortfall, who)


@dataclass(frozen=True)
class ParticipantHours:
    """One participant's budget line in a programme; `budget_hours` None: no budget."""

    participant_id: str
    name: str
    budget_hours: float | None
    own_budget: bool  # the enrolment overrides the programme's default
    balance: HoursBalance


@dataclass(frozen=True)
class ProgrammeHours:
    programme_id: str
    programme_name: str
    default_budget_hours: float | None
    rows: tuple[ParticipantHours, ...]
