"""The sync wire format shared by the client and the server: entities, limits, lean gzip JSON.

Pure Python on purpose (no pydantic, no requests): the server builds its strict schemas from
`ENTITIES`, and the client encodes outbox rows with `mutation_from_outbox`.

A push body is `{"device_id", "batch_id", "seen", "mutations": [{"seq", "hlc", "entity", "op",
"id"?, "fields"}]}`, gzip-compressed. Nothing the server can derive is sent: an id that is a
uuid5 of other fields (attendance, outcome tick, enrolment, session report, outcome drop,
history entries) is left out, and so is a `device_id` field equal to the pushing device.
Field names stay readable because gzip turns the repeated key skeleton of a batch into a few
bytes per mutation.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import uuid
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from fieldsessions.core import enums, values
from fieldsessions.core.errors import ValidationError

PROTOCOL_VERSION = 1

# Limits, announced by hello and enforced by the server.
MAX_MUTATIONS = 500  # per push
MAX_BODY_BYTES = 2 * 1024 * 1024  # a request body as sent (compressed or not)
MAX_INFLATED_BYTES = 16 * 1024 * 1024  # a gzip body once inflated (gzip bombs stop here)
MAX_PAGE = 1000  # changes per pull page
DEFAULT_PAGE = 500
MAX_SHORT_TEXT = 200  # names, codes, statuses
MAX_LONG_TEXT = 20_000  # notes, descriptions, reasons
MAX_LIST = 500  # items of a list field
MAX_ID = 64  # an id as sent
MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000  # a change stamped further ahead than this is refused
GZIP_LEVEL = 6

# Kinds of field. The server turns these into strict pydantic types; the client's apply step
# turns them into column values.
ID = "id"  # a reference to another record (uuid text)
SHORT = "short"  # short text
TEXT = "text"  # long text
INT = "int"
FLOAT = "float"
BOOL = "bool"
DATE = "date"  # YYYY-MM-DD
INSTANT = "instant"  # ISO-8601 with a zone, UTC 'Z' preferred
LIST = "list"  # list of short texts


@dataclass(frozen=True)
class Field:
    """One synced field: its kind, and for some a rule of core.values its value obeys
    (`value_problem`); every DATE and INSTANT obeys the year range of core.values."""

    kind: str
    nullable: bool = False
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    rule: Callable[[Any], object] | None = None


@dataclass(frozen=True)
class Entity:
    """What one kind of synced record looks like on the wire.

    Attributes:
        name: the wire name (also the outbox `entity`).
        fields: the synced columns, foreign keys as `<name>_id`.
        required: fields a record must have when the server first sees it.
        scope: how the server finds the programme the record belongs to: "self" (a
            programme), "programme" (a `programme_id` field), "session" (through the session
            named by `session_id`) or "" (owned by the facilitator who sent it first;
            participants are also seen by the facilitators of programmes they are in).
        derive: field names whose uuid5 gives the id, with the prefix of the derivation.
        parents: reference fields and the entity each one names.
        rank: order of application in a pulled page (parents before children).
    """

    name: str
    fields: Mapping[str, Field]
    required: tuple[str, ...]
    scope: str
    derive: tuple[str, tuple[str, ...]] | None
    parents: Mapping[str, str]
    rank: int


def _choices(enum: Any) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _dates(items: list[str]) -> None:
    for item in items:
        values.parse_day(item, "excluded date")


_COUNT = Field(INT, minimum=0, maximum=1_000_000)
_NCOUNT = Field(INT, nullable=True, minimum=0, maximum=1_000_000)
_PERCENT = Field(INT, minimum=0, maximum=100)
_NPERCENT = Field(INT, nullable=True, minimum=0, maximum=100)
_MINUTES = Field(INT, minimum=0, maximum=24 * 60)

ENTITIES: dict[str, Entity] = {
    e.name: e
    for e in (
        Entity(
            "programme",
            {
                "name": Field(SHORT), "description": Field(TEXT),
                "frequency": Field(SHORT, choices=_choices(enums.Frequency)),
                "weekdays": Field(SHORT, rule=values.parse_weekday_numbers),
                "monthly_mode": Field(SHORT, choices=_choices(enums.MonthlyMode)),
                "week_of_month": Field(INT, nullable=True, minimum=-5, maximum=5,
                                       rule=values.check_week_of_month),
                "rrule": Field(TEXT, nullable=True), "start_date": Field(DATE),
                "end_date": Field(DATE, nullable=True), "session_count": _NCOUNT,
                "excluded_dates": Field(LIST, rule=_dates),
                "start_time": Field(SHORT, rule=values.check_start_time),
                "duration_min": _MINUTES, "timezone": Field(SHORT, rule=values.check_timezone),
                "location": Field(TEXT),
                "online_url": Field(TEXT), "capacity": _NCOUNT,
                "required_attendance": _PERCENT,
                "excused_policy": Field(SHORT, choices=_choices(enums.ExcusedPolicy)),
                "consecutive_absence_limit": _COUNT, "topics": Field(LIST),
                "topic_tracking": Field(BOOL), "hours_budget": Field(FLOAT, nullable=True),
                "expiry_months": _NCOUNT,
                "reporting_frequency": Field(SHORT, choices=_choices(enums.ReportingFrequency)),
                "completion_min_attendance": _NPERCENT, "completion_all_outcomes": Field(BOOL),
                "completion_required_sessions": Field(LIST), "facilitator": Field(TEXT),
                "archived": Field(BOOL), "updated_at": Field(INSTANT),
            },
            ("name", "frequency", "start_date"), "self", None, {}, 0,
        ),
        Entity(
            "participant",
            {
                "name": Field(SHORT), "external_id": Field(SHORT, nullable=True),
                "phone": Field(SHORT), "email": Field(SHORT), "gender": Field(SHORT),
                "birth_date": Field(DATE, nullable=True), "group_name": Field(SHORT),
                "is_walk_in": Field(BOOL), "notes": Field(TEXT), "updated_at": Field(INSTANT),
            },
            ("name",), "", None, {}, 1,
        ),
        Entity(
            "session",
            {
                "programme_id": Field(ID), "local_date": Field(DATE),
                "starts_at": Field(INSTANT), "duration_min": _MINUTES, "title": Field(TEXT),
                "topic": Field(TEXT), "location": Field(TEXT), "online_url": Field(TEXT),
                "facilitator": Field(TEXT),
                "status": Field(SHORT, choices=_choices(enums.SessionStatus)),
                "cancel_reason": Field(TEXT, nullable=True),
                "didnt_happen_reason": Field(TEXT, nullable=True), "notes": Field(TEXT),
                "from_rule": Field(BOOL), "updated_at": Field(INSTANT),
            },
            ("programme_id", "local_date", "starts_at", "duration_min"), "programme", None,
            {"programme_id": "programme"}, 2,
        ),
        Entity(
            "outcome",
            {
                "programme_id": Field(ID), "session_id": Field(ID, nullable=True),
                "position": _COUNT, "title": Field(SHORT), "description": Field(TEXT),
                "archived": Field(BOOL),
            },
            ("programme_id", "title"), "programme", None,
            {"programme_id": "programme", "session_id": "session"}, 3,
        ),
        Entity(
            "enrolment",
            {
                "programme_id": Field(ID), "participant_id": Field(ID),
                "status": Field(SHORT, choices=_choices(enums.EnrolmentStatus)),
                "is_walk_in": Field(BOOL), "requested_at": Field(INSTANT),
                "hours_budget": Field(FLOAT, nullable=True), "updated_at": Field(INSTANT),
            },
            ("programme_id", "participant_id"), "programme",
            ("enrolment", ("programme_id", "participant_id")),
            {"programme_id": "programme", "participant_id": "participant"}, 4,
        ),
        Entity(
            "session_outcome_drop",
            {"session_id": Field(ID), "outcome_id": Field(ID)},
            ("session_id", "outcome_id"), "session", ("drop", ("session_id", "outcome_id")),
            {"session_id": "session", "outcome_id": "outcome"}, 5,
        ),
        Entity(
            "attendance",
            {
                "session_id": Field(ID), "participant_id": Field(ID),
                "status": Field(SHORT, choices=_choices(enums.AttendanceStatus)),
                "minutes": Field(INT, nullable=True, minimum=0, maximum=24 * 60),
                "marked_at": Field(INSTANT), "marked_by": Field(SHORT),
                "device_id": Field(SHORT), "note": Field(TEXT),
            },
            ("session_id", "participant_id", "status", "marked_at"), "session",
            ("attendance", ("session_id", "participant_id")),
            {"session_id": "session", "participant_id": "participant"}, 6,
        ),
        Entity(
            "outcome_tick",
            {
                "session_id": Field(ID), "participant_id": Field(ID), "outcome_id": Field(ID),
                "achieved": Field(BOOL), "ticked_at": Field(INSTANT),
                "ticked_by": Field(SHORT), "device_id": Field(SHORT),
            },
            ("session_id", "participant_id", "outcome_id", "ticked_at"), "session",
            ("tick", ("session_id", "participant_id", "outcome_id")),
            {"session_id": "session", "participant_id": "participant", "outcome_id": "outcome"},
            7,
        ),
        Entity(
            "session_report",
            {
                "session_id": Field(ID), "held": Field(BOOL),
                "didnt_happen_reason": Field(TEXT), "topics_covered": Field(LIST),
                "notes": Field(TEXT), "facilitator": Field(TEXT),
                "updated_at": Field(INSTANT), "updated_by": Field(SHORT),
            },
            ("session_id",), "session", ("report", ("session_id",)),
            {"session_id": "session"}, 8,
        ),
        Entity(
            "period_report",
            {
                "programme_id": Field(ID), "period_key": Field(SHORT), "notes": Field(TEXT),
                "submitted_at": Field(INSTANT), "submitted_by": Field(SHORT),
            },
            ("programme_id", "period_key"), "programme", None,
            {"programme_id": "programme"}, 9,
        ),
        Entity("pathway", {"name": Field(SHORT)}, ("name",), "", None, {}, 10),
        Entity(
            "pathway_programme",
            {"pathway_id": Field(ID), "programme_id": Field(ID), "any_group": Field(SHORT)},
            ("pathway_id", "programme_id"), "", ("pathway_programme",
                                                  ("pathway_id", "programme_id")),
            {"pathway_id": "pathway", "programme_id": "programme"}, 11,
        ),
        # One change of a mark (attendance): append-only, never updated, so never in
        # conflict. Its id is derived from the mark and the time of the change (the laptop
        # never gives one mark two changes at one time), so it is not sent; its hlc is the
        # one it was pushed with, queued after the mark changes it records; empty values
        # are left out. About 21 bytes an entry on the wire, as much as its mark (a week's
        # work: 7.5 KB up without history, 14.4 KB with it; tests/bench/bench_sync.py).
        Entity(
            "attendance_history",
            {
                "session_id": Field(ID), "participant_id": Field(ID),
                "previous_status": Field(SHORT, nullable=True,
                                         choices=_choices(enums.AttendanceStatus)),
                "new_status": Field(SHORT, nullable=True,
                                    choices=_choices(enums.AttendanceStatus)),
                "previous_minutes": Field(INT, nullable=True, minimum=0, maximum=24 * 60),
                "new_minutes": Field(INT, nullable=True, minimum=0, maximum=24 * 60),
                "changed_at": Field(INSTANT), "changed_by": Field(SHORT),
                "device_id": Field(SHORT), "reason": Field(TEXT),
            },
            ("session_id", "participant_id", "changed_at"), "session",
            ("history", ("session_id", "participant_id", "changed_at")),
            {"session_id": "session", "participant_id": "participant"}, 12,
        ),
        # One change of an outcome tick, the same way (its id leaves the session out: the
        # server's record key holds at most three ids' length).
        Entity(
            "outcome_tick_history",
            {
                "session_id": Field(ID), "participant_id": Field(ID), "outcome_id": Field(ID),
                "previous_achieved": Field(BOOL, nullable=True), "new_achieved": Field(BOOL),
                "changed_at": Field(INSTANT), "changed_by": Field(SHORT),
                "device_id": Field(SHORT),
            },
            ("session_id", "participant_id", "outcome_id", "new_achieved", "changed_at"),
            "session", ("tick_history", ("participant_id", "outcome_id", "changed_at")),
            {"session_id": "session", "participant_id": "participant", "outcome_id": "outcome"},
            13,
        ),
    )
}


def _field_problem(spec: Field, value: Any) -> None:
    if value is None:
        return
    if spec.kind == DATE:
        values.parse_day(value)
    elif spec.kind == INSTANT:
        values.parse_moment(value)
    if spec.rule is not None:
        spec.rule(value)


def value_problem(entity: str, fields: Mapping[str, Any]) -> str | None:
    """Why a change's fields (already of the right kinds: the server's schemas) break a rule
    of core.values that every laptop relies on, in one sentence naming the field; or None."""
    known = ENTITIES[entity].fields
    for name, value in fields.items():
        spec = known.get(name)
        if spec is None:
            continue
        try:
            _field_problem(spec, value)
        except ValidationError as exc:
            return f"{name}: {exc}"
    if entity == "programme" and fields.get("frequency") == enums.Frequency.RRULE.value:
        try:
            values.check_rrule(str(fields.get("rrule") or ""))
        except ValidationError as exc:
            return f"rrule: {exc}"
    return None


# Entities whose local id is only a label ("<a>:<b>" over an integer key): their sync id is
# always derived from the two references, which a delete's label also names.
LOCAL_ID_ENTITIES = frozenset({"session_outcome_drop", "pathway_programme"})

# Entities that carry the writing device in a `device_id` field (filled in by the server).
DEVICE_FIELD_ENTITIES = frozenset({"attendance", "outcome_tick", "attendance_history",
                                   "outcome_tick_history"})

# Fields that say who wrote a record and when, not what it holds: the last writer wins them
# like any field, but two laptops differing there is no disagreement to review (the
# server's conflicts table leaves them out).
BOOKKEEPING = frozenset({"updated_at", "updated_by", "marked_at", "marked_by", "device_id",
                         "ticked_at", "ticked_by", "submitted_at", "submitted_by",
                         "requested_at"})

# Entities that only log what happened to others (a mark's or a tick's history): their
# references never keep a record from being deleted, nor bring a deleted one back
# (server/push.py, sync/apply.py).
LOG_ENTITIES = frozenset({"attendance_history", "outcome_tick_history"})

RESULTS = ("applied", "duplicate", "conflict", "rejected", "mismatch")
ACCEPTED = frozenset({"applied", "duplicate", "conflict"})
# A "rejected" answer may carry `retry`: the refusal is not final (server/push.py).
RETRY_PARENT = "parent"  # a record it refers to is not on the server yet: send it again later
RETRY_CLOCK = "clock"  # stamped too far ahead of the server's clock: re-stamp and send again
RETRY_SERVER = "server"  # the server could not store it just now: send it again later
RETRIES = frozenset({RETRY_PARENT, RETRY_CLOCK, RETRY_SERVER})

# Why the server refused or kept a change, or refused a request: a stable code beside the
# English sentence, with the values the sentence names, so a laptop says it in its user's
# language (sync/reasons.py holds the laptop's sentence for each code). On the wire: "code"
# and "args" beside "reason" in a push result (or a 403's "forbidden" item) and beside
# "detail" in an error body; a laptop that does not know a code, and an older server that
# sends none, leave the English sentence as it is.
REASON_CODES = frozenset({
    "unknown_session", "unknown_participant", "unknown_programme", "unknown_record",
    "unknown_entity", "no_id", "id_mismatch", "must_name", "moved_programme",
    "participant_elsewhere", "someone_elses", "not_assigned", "session_elsewhere",
    "record_elsewhere", "incomplete", "deleted_before_received", "later_edit_keeps",
    "kept_recorded", "kept_there", "concurrent_edit", "mismatch", "clock_ahead",
    "not_stored", "not_signed_in", "too_many_requests", "token_invalid", "token_revoked",
    "token_expired", "too_many_sign_ins", "wrong_password", "other_facilitator",
    "signed_in_twice", "other_device", "no_such_programme",
    "no_longer_assigned",  # the laptop's own refusal (sync/apply.py)
})


class Reason(str):
    """An English sentence for the server's log and older laptops, carrying the `code` (one
    of REASON_CODES) and the values (`values`: text, numbers, lists or maps of them) a
    laptop fills into its own sentence."""

    code: str | None
    values: tuple[Any, ...]

    def __new__(cls, english: str, code: str | None = None, *values: Any) -> Reason:
        if code is not None and code not in REASON_CODES:
            raise ValueError(f"unknown reason code {code!r}")
        made = super().__new__(cls, english)
        made.code, made.values = code, values
        return made


def reason_fields(reason: Any) -> dict[str, Any]:
    """The "code" and "args" that go beside a reason on the wire ({} for plain text)."""
    code = getattr(reason, "code", None)
    return {"code": code, "args": list(reason.values)} if code else {}


def reason_of(item: Any, key: str = "reason") -> Reason | None:
    """The reason in a result item or error body (its `key`: "reason" or "detail"), with its
    code and values when the server sent them; None when there is no sentence."""
    if not isinstance(item, Mapping) or not isinstance(item.get(key), str):
        return None
    code, args = item.get("code"), item.get("args")
    if isinstance(code, str) and code in REASON_CODES and isinstance(args, list):
        return Reason(item[key], code, *args)
    return Reason(item[key])


# The same namespace as fieldsessions.db.models.ID_NAMESPACE (a unit test keeps them equal).
ID_NAMESPACE = uuid.UUID("6f1c1f3e-2b1e-4c8e-9a57-0d7f6a3b9c11")


_NAMESPACE_BYTES = ID_NAMESPACE.bytes


def uuid5_text(name: str) -> str:
    """str(uuid.uuid5(ID_NAMESPACE, name)), without building UUID objects (a hot path)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def derive_id(entity: str, fields: Mapping[str, Any]) -> str | None:
    """The id the record must have when it is derived from its fields, else None."""
    spec = ENTITIES[entity].derive
    if spec is None:
        return None
    prefix, names = spec
    parts = [fields.get(name) for name in names]
    for part in parts:
        if not isinstance(part, str) or not part:
            return None
    return uuid5_text(prefix + ":" + ":".join(parts))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- JSON and gzip


class WireError(ValueError):
    """A body that is not valid sync JSON; the message says why in one sentence."""


class BodyTooLarge(WireError):
    """A body over the size limit (compressed or inflated)."""


def refuse_constant(name: str) -> Any:
    """parse_constant for json: NaN and Infinity are not JSON."""
    raise WireError(f"{name} is not a number JSON allows.")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise WireError(f"The key {key!r} appears twice in one object.")
            seen.add(key)
    return result


def finite_float(text: str) -> float:
    """parse_float for json: a number too large for a float is refused, not made infinite."""
    value = float(text)
    if math.isinf(value):
        raise WireError(f"The number {text[:40]} is too large.")
    return value


def loads(data: bytes | str) -> Any:
    """Strict JSON: no NaN or Infinity, no duplicate keys, UTF-8 only."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise WireError("The body is not UTF-8 text.") from None
    try:
        return json.loads(
            text, parse_constant=refuse_constant, object_pairs_hook=_no_duplicate_keys,
            parse_float=finite_float,
        )
    except RecursionError:
        raise WireError("The JSON is nested too deeply.") from None
    except json.JSONDecodeError as exc:
        raise WireError(f"The body is not valid JSON ({exc.msg} at character {exc.pos}).") \
            from None


def dumps(obj: Any) -> bytes:
    """Compact UTF-8 JSON (NaN refused)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def compress(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def inflate(data: bytes, limit: int = MAX_INFLATED_BYTES) -> bytes:
    """Gunzip at most `limit` bytes; a bigger (or broken) stream raises."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise WireError("The body says it is gzip but is not valid gzip.") from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise BodyTooLarge(f"The body inflates to more than {limit} bytes.")
    if not inflater.eof:
        raise WireError("The gzip body is cut short.")
    if inflater.unused_data:
        raise WireError("The gzip body has extra bytes after its end.")
    return out


BODY_HEADERS: Mapping[str, str] = {"Content-Type": "application/json",
                                   "Content-Encoding": "gzip"}


def encode_body(obj: Any) -> tuple[bytes, dict[str, str]]:
    """A request body and its headers: compact JSON, gzip-compressed."""
    return compress(dumps(obj)), dict(BODY_HEADERS)


# ---------------------------------------------------------------------------- mutations


# The C scanner json.loads runs, without its Python wrappers (an attribute typeshed omits).
_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _fields_of(text: str) -> Any:
    """An outbox row's fields (written by json.dumps): `json.loads(text)`, read in half the
    time for a batch of short texts; anything unusual goes through json.loads itself."""
    if not text:
        return {}
    try:
        fields, end = _SCAN(text, 0)
    except StopIteration:
        return json.loads(text)
    if end != len(text):
        return json.loads(text)
    return fields


def mutation_from_outbox(
    device_id: str, seq: int, entity: str, entity_id: str, op: str, fields_json: str, hlc: int,
) -> dict[str, Any]:
    """The lean wire form of one outbox row."""
    fields: dict[str, Any] = _fields_of(fields_json)
    if entity in DEVICE_FIELD_ENTITIES and fields.get("device_id") == device_id:
        del fields["device_id"]
    mutation: dict[str, Any] = {"seq": seq, "hlc": hlc, "entity": entity, "op": op}
    if entity in LOCAL_ID_ENTITIES:
        spec = ENTITIES[entity].derive
        names = spec[1] if spec else ()
        parts = entity_id.split(":")
        if len(parts) == len(names):
            for name, part in zip(names, parts, strict=True):
                fields.setdefault(name, part)
    elif entity not in ENTITIES or derive_id(entity, fields) != entity_id:
        mutation["id"] = entity_id
    known = ENTITIES.get(entity)
    if known is not None and len(fields) > 1 and known.fields.keys() >= fields.keys():
        # In the schema's order: the server then keeps the fields as they come.
        fields = {name: fields[name] for name in known.fields if name in fields}
    mutation["fields"] = fields
    return mutation


def compact_encoder(*, sort_keys: bool = False) -> Callable[[Any], str]:
    """A reusable compact JSON encoder (UTF-8 text kept as is), for data read from JSON.

    The same output as `json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
    sort_keys=...).encode`, without building an encoder per call (a hot path on the server).
    It does not check for circular references: what it encodes came from JSON.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython has the C encoder
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                                sort_keys=sort_keys).encode
    # (markers, default, encoder, indent, key_separator, item_separator, sort_keys,
    #  skipkeys, allow_nan), as json.JSONEncoder.iterencode passes them.
    chunks = make(None, None, json.encoder.encode_basestring, None, ":", ",", sort_keys,
                  False, True)

    def encode(obj: Any) -> str:
        if isinstance(obj, str):
            return json.encoder.encode_basestring(obj)
        return "".join(chunks(obj, 0))

    return encode


# ---------------------------------------------------------------------------- cursors


# A cursor as text (the server's push schema checks `seen` with it); _CURSOR reads its parts.
CURSOR_PATTERN = r"[0-9a-f]{1,64}\.[0-9]{1,18}(?:\.[0-9a-f]{32})?"
_CURSOR = re.compile(r"([0-9a-f]{1,64})\.([0-9]{1,18})(?:\.([0-9a-f]{32}))?")


class Cursor(NamedTuple):
    """A download position: the server's epoch, a feed version, and the nonce the server
    stored when it first gave out that version (server/feed.py; None in cursors from
    servers before it, which it refuses)."""

    epoch: str
    version: int
    nonce: str | None = None


def make_cursor(epoch: str, version: int, nonce: str | None = None) -> str:
    return f"{epoch}.{version}" + (f".{nonce}" if nonce else "")


def parse_cursor(cursor: str) -> Cursor | None:
    """The parts of a cursor, or None when it is not one."""
    match = _CURSOR.fullmatch(cursor)
    if match is None:
        return None
    return Cursor(match.group(1), int(match.group(2)), match.group(3))


def new_epoch() -> str:
    return uuid.uuid4().hex


def incompatibility(server_version: int) -> str | None:
    """Why this client cannot talk to a server speaking `server_version`, or None."""
    if server_version != PROTOCOL_VERSION:
        return (
            f"The server speaks sync protocol {server_version}; this app speaks "
            f"{PROTOCOL_VERSION}. Update the app or the server."
        )
    return None
