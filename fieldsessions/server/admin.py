"""Administration: facilitators, assignments, devices, conflicts, roster import.

Run by `fieldsessions-server` commands on the server machine, straight against the database
(there is no admin HTTP endpoint to attack). Writes that facilitators must see (assignments,
rosters) take the feed lock and give the touched records new versions, so each assigned
laptop receives them on its next sync.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from peewee import Database, IntegrityError
from pydantic import ValidationError as PydanticValidationError

from fieldsessions.core import roster_files, roster_import
from fieldsessions.core.hlc import next_hlc
from fieldsessions.core.records import ImportIssue
from fieldsessions.server import auth, push, store
from fieldsessions.server.errors import AdminError
from fieldsessions.server.schemas import MUTATION_MODELS
from fieldsessions.sync import wire


def _facilitator(username: str) -> store.Facilitator:
    found = store.Facilitator.get_or_none(store.Facilitator.username == username)
    if found is None:
        raise AdminError(f"No facilitator {username!r}; add one with add-facilitator.")
    return found


facilitator_named = _facilitator  # the check, for a command to make before asking anything


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
    """Assign (or unassign) a facilitator; returns False when nothing changed. Their laptops
    learn either on the next sync: the feed's last page lists their programmes (feed.py), and
    a laptop removes what it holds of one no longer listed (sync/apply.withdraw)."""
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

# The keys a JSON roster's participant may have: the laptop reader's fields, the internal
# id to store the person under (new, or one of this programme's people) and notes.
_JSON_PERSON_KEYS = frozenset(roster_import.FIELDS) | {"id", "notes"}


@dataclass
class RosterResult:
    """What an import did. `participants` were added; `already` were registered in the
    programme before (same ID, or same name and date of birth: updated with the file's
    non-empty values, enrolled when they were not); `issues` are the rows refused, with
    their line (a file's line or row, a JSON roster's participant number) and reason."""

    programme_id: str
    created_programme: bool
    sessions: int
    participants: int
    enrolments: int
    already: int = 0
    issues: list[ImportIssue] = field(default_factory=list)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AdminError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise AdminError(f"{path} is not UTF-8 text.") from None
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
    return doc


@dataclass(frozen=True)
class _JsonExtra:
    """What a JSON roster's participant may give beyond a roster file's columns."""

    key: str | None  # the internal id the person is stored under
    notes: str


def _json_people(people: Any) -> tuple[roster_import.ParsedRoster, dict[int, _JsonExtra]]:
    """A JSON roster's participants read by the laptop's row rules (roster_import), each
    numbered from 1; with the id and notes of each number that gives them."""
    if not isinstance(people, list):
        raise AdminError("'participants' must be a list.")
    header = list(roster_import.FIELDS)
    rows: list[tuple[int, list[object]]] = [(0, list(header))]
    refused: list[ImportIssue] = []
    extras: dict[int, _JsonExtra] = {}
    for number, person in enumerate(people, 1):
        if not isinstance(person, dict):
            refused.append(ImportIssue(number, "a participant is an object of fields"))
            continue
        unknown = set(person) - _JSON_PERSON_KEYS
        if unknown:
            refused.append(ImportIssue(number, f"unknown fields {', '.join(sorted(unknown))}"))
            continue
        key, notes = person.get("id"), person.get("notes") or ""
        if (key is not None and not isinstance(key, str)) or not isinstance(notes, str):
            refused.append(ImportIssue(number, "'id' and 'notes' are texts"))
            continue
        if key or notes:
            extras[number] = _JsonExtra(key or None, notes)
        rows.append((number, [person.get(name) for name in header]))
    parsed = roster_import.parse_rows(
        rows, mapping={index: name for index, name in enumerate(header)})
    parsed.issues.extend(refused)
    return parsed, extras


def _checked(entity: str, key: str | None, fields: dict[str, Any]) -> dict[str, Any]:
    """`fields` as the push schemas take them (and `key` as an id); AdminError with the
    first problem."""
    try:
        model = MUTATION_MODELS[entity].model_validate(
            {"seq": 1, "hlc": 0, "entity": entity, "op": "upsert", "id": key,
             "fields": fields},
            strict=False,
        )
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = first["loc"][1:] if first["loc"][:1] == ("fields",) else first["loc"]
        raise AdminError(f"{'.'.join(str(part) for part in where)}: {first['msg']}") from None
    return dict(model.fields.model_dump(exclude_unset=True))  # type: ignore[attr-defined]


def _check_owner(db: Database, pid: str, assign_to: list[str]) -> None:
    """A programme a facilitator created (pushed first) is theirs: an import adds people
    they receive, so it must name them with --assign. Otherwise a facilitator who pushed a
    programme id first, by chance or on purpose, would receive the roster the administrator
    meant for someone else. A programme an administrator created has no owner."""
    row = db.execute_sql(store.q(
        db, "SELECT f.username FROM record r JOIN facilitator f ON f.id = r.owner_id "
            "WHERE r.entity = 'programme' AND r.key = ?"), (pid,)).fetchone()
    if row is not None and str(row[0]) not in assign_to:
        owner = str(row[0])
        raise AdminError(f"Programme {pid} was created by {owner}'s laptop, and {owner} would "
                         f"receive this roster; if that is meant, add --assign {owner}; "
                         "otherwise import it under another programme id.")


def import_roster(db: Database, path: str | Path, *, programme_id: str | None = None,
                  assign_to: Iterable[str] = ()) -> RosterResult:
    """Create or update a programme's sessions (JSON) and add its participants, enrolled
    (booked).

    A JSON roster gives the programme, its sessions and participants; a CSV or XLSX file
    (read as the laptop reads it: core.roster_files and roster_import) gives participants
    for `programme_id`, which must be on the server. A participant's ID is their external
    ID, matched only among this programme's people: a person already in it (same ID, or
    same name and date of birth) is updated, not added again, and another programme's
    people are never touched (a JSON participant's "id", the key to store them under, must
    be new or one of this programme's people). A row that breaks a rule is refused with
    its line and reason; the rest imports."""
    path = Path(path)
    names = list(dict.fromkeys(assign_to))
    for username in names:
        _facilitator(username)
    now = datetime.now(UTC)
    stamp = now.isoformat().replace("+00:00", "Z")
    doc: dict[str, Any] = {}
    extras: dict[int, _JsonExtra] = {}
    if path.suffix.lower() == ".json":
        doc = _read_json(path)
        people, extras = _json_people(doc.get("participants") or [])
    else:
        if not programme_id:
            raise AdminError("A CSV or XLSX roster needs --programme ID.")
        try:
            people = roster_files.parse_file(path)
        except OSError as exc:
            raise AdminError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    programme_doc = doc.get("programme")
    if programme_doc is not None and not isinstance(programme_doc, dict):
        raise AdminError("'programme' must be an object.")
    pid = programme_id or doc.get("programme_id") or (programme_doc or {}).get("id")
    pid = str(pid) if pid else str(uuid.uuid4())
    sessions = doc.get("sessions") or []
    if not isinstance(sessions, list):
        raise AdminError("'sessions' must be a list.")
    issues = list(people.issues)
    hlc = 0

    def mutation(entity: str, key: str | None, fields: dict[str, Any]) -> push.Mutation:
        nonlocal hlc
        hlc = next_hlc(hlc, int(time.time() * 1000))
        return push.Mutation(0, hlc, entity, "upsert", key, _checked(entity, key, fields))

    def apply(entity: str, key: str, fields: dict[str, Any], what: str) -> None:
        """Apply a programme's or session's upsert; any problem stops the import."""
        try:
            applier.apply(mutation(entity, key, fields))
        except (push.Rejected, AdminError) as exc:
            raise AdminError(f"{what}: {exc}") from None

    with db.atomic():
        exists = store.Record.select().where(
            (store.Record.entity == "programme") & (store.Record.key == pid)).exists()
        if exists:
            _check_owner(db, pid, names)
        elif programme_doc is None:
            raise AdminError(f"No programme {pid} on the server; give its fields in a JSON "
                             "roster.")
        version = store.lock_counter(db)
        applier = push.Applier(db, facilitator_id=None, device_id=push.SERVER_DEVICE, seen=0,
                               version=version)
        if programme_doc is not None:
            fields = {k: v for k, v in programme_doc.items() if k != "id"}
            fields.setdefault("updated_at", stamp)
            apply("programme", pid, fields, "programme")
        for index, session in enumerate(sessions, 1):
            if not isinstance(session, dict):
                raise AdminError(f"session {index} must be an object.")
            fields = {k: v for k, v in session.items() if k != "id"}
            fields["programme_id"] = pid
            fields.setdefault("updated_at", stamp)
            key = str(session.get("id") or uuid.uuid4())
            apply("session", key, fields, f"session {index}")
        known = _programme_people(db, pid)
        added = already = enrolled = 0
        for record in people.records:
            extra = extras.get(record.line, _JsonExtra(None, ""))
            fields = {"name": record.name, "external_id": record.external_id,
                      "phone": record.phone, "email": record.email, "gender": record.gender,
                      "birth_date": record.birth_date.isoformat() if record.birth_date
                      else None, "group_name": record.group_name, "is_walk_in": False,
                      "notes": extra.notes, "updated_at": stamp}
            try:
                match = known.match(record) if extra.key is None \
                    else _own_key(applier, known, extra.key)
                if match is not None:  # the file's non-empty values; an empty cell erases none
                    fields = {name: value for name, value in fields.items()
                              if value not in (None, "") and name != "is_walk_in"}
                key = match or extra.key or str(uuid.uuid4())
                applier.apply(mutation("participant", key, fields))
                enrolment = applier.get("enrolment", f"{pid}:{key}")
                if enrolment is None or enrolment.deleted:
                    applier.apply(mutation("enrolment", None, {
                        "programme_id": pid, "participant_id": key, "status": "booked",
                        "is_walk_in": False, "requested_at": stamp, "updated_at": stamp}))
                    enrolled += 1
            except (push.Rejected, AdminError) as exc:
                issues.append(ImportIssue(record.line, str(exc)))
                continue
            if match is None:
                added += 1
                known.add(record, key)
            else:
                already += 1
        applier.flush()
        store.save_counter(db, applier.version)
        for username in names:
            assign(db, username, pid)
    issues.sort(key=lambda issue: issue.line)
    return RosterResult(pid, programme_doc is not None and not exists, len(sessions), added,
                        enrolled, already, issues)


def _own_key(applier: push.Applier, known: _People, key: str) -> str | None:
    """A JSON roster's participant id: None when no one has it yet (a new person), the id
    when it is one of this programme's people; AdminError when it is anyone else's."""
    if applier.get("participant", key) is None:
        return None
    if key in known.keys:
        return key
    raise AdminError(f"the id {key} is a person of another programme; give this person "
                     "another id, or their ID as external_id")


@dataclass
class _People:
    """A programme's participants on the server, by external ID and by name and birth date
    (casefolded), as the laptop's import matches people."""

    by_external: dict[str, str]
    by_person: dict[tuple[str, str], str]
    keys: set[str]

    def match(self, record: roster_import.ParticipantRecord) -> str | None:
        if record.external_id:
            found = self.by_external.get(record.external_id.casefold())
            if found:
                return found
        if record.birth_date:
            return self.by_person.get((record.name.casefold(), record.birth_date.isoformat()))
        return None

    def add(self, record: roster_import.ParticipantRecord, key: str) -> None:
        self.keys.add(key)
        if record.external_id:
            self.by_external[record.external_id.casefold()] = key
        if record.birth_date:
            self.by_person[(record.name.casefold(), record.birth_date.isoformat())] = key


def _programme_people(db: Database, programme_id: str) -> _People:
    rows = db.execute_sql(store.q(
        db, "SELECT r.key, r.data FROM record r JOIN participant_scope s ON s.participant_id = "
            "r.key WHERE r.entity = 'participant' AND s.programme_id = ? AND r.deleted = ?"),
        (programme_id, False)).fetchall()
    people = _People({}, {}, set())
    for key, data in rows:
        people.keys.add(str(key))
        fields = json.loads(data)
        external, name, born = fields.get("external_id"), fields.get("name"), \
            fields.get("birth_date")
        if external:
            people.by_external[str(external).casefold()] = str(key)
        if name and born:
            people.by_person[(str(name).casefold(), str(born))] = str(key)
    return people
