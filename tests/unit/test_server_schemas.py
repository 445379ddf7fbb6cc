"""The push schemas: what a change is hashed by when its seq comes again."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fieldsessions.server.push import Mutation
from fieldsessions.server.schemas import PushRequest

HLC = 1_700_000_000_000 << 16


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
            ]}


def _mutations(doc: dict[str, Any]) -> list[Mutation]:
    """What the push endpoint makes of a body (app.push_changes)."""
    body = PushRequest.model_validate(doc)
    return [Mutation(m.seq, m.hlc, m.entity, m.op, m.id, m.fields.model_dump(exclude_unset=True))
            for m in body.mutations]


def test_a_change_hashes_the_same_whatever_its_key_order_and_every_difference_shows() -> None:
    """The digest a repeated seq is compared by: the same change (fields in any order, any
    seq) hashes alike; any other content does not."""
    body = _body()
    shuffled = json.loads(json.dumps(body))
    for item in shuffled["mutations"]:
        item["fields"] = dict(reversed(list(item["fields"].items())))
        item["seq"] += 100
    plain, reordered = _mutations(body), _mutations(shuffled)
    digests = [m.digest() for m in plain]
    assert digests == [m.digest() for m in reordered]
    assert len(set(digests)) == len(digests)
    mark = plain[3]
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
