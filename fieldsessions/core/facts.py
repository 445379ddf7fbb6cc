"""Plain facts the rule modules work on: sessions, marks and ticks, copied out of the store.

Services read rows and turn them into these frozen dataclasses; the rules in core never see the
database. A session is *void* when it was cancelled or did not happen: void sessions never count
for compliance, completion, hours or "held" figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fieldsessions.core.enums import AttendanceStatus, SessionStatus


@dataclass(frozen=True)
class SessionFact:
    """One session as the rules see it.

    Attributes:
        id: the session id.
        local_date: its date in the programme's time zone.
        starts_at: aware UTC start.
        duration_min: length in minutes.
        status: the stored status (only CANCELLED matters to the rules; the rest is by clock).
        didnt_happen: a "didn't happen" reason was recorded.
        roll_taken: its roll is complete: everyone on it has a mark (lifecycle.roll_state
            COMPLETE); a partly taken roll is not taken.
        facilitator: who runs it ("" when nobody is named).
        programme_id: the programme it belongs to.
        roll_started_at: when its roll was begun (its first mark); None while nobody is marked
            or when the facts were read without counting rolls.
    """

    id: str
    local_date: date
    starts_at: datetime
    duration_min: int
    status: SessionStatus = SessionStatus.SCHEDULED
    didnt_happen: bool = False
    roll_taken: bool = False
    facilitator: str = ""
    programme_id: str = ""
    roll_started_at: datetime | None = None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_min)

    @property
    def cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED

    @property
    def void(self) -> bool:
        """Cancelled or didn't happen: ignored by every rule."""
        return self.cancelled or self.didnt_happen


@dataclass(frozen=True)
class MarkFact:
    """One participant's mark in one session; `minutes` None means the whole session."""

    session_id: str
    participant_id: str
    status: AttendanceStatus
    minutes: int | None = None


@dataclass(frozen=True)
class TickFact:
    """One outcome tick: `achieved` False is an explicit "not achieved" (an untick)."""

    session_id: str
    participant_id: str
    outcome_id: str
    achieved: bool = True
