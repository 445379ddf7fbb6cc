"""Nothing fails because many laptops sync at once: the server queues, or answers 429/503 with
Retry-After (which the app honours), never 500; every mark is stored exactly once."""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from fieldsessions.core.hlc import next_hlc
from fieldsessions.db.models import attendance_id
from fieldsessions.services import programmes
from fieldsessions.sync import wire
from tests.integration.conftest import PASSWORD, Backend, ServerProcess
from tests.unit import helpers

LAPTOPS = 50
MARKS = 200
DEADLINE = 120.0  # seconds for the whole crowd; each laptop stops trying after it


class Crowd:
    """What the laptops saw: every HTTP status answered, and the laptops that gave up."""

    def __init__(self) -> None:
        self.statuses: Counter[int] = Counter()
        self.gave_up: list[str] = []
        self.lock = threading.Lock()

    def call(self, name: str, send: Any) -> requests.Response | None:
        """`send()` until it answers anything but 429/503 or a dropped connection, waiting
        Retry-After (or a short random wait) in between, as the app does."""
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            wait = random.uniform(0.05, 0.5)
            try:
                answer: requests.Response = send()
            except requests.ConnectionError:
                with self.lock:
                    self.statuses[0] += 1
            else:
                with self.lock:
                    self.statuses[answer.status_code] += 1
                if answer.status_code not in (429, 503):
                    return answer
                hinted = answer.headers.get("Retry-After", "")
                assert hinted.isdigit(), f"{answer.status_code} without Retry-After"
                wait = float(hinted) + random.uniform(0, 0.5)
            time.sleep(wait)
        with self.lock:
            self.gave_up.append(name)
        return None

    def run(self, names: list[str], work: Any) -> None:
        """`work(name)` for every name at once, each on its own thread."""
        start = threading.Barrier(len(names))

        def one(name: str) -> None:
            start.wait()
            work(name)

        threads = [threading.Thread(target=one, args=(name,)) for name in names]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(DEADLINE + 30)


def _programme(backend: Backend, server: ServerProcess, laptops: Any) -> tuple[
    str, list[str], list[str]
]:
    """A programme of LAPTOPS past sessions and MARKS people, on the server."""
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    with ann:
        circle = helpers.programme("Crowd", weeks_ago=LAPTOPS + 1, count=LAPTOPS)
        people = helpers.people(MARKS, circle.id)
        sessions = [s.id for s in programmes.list_sessions(circle.id, kind="past")]
    receipt = ann.sync()
    assert receipt.all_accepted, receipt.lines()
    assert len(sessions) == LAPTOPS
    return circle.id, sessions, people


def _marks(device_id: str, session_id: str, people: list[str]) -> bytes:
    """One laptop's push of a mark for everyone in its session, as the engine encodes it."""
    marked_at = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    mutations, hlc = [], 0
    for seq, person in enumerate(people, 1):
        hlc = next_hlc(hlc, int(time.time() * 1000))
        fields = {"session_id": session_id, "participant_id": person, "status": "present",
                  "minutes": None, "marked_at": marked_at, "marked_by": "Crowd", "note": ""}
        mutations.append(wire.mutation_from_outbox(
            device_id, seq, "attendance", attendance_id(session_id, person), "upsert",
            json.dumps(fields), hlc))
    body, _headers = wire.encode_body({"device_id": device_id, "batch_id": uuid.uuid4().hex,
                                       "mutations": mutations})
    return body


def _errors(server: ServerProcess) -> list[str]:
    """The last lines of the server's log that name an error."""
    return [line.strip() for line in server.lines][-40:]


@pytest.mark.parametrize("workers", [1, 2])
def test_many_laptops_signing_in_and_pushing_at_once_get_no_500_and_every_mark_once(
    backend: Backend, laptops: Any, workers: int
) -> None:
    """With two worker processes, two of them write at once too (on SQLite: "database is
    locked" must mean waiting or 503)."""
    server = ServerProcess(backend, extra=["--workers", str(workers)]).start()
    try:
        _crowd(backend, server, laptops)
    finally:
        server.stop()


def _crowd(backend: Backend, server: ServerProcess, laptops: Any) -> None:
    programme_id, sessions, people = _programme(backend, server, laptops)
    names = [f"crowd{n:02d}" for n in range(LAPTOPS)]
    for name in names:
        backend.add_facilitator(name)
        backend.assign(name, programme_id)

    crowd = Crowd()
    tokens: dict[str, tuple[str, str]] = {}

    def sign_in(name: str) -> None:
        device_id = str(uuid.uuid4())
        answer = crowd.call(name, lambda: requests.post(server.url + "/v1/auth/device", json={
            "username": name, "password": PASSWORD, "device_id": device_id,
            "device_name": name}, timeout=(5, 60)))
        if answer is not None and answer.status_code == 200:
            tokens[name] = (device_id, str(answer.json()["token"]))

    crowd.run(names, sign_in)
    assert crowd.statuses[500] == 0, (crowd.statuses, _errors(server))
    assert not crowd.gave_up and len(tokens) == LAPTOPS, (crowd.statuses, crowd.gave_up)
    assert set(crowd.statuses) <= {200, 429, 503}, crowd.statuses

    crowd = Crowd()
    before = backend.received()  # the programme and its people
    bodies = {name: _marks(tokens[name][0], sessions[n], people) for n, name in
              enumerate(names)}
    answers: dict[str, Any] = {}

    def push(name: str) -> None:
        headers = {**wire.BODY_HEADERS, "Authorization": f"Bearer {tokens[name][1]}"}
        answer = crowd.call(name, lambda: requests.post(
            server.url + "/v1/sync/push", data=bodies[name], headers=headers,
            timeout=(5, 60)))
        if answer is not None:
            answers[name] = (answer.status_code, answer.json())

    crowd.run(names, push)
    assert crowd.statuses[500] == 0, (crowd.statuses, _errors(server))
    assert not crowd.gave_up, (crowd.statuses, crowd.gave_up)
    assert set(crowd.statuses) <= {200, 429, 503}, crowd.statuses
    for name, (status, doc) in answers.items():
        assert status == 200, (name, doc)
        assert Counter(r["result"] for r in doc["results"]) == {"applied": MARKS}, name
    assert backend.count("record", "entity = 'attendance'") == LAPTOPS * MARKS
    assert backend.received() - before == LAPTOPS * MARKS
