"""Small builders of core facts for the rules tests (not collected: no test_ prefix)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from fieldsessions.core.enums import AttendanceStatus, SessionStatus
from fieldsessions.core.facts import MarkFact, SessionFact

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def weekly(
    count: int,
    *,
    start: datetime = START,
    duration: int = 60,
    roll_taken: bool = True,
    cancelled: tuple[int, ...] = (),
    didnt_happen: tuple[int, ...] = (),
    facilitator: str = "Amina",
    programme_id: str = "prog",
) -> list[SessionFact]:
    """`count` weekly sessions s0, s1, ...; indexes in `cancelled`/`didnt_happen` are void."""
    sessions = []
    for i in range(count):
        begins = start + timedelta(weeks=i)
        sessions.append(
            SessionFact(
                id=f"s{i}",
                local_date=begins.date(),
                starts_at=begins,
                duration_min=duration,
                status=SessionStatus.CANCELLED if i in cancelled else SessionStatus.SCHEDULED,
                didnt_happen=i in didnt_happen,
                roll_taken=roll_taken,
                facilitator=facilitator,
                programme_id=programme_id,
            )
        )
    return sessions


def marks_for(pid: str, statuses: str, minutes: int | None = None) -> dict[str, MarkFact]:
    """Marks from a string, one letter per session: P late=L E A, '.' = no mark."""
    letters = {"P": AttendanceStatus.PRESENT, "L": AttendanceStatus.LATE,
               "E": AttendanceStatus.EXCUSED, "A": AttendanceStatus.ABSENT}
    return {
        f"s{i}": MarkFact(f"s{i}", pid, letters[ch], minutes)
        for i, ch in enumerate(statuses)
        if ch != "."
    }


def after(sessions: list[SessionFact], index: int) -> datetime:
    """A moment just after session `index` ended."""
    return sessions[index].ends_at + timedelta(minutes=1)


def day(text: str) -> date:
    return date.fromisoformat(text)
