"""Small builders for service tests (programmes with past sessions, enrolled people)."""

from __future__ import annotations

from datetime import date, time, timedelta

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.core.records import ProgrammeInfo
from fieldsessions.services import participants, programmes


def programme(
    name: str = "Parenting circle", *, weeks_ago: int = 3, count: int = 6,
    capacity: int | None = None, outcomes: tuple[str, ...] = (), **extra: object,
) -> ProgrammeInfo:
    start = date.today() - timedelta(weeks=weeks_ago)
    spec = ProgrammeSpec(name=name, frequency=Frequency.WEEKLY, start_date=start,
                         weekdays=(start.weekday(),), count=count, start_time=time(0, 5),
                         duration_min=60, capacity=capacity, outcomes=outcomes,
                         **extra)  # type: ignore[arg-type]
    return programmes.create_programme(spec)


def people(n: int, programme_id: str | None = None, prefix: str = "Person") -> list[str]:
    ids = []
    for i in range(n):
        info = participants.add_participant(
            participants.ParticipantInput(name=f"{prefix} {i:03d}", external_id=f"{prefix}-{i}"))
        if programme_id:
            participants.enrol(programme_id, info.id)
        ids.append(info.id)
    return ids


def past_session(programme_id: str) -> str:
    return programmes.list_sessions(programme_id, kind="past")[0].id


def future_session(programme_id: str) -> str:
    return programmes.list_sessions(programme_id, kind="upcoming")[-1].id
