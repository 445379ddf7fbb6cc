"""Programmes and their schedules: create, edit (keeping each session's identity), list.

Editing a programme's rule matches its sessions to the new schedule by date (`_plan`): a
session whose date still occurs keeps its id, so its printed QR code and the server's row stay;
only future, rule-made sessions with nothing recorded (no attendance, ticks, report or outcomes
of their own) whose date no longer occurs are deleted; only dates not yet held by a session
are added. One holiday excluded is one session deleted (plus the programme's own row), not a
regenerated schedule. Past sessions and any session with a record are never touched; a new
occurrence on the date of a kept session is not added twice. A rule session that was moved to
another day or deleted leaves its date in the programme's excluded dates, so no edit brings it
back; a programme ended by a number of sessions keeps that number in all (kept ones included).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from fieldsessions.core import dates
from fieldsessions.core.enums import (
    EnrolmentStatus,
    ExcusedPolicy,
    Frequency,
    MonthlyMode,
    ReportingFrequency,
    SessionStatus,
)
from fieldsessions.core.errors import NotFoundError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.lifecycle import RollState
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.core.records import ProgrammeInfo, Removal, SessionInfo
from fieldsessions.core.recurrence import Occurrence, to_local
from fieldsessions.core.values import name_key
from fieldsessions.db import outbox
from fieldsessions.db.models import (
    Attendance,
    Enrolment,
    Outcome,
    OutcomeTick,
    Programme,
    Session,
    SessionOutcomeDrop,
    SessionReport,
    database,
    fn,
    new_id,
)
from fieldsessions.services import completion
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import actor, get_programme
from fieldsessions.services.participants import promote_waitlisted


@dataclass(frozen=True)
class Regeneration:
    """What an edit did to the schedule."""

    created: int
    removed: int
    kept: int
    moved: int = 0


def _apply_spec(programme: Programme, spec: ProgrammeSpec) -> None:
    programme.name = spec.name.strip()
    programme.description = spec.description
    programme.frequency = spec.frequency.value
    programme.weekdays = ",".join(str(d) for d in spec.weekdays)
    programme.monthly_mode = spec.monthly_mode.value
    programme.week_of_month = spec.week_of_month
    programme.rrule = spec.rrule
    programme.start_date = spec.start_date
    programme.end_date = spec.until
    programme.session_count = spec.count
    programme.excluded_dates = sorted(d.isoformat() for d in spec.excluded_dates)
    programme.start_time = spec.start_time.strftime("%H:%M")
    programme.duration_min = spec.duration_min
    programme.timezone = spec.timezone
    programme.location = spec.location
    programme.online_url = spec.online_url
    programme.capacity = spec.capacity
    programme.required_attendance = spec.required_attendance
    programme.excused_policy = spec.excused_policy.value
    programme.consecutive_absence_limit = spec.consecutive_absence_limit
    programme.topics = list(spec.topics)
    programme.topic_tracking = spec.topic_tracking
    programme.hours_budget = spec.hours_budget
    programme.expiry_months = spec.expiry_months
    programme.reporting_frequency = spec.reporting_frequency.value
    programme.facilitator = spec.facilitator
    programme.updated_at = datetime.now(UTC)
    _check_name_free(programme)


def _check_name_free(programme: Programme) -> None:
    """Refuse a name another programme has (the same by core.values.name_key: case, spacing
    and Unicode form ignored; archived ones included): every command and screen finds a
    programme by its name."""
    from fieldsessions.core.errors import ValidationError  # (kept off the shared import lines)

    wanted = name_key(programme.name)
    for _other, name in Programme.select(Programme.id, Programme.name).where(
        Programme.id != programme.id
    ).tuples():
        if name_key(name) == wanted:
            raise ValidationError(fill(
                tr("A programme called %1 already exists; give this one another name (for "
                   "example with its place or year)."), repr(name)))


def spec_of(programme_ref: str) -> ProgrammeSpec:
    """The editable spec of a stored programme (for the Edit dialog)."""
    p = get_programme(programme_ref)
    outcomes = tuple(
        o.title for o in Outcome.select().where(
            (Outcome.programme == p.id) & Outcome.session.is_null() & ~Outcome.archived
        ).order_by(Outcome.position)
    )
    h, m = (int(x) for x in p.start_time.split(":"))
    return ProgrammeSpec(
        name=p.name, frequency=Frequency(p.frequency), start_date=p.start_date,
        weekdays=tuple(int(d) for d in p.weekdays.split(",") if d != ""),
        until=p.end_date, count=p.session_count, monthly_mode=MonthlyMode(p.monthly_mode),
        week_of_month=p.week_of_month, rrule=p.rrule,
        excluded_dates=tuple(date.fromisoformat(d) for d in p.excluded_dates or []),
        start_time=time(h, m), duration_min=p.duration_min, timezone=p.timezone,
        location=p.location, online_url=p.online_url, capacity=p.capacity,
        required_attendance=p.required_attendance, excused_policy=ExcusedPolicy(p.excused_policy),
        consecutive_absence_limit=p.consecutive_absence_limit, topics=tuple(p.topics or []),
        topic_tracking=p.topic_tracking, outcomes=outcomes, hours_budget=p.hours_budget,
        expiry_months=p.expiry_months,
        reporting_frequency=ReportingFrequency(p.reporting_frequency),
        facilitator=p.facilitator, description=p.description,
    )


def preview(spec: ProgrammeSpec) -> list[Occurrence]:
    """The sessions `spec` would schedule, without saving anything."""
    return spec.occurrences()


def _new_sessions(
    programme: Programme, occurrences: Iterable[Occurrence]
) -> list[tuple[str, str, str, dict[str, Any]]]:
    queued = []
    for occ in occurrences:
        session = Session.create(
            id=new_id(), programme=programme.id, local_date=occ.local_date,
            starts_at=occ.starts_at, duration_min=programme.duration_min,
            location=programme.location, online_url=programme.online_url,
            facilitator=programme.facilitator, status=SessionStatus.SCHEDULED.value,
        )
        queued.append(("session", session.id, "upsert", outbox.snapshot(session)))
    return queued


def _sync_outcomes(programme: Programme, titles: tuple[str, ...]) -> list[
    tuple[str, str, str, dict[str, Any]]
]:
    """Make the programme's active outcome list equal `titles` (removed ones are archived,
    because ticks may refer to them)."""
    existing = list(Outcome.select().where(
        (Outcome.programme == programme.id) & Outcome.session.is_null()
    ).order_by(Outcome.position))
    by_title = {o.title: o for o in existing}
    queued = []
    keep: set[str] = set()
    for position, title in enumerate(t.strip() for t in titles):
        outcome = by_title.get(title)
        if outcome is None:
            outcome = Outcome.create(programme=programme.id, title=title, position=position)
        elif outcome.position == position and not outcome.archived:
            keep.add(outcome.id)
            continue
        else:
            outcome.position, outcome.archived = position, False
            outcome.save()
        keep.add(outcome.id)
        queued.append(("outcome", outcome.id, "upsert", outbox.snapshot(outcome)))
    for outcome in existing:
        if outcome.id not in keep and not outcome.archived:
            outcome.archived = True
            outcome.save()
            queued.append(("outcome", outcome.id, "upsert", outbox.snapshot(outcome)))
    return queued


def create_programme(spec: ProgrammeSpec, *, by: str | None = None) -> ProgrammeInfo:
    """Save a new programme and schedule its sessions (one transaction)."""
    occurrences = spec.occurrences()
    with database.atomic():
        programme = Programme(id=new_id())
        _apply_spec(programme, spec)
        if not programme.facilitator:
            programme.facilitator = actor(by)
        programme.save(force_insert=True)
        queued = [("programme", programme.id, "upsert", outbox.snapshot(programme))]
        queued += _sync_outcomes(programme, spec.outcomes)
        queued += _new_sessions(programme, occurrences)
        outbox.append_many(queued)
    return programme_info(programme.id)


def _has_records(session_ids: list[str]) -> set[str]:
    """The sessions among `session_ids` with marks, ticks, a report, their own outcomes or
    dropped outcomes: an edit of the schedule never removes them."""
    used: set[str] = set()
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start:start + 500]
        for model in (Attendance, OutcomeTick, SessionReport, SessionOutcomeDrop, Outcome):
            used.update(
                sid for (sid,) in model.select(model.session).where(
                    model.session.in_(chunk)
                ).distinct().tuples()
            )
    return used


@dataclass(frozen=True)
class ScheduleChange:
    """What saving an edited schedule does to the sessions (the dialog shows it first).

    Attributes:
        added: dates of new sessions.
        removed: dates of sessions deleted because their date no longer occurs (future, made
            by the rule, nothing recorded); a sheet printed for one of them matches no session.
        kept: sessions that stay, with their ids (and printed QR codes).
        moved: kept sessions whose time, length, place or facilitator follows the edit.
        recorded_off_schedule: dates of future sessions that no longer occur but have marks,
            ticks or a report: they are kept as they are (cancel them if they will not happen).
    """

    added: tuple[date, ...]
    removed: tuple[date, ...]
    kept: int
    moved: int
    recorded_off_schedule: tuple[date, ...]

    @property
    def changes_sessions(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.recorded_off_schedule)


# Fields of a rule-made session that come from its programme; an edit of one of these on the
# programme is carried to its untouched future sessions (a session edited on its own keeps
# its own value when the programme's value did not change).
_FOLLOWED = ("duration_min", "location", "online_url", "facilitator")


@dataclass
class _Plan:
    change: ScheduleChange
    removable: list[Session]
    updates: list[tuple[Session, dict[str, Any]]]
    fresh: list[Occurrence]


def _plan(programme: Programme, spec: ProgrammeSpec, now: datetime) -> _Plan:
    """Match the stored sessions to the edited schedule by date: a session whose date still
    occurs keeps its id; only dates gone are removed and only new dates added."""
    occurrences = spec.occurrences()
    by_date = {o.local_date: o for o in occurrences}
    sessions = list(Session.select().where(Session.programme == programme.id)
                    .order_by(Session.starts_at))
    future = [x for x in sessions if x.starts_at > now and x.from_rule
              and x.status == SessionStatus.SCHEDULED.value]
    recorded = _has_records([x.id for x in future])
    edited = Programme(**programme.__data__)
    _apply_spec(edited, spec)
    timing_changed = (programme.start_time != edited.start_time
                      or programme.timezone != edited.timezone)
    followed = {name: getattr(edited, name) for name in _FOLLOWED
                if getattr(programme, name) != getattr(edited, name)}
    removable: list[Session] = []
    off_schedule: list[date] = []
    updates: list[tuple[Session, dict[str, Any]]] = []
    for x in future:
        occ = by_date.get(x.local_date)
        if occ is None:
            if x.id in recorded:
                off_schedule.append(x.local_date)
            else:
                removable.append(x)
            continue
        if x.id in recorded:
            continue  # recorded sessions are the facilitator's, never rewritten by an edit
        wanted = dict(followed)
        if timing_changed:
            wanted["starts_at"] = occ.starts_at
        wanted = {k: v for k, v in wanted.items() if getattr(x, k) != v}
        if wanted:
            updates.append((x, wanted))
    removed_ids = {x.id for x in removable}
    kept = [x for x in sessions if x.id not in removed_ids]
    kept_dates = {x.local_date for x in kept}
    fresh = [o for o in occurrences if o.starts_at > now and o.local_date not in kept_dates]
    if spec.count is not None:  # ended by count: the programme keeps that many sessions
        fresh = fresh[:max(0, spec.count - len(kept))]
    change = ScheduleChange(
        added=tuple(o.local_date for o in fresh),
        removed=tuple(x.local_date for x in removable),
        kept=len(kept), moved=len(updates), recorded_off_schedule=tuple(off_schedule),
    )
    return _Plan(change, removable, updates, fresh)


def schedule_change(
    programme_ref: str, spec: ProgrammeSpec, *, now: datetime | None = None
) -> ScheduleChange:
    """What `update_programme(programme_ref, spec)` would do to the sessions; saves nothing."""
    return _plan(get_programme(programme_ref), spec, now or datetime.now(UTC)).change


def update_programme(
    programme_ref: str, spec: ProgrammeSpec, *, now: datetime | None = None
) -> Regeneration:
    """Save an edited programme. Sessions keep their identity: a future, untouched, rule-made
    session whose date still occurs keeps its id (and follows the programme's new time, length
    or place); only sessions whose date is gone are deleted and only new dates are added, so
    excluding one holiday queues one session change, not one per session."""
    now = now or datetime.now(UTC)
    with database.atomic():
        programme = get_programme(programme_ref)
        plan = _plan(programme, spec, now)
        _apply_spec(programme, spec)
        programme.save()
        queued = [("programme", programme.id, "upsert", outbox.snapshot(programme))]
        queued += _sync_outcomes(programme, spec.outcomes)
        ids = [x.id for x in plan.removable]
        for start in range(0, len(ids), 500):
            Session.delete().where(Session.id.in_(ids[start:start + 500])).execute()
        queued += [("session", sid, "delete", {}) for sid in ids]
        for session, wanted in plan.updates:
            for name, value in wanted.items():
                setattr(session, name, value)
            if "starts_at" in wanted:
                session.local_date = to_local(session.starts_at, programme.timezone).date()
            session.updated_at = now
            session.save()
            queued.append(("session", session.id, "upsert", outbox.snapshot(session)))
        queued += _new_sessions(programme, plan.fresh)
        outbox.append_many(queued)
        promote_waitlisted(programme)  # a larger capacity books people who were waiting
        completion.recompute(programme.id)  # the rule or the schedule may have changed
    return Regeneration(created=len(plan.fresh), removed=len(ids),
                        kept=plan.change.kept, moved=plan.change.moved)


def exclude_rule_date(programme: Programme, day: date) -> None:
    """Add `day` to the programme's excluded dates (in the caller's transaction), so a later
    edit of the rule does not bring back a session that was moved away or deleted."""
    dates = set(programme.excluded_dates or [])
    if day.isoformat() in dates:
        return
    programme.excluded_dates = sorted(dates | {day.isoformat()})
    programme.updated_at = datetime.now(UTC)
    programme.save()
    outbox.append("programme", programme.id, "upsert", outbox.snapshot(programme))


def programme_info(programme_ref: str) -> ProgrammeInfo:
    p = get_programme(programme_ref)
    return _info(p, _counts([p.id]))


def _counts(ids: list[str]) -> dict[str, tuple[int, int, int]]:
    result = {pid: (0, 0, 0) for pid in ids}
    sessions = dict(
        Session.select(Session.programme, fn.COUNT(Session.id)).where(
            Session.programme.in_(ids)).group_by(Session.programme).tuples()
    )
    booked: dict[str, int] = {}
    waiting: dict[str, int] = {}
    for pid, status, n in Enrolment.select(
        Enrolment.programme, Enrolment.status, fn.COUNT(Enrolment.id)
    ).where(Enrolment.programme.in_(ids)).group_by(Enrolment.programme, Enrolment.status).tuples():
        if status == EnrolmentStatus.BOOKED.value:
            booked[pid] = n
        elif status == EnrolmentStatus.WAITLISTED.value:
            waiting[pid] = n
    for pid in ids:
        result[pid] = (sessions.get(pid, 0), booked.get(pid, 0), waiting.get(pid, 0))
    return result


def _info(p: Programme, counts: dict[str, tuple[int, int, int]]) -> ProgrammeInfo:
    n_sessions, booked, waiting = counts.get(p.id, (0, 0, 0))
    spec_text = spec_summary(p)
    return ProgrammeInfo(
        id=p.id, name=p.name, schedule=spec_text, start_date=p.start_date, end_date=p.end_date,
        start_time=p.start_time, duration_min=p.duration_min, timezone=p.timezone,
        location=p.location or p.online_url, capacity=p.capacity,
        required_attendance=p.required_attendance, session_count=n_sessions, enrolled=booked,
        waitlisted=waiting,
    )


def spec_summary(p: Programme) -> str:
    days = ", ".join(dates.weekday_names()[d] for d in sorted(
        int(d) for d in p.weekdays.split(",") if d != ""))  # "Tue, Thu", in the user's language
    f = p.frequency
    if f == Frequency.ONCE.value:
        return tr("once-off")
    if f == Frequency.WEEKLY.value:
        return fill(tr("weekly on %1"), days) if days else tr("weekly", "schedule")
    if f == Frequency.BIWEEKLY.value:
        return fill(tr("every two weeks on %1"), days) if days else tr("every two weeks")
    if f == Frequency.RRULE.value:
        return fill(tr("custom (%1)"), p.rrule)
    return {Frequency.DAILY.value: tr("daily", "schedule"),
            Frequency.MONTHLY.value: tr("monthly", "schedule"),
            Frequency.QUARTERLY.value: tr("quarterly", "schedule")}.get(f, f)


def list_programmes(include_archived: bool = False) -> list[ProgrammeInfo]:
    query = Programme.select().order_by(Programme.name)
    if not include_archived:
        query = query.where(~Programme.archived)
    programmes = list(query)
    counts = _counts([p.id for p in programmes]) if programmes else {}
    return [_info(p, counts) for p in programmes]


SESSION_FILTERS = ("all", "today", "upcoming", "roll_missing", "past", "cancelled")


def list_sessions(
    programme_ref: str | None = None,
    *,
    start: date | None = None,
    end: date | None = None,
    kind: str = "all",
    now: datetime | None = None,
    limit: int | None = None,
) -> list[SessionInfo]:
    """Sessions in date order, filtered by programme, local date range and kind:
    today, upcoming, roll_missing (ended, not void, roll not complete: nobody or only some of
    the roll marked, core.lifecycle.roll_state), past, cancelled."""
    now = now or datetime.now(UTC)
    query = Session.select(Session, Programme).join(Programme).order_by(Session.starts_at)
    if programme_ref:
        query = query.where(Session.programme == get_programme(programme_ref).id)
    else:  # an archived programme's sessions are listed only when it is asked for by name
        query = query.where(~Programme.archived)
    if start:
        query = query.where(Session.local_date >= start)
    if end:
        query = query.where(Session.local_date <= end)
    if kind == "cancelled":
        query = query.where(Session.status == SessionStatus.CANCELLED.value)
    elif kind == "upcoming":
        query = query.where(Session.starts_at >= now,
                            Session.status != SessionStatus.CANCELLED.value)
    elif kind in ("past", "roll_missing"):
        query = query.where(Session.starts_at < now)
    elif kind == "today":
        # Local "today" differs by time zone: take a wide UTC window, then filter exactly.
        query = query.where(Session.starts_at.between(now - timedelta(days=1),
                                                      now + timedelta(days=1)))
    elif kind != "all":
        raise ValueError(f"unknown session filter {kind!r}")
    sessions = list(query)
    rolls = data.roll_counts([(s.id, s.programme_id, s.starts_at) for s in sessions])
    result = []
    for s in sessions:
        info = _session_info(s, rolls[s.id])
        ended = s.starts_at + timedelta(minutes=s.duration_min) <= now
        if kind == "roll_missing" and not (
            ended and info.roll is not RollState.COMPLETE
            and s.status != SessionStatus.CANCELLED.value and not s.didnt_happen_reason
        ):
            continue
        if kind == "today" and info.local_date != to_local(now, s.programme.timezone).date():
            continue
        result.append(info)
        if limit is not None and len(result) >= limit:
            break
    return result


def _session_info(s: Session, roll: data.RollCount) -> SessionInfo:
    tz = s.programme.timezone
    local = to_local(s.starts_at, tz)
    local_end = to_local(s.starts_at + timedelta(minutes=s.duration_min), tz)
    return SessionInfo(
        id=s.id, programme_id=s.programme_id, programme_name=s.programme.name,
        local_date=s.local_date, starts_at=s.starts_at, local_start=local.strftime("%H:%M"),
        local_end=local_end.strftime("%H:%M"), duration_min=s.duration_min, title=s.title,
        topic=s.topic, location=s.location or s.online_url, facilitator=s.facilitator,
        status=s.status, cancel_reason=s.cancel_reason,
        didnt_happen_reason=s.didnt_happen_reason, marked=roll.marked,
        roster_size=roll.on_roll,
    )


def session_info(session_id: str) -> SessionInfo:
    s = Session.select(Session, Programme).join(Programme).where(Session.id == session_id).first()
    if s is None:
        raise NotFoundError(fill(tr("No session %1."), repr(session_id)))
    roll = data.roll_counts([(s.id, s.programme_id, s.starts_at)])[s.id]
    return _session_info(s, roll)


# --- removing a programme ----------------------------------------------------------------------

def _programme_records(programme_id: str, session_ids: list[str]) -> int:
    from fieldsessions.db.models import PeriodReport

    found = PeriodReport.select().where(PeriodReport.programme == programme_id).count()
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start:start + 500]
        for model in (Attendance, OutcomeTick, SessionReport):
            found += model.select().where(model.session.in_(chunk)).count()
    return found


def programme_removal(programme_ref: str) -> Removal:
    """What `remove_programme` would do; changes nothing."""
    programme = get_programme(programme_ref)
    session_ids = [sid for (sid,) in Session.select(Session.id)
                   .where(Session.programme == programme.id).tuples()]
    records = _programme_records(programme.id, session_ids)
    enrolments = Enrolment.select().where(
        (Enrolment.programme == programme.id)
        & (Enrolment.status != EnrolmentStatus.CANCELLED.value)).count()
    return Removal(programme.name, records == 0, records, len(session_ids), enrolments)


def remove_programme(programme_ref: str) -> Removal:
    """Remove a programme (the facilitator confirmed): deleted with its sessions, bookings
    and outcomes when nothing was recorded in it (each a tombstone for the server, children
    before the programme), else archived: hidden from the lists, every record kept."""
    from fieldsessions.db.models import PathwayProgramme

    with database.atomic():
        removal = programme_removal(programme_ref)
        programme = get_programme(programme_ref)
        pid = programme.id
        if not removal.deletable:
            if not programme.archived:
                programme.archived = True
                programme.updated_at = datetime.now(UTC)
                programme.save()
                outbox.append("programme", pid, "upsert", outbox.snapshot(programme))
            return removal
        queued: list[tuple[str, str, str, dict[str, Any]]] = []
        sessions = Session.select(Session.id).where(Session.programme == pid)
        for sid, oid in SessionOutcomeDrop.select(
                SessionOutcomeDrop.session, SessionOutcomeDrop.outcome).where(
                SessionOutcomeDrop.session.in_(sessions)).tuples():
            queued.append(("session_outcome_drop", f"{sid}:{oid}", "delete",
                           {"session_id": sid, "outcome_id": oid}))
        for (oid,) in Outcome.select(Outcome.id).where(Outcome.programme == pid).tuples():
            queued.append(("outcome", oid, "delete", {}))
        for (sid,) in Session.select(Session.id).where(Session.programme == pid).tuples():
            queued.append(("session", sid, "delete", {}))
        # Derived ids (enrolment, pathway membership): the tombstone names its references.
        for eid, person in Enrolment.select(Enrolment.id, Enrolment.participant).where(
                Enrolment.programme == pid).tuples():
            queued.append(("enrolment", eid, "delete",
                           {"programme_id": pid, "participant_id": person}))
        for (way,) in PathwayProgramme.select(PathwayProgramme.pathway).where(
                PathwayProgramme.programme == pid).tuples():
            queued.append(("pathway_programme", f"{way}:{pid}", "delete",
                           {"pathway_id": way, "programme_id": pid}))
        queued.append(("programme", pid, "delete", {}))
        SessionOutcomeDrop.delete().where(SessionOutcomeDrop.session.in_(sessions)).execute()
        Outcome.delete().where(Outcome.programme == pid).execute()
        Session.delete().where(Session.programme == pid).execute()
        programme.delete_instance(recursive=True)  # enrolments, completions, pathway rows
        outbox.append_many(queued)
    return removal
