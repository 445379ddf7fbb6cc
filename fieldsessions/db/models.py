"""peewee models of the local store. IDs are client-made UUID text; times are stored in UTC.

Every table that syncs has a text UUID primary key made on the laptop, so records created
offline on many laptops never collide. Attendance and outcome-tick ids are derived (uuid5) from
what they are about, so two devices marking the same person in the same session write the same
row id.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from peewee import (
    JOIN,
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)

database = DatabaseProxy()

# A fixed namespace so derived ids are the same on every device and on the server.
ID_NAMESPACE = uuid.UUID("6f1c1f3e-2b1e-4c8e-9a57-0d7f6a3b9c11")


def new_id() -> str:
    return str(uuid.uuid4())


def attendance_id(session_id: str, participant_id: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"attendance:{session_id}:{participant_id}"))


def tick_id(session_id: str, participant_id: str, outcome_id: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"tick:{session_id}:{participant_id}:{outcome_id}"))


def enrolment_id(programme_id: str, participant_id: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"enrolment:{programme_id}:{participant_id}"))


def report_id(session_id: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"report:{session_id}"))


def utcnow() -> datetime:
    return datetime.now(UTC)


class _UtcDateTimeField(DateTimeField):
    """Stores naive UTC text ('YYYY-MM-DD HH:MM:SS.ffffff'); gives back aware UTC datetimes."""

    def db_value(self, value: Any) -> Any:
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                value = value.astimezone(UTC).replace(tzinfo=None)
            return value.isoformat(sep=" ", timespec="microseconds")
        return super().db_value(value)

    def python_value(self, value: Any) -> Any:
        if isinstance(value, str):
            try:  # the stored form; fromisoformat is much faster than peewee's format list
                result = datetime.fromisoformat(value)
            except ValueError:
                result = super().python_value(value)
        else:
            result = super().python_value(value)
        if isinstance(result, datetime) and result.tzinfo is None:
            return result.replace(tzinfo=UTC)
        return result


class _JSONField(TextField):
    """A small JSON document (lists of topics, excluded dates, ...)."""

    def db_value(self, value: Any) -> Any:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value: Any) -> Any:
        if value is None or value == "":
            return None
        return json.loads(value)


# Typed as Any so model attributes accept the Python values they hold (datetime, list, ...).
UtcDateTimeField: Any = _UtcDateTimeField
JSONField: Any = _JSONField


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Device(BaseModel):
    """This laptop's identity (one row): its id, next outbox seq and last HLC."""

    id = CharField(primary_key=True, default=new_id)
    name = TextField(default="")
    facilitator = TextField(default="")
    next_seq = IntegerField(default=1)
    last_hlc = IntegerField(default=0)
    created_at = UtcDateTimeField(default=utcnow)


class Setting(BaseModel):
    """Small key/value facts of this store (sync cursor, server epoch, last sync, ...)."""

    key = CharField(primary_key=True)
    value = TextField()


class Programme(BaseModel):
    id = CharField(primary_key=True, default=new_id)
    name = TextField()
    description = TextField(default="")
    frequency = CharField()
    weekdays = CharField(default="")  # "1,3" (Mon=0)
    monthly_mode = CharField(default="by_date")
    week_of_month = IntegerField(null=True)
    rrule = TextField(null=True)
    start_date = DateField()
    end_date = DateField(null=True)
    session_count = IntegerField(null=True)
    excluded_dates = JSONField(default=list)  # ["2026-12-25", ...]
    start_time = CharField(default="09:00")
    duration_min = IntegerField(default=60)
    timezone = CharField(default="UTC")
    location = TextField(default="")
    online_url = TextField(default="")
    capacity = IntegerField(null=True)
    required_attendance = IntegerField(default=80)
    excused_policy = CharField(default="excluded")
    consecutive_absence_limit = IntegerField(default=3)
    topics = JSONField(default=list)
    topic_tracking = BooleanField(default=False)
    hours_budget = FloatField(null=True)  # default budget per participant, in hours
    expiry_months = IntegerField(null=True)
    reporting_frequency = CharField(default="every_session")
    completion_min_attendance = IntegerField(null=True)  # None: the required attendance
    completion_all_outcomes = BooleanField(default=False)
    completion_required_sessions = JSONField(default=list)
    facilitator = TextField(default="")
    archived = BooleanField(default=False)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class Session(BaseModel):
    id = CharField(primary_key=True, default=new_id)
    programme = ForeignKeyField(Programme, backref="sessions", on_delete="RESTRICT")
    local_date = DateField(index=True)
    starts_at = UtcDateTimeField(index=True)
    duration_min = IntegerField()
    title = TextField(default="")
    topic = TextField(default="")
    location = TextField(default="")
    online_url = TextField(default="")
    facilitator = TextField(default="")
    status = CharField(default="scheduled")
    cancel_reason = TextField(null=True)
    didnt_happen_reason = TextField(null=True)
    notes = TextField(default="")
    from_rule = BooleanField(default=True)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("programme", "starts_at"), False),)


class Participant(BaseModel):
    id = CharField(primary_key=True, default=new_id)
    name = TextField()
    external_id = CharField(null=True, index=True)
    phone = TextField(default="")
    email = TextField(default="")
    gender = TextField(default="")
    birth_date = DateField(null=True)
    group_name = TextField(default="")
    is_walk_in = BooleanField(default=False)
    notes = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("name", "birth_date"), False),)


class Enrolment(BaseModel):
    id = CharField(primary_key=True, default=new_id)
    programme = ForeignKeyField(Programme, backref="enrolments", on_delete="CASCADE")
    participant = ForeignKeyField(Participant, backref="enrolments", on_delete="CASCADE")
    status = CharField(default="booked")
    is_walk_in = BooleanField(default=False)
    requested_at = UtcDateTimeField(default=utcnow)  # waitlist order
    hours_budget = FloatField(null=True)  # overrides the programme's default budget
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("programme", "participant"), True), (("programme", "status"), False))


class Attendance(BaseModel):
    id = CharField(primary_key=True)  # attendance_id(session, participant)
    session = ForeignKeyField(Session, backref="attendance", on_delete="RESTRICT")
    participant = ForeignKeyField(Participant, backref="attendance", on_delete="RESTRICT")
    status = CharField()
    minutes = IntegerField(null=True)  # partial duration; None = the whole session
    marked_at = UtcDateTimeField()
    marked_by = TextField(default="")
    device_id = CharField(default="")
    note = TextField(default="")

    class Meta:
        # (session, marked_at): a session's first mark and its marks counted from the index
        # alone, which every roll count reads (the session list, compliance, reports owed).
        indexes = ((("session", "participant"), True), (("participant",), False),
                   (("session", "marked_at"), False))


class AttendanceHistory(BaseModel):
    """Append-only: one row per change of a mark, synced to every laptop that sees the mark.

    A row made here gets a `uid` (`history_id`: derived from the mark and the time, so the
    wire leaves it out) and the HLC of its own outbox row, queued after the marks of the
    same change in the same transaction (so above the mark's HLC, by less than one
    millisecond's counter; ordering by `(hlc, device_id)` orders changes as the server's
    last-writer rule does: a mark's history, sorted so, ends in its current value). A
    pulled row is inserted once by `uid`, never updated. `stand_in` rows (random uid) are
    local only and never sent: one stands for a pulled change whose own history row never
    comes (made by an app before synced history) or has not come yet; the real row
    replaces it when it arrives.
    """

    id = AutoField()
    uid = CharField(unique=True, default=new_id)
    hlc = IntegerField(default=0)
    stand_in = BooleanField(default=False)
    attendance_id = CharField(index=True)
    session_id = CharField()
    participant_id = CharField()
    previous_status = CharField(null=True)  # None: was pending
    new_status = CharField(null=True)
    previous_minutes = IntegerField(null=True)
    new_minutes = IntegerField(null=True)
    changed_at = UtcDateTimeField()
    changed_by = TextField(default="")
    device_id = CharField(default="")
    reason = TextField(default="")


def _instant(moment: datetime) -> str:
    """ISO-8601 UTC with 'Z' (naive is UTC), as the outbox writes instants."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _lean(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value is not None and value != ""}


def history_change(session_id: str, participant_id: str, previous_status: str | None,
                   new_status: str | None, previous_minutes: int | None,
                   new_minutes: int | None, changed_at: datetime, changed_by: str,
                   device_id: str, reason: str) -> dict[str, Any]:
    """The outbox payload of one history row (wire entity "attendance_history"), empty
    values left out."""
    return _lean({
        "session_id": session_id, "participant_id": participant_id,
        "previous_status": previous_status, "new_status": new_status,
        "previous_minutes": previous_minutes, "new_minutes": new_minutes,
        "changed_at": _instant(changed_at), "changed_by": changed_by,
        "device_id": device_id, "reason": reason,
    })


def history_id(change: dict[str, Any]) -> str:
    """A history row's id, derived from its mark and its time (so it is not sent: the
    server derives it too, sync.wire): two changes of one mark never share a time
    (services.common.history_times)."""
    return str(uuid.uuid5(ID_NAMESPACE, f"history:{change['session_id']}:"
                                        f"{change['participant_id']}:{change['changed_at']}"))


def tick_history_change(session_id: str, participant_id: str, outcome_id: str,
                        previous_achieved: bool | None, new_achieved: bool,
                        changed_at: datetime, changed_by: str, device_id: str) -> dict[str, Any]:
    """The outbox payload of one tick history row (wire entity "outcome_tick_history")."""
    return _lean({
        "session_id": session_id, "participant_id": participant_id, "outcome_id": outcome_id,
        "previous_achieved": previous_achieved, "new_achieved": new_achieved,
        "changed_at": _instant(changed_at), "changed_by": changed_by, "device_id": device_id,
    })


def tick_history_id(change: dict[str, Any]) -> str:
    """A tick history row's id, derived like `history_id` (the session is left out: the
    server's key for a record holds at most three ids' length)."""
    return str(uuid.uuid5(ID_NAMESPACE, f"tick_history:{change['participant_id']}:"
                                        f"{change['outcome_id']}:{change['changed_at']}"))


def history_order(*, descending: bool = False) -> list[Any]:
    """The order of a mark's history: by the HLC of each change, then by device (as the
    server's last-writer rule orders changes, so it ends in the mark's value), then as
    written on this laptop."""
    columns = [AttendanceHistory.hlc, AttendanceHistory.device_id, AttendanceHistory.id]
    return [c.desc() for c in columns] if descending else columns


class Outcome(BaseModel):
    """An outcome of a programme (session is None) or one added to a single session."""

    id = CharField(primary_key=True, default=new_id)
    programme = ForeignKeyField(Programme, backref="outcomes", on_delete="CASCADE")
    session = ForeignKeyField(Session, null=True, backref="own_outcomes", on_delete="CASCADE")
    position = IntegerField(default=0)
    title = TextField()
    description = TextField(default="")
    archived = BooleanField(default=False)
    created_at = UtcDateTimeField(default=utcnow)


class SessionOutcomeDrop(BaseModel):
    """A programme outcome that one session leaves out of its tick-off list."""

    id = AutoField()
    session = ForeignKeyField(Session, on_delete="CASCADE")
    outcome = ForeignKeyField(Outcome, on_delete="CASCADE")

    class Meta:
        indexes = ((("session", "outcome"), True),)


class OutcomeTick(BaseModel):
    id = CharField(primary_key=True)  # tick_id(session, participant, outcome)
    session = ForeignKeyField(Session, on_delete="RESTRICT")
    participant = ForeignKeyField(Participant, on_delete="RESTRICT")
    outcome = ForeignKeyField(Outcome, on_delete="RESTRICT")
    achieved = BooleanField(default=True)
    ticked_at = UtcDateTimeField()
    ticked_by = TextField(default="")
    device_id = CharField(default="")

    class Meta:
        indexes = ((("session", "participant", "outcome"), True), (("participant",), False))


class OutcomeTickHistory(BaseModel):
    """Append-only: one row per change of an outcome tick, synced like AttendanceHistory
    (`tick_history_id`, the HLC of its own outbox row, queued after the ticks). There are no
    stand-ins: a tick from an app before synced history simply has no entry here."""

    id = AutoField()
    uid = CharField(unique=True, default=new_id)
    hlc = IntegerField(default=0)
    session_id = CharField(null=True)  # None: a row from before version 4 whose tick is gone
    participant_id = CharField(null=True)
    outcome_id = CharField(null=True)
    tick_id = CharField(index=True)
    previous_achieved = BooleanField(null=True)
    new_achieved = BooleanField()
    changed_at = UtcDateTimeField()
    changed_by = TextField(default="")
    device_id = CharField(default="")


class SessionReport(BaseModel):
    id = CharField(primary_key=True)  # report_id(session)
    session = ForeignKeyField(Session, unique=True, on_delete="CASCADE")
    held = BooleanField(default=True)
    didnt_happen_reason = TextField(default="")
    topics_covered = JSONField(default=list)
    notes = TextField(default="")
    facilitator = TextField(default="")
    updated_at = UtcDateTimeField(default=utcnow)
    updated_by = TextField(default="")


class Completion(BaseModel):
    id = CharField(primary_key=True, default=new_id)
    programme = ForeignKeyField(Programme, on_delete="CASCADE")
    participant = ForeignKeyField(Participant, on_delete="CASCADE")
    completed_on = DateField()
    created_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("programme", "participant"), True),)


class Pathway(BaseModel):
    id = CharField(primary_key=True, default=new_id)
    name = TextField()
    created_at = UtcDateTimeField(default=utcnow)


class PathwayProgramme(BaseModel):
    """A programme in a pathway; programmes sharing a non-empty `any_group` are alternatives."""

    id = AutoField()
    pathway = ForeignKeyField(Pathway, backref="members", on_delete="CASCADE")
    programme = ForeignKeyField(Programme, on_delete="CASCADE")
    any_group = TextField(default="")

    class Meta:
        indexes = ((("pathway", "programme"), True),)


class PeriodReport(BaseModel):
    """A weekly, monthly or final programme report (period keys from core.reporting)."""

    id = CharField(primary_key=True, default=new_id)
    programme = ForeignKeyField(Programme, on_delete="CASCADE")
    period_key = CharField()
    notes = TextField(default="")
    submitted_at = UtcDateTimeField(default=utcnow)
    submitted_by = TextField(default="")

    class Meta:
        indexes = ((("programme", "period_key"), True),)


class Outbox(BaseModel):
    """Queued changes for the server (SYNC.md). Payloads never change; acked rows are kept."""

    seq = IntegerField(primary_key=True)
    device_id = CharField()
    entity = CharField()
    entity_id = CharField()
    op = CharField()  # "upsert" | "delete"
    fields = TextField()  # JSON object, written once
    hlc = IntegerField()
    created_at = UtcDateTimeField()
    state = CharField(default="pending", index=True)
    batch_id = CharField(null=True)
    result = CharField(null=True)
    reason = TextField(null=True)
    acked_at = UtcDateTimeField(null=True)


class PulledChange(BaseModel):
    """A pulled change that could not be applied yet (SYNC.md, Pulling): its parent has not
    arrived, records on this laptop still depend on what it deletes, or a change of ours to
    the same record is still to be sent. It is applied as soon as it can be; a newer change
    to the same record replaces it. Never dropped.
    """

    id = AutoField()
    entity = CharField()
    entity_id = CharField()
    change = TextField()  # the change as the server sent it (JSON)
    hlc = IntegerField(default=0)
    reason = TextField()  # why it waits, in the user's words
    received_at = UtcDateTimeField(default=utcnow)

    class Meta:
        table_name = "pulled_backlog"
        indexes = ((("entity", "entity_id"), True),)


class SyncLog(BaseModel):
    id = AutoField()
    started_at = UtcDateTimeField()
    finished_at = UtcDateTimeField(null=True)
    server_url = TextField(default="")
    sent = IntegerField(default=0)
    accepted = IntegerField(default=0)
    duplicates = IntegerField(default=0)
    conflicts = IntegerField(default=0)
    rejected = IntegerField(default=0)
    pulled = IntegerField(default=0)
    parked = IntegerField(default=0)  # pulled changes still waiting when it finished
    error = TextField(null=True)
    details = JSONField(default=list)  # [{"seq":..., "result":..., "reason":...}]


ALL_MODELS: list[type[BaseModel]] = [
    Device,
    Setting,
    Programme,
    Session,
    Participant,
    Enrolment,
    Attendance,
    AttendanceHistory,
    Outcome,
    SessionOutcomeDrop,
    OutcomeTick,
    OutcomeTickHistory,
    SessionReport,
    Completion,
    Pathway,
    PathwayProgramme,
    PeriodReport,
    Outbox,
    PulledChange,
    SyncLog,
]

__all__ = [
    "ALL_MODELS",
    "JOIN",
    "Attendance",
    "AttendanceHistory",
    "Completion",
    "Device",
    "Enrolment",
    "Outbox",
    "Outcome",
    "OutcomeTick",
    "OutcomeTickHistory",
    "Participant",
    "Pathway",
    "PathwayProgramme",
    "PeriodReport",
    "Programme",
    "PulledChange",
    "Session",
    "SessionOutcomeDrop",
    "SessionReport",
    "Setting",
    "SyncLog",
    "attendance_id",
    "database",
    "enrolment_id",
    "fn",
    "history_change",
    "history_id",
    "history_order",
    "new_id",
    "report_id",
    "tick_history_change",
    "tick_history_id",
    "tick_id",
    "utcnow",
]
