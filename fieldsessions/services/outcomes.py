"""Outcomes of sessions and the tick-off: outcome lists, ticks, tick-off sheets, profiles.

Rules in core.outcomes. Ticking works like marking: ONE transaction writes the OutcomeTick
rows, one OutcomeTickHistory row and one outbox row per change, then recomputes the completion
records of the participants ticked; a tick with the value already stored writes nothing.
Ticks follow the marking window: not in a cancelled or not-held session, nor in one starting
more than an hour from now.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from functools import partial
from typing import Any

from fieldsessions.core.errors import NotFoundError, ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.lifecycle import check_marking_allowed
from fieldsessions.core.outcomes import (
    AchievedTick,
    OutcomeItem,
    ProfileEntry,
    TickChange,
    TickOffSheet,
    outcome_profile,
    session_outcome_list,
    tick_row,
)
from fieldsessions.core.recurrence import to_local
from fieldsessions.db import outbox
from fieldsessions.db.models import (
    Outcome,
    OutcomeTick,
    OutcomeTickHistory,
    Programme,
    Session,
    SessionOutcomeDrop,
    database,
    new_id,
    tick_history_change,
    tick_history_id,
    tick_id,
)
from fieldsessions.services import attendance, completion
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import (
    actor,
    device,
    get_participant,
    get_session,
    history_entries,
    queue_with_history,
)

MAX_TITLE = 300


def _item(outcome: Outcome) -> OutcomeItem:
    return OutcomeItem(outcome.id, outcome.title, outcome.description, outcome.position,
                       own=outcome.session_id is not None)


def _outcomes_of(session: Session) -> list[OutcomeItem]:
    programme_outcomes = [
        _item(o) for o in Outcome.select().where(
            (Outcome.programme == session.programme_id) & Outcome.session.is_null()
            & ~Outcome.archived)
    ]
    own = [_item(o) for o in Outcome.select().where(
        (Outcome.session == session.id) & ~Outcome.archived)]
    dropped = {oid for (oid,) in SessionOutcomeDrop.select(SessionOutcomeDrop.outcome)
               .where(SessionOutcomeDrop.session == session.id).tuples()}
    return session_outcome_list(programme_outcomes, dropped, own)


def session_outcomes(session_id: str) -> list[OutcomeItem]:
    """The session's outcome list: the programme's minus the dropped, then its own."""
    return _outcomes_of(get_session(session_id))


def add_session_outcome(session_id: str, title: str, description: str = "") -> OutcomeItem:
    """An outcome for this session only (e.g. a daily module's own objective)."""
    title = " ".join(title.split())
    if not title:
        raise ValidationError(tr("An outcome needs a title."))
    if len(title) > MAX_TITLE:
        raise ValidationError(fill(tr("An outcome title is at most %1 characters."), MAX_TITLE))
    with database.atomic():
        session = get_session(session_id)
        if any(o.title == title for o in _outcomes_of(session)):
            raise ValidationError(fill(tr("This session already has the outcome %1."),
                                       repr(title)))
        last = max((o.position for o in _outcomes_of(session) if o.own), default=-1)
        outcome = Outcome.create(id=new_id(), programme=session.programme_id,
                                 session=session.id, position=last + 1, title=title,
                                 description=description.strip())
        outbox.append("outcome", outcome.id, "upsert", outbox.snapshot(outcome))
    return _item(outcome)


def _programme_outcome(session: Session, outcome_id: str) -> Outcome:
    outcome = Outcome.get_or_none((Outcome.id == outcome_id)
                                  & (Outcome.programme == session.programme_id)
                                  & Outcome.session.is_null())
    if outcome is None:
        raise NotFoundError(fill(tr("No outcome %1 in this session's programme."),
                                 repr(outcome_id)))
    return outcome


def drop_outcome(session_id: str, outcome_id: str) -> list[OutcomeItem]:
    """Leave one of the programme's outcomes out of this session's list (ticks are kept);
    a session's own outcome is archived instead. Returns the new list."""
    with database.atomic():
        session = get_session(session_id)
        own = Outcome.get_or_none((Outcome.id == outcome_id) & (Outcome.session == session.id))
        if own is not None:
            if not own.archived:
                own.archived = True
                own.save()
                outbox.append("outcome", own.id, "upsert", outbox.snapshot(own))
            return _outcomes_of(session)
        outcome = _programme_outcome(session, outcome_id)
        exists = SessionOutcomeDrop.select().where(
            (SessionOutcomeDrop.session == session.id)
            & (SessionOutcomeDrop.outcome == outcome.id)).exists()
        if not exists:
            SessionOutcomeDrop.create(session=session.id, outcome=outcome.id)
            outbox.append("session_outcome_drop", f"{session.id}:{outcome.id}", "upsert",
                          {"session_id": session.id, "outcome_id": outcome.id})
        return _outcomes_of(session)


def restore_outcome(session_id: str, outcome_id: str) -> list[OutcomeItem]:
    """Put a dropped programme outcome back in this session's list."""
    with database.atomic():
        session = get_session(session_id)
        outcome = _programme_outcome(session, outcome_id)
        removed = SessionOutcomeDrop.delete().where(
            (SessionOutcomeDrop.session == session.id)
            & (SessionOutcomeDrop.outcome == outcome.id)).execute()
        if removed:
            outbox.append("session_outcome_drop", f"{session.id}:{outcome.id}", "delete", {})
        return _outcomes_of(session)


def tick_many(
    session_id: str,
    ticks: Mapping[tuple[str, str], bool],
    *,
    by: str | None = None,
    now: datetime | None = None,
) -> list[TickChange]:
    """Set many ticks {(participant id, outcome id): achieved} of one session in one
    transaction; returns what changed."""
    now = now or datetime.now(UTC)
    with database.atomic():
        session = get_session(session_id)
        check_marking_allowed(data.session_fact(session, roll_taken=False), now)
        allowed = {o.id for o in _outcomes_of(session)}
        on_roll = {entry.participant_id for entry in attendance.roster(session.id)}
        for pid, oid in ticks:
            if oid not in allowed:
                raise ValidationError(fill(tr("The outcome %1 is not on this session's list."),
                                           repr(oid)))
            if pid not in on_roll:
                name = get_participant(pid).name
                raise ValidationError(fill(tr("%1 is not on this session's roll."), name))
        current = {
            (pid, oid): bool(achieved) for pid, oid, achieved in OutcomeTick.select(
                OutcomeTick.participant, OutcomeTick.outcome, OutcomeTick.achieved
            ).where(OutcomeTick.session == session.id).tuples()
        }
        changes = [
            TickChange(session.id, pid, oid, current.get((pid, oid)), achieved)
            for (pid, oid), achieved in ticks.items()
            if current.get((pid, oid), False) != achieved
        ]
        if not changes:
            return []
        who = actor(by)
        dev = device().id
        queued: list[tuple[str, str, str, dict[str, Any]]] = []
        for change in changes:
            tid = tick_id(session.id, change.participant_id, change.outcome_id)
            if change.previous is None:
                row = OutcomeTick.create(
                    id=tid, session=session.id, participant=change.participant_id,
                    outcome=change.outcome_id, achieved=change.achieved, ticked_at=now,
                    ticked_by=who, device_id=dev)
            else:
                OutcomeTick.update(achieved=change.achieved, ticked_at=now, ticked_by=who,
                                   device_id=dev).where(OutcomeTick.id == tid).execute()
                row = OutcomeTick.get_by_id(tid)
            queued.append(("outcome_tick", tid, "upsert", outbox.snapshot(row)))
        # The history rows, queued after the ticks (models.OutcomeTickHistory).
        entries = history_entries(OutcomeTickHistory, [
            partial(tick_history_change, session.id, c.participant_id, c.outcome_id,
                    c.previous, c.achieved, changed_by=who, device_id=dev) for c in changes],
            tick_history_id, now)
        hlcs = queue_with_history(queued, "outcome_tick_history", entries)
        OutcomeTickHistory.insert_many([{
            "uid": uid, "hlc": hlc, "tick_id": tick_id(session.id, c.participant_id,
                                                         c.outcome_id),
            "session_id": session.id, "participant_id": c.participant_id,
            "outcome_id": c.outcome_id, "previous_achieved": c.previous,
            "new_achieved": c.achieved, "changed_at": at, "changed_by": who, "device_id": dev,
        } for (uid, at, _fields), hlc, c in zip(entries, hlcs, changes, strict=True)]).execute()
        completion.recompute(session.programme_id,
                             list(dict.fromkeys(c.participant_id for c in changes)))
        return changes


def tick(
    session_id: str, participant_id: str, outcome_id: str, achieved: bool = True,
    *, by: str | None = None, now: datetime | None = None,
) -> list[TickChange]:
    """Tick (or untick, achieved=False) one outcome for one participant."""
    return tick_many(session_id, {(participant_id, outcome_id): achieved}, by=by, now=now)


def tickoff_sheet(session_id: str) -> TickOffSheet:
    """The tick-off template of a session: its outcome list x its roll, with ticks so far."""
    session = get_session(session_id)
    programme = Programme.get_by_id(session.programme_id)
    outcomes = _outcomes_of(session)
    stored: dict[str, dict[str, bool]] = {}
    for pid, oid, achieved in OutcomeTick.select(
        OutcomeTick.participant, OutcomeTick.outcome, OutcomeTick.achieved
    ).where(OutcomeTick.session == session.id).tuples():
        stored.setdefault(pid, {})[oid] = bool(achieved)
    rows = tuple(
        tick_row(e.participant_id, e.name, e.external_id, outcomes,
                 stored.get(e.participant_id, {}))
        for e in attendance.roster(session.id)
    )
    tz = programme.timezone
    start = to_local(session.starts_at, tz)
    end = to_local(data.session_fact(session, False).ends_at, tz)
    return TickOffSheet(
        session_id=session.id, programme_id=programme.id, programme_name=programme.name,
        local_date=session.local_date, local_start=start.strftime("%H:%M"),
        local_end=end.strftime("%H:%M"), title=session.title, topic=session.topic,
        location=session.location or session.online_url, facilitator=session.facilitator,
        outcomes=tuple(outcomes), rows=rows,
    )


def participant_profile(participant_ref: str) -> list[ProfileEntry]:
    """Every outcome a participant achieved, across programmes, with the first date."""
    participant = get_participant(participant_ref)
    query = (
        OutcomeTick.select(OutcomeTick, Session, Outcome, Programme)
        .join(Session).switch(OutcomeTick).join(Outcome).join(Programme)
        .where((OutcomeTick.participant == participant.id) & OutcomeTick.achieved)
    )
    achieved = [
        AchievedTick(t.outcome.programme_id, t.outcome.programme.name, t.outcome_id,
                     t.outcome.title, t.session_id, t.session.local_date)
        for t in query
        if not data.session_fact(t.session, False).void
    ]
    return outcome_profile(achieved)
