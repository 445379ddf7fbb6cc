"""The push fast check accepts only what the strict schemas accept, with the same values."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldsessions.server import fastpath
from fieldsessions.server.push import Mutation
from fieldsessions.server.schemas import PushRequest
from fieldsessions.sync import wire
from tests.integration.test_malformed import _cases

HLC = 1_700_000_000_000 << 16


def _schema_view(doc: Any) -> fastpath.FastPush | None:
    """What the endpoint makes of `doc` through the pydantic schemas (None: a 422)."""
    try:
        body = PushRequest.model_validate(doc)
    except pydantic.ValidationError:
        return None
    return fastpath.FastPush(body.device_id, body.batch_id, body.seen, [
        Mutation(m.seq, m.hlc, m.entity, m.op, m.id, m.fields.model_dump(exclude_unset=True))
        for m in body.mutations])


def _same(fast: fastpath.FastPush, schema: fastpath.FastPush) -> bool:
    def plain(push: fastpath.FastPush) -> str:
        return json.dumps([push.device_id, push.batch_id, push.seen,
                           [m.as_wire() for m in push.mutations]])  # key order counts
    return plain(fast) == plain(schema)


def _body() -> dict[str, Any]:
    programme, session, person = (str(uuid.uuid4()) for _ in range(3))
    return {"device_id": "laptop-1", "batch_id": uuid.uuid4().hex, "seen": "ab12.40",
            "mutations": [
                {"seq": 1, "hlc": HLC, "entity": "programme", "op": "upsert", "id": programme,
                 "fields": {"name": "Circle", "frequency": "weekly",
                            "start_date": "2026-01-05", "topics": ["Intro", "Café"],
                            "archived": False, "hours_budget": 12.5, "capacity": None,
                            "description": "Tuesdays ✓", "week_of_month": -1}},
                {"seq": 2, "hlc": HLC + 1, "entity": "session", "op": "upsert", "id": session,
                 "fields": {"programme_id": programme, "local_date": "2026-01-05",
                            "starts_at": "2026-01-05T09:00:00+01:00", "duration_min": 60}},
                {"seq": 3, "hlc": HLC + 2, "entity": "participant", "op": "upsert",
                 "id": person, "fields": {"name": "Ann"}},
                {"seq": 4, "hlc": HLC + 3, "entity": "attendance", "op": "upsert",
                 "fields": {"session_id": session, "participant_id": person,
                            "status": "late", "minutes": 10, "note": "",
                            "marked_at": "2026-01-05T09:05:00.123456Z"}},
                {"seq": 5, "hlc": HLC + 4, "entity": "attendance", "op": "delete",
                 "id": None, "fields": {"session_id": session, "participant_id": person}},
            ]}


def test_a_well_formed_push_is_taken_by_the_fast_check_with_the_schemas_values() -> None:
    doc = _body()
    fast, schema = fastpath.push_body(doc), _schema_view(doc)
    assert fast is not None and schema is not None
    assert _same(fast, schema)


def test_every_malformed_push_of_the_integration_suite_is_left_to_the_schemas() -> None:
    left = 0
    for name, raw, headers, _status in _cases("laptop-1", "laptop-2"):
        if headers.get("Content-Type") != "application/json" or "Content-Encoding" in headers:
            continue
        try:
            doc = wire.loads(raw)
        except wire.WireError:
            continue
        fast = fastpath.push_body(doc)
        schema = _schema_view(doc)
        if schema is None:
            assert fast is None, name
            left += 1
        elif fast is not None:
            assert _same(fast, schema), name
    assert left >= 35


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30)
    | st.sampled_from(["", "present", "2026-02-30", "2026-01-05", "2026-01-05T09:05:00Z",
                       "2026-01-05T09:05:00", "2026-01-05T25:05:00+02:00", "a" * 201,
                       "x' OR '1'='1", "Line\nbreak", "Tab\there", "\u2028", "\x7f"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=6,
)
_PLACES = st.sampled_from([
    ("top", "device_id"), ("top", "batch_id"), ("top", "seen"), ("top", "extra"),
    ("m", "seq"), ("m", "hlc"), ("m", "entity"), ("m", "op"), ("m", "id"), ("m", "fields"),
    ("m", "extra"),
    *[("f", name) for name in ("name", "frequency", "start_date", "topics", "archived",
                               "hours_budget", "capacity", "description", "week_of_month",
                               "session_count", "end_date", "updated_at", "rrule", "bogus")],
])


def _placed(place: tuple[str, str], value: Any) -> dict[str, Any]:
    """A well-formed body with `value` put at `place` (top level, first mutation, its
    fields)."""
    doc = _body()
    where, key = place
    target = doc if where == "top" else doc["mutations"][0]
    if where == "f":
        target = target["fields"]
    target[key] = value
    return doc


@settings(max_examples=400, deadline=None)
@given(place=_PLACES, value=_JSON)
def test_whatever_the_fast_check_accepts_the_schemas_accept_the_same(
    place: tuple[str, str], value: Any
) -> None:
    doc = _placed(place, value)
    fast = fastpath.push_body(doc)
    if fast is not None:
        schema = _schema_view(doc)
        assert schema is not None
        assert _same(fast, schema)


def test_a_change_hashes_the_same_either_way_and_every_difference_shows() -> None:
    """The digest a repeated seq is compared by: the same change (keys in any order, any
    seq) hashes alike through the fast check and the schemas; any other content does not."""
    body = _body()
    shuffled = json.loads(json.dumps(body))
    for item in shuffled["mutations"]:
        item["fields"] = dict(reversed(list(item["fields"].items())))
        item["seq"] += 100
    fast, schema = fastpath.push_body(body), _schema_view(shuffled)
    assert fast is not None and schema is not None
    digests = [m.digest() for m in fast.mutations]
    assert digests == [m.digest() for m in schema.mutations]
    assert len(set(digests)) == len(digests)
    mark = fast.mutations[3]
    other = str(uuid.uuid4())
    for change in ({"hlc": mark.hlc + 1}, {"op": "delete"}, {"id": other},
                   {"fields": {**mark.fields, "status": "present"}},
                   {"fields": {**mark.fields, "participant_id": other}},
                   {"fields": {**mark.fields, "note": None}},
                   {"fields": {k: v for k, v in mark.fields.items() if k != "minutes"}}):
        parts = {**mark.as_wire(), **change}
        changed = Mutation(parts["seq"], parts["hlc"], parts["entity"], parts["op"],
                           parts["id"], parts["fields"])
        assert changed.digest() != mark.digest(), change


def test_a_text_that_passed_for_one_field_is_still_checked_for_another() -> None:
    """The fast check remembers texts (and null) that passed, per entity and field: a value
    good as a note or as one entity's field is still refused where it is not good."""
    for field, bad, good in (("participant_id", "not an id", "note"), ("status", "Ann", "note"),
                             ("marked_at", "2026-01-05", "note"), ("status", None, "minutes")):
        doc = _body()
        mark = doc["mutations"][3]
        mark["fields"][good] = bad  # passes there (a note, a null number of minutes)
        again = json.loads(json.dumps(mark))
        again["seq"], again["fields"][field] = 6, bad
        if field == "participant_id":
            again["fields"]["note"] = ""
        doc["mutations"].append(again)
        assert _schema_view(doc) is None, field
        assert fastpath.push_body(doc) is None, field
        assert fastpath.push_raw(wire.dumps(doc)) is None, field
    # The same text repeated where it is good is taken each time.
    doc = _body()
    doc["mutations"].append({**doc["mutations"][3], "seq": 6, "hlc": HLC + 9})
    fast = fastpath.push_body(doc)
    assert fast is not None and _same(fast, _schema_view(doc))  # type: ignore[arg-type]


def test_a_compact_body_is_taken_from_its_bytes_with_the_same_values() -> None:
    raw = wire.dumps(_body())
    fast, strict = fastpath.push_raw(raw), fastpath.push_body(wire.loads(raw))
    assert fast is not None and strict is not None and _same(fast, strict)
    # Not sure of these: left to the strict parse (which takes the pretty ones).
    pretty = json.dumps(_body(), indent=1).encode()
    quoted = wire.dumps({**_body(), "batch_id": 'b"1'})
    assert fastpath.push_raw(pretty) is None and fastpath.push_body(wire.loads(pretty))
    assert fastpath.push_raw(quoted) is None
    for junk in (b"", b"[]", b"\xff", b'{"device_id":NaN}', b'{"a":1e999}', b"[" * 100_000):
        assert fastpath.push_raw(junk) is None
    # orjson reads an integer beyond 64 bits as a float: never taken as an integer or float.
    big = str(10**23).encode()
    for huge in (raw.replace(b'"seq":1,', b'"seq":' + big + b",", 1),
                 raw.replace(b'"hours_budget":12.5', b'"hours_budget":' + big, 1)):
        assert huge != raw and fastpath.push_raw(huge) is None
        assert _schema_view(wire.loads(huge)) is None
    # A key given twice, anywhere, even with whitespace hiding one: never taken.
    for where in ("top", "m", "f"):
        for twice in (_with_duplicate(raw, where),
                      _with_duplicate(raw, where).replace(b'":', b'" :', 1)):
            assert fastpath.push_raw(twice) is None
            with pytest.raises(wire.WireError, match="appears twice"):
                wire.loads(twice)


def _with_duplicate(raw: bytes, where: str) -> bytes:
    """The compact body with one key given twice, in the top object, the first mutation or
    its fields."""
    anchor, extra = {"top": (b"{", b'"device_id":"evil",'),
                     "m": (b'"mutations":[{', b'"seq":99,'),
                     "f": (b'"fields":{', b'"name":"evil",')}[where]
    at = raw.index(anchor) + len(anchor)
    return raw[:at] + extra + raw[at:]


@settings(max_examples=400, deadline=None)
@given(place=_PLACES, value=_JSON, duplicate=st.sampled_from([None, "top", "m", "f"]),
       spaced=st.integers(min_value=0, max_value=3))
def test_the_fast_check_of_raw_bytes_never_takes_a_key_given_twice(
    place: tuple[str, str], value: Any, duplicate: str | None, spaced: int
) -> None:
    """push_raw parses without the strict decoder's duplicate-key check, so it must never
    accept a body that check refuses (even one padded with whitespace to hide the extra
    key), and what it accepts it reads as the strict way does."""
    doc = _placed(place, value)
    raw = wire.dumps(doc)
    if duplicate:
        raw = _with_duplicate(raw, duplicate)
    raw = raw.replace(b'":', b'" :', spaced)
    fast = fastpath.push_raw(raw)
    try:
        strict = fastpath.push_body(wire.loads(raw))
    except wire.WireError:
        assert fast is None
        return
    if fast is not None:
        assert strict is not None and _same(fast, strict)
