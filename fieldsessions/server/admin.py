"""Administration: facilitators, assignments, devices, conflicts, roster import.

Run by `fieldsessions-server` commands on the server machine, straight against the database
(there is no admin HTTP endpoint to attack). Writes that facilitators must see (assignments,
rosters) take the feed lock and give the touched records new versions, so each assigned
laptop receives them on its next sync.
"""

from __future__ import annotations

import csv
import io
import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from peewee import Database, IntegrityError
from pydantic import ValidationError as PydanticValidationError

from fieldsessions.core.hlc import next_hlc
from fieldsessions.server import auth, push, store
from fieldsessions.server.errors import AdminError
from fieldsessions.server.schemas import MUTATION_MODELS
from fieldsessions.sync import wire


def _facilitator(username: str) -> store.Facilitator:
    found = store.Facilitator.get_or_none(store.Facilitator.username == username)
    if found is None:
        raise AdminError(f"No facilitator {username!r}; add one with add-facilitator.")
    return found


def add_facilitator(db: Database, username: str, password: str, display_name: str = "") -> int:
    if not username or len(username) > 100 or not all(
        c.isalnum() or c in "._@+-" for c in username
    ) or not username.isascii():
        raise AdminError("A user name is 1-100 letters, digits or . _ @ + -")
    if len(password) < 8:
        raise AdminError("A password needs at least 8 characters.")
    try:
        with db.atomic():
            row = store.Facilitator.create(username=username, display_name=display_name,
                                           password_hash=auth.hash_password(password))
    except IntegrityError:
        raise AdminError(f"A facilitator {username!r} already exists.") from None
    return int(row.id)


def set_password(db: Database, username: str, password: str) -> int:
    """Change a facilitator's password and end every token of their laptops (each must sign
    in with the new password); returns how many tokens ended."""
    if len(password) < 8:
        raise AdminError("A password needs at least 8 characters.")
    with db.atomic():
        user = _facilitator(username)
        user.password_hash = auth.hash_password(password)
        user.save()
        devices = store.Device.select(store.Device.id).where(store.Device.facilitator == user.id)
        return int(store.Token.update(revoked_at=store.utcnow()).where(
            store.Token.device.in_(devices) & store.Token.revoked_at.is_null()).execute())


_TOUCHED = "id, stamps, hlc, sole_device, version"


def _touch_programme(db: Database, programme_id: str) -> None:
    """Give a programme's records (and its participants) new versions, parents first."""
    version = store.lock_counter(db)
    ranks = sorted(wire.ENTITIES.values(), key=lambda e: e.rank)
    participant_ids = [r[0] for r in db.execute_sql(
        store.q(db, "SELECT participant_id FROM participant_scope WHERE programme_id = ?"),
        (programme_id,)).fetchall()]
    for entity in ranks:
        if entity.name == "participant":
            keys = participant_ids
            rows = []
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ", ".join("?" for _ in chunk)
                rows += db.execute_sql(store.q(
                    db, f"SELECT {_TOUCHED} FROM record WHERE entity = 'participant' AND key IN "
                    f"({marks}) ORDER BY id"), tuple(chunk)).fetchall()
        else:
            rows = db.execute_sql(store.q(
                db, f"SELECT {_TOUCHED} FROM record WHERE entity = ? AND programme_id = ? "
                "ORDER BY id"), (entity.name, programme_id)).fetchall()
        updates = []
        for row_id, stamps, hlc, sole, old in rows:
            version += 1
            # Empty stamps are read from the version column (store.Record): spelled out
            # first, so the stamp keeps the version its value was written at.
            spelled = stamps or json.dumps({"*": [int(hlc), str(sole), int(old)]},
                                           separators=(",", ":"))
            updates.append((version, spelled, row_id))
        if updates:
            store.executemany(db, "UPDATE record SET version = ?, stamps = ? WHERE id = ?",
                              updates)
    store.save_counter(db, version)


def assign(db: Database, username: str, programme_id: str, *, remove: bool = False) -> bool:
    """Assign (or unassign) a facilitator; returns False when nothing changed."""
    with db.atomic():
        user = _facilitator(username)
        query = store.Assignment.select().where(
            (store.Assignment.facilitator == user.id)
            & (store.Assignment.programme_id == programme_id))
        if remove:
            return bool(store.Assignment.delete().where(
                store.Assignment.id.in_([a.id for a in query])).execute())
        if query.exists():
            return False
        store.Assignment.create(facilitator=user.id, programme_id=programme_id)
        _touch_programme(db, programme_id)
    return True


@dataclass(frozen=True)
class DeviceRow:
    id: str
    facilitator: str
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked: bool


def list_devices(db: Database) -> list[DeviceRow]:
    rows = (store.Device.select(store.Device, store.Facilitator)
            .join(store.Facilitator).order_by(store.Facilitator.username, store.Device.id))
    return [DeviceRow(d.id, d.facilitator.username, d.name, d.created_at, d.last_seen_at,
                      d.revoked_at is not None) for d in rows]


def revoke_device(db: Database, device_id: str) -> None:
    with db.atomic():
        device = store.Device.get_or_none(store.Device.id == device_id)
        if device is None:
            raise AdminError(f"No device {device_id!r}; see list-devices.")
        now = store.utcnow()
        store.Device.update(revoked_at=now).where(store.Device.id == device_id).execute()
        store.Token.update(revoked_at=now).where(
            (store.Token.device == device_id) & store.Token.revoked_at.is_null()).execute()


def conflicts(db: Database, programme_id: str | None = None, limit: int = 100) -> list[
    dict[str, Any]
]:
    query = store.Conflict.select().order_by(store.Conflict.id.desc()).limit(limit)
    if programme_id:
        query = query.where(store.Conflict.programme_id == programme_id)
    return [
        {"id": c.id, "entity": c.entity, "record": c.key, "programme": c.programme_id,
         "field": c.field, "lost": json.loads(c.losing_value),
         "kept": json.loads(c.winning_value), "lost_device": c.losing_device,
         "kept_device": c.winning_device, "at": c.created_at.isoformat(sep=" ")}
        for c in query
    ]


# ---------------------------------------------------------------------------- roster import

_PARTICIPANT_COLUMNS = ("id", "name", "external_id", "phone", "email", "gender", "birth_date",
                        "group_name", "notes")


@dataclass
class RosterResult:
    programme_id: str
    created_programme: bool
    sessions: int
    participants: int
    enrolments: int


def _read_roster(path: Path, programme_id: str | None) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AdminError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise AdminError(f"{path} is not UTF-8 text.") from None
    if path.suffix.lower() == ".json":
        try:
            doc = wire.loads(text)
        except wire.WireError as exc:
            raise AdminError(f"{path}: {exc}") from None
        if not isinstance(doc, dict):
            raise AdminError(f"{path}: a roster is a JSON object with programme, sessions "
                             "and participants.")
        unknown = set(doc) - {"programme", "programme_id", "sessions", "participants"}
        if unknown:
            raise AdminError(f"{path}: unknown keys {', '.join(sorted(unknown))}.")
        if programme_id:
            doc["programme_id"] = programme_id
        return doc
    reader = csv.DictReader(io.StringIO(text))
    headers = [h.strip().lower().replace(" ", "_") for h in (reader.fieldnames or [])]
    if "name" not in headers:
        raise AdminError(f"{path}: the CSV needs a 'name' column.")
    unknown = set(headers) - set(_PARTICIPANT_COLUMNS)
    if unknown:
        raise AdminError(f"{path}: unknown columns {', '.join(sorted(unknown))}; use "
                         f"{', '.join(_PARTICIPANT_COLUMNS)}.")
    if not programme_id:
        raise AdminError("A CSV roster needs --programme ID.")
    people = []
    for raw in reader:
        row = {h: (v or "").strip() for h, v in zip(headers, raw.values(), strict=False)}
        people.append({k: v for k, v in row.items() if v or k == "name"})
    return {"programme_id": programme_id, "participants": people}


def _validate(entity: str, fields: dict[str, Any], where: str) -> dict[str, Any]:
    try:
        model = MUTATION_MODELS[entity].model_validate(
            {"seq": 1, "hlc": 0, "entity": entity, "op": "upsert", "fields": fields},
            strict=False,
        )
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"][1:])
        raise AdminError(f"{where}: {loc}: {first['msg']}.") from None
    return dict(model.fields.model_dump(exclude_unset=True))  # type: ignore[attr-defined]


def import_roster(db: Database, path: str | Path, *, programme_id: str | None = None,
                  assign_to: Iterable[str] = ()) -> RosterResult:
    """Create or update a programme's sessions and participants and enrol them (booked)."""
    doc = _read_roster(Path(path), programme_id)
    now = datetime.now(UTC)
    stamp = now.isoformat().replace("+00:00", "Z")
    programme_doc = doc.get("programme")
    pid = doc.get("programme_id") or (programme_doc or {}).get("id")
    if programme_doc is not None and not isinstance(programme_doc, dict):
        raise AdminError("'programme' must be an object.")
    pid = str(pid) if pid else str(uuid.uuid4())
    sessions = doc.get("sessions") or []
    people = doc.get("participants") or []
    if not isinstance(sessions, list) or not isinstance(people, list):
        raise AdminError("'sessions' and 'participants' must be lists.")
    mutations: list[push.Mutation] = []
    hlc = 0

    def add(entity: str, key: str | None, fields: dict[str, Any], where: str) -> None:
        nonlocal hlc
        hlc = next_hlc(hlc, int(time.time() * 1000))
        clean = _validate(entity, fields, where)
        mutations.append(push.Mutation(len(mutations) + 1, hlc, entity, "upsert", key, clean))

    with db.atomic():
        exists = store.Record.select().where(
            (store.Record.entity == "programme") & (store.Record.key == pid)).exists()
        if programme_doc is not None:
            fields = {k: v for k, v in programme_doc.items() if k != "id"}
            fields.setdefault("updated_at", stamp)
            add("programme", pid, fields, "programme")
        elif not exists:
            raise AdminError(f"No programme {pid} on the server; give its fields in a JSON "
                             "roster.")
        for index, session in enumerate(sessions, 1):
            if not isinstance(session, dict):
                raise AdminError(f"session {index} must be an object.")
            fields = {k: v for k, v in session.items() if k != "id"}
            fields["programme_id"] = pid
            fields.setdefault("updated_at", stamp)
            add("session", str(session.get("id") or uuid.uuid4()), fields, f"session {index}")
        by_external = _participants_by_external_id(db, pid)
        enrolled = 0
        for index, person in enumerate(people, 1):
            if not isinstance(person, dict):
                raise AdminError(f"participant {index} must be an object.")
            fields = {k: v for k, v in person.items() if k != "id"}
            external = fields.get("external_id")
            key = str(person.get("id") or by_external.get(str(external or "")) or uuid.uuid4())
            fields.setdefault("updated_at", stamp)
            add("participant", key, fields, f"participant {index}")
            add("enrolment", None, {"programme_id": pid, "participant_id": key,
                                    "status": "booked", "is_walk_in": False,
                                    "requested_at": stamp, "updated_at": stamp},
                f"enrolment {index}")
            enrolled += 1
        version = store.lock_counter(db)
        applier = push.Applier(db, facilitator_id=None, device_id=push.SERVER_DEVICE, seen=0,
                               version=version)
        applier.preload(mutations)
        for m in mutations:
            try:
                applier.apply(m)
            except push.Rejected as exc:
                raise AdminError(f"{m.entity} {m.seq}: {exc}") from None
        applier.flush()
        store.save_counter(db, applier.version)
        created = programme_doc is not None and not exists
    for username in assign_to:
        assign(db, username, pid)
    return RosterResult(pid, created, len(sessions), len(people), enrolled)


def _participants_by_external_id(db: Database, programme_id: str) -> dict[str, str]:
    rows = db.execute_sql(store.q(
        db, "SELECT r.key, r.data FROM record r JOIN participant_scope s ON s.participant_id = "
            "r.key WHERE r.entity = 'participant' AND s.programme_id = ?"),
        (programme_id,)).fetchall()
    found: dict[str, str] = {}
    for key, data in rows:
        external = json.loads(data).get("external_id")
        if external:
            found[str(external)] = str(key)
    return found
