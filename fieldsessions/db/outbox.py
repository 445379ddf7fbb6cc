"""Appending to the outbox (SYNC.md): call only inside the transaction that made the change.

Each change gets the next `seq` of this device and a fresh HLC, both taken from the single
Device row in the same IMMEDIATE transaction, so seqs never repeat and never skip.

Payload convention (`fields`, a JSON object written once and never changed):
* upsert: a snapshot of the row's synced columns (see `snapshot`), foreign keys as
  `<name>_id`, dates as YYYY-MM-DD, instants as ISO-8601 UTC with 'Z'.
* delete: {} (a tombstone; the server keeps it).

A demo file (store.is_demo) queues nothing: demo data never reaches the organisation's server.
"""

from __future__ import annotations

import json
import time as _time
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from peewee import ForeignKeyField, Model

from fieldsessions.core.hlc import next_hlc
from fieldsessions.db import store
from fieldsessions.db.models import Device, Outbox, database

# Columns that are local bookkeeping, never sent.
_LOCAL_ONLY = {"created_at"}


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


def _reserve(count: int) -> tuple[str, int, int]:
    """Take `count` seqs and the HLC range for them: (device_id, first_seq, first_hlc)."""
    device = Device.select().limit(1).get()
    first_seq = device.next_seq
    hlc = next_hlc(device.last_hlc, int(_time.time() * 1000))
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


def pending_count() -> int:
    return Outbox.select().where(Outbox.state == "pending").count()
