"""Session lifecycle: the state a session is in by the clock, marking windows, overlaps, reasons.

Rules:

* A session whose stored status is ``cancelled`` is CANCELLED; one with a "didn't happen" reason
  is DIDNT_HAPPEN. Both are *void*: no rule counts them. Both need a non-blank reason.
* Otherwise the state follows the clock: SCHEDULED before ``starts_at``, IN_PROGRESS from
  ``starts_at`` until ``starts_at + duration`` (end excluded), COMPLETED from its end on.
  A session whose roll is complete is COMPLETED at once, whatever the clock.
* The roll of a session (`joins_roll`): everyone booked in its programme, except a walk-in
  who joined after the session started (a walk-in joins from the session they walked into,
  never earlier ones), plus anyone marked in it.
* Roll state (`roll_state`, the one rule behind "Roll taken" everywhere: Sessions tab, CLI,
  compliance and reports): NOT_TAKEN with nobody marked, INCOMPLETE while someone expected on
  the roll has no mark (3 of 41 marked), COMPLETE when everyone expected has a mark. Expected
  (`expected_on_roll`): the people on the roll who were booked when its taking began (the
  first mark), so a roster imported before the roll is entered from paper is expected in
  full, while someone enrolled or promoted from the waitlist later never reopens a roll
  already taken. Only a complete roll decides anything: an unmarked person in an incomplete
  roll is not yet an absence, because the facilitator is still entering it.
* "Roll missing": a session past its end, not void, whose roll is not complete (not taken at
  all, or incomplete).
* Marking is allowed for sessions that have started and for those starting within the next
  hour (MARKING_LEAD); a session starting later than that is refused. Void sessions cannot be
  marked (cancelled or didn't happen: there is nothing to mark).
* A session with any attendance cannot be deleted: cancel it instead.
* A programme has at most one session a day (a void one aside): its schedule never puts two
  on one day (core.recurrence refuses such rules), and an extra session or a moved one is
  refused on a day the programme already has one, naming it (`same_day_session`). Unlike a
  facilitator double-booking across programmes (a warning, saved on request), this is a
  refusal: sessions, sheets and reports of a programme are told apart by their date. A
  cancelled or didn't-happen session leaves its day free for a replacement.
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
from fieldsessions.core.i18n import count_text, fill, tr

MARKING_LEAD = timedelta(hours=1)


class RollState(StrEnum):
    """How far a session's roll is taken (see `roll_state`)."""

    NOT_TAKEN = "not_taken"
    INCOMPLETE = "incomplete"
    COMPLETE = "complete"


def roll_state(marked: int, on_roll: int) -> RollState:
    """Whether a roll is taken: `marked` people have a mark out of the `on_roll` people on it.

    `on_roll` counts the people marked too (a person marked but no longer booked is still on
    that roll), so a complete roll has marked == on_roll. A roll with nobody on it and nobody
    marked is NOT_TAKEN: nothing shows the session was held.
    """
    if marked <= 0:
        return RollState.NOT_TAKEN
    if marked < on_roll:
        return RollState.INCOMPLETE
    return RollState.COMPLETE


def joins_roll(walk_in: bool, joined_at: datetime, session_starts_at: datetime) -> bool:
    """Whether a booked person belongs on the roll of a session starting `session_starts_at`.

    A walk-in joined the programme at the session they walked into (`joined_at` is no later
    than that session's start), so earlier sessions' rolls leave them out. Everyone else booked
    is on every roll of the programme: a roster imported after the first sessions still lets
    the facilitator enter those rolls from paper. (Someone marked is on that roll whatever this
    says.)
    """
    return not walk_in or joined_at <= session_starts_at


def expected_on_roll(walk_in: bool, joined_at: datetime, session_starts_at: datetime,
                     roll_started_at: datetime | None) -> bool:
    """Whether a booked person must have a mark before the session's roll is complete: on
    its roll (`joins_roll`) and booked by the time the roll was begun (`roll_started_at`, the
    first mark; None while nobody is marked)."""
    if not joins_roll(walk_in, joined_at, session_starts_at):
        return False
    return roll_started_at is None or joined_at <= roll_started_at


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
    """Past its end, not void, and its roll not complete (`roll_taken` is a complete roll)."""
    return not session.void and not session.roll_taken and has_ended(session, now)


def session_clock(session: SessionFact, now: datetime) -> SessionClock:
    return SessionClock(session.id, session_state(session, now), roll_missing(session, now))


def check_marking_allowed(session: SessionFact, now: datetime) -> None:
    """Raise a RuleError when this session cannot be marked now."""
    if session.cancelled:
        raise RuleError(tr("This session was cancelled, so attendance cannot be recorded for it."))
    if session.didnt_happen:
        raise RuleError(tr(
            "This session is recorded as not having happened, so attendance cannot be recorded "
            "for it."))
    if session.starts_at - now > MARKING_LEAD:
        raise RuleError(tr(
            "This session starts more than an hour from now; attendance can be recorded from "
            "one hour before it starts."))


def recorded_text(marks: int, ticks: int) -> str:
    """'2 attendance marks and 1 outcome tick' (what a session has recorded; "" for none)."""
    marks_text = count_text(marks, tr("1 attendance mark"), tr("%1 attendance marks"))
    ticks_text = count_text(ticks, tr("1 outcome tick"), tr("%1 outcome ticks"))
    if marks and ticks:
        return fill(tr("%1 and %2"), marks_text, ticks_text)
    return marks_text if marks else ticks_text if ticks else ""


def check_move_allowed(session_day: str, marks: int, ticks: int, new_starts_at: datetime,
                       now: datetime) -> None:
    """Refuse moving a session that has marks or outcome ticks to a start at which it could
    not be marked (more than MARKING_LEAD from now).

    The choice: such a move would leave marks on a session that has not happened, which every
    figure would count as held (rolls, hours, compliance) while marking it is refused. A move
    within the past or to within the hour stays allowed: it corrects a wrongly entered date.
    """
    if (marks or ticks) and new_starts_at - now > MARKING_LEAD:
        raise RuleError(fill(tr(
            "The session of %1 has %2, so it cannot be moved to a time more than an hour from now "
            "(a session is marked only once it is about to start); clear what is recorded on it "
            "first, or add a new session instead."), session_day, recorded_text(marks, ticks)))


def check_deletable(session_day: str, attendance_count: int) -> None:
    """Refuse deleting the session of `session_day` (its date as shown) when it has marks."""
    if attendance_count > 0:
        # count_text puts the count in %1; the second fill the session's day in %2.
        raise RuleError(fill(count_text(
            attendance_count,
            tr("The session of %2 has 1 attendance mark, so it cannot be deleted; cancel it "
               "instead."),
            tr("The session of %2 has %1 attendance marks, so it cannot be deleted; cancel it "
               "instead.")), attendance_count, session_day))


def clean_reason(reason: str | None, refusal: str) -> str:
    """A reason with surrounding blanks removed; a blank one is refused with the sentence
    `refusal` ("Give a reason why the session was cancelled.")."""
    text = (reason or "").strip()
    if not text:
        raise ValidationError(refusal)
    return text


def same_day_session(session_id: str, local_date: date,
                     others: Iterable[SessionFact]) -> SessionFact | None:
    """The programme's other session on `local_date` that is not void, if there is one (a
    programme has one session a day; see the module's rules)."""
    return next((s for s in sorted(others, key=lambda s: (s.starts_at, s.id))
                 if s.id != session_id and not s.void and s.local_date == local_date), None)


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
