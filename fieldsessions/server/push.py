"""Applying pushed mutations: ownership, idempotency, per-field last-writer-wins, tombstones.

One push is one transaction that first takes the feed lock (`store.lock_counter`), so pushes
are serialized and versions commit in order. Each mutation runs in its own savepoint: a rejected
one leaves no trace, the others go on. A mutation that touches a programme the caller is not
assigned to makes the whole push fail with 403 and nothing is written.

Conflict rule (SYNC.md): each field keeps the stamp `[hlc, device_id, version]` of its value;
a write wins a field when its `(hlc, device_id)` is greater. A losing incoming value, or a
winning one that replaces a value the sender had not yet pulled (its version is above the
sender's `seen` cursor) from another device, is stored in `conflict` for review. A delete is a
tombstone stamp `_deleted`; the record is deleted while that stamp is newer than every field.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from peewee import Database, DatabaseError

from fieldsessions.server import store
from fieldsessions.sync import wire

log = logging.getLogger(__name__)

TOMBSTONE = "_deleted"
SERVER_DEVICE = "server"


class Rejected(Exception):
    """This mutation cannot be applied; the message says why."""


class Forbidden(Exception):
    """This mutation touches data the caller may not write."""


class PushForbidden(Exception):
    """The push touched others' programmes; nothing was applied."""

    def __init__(self, items: list[tuple[int, str]]) -> None:
        super().__init__(items[0][1])
        self.items = items


@dataclass
class Mutation:
    seq: int
    hlc: int
    entity: str
    op: str
    id: str | None
    fields: dict[str, Any]

    def as_wire(self) -> dict[str, Any]:
        return {"seq": self.seq, "hlc": self.hlc, "entity": self.entity, "op": self.op,
                "id": self.id, "fields": self.fields}


@dataclass
class Existing:
    row_id: int
    programme_id: str | None
    owner_id: int | None
    data: dict[str, Any]
    stamps: dict[str, list[Any]]
    deleted: bool


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _newest(stamps: Mapping[str, list[Any]], *, fields_only: bool) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for name, st in stamps.items():
        if fields_only and name == TOMBSTONE:
            continue
        candidate = (int(st[0]), str(st[1]))
        if best is None or candidate > best:
            best = candidate
    return best


def assigned_programmes(db: Database, facilitator_id: int) -> set[str]:
    rows = db.execute_sql(
        store.q(db, "SELECT programme_id FROM assignment WHERE facilitator_id = ?"),
        (facilitator_id,),
    ).fetchall()
    return {str(r[0]) for r in rows}


class Applier:
    """Applies mutations inside the caller's transaction (which holds the feed lock).

    `facilitator_id` None means an administrator (no ownership checks).
    """

    def __init__(
        self, db: Database, *, facilitator_id: int | None, device_id: str, seen: int,
        version: int,
    ) -> None:
        self.db = db
        self.facilitator_id = facilitator_id
        self.device_id = device_id
        self.seen = seen
        self.version = version
        self.mine: set[str] = (
            assigned_programmes(db, facilitator_id) if facilitator_id is not None else set()
        )
        self._programme_of_session: dict[str, str] = {}
        self._visible: dict[str, bool] = {}
        self._scopes: set[tuple[str, str]] = set()

    # ------------------------------------------------------------------ small helpers

    def _sql(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self.db.execute_sql(store.q(self.db, sql), tuple(params))

    def next_version(self) -> int:
        self.version += 1
        return self.version

    def forget_caches(self) -> None:
        """After a rolled-back savepoint the caches may hold what was undone."""
        self._programme_of_session.clear()
        self._visible.clear()
        self._scopes.clear()
        if self.facilitator_id is not None:
            self.mine = assigned_programmes(self.db, self.facilitator_id)

    def load(self, entity: str, key: str) -> Existing | None:
        row = self._sql(
            "SELECT id, programme_id, owner_id, data, stamps, deleted FROM record "
            "WHERE entity = ? AND key = ?", (entity, key),
        ).fetchone()
        if row is None:
            return None
        return Existing(int(row[0]), row[1], row[2], json.loads(row[3]), json.loads(row[4]),
                        bool(row[5]))

    def _exists(self, entity: str, key: str) -> tuple[bool, str | None]:
        row = self._sql("SELECT programme_id FROM record WHERE entity = ? AND key = ?",
                        (entity, key)).fetchone()
        return (row is not None, row[0] if row else None)

    def session_programme(self, session_id: str) -> str:
        cached = self._programme_of_session.get(session_id)
        if cached is not None:
            return cached
        found, programme = self._exists("session", session_id)
        if not found or programme is None:
            raise Rejected(f"Unknown session {session_id}; its session must be sent first.")
        self._programme_of_session[session_id] = programme
        return programme

    def participant_visible(self, participant_id: str) -> bool:
        if self.facilitator_id is None:
            return True
        cached = self._visible.get(participant_id)
        if cached is not None:
            return cached
        row = self._sql("SELECT owner_id FROM record WHERE entity = 'participant' AND key = ?",
                        (participant_id,)).fetchone()
        if row is None:
            raise Rejected(f"Unknown participant {participant_id}; send the participant first.")
        visible = row[0] == self.facilitator_id
        if not visible:
            scopes = self._sql("SELECT programme_id FROM participant_scope "
                               "WHERE participant_id = ?", (participant_id,)).fetchall()
            visible = any(s[0] in self.mine for s in scopes)
        self._visible[participant_id] = visible
        return visible

    def ensure_scope(self, participant_id: str, programme_id: str) -> None:
        """Let the programme's facilitators see the participant (touching it into their feed)."""
        if (participant_id, programme_id) in self._scopes:
            return
        found = self._sql("SELECT 1 FROM participant_scope WHERE participant_id = ? AND "
                          "programme_id = ?", (participant_id, programme_id)).fetchone()
        if found is None:
            self._sql("INSERT INTO participant_scope (participant_id, programme_id) "
                      "VALUES (?, ?)", (participant_id, programme_id))
            self._sql("UPDATE record SET version = ? WHERE entity = 'participant' AND key = ?",
                      (self.next_version(), participant_id))
        self._scopes.add((participant_id, programme_id))

    # ------------------------------------------------------------------ the rules

    def resolve_key(self, m: Mutation) -> str:
        derived = wire.derive_id(m.entity, m.fields)
        if m.id is not None and derived is not None and m.id != derived:
            raise Rejected(f"The id of this {m.entity} does not match the records it is about.")
        key = m.id or derived
        if key is None:
            raise Rejected(f"This {m.entity} has no id.")
        return key

    def scope(self, m: Mutation, key: str, existing: Existing | None) -> str | None:
        spec = wire.ENTITIES[m.entity]
        if spec.scope == "self":
            return key
        if spec.scope == "programme":
            given = m.fields.get("programme_id")
            had = existing.programme_id if existing else None
            if given is not None and had is not None and given != had:
                raise Rejected(f"A {m.entity} cannot move to another programme.")
            return given or had
        if spec.scope == "session":
            session_id = m.fields.get("session_id")
            if session_id is None and existing is not None:
                return existing.programme_id
            if session_id is None:
                return None
            programme = self.session_programme(session_id)
            if existing is not None and existing.programme_id not in (None, programme):
                raise Rejected(f"A {m.entity} cannot move to another programme.")
            return programme
        return None

    def authorize(self, m: Mutation, key: str, programme: str | None,
                  existing: Existing | None) -> None:
        if self.facilitator_id is None:
            return
        spec = wire.ENTITIES[m.entity]
        if spec.scope == "":
            if existing is None:
                return
            if m.entity == "participant" and not self.participant_visible(key):
                raise Forbidden(f"Participant {key} belongs to programmes you are not "
                                "assigned to.")
            if m.entity != "participant" and existing.owner_id != self.facilitator_id:
                raise Forbidden(f"{m.entity.capitalize()} {key} belongs to someone else.")
            return
        if programme is None or programme in self.mine:
            return
        if spec.scope == "self":
            taken = self._sql("SELECT 1 FROM assignment WHERE programme_id = ?",
                              (key,)).fetchone()
            if existing is None and taken is None:
                return  # a new programme: its creator is assigned to it
        elif not self._exists("programme", programme)[0] and self._sql(
            "SELECT 1 FROM assignment WHERE programme_id = ?", (programme,)
        ).fetchone() is None:
            raise Rejected(f"Unknown programme {programme}; send the programme first.")
        raise Forbidden(f"You are not assigned to programme {programme}.")

    def check_references(self, m: Mutation, programme: str | None) -> None:
        spec = wire.ENTITIES[m.entity]
        for name, parent in spec.parents.items():
            ref = m.fields.get(name)
            if ref is None:
                continue
            if parent == "programme":
                if spec.scope in ("self", "programme"):
                    continue  # checked by scope() and authorize()
                if self.facilitator_id is not None and ref not in self.mine:
                    if not self._exists("programme", ref)[0]:
                        raise Rejected(f"Unknown programme {ref}; send the programme first.")
                    raise Forbidden(f"You are not assigned to programme {ref}.")
            elif parent == "participant":
                if not self.participant_visible(ref):
                    raise Forbidden(f"Participant {ref} belongs to programmes you are not "
                                    "assigned to.")
            elif parent == "session":
                if self.session_programme(ref) != programme:
                    raise Rejected(f"Session {ref} is in another programme.")
            elif wire.ENTITIES[parent].scope == "":
                if not self.owned(parent, ref):
                    raise Forbidden(f"{parent.capitalize()} {ref} belongs to someone else.")
            else:
                found, parent_programme = self._exists(parent, ref)
                if not found:
                    raise Rejected(f"Unknown {parent} {ref}; send it first.")
                if parent_programme != programme:
                    raise Rejected(f"{parent.capitalize()} {ref} is in another programme.")

    def owned(self, entity: str, key: str) -> bool:
        """Whether an owner-scoped record (not a participant) exists and is the caller's."""
        row = self._sql("SELECT owner_id FROM record WHERE entity = ? AND key = ?",
                        (entity, key)).fetchone()
        if row is None:
            raise Rejected(f"Unknown {entity} {key}; send it first.")
        return self.facilitator_id is None or row[0] == self.facilitator_id

    # ------------------------------------------------------------------ applying

    def apply(self, m: Mutation) -> tuple[str, str | None]:
        """Apply one mutation; returns (result, reason). Raises Rejected or Forbidden."""
        if wire.ENTITIES.get(m.entity) is None:
            raise Rejected(f"Unknown entity {m.entity!r}.")
        if m.op == "upsert" and m.entity in wire.DEVICE_FIELD_ENTITIES:
            m.fields.setdefault("device_id", self.device_id)
        key = self.resolve_key(m)
        existing = self.load(m.entity, key)
        programme = self.scope(m, key, existing)
        self.authorize(m, key, programme, existing)
        if m.op == "upsert":
            self.check_references(m, programme)
            return self._upsert(m, key, programme, existing)
        return self._delete(m, key, programme, existing)

    def _link_participant(self, m: Mutation, programme: str | None) -> None:
        participant = m.fields.get("participant_id")
        if participant and programme:
            self.ensure_scope(participant, programme)

    def _write(self, m: Mutation, key: str, programme: str | None, existing: Existing | None,
               data: dict[str, Any], stamps: dict[str, list[Any]], version: int) -> None:
        deleted = False
        tomb = stamps.get(TOMBSTONE)
        if tomb is not None:
            newest = _newest(stamps, fields_only=True)
            deleted = newest is None or (int(tomb[0]), str(tomb[1])) > newest
        devices = {str(st[1]) for st in stamps.values()}
        sole = next(iter(devices)) if len(devices) == 1 else None
        top = max(int(st[0]) for st in stamps.values())
        if existing is None:
            owner = self.facilitator_id if wire.ENTITIES[m.entity].scope == "" else None
            self._sql(
                "INSERT INTO record (entity, key, programme_id, owner_id, data, stamps, deleted, "
                "version, hlc, sole_device, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (m.entity, key, programme, owner, _dump(data), _dump(stamps), deleted, version,
                 top, sole, store.utcnow()),
            )
        else:
            self._sql(
                "UPDATE record SET programme_id = ?, data = ?, stamps = ?, deleted = ?, "
                "version = ?, hlc = ?, sole_device = ?, updated_at = ? WHERE id = ?",
                (programme if programme is not None else existing.programme_id, _dump(data),
                 _dump(stamps), deleted, version, top, sole, store.utcnow(), existing.row_id),
            )

    def _conflict(self, entity: str, key: str, programme: str | None, field: str,
                  losing: Any, losing_stamp: tuple[int, str], winning: Any,
                  winning_stamp: tuple[int, str]) -> None:
        self._sql(
            "INSERT INTO conflict (entity, key, programme_id, field, losing_value, "
            "winning_value, losing_device, losing_hlc, winning_device, winning_hlc, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entity, key, programme, field, _dump(losing), _dump(winning), losing_stamp[1],
             losing_stamp[0], winning_stamp[1], winning_stamp[0], store.utcnow()),
        )

    def _upsert(self, m: Mutation, key: str, programme: str | None,
                existing: Existing | None) -> tuple[str, str | None]:
        spec = wire.ENTITIES[m.entity]
        mine = (m.hlc, self.device_id)
        if existing is None:
            missing = [name for name in spec.required if m.fields.get(name) is None]
            if missing:
                raise Rejected(f"A new {m.entity} needs {', '.join(missing)}.")
            self._link_participant(m, programme)
            version = self.next_version()
            fresh: dict[str, list[Any]] = {
                name: [m.hlc, self.device_id, version] for name in m.fields
            }
            self._write(m, key, programme, None, dict(m.fields), fresh, version)
            if m.entity == "programme" and self.facilitator_id is not None:
                self._sql("INSERT INTO assignment (facilitator_id, programme_id) VALUES (?, ?)",
                          (self.facilitator_id, key))
                self.mine.add(key)
            if m.entity == "session" and programme is not None:
                self._programme_of_session[key] = programme
            return "applied", None
        data, stamps = dict(existing.data), dict(existing.stamps)
        lost: list[str] = []
        wins: dict[str, Any] = {}
        for name, value in m.fields.items():
            st = stamps.get(name)
            theirs = (int(st[0]), str(st[1])) if st is not None else None
            if theirs is None or mine > theirs:
                if (st is not None and theirs is not None and theirs[1] != self.device_id
                        and data.get(name) != value and int(st[2]) > self.seen):
                    self._conflict(m.entity, key, programme, name, data.get(name), theirs,
                                   value, mine)
                    lost.append(name)
                wins[name] = value
            elif theirs is not None and mine != theirs and data.get(name) != value:
                self._conflict(m.entity, key, programme, name, value, mine, data.get(name),
                               theirs)
                lost.append(name)
        tomb = stamps.get(TOMBSTONE)
        if existing.deleted and tomb is not None and (int(tomb[0]), str(tomb[1])) > mine:
            self._conflict(m.entity, key, programme, TOMBSTONE, m.fields, mine, "deleted",
                           (int(tomb[0]), str(tomb[1])))
            lost.append("(deleted)")
        if not wins and not lost:
            return "applied", None
        self._link_participant(m, programme)
        version = self.next_version()
        for name, value in wins.items():
            data[name] = value
            stamps[name] = [m.hlc, self.device_id, version]
        self._write(m, key, programme, existing, data, stamps, version)
        if lost:
            return "conflict", (
                f"Concurrent edit of {', '.join(sorted(set(lost)))}: the later change was "
                "kept and the other saved as a conflict."
            )
        return "applied", None

    def _delete(self, m: Mutation, key: str, programme: str | None,
                existing: Existing | None) -> tuple[str, str | None]:
        mine = (m.hlc, self.device_id)
        if existing is None:
            if programme is None and wire.ENTITIES[m.entity].scope != "":
                return "applied", None  # never seen here: nothing to delete
            version = self.next_version()
            data = {name: m.fields[name] for name in wire.ENTITIES[m.entity].parents
                    if m.fields.get(name) is not None}
            self._write(m, key, programme, None, data,
                        {TOMBSTONE: [m.hlc, self.device_id, version]}, version)
            return "applied", None
        stamps = dict(existing.stamps)
        tomb = stamps.get(TOMBSTONE)
        if tomb is not None and (int(tomb[0]), str(tomb[1])) >= mine:
            return "applied", None  # an equal or later delete is already there
        version = self.next_version()
        stamps[TOMBSTONE] = [m.hlc, self.device_id, version]
        newest = _newest(stamps, fields_only=True)
        self._write(m, key, programme, existing, existing.data, stamps, version)
        if newest is not None and newest > mine:
            self._conflict(m.entity, key, programme, TOMBSTONE, "deleted", mine, "kept", newest)
            return "conflict", "A later edit from another device keeps this record."
        return "applied", None


def _prior_receipts(db: Database, device_id: str, seqs: list[int]) -> dict[int, tuple[str, str,
                                                                                      str | None]]:
    found: dict[int, tuple[str, str, str | None]] = {}
    for start in range(0, len(seqs), 500):
        chunk = seqs[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = db.execute_sql(
            store.q(db, f"SELECT seq, payload_hash, result, reason FROM receipt "
                        f"WHERE device_id = ? AND seq IN ({marks})"),
            (device_id, *chunk),
        ).fetchall()
        for seq, digest, result, reason in rows:
            found[int(seq)] = (str(digest), str(result), reason)
    return found


def seen_version(seen: str | None, epoch: str) -> int:
    if not seen:
        return 0
    parsed = wire.parse_cursor(seen)
    if parsed is None or parsed[0] != epoch:
        return 0
    return parsed[1]


def push(db: Database, *, facilitator_id: int, device_id: str, batch_id: str,
         seen: str | None, mutations: list[Mutation]) -> list[dict[str, Any]]:
    """Apply one push in one transaction; returns one result per mutation, in order."""
    results: list[dict[str, Any]] = []
    receipts: list[tuple[Any, ...]] = []
    forbidden: list[tuple[int, str]] = []
    now = store.utcnow()
    limit_ms = int(time.time() * 1000) + wire.MAX_CLOCK_AHEAD_MS
    with db.atomic():
        version = store.lock_counter(db)
        applier = Applier(db, facilitator_id=facilitator_id, device_id=device_id,
                          seen=seen_version(seen, store.epoch()), version=version)
        prior = _prior_receipts(db, device_id, [m.seq for m in mutations])
        for m in mutations:
            digest = wire.payload_hash(m.as_wire())
            before = prior.get(m.seq)
            if before is not None:
                if before[0] == digest:
                    item = {"seq": m.seq, "result": "duplicate", "original": before[1]}
                    if before[2]:
                        item["reason"] = before[2]
                    results.append(item)
                else:
                    results.append({"seq": m.seq, "result": "mismatch", "reason":
                                    f"Change {m.seq} of this device was already received with "
                                    "different content; the first one was kept."})
                continue
            if (m.hlc >> 16) > limit_ms:
                results.append({"seq": m.seq, "result": "rejected", "reason":
                                "This change is stamped more than 24 hours ahead of the "
                                "server's clock; check the laptop's date and time."})
                continue
            try:
                with db.atomic():
                    result, reason = applier.apply(m)
            except Rejected as exc:
                applier.forget_caches()
                results.append({"seq": m.seq, "result": "rejected", "reason": str(exc)})
                continue
            except Forbidden as exc:
                applier.forget_caches()
                forbidden.append((m.seq, str(exc)))
                continue
            except DatabaseError:
                log.exception("mutation %s of device %s could not be stored", m.seq, device_id)
                applier.forget_caches()
                results.append({"seq": m.seq, "result": "rejected",
                                "reason": "The server could not store this change."})
                continue
            item = {"seq": m.seq, "result": result}
            if reason:
                item["reason"] = reason
            results.append(item)
            receipts.append((device_id, m.seq, digest, result, reason, batch_id, now))
            prior[m.seq] = (digest, result, reason)
        if forbidden:
            raise PushForbidden(forbidden)
        if receipts:
            cursor = db.cursor()
            cursor.executemany(
                store.q(db, "INSERT INTO receipt (device_id, seq, payload_hash, result, reason, "
                            "batch_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                receipts,
            )
        store.save_counter(db, applier.version)
        db.execute_sql(store.q(db, "UPDATE device SET last_seen_at = ? WHERE id = ?"),
                       (now, device_id))
    return results
