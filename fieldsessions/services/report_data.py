"""What the printed reports and exports show, read from the local store as reports.data records.

The renderers in `fieldsessions.reports` never query the database: each function here gathers
one report's data (using the rule services for compliance, hours, completion, outcomes and
session reports, so the paper says what the app says) and returns frozen records.

Definitions kept here:

* A session is *held* when it is not void (cancelled or didn't happen) and its roll was taken
  or it is over (the same rule as core.summaries).
* The attendance export has one line per mark in a held session, plus a "pending" line for each
  participant who was booked before the session started and has no mark in it.
* Hours per period: facilitators' hours delivered are the held sessions' durations
  (core.summaries: held = not void, with someone marked in it; a session over with nobody
  marked is not counted as held until its roll is taken or it is recorded as not having
  happened); a
  participant's hours are what their hours balance charged for sessions of the period
  (core.hours), "to date" is everything charged up to the period's end, and "beyond budget" is
  time attended up to the period's end that the budget could not cover. With --from/--to, the
  whole range and every week or month are cut to the range, for facilitators and participants
  alike (a week that starts before --from begins at --from). Periods that have not begun are
  left out.
* Certificates: every completion record that has not expired, by name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from fieldsessions.core.compliance import ComplianceStatus
from fieldsessions.core.enums import SessionStatus
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.facts import SessionFact
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.lifecycle import has_ended
from fieldsessions.core.recurrence import to_local
from fieldsessions.db.models import Attendance, Outcome, Programme, Session
from fieldsessions.reports.data import (
    AttendanceRecord,
    AttendanceSheet,
    Certificate,
    ComplianceLine,
    ComplianceReport,
    FacilitatorHours,
    HoursPeriod,
    HoursReport,
    OutcomeItem,
    ParticipantHours,
    SessionHeader,
    SessionReportPart,
    SheetRow,
    TickoffRow,
    TickoffTemplate,
)
from fieldsessions.services import attendance, completion, outcomes, session_reports, summaries
from fieldsessions.services import compliance as compliance_service
from fieldsessions.services import hours as hours_service
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import actor, get_programme, get_session

HOURS_PERIODS = ("month", "week", "programme")


def session_header(session: Session, programme: Programme) -> SessionHeader:
    tz = programme.timezone or "UTC"
    start = to_local(session.starts_at, tz)
    end = to_local(session.starts_at + timedelta(minutes=session.duration_min), tz)
    title = session.title or ""
    if not title and not session.topic:
        # Untitled: say which one it is, so a printed sheet is never headed "Session: —".
        # Counted among the sessions that take place (a cancelled or didn't-happen one is
        # not one of the programme's sessions for the people on the sheet).
        siblings = Session.select().where(
            (Session.programme == programme.id)
            & (Session.status != SessionStatus.CANCELLED.value)
            & ((Session.didnt_happen_reason.is_null()) | (Session.didnt_happen_reason == "")))
        number = siblings.where(Session.starts_at < session.starts_at).count() + 1
        title = fill(tr("Session %1 of %2"), number, max(siblings.count(), number))
    return SessionHeader(
        session_id=session.id, programme_name=programme.name, title=title,
        topic=session.topic or "", local_date=session.local_date,
        start=start.time().replace(tzinfo=None), end=end.time().replace(tzinfo=None),
        duration_min=session.duration_min, timezone=tz, location=session.location or "",
        online_url=session.online_url or "",
        # A session made before the facilitator's name was known prints this laptop's name.
        facilitator=session.facilitator or actor(None),
    )


def _session_and_programme(session_id: str) -> tuple[Session, Programme]:
    session = get_session(session_id)
    return session, Programme.get_by_id(session.programme_id)


def attendance_sheet(session_id: str) -> AttendanceSheet:
    """The session's roll in roster order, with what is recorded for each person."""
    session, programme = _session_and_programme(session_id)
    marked = {
        pid: (by, at)
        for pid, by, at in Attendance.select(
            Attendance.participant, Attendance.marked_by, Attendance.marked_at
        ).where(Attendance.session == session.id).tuples()
    }
    rows = tuple(
        SheetRow(
            participant_id=entry.participant_id, external_id=entry.external_id or "",
            name=entry.name, status=entry.status,
            marked_by=marked.get(entry.participant_id, ("", None))[0] or "",
            marked_at=marked.get(entry.participant_id, ("", None))[1],
            is_walk_in=entry.is_walk_in,
        )
        for entry in attendance.roster(session.id)
    )
    return AttendanceSheet(session_header(session, programme), rows)


def tickoff_template(session_id: str) -> TickoffTemplate:
    """The session's outcome list x its roll, with the ticks and the session report so far."""
    session, programme = _session_and_programme(session_id)
    sheet = outcomes.tickoff_sheet(session.id)
    items = tuple(OutcomeItem(o.id, o.title, o.description) for o in sheet.outcomes)
    rows = tuple(
        TickoffRow(
            participant_id=row.participant_id, external_id=row.external_id or "",
            name=row.name,
            achieved=frozenset(o.id for o, tick in zip(sheet.outcomes, row.ticks, strict=True)
                               if tick),
        )
        for row in sheet.rows
    )
    stored = session_reports.session_report(session.id)
    report = None if stored is None else SessionReportPart(
        held=stored.held, didnt_happen_reason=stored.didnt_happen_reason,
        topics_covered=stored.topics_covered, notes=stored.notes,
        facilitator=stored.facilitator,
    )
    reason = session.didnt_happen_reason or ""
    marked = Attendance.select().where(Attendance.session == session.id).exists()
    held = False if reason else (True if marked else None)
    return TickoffTemplate(session_header(session, programme), items, rows,
                           tuple(str(t) for t in programme.topics or []), report, held, reason)


_STATUS_ORDER = {ComplianceStatus.NON_COMPLIANT: 0, ComplianceStatus.AT_RISK: 1,
                 ComplianceStatus.COMPLIANT: 2, ComplianceStatus.NOT_YET_ASSESSED: 3}


def compliance_report(programme_ref: str, *, now: datetime | None = None) -> ComplianceReport:
    """Everyone booked in the programme; non-compliant first, lowest rate first in each group."""
    now = now or datetime.now(UTC)
    programme = get_programme(programme_ref)
    result = compliance_service.compliance(programme.id, now=now)
    ids = [p.participant_id for p in result.participants]
    external = {pid: ext or "" for pid, (_name, ext) in data.names(ids).items()}
    people = sorted(result.participants, key=lambda p: (
        _STATUS_ORDER[p.status], p.rate if p.rate is not None else 101.0, p.name.casefold(),
        p.participant_id))
    lines = tuple(
        ComplianceLine(
            participant_id=p.participant_id, external_id=external.get(p.participant_id, ""),
            name=p.name, sessions_held=p.counted, attended=p.attended,
            excused_excluded=p.excused_excluded, remaining=p.remaining, rate=p.rate,
            threshold=p.threshold, status=p.status.value, max_achievable=p.max_achievable,
            consecutive_absences=p.consecutive_absences, absence_alert=p.absence_alert,
        )
        for p in people
    )
    return ComplianceReport(
        programme_name=programme.name, generated_at=now, threshold=result.rules.required_attendance,
        excused_policy=result.rules.excused_policy.value,
        consecutive_absence_limit=result.rules.consecutive_absence_limit,
        sessions_with_roll=result.sessions_with_roll, sessions_to_come=result.sessions_to_come,
        lines=lines, sessions_roll_missing=result.sessions_roll_missing,
    )


def _check_range(start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValidationError(tr("The end date is before the start date."))


def hours_report(
    programme_ref: str,
    *,
    period: str = "month",
    start: date | None = None,
    end: date | None = None,
    now: datetime | None = None,
) -> HoursReport:
    """Hours of a programme for [start, end] (all dates when not given), per month or week."""
    if period not in HOURS_PERIODS:
        raise ValidationError(fill(
            tr("%1 is not an hours period; use month, week or programme."), repr(period)))
    _check_range(start, end)
    now = now or datetime.now(UTC)
    programme = get_programme(programme_ref)
    facts = {s.id: s for s in data.session_facts(programme.id)}
    balances = hours_service.programme_hours(programme.id)
    external = {pid: ext or "" for pid, (_name, ext) in
                data.names([r.participant_id for r in balances.rows]).items()}
    whole = summaries.summaries("programme", programme.id, start=start, end=end, now=now)
    dates = [s.local_date for s in facts.values()]
    today = to_local(now, programme.timezone or "UTC").date()  # the programme's own date
    first = start or (min(dates) if dates else today)
    last = end or (max(dates) if dates else today)
    # A range given on one side only that lies beyond the sessions keeps the date given (the
    # range is shown as asked, never ending before it starts) and holds no session.
    if start and not end:
        last = max(last, first)
    if end and not start:
        first = min(first, last)
    empty = not any(first <= day <= last for day in dates)

    def participants(lo: date, hi: date, everyone: bool) -> tuple[ParticipantHours, ...]:
        lines = []
        for row in balances.rows:
            in_period = to_date = sessions = beyond = 0
            for use in row.balance.uses:
                day = facts[use.session_id].local_date
                if day <= hi:
                    to_date += use.charged_min
                    beyond += use.wanted_min - use.charged_min
                    if day >= lo:
                        in_period += use.charged_min
                        sessions += 1
            if not everyone and sessions == 0:
                continue
            budget = row.budget_hours
            lines.append(ParticipantHours(
                participant_id=row.participant_id,
                external_id=external.get(row.participant_id, ""), name=row.name,
                sessions=sessions, hours_in_period=in_period / 60, hours_to_date=to_date / 60,
                budget=budget,
                remaining=None if budget is None else max(0.0, budget - to_date / 60),
                beyond_budget=beyond / 60,
            ))
        return tuple(lines)

    def facilitators(summary: summaries.PeriodSummary | None) -> tuple[FacilitatorHours, ...]:
        if summary is None:
            return ()
        return tuple(FacilitatorHours(f.facilitator, f.sessions, f.minutes / 60)
                     for f in summary.facilitator_hours)

    label = tr("Whole programme") if not (start or end) else tr("Whole range")
    if empty:  # nothing to count: no rows of zeros that read like figures (the CLI says why)
        return HoursReport(programme.name, now, (), HoursPeriod(label, first, last, (), ()),
                           no_sessions=True, asked=(start, end))
    total = HoursPeriod(label, first, last, facilitators(whole[0] if whole else None),
                        participants(first, last, everyone=True))
    periods: list[HoursPeriod] = []
    if period != "programme":
        for summary in summaries.summaries(period, programme.id, start=start, end=end, now=now):
            if summary.start > today:
                continue  # a period still to come has nothing to report
            # A week or month reaching past --from or --to is cut to the range, as the
            # facilitators' sessions already are: both count the same days.
            lo, hi = max(summary.start, first), min(summary.end, last)
            periods.append(HoursPeriod(summary.label, lo, hi, facilitators(summary),
                                       participants(lo, hi, everyone=False)))
    return HoursReport(programme.name, now, tuple(periods), total, asked=(start, end))


def certificates(programme_ref: str, *, today: date | None = None) -> list[Certificate]:
    """One certificate per completion record that has not expired, by name."""
    today = today or date.today()
    programme = get_programme(programme_ref)
    status = completion.completion_status(programme.id, today=today)
    eligible = [row for row in status.rows
                if row.expiry is not None and row.expiry.certificate_eligible]
    if not eligible:
        return []
    facts = {s.id: s for s in data.session_facts(programme.id)}
    balances = {r.participant_id: r.balance for r in
                hours_service.programme_hours(programme.id).rows}
    titles = {
        oid: (position, title) for oid, position, title in Outcome.select(
            Outcome.id, Outcome.position, Outcome.title
        ).where(Outcome.programme == programme.id).tuples()
    }
    achieved: dict[str, set[str]] = {}
    for tick in data.ticks(programme.id, [row.participant_id for row in eligible]):
        session = facts.get(tick.session_id)
        if tick.achieved and session is not None and not session.void:
            achieved.setdefault(tick.participant_id, set()).add(tick.outcome_id)
    result = []
    for row in eligible:
        assert row.expiry is not None
        balance = balances.get(row.participant_id)
        minutes = 0 if balance is None else balance.used_min + balance.uncovered_min
        done = sorted((titles[o] for o in achieved.get(row.participant_id, ()) if o in titles),
                      key=lambda pt: (pt[0], pt[1].casefold()))
        result.append(Certificate(
            participant_id=row.participant_id, external_id=row.external_id or "",
            name=row.name, programme_name=programme.name,
            completed_on=row.expiry.completed_on, hours=minutes / 60,
            outcomes=tuple(title for _pos, title in done),
            valid_until=row.expiry.expires_on, facilitator=programme.facilitator or actor(None),
        ))
    result.sort(key=lambda c: (c.name.casefold(), c.participant_id))
    return result


def _held(fact: SessionFact, now: datetime) -> bool:
    return not fact.void and (fact.roll_taken or has_ended(fact, now))


def attendance_records(
    programme_ref: str | None = None,
    *,
    start: date | None = None,
    end: date | None = None,
    now: datetime | None = None,
) -> list[AttendanceRecord]:
    """Attendance of held sessions (of one programme, or all) dated in [start, end], in
    session order then by name."""
    _check_range(start, end)
    now = now or datetime.now(UTC)
    query = Session.select(Session, Programme).join(Programme).order_by(
        Session.starts_at, Session.id)
    if programme_ref:
        query = query.where(Session.programme == get_programme(programme_ref).id)
    if start:
        query = query.where(Session.local_date >= start)
    if end:
        query = query.where(Session.local_date <= end)
    sessions = list(query)
    facts = {f.id: f for f in data.facts_of(sessions)}
    held = [s for s in sessions if _held(facts[s.id], now)]
    marks: dict[str, list[tuple[str, str, int | None, str, datetime]]] = {}
    for chunk in data.chunks([s.id for s in held]):
        for sid, pid, status, minutes, by, at in Attendance.select(
            Attendance.session, Attendance.participant, Attendance.status, Attendance.minutes,
            Attendance.marked_by, Attendance.marked_at,
        ).where(Attendance.session.in_(chunk)).tuples():
            marks.setdefault(sid, []).append((pid, status, minutes, by, at))
    booked: dict[str, list[tuple[str, datetime]]] = {}
    for programme_id in {s.programme_id for s in held}:
        booked[programme_id] = [(pid, e.enrolled_at)
                                for pid, e in data.booked(programme_id).items()]
    people = {pid for rows in marks.values() for pid, *_ in rows}
    people |= {pid for rows in booked.values() for pid, _at in rows}
    who = data.names(people)
    records: list[AttendanceRecord] = []
    for session in held:
        header = session_header(session, session.programme)
        lines: list[tuple[str, str, int | None, str, datetime | None]] = list(
            marks.get(session.id, []))
        recorded = {line[0] for line in lines}
        lines += [(pid, "pending", None, "", None)
                  for pid, enrolled_at in booked.get(session.programme_id, [])
                  if pid not in recorded and enrolled_at <= session.starts_at]
        for pid, status, minutes, by, at in sorted(
            lines, key=lambda line: (who.get(line[0], ("", None))[0].casefold(), line[0])
        ):
            name, ext = who.get(pid, ("", None))
            records.append(AttendanceRecord(
                programme_name=header.programme_name, session_id=session.id,
                session_date=header.local_date, start=header.start, end=header.end,
                duration_min=header.duration_min, title=header.title, topic=header.topic,
                location=header.place, facilitator=header.facilitator, participant_id=pid,
                external_id=ext or "", participant_name=name, status=status,
                # minutes belong to an attendance; an absence stored with minutes before
                # marking refused that (or sent by an older laptop) exports none
                minutes=minutes if status in ("present", "late") else None,
                marked_by=by or "", marked_at=at,
            ))
    return records


__all__ = [
    "HOURS_PERIODS", "attendance_records", "attendance_sheet", "certificates",
    "compliance_report", "hours_report", "session_header", "tickoff_template",
]
