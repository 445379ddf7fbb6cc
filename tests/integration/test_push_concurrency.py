"""Pushes running at the same moment lose nothing and apply nothing twice: a record one push
reads and writes back (a participant its marks link to a programme) while another push
renames it keeps the rename, and a batch sent again while the first is still being applied
is answered duplicate. Whatever lets pushes overlap (the feed lock held for less than the
whole push, say) must keep both."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import requests

from tests.integration.conftest import Backend, ServerProcess, token_for
from tests.integration.test_idempotency import post, roll_call

ROUNDS = 6
PEOPLE = 100


def _hlc() -> int:
    return int(time.time() * 1000) << 16


def _at_once(server: ServerProcess, pushes: list[tuple[str, dict[str, Any]]]) -> list[
    requests.Response
]:
    """Each (token, body) posted by its own thread, all at the same moment."""
    answers: list[requests.Response | None] = [None] * len(pushes)
    start = threading.Barrier(len(pushes))

    def send(index: int) -> None:
        start.wait()
        token, doc = pushes[index]
        answers[index] = post(server, token, doc)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(len(pushes))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(answers)
    return [a for a in answers if a is not None]


def test_a_rename_racing_the_marks_that_link_the_same_people_is_kept(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    renamer, marker = token_for(server, "ann"), token_for(server, "ann")
    seqs = {renamer[0]: 0, marker[0]: 0}

    def body(device: tuple[str, str], changes: list[dict[str, Any]]) -> dict[str, Any]:
        mutations = []
        for change in changes:
            seqs[device[0]] += 1
            mutations.append({"seq": seqs[device[0]], "hlc": _hlc() + seqs[device[0]],
                              **change})
        return {"device_id": device[0], "batch_id": uuid.uuid4().hex, "mutations": mutations}

    def applied(answer: requests.Response) -> None:
        assert answer.status_code == 200, answer.text
        assert {r["result"] for r in answer.json()["results"]} == {"applied"}

    programme = str(uuid.uuid4())
    applied(post(server, marker[1], body(marker, [
        {"entity": "programme", "op": "upsert", "id": programme,
         "fields": {"name": "Circle", "frequency": "weekly", "start_date": "2026-01-05"}}])))
    people: list[str] = []
    for _round in range(ROUNDS):
        mine = [str(uuid.uuid4()) for _ in range(PEOPLE)]
        people += mine
        session = str(uuid.uuid4())
        applied(post(server, renamer[1], body(renamer, [
            {"entity": "participant", "op": "upsert", "id": p, "fields": {"name": "Old"}}
            for p in mine])))
        applied(post(server, marker[1], body(marker, [
            {"entity": "session", "op": "upsert", "id": session,
             "fields": {"programme_id": programme, "local_date": "2026-01-05",
                        "starts_at": "2026-01-05T09:00:00Z", "duration_min": 60}}])))
        marks = body(marker, [
            {"entity": "attendance", "op": "upsert",
             "fields": {"session_id": session, "participant_id": p, "status": "present",
                        "marked_at": "2026-01-05T09:05:00Z"}} for p in mine])
        time.sleep(0.002)  # the renames are stamped later: they win
        renames = body(renamer, [
            {"entity": "participant", "op": "upsert", "id": p, "fields": {"name": "New"}}
            for p in mine])
        answers = _at_once(server, [(marker[1], marks), (renamer[1], renames)])
        for answer in answers:
            applied(answer)

    with backend.db() as database:
        names = {str(key): json.loads(data)["name"] for key, data in database.execute_sql(
            "SELECT key, data FROM record WHERE entity = 'participant'").fetchall()}
    assert [p for p in people if names[p] != "New"] == []
    assert backend.count("record", "entity = 'attendance'") == ROUNDS * PEOPLE
    assert backend.count("participant_scope") == ROUNDS * PEOPLE


def test_a_batch_and_its_first_half_sent_again_at_once_are_applied_once(
    backend: Backend, server: ServerProcess
) -> None:
    """A laptop whose push timed out sends half the batch again (SYNC.md) while the server
    may still be applying the first: each change is applied once, the other answer says
    duplicate."""
    backend.add_facilitator("ann")
    device, token = token_for(server, "ann")
    applied_per_seq: dict[int, int] = {}
    for _round in range(ROUNDS):
        whole, _programme = roll_call(device)
        offset = _round * len(whole["mutations"])
        for m in whole["mutations"]:
            m["seq"] += offset
        half = {**whole, "batch_id": uuid.uuid4().hex,
                "mutations": whole["mutations"][:len(whole["mutations"]) // 2]}
        for answer in _at_once(server, [(token, whole), (token, half)]):
            assert answer.status_code == 200, answer.text
            for item in answer.json()["results"]:
                assert item["result"] in ("applied", "duplicate"), item
                if item["result"] == "applied":
                    applied_per_seq[item["seq"]] = applied_per_seq.get(item["seq"], 0) + 1
    assert sorted(applied_per_seq.values()) == [1] * len(applied_per_seq)
    assert len(applied_per_seq) == backend.received() == backend.count("record")
