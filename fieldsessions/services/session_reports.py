"""Session reports (held or not, topics, notes), period reports, and the reports still owed.

Rules in core.session_reports. A session report saying the session was not held is the same
fact as the session's "didn't happen" reason: saving one updates the other in the same
transaction (and completion records are recomputed, since such a session no longer counts).
Every write appends its outbox rows in its own transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from fieldsessions.core.enums import ReportingFrequency, SessionStatus
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.lifecycle import clean_reason
from fieldsessions.core.recurrence import to_local
from fieldsessions.core.session_reports import (
    OwedReport,
    PeriodReportInfo,
    SessionReportInfo,
    is_overdue,
    owed_periods,
    programme_periods,
)
from fieldsessions.db import outbox
from fieldsessions.db.models import (
    PeriodReport,
    Programme,
    Session,
    SessionReport,
    database,
    new_id,
    report_id,
)
from fieldsessions.services import completion
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import actor, get_programme, get_session

MAX_NOTES = 20000


def _info(report: SessionReport) -> SessionReportInfo:
    return SessionReportInfo(
        session_id=report.session_id, held=bool(report.held),
        didnt_happen_reason=report.didnt_happen_reason or "",
        topics_covered=tuple(report.topics_covered or []), notes=report.notes,
        facilitator=report.facilitator, updated_at=report.updated_at,
        updated_by=report.updated_by,
    )


def session_report(session_id: str) -> SessionReportInfo | None:
    get_session(session_id)
    report = SessionReport.get_or_none(SessionReport.session == session_id)
    return None if report is None else _info(report)


def _clean_topics(programme: Programme, topics: Sequence[str]) -> list[str]:
    cleaned = list(dict.fromkeys(t.strip() for t in topics if t.strip()))
    if programme.topic_tracking:
        known = list(programme.topics or [])
        unknown = [t for t in cleaned if t not in known]
        if unknown:
            raise ValidationError(fill(tr("%1 is not one of the topics of %2: %3."),
                                       repr(unknown[0]), programme.name, ", ".join(known)))
    return cleaned


def set_held(session: Session, held: bool, reason: str, now: datetime) -> bool:
    """Make the session's "didn't happen" state match the report; True when it changed.
    Caller holds the transaction and recomputes completion."""
    wanted = None if held else reason
    if (session.didnt_happen_reason or None) == wanted:
        return False
    session.didnt_happen_reason = wanted
    if not held:
        session.status = SessionStatus.COMPLETED.value
        session.cancel_reason = None
    elif session.status == SessionStatus.COMPLETED.value:
        session.status = SessionStatus.SCHEDULED.value  # the clock decides again
    session.updated_at = now
    session.save()
    outbox.append("session", session.id, "upsert", outbox.snapshot(session))
    return True


def save_session_report(
    session_id: str,
    *,
    held: bool = True,
    didnt_happen_reason: str = "",
    topics_covered: Sequence[str] = (),
    notes: str = "",
    facilitator: str | None = None,
    by: str | None = None,
    now: datetime | None = None,
) -> SessionReportInfo:
    """Write (or rewrite) the report of a session that has started."""
    now = now or datetime.now(UTC)
    reason = "" if held else clean_reason(
        didnt_happen_reason, tr("Give a reason why the session did not happen."))
    if len(notes) > MAX_NOTES:
        raise ValidationError(fill(tr("Notes are at most %1 characters."), MAX_NOTES))
    with database.atomic():
        session = get_session(session_id)
        programme = Programme.get_by_id(session.programme_id)
        if session.status == SessionStatus.CANCELLED.value:
            raise RuleError(tr("This session was cancelled; reinstate it before reporting on it."))
        if session.starts_at > now:
            raise RuleError(tr("A session can be reported on once it has started."))
        topics = _clean_topics(programme, topics_covered) if held else []
        who = actor(by)
        report = SessionReport.get_or_none(SessionReport.session == session.id)
        if report is None:
            report = SessionReport(id=report_id(session.id), session=session.id)
            created = True
        else:
            created = False
        report.held = held
        report.didnt_happen_reason = reason
        report.topics_covered = topics
        report.notes = notes
        report.facilitator = (facilitator if facilitator is not None
                              else session.facilitator or who)
        report.updated_at = now
        report.updated_by = who
        report.save(force_insert=created)
        outbox.append("session_report", report.id, "upsert", outbox.snapshot(report))
        if set_held(session, held, reason, now):
            completion.recompute(session.programme_id)
        return _info(report)


def save_period_report(
    programme_ref: str, period_key: str, notes: str = "", *, by: str | None = None,
    now: datetime | None = None,
) -> PeriodReportInfo:
    """Submit (or rewrite) a daily, weekly, monthly or final programme report."""
    now = now or datetime.now(UTC)
    if len(notes) > MAX_NOTES:
        raise ValidationError(fill(tr("Notes are at most %1 characters."), MAX_NOTES))
    with database.atomic():
        programme = get_programme(programme_ref)
        frequency = ReportingFrequency(programme.reporting_frequency)
        if frequency is ReportingFrequency.EVERY_SESSION:
            raise ValidationError(fill(
                tr("%1 reports on every session: write the session reports instead."),
                programme.name))
        keys = {p.key for p in programme_periods(frequency, data.session_facts(programme.id))}
        if period_key not in keys:
            raise ValidationError(fill(tr("%1 is not a report period of %2."),
                                       repr(period_key), programme.name))
        report = PeriodReport.get_or_none((PeriodReport.programme == programme.id)
                                          & (PeriodReport.period_key == period_key))
        created = report is None
        if report is None:
            report = PeriodReport(id=new_id(), programme=programme.id, period_key=period_key)
        report.notes = notes
        report.submitted_at = now
        report.submitted_by = actor(by)
        report.save(force_insert=created)
        outbox.append("period_report", report.id, "upsert", outbox.snapshot(report))
    return PeriodReportInfo(programme.id, period_key, notes, now, report.submitted_by)


def reports_owed(
    programme_ref: str | None = None, *, now: datetime | None = None
) -> list[OwedReport]:
    """Reports not written yet for periods (or sessions) that are over, oldest first."""
    now = now or datetime.now(UTC)
    if programme_ref:
        programmes = [get_programme(programme_ref)]
    else:
        programmes = list(Programme.select().where(~Programme.archived).order_by(Programme.name))
    owed: list[OwedReport] = []
    for programme in programmes:
        frequency = ReportingFrequency(programme.reporting_frequency)
        sessions = data.session_facts(programme.id)
        if frequency is ReportingFrequency.EVERY_SESSION:
            submitted = set(data.sessions_reported([s.id for s in sessions]))
        else:
            submitted = {
                key for (key,) in PeriodReport.select(PeriodReport.period_key)
                .where(PeriodReport.programme == programme.id).tuples()
            }
        today = to_local(now, programme.timezone).date()
        owed.extend(OwedReport(programme.id, programme.name, period, is_overdue(period, today))
                    for period in owed_periods(frequency, sessions, submitted, now, today))
    owed.sort(key=lambda o: (o.period.end, o.programme_name.casefold(), o.period.key))
    return owed


def submit_report(
    programme_ref: str, period_key: str, notes: str = "", *, by: str | None = None,
    now: datetime | None = None,
) -> str:
    """Submit the report owed for `period_key` (as reports_owed gives it): a "session:ID" key
    writes that session's report (held, with `notes`), any other key the period report.
    Returns the period key."""
    if period_key.startswith("session:"):
        session_id = period_key.removeprefix("session:")
        programme = get_programme(programme_ref)
        session = get_session(session_id)
        if session.programme_id != programme.id:
            raise ValidationError(fill(tr("%1 is not a report period of %2."),
                                       repr(period_key), programme.name))
        save_session_report(session_id, notes=notes, by=by, now=now)
        return period_key
    return save_period_report(programme_ref, period_key, notes, by=by, now=now).period_key
