"""Small helpers shared by the services: lookups that explain themselves, the acting user."""

from __future__ import annotations

import re

from fieldsessions.core.errors import NotFoundError
from fieldsessions.core.values import name_key
from fieldsessions.db.models import Device, Enrolment, Participant, Programme, Session


def device() -> Device:
    return Device.select().limit(1).get()


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
            raise NotFoundError(f"More than one programme is called {ref!r}; use its id.")
        found = matches[0] if matches else None
    if found is None:
        raise NotFoundError(f"No programme {ref!r}. See `fieldsessions programme list`.")
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
            raise NotFoundError(f"The code {session_id} fits more than one session; give the "
                                "session's full id (see `fieldsessions sessions list`).")
        found = matches[0] if matches else None
    if found is None:
        raise NotFoundError(f"No session {session_id!r}. See `fieldsessions sessions list`.")
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
    where = ""
    if len(matches) > 1 and programme_id is not None:
        enrolled = {pid for (pid,) in Enrolment.select(Enrolment.participant).where(
            (Enrolment.programme == programme_id)
            & Enrolment.participant.in_([m.id for m in matches])).tuples()}
        programme = Programme.get_by_id(programme_id).name
        where = f" in {programme}"
        inside = [m for m in matches if m.id in enrolled]
        if not inside:
            raise NotFoundError(
                f"Nobody with the ID {participant_id!r} is enrolled in {programme} (people in "
                "other programmes have it); give the participant's id from `fieldsessions "
                "participants list`.")
        matches = inside
    if len(matches) > 1:
        raise NotFoundError(
            f"{len(matches)} participants have the ID {participant_id!r}{where}; give the "
            "participant's id from `fieldsessions participants list`.")
    if not matches:
        raise NotFoundError(
            f"No participant {participant_id!r}. See `fieldsessions participants list`."
        )
    return matches[0]


def session_participant(participant_id: str, session_id: str) -> Participant:
    """A participant by id or external ID, as meant in this session's programme."""
    return get_participant(participant_id, programme_id=get_session(session_id).programme_id)
