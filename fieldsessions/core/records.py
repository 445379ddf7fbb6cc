"""Plain records the services hand to the GUI, CLI and reports (no database objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from fieldsessions.core.enums import SessionStatus
from fieldsessions.core.facts import SessionFact
from fieldsessions.core.lifecycle import RollState, SessionState, roll_state, session_state


@dataclass(frozen=True)
class ProgrammeInfo:
    id: str
    name: str
    schedule: str  # human description of the recurrence
    start_date: date
    end_date: date | None
    start_time: str
    duration_min: int
    timezone: str
    location: str
    capacity: int | None
    required_attendance: int
    session_count: int
    enrolled: int
    waitlisted: int


@dataclass(frozen=True)
class SessionInfo:
    id: str
    programme_id: str
    programme_name: str
    local_date: date
    starts_at: datetime  # aware UTC
    local_start: str  # "09:00" in the programme's time zone
    local_end: str
    duration_min: int
    title: str
    topic: str
    location: str
    facilitator: str
    status: str
    cancel_reason: str | None
    didnt_happen_reason: str | None
    marked: int  # attendance rows
    roster_size: int  # people on its roll (core.lifecycle.joins_roll), the marked included

    @property
    def roll(self) -> RollState:
        """Not taken, incomplete (3 of 41) or complete: core.lifecycle.roll_state."""
        return roll_state(self.marked, self.roster_size)

    def state(self, now: datetime) -> SessionState:
        """Scheduled, in progress, completed, cancelled or didn't happen at `now`
        (core.lifecycle.session_state; the stored status alone never says "didn't happen")."""
        return session_state(SessionFact(
            self.id, self.local_date, self.starts_at, self.duration_min,
            SessionStatus(self.status), bool(self.didnt_happen_reason),
            self.roll is RollState.COMPLETE, self.facilitator, self.programme_id), now)


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    name: str
    external_id: str | None
    phone: str
    gender: str
    birth_date: date | None
    group_name: str
    is_walk_in: bool
    enrolment_status: str | None = None  # when listed for a programme


@dataclass(frozen=True)
class RosterEntry:
    """One row of a session's roll: who, and what is recorded for them (None = pending)."""

    participant_id: str
    name: str
    external_id: str | None
    group_name: str
    status: str | None
    minutes: int | None
    is_walk_in: bool
    enrolment_status: str | None


@dataclass(frozen=True)
class MarkChange:
    """One mark that changed; `previous`/`status` None mean pending (no row)."""

    session_id: str
    participant_id: str
    previous: str | None
    status: str | None
    previous_minutes: int | None = None
    minutes: int | None = None


@dataclass(frozen=True)
class MarkHistoryEntry:
    """One change of a mark as its history shows it; `previous`/`status` None mean pending.
    `from_sync`: this laptop's stand-in for a change another laptop made without sending
    its own history entry (an app before synced history)."""

    previous: str | None
    status: str | None
    previous_minutes: int | None
    minutes: int | None
    changed_at: datetime
    changed_by: str
    device_id: str
    reason: str
    from_sync: bool = False


@dataclass(frozen=True)
class ImportIssue:
    line: int  # 1-based line (CSV) or row (XLSX) in the file
    reason: str


@dataclass(frozen=True)
class ImportReport:
    imported: int
    enrolled: int
    waitlisted: int
    skipped: list[ImportIssue] = field(default_factory=list)  # broken rows and duplicates


@dataclass(frozen=True)
class Removal:
    """What removing a programme or a participant does (the confirmation shows it first).

    Attributes:
        name: the programme's or the person's name.
        deletable: nothing was recorded, so it is deleted for good (tombstones are synced);
            otherwise it is archived and its records are kept.
        records: marks, outcome ticks and reports that keep it from being deleted.
        sessions: sessions of the programme (0 for a participant).
        enrolments: bookings and waitlist places it has.
    """

    name: str
    deletable: bool
    records: int
    sessions: int
    enrolments: int


def session_code(session_id: str) -> str:
    """A session's short code for people (on paper, typed back at the command line): the
    first 8 hex digits of its id as XXXX-XXXX. The QR code still carries the whole id; a
    code matching two sessions of one laptop (1 in 4 billion a pair) is refused as such."""
    digits = session_id.replace("-", "")[:8].upper()
    return f"{digits[:4]}-{digits[4:]}"
