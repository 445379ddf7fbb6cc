"""Small helpers shared by the services: lookups that explain themselves, the acting user."""

from __future__ import annotations

from fieldsessions.core.errors import NotFoundError
from fieldsessions.db.models import Device, Participant, Programme, Session


def device() -> Device:
    return Device.select().limit(1).get()


def actor(by: str | None) -> str:
    """Who is acting: the given name, else this laptop's facilitator name."""
    if by:
        return by
    return device().facilitator or ""


def get_programme(ref: str) -> Programme:
    """A programme by id or by exact name (case-insensitive)."""
    found = Programme.get_or_none(Programme.id == ref)
    if found is None:
        wanted = ref.strip().casefold()
        matches = [p for p in Programme.select() if p.name.strip().casefold() == wanted]
        if len(matches) > 1:
            raise NotFoundError(f"More than one programme is called {ref!r}; use its id.")
        found = matches[0] if matches else None
    if found is None:
        raise NotFoundError(f"No programme {ref!r}. See `fieldsessions programme list`.")
    return found


def get_session(session_id: str) -> Session:
    found = Session.get_or_none(Session.id == session_id)
    if found is None:
        raise NotFoundError(f"No session {session_id!r}. See `fieldsessions sessions list`.")
    return found


def get_participant(participant_id: str) -> Participant:
    found = Participant.get_or_none(Participant.id == participant_id)
    if found is None:
        found = Participant.get_or_none(Participant.external_id == participant_id)
    if found is None:
        raise NotFoundError(
            f"No participant {participant_id!r}. See `fieldsessions participants list`."
        )
    return found
