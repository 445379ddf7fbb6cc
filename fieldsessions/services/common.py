"""Small helpers shared by the services: lookups that explain themselves, the acting user."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from fieldsessions.core.errors import NotFoundError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.values import name_key
from fieldsessions.db import outbox
from fieldsessions.db.models import (
    BaseModel,
    Device,
    Enrolment,
    Outbox,
    Participant,
    Programme,
    Session,
)

Payload = dict[str, Any]


def device() -> Device:
    return Device.select().limit(1).get()


def history_entries(model: type[BaseModel], builders: Sequence[Callable[[datetime], Payload]],
                    make_id: Callable[[Payload], str], moment: datetime,
                    ) -> list[tuple[str, datetime, Payload]]:
    """Each change's history row: its id (derived from its payload by `make_id`), time and
    payload, at `moment`; a microsecond later when that id is taken (a change of the same
    mark or tick given the same time before, as a script may do), so each keeps its entry."""
    first = [build(moment) for build in builders]
    ids = [make_id(fields) for fields in first]
    uid_column: Any = model.uid
    taken: set[str] = set()
    for start in range(0, len(ids), 500):
        taken.update(str(u) for (u,) in model.select(uid_column).where(
            uid_column.in_(ids[start:start + 500])).tuples())
    entries = []
    for build, fields, uid in zip(builders, first, ids, strict=True):
        at = moment
        while uid in taken:
            at += timedelta(microseconds=1)
            fields = build(at)
            uid = make_id(fields)
            if model.select().where(uid_column == uid).exists():
                taken.add(uid)
        taken.add(uid)
        entries.append((uid, at, fields))
    return entries


def queue_with_history(changes: Sequence[tuple[str, str, str, Payload]], entity: str,
                       entries: Sequence[tuple[str, datetime, Payload]]) -> list[int]:
    """Queue `changes`, then their history rows `entries` as `entity`; returns the HLC each
    history row was queued with (consecutive HLCs; 0 in a demo file, which queues
    nothing)."""
    seqs = outbox.append_many([*changes, *((entity, uid, "upsert", fields)
                                           for uid, _at, fields in entries)])
    if not seqs:
        return [0] * len(entries)
    first = int(Outbox.select(Outbox.hlc).where(Outbox.seq == seqs[len(changes)]).scalar())
    return [first + n for n in range(len(entries))]


def actor(by: str | None) -> str:
    """Who is acting: the given name, else this laptop's facilitator name."""
    if by:
        return by
    return device().facilitator or ""


def get_programme(ref: str) -> Programme:
    """A programme by id or by name (the same name by core.values.name_key)."""
    found = Programme.get_or_none(Programme.id == ref)
    if found is None:
        wanted = name_key(ref)
        matches = [p for p in Programme.select() if name_key(p.name) == wanted]
        if len(matches) > 1:
            raise NotFoundError(fill(tr("More than one programme is called %1; use its id."),
                                     repr(ref)))
        found = matches[0] if matches else None
    if found is None:
        raise NotFoundError(fill(tr("No programme %1. See `fieldsessions programme list`."),
                                 repr(ref)))
    return found


_CODE = re.compile(r"[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}")


def get_session(session_id: str) -> Session:
    """A session by its id, or by the short code printed on its sheet (XXXX-XXXX)."""
    found = Session.get_or_none(Session.id == session_id)
    if found is None and _CODE.fullmatch(session_id.strip()):
        prefix = session_id.strip().replace("-", "").lower()
        matches = list(Session.select().where(
            Session.id.startswith(f"{prefix[:8]}")).limit(2))
        if len(matches) > 1:
            raise NotFoundError(fill(tr("The code %1 fits more than one session; give the "
                                        "session's full id (see `fieldsessions sessions list`)."),
                                     session_id))
        found = matches[0] if matches else None
    if found is None:
        raise NotFoundError(fill(tr("No session %1. See `fieldsessions sessions list`."),
                                 repr(session_id)))
    return found


def get_participant(participant_id: str, *, programme_id: str | None = None) -> Participant:
    """A participant by id or external ID. External IDs are one person each on this laptop,
    but rosters synced from other laptops can bring a second person with the same ID: then
    the one enrolled in `programme_id` (the programme of the session being marked, or being
    booked) is meant, and an ID nobody there has is said so rather than guessed."""
    found = Participant.get_or_none(Participant.id == participant_id)
    if found is not None:
        return found
    matches = list(Participant.select().where(Participant.external_id == participant_id)
                   .order_by(Participant.id))
    programme = ""
    if len(matches) > 1 and programme_id is not None:
        enrolled = {pid for (pid,) in Enrolment.select(Enrolment.participant).where(
            (Enrolment.programme == programme_id)
            & Enrolment.participant.in_([m.id for m in matches])).tuples()}
        programme = Programme.get_by_id(programme_id).name
        inside = [m for m in matches if m.id in enrolled]
        if not inside:
            raise NotFoundError(fill(
                tr("Nobody with the ID %1 is enrolled in %2 (people in other programmes have "
                   "it); give the participant's id from `fieldsessions participants list`."),
                repr(participant_id), programme))
        matches = inside
    if len(matches) > 1:
        raise NotFoundError(fill(
            tr("%1 participants have the ID %2 in %3; give the participant's id from "
               "`fieldsessions participants list`.") if programme else
            tr("%1 participants have the ID %2; give the participant's id from "
               "`fieldsessions participants list`."),
            len(matches), repr(participant_id), programme))
    if not matches:
        raise NotFoundError(fill(
            tr("No participant %1. See `fieldsessions participants list`."),
            repr(participant_id)))
    return matches[0]


def session_participant(participant_id: str, session_id: str) -> Participant:
    """A participant by id or external ID, as meant in this session's programme."""
    return get_participant(participant_id, programme_id=get_session(session_id).programme_id)
