"""The wire format: derived ids agree with the local store, entities match the tables, strict
JSON, bounded gzip, lean mutations."""

from __future__ import annotations

import gzip
import json
import uuid

import pytest

from fieldsessions.db import models
from fieldsessions.db.outbox import snapshot
from fieldsessions.sync import apply, wire


def test_derived_ids_are_the_ones_the_local_store_uses() -> None:
    s, p, o, g = (str(uuid.uuid4()) for _ in range(4))
    assert wire.ID_NAMESPACE == models.ID_NAMESPACE
    assert wire.derive_id("attendance", {"session_id": s, "participant_id": p}) == \
        models.attendance_id(s, p)
    assert wire.derive_id("outcome_tick", {"session_id": s, "participant_id": p,
                                           "outcome_id": o}) == models.tick_id(s, p, o)
    assert wire.derive_id("enrolment", {"programme_id": g, "participant_id": p}) == \
        models.enrolment_id(g, p)
    assert wire.derive_id("session_report", {"session_id": s}) == models.report_id(s)
    assert wire.derive_id("attendance", {"session_id": s}) is None
    assert wire.derive_id("session", {"programme_id": g}) is None
    for name in ("x", "attendance:a:b", "ünïcode:名前"):
        assert wire.uuid5_text(name) == str(uuid.uuid5(models.ID_NAMESPACE, name))


@pytest.mark.parametrize("entity", sorted(apply.MODELS))
def test_every_synced_entity_lists_exactly_the_columns_a_snapshot_sends(entity: str) -> None:
    model = apply.MODELS[entity]
    row = model()
    for field in model._meta.sorted_fields:  # snapshot reads __data__, so give every column
        row.__data__.setdefault(field.name, None)
    sent = set(snapshot(row))
    if entity in wire.LOCAL_ID_ENTITIES:
        sent.discard("id")
    if entity.endswith("_history"):  # its uid is its wire id; the rest is local
        sent -= {"uid", "hlc", "stand_in", "attendance_id", "tick_id"}
    assert set(wire.ENTITIES[entity].fields) == sent


@pytest.mark.parametrize("text, problem", [
    ('{"a": NaN}', "NaN"),
    ('{"a": Infinity}', "Infinity"),
    ('{"a": 1e400}', "too large"),
    ('{"a": 1, "a": 2}', "twice"),
    ('{"a": ', "not valid JSON"),
    ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
])
def test_strict_json_refuses_what_python_json_would_let_through(text: str, problem: str) -> None:
    with pytest.raises(wire.WireError, match=problem):
        wire.loads(text)


def test_strict_json_refuses_bytes_that_are_not_utf8() -> None:
    with pytest.raises(wire.WireError, match="UTF-8"):
        wire.loads(b'{"a": "\xff"}')


def test_inflate_stops_at_the_limit_and_refuses_broken_gzip() -> None:
    assert wire.inflate(gzip.compress(b"x" * 1000), limit=1000) == b"x" * 1000
    with pytest.raises(wire.BodyTooLarge):
        wire.inflate(gzip.compress(b"x" * 1001), limit=1000)
    with pytest.raises(wire.WireError, match="not valid gzip"):
        wire.inflate(b"plain text, not gzip")
    with pytest.raises(wire.WireError, match="cut short"):
        wire.inflate(gzip.compress(b"x" * 5000)[:20])


def test_a_mark_on_the_wire_leaves_out_what_the_server_can_derive() -> None:
    device, session, person = (str(uuid.uuid4()) for _ in range(3))
    fields = {"session_id": session, "participant_id": person, "status": "present",
              "minutes": None, "marked_at": "2026-03-01T09:00:00Z", "marked_by": "Ann",
              "note": ""}
    mutation = wire.mutation_from_outbox(device, 7, "attendance",
                                         models.attendance_id(session, person), "upsert",
                                         json.dumps(fields), 123)
    assert "id" not in mutation
    assert mutation == {"seq": 7, "hlc": 123, "entity": "attendance", "op": "upsert",
                        "fields": fields}
    tick = wire.mutation_from_outbox(device, 8, "outcome_tick", "not-derived", "upsert",
                                     json.dumps({"device_id": device, "achieved": True}), 124)
    assert tick["id"] == "not-derived" and "device_id" not in tick["fields"]


def test_a_dropped_outcome_is_named_by_its_session_and_outcome() -> None:
    session, outcome = str(uuid.uuid4()), str(uuid.uuid4())
    mutation = wire.mutation_from_outbox("dev", 3, "session_outcome_drop",
                                         f"{session}:{outcome}", "delete", "{}", 9)
    assert "id" not in mutation
    assert mutation["fields"] == {"session_id": session, "outcome_id": outcome}


def test_a_thousand_marks_cost_few_bytes_each_on_the_wire() -> None:
    device = str(uuid.uuid4())
    people = [str(uuid.uuid4()) for _ in range(40)]
    mutations = []
    seq = 0
    for _session in range(25):
        session = str(uuid.uuid4())
        for person in people:
            seq += 1
            fields = {"session_id": session, "participant_id": person, "status": "present",
                      "minutes": None, "marked_at": f"2026-03-01T09:00:{seq % 60:02d}Z",
                      "marked_by": "Ann", "note": ""}
            mutations.append(wire.mutation_from_outbox(
                device, seq, "attendance", models.attendance_id(session, person), "upsert",
                json.dumps(fields), (1_700_000_000_000 << 16) + seq))
    body, headers = wire.encode_body({"device_id": device, "batch_id": "b",
                                      "mutations": mutations[:500]})
    assert headers["Content-Encoding"] == "gzip"
    assert len(body) / 500 <= 80
    assert wire.loads(wire.inflate(body))["mutations"] == mutations[:500]


def test_cursors_round_trip_and_junk_is_not_a_cursor() -> None:
    cursor = wire.make_cursor("ab12", 42, "0f" * 16)
    assert wire.parse_cursor(cursor) == ("ab12", 42, "0f" * 16)
    assert wire.parse_cursor("ab12.42") == ("ab12", 42, None)  # from a server before nonces
    for junk in ("", "ab12", "ab12.", ".5", "AB.1", "ab.1.2", "ab.²", "ab.١٢", "ab." + "9" * 19,
                 "ab.1." + "F" * 32, "ab.1." + "f" * 31, "ab.1." + "f" * 33):
        assert wire.parse_cursor(junk) is None
    assert wire.incompatibility(wire.PROTOCOL_VERSION) is None
    assert "Update" in (wire.incompatibility(wire.PROTOCOL_VERSION + 1) or "")


@pytest.mark.parametrize("text", [
    '{"status":"present","note":"Café ✓","minutes":null,"ok":true,"n":-3,"x":1.5}', "",
    ' {"a":1}', '{"a":1} ', '{"a":1}x', "[1]", '"s"', '{"a":NaN}', "{", "nope"])
def test_an_outbox_rows_fields_are_read_as_json_loads_reads_them(text: str) -> None:
    """The engine reads each row's fields with the C scanner alone (a hot path); whatever
    the text, the answer (or the error) is json.loads's."""
    try:
        expected = json.loads(text) if text else {}
    except ValueError as exc:
        with pytest.raises(type(exc)):
            wire._fields_of(text)
        return
    got = wire._fields_of(text)
    assert json.dumps(got) == json.dumps(expected) and type(got) is type(expected)
