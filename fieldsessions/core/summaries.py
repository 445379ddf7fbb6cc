"""Summaries for reports: per week, month or programme, what was delivered and how it went.

Definitions (every figure is for the sessions whose local date falls in the period):

* held: not void, with someone marked in it (its roll taken, even partly: a mark shows the
  session took place). A session that is over with nobody marked is not held (nobody has said
  it took place): `roll_missing` counts those (and, where rolls must be complete, those with
  a partly taken roll), shown so they get fixed; it counts as held once someone is marked,
  and as didn't happen once that is recorded.
* cancelled and didn't happen are counted apart; `to_come` are the other sessions not over.
* Hours delivered per facilitator: the durations of held sessions, by facilitator name
  ("" for sessions with nobody named).
* Hours used per participant: present and late marks in held sessions, the whole duration or
  the partial minutes recorded (the same rule as hours budgets, without the budget cap).
* Cancellation rate: cancelled / (held + cancelled + didn't happen) x 100.
* No-show rate: absent marks / all marks in held sessions x 100 (excused is not a no-show).
* Completion rate: enrolments (programme, participant) with a completion dated on or before the
  period's end / enrolments in the programmes of the period x 100; `completions` counts those
  dated inside the period.
* A rate with an empty denominator is None. Weeks are ISO weeks and keys match
  core.reporting's; only periods with at least one session appear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from fieldsessions.core.enums import AttendanceStatus, ReportingFrequency
from fieldsessions.core.facts import MarkFact, SessionFact
from fieldsessions.core.hours import wanted_minutes
from fieldsessions.core.lifecycle import has_ended, roll_missing
from fieldsessions.core.reporting import report_periods


class SummaryPeriod(StrEnum):
    WEEK = "week"
    MONTH = "month"
    PROGRAMME = "programme"


@dataclass(frozen=True)
class FacilitatorHours:
    facilitator: str
    sessions: int
    minutes: int


@dataclass(frozen=True)
class ParticipantHours:
    participant_id: str
    name: str
    minutes: int


@dataclass(frozen=True)
class CompletionFact:
    programme_id: str
    participant_id: str
    completed_on: date


@dataclass(frozen=True)
class PeriodSummary:
    key: str
    label: str
    start: date
    end: date
    sessions: int
    held: int
    cancelled: int
    didnt_happen: int
    to_come: int
    roll_missing: int
    facilitator_hours: tuple[FacilitatorHours, ...]
    participant_hours: tuple[ParticipantHours, ...]
    marks: int
    no_shows: int
    enrolled: int
    completions: int
    completed_by_end: int

    @property
    def cancellation_rate(self) -> float | None:
        due = self.held + self.cancelled + self.didnt_happen
        return None if due == 0 else 100.0 * self.cancelled / due

    @property
    def no_show_rate(self) -> float | None:
        return None if self.marks == 0 else 100.0 * self.no_shows / self.marks

    @property
    def completion_rate(self) -> float | None:
        return None if self.enrolled == 0 else 100.0 * self.completed_by_end / self.enrolled

    @property
    def hours_delivered(self) -> float:
        return sum(f.minutes for f in self.facilitator_hours) / 60


def _is_held(session: SessionFact, marks_by_session: Mapping[str, Sequence[MarkFact]]) -> bool:
    return not session.void and (session.roll_taken or bool(marks_by_session.get(session.id)))


def _summarise_one(
    key: str, label: str, start: date, end: date,
    sessions: Sequence[SessionFact],
    marks_by_session: Mapping[str, Sequence[MarkFact]],
    names: Mapping[str, str],
    enrolments: Sequence[tuple[str, str]],
    completions: Sequence[CompletionFact],
    now: datetime,
) -> PeriodSummary:
    held = [s for s in sessions if _is_held(s, marks_by_session)]
    facilitators: dict[str, list[int]] = {}
    participants: dict[str, int] = {}
    marks = no_shows = 0
    for session in held:
        entry = facilitators.setdefault(session.facilitator.strip(), [0, 0])
        entry[0] += 1
        entry[1] += session.duration_min
        for mark in marks_by_session.get(session.id, ()):
            marks += 1
            if mark.status is AttendanceStatus.ABSENT:
                no_shows += 1
            used = wanted_minutes(session, mark.status, mark.minutes)
            if used:
                participants[mark.participant_id] = participants.get(mark.participant_id, 0) + used
    programmes = {s.programme_id for s in sessions}
    pairs = {(p, q) for p, q in enrolments if p in programmes}
    done = [c for c in completions if (c.programme_id, c.participant_id) in pairs]
    return PeriodSummary(
        key=key, label=label, start=start, end=end,
        sessions=len(sessions),
        held=len(held),
        cancelled=sum(1 for s in sessions if s.cancelled),
        didnt_happen=sum(1 for s in sessions if s.didnt_happen and not s.cancelled),
        to_come=sum(1 for s in sessions
                    if not s.void and not _is_held(s, marks_by_session)
                    and not has_ended(s, now)),
        roll_missing=sum(1 for s in sessions if roll_missing(s, now)),
        facilitator_hours=tuple(
            FacilitatorHours(name, count, minutes)
            for name, (count, minutes) in sorted(
                facilitators.items(), key=lambda kv: kv[0].casefold()
            )
        ),
        participant_hours=tuple(
            sorted(
                (ParticipantHours(pid, names.get(pid, ""), minutes)
                 for pid, minutes in participants.items()),
                key=lambda p: (p.name.casefold(), p.participant_id),
            )
        ),
        marks=marks,
        no_shows=no_shows,
        enrolled=len(pairs),
        completions=sum(1 for c in done if start <= c.completed_on <= end),
        completed_by_end=sum(1 for c in done if c.completed_on <= end),
    )


def summarise(
    period: SummaryPeriod,
    sessions: Sequence[SessionFact],
    marks: Sequence[MarkFact],
    now: datetime,
    *,
    participant_names: Mapping[str, str] | None = None,
    programme_names: Mapping[str, str] | None = None,
    enrolments: Sequence[tuple[str, str]] = (),
    completions: Sequence[CompletionFact] = (),
) -> list[PeriodSummary]:
    """One summary per period that has sessions, in date order (programmes by name).

    `enrolments` are (programme id, participant id) pairs of booked participants.
    """
    names = participant_names or {}
    marks_by_session: dict[str, list[MarkFact]] = {}
    for mark in marks:
        marks_by_session.setdefault(mark.session_id, []).append(mark)
    groups: list[tuple[str, str, date, date, list[SessionFact]]] = []
    if period is SummaryPeriod.PROGRAMME:
        by_programme: dict[str, list[SessionFact]] = {}
        for session in sessions:
            by_programme.setdefault(session.programme_id, []).append(session)
        titles = programme_names or {}
        for pid, group in sorted(
            by_programme.items(), key=lambda kv: (titles.get(kv[0], "").casefold(), kv[0])
        ):
            dates = [s.local_date for s in group]
            groups.append((f"programme:{pid}", titles.get(pid, pid), min(dates), max(dates), group))
    else:
        frequency = ReportingFrequency.MONTHLY
        if period is SummaryPeriod.WEEK:
            frequency = ReportingFrequency.WEEKLY
        for rp in report_periods(frequency, [(s.id, s.local_date) for s in sessions]):
            group = [s for s in sessions if rp.start <= s.local_date <= rp.end]
            groups.append((rp.key, rp.label, rp.start, rp.end, group))
    return [
        _summarise_one(key, label, start, end, group, marks_by_session, names, enrolments,
                       completions, now)
        for key, label, start, end, group in groups
    ]
