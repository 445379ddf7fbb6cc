"""Appending to the outbox (SYNC.md): call only inside the transaction that made the change.

Each change gets the next `seq` of this device and a fresh HLC, both taken from the single
Device row in the same IMMEDIATE transaction, so seqs never repeat and never skip.

A file restored from a backup starts numbering where the backup left off, which the server
may already hold for other changes: the sync engine moves `next_seq` above the server's high
seq (`resume_above`), and a change the server answers "mismatch" (its number already taken)
is queued again under a new number (`supersede`): a new row with the same payload, the old
row marked "superseded". A change refused for a clock far ahead is superseded the same way,
with a fresh HLC. Payloads are never changed in place.

Payload convention (`fields`, a JSON object written once and never changed):
* upsert: a snapshot of the row's synced columns (see `snapshot`), foreign keys as
  `<name>_id`, dates as YYYY-MM-DD, instants as ISO-8601 UTC with 'Z'.
* delete: {} (a tombstone; the server keeps it).

A demo file (store.is_demo) queues nothing: demo data never reaches the organisation's server.
"""

from __future__ import annotations

import json
import time as _time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from peewee import ForeignKeyField, Model

from fieldsessions.core.hlc import COUNTER_BITS, next_hlc
from fieldsessions.db import store
from fieldsessions.db.models import Device, Outbox, Setting, database

# This laptop's clock, in seconds since the epoch (tests put a wrong clock here).
clock: Callable[[], float] = _time.time
# How far this laptop's clock was ahead of the server's at the last hello, in ms (SYNC.md
# "Clocks"); changes are stamped with the clock less this.
CLOCK_OFFSET_KEY = "sync.clock_offset_ms"
# A laptop's clock within this of the server's is taken as right; no stamp is made further
# ahead of the server's time than this once the server's time is known.
CLOCK_TOLERANCE_MS = 5 * 60 * 1000
# Why servers before the "retry" answer refused a change stamped too far ahead (their text).
_CLOCK_REFUSAL = "This change is stamped more than 24 hours ahead of the server's clock%"

# Columns that are local bookkeeping, never sent.
_LOCAL_ONLY = {"created_at"}

# History entries ride with the change they record (a mark's or a tick's): queued, sent and
# received with it, but not counted as changes for the user ("1 change waiting" after one
# mark, not 2; receipts count the marks sent, not their entries).
COMPANIONS = frozenset({"attendance_history", "outcome_tick_history"})


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def snapshot(instance: Model, *, exclude: Iterable[str] = ()) -> dict[str, Any]:
    """The synced columns of a row as a JSON-able dict (primary key left out)."""
    skip = set(exclude) | _LOCAL_ONLY
    result: dict[str, Any] = {}
    for name, field in instance._meta.fields.items():
        if field.primary_key or name in skip:
            continue
        if isinstance(field, ForeignKeyField):
            result[f"{name}_id"] = instance.__data__.get(name)
        else:
            result[name] = jsonable(instance.__data__.get(name))
    return result


def encode(fields: dict[str, Any]) -> str:
    # allow_nan=False: NaN/Infinity are not JSON; a payload the server can never accept must
    # fail here, inside the change's transaction, not sit in the outbox forever.
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False)


def now_ms() -> int:
    """This laptop's clock in ms, corrected by how far it was from the server's clock at the
    last hello."""
    offset = Setting.select(Setting.value).where(Setting.key == CLOCK_OFFSET_KEY).scalar()
    return int(clock() * 1000) - (int(offset) if offset else 0)


def correct_clock(device_id: str, server_ms: int) -> int:
    """At hello, knowing the server's time: remember how far this laptop's clock is from it,
    bring the HLC back within tolerance of it, and re-stamp (as new rows, see `supersede`)
    the changes still to send that are stamped further ahead, oldest first, so that they
    keep their order. Returns how many were re-stamped. Inside the sync's transaction.

    Changes refused by an older server for a clock ahead (kept "rejected" with its reason)
    are re-stamped too."""
    assert database.in_transaction(), "call inside the sync's transaction"
    offset = int(clock() * 1000) - server_ms
    if abs(offset) <= CLOCK_TOLERANCE_MS:
        offset = 0
    Setting.insert(key=CLOCK_OFFSET_KEY, value=str(offset)).on_conflict_replace().execute()
    cap = (server_ms + CLOCK_TOLERANCE_MS) << COUNTER_BITS
    Device.update(last_hlc=cap).where(Device.last_hlc > cap).execute()
    ahead = list(Outbox.select(Outbox.seq, Outbox.result).where(
        (Outbox.device_id == device_id)
        & (((Outbox.state == "pending") & (Outbox.hlc > cap))
           | ((Outbox.state == "rejected") & Outbox.reason ** _CLOCK_REFUSAL)))
        .order_by(Outbox.seq).tuples())
    for seq, result in ahead:
        supersede(seq, restamp=True, result=result,
                  reason="Stamped ahead of the server's clock; re-stamped")
    return len(ahead)


def _reserve(count: int) -> tuple[str, int, int]:
    """Take `count` seqs and the HLC range for them: (device_id, first_seq, first_hlc)."""
    device = Device.select().limit(1).get()
    first_seq = device.next_seq
    hlc = next_hlc(device.last_hlc, now_ms())
    # Consecutive HLCs for a batch: same millisecond, increasing counter.
    last_hlc = hlc + count - 1
    Device.update(next_seq=first_seq + count, last_hlc=last_hlc).where(
        Device.id == device.id
    ).execute()
    return device.id, first_seq, hlc


def append(entity: str, entity_id: str, op: str, fields: dict[str, Any]) -> int:
    """Queue one change; returns its seq (0 in a demo file, which queues nothing). Must run
    inside the change's transaction."""
    assert database.in_transaction(), "outbox rows are written in the change's own transaction"
    if store.is_demo():
        return 0
    device_id, seq, hlc = _reserve(1)
    Outbox.insert(
        seq=seq, device_id=device_id, entity=entity, entity_id=entity_id, op=op,
        fields=encode(fields), hlc=hlc, created_at=datetime.now(UTC), state="pending",
    ).execute()
    return seq


def append_many(changes: Sequence[tuple[str, str, str, dict[str, Any]]]) -> list[int]:
    """Queue many changes [(entity, entity_id, op, fields)] with one executemany."""
    assert database.in_transaction(), "outbox rows are written in the change's own transaction"
    if not changes or store.is_demo():
        return []
    device_id, first_seq, first_hlc = _reserve(len(changes))
    created = Outbox.created_at.db_value(datetime.now(UTC))
    rows = [
        (first_seq + i, device_id, entity, entity_id, op, encode(fields), first_hlc + i, created)
        for i, (entity, entity_id, op, fields) in enumerate(changes)
    ]
    database.cursor().executemany(
        "INSERT INTO outbox (seq, device_id, entity, entity_id, op, fields, hlc, created_at, "
        "state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')",
        rows,
    )
    return [row[0] for row in rows]


def resume_above(high_seq: int) -> bool:
    """Number new changes above `high_seq` (what the server holds for this device); returns
    whether this moved `next_seq` (the file was behind: restored from a backup)."""
    assert database.in_transaction(), "call inside the sync's transaction"
    return bool(Device.update(next_seq=high_seq + 1).where(Device.next_seq <= high_seq)
                .execute())


def supersede(seq: int, *, restamp: bool, result: str | None, reason: str) -> int:
    """Queue the change of outbox row `seq` again as a new pending row under the next seq
    (with a fresh HLC when `restamp`, else its own) and mark row `seq` superseded with the
    server's `result` and `reason`; returns the new seq. Inside the transaction that records
    the server's answer.
    """
    assert database.in_transaction(), "call inside the transaction saving the answer"
    old = Outbox.get_by_id(seq)
    device_id, new_seq, hlc = _reserve(1)
    Outbox.insert(
        seq=new_seq, device_id=device_id, entity=old.entity, entity_id=old.entity_id,
        op=old.op, fields=old.fields, hlc=hlc if restamp else old.hlc,
        created_at=datetime.now(UTC), state="pending",
    ).execute()
    Outbox.update(state="superseded", result=result,
                  reason=f"{reason} (sent again as change {new_seq})",
                  acked_at=datetime.now(UTC)).where(Outbox.seq == seq).execute()
    return new_seq


def pending_count() -> int:
    """Changes waiting to be sent, as the user counts them (history entries not counted)."""
    return Outbox.select().where((Outbox.state == "pending")
                                 & Outbox.entity.not_in(COMPANIONS)).count()
