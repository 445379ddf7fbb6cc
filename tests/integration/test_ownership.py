"""Facilitator B can neither read nor write A's programmes, and the server's tables stay as
they were after each attempt."""

from __future__ import annotations

import time
import uuid

import requests

from tests.integration.conftest import Backend, ServerProcess, token_for
from tests.integration.test_idempotency import post, roll_call


def test_b_cannot_read_or_write_a_programmes_and_nothing_changes(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    backend.add_facilitator("bob")
    ann_device, ann_token = token_for(server, "ann")
    body, programme = roll_call(ann_device, marks=2)
    assert post(server, ann_token, body).status_code == 200
    session = body["mutations"][1]["id"]
    person = body["mutations"][2]["id"]
    bob_device, bob_token = token_for(server, "bob")
    bob = {"Authorization": f"Bearer {bob_token}"}
    before = backend.tables()

    # Reading.
    assert requests.get(f"{server.url}/v1/programmes/{programme}", headers=bob,
                        timeout=10).status_code == 404
    assert requests.get(f"{server.url}/v1/programmes", headers=bob, timeout=10).json() == []
    feed = requests.get(f"{server.url}/v1/sync/changes", headers=bob, timeout=10).json()
    assert feed["changes"] == []

    # Writing, in every way a mutation can reach A's programme.
    hlc = int(time.time() * 1000) << 16
    attempts = [
        {"entity": "programme", "op": "upsert", "id": programme,
         "fields": {"name": "Taken over", "frequency": "weekly", "start_date": "2026-01-05"}},
        {"entity": "programme", "op": "delete", "id": programme, "fields": {}},
        {"entity": "session", "op": "upsert", "id": str(uuid.uuid4()),
         "fields": {"programme_id": programme, "local_date": "2026-02-02",
                    "starts_at": "2026-02-02T09:00:00Z", "duration_min": 60}},
        {"entity": "session", "op": "upsert", "id": session, "fields": {"notes": "mine"}},
        {"entity": "attendance", "op": "upsert",
         "fields": {"session_id": session, "participant_id": person, "status": "absent",
                    "marked_at": "2026-01-05T09:09:00Z"}},
        {"entity": "attendance", "op": "delete",
         "fields": {"session_id": session, "participant_id": person}},
        {"entity": "participant", "op": "upsert", "id": person, "fields": {"name": "Renamed"}},
        {"entity": "enrolment", "op": "upsert",
         "fields": {"programme_id": programme, "participant_id": person,
                    "status": "cancelled"}},
        {"entity": "period_report", "op": "upsert", "id": str(uuid.uuid4()),
         "fields": {"programme_id": programme, "period_key": "2026-W02"}},
    ]
    for seq, attempt in enumerate(attempts, 1):
        push = {"device_id": bob_device, "batch_id": uuid.uuid4().hex,
                "mutations": [{"seq": seq, "hlc": hlc + seq, **attempt}]}
        answer = post(server, bob_token, push)
        assert answer.status_code == 403, (attempt, answer.text)
        assert answer.json()["forbidden"][0]["seq"] == seq
        assert backend.tables() == before, attempt

    # Identity comes from the token: bob cannot push as ann's device either.
    forged = dict(body, batch_id=uuid.uuid4().hex)
    answer = post(server, bob_token, forged)
    assert answer.status_code == 403
    assert backend.tables() == before
