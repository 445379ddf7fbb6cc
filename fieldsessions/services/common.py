"""Small helpers shared by the services: lookups that explain themselves, the acting user."""

from __future__ import annotations

import re

from fieldsessions.core.errors import NotFoundError
from fieldsessions.core.values import name_key
from fieldsessions.db.models import Device, Participant, Programme, Session


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


def get_participant(participant_id: str) -> Participant:
    found = Participant.get_or_none(Participant.id == participant_id)
    if found is None:
        found = Participant.get_or_none(Participant.external_id == participant_id)
    if found is None:
        raise NotFoundError(
            f"No participant {participant_id!r}. See `fieldsessions participants list`."
        )
    return found
