"""Taking roll: marking one participant or many, clearing a mark, and the session's roster.

Each call is ONE IMMEDIATE transaction writing the attendance rows, one history row per change
and one outbox row per change; a failure anywhere leaves nothing behind. Re-marking with the
same status (and minutes) writes nothing. "Mark all present" and "mark the rest absent" only
touch participants who are still pending, so marks already taken are never overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from fieldsessions.core.enums import AttendanceStatus, EnrolmentStatus
from fieldsessions.core.errors import NotFoundError, ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.lifecycle import joins_roll
from fieldsessions.core.records import MarkChange, MarkHistoryEntry, RosterEntry
from fieldsessions.db import bulk, outbox
from fieldsessions.db.models import (
    Attendance,
    AttendanceHistory,
    Enrolment,
    Participant,
    Session,
    attendance_id,
    database,
    history_change,
    history_id,
    history_order,
)
from fieldsessions.services import guards
from fieldsessions.services.common import (
    actor,
    device,
    get_session,
    history_entries,
    queue_with_history,
)

Mark = tuple[str | None, int | None]  # (status or None to clear, minutes or None)


def parse_status(text: str) -> AttendanceStatus:
    try:
        return AttendanceStatus(text.strip().lower())
    except ValueError:
        raise ValidationError(fill(
            tr("%1 is not an attendance status; use present, late, excused or absent."),
            repr(text))) from None


def _current(session_id: str, participant_ids: Sequence[str] | None) -> dict[str, Mark]:
    query = Attendance.select(Attendance.participant, Attendance.status, Attendance.minutes).where(
        Attendance.session == session_id
    )
    if participant_ids is not None and len(participant_ids) <= 500:
        query = query.where(Attendance.participant.in_(list(participant_ids)))
    return {pid: (status, minutes) for pid, status, minutes in query.tuples()}


def _apply(
    session: Session,
    wanted: Mapping[str, Mark],
    *,
    by: str | None,
    reason: str,
    now: datetime | None,
) -> list[MarkChange]:
    """Write the marks that differ from what is stored. Caller holds the transaction."""
    current = _current(session.id, list(wanted))
    changes = [
        MarkChange(session.id, pid, current.get(pid, (None, None))[0], status,
                   current.get(pid, (None, None))[1], minutes)
        for pid, (status, minutes) in wanted.items()
        if current.get(pid, (None, None)) != (status, minutes)
    ]
    if not changes:
        return []
    guards.check_marks(session, changes, now)
    moment = now or datetime.now(UTC)
    stamp = bulk.ts(moment)
    who = actor(by)
    dev = device().id
    upserts: list[tuple[Any, ...]] = []
    deletes: list[str] = []
    queued: list[tuple[str, str, str, dict[str, Any]]] = []
    marked_at = outbox.jsonable(moment)
    for change in changes:
        aid = attendance_id(session.id, change.participant_id)
        if change.status is None:
            deletes.append(aid)
            queued.append(("attendance", aid, "delete", {
                "session_id": session.id, "participant_id": change.participant_id,
            }))
        else:
            upserts.append((aid, session.id, change.participant_id, change.status,
                            change.minutes, stamp, who, dev, reason))
            queued.append(("attendance", aid, "upsert", {
                "session_id": session.id, "participant_id": change.participant_id,
                "status": change.status, "minutes": change.minutes,
                "marked_at": marked_at, "marked_by": who, "note": reason,
            }))
    if upserts:
        bulk.upsert_attendance(upserts)
    if deletes:
        bulk.delete_attendance(deletes)
    # The history rows, queued after the marks (models.AttendanceHistory).
    entries = history_entries(AttendanceHistory, [
        partial(history_change, session.id, c.participant_id, c.previous, c.status,
                c.previous_minutes, c.minutes, changed_by=who, device_id=dev, reason=reason)
        for c in changes], history_id, moment)
    hlcs = queue_with_history(queued, "attendance_history", entries)
    bulk.insert_attendance_history([
        (uid, hlc, attendance_id(session.id, c.participant_id), session.id, c.participant_id,
         c.previous, c.status, c.previous_minutes, c.minutes, bulk.ts(at), who, dev, reason)
        for (uid, at, _fields), hlc, c in zip(entries, hlcs, changes, strict=True)])
    guards.after_marks(session, [c.participant_id for c in changes])
    return changes


def mark_history(session_id: str, participant_id: str) -> list[MarkHistoryEntry]:
    """Every change of one participant's mark in one session, made on any laptop that has
    synced, oldest first, in the order the server settles them (models.history_order): the
    last entry is the mark as it stands."""
    get_session(session_id)
    rows = AttendanceHistory.select().where(
        AttendanceHistory.attendance_id == attendance_id(session_id, participant_id)
    ).order_by(*history_order())
    return [MarkHistoryEntry(r.previous_status, r.new_status, r.previous_minutes,
                             r.new_minutes, r.changed_at, r.changed_by, r.device_id, r.reason,
                             bool(r.stand_in)) for r in rows]


def _check_participants(ids: Sequence[str]) -> None:
    unique = list(dict.fromkeys(ids))
    known: set[str] = set()
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        known.update(
            pid for (pid,) in Participant.select(Participant.id)
            .where(Participant.id.in_(chunk)).tuples()
        )
    missing = [pid for pid in unique if pid not in known]
    if missing:
        raise NotFoundError(fill(tr("No participant %1."), repr(missing[0])))


def mark(
    session_id: str,
    participant_id: str,
    status: AttendanceStatus | str | None,
    *,
    minutes: int | None = None,
    by: str | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> list[MarkChange]:
    """Mark one participant (status None clears the mark back to pending)."""
    return mark_many(session_id, {participant_id: (status, minutes)}, by=by, reason=reason,
                     now=now)


def mark_many(
    session_id: str,
    marks: Mapping[str, tuple[AttendanceStatus | str | None, int | None]],
    *,
    by: str | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> list[MarkChange]:
    """Mark many participants of one session in one transaction; returns what changed."""
    wanted: dict[str, Mark] = {}
    for pid, (status, minutes) in marks.items():
        value = None if status is None else parse_status(str(status))
        if minutes is not None and (minutes < 0 or minutes > 24 * 60):
            raise ValidationError(tr("A partial duration is between 0 and 1440 minutes."))
        if minutes is not None and value is not None and not value.attended:
            raise ValidationError(
                tr("Minutes attended go with present or late; someone marked excused attended "
                   "no minutes (leave the minutes out).")
                if value is AttendanceStatus.EXCUSED else
                tr("Minutes attended go with present or late; someone marked absent attended "
                   "no minutes (leave the minutes out)."))
        wanted[pid] = (None if value is None else value.value, minutes if value else None)
    with database.atomic():
        session = get_session(session_id)
        _check_participants(list(wanted))
        return _apply(session, wanted, by=by, reason=reason, now=now)


def check_on_roll(session_id: str, participant_ids: Sequence[str]) -> None:
    """Refuse (ValidationError) marking someone by hand who is not booked in the session's
    programme (waitlisted, cancelled or never enrolled) and has no mark in it yet: they are not
    on its roll, and a mark would put them on the printed sheet. The roll screen only offers
    people on the roll; `fieldsessions mark` checks here first. A walk-in goes through
    participants.walk_in, which enrols them by its own rule before marking; correcting a mark
    someone already has is always allowed."""
    session = get_session(session_id)
    if not participant_ids:
        return
    booked = {pid for (pid,) in Enrolment.select(Enrolment.participant).where(
        (Enrolment.programme == session.programme_id)
        & (Enrolment.status == EnrolmentStatus.BOOKED.value)).tuples()}
    outside = [pid for pid in dict.fromkeys(participant_ids) if pid not in booked]
    if not outside:
        return
    marked = set(_current(session.id, outside))
    outside = [pid for pid in outside if pid not in marked]
    if not outside:
        return
    person = Participant.get_by_id(outside[0])
    enrolment = Enrolment.get_or_none((Enrolment.programme == session.programme_id)
                                      & (Enrolment.participant == person.id))
    programme = session.programme.name
    who = (fill(tr("%1 (and %2 more)"), person.name, len(outside) - 1) if len(outside) > 1
           else person.name)
    if enrolment is not None and enrolment.status == EnrolmentStatus.WAITLISTED.value:
        refusal = tr("%1 is on the waiting list of %2, not booked, so they are not on this "
                     "session's roll: they get a place when one frees up; or add them as a "
                     "walk-in.")
    elif enrolment is not None:
        refusal = tr("%1 has a cancelled booking in %2, so they are not on this session's roll: "
                     "enrol them again, or add them as a walk-in.")
    else:
        refusal = tr("%1 is not enrolled in %2, so they are not on this session's roll: enrol "
                     "them, or add them as a walk-in.")
    raise ValidationError(fill(refusal, who, programme))


def _pending(session: Session) -> list[str]:
    """People on the session's roll (core.lifecycle.joins_roll) with no mark yet."""
    marked = {pid for (pid,) in Attendance.select(Attendance.participant)
              .where(Attendance.session == session.id).tuples()}
    booked = Enrolment.select(
        Enrolment.participant, Enrolment.is_walk_in, Enrolment.requested_at
    ).where(
        (Enrolment.programme == session.programme_id)
        & (Enrolment.status == EnrolmentStatus.BOOKED.value)
    ).tuples()
    return [pid for pid, walk_in, joined in booked
            if pid not in marked and joins_roll(bool(walk_in), joined, session.starts_at)]


def mark_pending(
    session_id: str,
    status: AttendanceStatus | str,
    *,
    by: str | None = None,
    now: datetime | None = None,
) -> list[MarkChange]:
    """Give every still-pending participant `status` (mark all present / the rest absent)."""
    value = parse_status(str(status)).value
    with database.atomic():
        session = get_session(session_id)
        wanted: dict[str, Mark] = {pid: (value, None) for pid in _pending(session)}
        return _apply(session, wanted, by=by, reason="", now=now)


def mark_all_present(session_id: str, **kwargs: Any) -> list[MarkChange]:
    return mark_pending(session_id, AttendanceStatus.PRESENT, **kwargs)


def mark_rest_absent(session_id: str, **kwargs: Any) -> list[MarkChange]:
    return mark_pending(session_id, AttendanceStatus.ABSENT, **kwargs)


def undo(changes: Sequence[MarkChange], *, by: str | None = None) -> list[MarkChange]:
    """Put back what `changes` replaced (Ctrl+Z), in one transaction."""
    if not changes:
        return []
    session_id = changes[0].session_id
    wanted = {c.participant_id: (c.previous, c.previous_minutes) for c in changes}
    with database.atomic():
        session = get_session(session_id)
        return _apply(session, wanted, by=by, reason="undo", now=None)


def roster(session_id: str) -> list[RosterEntry]:
    """Who belongs on this session's roll (core.lifecycle.joins_roll): booked people of its
    programme, walk-ins from the session they joined at, plus anyone already marked in it;
    sorted by name."""
    session = get_session(session_id)
    a, e, pt = (Attendance._meta.table_name, Enrolment._meta.table_name,
                Participant._meta.table_name)
    booked = EnrolmentStatus.BOOKED.value
    # Raw rows, the mark joined to each booking: a 50,000-person roll through the models
    # took most of a second of the roster's opening.
    rows: dict[str, RosterEntry] = {}
    marked_booked = 0
    to_time = Enrolment.requested_at.python_value
    for pid, name, ext, group, walk_in, enrol_status, joined, status, minutes in (
        database.execute_sql(
            f"SELECT p.id, p.name, p.external_id, p.group_name, e.is_walk_in, e.status, "
            f"e.requested_at, a.status, a.minutes FROM {e} e JOIN {pt} p "
            f"ON p.id = e.participant_id LEFT JOIN {a} a ON a.session_id = ? "
            "AND a.participant_id = e.participant_id WHERE e.programme_id = ? AND e.status = ?",
            (session.id, session.programme_id, booked))):
        if walk_in and status is None and not joins_roll(True, to_time(joined),
                                                         session.starts_at):
            continue  # a walk-in who joined at a later session
        marked_booked += status is not None
        rows[pid] = RosterEntry(pid, name, ext, group, status, minutes, bool(walk_in),
                                enrol_status)
    # Marks of people not booked, looked for only when the session has more marks than the
    # booked people hold (a count on the index; the search goes over every mark).
    (marked,) = database.execute_sql(f"SELECT COUNT(*) FROM {a} WHERE session_id = ?",
                                     (session.id,)).fetchone()
    marks = {} if marked == marked_booked else {
        pid: (status, minutes)
        for pid, status, minutes in database.execute_sql(
            f"SELECT a.participant_id, a.status, a.minutes FROM {a} a WHERE a.session_id = ? "
            f"AND NOT EXISTS (SELECT 1 FROM {e} e WHERE e.programme_id = ? "
            "AND e.participant_id = a.participant_id AND e.status = ?)",
            (session.id, session.programme_id, booked))
    }
    missing = [pid for pid in marks if pid not in rows]
    if missing:
        # Marked but not booked (a walk-in waiting for a place, a cancelled booking): the
        # enrolment in this programme says whether they walked in, not the person's record.
        enrolled = {pid: (walk_in, status) for pid, walk_in, status in Enrolment.select(
            Enrolment.participant, Enrolment.is_walk_in, Enrolment.status).where(
            (Enrolment.programme == session.programme_id)
            & Enrolment.participant.in_(missing)).tuples()}
        for pid, name, ext, group, walk_in in Participant.select(
            Participant.id, Participant.name, Participant.external_id, Participant.group_name,
            Participant.is_walk_in,
        ).where(Participant.id.in_(missing)).tuples():
            status, minutes = marks[pid]
            walk_in, enrol_status = enrolled.get(pid, (walk_in, None))
            rows[pid] = RosterEntry(pid, name, ext, group, status, minutes, bool(walk_in),
                                    enrol_status)
    return sorted(rows.values(), key=lambda r: (r.name.casefold(), r.participant_id))
