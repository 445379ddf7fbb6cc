"""At least 40 kinds of malformed push get a 4xx with a clear message and change nothing."""

from __future__ import annotations

import copy
import gzip
import json
import time
import uuid
from typing import Any

import requests

from tests.integration.conftest import Backend, ServerProcess, token_for
from tests.integration.test_idempotency import roll_call


def _valid(device: str) -> dict[str, Any]:
    body, _ = roll_call(device, marks=1)
    return body


def _with(body: dict[str, Any], path: str, value: Any) -> bytes:
    """The body with one value replaced (path like 'mutations.2.fields.status')."""
    changed = copy.deepcopy(body)
    target: Any = changed
    parts = path.split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if value is _DELETE:
        del target[int(last) if last.isdigit() else last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return json.dumps(changed).encode()


_DELETE = object()
JSON = {"Content-Type": "application/json"}


def _cases(device: str, other_device: str) -> list[tuple[str, bytes, dict[str, str], int]]:
    body = _valid(device)
    hlc = int(time.time() * 1000) << 16
    valid = json.dumps(body).encode()
    many = copy.deepcopy(body)
    many["mutations"] = [dict(body["mutations"][0], seq=i + 1) for i in range(501)]
    deep = b"[" * 100_000 + b"]" * 100_000
    bomb = gzip.compress(b'{"device_id": "' + b"a" * (40 * 1024 * 1024) + b'"}')
    m = "mutations.0"
    a = "mutations.4"  # the attendance mark
    cases: list[tuple[str, bytes, dict[str, str], int]] = [
        ("bad JSON", b'{"device_id": ', JSON, 400),
        ("empty body", b"", JSON, 422),
        ("array body", b"[1, 2]", JSON, 422),
        ("string body", b'"push"', JSON, 422),
        ("null body", b"null", JSON, 422),
        ("NaN", valid.replace(b'"seq": 1,', b'"seq": NaN,'), JSON, 400),
        ("Infinity", valid.replace(b'"seq": 1,', b'"seq": Infinity,'), JSON, 400),
        ("-Infinity", valid.replace(b'"seq": 1,', b'"seq": -Infinity,'), JSON, 400),
        ("huge float", valid.replace(b'"seq": 1,', b'"seq": 1e999,'), JSON, 400),
        ("duplicate keys", valid.replace(b'"seq": 1,', b'"seq": 1, "seq": 2,'), JSON, 400),
        ("not UTF-8", valid.replace(b"Circle", b"Circ\xff\xfele"), JSON, 400),
        ("unknown top-level field", _with(body, "admin", True), JSON, 422),
        ("missing device_id", _with(body, "device_id", _DELETE), JSON, 422),
        ("missing batch_id", _with(body, "batch_id", _DELETE), JSON, 422),
        ("missing mutations", _with(body, "mutations", _DELETE), JSON, 422),
        ("mutations not a list", _with(body, "mutations", {"a": 1}), JSON, 422),
        ("device_id a number", _with(body, "device_id", 7), JSON, 422),
        ("another device's id", _with(body, "device_id", other_device), JSON, 403),
        ("batch_id too long", _with(body, "batch_id", "b" * 65), JSON, 422),
        ("501 mutations", json.dumps(many).encode(), JSON, 422),
        ("duplicate seq", _with(body, "mutations.1.seq", 1), JSON, 422),
        ("seq zero", _with(body, f"{m}.seq", 0), JSON, 422),
        ("seq negative", _with(body, f"{m}.seq", -5), JSON, 422),
        ("seq a float", _with(body, f"{m}.seq", 1.5), JSON, 422),
        ("seq a string", _with(body, f"{m}.seq", "1"), JSON, 422),
        ("seq too big", _with(body, f"{m}.seq", 2**70), JSON, 422),
        ("hlc negative", _with(body, f"{m}.hlc", -1), JSON, 422),
        ("hlc a string", _with(body, f"{m}.hlc", str(hlc)), JSON, 422),
        ("missing hlc", _with(body, f"{m}.hlc", _DELETE), JSON, 422),
        ("unknown entity", _with(body, f"{m}.entity", "invoice"), JSON, 422),
        ("unknown op", _with(body, f"{m}.op", "merge"), JSON, 422),
        ("unknown key in a mutation", _with(body, f"{m}.priority", 1), JSON, 422),
        ("unknown field", _with(body, f"{m}.fields.is_admin", True), JSON, 422),
        ("fields null", _with(body, f"{m}.fields", None), JSON, 422),
        ("status not allowed", _with(body, f"{a}.fields.status", "asleep"), JSON, 422),
        ("status a number", _with(body, f"{a}.fields.status", 1), JSON, 422),
        ("bool given as 1", _with(body, f"{m}.fields.archived", 1), JSON, 422),
        ("int given as float", _with(body, "mutations.1.fields.duration_min", 60.5), JSON,
         422),
        ("minutes out of range", _with(body, f"{a}.fields.minutes", 5000), JSON, 422),
        ("capacity huge", _with(body, f"{m}.fields.capacity", 10**30), JSON, 422),
        ("impossible date", _with(body, f"{m}.fields.start_date", "2026-02-30"), JSON, 422),
        ("instant without zone", _with(body, f"{a}.fields.marked_at", "2026-01-05T09:05:00"),
         JSON, 422),
        ("name too long", _with(body, f"{m}.fields.name", "n" * 201), JSON, 422),
        ("notes too long", _with(body, f"{m}.fields.description", "d" * 20_001), JSON, 422),
        ("list too long", _with(body, f"{m}.fields.topics", ["t"] * 501), JSON, 422),
        ("list of numbers", _with(body, f"{m}.fields.topics", [1, 2]), JSON, 422),
        ("NUL in text", _with(body, f"{m}.fields.name", "Cir\x00cle"), JSON, 422),
        ("lone surrogate", valid.replace(b'"Circle"', b'"\\ud800"'), JSON, 422),
        ("SQL injection as entity", _with(body, f"{m}.entity", "programme'; DROP TABLE "
                                                               "record;--"), JSON, 422),
        ("SQL injection as id", _with(body, f"{m}.id", "x' OR '1'='1"), JSON, 422),
        ("id with spaces", _with(body, f"{m}.id", "a b"), JSON, 422),
        ("empty device_id", _with(body, "device_id", ""), JSON, 422),
        ("wrong content type", valid, {"Content-Type": "text/plain"}, 422),
        ("nested too deeply", deep, JSON, 400),
        ("huge body", b'{"device_id": "' + b"a" * (3 * 1024 * 1024) + b'"}', JSON, 413),
        ("gzip bomb", bomb, {**JSON, "Content-Encoding": "gzip"}, 413),
        ("not really gzip", valid, {**JSON, "Content-Encoding": "gzip"}, 400),
        ("unknown encoding", valid, {**JSON, "Content-Encoding": "br"}, 415),
    ]
    return cases


def test_malformed_pushes_get_a_clear_4xx_and_change_nothing(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    backend.add_facilitator("bob")
    device, token = token_for(server, "ann")
    other, _ = token_for(server, "bob")
    before = backend.tables()
    cases = _cases(device, other)
    assert len(cases) >= 40
    wrong = []
    for name, data, headers, expected in cases:
        answer = requests.post(server.url + "/v1/sync/push", data=data, timeout=30,
                               headers={**headers, "Authorization": f"Bearer {token}"})
        detail = answer.json().get("detail") if answer.headers.get(
            "content-type", "").startswith("application/json") else None
        if answer.status_code != expected or not isinstance(detail, str) or len(detail) < 10:
            wrong.append(f"{name}: {answer.status_code} {answer.text[:200]}")
    for name, headers in (("no token", {}), ("bad token", {"Authorization": "Bearer nope"})):
        answer = requests.post(server.url + "/v1/sync/push", json=_valid(device), timeout=30,
                               headers=headers)
        if answer.status_code != 401 or "sign in" not in answer.json()["detail"].lower():
            wrong.append(f"{name}: {answer.status_code} {answer.text[:200]}")
    assert not wrong, "\n".join(wrong)
    assert backend.tables() == before
    # The server still works after all that.
    answer = requests.post(server.url + "/v1/sync/push", json=_valid(device), timeout=30,
                           headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert {r["result"] for r in answer.json()["results"]} == {"applied"}


def test_semantically_wrong_items_are_rejected_one_by_one_with_reasons(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    device, token = token_for(server, "ann")
    body = _valid(device)
    hlc = int(time.time() * 1000) << 16
    ahead = (int(time.time() * 1000) + 25 * 3600 * 1000) << 16
    session = body["mutations"][1]["id"]
    body["mutations"] += [
        {"seq": 50, "hlc": hlc, "entity": "attendance", "op": "upsert",
         "fields": {"session_id": str(uuid.uuid4()), "participant_id": str(uuid.uuid4()),
                    "status": "present", "marked_at": "2026-01-05T09:05:00Z"}},
        {"seq": 51, "hlc": ahead, "entity": "session", "op": "upsert", "id": session,
         "fields": {"notes": "from the future"}},
        {"seq": 52, "hlc": hlc, "entity": "session", "op": "upsert", "id": str(uuid.uuid4()),
         "fields": {"notes": "no programme"}},
        {"seq": 53, "hlc": hlc, "entity": "attendance", "op": "upsert", "id": "wrong-id",
         "fields": {"session_id": session, "participant_id": body["mutations"][2]["id"],
                    "status": "late", "marked_at": "2026-01-05T09:05:00Z"}},
    ]
    answer = requests.post(server.url + "/v1/sync/push", json=body, timeout=30,
                           headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    results = {r["seq"]: r for r in answer.json()["results"]}
    assert results[50]["result"] == "rejected" and "Unknown session" in results[50]["reason"]
    assert results[51]["result"] == "rejected" and "24 hours ahead" in results[51]["reason"]
    assert results[52]["result"] == "rejected" and "needs" in results[52]["reason"]
    assert results[53]["result"] == "rejected" and "does not match" in results[53]["reason"]
    assert all(results[m["seq"]]["result"] == "applied" for m in _valid(device)["mutations"]
               if m["seq"] < 50)
    assert backend.received() == len(body["mutations"]) - 4
