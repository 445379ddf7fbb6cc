"""Back-pressure in process: a server process that holds as many requests as it may answers
the next one 503 with Retry-After; a request that finds no database connection free in time
gets the same, never a 500. (tests/integration/test_load.py: the real server under a crowd.)"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.server import admission, store
from tests.unit.test_server_api import login, make_client


def _request(path: str) -> dict[str, Any]:
    return {"type": "http", "path": path, "method": "GET", "headers": []}


def test_past_its_limit_a_process_answers_503_with_retry_after_and_still_its_health() -> None:
    inside = asyncio.Event()
    release = asyncio.Event()

    async def slow_app(_scope: Any, _receive: Any, send: Any) -> None:
        inside.set()
        await release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"done"})

    gate = admission.Admission(slow_app, limit=1)

    async def call(path: str) -> list[dict[str, Any]]:
        sent: list[dict[str, Any]] = []

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b""}

        await gate(_request(path), receive, send)
        return sent

    async def scenario() -> tuple[list[Any], list[Any], list[Any]]:
        first = asyncio.create_task(call("/v1/sync/push"))
        await inside.wait()
        refused = await call("/v1/sync/push")
        health = asyncio.create_task(call(admission.HEALTH))
        await asyncio.sleep(0)
        release.set()
        return await first, refused, await health

    first, refused, health = asyncio.run(scenario())
    assert first[0]["status"] == 200 and health[0]["status"] == 200
    assert refused[0]["status"] == 503
    headers = dict(refused[0]["headers"])
    assert headers[b"retry-after"] == admission.RETRY_AFTER.encode()
    assert b"busy" in refused[1]["body"]
    assert gate.held == 0


def test_a_request_that_finds_no_connection_free_in_time_gets_503_not_500(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "POOL_SIZE", 1)
    monkeypatch.setattr(store, "POOL_WAIT", 0.2)
    held, done = threading.Event(), threading.Event()

    def hold() -> None:  # another request's thread keeps the only connection
        with store.database.obj.connection_context():
            held.set()
            done.wait(10)

    for api in make_client(tmp_path, rate=0):
        holder = threading.Thread(target=hold)
        holder.start()
        held.wait(5)
        try:
            answer = login(api)
        finally:
            done.set()
            holder.join(5)
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == admission.RETRY_AFTER
        assert "busy" in answer.json()["detail"]
        assert login(api).status_code == 200, "served again once the connection is back"


def test_a_block_that_needs_a_connection_leaves_an_outer_blocks_connection_open(
    tmp_path: Path
) -> None:
    """The token check and the rate limits may run inside a request's own connection
    block: they must not give its connection back to the pool under it."""
    db = store.make_database(f"sqlite:///{tmp_path / 'server.sqlite'}")
    try:
        with store.connected(db):
            outer = db.connection()
            with store.connected(db):
                assert db.connection() is outer
            assert not db.is_closed() and db.connection() is outer
        assert db.is_closed()
    finally:
        db.close_all()
