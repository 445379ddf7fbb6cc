"""Exactly once: the same push in parallel and in a row is applied once; a reused seq with a
different payload is a mismatch and the original stays."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests

from fieldsessions.sync import wire
from tests.integration.conftest import Backend, ServerProcess, token_for


def _hlc(offset: int = 0) -> int:
    return (int(time.time() * 1000) << 16) + offset


def roll_call(device_id: str, marks: int = 20) -> tuple[dict[str, Any], str]:
    """A push creating a programme, a session, people, enrolments and their marks."""
    programme, session = str(uuid.uuid4()), str(uuid.uuid4())
    mutations: list[dict[str, Any]] = [
        {"seq": 1, "hlc": _hlc(1), "entity": "programme", "op": "upsert", "id": programme,
         "fields": {"name": "Circle", "frequency": "weekly", "start_date": "2026-01-05"}},
        {"seq": 2, "hlc": _hlc(2), "entity": "session", "op": "upsert", "id": session,
         "fields": {"programme_id": programme, "local_date": "2026-01-05",
                    "starts_at": "2026-01-05T09:00:00Z", "duration_min": 60}},
    ]
    seq = 3
    for i in range(marks):
        person = str(uuid.uuid4())
        mutations += [
            {"seq": seq, "hlc": _hlc(seq), "entity": "participant", "op": "upsert", "id": person,
             "fields": {"name": f"Person {i}"}},
            {"seq": seq + 1, "hlc": _hlc(seq + 1), "entity": "enrolment", "op": "upsert",
             "fields": {"programme_id": programme, "participant_id": person,
                        "status": "booked"}},
            {"seq": seq + 2, "hlc": _hlc(seq + 2), "entity": "attendance", "op": "upsert",
             "fields": {"session_id": session, "participant_id": person, "status": "present",
                        "marked_at": "2026-01-05T09:05:00Z"}},
        ]
        seq += 3
    return {"device_id": device_id, "batch_id": uuid.uuid4().hex, "mutations": mutations}, \
        programme


def post(server: ServerProcess, token: str, body: dict[str, Any]) -> requests.Response:
    data, headers = wire.encode_body(body)
    return requests.post(server.url + "/v1/sync/push", data=data, timeout=60,
                         headers={**headers, "Authorization": f"Bearer {token}"})


def test_the_same_push_ten_times_in_parallel_and_five_in_a_row_is_applied_once(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    device, token = token_for(server, "ann")
    body, _programme = roll_call(device)
    with ThreadPoolExecutor(10) as pool:
        parallel = list(pool.map(lambda _i: post(server, token, body), range(10)))
    in_a_row = [post(server, token, body) for _ in range(5)]
    answers = parallel + in_a_row
    assert [a.status_code for a in answers] == [200] * 15
    count = len(body["mutations"])
    applied_per_seq: dict[int, int] = {}
    for answer in answers:
        doc = answer.json()
        assert doc["batch_id"] == body["batch_id"] and doc["device_id"] == device
        assert len(doc["results"]) == count
        for item in doc["results"]:
            assert item["result"] in ("applied", "duplicate")
            if item["result"] == "applied":
                applied_per_seq[item["seq"]] = applied_per_seq.get(item["seq"], 0) + 1
            else:
                assert item["original"] == "applied"
    assert applied_per_seq == {m["seq"]: 1 for m in body["mutations"]}
    assert backend.count("record") == count
    assert backend.received() == count
    assert backend.count("record", "entity = 'attendance'") == 20


def test_a_reused_seq_with_a_different_payload_is_a_mismatch_and_the_original_stays(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    device, token = token_for(server, "ann")
    body, programme = roll_call(device, marks=1)
    assert post(server, token, body).status_code == 200
    before = backend.tables()
    changed = {**body, "batch_id": uuid.uuid4().hex,
               "mutations": [dict(body["mutations"][0],
                                  fields={"name": "Renamed", "frequency": "weekly",
                                          "start_date": "2026-01-05"})]}
    answer = post(server, token, changed)
    assert answer.status_code == 200
    result = answer.json()["results"][0]
    assert result["result"] == "mismatch"
    assert "already received with different content" in result["reason"]
    assert backend.tables() == before
    fields = requests.get(f"{server.url}/v1/programmes/{programme}", timeout=10,
                          headers={"Authorization": f"Bearer {token}"}).json()["fields"]
    assert fields["name"] == "Circle"
