"""Summaries for reports per week, month or programme (rules in core.summaries)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.facts import MarkFact, SessionFact
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.summaries import CompletionFact, PeriodSummary, SummaryPeriod, summarise
from fieldsessions.db.models import Completion, Programme, Session
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import get_programme


def parse_period(text: str | SummaryPeriod) -> SummaryPeriod:
    try:
        return SummaryPeriod(str(text).strip().lower())
    except ValueError:
        raise ValidationError(fill(
            tr("%1 is not a summary period; use week, month or programme."), repr(text))) from None


def summaries(
    period: SummaryPeriod | str,
    programme_ref: str | None = None,
    *,
    start: date | None = None,
    end: date | None = None,
    now: datetime | None = None,
) -> list[PeriodSummary]:
    """Summaries of the sessions (of one programme, or all) whose local date is in
    [start, end], one per period that has sessions."""
    kind = parse_period(period)
    now = now or datetime.now(UTC)
    if start and end and end < start:
        raise ValidationError(tr("The end date is before the start date."))
    query = Session.select().order_by(Session.starts_at)
    programme_ids: list[str]
    if programme_ref:
        programme = get_programme(programme_ref)
        query = query.where(Session.programme == programme.id)
        programme_ids = [programme.id]
    else:
        programme_ids = [pid for (pid,) in Programme.select(Programme.id).tuples()]
    if start:
        query = query.where(Session.local_date >= start)
    if end:
        query = query.where(Session.local_date <= end)
    sessions: list[SessionFact] = data.facts_of(list(query))
    wanted = {s.id for s in sessions}
    marks: list[MarkFact] = []
    enrolments: list[tuple[str, str]] = []
    for pid in programme_ids:
        marks.extend(m for m in data.marks(pid) if m.session_id in wanted)
        enrolments.extend((pid, person) for person in data.booked(pid))
    completions = [
        CompletionFact(prog, person, day) for prog, person, day in Completion.select(
            Completion.programme, Completion.participant, Completion.completed_on
        ).tuples() if prog in programme_ids
    ]
    names = {pid: name for pid, (name, _ext) in
             data.names({m.participant_id for m in marks}).items()}
    titles = dict(Programme.select(Programme.id, Programme.name).tuples())
    return summarise(kind, sessions, marks, now, participant_names=names,
                     programme_names=titles, enrolments=enrolments, completions=completions)
