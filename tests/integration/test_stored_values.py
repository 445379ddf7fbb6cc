"""The server stores only values every laptop can hold and show (core.values): a date out of
range, an unknown weekday or time zone, a broken RRULE is rejected item by item with a reason,
and a co-facilitator's laptop keeps syncing and listing."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import requests

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import outbox
from fieldsessions.db.models import Programme, Session
from fieldsessions.services import programmes
from fieldsessions.sync import wire
from tests.integration.conftest import Backend, ServerProcess, token_for

EARLY = "0001-01-01T00:00:00+14:00"  # year 0 in UTC
LATE = "9999-12-31T23:59:59-14:00"  # year 10000 in UTC


def _laptop_cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(path), *args],
                          capture_output=True, text=True, check=False, timeout=120)


def test_values_a_laptop_cannot_hold_are_rejected_and_the_co_facilitator_still_syncs(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    backend.add_facilitator("ann")
    backend.add_facilitator("bob")
    ann, bob = laptops("ann"), laptops("bob")
    with ann:
        info = programmes.create_programme(ProgrammeSpec(
            name="Savings group", frequency=Frequency.WEEKLY, start_date=date(2027, 1, 5),
            weekdays=(1,), count=2, timezone="Africa/Nairobi"))
        session_id = str(Session.select().where(Session.programme == info.id).first().id)
        programme_fields = outbox.snapshot(Programme.get_by_id(info.id))
    ann.sign_in(server, "ann")
    assert ann.sync().rejected == 0
    backend.assign("bob", info.id)
    bob.sign_in(server, "bob")
    assert bob.sync().rejected == 0

    # Ann's second device sends what a broken or hostile laptop could send.
    device, token = token_for(server, "ann")
    person = str(uuid.uuid4())
    now = int(time.time() * 1000) << 16
    good_mark = {"session_id": session_id, "participant_id": person, "status": "present",
                 "marked_at": "2027-01-05T09:05:00Z", "marked_by": "ann"}
    bad: list[tuple[str, str | None, dict[str, Any], str]] = [
        ("attendance", None, {**good_mark, "marked_at": EARLY}, "marked_at"),
        ("attendance", None, {**good_mark, "marked_at": LATE}, "marked_at"),
        ("session", str(uuid.uuid4()), {"programme_id": info.id, "local_date": "2027-01-06",
                                         "starts_at": EARLY, "duration_min": 60},
         "starts_at"),
        ("session", str(uuid.uuid4()), {"programme_id": info.id, "local_date": "9999-12-31",
                                         "starts_at": "2027-01-06T09:00:00Z",
                                         "duration_min": 60}, "local_date"),
        ("participant", str(uuid.uuid4()), {"name": "Old", "birth_date": "0001-01-01"},
         "birth_date"),
        ("programme", info.id, {**programme_fields, "weekdays": "zzz"}, "weekdays"),
        ("programme", info.id, {**programme_fields, "timezone": "Not/AZone"}, "timezone"),
        ("programme", info.id, {**programme_fields, "timezone": "localtime"}, "timezone"),
        ("programme", info.id, {**programme_fields, "start_time": "25:99"}, "start_time"),
        ("programme", info.id, {**programme_fields, "excluded_dates": ["0001-01-01"]},
         "excluded_dates"),
        ("programme", info.id, {**programme_fields, "week_of_month": 5}, "week_of_month"),
        ("programme", info.id, {**programme_fields, "frequency": "rrule",
                                "rrule": "FREQ=SOMETIMES"}, "rrule"),
        ("programme", info.id, {**programme_fields, "frequency": "rrule", "rrule": None},
         "rrule"),
    ]
    mutations = [{"seq": 1, "hlc": now, "entity": "participant", "op": "upsert", "id": person,
                  "fields": {"name": "Grace"}}]
    for entity, key, fields, _field in bad:
        mutation: dict[str, Any] = {"seq": len(mutations) + 1, "hlc": now + len(mutations),
                                    "entity": entity, "op": "upsert", "fields": fields}
        if key is not None:
            mutation["id"] = key
        mutations.append(mutation)
    mutations.append({"seq": len(mutations) + 1, "hlc": now + len(mutations),
                      "entity": "attendance", "op": "upsert", "fields": good_mark})
    body, headers = wire.encode_body({"device_id": device, "batch_id": uuid.uuid4().hex,
                                      "mutations": mutations})
    answer = requests.post(server.url + "/v1/sync/push", data=body, timeout=30,
                           headers={**headers, "Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert results[0]["result"] == "applied" and results[-1]["result"] == "applied"
    for (entity, _key, _fields, field), result in zip(bad, results[1:-1], strict=True):
        assert result["result"] == "rejected", (entity, field, result)
        assert result["reason"].startswith(f"{field}: "), result

    # The co-facilitator's laptop downloads what was kept and lists it as before.
    receipt = bob.sync()
    assert receipt.rejected == 0
    for command in (["programme", "list", "--json"], ["sessions", "list", "--json"],
                    ["participants", "list", "--json"]):
        listed = _laptop_cli(bob.path, *command)
        assert listed.returncode == 0, (command, listed.stderr)
        assert "Traceback" not in listed.stderr
    shown = json.loads(_laptop_cli(bob.path, "programme", "list", "--json").stdout)
    assert [p["timezone"] for p in shown] == ["Africa/Nairobi"]
    sessions = json.loads(_laptop_cli(bob.path, "sessions", "list", "--json").stdout)
    assert len(sessions) == 2
    with bob:
        assert Session.select().count() == 2
        assert Programme.get_by_id(info.id).weekdays == "1"
    assert not any("Traceback" in line for line in server.lines)
