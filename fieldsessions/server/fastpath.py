"""A fast check of a well-formed push body, before (and instead of) the pydantic models.

`push_body` accepts only what `schemas.PushRequest` accepts, with the same values: every rule
here is the schema's rule or a stricter one (text must be printable, a float field must hold
a float). Anything it is not sure about answers None, and the request then goes through the
pydantic models as before, so every error message and status stays theirs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import orjson

from fieldsessions.server.push import Mutation
from fieldsessions.sync import wire

_IDENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})")
_SEEN = re.compile(wire.CURSOR_PATTERN)
_TOP_KEYS = frozenset({"device_id", "batch_id", "seen", "mutations"})
_MUTATION_KEYS = frozenset({"seq", "hlc", "entity", "op", "id", "fields"})
_OPS = ("upsert", "delete")
_MAX_SEQ = 2**53
_MAX_HLC = 2**62


@dataclass(frozen=True)
class FastPush:
    device_id: str
    batch_id: str
    seen: str | None
    mutations: list[Mutation]


def _ident(value: Any) -> bool:
    return type(value) is str and len(value) <= wire.MAX_ID \
        and _IDENT.fullmatch(value) is not None


def _text(value: Any, limit: int) -> bool:
    # Printable text has no control characters and no unpaired surrogates (the schema's
    # rule); other text, such as a note with a line break, goes through the schema.
    return type(value) is str and len(value) <= limit and value.isprintable()


def _instant(value: Any) -> bool:
    if type(value) is not str or not 20 <= len(value) <= 40 \
            or _INSTANT.fullmatch(value) is None:
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _date(value: Any) -> bool:
    if type(value) is not str or len(value) != 10 or _DATE.fullmatch(value) is None:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


Check = Callable[[Any], bool]


def _checker(spec: wire.Field) -> Check:
    """A function telling whether the schema surely accepts a value for a field like `spec`
    (made once per field: the push's hot loop calls it per value)."""
    check: Check
    kind = spec.kind
    if spec.choices:
        choices = frozenset(spec.choices)

        def check(value: Any) -> bool:
            return type(value) is str and value in choices
    elif kind == wire.ID:
        check = _ident
    elif kind in (wire.SHORT, wire.TEXT):
        limit = wire.MAX_SHORT_TEXT if kind == wire.SHORT else wire.MAX_LONG_TEXT

        def check(value: Any) -> bool:
            return type(value) is str and len(value) <= limit and value.isprintable()
    elif kind == wire.INT:
        low = -_MAX_HLC if spec.minimum is None else spec.minimum
        high = _MAX_HLC if spec.maximum is None else spec.maximum

        def check(value: Any) -> bool:
            return type(value) is int and low <= value <= high
    elif kind == wire.BOOL:
        def check(value: Any) -> bool:
            return type(value) is bool
    elif kind == wire.INSTANT:
        check = _instant
    elif kind == wire.DATE:
        check = _date
    elif kind == wire.FLOAT:
        def check(value: Any) -> bool:
            return type(value) is float and math.isfinite(value) and 0 <= value <= 1_000_000
    elif kind == wire.LIST:
        def check(value: Any) -> bool:
            return type(value) is list and len(value) <= wire.MAX_LIST \
                and all(_text(item, wire.MAX_SHORT_TEXT) for item in value)
    else:  # pragma: no cover - every wire kind is listed above
        def check(value: Any) -> bool:
            return False
    if not spec.nullable:
        return check
    strict = check

    def nullable(value: Any) -> bool:
        return value is None or strict(value)
    return nullable


# Per entity: each field's checker, and the fields' order in the schema.
_CHECKS: dict[str, dict[str, Check]] = {
    name: {field_name: _checker(spec) for field_name, spec in entity.fields.items()}
    for name, entity in wire.ENTITIES.items()
}
# Field names in the order a mutation brought them -> whether that is the schema's order
# (so the fields can be kept as they are) and the names in the schema's order.
_ORDERS: dict[tuple[str, tuple[str, ...]], tuple[bool, tuple[str, ...]]] = {}


def _order(entity: str, names: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    known = _ORDERS.get((entity, names))
    if known is None:
        given = set(names)
        ordered = tuple(name for name in wire.ENTITIES[entity].fields if name in given)
        known = (ordered == names, ordered)
        if len(_ORDERS) < 10_000:  # a bound: the key is what a client chose to send
            _ORDERS[(entity, names)] = known
    return known


def push_body(doc: Any, *, keys: int | None = None) -> FastPush | None:
    """The push in `doc` (parsed JSON) when it is surely valid, else None.

    `keys`, when given, is how many keys the JSON text held (see `push_raw`): a different
    count than the objects in `doc` hold means a key appeared twice, and the answer is None."""
    if type(doc) is not dict or not _TOP_KEYS.issuperset(doc):
        return None
    held = len(doc)
    device_id, batch_id = doc.get("device_id"), doc.get("batch_id")
    seen, items = doc.get("seen"), doc.get("mutations")
    if not _ident(device_id) or not _ident(batch_id) or type(items) is not list \
            or len(items) > wire.MAX_MUTATIONS:
        return None
    if seen is not None and (type(seen) is not str or len(seen) > 100
                             or _SEEN.fullmatch(seen) is None):
        return None
    mutations: list[Mutation] = []
    seqs: set[int] = set()
    checks_of = _CHECKS
    # Per entity and field, the texts (and null) that already passed its check in this
    # body: a push repeats most of them (a session's id, its participants', one moment for a
    # whole roll), and a check depends on the value alone. (Not numbers: True == 1.)
    passed_of: dict[str, dict[str, set[str | None]]] = {}
    for item in items:
        if type(item) is not dict or not _MUTATION_KEYS.issuperset(item):
            return None
        seq, hlc, name = item.get("seq"), item.get("hlc"), item.get("entity")
        op, key, fields = item.get("op"), item.get("id"), item.get("fields")
        if type(seq) is not int or not 1 <= seq <= _MAX_SEQ or seq in seqs \
                or type(hlc) is not int or not 0 <= hlc <= _MAX_HLC \
                or type(name) is not str or op not in _OPS or type(op) is not str \
                or type(fields) is not dict or (key is not None and not _ident(key)):
            return None
        passed_in = passed_of.get(name)
        if passed_in is None:
            checks = checks_of.get(name)
            if checks is None:
                return None
            passed_in = passed_of[name] = {field_name: set() for field_name in checks}
        checks = checks_of[name]
        held += len(item) + len(fields)
        for field_name, value in fields.items():
            passed = passed_in.get(field_name)
            if passed is None:
                return None  # not a field of this entity
            if type(value) is str or value is None:
                if value in passed:
                    continue
                if not checks[field_name](value):
                    return None
                passed.add(value)
            elif not checks[field_name](value):
                return None
        seqs.add(seq)
        # In the schema's field order, as its model_dump gives them (the digest relies on
        # it: push.Mutation.digest).
        in_order, names = _order(name, tuple(fields))
        if not in_order:
            fields = {k: fields[k] for k in names}
        mutations.append(Mutation(seq, hlc, name, op, key, fields))
    if keys is not None and keys != held:
        return None
    return FastPush(str(device_id), str(batch_id), seen, mutations)


def _compact(raw: bytes) -> bool:
    """Whether a JSON text has no backslash and no whitespace right after a quote. Then every
    '"' opens or closes a string, and a key is always followed at once by ':' (a value never
    is). A tab or line break cannot be inside a JSON string, so any one of them is between
    tokens and is refused wherever it is (each test is one fast scan of the bytes)."""
    return b"\\" not in raw and b'" ' not in raw and b"\n" not in raw \
        and b"\t" not in raw and b"\r" not in raw




def push_raw(raw: bytes) -> FastPush | None:
    """`push_body` for a request body as sent (inflated), when it can be sure of it.

    The strict decoder (`wire.loads`) calls a function per JSON object to refuse a key given
    twice, which costs more than the rest of the parse. Here a compact body (`_compact`: no
    backslash, no whitespace after a quote) is parsed without it, by orjson, which refuses
    NaN, Infinity, a float beyond a double and deep nesting, and keeps the last of two equal
    keys: there every '":' ends exactly one key, so the text's keys are counted in C and
    `push_body` compares the count with the keys the parsed objects hold; a key given twice
    leaves one fewer. orjson reads an integer beyond 64 bits as a float, which no check
    takes where an integer is due (nor as a float field's value: it is out of range).
    Anything else (or any doubt) answers None, and the request goes the strict way."""
    if not _compact(raw):
        return None
    try:
        doc = orjson.loads(raw)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, NaN, a huge number...
        return None
    return push_body(doc, keys=raw.count(b'":'))
