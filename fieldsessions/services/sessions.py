"""Session lifecycle: cancel, "didn't happen", reinstate, delete, add, edit with overlap checks.

Rules in core.lifecycle. Each change is one transaction with its outbox rows, and recomputes
the programme's completion records when the change alters which sessions count (cancelled,
didn't happen, reinstated, moved). Hours balances need no recomputing: they are derived from
the sessions' current durations and statuses whenever they are read.

Overlaps: saving a session whose facilitator is already booked at that time raises
OverlapError (a RuleError listing the clashes); saving again with `override_overlap=True`
double-books on purpose.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from fieldsessions.core import values
from fieldsessions.core.enums import SessionStatus
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.facts import SessionFact
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.lifecycle import (
    Clash,
    SessionClock,
    check_deletable,
    check_move_allowed,
    clean_reason,
    find_overlaps,
    same_day_session,
    same_facilitator,
    session_clock,
)
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.core.records import SessionInfo
from fieldsessions.core.recurrence import parse_time, to_local, zone
from fieldsessions.db import outbox
from fieldsessions.db.models import (
    Attendance,
    Outcome,
    OutcomeTick,
    Programme,
    Session,
    SessionOutcomeDrop,
    SessionReport,
    database,
    new_id,
)
from fieldsessions.services import completion, programmes, session_reports
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import actor, get_programme, get_session

MAX_DURATION = 24 * 60


class OverlapError(RuleError):
    """The facilitator is already booked at that time; `clashes` lists where."""

    def __init__(self, facilitator: str, clashes: list[Clash]) -> None:
        first, more = clashes[0], len(clashes) - 1
        super().__init__(fill(
            tr("%1 is already booked on %2 on %3 %4-%5 and %6 more; save anyway to "
               "double-book.") if more else
            tr("%1 is already booked on %2 on %3 %4-%5; save anyway to double-book."),
            first.facilitator or facilitator, first.programme_name,
            first.local_date.isoformat(), first.local_start, first.local_end, more))
        self.clashes = clashes


def clash_text(facilitator: str, clashes: list[Clash]) -> str:
    """'Ann is already booked on Maths on 2026-03-02 09:00-11:00 and 3 more' (the first
    clash named)."""
    first, more = clashes[0], len(clashes) - 1
    return fill(tr("%1 is already booked on %2 on %3 %4-%5 and %6 more") if more else
                tr("%1 is already booked on %2 on %3 %4-%5"),
                first.facilitator or facilitator, first.programme_name,
                first.local_date.isoformat(), first.local_start, first.local_end, more)


def _save(session: Session, now: datetime) -> None:
    session.updated_at = now
    session.save()
    outbox.append("session", session.id, "upsert", outbox.snapshot(session))


def _day(session: Session) -> str:
    return session.local_date.isoformat()


def cancel_session(
    session_id: str, reason: str, *, now: datetime | None = None
) -> SessionInfo:
    """Cancel a session with a reason; compliance, completion and hours then ignore it."""
    reason = clean_reason(reason, tr("Give a reason why the session was cancelled."))
    now = now or datetime.now(UTC)
    with database.atomic():
        session = get_session(session_id)
        if session.status == SessionStatus.CANCELLED.value and session.cancel_reason == reason:
            return programmes.session_info(session.id)
        session.status = SessionStatus.CANCELLED.value
        session.cancel_reason = reason
        session.didnt_happen_reason = None
        _save(session, now)
        completion.recompute(session.programme_id)
    return programmes.session_info(session_id)


def mark_didnt_happen(
    session_id: str, reason: str, *, by: str | None = None, now: datetime | None = None
) -> SessionInfo:
    """Record that a session did not take place (its report says "not held", with the reason).

    Only for a session that has started; one that has not is cancelled instead.
    """
    reason = clean_reason(reason, tr("Give a reason why the session did not happen."))
    now = now or datetime.now(UTC)
    with database.atomic():
        session = get_session(session_id)
        if session.starts_at > now:
            raise RuleError(tr("This session has not started yet; cancel it instead of "
                               "recording that it did not happen."))
        if session.status == SessionStatus.CANCELLED.value:
            raise RuleError(tr("This session was cancelled; reinstate it first."))
        existing = SessionReport.get_or_none(SessionReport.session == session.id)
        session_reports.save_session_report(
            session.id, held=False, didnt_happen_reason=reason,
            notes=existing.notes if existing else "", by=by, now=now,
        )
    return programmes.session_info(session_id)


def is_void(session: Session) -> bool:
    """Cancelled or recorded as not having happened (what reinstating undoes)."""
    return session.status == SessionStatus.CANCELLED.value or bool(session.didnt_happen_reason)


def reinstate_session(session_id: str, *, now: datetime | None = None) -> SessionInfo:
    """Undo a cancellation or a "didn't happen": the session counts again."""
    now = now or datetime.now(UTC)
    with database.atomic():
        session = get_session(session_id)
        if not is_void(session):
            return programmes.session_info(session.id)
        programme = Programme.get_by_id(session.programme_id)
        _guard_one_a_day(programme, session.local_date, session.id, reinstating=True)
        session.status = SessionStatus.SCHEDULED.value
        session.cancel_reason = None
        session.didnt_happen_reason = None
        _save(session, now)
        report = SessionReport.get_or_none(SessionReport.session == session.id)
        if report is not None and not report.held:
            report.held, report.didnt_happen_reason, report.updated_at = True, "", now
            report.save()
            outbox.append("session_report", report.id, "upsert", outbox.snapshot(report))
        completion.recompute(session.programme_id)
    return programmes.session_info(session_id)


def recorded(session_id: str) -> tuple[int, int]:
    """(attendance marks, outcome ticks) recorded on a session."""
    return (Attendance.select().where(Attendance.session == session_id).count(),
            OutcomeTick.select().where(OutcomeTick.session == session_id).count())


def delete_session(session_id: str) -> None:
    """Delete a session that has nothing recorded; one with marks or ticks is refused."""
    with database.atomic():
        session = get_session(session_id)
        marks = Attendance.select().where(Attendance.session == session.id).count()
        check_deletable(_day(session), marks)
        if OutcomeTick.select().where(OutcomeTick.session == session.id).exists():
            raise RuleError(fill(tr("The session of %1 has outcome ticks, so it cannot be "
                                    "deleted; cancel it instead."), _day(session)))
        if SessionReport.select().where(SessionReport.session == session.id).exists():
            raise RuleError(fill(tr("The session of %1 has a written report, so it cannot be "
                                    "deleted; cancel it instead."), _day(session)))
        programme_id = session.programme_id
        queued: list[tuple[str, str, str, dict[str, Any]]] = []
        for drop in SessionOutcomeDrop.select().where(SessionOutcomeDrop.session == session.id):
            queued.append(("session_outcome_drop", f"{session.id}:{drop.outcome_id}", "delete",
                           {}))
        for own in Outcome.select().where(Outcome.session == session.id):
            queued.append(("outcome", own.id, "delete", {}))
        SessionOutcomeDrop.delete().where(SessionOutcomeDrop.session == session.id).execute()
        Outcome.delete().where(Outcome.session == session.id).execute()
        if session.from_rule:
            programmes.exclude_rule_date(Programme.get_by_id(programme_id), session.local_date)
        session.delete_instance(recursive=False)
        queued.append(("session", session_id, "delete", {}))
        outbox.append_many(queued)
        completion.recompute(programme_id)


def clashes(
    facilitator: str, starts_at: datetime, duration_min: int,
    *, ignore_session_id: str | None = None,
) -> list[Clash]:
    """Sessions (any programme) where `facilitator` is booked during [start, start+duration)."""
    if not facilitator.strip():
        return []
    ends_at = starts_at + timedelta(minutes=duration_min)
    nearby = list(
        Session.select(Session, Programme).join(Programme)
        .where(Session.starts_at > starts_at - timedelta(minutes=MAX_DURATION),
               Session.starts_at < ends_at)
    )
    candidate = SessionFact(
        id=ignore_session_id or "", local_date=starts_at.date(), starts_at=starts_at,
        duration_min=duration_min, facilitator=facilitator,
    )
    found = find_overlaps(candidate, [data.session_fact(s, False) for s in nearby])
    by_id = {s.id: s for s in nearby}
    return [_clash(by_id[fact.id], fact) for fact in found]


def programme_clashes(spec: ProgrammeSpec, programme_id: str | None = None) -> list[Clash]:
    """Sessions of other programmes where the facilitator of `spec` (or, when it names none,
    this laptop's facilitator, as create_programme does) is already booked while one of the
    sessions `spec` schedules runs; earliest first, each clashing session once. Saving is
    still allowed: this is the warning a dialog or the CLI shows before double-booking."""
    facilitator = spec.facilitator.strip() or actor(None)
    occurrences = spec.occurrences()
    if not facilitator.strip() or not occurrences:
        return []
    first = min(o.starts_at for o in occurrences)
    last = max(o.ends_at for o in occurrences)
    query = (Session.select(Session, Programme).join(Programme)
             .where(Session.starts_at > first - timedelta(minutes=MAX_DURATION),
                    Session.starts_at < last))
    if programme_id is not None:
        query = query.where(Session.programme != programme_id)
    nearby = [s for s in query if same_facilitator(s.facilitator or "", facilitator)]
    if not nearby:
        return []
    facts = sorted((data.session_fact(s, False) for s in nearby), key=lambda f: f.starts_at)
    starts = [f.starts_at for f in facts]
    found: dict[str, SessionFact] = {}
    for occ in occurrences:
        candidate = SessionFact(id="", local_date=occ.local_date, starts_at=occ.starts_at,
                                duration_min=spec.duration_min, facilitator=facilitator)
        low = bisect_left(starts, occ.starts_at - timedelta(minutes=MAX_DURATION))
        high = bisect_left(starts, candidate.ends_at)
        for fact in find_overlaps(candidate, facts[low:high]):
            found.setdefault(fact.id, fact)
    by_id = {s.id: s for s in nearby}
    return [_clash(by_id[fact.id], fact)
            for fact in sorted(found.values(), key=lambda f: (f.starts_at, f.id))]


def _clash(s: Session, fact: SessionFact) -> Clash:
    tz = s.programme.timezone
    return Clash(
        session_id=s.id, programme_id=s.programme_id, programme_name=s.programme.name,
        local_date=s.local_date, local_start=to_local(s.starts_at, tz).strftime("%H:%M"),
        local_end=to_local(fact.ends_at, tz).strftime("%H:%M"), facilitator=s.facilitator,
    )


def _check_duration(duration_min: int) -> None:
    if not 1 <= duration_min <= MAX_DURATION:
        raise ValidationError(tr("A session lasts between 1 minute and 24 hours."))


def _instant(local_date: date, start: time | str, tz: str) -> datetime:
    at = parse_time(start) if isinstance(start, str) else start
    values.check_day(local_date, tr("session date"))
    return datetime.combine(local_date, at, tzinfo=zone(tz)).astimezone(UTC)


def _guard_one_a_day(programme: Programme, local_date: date, session_id: str | None,
                     reinstating: bool = False) -> None:
    """Refuse a second session of a programme on one day (core.lifecycle.same_day_session);
    the advice says what to do with the other session (`reinstating`: before reinstating this
    one)."""
    rows = {s.id: s for s in Session.select().where((Session.programme == programme.id)
                                                     & (Session.local_date == local_date))}
    taken = same_day_session(session_id or "", local_date,
                             [data.session_fact(s, False) for s in rows.values()])
    if taken is not None:
        tz = programme.timezone
        raise RuleError(fill(
            tr("%1 already has a session on %2 (%3-%4), and a programme has one session a day; "
               "cancel or move that session before reinstating this one.") if reinstating else
            tr("%1 already has a session on %2 (%3-%4), and a programme has one session a day; "
               "change that session's time instead."),
            programme.name, local_date.isoformat(), f"{to_local(taken.starts_at, tz):%H:%M}",
            f"{to_local(taken.ends_at, tz):%H:%M}"))


def _guard_overlap(facilitator: str, starts_at: datetime, duration_min: int,
                   session_id: str | None, override: bool) -> None:
    if override:
        return
    found = clashes(facilitator, starts_at, duration_min, ignore_session_id=session_id)
    if found:
        raise OverlapError(facilitator.strip(), found)


def add_session(
    programme_ref: str,
    local_date: date,
    start: time | str | None = None,
    *,
    duration_min: int | None = None,
    facilitator: str | None = None,
    title: str = "",
    topic: str = "",
    location: str | None = None,
    override_overlap: bool = False,
) -> SessionInfo:
    """An extra session of a programme (outside its rule); times are the programme's local
    time. Defaults come from the programme."""
    with database.atomic():
        programme = get_programme(programme_ref)
        duration = programme.duration_min if duration_min is None else duration_min
        _check_duration(duration)
        starts_at = _instant(local_date, start or programme.start_time, programme.timezone)
        who = programme.facilitator if facilitator is None else facilitator.strip()
        _guard_one_a_day(programme, to_local(starts_at, programme.timezone).date(), None)
        _guard_overlap(who, starts_at, duration, None, override_overlap)
        session = Session.create(
            id=new_id(), programme=programme.id, local_date=local_date, starts_at=starts_at,
            duration_min=duration, title=title.strip(), topic=topic.strip(),
            location=programme.location if location is None else location.strip(),
            online_url=programme.online_url, facilitator=who,
            status=SessionStatus.SCHEDULED.value, from_rule=False,
        )
        outbox.append("session", session.id, "upsert", outbox.snapshot(session))
        completion.recompute(programme.id)
    return programmes.session_info(session.id)


def update_session(
    session_id: str,
    *,
    local_date: date | None = None,
    start: time | str | None = None,
    duration_min: int | None = None,
    facilitator: str | None = None,
    title: str | None = None,
    topic: str | None = None,
    location: str | None = None,
    notes: str | None = None,
    override_overlap: bool = False,
    now: datetime | None = None,
) -> SessionInfo:
    """Edit one session (only the given fields). Moving it or changing its facilitator checks
    for overlaps; a new duration changes the hours its marks use from then on."""
    now = now or datetime.now(UTC)
    with database.atomic():
        session = get_session(session_id)
        programme = Programme.get_by_id(session.programme_id)
        tz = programme.timezone
        original_date = session.local_date
        moved = local_date is not None or start is not None
        if moved:
            local_start = to_local(session.starts_at, tz)
            starts_at = _instant(local_date or session.local_date,
                                 start if start is not None else local_start.time(), tz)
        else:
            starts_at = session.starts_at
        duration = session.duration_min if duration_min is None else duration_min
        _check_duration(duration)
        who = session.facilitator if facilitator is None else facilitator.strip()
        if moved:
            _guard_one_a_day(programme, to_local(starts_at, tz).date(), session.id)
            check_move_allowed(_day(session), *recorded(session.id), starts_at, now)
        if moved or duration_min is not None or facilitator is not None:
            _guard_overlap(who, starts_at, duration, session.id, override_overlap)
        if moved:
            session.starts_at = starts_at
            session.local_date = to_local(starts_at, tz).date()
        session.duration_min = duration
        session.facilitator = who
        if title is not None:
            session.title = title.strip()
        if topic is not None:
            session.topic = topic.strip()
        if location is not None:
            session.location = location.strip()
        if notes is not None:
            session.notes = notes
        if moved and session.from_rule:
            session.from_rule = False  # an edited session is no longer the rule's to replace
            if session.local_date != original_date:
                programmes.exclude_rule_date(programme, original_date)
        _save(session, now)
        if moved:
            completion.recompute(programme.id)
    return programmes.session_info(session_id)


def session_states(
    programme_ref: str | None = None, *, now: datetime | None = None
) -> list[SessionClock]:
    """The state of each session by the clock (scheduled, in progress, completed, cancelled,
    didn't happen) and whether its roll is missing, in time order."""
    now = now or datetime.now(UTC)
    query = Session.select().order_by(Session.starts_at)
    if programme_ref:
        query = query.where(Session.programme == get_programme(programme_ref).id)
    return [session_clock(fact, now) for fact in data.facts_of(list(query))]


def session_state(session_id: str, *, now: datetime | None = None) -> SessionClock:
    session = get_session(session_id)
    return session_clock(data.facts_of([session])[0], now or datetime.now(UTC))


def roll_missing(
    programme_ref: str | None = None, *, now: datetime | None = None
) -> list[SessionInfo]:
    """Sessions past their end, not cancelled and not "didn't happen", with nobody marked."""
    return programmes.list_sessions(programme_ref, kind="roll_missing", now=now)
