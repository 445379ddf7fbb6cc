"""The change feed never skips a committed row while many devices write at once, and a
cursor the server cannot know answers 410."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.integration.conftest import Backend, ServerProcess, token_for
from tests.integration.test_idempotency import post

WRITERS = 4
BATCHES = 20
PER_BATCH = 8


def test_a_reader_following_the_feed_during_concurrent_pushes_misses_nothing(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    writers = [token_for(server, "ann") for _ in range(WRITERS)]
    _reader_device, reader_token = token_for(server, "ann")
    written: list[set[str]] = [set() for _ in range(WRITERS)]
    done = threading.Event()

    def write(index: int) -> None:
        device, token = writers[index]
        seq = 0
        for _batch in range(BATCHES):
            mutations = []
            for _ in range(PER_BATCH):
                seq += 1
                person = str(uuid.uuid4())
                mutations.append({"seq": seq, "hlc": (int(time.time() * 1000) << 16) + seq,
                                  "entity": "participant", "op": "upsert", "id": person,
                                  "fields": {"name": f"W{index} {seq}"}})
            answer = post(server, token, {"device_id": device, "batch_id": uuid.uuid4().hex,
                                          "mutations": mutations})
            assert answer.status_code == 200
            written[index].update(m["id"] for m in mutations)

    seen: set[str] = set()
    cursor: str | None = None
    pages = 0

    def read_page() -> bool:
        nonlocal cursor, pages
        params = {"limit": 7} if cursor is None else {"limit": 7, "since": cursor}
        answer = requests.get(server.url + "/v1/sync/changes", params=params, timeout=30,
                              headers={"Authorization": f"Bearer {reader_token}"})
        assert answer.status_code == 200, answer.text
        doc = answer.json()
        seen.update(c["id"] for c in doc["changes"] if c["entity"] == "participant")
        cursor = doc["next_cursor"]
        pages += 1
        return bool(doc["has_more"])

    with ThreadPoolExecutor(WRITERS) as pool:
        futures = [pool.submit(write, i) for i in range(WRITERS)]
        while not all(f.done() for f in futures):
            read_page()
        for future in futures:
            future.result()
        done.set()
    while read_page():
        pass
    expected = set().union(*written)
    assert len(expected) == WRITERS * BATCHES * PER_BATCH
    assert seen == expected, f"{len(expected - seen)} committed rows were skipped"
    assert pages > BATCHES, "the reader must have read while the writers wrote"


def test_a_cursor_from_another_epoch_ahead_of_the_server_or_never_issued_answers_410(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    _device, token = token_for(server, "ann")
    headers = {"Authorization": f"Bearer {token}"}
    current = requests.get(server.url + "/v1/sync/changes", headers=headers,
                           timeout=10).json()["next_cursor"]
    epoch, version, nonce = current.split(".")
    for cursor, status in ((f"{'0' * 32}.1.{nonce}", 410), (f"{epoch}.999999.{nonce}", 410),
                           ("garbage", 400), (current, 200),
                           # a version it gave out, but not with this nonce (or none at all)
                           (f"{epoch}.{version}.{'f' * 32}", 410), (f"{epoch}.{version}", 410)):
        answer = requests.get(server.url + "/v1/sync/changes", params={"since": cursor},
                              headers=headers, timeout=10)
        assert answer.status_code == status, (cursor, answer.text)
        assert answer.status_code == 200 or "cursor" in answer.json()["detail"]
