"""Applying a pulled page into the local store, with its cursor, in one transaction.

Pulled rows are written straight to the tables, never through the outbox, so they are not
sent back. A record that still has a change of ours waiting in the outbox is left alone: ours
goes up next and the server's verdict comes back down. Parents are applied before children
(the server sends any parent the laptop may lack in the same page); a row whose parent is
still missing, or a delete that other rows depend on, is skipped and logged, never forced.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from fieldsessions.core.hlc import physical_ms, receive_hlc
from fieldsessions.db.models import (
    Attendance,
    AttendanceHistory,
    BaseModel,
    Device,
    Enrolment,
    Outbox,
    Outcome,
    OutcomeTick,
    Participant,
    Pathway,
    PathwayProgramme,
    PeriodReport,
    Programme,
    Session,
    SessionOutcomeDrop,
    SessionReport,
    Setting,
    database,
)
from fieldsessions.sync import wire

log = logging.getLogger(__name__)

CURSOR_KEY = "sync.cursor"

MODELS: dict[str, type[BaseModel]] = {
    "programme": Programme,
    "participant": Participant,
    "session": Session,
    "outcome": Outcome,
    "enrolment": Enrolment,
    "session_outcome_drop": SessionOutcomeDrop,
    "attendance": Attendance,
    "outcome_tick": OutcomeTick,
    "session_report": SessionReport,
    "period_report": PeriodReport,
    "pathway": Pathway,
    "pathway_programme": PathwayProgramme,
}

# Local tables keyed by an integer: their rows are found by the two references.
_NATURAL: dict[str, tuple[str, str]] = {
    "session_outcome_drop": ("session", "outcome"),
    "pathway_programme": ("pathway", "programme"),
}

# Rows that point at a record; a record still pointed at is not deleted locally.
_DEPENDENTS: dict[str, list[tuple[type[BaseModel], str]]] = {
    "programme": [(Session, "programme"), (Enrolment, "programme"), (Outcome, "programme")],
    "session": [(Attendance, "session"), (OutcomeTick, "session"),
                (SessionReport, "session")],
    "participant": [(Attendance, "participant"), (Enrolment, "participant"),
                    (OutcomeTick, "participant")],
    "outcome": [(OutcomeTick, "outcome")],
}


@dataclass
class PageResult:
    applied: int = 0
    deleted: int = 0
    skipped: int = 0


def get_setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return None if row is None else str(row.value)


def set_setting(key: str, value: str | None) -> None:
    """Set or (with None) remove a setting. Call inside a transaction when it must be atomic."""
    if value is None:
        Setting.delete().where(Setting.key == key).execute()
    else:
        Setting.insert(key=key, value=value).on_conflict_replace().execute()


def _convert(spec: wire.Field, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind == wire.DATE:
        return date.fromisoformat(str(value))
    if spec.kind == wire.INSTANT:
        moment = datetime.fromisoformat(str(value))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if spec.kind == wire.BOOL:
        return bool(value)
    return value


def _columns(entity: str, model: type[BaseModel], fields: Mapping[str, Any]) -> dict[Any, Any]:
    """Wire fields -> {peewee field: value}, unknown names dropped."""
    spec = wire.ENTITIES[entity]
    combined = model._meta.combined  # "programme" and "programme_id" both name the FK field
    row: dict[Any, Any] = {}
    for name, value in fields.items():
        field_spec = spec.fields.get(name)
        target = combined.get(name)
        if field_spec is None or target is None or target.primary_key:
            continue
        row[target] = _convert(field_spec, value)
    return row


def _existing_ids(model: type[BaseModel], ids: Iterable[str]) -> set[str]:
    wanted = list(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(str(r[0]) for r in model.select(model._meta.primary_key)
                     .where(model._meta.primary_key.in_(chunk)).tuples())
    return found


def _pending_keys(changes: Sequence[Mapping[str, Any]]) -> set[tuple[str, str]]:
    ids = list({str(c.get("id")) for c in changes})
    pending: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        pending.update(
            (str(e), str(i)) for e, i in Outbox.select(Outbox.entity, Outbox.entity_id)
            .where((Outbox.state == "pending") & Outbox.entity_id.in_(chunk)).tuples()
        )
    return pending


class _Page:
    def __init__(self, changes: Sequence[Mapping[str, Any]]) -> None:
        self.result = PageResult()
        self.present: dict[str, set[str]] = {}
        self.changes = changes

    def known(self, entity: str, key: str) -> bool:
        have = self.present.get(entity)
        if have is None:
            refs = [str(c["fields"].get(name)) for c in self.changes if c["op"] == "upsert"
                    for name, parent in wire.ENTITIES[str(c["entity"])].parents.items()
                    if parent == entity and c["fields"].get(name)]
            have = self.present[entity] = _existing_ids(MODELS[entity], refs)
        return key in have

    def parents_missing(self, entity: str, fields: Mapping[str, Any]) -> str | None:
        for name, parent in wire.ENTITIES[entity].parents.items():
            ref = fields.get(name)
            if ref and not self.known(parent, str(ref)):
                return f"{parent} {ref}"
        return None

    def upsert(self, entity: str, key: str, fields: Mapping[str, Any],
               previous_marks: Mapping[str, tuple[str, int | None]]) -> None:
        model = MODELS[entity]
        missing = self.parents_missing(entity, fields)
        if missing:
            log.warning("pulled %s %s skipped: its %s is not on this laptop", entity, key,
                        missing)
            self.result.skipped += 1
            return
        row = _columns(entity, model, fields)
        natural = _NATURAL.get(entity)
        if natural is not None:
            target = [getattr(model, name) for name in natural]
            update = {f: v for f, v in row.items() if f not in target}
            if update:
                model.insert(row).on_conflict(conflict_target=target, update=update).execute()
            else:
                model.insert(row).on_conflict_ignore().execute()
        else:
            if entity == "period_report":
                PeriodReport.delete().where(
                    (PeriodReport.programme == fields.get("programme_id"))
                    & (PeriodReport.period_key == fields.get("period_key"))
                    & (PeriodReport.id != key)).execute()
            pk = model._meta.primary_key
            values = {**row, pk: key}
            if row:
                model.insert(values).on_conflict(conflict_target=[pk], update=row).execute()
            else:
                model.insert(values).on_conflict_ignore().execute()
        self.present.setdefault(entity, set()).add(key)
        if entity == "attendance":
            self._history(key, fields, previous_marks.get(key))
        self.result.applied += 1

    @staticmethod
    def _history(key: str, fields: Mapping[str, Any],
                 before: tuple[str, int | None] | None) -> None:
        status, minutes = fields.get("status"), fields.get("minutes")
        if before is not None and before == (status, minutes):
            return
        AttendanceHistory.insert(
            attendance_id=key, session_id=fields.get("session_id", ""),
            participant_id=fields.get("participant_id", ""),
            previous_status=before[0] if before else None, new_status=status,
            previous_minutes=before[1] if before else None, new_minutes=minutes,
            changed_at=_convert(wire.Field(wire.INSTANT), fields.get("marked_at"))
            or datetime.now(UTC),
            changed_by=fields.get("marked_by", ""), device_id=fields.get("device_id", ""),
            reason="sync",
        ).execute()

    def delete(self, entity: str, key: str, fields: Mapping[str, Any]) -> None:
        model = MODELS[entity]
        for dependent, column in _DEPENDENTS.get(entity, []):
            if dependent.select().where(getattr(dependent, column) == key).exists():
                log.warning("pulled delete of %s %s skipped: %s rows still refer to it",
                            entity, key, dependent.__name__)
                self.result.skipped += 1
                return
        natural = _NATURAL.get(entity)
        if natural is not None:
            first, second = natural
            count = model.delete().where(
                (getattr(model, first) == fields.get(f"{first}_id"))
                & (getattr(model, second) == fields.get(f"{second}_id"))).execute()
        else:
            pk = model._meta.primary_key
            count = model.delete().where(pk == key).execute()
        if entity == "attendance" and count:
            AttendanceHistory.insert(
                attendance_id=key, session_id=fields.get("session_id", ""),
                participant_id=fields.get("participant_id", ""), previous_status=None,
                new_status=None, changed_at=datetime.now(UTC), reason="sync: cleared",
            ).execute()
        self.result.deleted += int(bool(count))


def _valid(change: Any) -> bool:
    return (isinstance(change, dict) and change.get("entity") in MODELS
            and isinstance(change.get("id"), str) and change.get("op") in ("upsert", "delete")
            and isinstance(change.get("fields"), dict)
            and isinstance(change.get("hlc", 0), int))


def apply_page(changes: Sequence[Any], next_cursor: str) -> PageResult:
    """Apply one pulled page and save its cursor, both or neither."""
    good = [c for c in changes if _valid(c)]
    bad = len(changes) - len(good)
    if bad:
        log.warning("%d pulled changes were not understood and were skipped", bad)
    with database.atomic():
        pending = _pending_keys(good)
        page = _Page(good)
        page.result.skipped += bad
        marks = [c["id"] for c in good if c["entity"] == "attendance"]
        previous: dict[str, tuple[str, int | None]] = {}
        for start in range(0, len(marks), 500):
            previous.update(
                (str(i), (str(s), m)) for i, s, m in Attendance.select(
                    Attendance.id, Attendance.status, Attendance.minutes)
                .where(Attendance.id.in_(marks[start:start + 500])).tuples())
        upserts = sorted((c for c in good if c["op"] == "upsert"),
                         key=lambda c: wire.ENTITIES[c["entity"]].rank)
        deletes = sorted((c for c in good if c["op"] == "delete"),
                         key=lambda c: -wire.ENTITIES[c["entity"]].rank)
        for change in [*upserts, *deletes]:
            entity, key = str(change["entity"]), str(change["id"])
            if (entity, key) in pending:
                page.result.skipped += 1
                continue
            try:
                if change["op"] == "upsert":
                    page.upsert(entity, key, change["fields"], previous)
                else:
                    page.delete(entity, key, change["fields"])
            except (ValueError, TypeError) as exc:
                log.warning("pulled %s %s skipped: %s", entity, key, exc)
                page.result.skipped += 1
        _receive_clock(good)
        set_setting(CURSOR_KEY, next_cursor)
    return page.result


def _receive_clock(changes: Sequence[Mapping[str, Any]]) -> None:
    """Move this device's HLC past what it just saw (ignoring clocks far in the future)."""
    now_ms = int(time.time() * 1000)
    limit = now_ms + wire.MAX_CLOCK_AHEAD_MS
    seen = [int(c.get("hlc", 0)) for c in changes if physical_ms(int(c.get("hlc", 0))) <= limit]
    if not seen:
        return
    device = Device.select().limit(1).get()
    updated = receive_hlc(int(device.last_hlc), max(seen), now_ms)
    if updated > device.last_hlc:
        Device.update(last_hlc=updated).where(Device.id == device.id).execute()
