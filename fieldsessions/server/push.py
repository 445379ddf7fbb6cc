"""Applying pushed mutations: ownership, idempotency, per-field last-writer-wins, tombstones.

One push is one transaction that first takes the feed lock (`store.lock_counter`), so pushes
are serialized and versions commit in order. What depends on a mutation alone (its digest,
its values' check, its keys: `Mutation.prepare`) is worked out before, and inside the lock the
statements that do not wait for each other's answers go to the database together
(`store.pipeline`). Each mutation is applied as if in its own
savepoint: every check runs before a mutation touches anything, and its effect is kept in
memory (`Applier.records`) until `flush` writes the whole batch with `executemany` inside one
savepoint. A first attempt takes the records that upserts write to be new, without reading
them (most pushes bring new marks); when that guess was wrong the savepoint is rolled back and
the batch is applied again reading them (see `push`). If the database refuses the write, the
batch is replayed one mutation per real savepoint, so only the item the database refuses is
rejected. A mutation that touches a programme the caller is not assigned to makes the whole
push fail with 403 and nothing is written. What a push applied is kept as one receipt row
(`store.PushReceipt`): the digest of each change (`Mutation.digest`) and its result, so the
same (device, seq) again is answered "duplicate", or "mismatch" when its content differs.

Conflict rule (SYNC.md): each field keeps the stamp `[hlc, device_id, version]` of its value
(`"*"` stands for every field of the record's first write); a write wins a field when its
`(hlc, device_id)` is greater. A losing incoming value, or a winning one that replaces a value
from another device that the sender had not yet pulled (its version is above the sender's
`seen` cursor), is stored in `conflict` for review, unless the field is bookkeeping
(wire.BOOKKEEPING: who marked when, from which device), which follows the same rule with
nothing to review. A delete is a tombstone stamp `_deleted`;
the record is deleted while that stamp is newer than every field and nothing live is in it
(below). A record whose write lost still gets a new version, so every laptop pulls the winner
again.

Deletes and recorded work: a mark, a tick, a report, any record made in something, is never
lost to a delete made elsewhere at the same time. A record is deleted when its delete is
newer than every value it holds (last writer wins) *and* no live record is in it
(`Applier._settle`), so the outcome depends only on which changes the server holds, never
on the order they came in:
* A live change in a deleted record (a mark in a session a schedule edit removed on the
  co-facilitator's laptop, a tick for a removed person, ...) brings that record back, and its
  own deleted parents with it (`revive_parents`), whatever the clocks say.
* A delete of a record that has live records in it on the server (another laptop's marks
  in a session, bookings of a person in another programme, ...) does not remove it: it is
  answered "conflict" with a sentence ("bea recorded 2 marks in this session; it was kept.")
  and the record and what is in it get new versions, so the deleting laptop pulls them all
  back. Deletes in the same push that empty the record first (a removal sends the children's
  deletes before the parent's) count.
* The delete keeps its stamp: when the last live record in it is deleted (the mark cleared),
  the record is deleted after all (`release_parents`).
Each time a delete loses this way the conflicts table keeps a row naming the delete (losing)
and what kept the record (winning). A record kept or brought back gets a `_kept` stamp of
the server, not a value (it does not count in last-writer-wins), so that a record one device
wrote alone is still sent back to that device (the feed skips a device's own records).
So the server never holds a deleted record with live records in it (a database written before
this rule is brought in line when the server starts: `keep_held_records`), and a laptop that
applies a pulled delete finds in it only its own unsent changes (it waits for them:
sync/apply.py), its own changes the server refused (they leave with it), or records whose
deletes come in the same download.
A clear (a deleted mark) that loses to a later re-mark from a laptop that had not seen it is
kept in the conflicts table like any losing value.

Refusals that are not final carry `retry` beside `"result": "rejected"` (old clients read
them as plain rejections; no protocol change):
* `"retry": "parent"`: a record the change refers to (its session, participant, programme,
  outcome, ...) is not on the server yet, e.g. a co-facilitator's mark arriving before the
  owner has re-sent the session after a server restore. Nothing is stored for it (no
  receipt), so the same change sent later is applied then. The laptop keeps it queued, does
  not send it again in the same sync, and shows it as waiting.
* `"retry": "clock"`: the change is stamped more than `wire.MAX_CLOCK_AHEAD_MS` ahead of the
  server's clock. The laptop re-stamps it (a new outbox row) and sends it again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import operator
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from peewee import Database, DatabaseError, IntegrityError

from fieldsessions.server import store
from fieldsessions.sync import wire

log = logging.getLogger(__name__)

TOMBSTONE = "_deleted"
KEPT = "_kept"  # the stamp of a record a delete could not remove (module docstring)
ALL_FIELDS = "*"
SERVER_DEVICE = "server"
_ENCODE = store.encode_json
_STDLIB_ENCODE = wire.compact_encoder()  # what digests were made of before orjson
_ENCODE_TEXT: Any = json.encoder.encode_basestring  # a JSON string, UTF-8 kept
_UNSET: Any = object()
_COLUMNS = "entity, key, programme_id, owner_id, data, stamps, deleted, version, hlc, sole_device"


class Rejected(Exception):
    """This mutation cannot be applied; the message says why."""


class MissingParent(Rejected):
    """A record this mutation refers to is not on the server (yet): answered with
    `retry: "parent"`, see the module docstring."""


class Forbidden(Exception):
    """This mutation touches data the caller may not write."""


class PushForbidden(Exception):
    """The push touched others' programmes; nothing was applied."""

    def __init__(self, items: list[tuple[int, str]]) -> None:
        super().__init__(items[0][1])
        self.items = items


@dataclass(slots=True)
class Mutation:
    seq: int
    hlc: int
    entity: str
    op: str
    id: str | None
    fields: dict[str, Any]
    _derived: Any = field(default=_UNSET, init=False, repr=False, compare=False)
    _where: Any = field(default=_UNSET, init=False, repr=False, compare=False)
    _text: str | None = field(default=None, init=False, repr=False, compare=False)
    _digest: str | None = field(default=None, init=False, repr=False, compare=False)
    _problem: Any = field(default=_UNSET, init=False, repr=False, compare=False)

    def as_wire(self) -> dict[str, Any]:
        return {"seq": self.seq, "hlc": self.hlc, "entity": self.entity, "op": self.op,
                "id": self.id, "fields": self.fields}

    def text(self) -> str:
        """The fields as JSON, worked out once: the digest hashes it, and a record created
        by this mutation alone stores it (store.stored_data gives the same text)."""
        if self._text is None:
            self._text = _ENCODE(self.fields)
        return self._text

    def digest(self, encode: Any = None) -> str:
        """A hash of what this mutation asks for, compared when its seq comes again.

        The fields are hashed in schema order, the order the schemas' model_dump gives
        them in (tests/unit/test_server_schemas.py), so the same change
        hashes the same whichever way it came. `encode` gives the fields' text another way:
        receipts stored before the server encoded with orjson hold digests of the standard
        library's text, which differs for floats below 1e-4 (`_run` accepts either)."""
        if encode is None and self._digest is not None:
            return self._digest
        head = f"{self.entity}\x00{self.op}\x00{self.id or ''}\x00{self.hlc}\x00"
        text = self.text() if encode is None else encode(self.fields)
        digest = hashlib.blake2b((head + text).encode(), digest_size=16).hexdigest()
        if encode is None:
            self._digest = digest
        return digest

    def problem(self) -> str | None:
        """wire.value_problem of this (known) entity's fields, worked out once."""
        if self._problem is _UNSET:
            self._problem = wire.value_problem(self.entity, self.fields)
        problem: str | None = self._problem
        return problem

    def prepare(self) -> None:
        """Work out before the push takes the feed lock what depends on this mutation
        alone (its digest, whether its values break a rule, its keys), so that the lock is
        held for the work that needs the database only. `Applier.apply` reads them."""
        self.digest()
        if self.entity in wire.ENTITIES:
            if self.op == "upsert":
                self.problem()
            self.storage_key()
            if self.id is not None:
                self.derived_id()

    def derived_id(self) -> str | None:
        """wire.derive_id of this (known) entity, worked out once."""
        if self._derived is _UNSET:
            self._derived = wire.derive_id(self.entity, self.fields)
        derived: str | None = self._derived
        return derived

    def storage_key(self) -> str | None:
        """store.record_key of this (known) entity, worked out once."""
        if self._where is _UNSET:
            self._where = store.record_key(self.entity, self.fields, self.id)
        where: str | None = self._where
        return where


class State:
    """A record as this batch sees it; `stored` is False until it exists in the database.

    `where` is the key it is stored under (store.record_key), `key` its wire id. A record
    read from the database keeps its `data` and `stamps` as stored text until something
    looks at them (`_state`): most records a push reads are parents (a mark's session and
    person), of which the rules look only at the columns (deleted, owner, programme)."""

    __slots__ = (
        "_data",
        "_row",
        "_stamps",
        "deleted",
        "dirty",
        "encoded",
        "entity",
        "owner_id",
        "programme_id",
        "stored",
        "version",
        "where",
    )

    def __init__(self, entity: str, where: str, programme_id: str | None,
                 owner_id: int | None, data: dict[str, Any] | None,
                 stamps: dict[str, list[Any]] | None, deleted: bool, version: int,
                 stored: bool, dirty: bool = False, encoded: str | None = None,
                 row: tuple[Any, ...] | None = None) -> None:
        self.entity, self.where = entity, where
        self.programme_id, self.owner_id = programme_id, owner_id
        self._data, self._stamps = data, stamps
        self.deleted, self.version, self.stored, self.dirty = deleted, version, stored, dirty
        self.encoded = encoded  # its stored_data, when it is as one mutation created it
        self._row = row  # (data, stamps, deleted, version, hlc, sole_device) as read

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            text, _stamps, deleted, _version, _hlc, sole = self._row  # type: ignore[misc]
            self._data = store.read_data(self.entity, text, deleted=deleted, sole=sole)
        return self._data

    @property
    def stamps(self) -> dict[str, list[Any]]:
        if self._stamps is None:
            _text, stamps, _deleted, version, hlc, sole = self._row  # type: ignore[misc]
            # An empty `stamps` is a record written once, by one device, at its current
            # version (most marks): its one stamp is in the hlc, sole_device and version
            # columns.
            self._stamps = json.loads(stamps) if stamps else {
                ALL_FIELDS: [int(hlc), str(sole), int(version)]}
        return self._stamps

    @property
    def key(self) -> str:
        return store.record_id(self.entity, self.where)

    def stamp(self, name: str) -> list[Any] | None:
        found = self.stamps.get(name)
        if found is None and name in self.data:
            return self.stamps.get(ALL_FIELDS)
        return found


def _state(row: Iterable[Any]) -> State:
    """A record read from the database (its data and stamps decoded when first needed)."""
    entity, where, programme, owner, data, stamps, deleted, version, hlc, sole = row
    deleted = bool(deleted)
    return State(str(entity), str(where), programme, owner, None, None, deleted, int(version),
                 True, row=(data, stamps, deleted, version, hlc, sole))


def _order(st: list[Any]) -> tuple[int, str]:
    return int(st[0]), str(st[1])


def _newest_field(state: State) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for name, st in state.stamps.items():
        if name not in (TOMBSTONE, KEPT) and (best is None or _order(st) > best):
            best = _order(st)
    return best


def _tomb_wins(state: State) -> bool:
    """Whether the record's delete is newer than every value it holds."""
    tomb = state.stamps.get(TOMBSTONE)
    newest = _newest_field(state)
    return tomb is not None and (newest is None or _order(tomb) > newest)


def _ask_assigned(db: Database, facilitator_id: int) -> Any:
    """The programmes this facilitator is assigned to, read later from the cursor."""
    return db.execute_sql(
        store.q(db, "SELECT programme_id FROM assignment WHERE facilitator_id = ?"),
        (facilitator_id,),
    )


_ENTITY_KEY = operator.itemgetter(0, 1)


def _chunks(items: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# Each entity, and the entities (with their reference fields) whose records can be in it.
_CHILDREN: dict[str, list[tuple[str, list[str]]]] = {
    parent: [(e.name, [n for n, p in e.parents.items() if p == parent])
             for e in wire.ENTITIES.values()
             if parent in e.parents.values() and e.name not in wire.LOG_ENTITIES]
    for parent in {p for e in wire.ENTITIES.values() for p in e.parents.values()}
}

# What the sentence of a kept record calls each kind of record: (one, several).
_NAMES: dict[str, tuple[str, str]] = {
    "attendance": ("mark", "marks"), "outcome_tick": ("outcome tick", "outcome ticks"),
    "session_report": ("session report", "session reports"),
    "period_report": ("period report", "period reports"),
    "session_outcome_drop": ("outcome left out", "outcomes left out"),
    "pathway_programme": ("pathway step", "pathway steps"),
    "enrolment": ("booking", "bookings"), "session": ("session", "sessions"),
    "outcome": ("outcome", "outcomes"),
}


def _counted(entity: str, count: int) -> str:
    one, several = _NAMES.get(entity, (entity, entity + "s"))
    return f"{count} {one if count == 1 else several}"


def _like(text: str) -> str:
    """`text` as a LIKE pattern matching itself only (escape character "!")."""
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_")


class Applier:
    """Applies mutations inside the caller's transaction (which holds the feed lock).

    `facilitator_id` None means an administrator (no ownership checks). Reads go through
    `records` (loaded in bulk by `preload`, else one by one); writes wait for `flush`.

    With `assume_new`, the record an upsert writes is taken to be new unless this batch
    already holds it, without reading it: `flush` then inserts it, and the unique
    (entity, key) index refuses the insert if it existed after all (`push` then starts again
    reading everything). Parents and the records deletes touch are always read.
    """

    def __init__(
        self, db: Database, *, facilitator_id: int | None, device_id: str, seen: int,
        version: int, assume_new: bool = False,
    ) -> None:
        self.db = db
        self.assume_new = assume_new
        self.facilitator_id = facilitator_id
        self.device_id = device_id
        self.seen = seen
        self.version = version
        # The caller's programmes: asked now, read when first needed (with preload's
        # reads in one round trip inside store.pipeline).
        self._mine: set[str] | None = None if facilitator_id is not None else set()
        self._mine_rows: Any = (
            _ask_assigned(db, facilitator_id) if facilitator_id is not None else None
        )
        self.records: dict[tuple[str, str], State | None] = {}
        self.scopes: dict[str, set[str]] = {}
        self.taken: dict[str, bool] = {}
        self.new_scopes: list[tuple[str, str]] = []
        self.new_assignments: list[str] = []
        self.conflicts: list[tuple[Any, ...]] = []

    # ------------------------------------------------------------------ reading

    def _sql(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self.db.execute_sql(store.q(self.db, sql), tuple(params))

    def next_version(self) -> int:
        self.version += 1
        return self.version

    def reset(self) -> None:
        """Forget everything read or pending (after a rolled-back savepoint)."""
        self.records.clear()
        self.scopes.clear()
        self.taken.clear()
        self.new_scopes.clear()
        self.new_assignments.clear()
        self.conflicts.clear()
        if self.facilitator_id is not None:
            self._mine, self._mine_rows = None, _ask_assigned(self.db, self.facilitator_id)

    @property
    def mine(self) -> set[str]:
        """The programmes the caller is assigned to (all of them stay open to an admin)."""
        if self._mine is None:
            self._mine = {str(r[0]) for r in self._mine_rows.fetchall()}
            self._mine_rows = None
        return self._mine

    def preload(self, mutations: Iterable[Mutation]) -> None:
        """Read every record and participant scope the batch will look at, in bulk."""
        wanted: defaultdict[str, set[str]] = defaultdict(set)
        entities, assume_new = wire.ENTITIES, self.assume_new
        for m in mutations:
            spec = entities.get(m.entity)
            if spec is None:
                continue
            if not (assume_new and m.op == "upsert"):
                where = m.storage_key()
                if where:
                    wanted[m.entity].add(where)
            fields = m.fields
            for name, parent in spec.parents.items():
                ref = fields.get(name)
                if type(ref) is str:
                    wanted[parent].add(ref)
        # Every query is sent before any answer is read: one round trip inside
        # store.pipeline (the caller's programmes, asked by __init__, come with them).
        asked: list[tuple[str, list[str], Any]] = []
        for entity, keys in wanted.items():
            missing = [k for k in keys if (entity, k) not in self.records]
            for chunk in _chunks(missing):
                among, params = store.among(self.db, chunk)
                asked.append((entity, chunk, self._sql(
                    f"SELECT {_COLUMNS} FROM record WHERE entity = ? AND key {among}",
                    (entity, *params))))
        people = [k for k in wanted.get("participant", ()) if k not in self.scopes]
        for chunk in _chunks(people):
            among, params = store.among(self.db, chunk)
            asked.append(("", chunk, self._sql(
                f"SELECT participant_id, programme_id FROM participant_scope "
                f"WHERE participant_id {among}", params)))
        self.mine  # noqa: B018 - read with the others
        for entity, chunk, rows in asked:
            if not entity:  # participant scopes
                for k in chunk:
                    self.scopes[k] = set()
                for pid, programme in rows.fetchall():
                    self.scopes[str(pid)].add(str(programme))
                continue
            for row in rows.fetchall():
                state = _state(row)
                self.records[(entity, state.where)] = state
            for k in chunk:
                self.records.setdefault((entity, k), None)

    def get(self, entity: str, where: str) -> State | None:
        """The record stored under `where` (its id, unless derived: store.record_key)."""
        slot = (entity, where)
        if slot not in self.records:
            row = self._sql(f"SELECT {_COLUMNS} FROM record WHERE entity = ? AND key = ?",
                            (entity, where)).fetchone()
            self.records[slot] = _state(row) if row else None
        return self.records[slot]

    def scopes_of(self, participant_id: str) -> set[str]:
        if participant_id not in self.scopes:
            self.scopes[participant_id] = {str(r[0]) for r in self._sql(
                "SELECT programme_id FROM participant_scope WHERE participant_id = ?",
                (participant_id,)).fetchall()}
        return self.scopes[participant_id]

    def programme_taken(self, programme_id: str) -> bool:
        """Whether someone is assigned to this programme."""
        if programme_id not in self.taken:
            self.taken[programme_id] = programme_id in self.mine or self._sql(
                "SELECT 1 FROM assignment WHERE programme_id = ?", (programme_id,)
            ).fetchone() is not None
        return self.taken[programme_id]

    def session_programme(self, session_id: str) -> str:
        session = self.get("session", session_id)
        if session is None or session.programme_id is None:
            raise MissingParent(wire.Reason(f"Unknown session {session_id}; its session must "
                                            "be sent first.", "unknown_session", session_id))
        return session.programme_id

    def participant_visible(self, participant_id: str) -> bool:
        participant = self.get("participant", participant_id)
        if participant is None:
            raise MissingParent(wire.Reason(f"Unknown participant {participant_id}; send the "
                                            "participant first.", "unknown_participant",
                                            participant_id))
        if self.facilitator_id is None or participant.owner_id == self.facilitator_id:
            return True
        return not self.scopes_of(participant_id).isdisjoint(self.mine)

    # ------------------------------------------------------------------ the rules

    def resolve_key(self, m: Mutation) -> str:
        """The key the record is stored under (store.record_key; for an entity whose id is
        not derived, its id). A derived id sent along must be the one derived."""
        where = m.storage_key()
        if m.id is None:
            if where is None:
                raise Rejected(wire.Reason(f"This {m.entity} has no id.", "no_id"))
            return where  # derived: the wire id is worked out only when needed (State.key)
        derived = m.derived_id()
        if derived is not None and m.id != derived:
            raise Rejected(wire.Reason(f"The id of this {m.entity} does not match the records "
                                       "it is about.", "id_mismatch"))
        if where is None:
            spec = wire.ENTITIES[m.entity].derive
            names = " and ".join(spec[1]) if spec else "id"
            raise Rejected(wire.Reason(f"This {m.entity} must name its {names}.", "must_name"))
        return where

    def scope(self, m: Mutation, existing: State | None, where: str) -> str | None:
        spec = wire.ENTITIES[m.entity]
        if spec.scope == "self":
            return where  # a programme: stored under its id
        had = existing.programme_id if existing else None
        if spec.scope == "programme":
            given = m.fields.get("programme_id")
            if given is not None and had is not None and given != had:
                raise Rejected(wire.Reason(f"A {m.entity} cannot move to another programme.",
                                           "moved_programme"))
            return given or had
        if spec.scope == "session":
            session_id = m.fields.get("session_id")
            if session_id is None:
                return had
            programme = self.session_programme(session_id)
            if had is not None and had != programme:
                raise Rejected(wire.Reason(f"A {m.entity} cannot move to another programme.",
                                           "moved_programme"))
            return programme
        return None

    def authorize(self, m: Mutation, where: str, programme: str | None,
                  existing: State | None) -> None:
        if self.facilitator_id is None:
            return
        spec = wire.ENTITIES[m.entity]
        if spec.scope == "":
            if existing is None:
                return
            key = store.record_id(m.entity, where)
            if m.entity == "participant" and not self.participant_visible(key):
                raise Forbidden(wire.Reason(f"Participant {key} belongs to programmes you are "
                                            "not assigned to.", "participant_elsewhere", key))
            if m.entity != "participant" and existing.owner_id != self.facilitator_id:
                raise Forbidden(wire.Reason(f"{m.entity.capitalize()} {key} belongs to someone "
                                            "else.", "someone_elses", key))
            return
        if programme is None or programme in self.mine:
            return
        if spec.scope == "self":
            if existing is None and not self.programme_taken(where):
                return  # a new programme: its creator is assigned to it
        elif self.get("programme", programme) is None and not self.programme_taken(programme):
            raise MissingParent(wire.Reason(f"Unknown programme {programme}; send the programme "
                                            "first.", "unknown_programme", programme))
        raise Forbidden(wire.Reason(f"You are not assigned to programme {programme}.",
                                    "not_assigned", programme))

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
                    if self.get("programme", ref) is None:
                        raise MissingParent(wire.Reason(f"Unknown programme {ref}; send the "
                                                        "programme first.", "unknown_programme",
                                                        ref))
                    raise Forbidden(wire.Reason(f"You are not assigned to programme {ref}.",
                                                "not_assigned", ref))
            elif parent == "participant":
                if not self.participant_visible(ref):
                    raise Forbidden(wire.Reason(f"Participant {ref} belongs to programmes you "
                                                "are not assigned to.", "participant_elsewhere",
                                                ref))
            elif parent == "session":
                if self.session_programme(ref) != programme:
                    raise Rejected(wire.Reason(f"Session {ref} is in another programme.",
                                               "session_elsewhere", ref))
            else:
                found = self.get(parent, ref)
                if found is None:
                    raise MissingParent(wire.Reason(f"Unknown {parent} {ref}; send it first.",
                                                    "unknown_record", ref))
                if wire.ENTITIES[parent].scope == "":
                    if self.facilitator_id is not None \
                            and found.owner_id != self.facilitator_id:
                        raise Forbidden(wire.Reason(f"{parent.capitalize()} {ref} belongs to "
                                                    "someone else.", "someone_elses", ref))
                elif found.programme_id != programme:
                    raise Rejected(wire.Reason(f"{parent.capitalize()} {ref} is in another "
                                               "programme.", "record_elsewhere", ref))

    # ------------------------------------------------------------------ applying

    def apply(self, m: Mutation) -> tuple[str, str | None]:
        """Apply one mutation in memory; returns (result, reason).

        Raises Rejected or Forbidden before changing anything: Rejected also for a value
        that breaks a rule every laptop relies on (wire.value_problem, core.values).
        """
        spec = wire.ENTITIES.get(m.entity)
        if spec is None:
            raise Rejected(wire.Reason(f"Unknown entity {m.entity!r}.", "unknown_entity"))
        if m.op == "upsert":
            problem = m.problem()
            if problem is not None:
                raise Rejected(problem)
        where = self.resolve_key(m)  # the derived id does not depend on device_id
        if self.assume_new and m.op == "upsert":
            existing = self.records.get((m.entity, where))
        else:
            existing = self.get(m.entity, where)
        programme = self.scope(m, existing, where)
        self.authorize(m, where, programme, existing)
        if m.op == "upsert":
            self.check_references(m, programme)
            # A log entry outlives what it is about. What else the change is in, found
            # deleted, stays so until it is revived below (this change touches only its
            # own record).
            deleted_in = [] if m.entity in wire.LOG_ENTITIES else self.check_revivable(m)
            if existing is None:
                missing = [n for n in wire.ENTITIES[m.entity].required
                           if m.fields.get(n) is None]
                if missing:
                    raise Rejected(wire.Reason(f"A new {m.entity} needs {', '.join(missing)}.",
                                               "incomplete", missing))
                answer = self._create(m, where, programme)
            else:
                fields = m.fields
                if m.entity in wire.DEVICE_FIELD_ENTITIES and "device_id" not in fields:
                    fields = {**fields, "device_id": self.device_id}
                answer = self._update(m, existing, programme, fields)
            record = self.records.get((m.entity, where))
            if deleted_in and record is not None and not record.deleted:
                self.revive_parents(m, deleted_in)
            return answer
        return self._delete(m, where, programme, existing)

    def _link_participant(self, m: Mutation, programme: str | None) -> None:
        """Let the programme's facilitators see the participant: a new scope, and a new
        version for the participant so it enters their feeds (before this record's)."""
        participant_id = m.fields.get("participant_id")
        if not participant_id or not programme:
            return
        scopes = self.scopes_of(participant_id)
        if programme in scopes:
            return
        scopes.add(programme)
        self.new_scopes.append((participant_id, programme))
        participant = self.get("participant", participant_id)
        if participant is not None:
            participant.version = self.next_version()
            participant.dirty = True

    def _conflict(self, state: State, field: str, losing: Any, losing_stamp: tuple[int, str],
                  winning: Any, winning_stamp: tuple[int, str]) -> None:
        self.conflicts.append((
            state.entity, state.key, state.programme_id, field, _ENCODE(losing),
            _ENCODE(winning), losing_stamp[1], losing_stamp[0], winning_stamp[1],
            winning_stamp[0], store.utcnow(),
        ))

    def _create(self, m: Mutation, where: str, programme: str | None) -> tuple[
        str, str | None
    ]:
        self._link_participant(m, programme)
        self.version += 1
        version = self.version
        entity = m.entity
        # The facilitator who first sent it owns a record of no programme, and a programme:
        # an administrator's roster never joins a programme a facilitator created unless
        # it names that facilitator (admin.import_roster).
        owner = self.facilitator_id if wire.ENTITIES[entity].scope in ("", "self") else None
        data = dict(m.fields)
        encoded: str | None = m.text()
        if entity in wire.DEVICE_FIELD_ENTITIES:
            if "device_id" in data:
                encoded = None  # stored_data leaves it out when it names this device
            else:
                data["device_id"] = self.device_id  # the sole device: left out again
        self.records[(entity, where)] = State(
            entity, where, programme, owner, data,
            {ALL_FIELDS: [m.hlc, self.device_id, version]}, False, version, False, True,
            encoded)
        if entity == "programme" and self.facilitator_id is not None:
            self.new_assignments.append(where)
            self.mine.add(where)
            self.taken[where] = True
        return "applied", None

    def _update(self, m: Mutation, state: State, programme: str | None,
                fields: dict[str, Any]) -> tuple[str, str | None]:
        mine = (m.hlc, self.device_id)
        lost: list[str] = []
        wins: dict[str, Any] = {}
        behind = False  # a bookkeeping value lost: the sender pulls the winner's again
        bookkeeping = wire.BOOKKEEPING
        for name, value in fields.items():
            st = state.stamp(name)
            if st is None:
                wins[name] = value
                continue
            theirs = _order(st)
            current = state.data.get(name)
            if mine > theirs:
                if theirs[1] != self.device_id and current != value \
                        and int(st[2]) > self.seen and name not in bookkeeping:
                    self._conflict(state, name, current, theirs, value, mine)
                    lost.append(name)
                wins[name] = value
            elif mine != theirs and current != value:
                if name in bookkeeping:
                    behind = True
                else:
                    self._conflict(state, name, value, mine, current, theirs)
                    lost.append(name)
        tomb = state.stamps.get(TOMBSTONE)
        if state.deleted and tomb is not None and _order(tomb) > mine:
            self._conflict(state, TOMBSTONE, fields, mine, "deleted", _order(tomb))
            lost.append("(deleted)")
        elif state.deleted and tomb is not None and tomb[1] != self.device_id \
                and int(tomb[2]) > self.seen:
            # A delete (a cleared mark) this laptop had not seen loses to this later change.
            self._conflict(state, TOMBSTONE, "deleted", _order(tomb), fields, mine)
            lost.append("(deleted)")
        if not wins and not lost and not behind:
            return "applied", None
        self._link_participant(m, programme)
        version = self.next_version()
        if ALL_FIELDS in state.stamps:  # spell the shared stamp out before changing fields
            shared = state.stamps.pop(ALL_FIELDS)
            for name in state.data:
                state.stamps.setdefault(name, shared)
        for name, value in wins.items():
            state.data[name] = value
            state.stamps[name] = [m.hlc, self.device_id, version]
        if programme is not None and state.programme_id is None:
            state.programme_id = programme
        self._settle(state, version)
        if lost:
            return "conflict", wire.Reason(
                f"Concurrent edit of {', '.join(sorted(set(lost)))}: the later change was "
                "kept and the other saved as a conflict.", "concurrent_edit", sorted(set(lost)))
        return "applied", None

    def _settle(self, state: State, version: int) -> list[State]:
        """Work out whether the record is deleted (its delete is newer than its values and
        nothing live is in it) at a new version; returns the live records that keep it."""
        state.encoded = None
        state.deleted = _tomb_wins(state)
        held = self.live_children(state.entity, state) if state.deleted else []
        if held:
            state.deleted = False
        state.version = version
        state.dirty = True
        return held

    def _delete(self, m: Mutation, where: str, programme: str | None,
                existing: State | None) -> tuple[str, str | None]:
        mine = (m.hlc, self.device_id)
        spec = wire.ENTITIES[m.entity]
        if existing is None:
            if programme is None and spec.scope != "":
                return "applied", None  # never seen here: nothing to delete
            version = self.next_version()
            data = {name: m.fields[name] for name in spec.parents
                    if m.fields.get(name) is not None}
            owner = self.facilitator_id if spec.scope in ("", "self") else None
            self.records[(m.entity, where)] = State(
                m.entity, where, programme, owner, data,
                {TOMBSTONE: [m.hlc, self.device_id, version]}, True, version, False, True)
            return "applied", None
        tomb = existing.stamps.get(TOMBSTONE)
        if tomb is not None and _order(tomb) >= mine:
            return "applied", None  # an equal or later delete is already there
        version = self.next_version()
        existing.stamps[TOMBSTONE] = [m.hlc, self.device_id, version]
        held = self._settle(existing, version)
        newest = _newest_field(existing)
        if newest is not None and newest > mine:
            self._conflict(existing, TOMBSTONE, "deleted", mine, "kept", newest)
            return "conflict", wire.Reason("A later edit from another device keeps this record.",
                                           "later_edit_keeps")
        if held:
            return "conflict", self._keep(existing, held, mine)
        if existing.deleted:
            self.release_parents(existing)
        return "applied", None

    # ------------------------------------------------------------------ deletes and work

    def _deleted_parents(self, entity: str, refs: dict[str, Any]) -> Iterable[State]:
        """The deleted records these references name, each before its own parents."""
        for name, parent in wire.ENTITIES[entity].parents.items():
            ref = refs.get(name)
            state = self.get(parent, ref) if isinstance(ref, str) else None
            if state is not None and state.deleted:
                yield state
                yield from self._deleted_parents(parent, state.data)

    def check_revivable(self, m: Mutation) -> list[State]:
        """Refuse a change whose deleted parent cannot come back: only its tombstone ever
        reached this server (it never held the record itself). Returns the deleted
        records the change is in (`_deleted_parents`), for `revive_parents`."""
        deleted = list(self._deleted_parents(m.entity, m.fields))
        for state in deleted:
            if any(state.data.get(n) is None for n in wire.ENTITIES[state.entity].required):
                raise Rejected(wire.Reason(f"Its {state.entity} {state.key} was deleted before "
                                           "the server received it.", "deleted_before_received",
                                           state.key))
        return deleted

    def revive_parents(self, m: Mutation, deleted: list[State]) -> None:
        """Bring back each deleted record this (live) change is in (`deleted`, from
        `check_revivable`), then its parents (module docstring); the delete keeps its
        stamp, so it applies again once nothing live is in the record
        (`release_parents`)."""
        for state in deleted:
            if not state.deleted:
                continue
            tomb = state.stamps[TOMBSTONE]
            version = self.next_version()
            state.stamps[KEPT] = [m.hlc, SERVER_DEVICE, version]
            self._settle(state, version)
            one = _NAMES.get(m.entity, (m.entity, ""))[0]
            self._conflict(state, TOMBSTONE, "deleted", _order(tomb),
                           f"kept: a {one} was recorded in it", (m.hlc, self.device_id))

    def release_parents(self, state: State) -> None:
        """This record was deleted: a record kept only because it was in it (whose own
        delete is newer than its values) is deleted now if nothing else live is in it."""
        for name, parent in wire.ENTITIES[state.entity].parents.items():
            ref = state.data.get(name)
            found = self.get(parent, ref) if isinstance(ref, str) else None
            if found is None or found.deleted or not _tomb_wins(found) \
                    or self.live_children(parent, found):
                continue
            self._settle(found, self.next_version())
            self.release_parents(found)

    def live_children(self, entity: str, state: State) -> list[State]:
        """The records in this one that are not deleted, as this batch sees them."""
        children = _CHILDREN.get(entity)
        if not children:
            return []
        key = state.where
        programmes: list[str] | None = None
        if entity == "participant":
            programmes = sorted(self.scopes_of(key))
        elif state.programme_id is not None:
            programmes = [state.programme_id]
        for child, fields in children:
            spec = wire.ENTITIES[child]
            sql = f"SELECT {_COLUMNS} FROM record WHERE entity = ? AND deleted = ?"
            params: list[Any] = [child, False]
            if programmes is not None and spec.scope in ("programme", "session"):
                if not programmes:
                    continue
                among, values = store.among(self.db, programmes)
                sql += f" AND programme_id {among}"
                params += values
            names = spec.derive[1] if spec.derive else ()
            if len(fields) == 1 and fields[0] in names:
                sql += " AND key LIKE ? ESCAPE '!'"
                params.append(":".join(_like(key) if n == fields[0] else "%" for n in names))
            for row in self._sql(sql, params).fetchall():
                found = _state(row)
                self.records.setdefault((child, found.where), found)
        kinds = {child: fields for child, fields in children}
        return [st for (child, _where), st in self.records.items()
                if st is not None and child in kinds and not st.deleted
                and any(st.data.get(name) == key for name in kinds[child])]

    def _keep(self, state: State, children: list[State], delete: tuple[int, str]) -> str:
        """Refuse to delete a record that has live records in it (module docstring); the
        delete is stamped `delete` (hlc, device). Returns the sentence that says so."""
        counts: dict[str, int] = {}
        devices: set[str] = set()
        for child in children:
            counts[child.entity] = counts.get(child.entity, 0) + 1
            # Who recorded the live records: not the stamp of a delete (the deleter's own).
            devices.update(str(st[1]) for name, st in child.stamps.items()
                           if name != TOMBSTONE)
        devices.discard(SERVER_DEVICE)
        who = sorted(self._usernames(devices))
        what = ", ".join(_counted(e, n) for e, n in sorted(counts.items()))
        entity = state.entity
        noun = "person" if entity == "participant" else _NAMES.get(entity, (entity,))[0]
        where = f"for this {noun}" if entity == "participant" else f"in this {noun}"
        if who:
            reason = wire.Reason(f"{' and '.join(who)} recorded {what} {where}; it was kept.",
                                 "kept_recorded", who, counts, entity)
        else:
            reason = wire.Reason(f"There are {what} {where} on the server; it was kept.",
                                 "kept_there", counts, entity)
        newest = max((_order(st) for c in children for st in c.stamps.values()),
                     default=(delete[0], SERVER_DEVICE))
        self._conflict(state, TOMBSTONE, "deleted", delete, f"kept: {what}", newest)
        # New versions, stamped by the server (a record one device wrote alone is not sent
        # back to it otherwise): the deleting laptop pulls the record and its contents again.
        for record in (state, *children):
            version = self.next_version()
            record.stamps[KEPT] = [delete[0], SERVER_DEVICE, version]
            record.encoded = None
            record.version, record.dirty = version, True
        return reason

    def keep_if_held(self, entity: str, key: str) -> list[str]:
        """Keep this deleted record if live records are in it, then its deleted parents
        (`keep_held_records`); a line for each record kept."""
        state = self.get(entity, key)
        if state is None or not state.deleted:
            return []
        held = self.live_children(entity, state)
        if not held:
            return []
        if any(state.data.get(n) is None for n in wire.ENTITIES[entity].required):
            # Only its delete ever reached the server: there is nothing to bring back.
            return [f"{entity} {state.key}: deleted before the server received it, with "
                    f"{len(held)} record(s) in it; left as it is"]
        tomb = state.stamps.get(TOMBSTONE)
        stamp = _order(tomb) if tomb is not None else (0, SERVER_DEVICE)
        self._settle(state, self.next_version())
        lines = [f"{entity} {state.key}: {self._keep(state, held, stamp)}"]
        for parent in list(self._deleted_parents(entity, state.data)):
            lines += self.keep_if_held(parent.entity, parent.where)
        return lines

    def _usernames(self, devices: set[str]) -> set[str]:
        if not devices:
            return set()
        among, params = store.among(self.db, sorted(devices))
        return {str(r[0]) for r in self._sql(
            f"SELECT f.username FROM device d JOIN facilitator f ON f.id = d.facilitator_id "
            f"WHERE d.id {among}", params).fetchall()}

    # ------------------------------------------------------------------ writing

    def flush(self) -> None:
        """Write what the applied mutations changed."""
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        for state in self.records.values():
            if state is None or not state.dirty:
                continue
            sole: str | None
            if len(state.stamps) == 1:  # a record written once (most of them)
                ((name, (hlc, device, version)),) = state.stamps.items()
                sole, top = str(device), int(hlc)
                if name == ALL_FIELDS and int(version) == state.version:
                    stamps = ""  # read back from hlc, sole_device and version (_state)
                else:
                    stamps = (f"{{{_ENCODE_TEXT(name)}:[{int(hlc)},{_ENCODE_TEXT(sole)},"
                              f"{int(version)}]}}")
            else:
                devices = {str(st[1]) for st in state.stamps.values()}
                sole = next(iter(devices)) if len(devices) == 1 else None
                top = max(int(st[0]) for st in state.stamps.values())
                stamps = _ENCODE(state.stamps)
            data = state.encoded if state.encoded is not None else store.stored_data(
                state.entity, state.data, deleted=state.deleted, sole=sole)
            if state.stored:
                updates.append((state.programme_id, data, stamps, state.deleted, state.version,
                                top, sole, state.entity, state.where))
            else:
                inserts.append((state.entity, state.where, state.programme_id, state.owner_id,
                                data, stamps, state.deleted, state.version, top, sole))
        if inserts:
            # In (entity, key) order: each page of the unique index is reached once.
            inserts.sort(key=_ENTITY_KEY)
            store.executemany(self.db, "INSERT INTO record (entity, key, programme_id, "
                              "owner_id, data, stamps, deleted, version, hlc, sole_device) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts)
        if updates:
            updates.sort(key=lambda row: (row[-2], row[-1]))
            store.executemany(self.db, "UPDATE record SET programme_id = ?, data = ?, "
                              "stamps = ?, deleted = ?, version = ?, hlc = ?, sole_device = ? "
                              "WHERE entity = ? AND key = ?", updates)
        if self.new_scopes:
            store.executemany(self.db, "INSERT INTO participant_scope (participant_id, "
                              "programme_id) VALUES (?, ?)", self.new_scopes)
        if self.new_assignments and self.facilitator_id is not None:
            # An admin may have assigned the programme before it first reached the server.
            store.executemany(self.db, "INSERT INTO assignment (facilitator_id, programme_id) "
                              "VALUES (?, ?) ON CONFLICT DO NOTHING",
                              [(self.facilitator_id, p) for p in self.new_assignments])
        if self.conflicts:
            store.executemany(self.db, "INSERT INTO conflict (entity, key, programme_id, "
                              "field, losing_value, winning_value, losing_device, losing_hlc, "
                              "winning_device, winning_hlc, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.conflicts)
        for state in self.records.values():
            if state is not None and state.dirty:
                state.stored, state.dirty = True, False
        self.new_scopes.clear()
        self.new_assignments.clear()
        self.conflicts.clear()


# ---------------------------------------------------------------------------- one push


def _lock_and_prior_receipts(db: Database, device_id: str, seqs: list[int]) -> tuple[
    int, dict[int, tuple[str, str, str | None]]
]:
    """Take the feed lock (store.lock_counter: the current version), then read the
    (digest, result, reason) of each of `seqs` this device already pushed: one round trip
    to the database (store.pipeline)."""
    wanted = set(seqs)
    with store.pipeline(db):
        locked = store.ask_lock(db)
        asked = db.execute_sql(
            store.q(db, "SELECT items FROM push_receipt WHERE device_id = ? "
                        "AND high_seq >= ? AND low_seq <= ?"),
            (device_id, min(wanted), max(wanted)),
        ) if wanted else None
        version = int(locked.fetchone()[0])
        rows = asked.fetchall() if asked is not None else []
    found: dict[int, tuple[str, str, str | None]] = {}
    for (items,) in rows:
        for item in json.loads(items):
            seq = int(item[0])
            if seq in wanted:
                found[seq] = (str(item[1]), str(item[2]),
                              _stored_reason(item[3:]) if len(item) > 3 else None)
    return version, found


def _reason_code(reason: str) -> list[Any]:
    """What a receipt keeps after its reason: the code and its values, if it has one."""
    code = getattr(reason, "code", None)
    return [code, list(getattr(reason, "values", ()))] if code else []


def _stored_reason(stored: list[Any]) -> str:
    """A receipt's reason as `_reason_code` kept it (older receipts: the sentence only)."""
    if len(stored) >= 3 and stored[1] in wire.REASON_CODES and isinstance(stored[2], list):
        return wire.Reason(str(stored[0]), stored[1], *stored[2])
    return str(stored[0])


def _save_receipt(db: Database, device_id: str, batch_id: str,
                  items: list[list[Any]]) -> None:
    """One row for what this push applied (store.PushReceipt)."""
    seqs = [int(item[0]) for item in items]
    db.execute_sql(
        store.q(db, "INSERT INTO push_receipt (device_id, batch_id, low_seq, high_seq, items, "
                    "received_at) VALUES (?, ?, ?, ?, ?, ?)"),
        (device_id, batch_id, min(seqs), max(seqs), _ENCODE(items),
         store.moment_param(db, store.utcnow())),
    )


def seen_version(db: Database, seen: str | None, epoch: str) -> int:
    """The feed version the pushing laptop had pulled up to: 0 when `seen` is not a cursor
    this server database gave out (another epoch, or a nonce it does not hold: a position
    from before a restore to an older backup), so every value it replaces from another
    device counts as unseen (a conflict kept for review). A cursor without a nonce, from a
    server before nonces, is taken as it is."""
    if not seen:
        return 0
    parsed = wire.parse_cursor(seen)
    if parsed is None or parsed.epoch != epoch:
        return 0
    if parsed.nonce is not None and parsed.nonce != store.cursor_nonce(db, parsed.version):
        return 0
    return parsed.version


@dataclass
class _Outcome:
    results: list[dict[str, Any]]
    receipts: list[list[Any]]  # [seq, digest, result(, reason)] of what was applied
    forbidden: list[tuple[int, str]]
    rejected: bool = False


def _run(db: Database, applier: Applier, mutations: list[Mutation],
         prior: dict[int, tuple[str, str, str | None]], *, device_id: str, batch_id: str,
         one_by_one: bool) -> _Outcome:
    out = _Outcome([], [], [])
    limit_ms = int(time.time() * 1000) + wire.MAX_CLOCK_AHEAD_MS
    seen_now = dict(prior)
    for m in mutations:
        digest = m.digest()
        before = seen_now.get(m.seq)
        if before is not None:
            if before[0] == digest or before[0] == m.digest(_STDLIB_ENCODE):
                item: dict[str, Any] = {"seq": m.seq, "result": "duplicate",
                                        "original": before[1]}
                if before[2]:
                    item["reason"] = before[2]
                    item.update(wire.reason_fields(before[2]))
                out.results.append(item)
            else:
                out.results.append({"seq": m.seq, "result": "mismatch", "reason":
                                    f"Change {m.seq} of this device was already received "
                                    "with different content; the first one was kept.",
                                    "code": "mismatch", "args": [m.seq]})
            continue
        if (m.hlc >> 16) > limit_ms:
            out.results.append({"seq": m.seq, "result": "rejected", "reason":
                                "This change is stamped more than 24 hours ahead of the "
                                "server's clock; check the laptop's date and time.",
                                "code": "clock_ahead", "args": [], "retry": wire.RETRY_CLOCK})
            continue
        try:
            if one_by_one:
                with db.atomic():
                    result, reason = applier.apply(m)
                    applier.flush()
            else:
                result, reason = applier.apply(m)
        except Rejected as exc:
            item = {"seq": m.seq, "result": "rejected", "reason": str(exc),
                    **wire.reason_fields(exc.args[0])}
            if isinstance(exc, MissingParent):
                item["retry"] = wire.RETRY_PARENT
            out.results.append(item)
            out.rejected = True
            continue
        except Forbidden as exc:
            out.forbidden.append((m.seq, exc.args[0]))  # a wire.Reason
            continue
        except DatabaseError:
            if not one_by_one:
                raise  # push() replays the batch item by item
            log.exception("mutation %s of device %s could not be stored", m.seq, device_id)
            applier.reset()
            # Not final: a database error (a timeout, a lost connection) may pass, so the
            # laptop keeps the change and sends it again next time.
            out.results.append({"seq": m.seq, "result": "rejected",
                                "reason": "The server could not store this change just now.",
                                "code": "not_stored", "args": [], "retry": wire.RETRY_SERVER})
            continue
        item = {"seq": m.seq, "result": result}
        if reason:
            item["reason"] = reason
            item.update(wire.reason_fields(reason))
        out.results.append(item)
        out.receipts.append([m.seq, digest, result, reason, *_reason_code(reason)] if reason
                            else [m.seq, digest, result])
        seen_now[m.seq] = (digest, result, reason)
    return out


class _ReadEverything(Exception):
    """An attempt that assumed new records cannot be kept (see `push`)."""


def push(db: Database, *, facilitator_id: int, device_id: str, batch_id: str,
         seen: str | None, mutations: list[Mutation]) -> list[dict[str, Any]]:
    """Apply one push in one transaction; returns one result per mutation, in order.

    Most pushes bring new records (marks). So the first attempt assumes that every record an
    upsert writes is new (`Applier.assume_new`) and does not read them; it is kept only
    when nothing was rejected or forbidden and the database took every insert. Otherwise
    the savepoint is rolled back and the push is applied again reading every record it
    touches; if the database still refuses the batch, it is replayed one mutation per
    savepoint, so only the item the database refuses is rejected.
    """
    for m in mutations:
        m.prepare()
    with db.atomic():
        # The cursor the laptop sent was given out before this push: read before the lock.
        seen_at = seen_version(db, seen, store.epoch(db))
        version, prior = _lock_and_prior_receipts(db, device_id, [m.seq for m in mutations])
        fresh = [m for m in mutations if m.seq not in prior]

        def attempt(*, assume_new: bool) -> tuple[_Outcome, int]:
            with store.pipeline(db):  # the reads in one round trip
                applier = Applier(db, facilitator_id=facilitator_id, device_id=device_id,
                                  seen=seen_at, version=version, assume_new=assume_new)
                applier.preload(fresh)
            with db.atomic():
                outcome = _run(db, applier, mutations, prior, device_id=device_id,
                               batch_id=batch_id, one_by_one=False)
                if assume_new and (outcome.forbidden or outcome.rejected):
                    raise _ReadEverything
                if outcome.forbidden:
                    raise PushForbidden(outcome.forbidden)
                applier.flush()
            return outcome, applier.version

        try:
            try:
                outcome, final = attempt(assume_new=bool(fresh))
            except (_ReadEverything, IntegrityError):
                outcome, final = attempt(assume_new=False)
        except DatabaseError:
            log.warning("batch %s refused by the database; replaying it item by item",
                        batch_id, exc_info=True)
            applier = Applier(db, facilitator_id=facilitator_id, device_id=device_id,
                              seen=seen_at, version=version)
            outcome = _run(db, applier, mutations, prior, device_id=device_id,
                           batch_id=batch_id, one_by_one=True)
            if outcome.forbidden:
                raise PushForbidden(outcome.forbidden) from None
            final = applier.version
        with store.pipeline(db):  # the last writes in one round trip
            if outcome.receipts:
                _save_receipt(db, device_id, batch_id, outcome.receipts)
            store.save_counter(db, final)
            db.execute_sql(store.q(db, "UPDATE device SET last_seen_at = ? WHERE id = ?"),
                           (store.utcnow(), device_id))
    return outcome.results


# ---------------------------------------------------------------------------- repair


def keep_held_records(db: Database) -> list[str]:
    """Apply the delete rule to what a server before it stored: a deleted record with live
    records in it (a deleted session with marks, a deleted person with bookings or marks)
    is kept, as a delete arriving now would be (`Applier._keep`): it is live again, it and
    what is in it get new versions stamped by the server (every laptop pulls them, the one
    that deleted it included), and the conflicts table keeps a row naming the delete and
    what kept the record. Its deleted parents come back with it. Inside the caller's
    transaction; finds nothing to do a second time. Returns a line per record kept.

    The deleted records that can hold others are usually few: their keys are read first,
    then each kind of live record that can be in them is read once."""
    version = store.lock_counter(db)
    applier = Applier(db, facilitator_id=None, device_id=SERVER_DEVICE, seen=version,
                      version=version)
    parents = sorted(_CHILDREN)
    among, params = store.among(db, parents)
    deleted: dict[str, set[str]] = defaultdict(set)
    for entity, key in db.execute_sql(store.q(db, f"SELECT entity, key FROM record WHERE "
                                                  f"deleted = ? AND entity {among}"),
                                      (True, *params)).fetchall():
        deleted[str(entity)].add(str(key))
    # Each kind of record that can be in a deleted one: (parent, its reference field).
    refs: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for parent in deleted:
        for child, names in _CHILDREN[parent]:
            refs[child] += [(parent, name) for name in names]
    suspects: set[tuple[str, str]] = set()
    for child, pairs in refs.items():
        for (data,) in db.execute_sql(store.q(db, "SELECT data FROM record WHERE entity = ? "
                                                  "AND deleted = ?"), (child, False)):
            fields = json.loads(data)
            for parent, name in pairs:
                ref = fields.get(name)
                if isinstance(ref, str) and ref in deleted[parent]:
                    suspects.add((parent, ref))
    lines: list[str] = []
    # Children before parents: a session kept keeps its deleted programme in turn.
    for parent, key in sorted(suspects, key=lambda s: -wire.ENTITIES[s[0]].rank):
        lines += applier.keep_if_held(parent, key)
    applier.flush()
    store.save_counter(db, applier.version)
    return lines

