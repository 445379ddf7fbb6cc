"""Session lifecycle: the state a session is in by the clock, marking windows, overlaps, reasons.

Rules:

* A session whose stored status is ``cancelled`` is CANCELLED; one with a "didn't happen" reason
  is DIDNT_HAPPEN. Both are *void*: no rule counts them. Both need a non-blank reason.
* Otherwise the state follows the clock: SCHEDULED before ``starts_at``, IN_PROGRESS from
  ``starts_at`` until ``starts_at + duration`` (end excluded), COMPLETED from its end on.
  A session whose roll is taken (at least one mark) is COMPLETED at once, whatever the clock.
* "Roll missing": a session past its end, not void, in which nobody has a mark.
* Marking is allowed for sessions that have started and for those starting within the next
  hour (MARKING_LEAD); a session starting later than that is refused. Void sessions cannot be
  marked (cancelled or didn't happen: there is nothing to mark).
* A session with any attendance cannot be deleted: cancel it instead.
* Two sessions overlap when they share a facilitator (same name after trimming, any case;
  a blank facilitator never clashes) and their time spans intersect; sessions that merely touch
  (one ends at 10:00, the next starts at 10:00) do not overlap; void sessions never clash.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.facts import SessionFact

MARKING_LEAD = timedelta(hours=1)


class SessionState(StrEnum):
    """What a facilitator sees for a session (the stored status plus the clock)."""

    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    DIDNT_HAPPEN = "didnt_happen"


@dataclass(frozen=True)
class SessionClock:
    """A session's state at a moment, and whether its roll is missing."""

    session_id: str
    state: SessionState
    roll_missing: bool


@dataclass(frozen=True)
class Clash:
    """A session a facilitator is already booked on (for the overlap warning)."""

    session_id: str
    programme_id: str
    programme_name: str
    local_date: date
    local_start: str
    local_end: str
    facilitator: str


def session_state(session: SessionFact, now: datetime) -> SessionState:
    if session.cancelled:
        return SessionState.CANCELLED
    if session.didnt_happen:
        return SessionState.DIDNT_HAPPEN
    if session.roll_taken or now >= session.ends_at:
        return SessionState.COMPLETED
    if now >= session.starts_at:
        return SessionState.IN_PROGRESS
    return SessionState.SCHEDULED


def has_ended(session: SessionFact, now: datetime) -> bool:
    return now >= session.ends_at


def roll_missing(session: SessionFact, now: datetime) -> bool:
    return not session.void and not session.roll_taken and has_ended(session, now)


def session_clock(session: SessionFact, now: datetime) -> SessionClock:
    return SessionClock(session.id, session_state(session, now), roll_missing(session, now))


def check_marking_allowed(session: SessionFact, now: datetime) -> None:
    """Raise a RuleError when this session cannot be marked now."""
    if session.cancelled:
        raise RuleError("This session was cancelled, so attendance cannot be recorded for it.")
    if session.didnt_happen:
        raise RuleError(
            "This session is recorded as not having happened, so attendance cannot be recorded "
            "for it."
        )
    if session.starts_at - now > MARKING_LEAD:
        raise RuleError(
            "This session starts more than an hour from now; attendance can be recorded from "
            "one hour before it starts."
        )


def check_deletable(session_label: str, attendance_count: int) -> None:
    if attendance_count > 0:
        noun = "mark" if attendance_count == 1 else "marks"
        raise RuleError(
            f"The session {session_label} has {attendance_count} attendance {noun}, so it cannot "
            "be deleted; cancel it instead."
        )


def clean_reason(reason: str | None, what: str) -> str:
    """A reason with surrounding blanks removed; a blank one is refused."""
    text = (reason or "").strip()
    if not text:
        raise ValidationError(f"Give a reason why the session {what}.")
    return text


def same_facilitator(a: str, b: str) -> bool:
    left, right = a.strip().casefold(), b.strip().casefold()
    return bool(left) and left == right


def overlaps(a: SessionFact, b: SessionFact) -> bool:
    """True when one facilitator would be in both sessions at once."""
    if a.id == b.id or a.void or b.void:
        return False
    if not same_facilitator(a.facilitator, b.facilitator):
        return False
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def find_overlaps(candidate: SessionFact, others: Iterable[SessionFact]) -> list[SessionFact]:
    """The sessions in `others` that clash with `candidate`, earliest first."""
    return sorted(
        (other for other in others if overlaps(candidate, other)),
        key=lambda s: (s.starts_at, s.id),
    )
