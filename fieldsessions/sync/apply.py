"""Applying a pulled page into the local store, with its cursor, in one transaction.

Pulled rows are written straight to the tables, never through the outbox, so they are not
sent back. Parents are applied before children. A pulled row is never dropped (SYNC.md,
Pulling): one that cannot be applied yet is parked in the `pulled_backlog` table, with the
reason in the user's words, and applied as soon as it can be, on this page or a later one:

- its parent (a session's programme, a mark's participant, ...) has not arrived yet;
- it deletes a record that rows on this laptop still refer to (every reference of
  wire.ENTITIES counts: marks, ticks, outcomes left out, reports, bookings, pathway steps).
  When one of them is a change of ours still to be sent, the delete waits for it: work
  recorded here is never removed by a delete made elsewhere. Once ours has gone up, the
  server has brought the record back (server/push.py: a delete loses to recorded work) and
  sends it again, which replaces the parked delete on the next pull. A change of ours the
  server refused for good (the receipt showed it with the reason; the outbox keeps it) is
  not on the server and holds nothing: its record leaves with the delete. Otherwise the rows
  are records whose deletes come later in the same download;
- this laptop has a change of its own to the same record still to be sent: ours goes up
  next. When it has gone, the parked row is applied if it is newer than ours (by HLC, as the
  server decides), else it is superseded by ours and the server's merged record comes down
  on a later pull;
- it is not understood by this version of the app (kept for a later version).

A newer change to a parked record replaces the parked one. The page's cursor is saved in the
same transaction as what the page applied and parked, so the cursor never moves past a row
that was neither.

A programme the admin unassigned leaves the laptop at the end of the download (`withdraw`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from fieldsessions.core.hlc import COUNTER_BITS, physical_ms, receive_hlc
from fieldsessions.core.i18n import QT_TR_NOOP, count_text, fill, tr, translated
from fieldsessions.db import outbox
from fieldsessions.db.models import (
    Attendance,
    AttendanceHistory,
    BaseModel,
    Device,
    Enrolment,
    Outbox,
    Outcome,
    OutcomeTick,
    OutcomeTickHistory,
    Participant,
    Pathway,
    PathwayProgramme,
    PeriodReport,
    Programme,
    PulledChange,
    Session,
    SessionOutcomeDrop,
    SessionReport,
    Setting,
    attendance_id,
    database,
    history_order,
    new_id,
    tick_id,
)
from fieldsessions.sync import wire

log = logging.getLogger(__name__)

OURS_FIRST = "a change made on this laptop to the same record is still to be sent"
OURS_FIRST_INSIDE = "a change made on this laptop to a record in it is still to be sent"
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
    "attendance_history": AttendanceHistory,
    "outcome_tick_history": OutcomeTickHistory,
}

# Append-only history of marks and ticks (models.AttendanceHistory): inserted once by id.
HISTORY = outbox.COMPANIONS

# Local tables keyed by an integer: their rows are found by the two references.
_NATURAL: dict[str, tuple[str, str]] = {
    "session_outcome_drop": ("session", "outcome"),
    "pathway_programme": ("pathway", "programme"),
}

# Synced rows that point at a record (every reference of wire.ENTITIES): a record still
# pointed at is not deleted locally (its foreign keys would refuse it, or take the rows with
# it). (entity, model, column)
_DEPENDENTS: dict[str, list[tuple[str, type[BaseModel], str]]] = {}
for _spec in wire.ENTITIES.values():
    for _name, _parent in _spec.parents.items():
        if _spec.name in MODELS and _spec.name not in wire.LOG_ENTITIES:
            _DEPENDENTS.setdefault(_parent, []).append(
                (_spec.name, MODELS[_spec.name], _name))


@dataclass
class PageResult:
    """What one page did: rows applied and deleted (parked rows applied now included), rows
    parked by this page, rows superseded by a change of ours, and rows still parked."""

    applied: int = 0
    deleted: int = 0
    parked: int = 0
    superseded: int = 0
    waiting: int = 0
    # Records this laptop deleted (the server applied the delete) that came back: work was
    # recorded in them elsewhere. (entity, id, seq of our delete)
    revived: list[tuple[str, str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class ParkedChange:
    """A pulled change waiting on this laptop, for the receipt and the sync log."""

    entity: str
    entity_id: str
    reason: str
    received_at: datetime | None = None


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


def _deleted_here(changes: Sequence[Mapping[str, Any]]) -> dict[tuple[str, str], int]:
    """Of the records these pulled upserts write that can hold others (a session, a person,
    ...), those whose latest change here is our delete, applied by the server: {(entity,
    id): its seq}. Pulled again, such a record was brought back by work recorded in it."""
    keys = {(str(c.get("entity")), str(c.get("id"))) for c in changes
            if c.get("op") == "upsert" and str(c.get("entity")) in _DEPENDENTS}
    ids = sorted({key for _entity, key in keys})
    found: dict[tuple[str, str], int] = {}
    for start in range(0, len(ids), 500):
        latest: dict[tuple[str, str], tuple[int, str, str | None]] = {}
        for seq, entity, key, op, result in Outbox.select(
                Outbox.seq, Outbox.entity, Outbox.entity_id, Outbox.op, Outbox.result).where(
                Outbox.entity_id.in_(ids[start:start + 500])).order_by(Outbox.seq).tuples():
            latest[(str(entity), str(key))] = (int(seq), str(op), result)
        found.update((k, seq) for k, (seq, op, result) in latest.items()
                     if k in keys and op == "delete" and result in ("applied", "duplicate"))
    return found


def revived_reason(entity: str, key: str) -> str:
    """Why a record this laptop deleted came back, in the words the server uses for a delete
    it keeps ("bea recorded 2 marks in this session; it was kept."): what is in it here
    now, and who recorded the marks among it."""
    counts: list[tuple[str, int]] = []
    who: set[str] = set()
    for name, dependent, column in _DEPENDENTS.get(entity, []):
        where = dependent._meta.combined[column] == key
        count = dependent.select().where(where).count()
        if count:
            counts.append((name, count))
        if dependent is Attendance:
            who.update(str(w) for (w,) in Attendance.select(Attendance.marked_by).where(
                where & (Attendance.marked_by != "")).distinct().tuples())
    return kept_sentence(entity, dict(counts), who)


def kept_sentence(entity: str, counts: Mapping[str, int], who: Iterable[str]) -> str:
    """Why a deleted record was kept, in the user's words: who recorded what in it
    (`counts`: records per entity), as the server says it ("bea recorded 2 marks in this
    session; it was kept.") and the receipt shows it (sync/reasons.py)."""
    what = ", ".join(_counted(e, n) for e, n in sorted(counts.items()))
    places = {"participant": tr("for this person"), "session": tr("in this session"),
              "programme": tr("in this programme"), "outcome": tr("in this outcome"),
              "pathway": tr("in this pathway")}  # each its own: "cette séance", "ce programme"
    place = places.get(entity) or fill(tr("in this %1"), label(entity))
    if not what:
        return fill(tr("Work was recorded %1 on another laptop; it was kept."), place)
    if who:
        return fill(tr("%1 recorded %2 %3; it was kept."), tr(" and ").join(sorted(who)),
                    what, place)
    return fill(tr("There are %1 %2 on the server; it was kept."), what, place)


def _counted(entity: str, count: int) -> str:
    """'1 mark', '3 bookings': records in a record, counted in the user's words."""
    forms = {
        "attendance": (tr("1 mark"), tr("%1 marks")),
        "outcome_tick": (tr("1 outcome tick"), tr("%1 outcome ticks")),
        "enrolment": (tr("1 booking"), tr("%1 bookings")),
        "session": (tr("1 session"), tr("%1 sessions")),
        "session_report": (tr("1 session report"), tr("%1 session reports")),
        "period_report": (tr("1 period report"), tr("%1 period reports")),
        "outcome": (tr("1 outcome"), tr("%1 outcomes")),
    }
    one, many = forms.get(entity, (tr("1 %2 record"), tr("%1 %2 records")))
    return fill(count_text(count, one, many), count, label(entity))


def told_revived(seq: int, reason: str) -> None:
    """Our delete `seq` did not stay applied: keep the server's outcome on its outbox row,
    so the receipt says it once."""
    Outbox.update(result="conflict", reason=reason).where(Outbox.seq == seq).execute()


def _refused(entity: str, ids: Sequence[str]) -> set[str]:
    """Of these records, those here only as changes of ours the server refused for good:
    every change of ours to them was refused, none waits and none was taken (so the server
    does not hold them)."""
    states: dict[str, set[str]] = {}
    for start in range(0, len(ids), 500):
        for key, state in Outbox.select(Outbox.entity_id, Outbox.state).where(
                (Outbox.entity == entity) & Outbox.entity_id.in_(ids[start:start + 500])
                & (Outbox.state != "superseded")).tuples():
            states.setdefault(str(key), set()).add(str(state))
    return {key for key, found in states.items() if found == {"rejected"}}


def _our_latest_hlc(entity: str, key: str) -> int:
    """The stamp of our newest change to this record the server took (refused or replaced
    ones do not count: the server holds what it took)."""
    return int(Outbox.select(Outbox.hlc).where(
        (Outbox.entity == entity) & (Outbox.entity_id == key) & (Outbox.state == "acked"))
        .order_by(Outbox.hlc.desc()).limit(1).scalar() or 0)


# Each entity's name in the user's words (the receipt, the sync log, parked changes).
_LABELS = {"programme": QT_TR_NOOP("programme"), "participant": QT_TR_NOOP("participant"),
           "session": QT_TR_NOOP("session"), "outcome": QT_TR_NOOP("outcome"),
           "enrolment": QT_TR_NOOP("booking"), "pathway": QT_TR_NOOP("pathway"),
           "session_outcome_drop": QT_TR_NOOP("outcome left out of a session"),
           "pathway_programme": QT_TR_NOOP("pathway step"),
           "outcome_tick": QT_TR_NOOP("outcome tick"),
           "session_report": QT_TR_NOOP("session report"),
           "period_report": QT_TR_NOOP("period report"), "attendance": QT_TR_NOOP("mark"),
           "attendance_history": QT_TR_NOOP("mark history entry"),
           "outcome_tick_history": QT_TR_NOOP("outcome tick history entry")}


def label(entity: str) -> str:
    """An entity's name in the user's words (a kind of record this version does not know:
    its name on the wire)."""
    return translated(_LABELS[entity]) if entity in _LABELS else entity


class _Page:
    """Applies one page's changes and the parked ones, parking what must wait."""

    def __init__(self, changes: Sequence[Mapping[str, Any]]) -> None:
        self.result = PageResult()
        self.changes = changes
        self.present: dict[str, set[str]] = {}
        self.pending = _pending_keys(changes)
        self.hlc = 0  # of the change being applied
        # Marks this page changed: their HLC, session and participant (_stand_ins).
        self.marks: dict[str, tuple[int, str, str]] = {}
        self.stand_ins = AttendanceHistory.select().where(AttendanceHistory.stand_in).exists()
        self.deleted_here = _deleted_here(changes)

    def known(self, entity: str, key: str) -> bool:
        have = self.present.get(entity)
        if have is None:
            # Every parent this page names, looked up at once.
            refs = [str(c["fields"].get(name)) for c in self.changes if c["op"] == "upsert"
                    for name, parent in wire.ENTITIES[str(c["entity"])].parents.items()
                    if parent == entity and c["fields"].get(name)]
            have = self.present[entity] = _existing_ids(MODELS[entity], [*refs, key])
        elif key not in have and MODELS[entity].select().where(
                MODELS[entity]._meta.primary_key == key).exists():
            have.add(key)
        return key in have

    def parents_missing(self, entity: str, fields: Mapping[str, Any]) -> str | None:
        for name, parent in wire.ENTITIES[entity].parents.items():
            ref = fields.get(name)
            if ref and not self.known(parent, str(ref)):
                return fill(tr("its %1 %2 has not arrived yet"), label(parent), ref)
        return None

    def apply(self, change: Mapping[str, Any]) -> str | None:
        """Apply one change; None when done, else why it must wait."""
        entity, key, fields = str(change["entity"]), str(change["id"]), change["fields"]
        self.hlc = int(change.get("hlc", 0))
        if (entity, key) in self.pending:
            return OURS_FIRST
        if change["op"] == "upsert":
            # A history entry outlives its mark, even its session or participant (deleted
            # since): it needs nothing else here, so it never waits for them.
            missing = None if entity in HISTORY else self.parents_missing(entity, fields)
            if missing:
                return missing
            self.upsert(entity, key, fields)
        else:
            blocking, refused = self.dependents(entity, key)
            if blocking:
                return blocking
            for name, child in refused:
                self.remove_refused(name, child)
            self.delete(entity, key, fields)
        return None

    def upsert(self, entity: str, key: str, fields: Mapping[str, Any]) -> None:
        model = MODELS[entity]
        if entity == "attendance_history":
            self._history(key, fields)
            return
        if entity == "outcome_tick_history":
            self._tick_history(key, fields)
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
        if entity in self.present:
            self.present[entity].add(key)
        ours = self.deleted_here.pop((entity, key), None)
        if ours is not None:
            self.result.revived.append((entity, key, ours))
        if entity == "attendance":
            self.marks[key] = (self.hlc, str(fields.get("session_id", "")),
                               str(fields.get("participant_id", "")))
        self.result.applied += 1

    def _history(self, key: str, fields: Mapping[str, Any]) -> None:
        """A history row from another laptop (or ours, pulled back): inserted once by its
        uid, never updated; it replaces the stand-in written for the same change (one
        millisecond's HLC counter is more than any one change queues)."""
        row = _columns("attendance_history", AttendanceHistory, fields)
        mark = attendance_id(str(fields.get("session_id")), str(fields.get("participant_id")))
        AttendanceHistory.insert({**row, AttendanceHistory.uid: key,
                                  AttendanceHistory.hlc: self.hlc,
                                  AttendanceHistory.attendance_id: mark}
                                 ).on_conflict_ignore().execute()
        if self.stand_ins:  # (none in the usual case: every laptop sends its history)
            status = fields.get("new_status")
            AttendanceHistory.delete().where(
                (AttendanceHistory.attendance_id == mark) & AttendanceHistory.stand_in
                & (AttendanceHistory.new_status.is_null() if status is None
                   else AttendanceHistory.new_status == status)
                # The stand-in for this change: at its mark's time, or stamped with its
                # mark change's HLC (a clear has no time), queued just before this row.
                & ((AttendanceHistory.changed_at == row.get(AttendanceHistory.changed_at))
                   | AttendanceHistory.hlc.between(self.hlc - (1 << COUNTER_BITS), self.hlc))
            ).execute()

    def _tick_history(self, key: str, fields: Mapping[str, Any]) -> None:
        """A tick history row: inserted once by its uid, never updated."""
        row = _columns("outcome_tick_history", OutcomeTickHistory, fields)
        tick = tick_id(str(fields.get("session_id")), str(fields.get("participant_id")),
                       str(fields.get("outcome_id")))
        OutcomeTickHistory.insert({**row, OutcomeTickHistory.uid: key,
                                   OutcomeTickHistory.hlc: self.hlc,
                                   OutcomeTickHistory.tick_id: tick}
                                  ).on_conflict_ignore().execute()

    @staticmethod
    def dependents(entity: str, key: str) -> tuple[str | None, list[tuple[str, str]]]:
        """Why a pulled delete of this record must wait (None when it need not), and the
        records in it that are ours alone, refused by the server for good (`_refused`),
        to remove with it, each before what it is in. The server never keeps a deleted
        record with live records in it (server/push.py), so those still here are our
        changes not sent yet (the delete waits for them: once they are up, the server
        brings the record back and that comes down instead), changes of ours the server
        refused (it does not hold them: they do not hold the delete; the outbox keeps them
        with the reason, as the receipt showed), or records whose deletes come later in
        this download."""
        blocking: list[tuple[str, int]] = []
        refused: list[tuple[str, str]] = []
        for name, dependent, column in _DEPENDENTS.get(entity, []):
            natural = _NATURAL.get(name)
            if natural is not None:
                first, second = natural
                ids = [f"{a}:{b}" for a, b in dependent.select(
                    getattr(dependent, first), getattr(dependent, second))
                    .where(dependent._meta.combined[column] == key).tuples()]
            else:
                ids = [str(i) for (i,) in dependent.select(dependent._meta.primary_key)
                       .where(dependent._meta.combined[column] == key).tuples()]
            if not ids:
                continue
            for start in range(0, len(ids), 500):
                if Outbox.select().where(
                        (Outbox.state == "pending") & (Outbox.entity == name)
                        & Outbox.entity_id.in_(ids[start:start + 500])).exists():
                    return OURS_FIRST_INSIDE, []
            gone = _refused(name, ids)
            for child in ids:
                if child not in gone:
                    continue
                reason, inside = _Page.dependents(name, child)
                if reason is not None:
                    return reason, []
                refused += [*inside, (name, child)]
            if len(gone) < len(ids):
                blocking.append((name, len(ids) - len(gone)))
        if blocking:
            name, count = blocking[0]
            return fill(count_text(
                count, tr("1 %2 record on this laptop still refers to it"),
                tr("%1 %2 records on this laptop still refer to it")), count, label(name)), []
        return None, refused

    def remove_refused(self, entity: str, key: str) -> None:
        """Remove a record of ours the server refused for good (`dependents`); not counted
        as a pulled change."""
        natural = _NATURAL.get(entity)
        refs = {} if natural is None else dict(zip(
            (f"{natural[0]}_id", f"{natural[1]}_id"), key.split(":", 1), strict=True))
        self._remove(entity, key, refs)

    def _remove(self, entity: str, key: str, fields: Mapping[str, Any]) -> int:
        """Delete the row here; how many went."""
        model = MODELS[entity]
        natural = _NATURAL.get(entity)
        if natural is not None:
            first, second = natural
            count = model.delete().where(
                (getattr(model, first) == fields.get(f"{first}_id"))
                & (getattr(model, second) == fields.get(f"{second}_id"))).execute()
        else:
            pk = model._meta.primary_key
            count = model.delete().where(pk == key).execute()
        if entity in self.present:
            self.present[entity].discard(key)
        return int(count)

    def delete(self, entity: str, key: str, fields: Mapping[str, Any]) -> None:
        count = self._remove(entity, key, fields)
        if entity == "attendance" and count:
            self.marks[key] = (self.hlc, str(fields.get("session_id", "")),
                               str(fields.get("participant_id", "")))
        self.result.deleted += int(bool(count))


def _valid(change: Any) -> bool:
    return (isinstance(change, dict) and change.get("entity") in MODELS
            and isinstance(change.get("id"), str) and change.get("op") in ("upsert", "delete")
            and isinstance(change.get("fields"), dict)
            and isinstance(change.get("hlc", 0), int))


def _order(change: Mapping[str, Any]) -> tuple[int, int]:
    """Upserts parents first, then deletes children first."""
    rank = wire.ENTITIES[str(change["entity"])].rank
    return (0, rank) if change["op"] == "upsert" else (1, -rank)


def _park(change: Any, reason: str) -> None:
    if _valid(change):
        entity, key, hlc = str(change["entity"]), str(change["id"]), int(change.get("hlc", 0))
    else:  # kept under its own name where it has one: a newer version may apply it
        text = json.dumps(change, sort_keys=True, default=str)
        named = isinstance(change, dict) and isinstance(change.get("entity"), str) \
            and isinstance(change.get("id"), str)
        entity = str(change["entity"])[:64] if named else "unknown"
        key = str(change["id"])[:64] if named else wire.uuid5_text("unknown:" + text)
        hlc = change.get("hlc") if named and isinstance(change.get("hlc"), int) else 0
    PulledChange.insert(
        entity=entity, entity_id=key, change=json.dumps(change, default=str), hlc=hlc,
        reason=reason, received_at=datetime.now(UTC),
    ).on_conflict(conflict_target=[PulledChange.entity, PulledChange.entity_id],
                  update={PulledChange.change: json.dumps(change, default=str),
                          PulledChange.hlc: hlc, PulledChange.reason: reason}).execute()


def _backlog() -> list[tuple[int, dict[str, Any]]]:
    """The parked changes this version understands (one parked by an older version that
    did not is tried again here)."""
    rows = []
    for row_id, text in PulledChange.select(PulledChange.id, PulledChange.change).tuples():
        change = json.loads(text)
        if _valid(change):
            rows.append((int(row_id), change))
    return rows


def apply_page(changes: Sequence[Any], next_cursor: str) -> PageResult:
    """Apply one pulled page, the parked rows it unblocks, and save its cursor: all or none."""
    with database.atomic():
        good = [c for c in changes if _valid(c)]
        for change in changes:
            if not _valid(change):
                log.warning("pulled change not understood, parked: %.200r", change)
                _park(change, "not understood by this version of the app")
        # A newer change to a parked record replaces the parked one.
        for start in range(0, len(good), 500):
            chunk = good[start:start + 500]
            keys = {(str(c["entity"]), str(c["id"])) for c in chunk}
            ids = list({k for _e, k in keys})
            for row_id, entity, key in PulledChange.select(
                    PulledChange.id, PulledChange.entity, PulledChange.entity_id).where(
                    PulledChange.entity_id.in_(ids)).tuples():
                if (entity, key) in keys:
                    PulledChange.delete().where(PulledChange.id == row_id).execute()
        backlog = _backlog()
        page = _Page([*good, *(c for _i, c in backlog)])
        for change in sorted(good, key=_order):
            reason = _apply_one(page, change)
            if reason is not None:
                _park(change, reason)
                page.result.parked += 1
        _retry_backlog(page)
        _stand_ins(page.marks)
        _receive_clock(good)
        set_setting(CURSOR_KEY, next_cursor)
        page.result.waiting = PulledChange.select().count()
    return page.result


def _apply_one(page: _Page, change: Mapping[str, Any]) -> str | None:
    entity, key = str(change["entity"]), str(change["id"])
    try:
        with database.atomic():  # a savepoint: a row that fails leaves nothing behind
            return page.apply(change)
    except (ValueError, TypeError) as exc:
        log.warning("pulled %s %s could not be applied: %s", entity, key, exc)
        return "a value in it is not one this version of the app can store"


def _retry_backlog(page: _Page) -> None:
    """Apply parked rows that can go now, until no more can."""
    progress = True
    while progress:
        progress = False
        for row_id, change in sorted(_backlog(), key=lambda item: _order(item[1])):
            entity, key = str(change["entity"]), str(change["id"])
            ours = _our_latest_hlc(entity, key)
            if (entity, key) not in page.pending and ours and ours > int(
                    change.get("hlc", 0)):
                # A change of ours to this record, made after this one, has gone up: the
                # server holds the merge of both, which comes down on a later pull.
                PulledChange.delete().where(PulledChange.id == row_id).execute()
                page.result.superseded += 1
                progress = True
                continue
            reason = _apply_one(page, change)
            if reason is None:
                PulledChange.delete().where(PulledChange.id == row_id).execute()
                progress = True
            else:
                PulledChange.update(reason=reason).where(PulledChange.id == row_id).execute()


def _stand_ins(marks: Mapping[str, tuple[int, str, str]]) -> None:
    """A mark changed by this page whose history, sorted (`history_order`), does not end in
    its value now gets a stand-in row for the change: the change came from an app before
    synced history (which sends none), or its history row has not come yet (it replaces
    the stand-in when it comes). Never sent."""
    for key, (hlc, session_id, participant_id) in marks.items():
        now = Attendance.select(Attendance.status, Attendance.minutes, Attendance.marked_at,
                                Attendance.marked_by, Attendance.device_id).where(
            Attendance.id == key).tuples().first()
        last = AttendanceHistory.select(AttendanceHistory.new_status,
                                        AttendanceHistory.new_minutes).where(
            AttendanceHistory.attendance_id == key).order_by(*history_order(
                descending=True)).tuples().first()
        before = tuple(last) if last else (None, None)
        after = (now[0], now[1]) if now else (None, None)
        if before == after:
            continue
        AttendanceHistory.insert(
            uid=new_id(), hlc=hlc, stand_in=True, attendance_id=key, session_id=session_id,
            participant_id=participant_id, previous_status=before[0], new_status=after[0],
            previous_minutes=before[1], new_minutes=after[1],
            changed_at=now[2] if now else datetime.now(UTC),
            changed_by=now[3] if now else "", device_id=now[4] if now else "",
            reason="sync" if now else "sync: cleared",
        ).execute()


def parked_changes(limit: int = 500) -> list[ParkedChange]:
    """What waits on this laptop, oldest first."""
    return [ParkedChange(str(e), str(k), str(r), when) for e, k, r, when in PulledChange.select(
        PulledChange.entity, PulledChange.entity_id, PulledChange.reason,
        PulledChange.received_at).order_by(PulledChange.id).limit(limit).tuples()]


def _receive_clock(changes: Sequence[Mapping[str, Any]]) -> None:
    """Move this device's HLC past what it just saw (ignoring clocks far in the future)."""
    now_ms = outbox.now_ms()  # corrected by the server's time, as stamping is
    limit = now_ms + wire.MAX_CLOCK_AHEAD_MS
    seen = [int(c.get("hlc", 0)) for c in changes if physical_ms(int(c.get("hlc", 0))) <= limit]
    if not seen:
        return
    device = Device.select().limit(1).get()
    updated = receive_hlc(int(device.last_hlc), max(seen), now_ms)
    if updated > device.last_hlc:
        Device.update(last_hlc=updated).where(Device.id == device.id).execute()


# ---------------------------------------------------------------------------- unassigned

WITHDRAWN_KEY = "sync.withdrawn"  # programmes this laptop removed when unassigned (JSON)
# Our changes refused only because their programme was unassigned, held to be sent again
# when it is assigned again: JSON {programme id: [outbox seq, ...]}.
HELD_KEY = "sync.held_for_assignment"


@dataclass
class Withdrawal:
    """What `withdraw` did: the programmes removed (their names), the reasons given to our
    changes for them that the server refused or will refuse ({outbox seq: reason}), and
    whether the laptop must download everything again (`reload`)."""

    names: list[str]
    refused: dict[int, str]
    reload: bool
    unsent: list[tuple[int, str, str]] = field(default_factory=list)  # were pending: seq,
    # entity, entity_id
    held: dict[str, int] = field(default_factory=dict)  # programme name: changes held
    requeued: int = 0  # held changes queued again (their programme is assigned again)


def no_longer_assigned(name: str) -> str:
    """The refusal of a change to a programme no longer assigned: English, as the outbox keeps
    it (older rows are matched by these words), with its code for the receipt and the sync
    log (sync/reasons.py)."""
    return wire.Reason(f"You are no longer assigned to {name}.", "no_longer_assigned", name)


def withdraw(assigned: Iterable[str]) -> Withdrawal:
    """Remove from this laptop the programmes its facilitator is no longer assigned to.

    `assigned` is what the server's last download page lists. A programme here that is not
    in it, and that the server has had (pulled, or a change to it acknowledged: one made
    here and not sent yet, or refused, is ours alone and kept), was unassigned by the admin:
    our changes to it still to send, or refused for it, are refused with "You are no longer
    assigned to <name>." (the outbox keeps them), and its records leave this laptop, with
    people in no other programme here. Removing it is what an unassignment is for (someone
    else takes the programme; its people's details should not stay on a laptop that may no
    longer see them), and read-only copies would go stale unseen. Then the laptop downloads
    everything again (`reload`): people it may still see (its own) come back. A programme
    removed this way and later assigned again also reloads: its records written by this
    laptop alone are not in the feed's ordinary download (the feed skips our own).

    The refused changes are held, not dropped: when the programme is assigned again they are
    queued again (`outbox.supersede`: under new numbers, with their own clock stamps, so the
    server's rules for them are those of any change) and go with the next push."""
    wanted = set(assigned)
    known = json.loads(get_setting(WITHDRAWN_KEY) or "[]")
    back = [p for p in known if p in wanted]
    out = Withdrawal([], {}, bool(back))
    with database.atomic():
        held: dict[str, list[int]] = json.loads(get_setting(HELD_KEY) or "{}")
        for programme_id in back:
            for seq in held.pop(programme_id, []):
                if Outbox.select().where((Outbox.seq == seq)
                                         & (Outbox.state == "rejected")).exists():
                    outbox.supersede(seq, restamp=False, result="rejected",
                                     reason="Held while the programme was unassigned")
                    out.requeued += 1
        for programme_id, name in Programme.select(Programme.id, Programme.name).tuples():
            if programme_id in wanted or not _server_had(str(programme_id)):
                continue
            out.names.append(str(name))
            refused, unsent = _remove_programme(str(programme_id), str(name))
            out.refused.update(refused)
            out.unsent += unsent
            held[str(programme_id)] = sorted({*held.get(str(programme_id), []), *refused})
            out.held[str(name)] = Outbox.select().where(
                Outbox.seq.in_(list(refused)) & Outbox.entity.not_in(HISTORY)).count()
            known.append(str(programme_id))
            out.reload = True
        set_setting(HELD_KEY, json.dumps(held) if held else None)
        left = sorted({p for p in known if p not in wanted})
        if left != sorted(json.loads(get_setting(WITHDRAWN_KEY) or "[]")):
            set_setting(WITHDRAWN_KEY, json.dumps(left) if left else None)
    return out


def _server_had(programme_id: str) -> bool:
    states = {str(s) for (s,) in Outbox.select(Outbox.state).where(
        (Outbox.entity == "programme") & (Outbox.entity_id == programme_id)).tuples()}
    return not states or "acked" in states


def _remove_programme(programme_id: str, name: str) -> tuple[
    dict[int, str], list[tuple[int, str, str]]
]:
    """Refuse our changes to one programme and delete its records here (not queued)."""
    sessions = [str(s) for (s,) in Session.select(Session.id)
                .where(Session.programme == programme_id).tuples()]
    ids: set[str] = {programme_id, *sessions}
    people: set[str] = set()
    for start in range(0, max(len(sessions), 1), 500):
        chunk = sessions[start:start + 500]
        for model in (Attendance, OutcomeTick):
            for row_id, person in model.select(model.id, model.participant).where(
                    model.session.in_(chunk)).tuples():
                ids.add(str(row_id))
                people.add(str(person))
        ids.update(str(r) for (r,) in SessionReport.select(SessionReport.id)
                   .where(SessionReport.session.in_(chunk)).tuples())
        for history in (AttendanceHistory, OutcomeTickHistory):
            for uid, person in history.select(history.uid, history.participant_id).where(
                    history.session_id.in_(chunk)).tuples():
                ids.add(str(uid))
                if person:
                    people.add(str(person))
        ids.update(f"{s}:{o}" for s, o in SessionOutcomeDrop.select(
            SessionOutcomeDrop.session, SessionOutcomeDrop.outcome)
            .where(SessionOutcomeDrop.session.in_(chunk)).tuples())
    ids.update(str(r) for (r,) in Outcome.select(Outcome.id)
               .where(Outcome.programme == programme_id).tuples())
    ids.update(str(r) for (r,) in PeriodReport.select(PeriodReport.id)
               .where(PeriodReport.programme == programme_id).tuples())
    ids.update(f"{w}:{programme_id}" for (w,) in PathwayProgramme.select(
        PathwayProgramme.pathway).where(PathwayProgramme.programme == programme_id).tuples())
    for row_id, person in Enrolment.select(Enrolment.id, Enrolment.participant).where(
            Enrolment.programme == programme_id).tuples():
        ids.add(str(row_id))
        people.add(str(person))
    reason = no_longer_assigned(name)
    refused: dict[int, str] = {}
    listed = sorted(ids)
    unsent: list[tuple[int, str, str]] = []
    for start in range(0, len(listed), 500):
        chunk = listed[start:start + 500]
        unsent += [(int(q), str(e), str(i)) for q, e, i in Outbox.select(
            Outbox.seq, Outbox.entity, Outbox.entity_id).where(
            Outbox.entity_id.in_(chunk) & (Outbox.state == "pending")).tuples()]
        for (seq,) in Outbox.select(Outbox.seq).where(
                Outbox.entity_id.in_(chunk) & ((Outbox.state == "pending") | (
                    (Outbox.state == "rejected") & Outbox.reason.contains("not assigned"))))\
                .tuples():
            refused[int(seq)] = reason
        PulledChange.delete().where(PulledChange.entity_id.in_(chunk)).execute()
    seqs = sorted(refused)
    for start in range(0, len(seqs), 500):
        Outbox.update(state="rejected", result="rejected", reason=reason).where(
            Outbox.seq.in_(seqs[start:start + 500])).execute()
    for start in range(0, max(len(sessions), 1), 500):
        chunk = sessions[start:start + 500]
        for model in (SessionOutcomeDrop, OutcomeTick, Attendance, SessionReport):
            model.delete().where(model.session.in_(chunk)).execute()
        for history in (AttendanceHistory, OutcomeTickHistory):
            history.delete().where(history.session_id.in_(chunk)).execute()
    for model in (Outcome, Enrolment, PeriodReport, PathwayProgramme, Session):
        model.delete().where(model.programme == programme_id).execute()
    Programme.delete().where(Programme.id == programme_id).execute()
    gone = _unused_people(people)
    for start in range(0, len(gone), 500):
        Participant.delete().where(Participant.id.in_(gone[start:start + 500])).execute()
    return refused, unsent


def _unused_people(people: Iterable[str]) -> list[str]:
    """Of `people`, those in no programme here (no booking, mark or tick) and with no change
    of theirs still to send."""
    return [p for p in sorted(people) if not any(
        model.select().where(model.participant == p).exists()
        for model in (Enrolment, Attendance, OutcomeTick)) and not Outbox.select().where(
        (Outbox.entity_id == p) & (Outbox.state == "pending")).exists()]
