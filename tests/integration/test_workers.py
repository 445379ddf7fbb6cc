"""`serve --workers 2`: two processes share the port, and every limit holds across them — a
device token's rate, and sign-in throttling per client address and user name and per client
address, which never locks a name's owner out from another address."""

from __future__ import annotations

import http.client
import json
import threading
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from tests.integration.conftest import PASSWORD, Backend, ServerProcess, token_for


def _worker_processes(server: ServerProcess) -> int:
    assert server.proc is not None
    count = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == server.proc.pid and b"spawn_main" in cmdline:
            count += 1
    return count


def _call(server: ServerProcess, method: str, path: str, *, source: str = "127.0.0.1",
          body: Any = None, token: str | None = None) -> tuple[int, dict[str, str]]:
    """One request on a connection of its own, from the loopback address `source`."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60,
                                      source_address=(source, 0))
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        conn.request(method, path, body=json.dumps(body) if body is not None else None,
                     headers=headers)
        answer = conn.getresponse()
        answer.read()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}
    finally:
        conn.close()


def _sign_in(server: ServerProcess, user: str, password: str, source: str) -> tuple[
    int, dict[str, str]
]:
    return _call(server, "POST", "/v1/auth/device", source=source, body={
        "username": user, "password": password, "device_id": str(uuid.uuid4())})


def _at_once(count: int, call: Any) -> Counter[int]:
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def one() -> None:
        status, headers = call()
        if status == 429:
            assert int(headers["retry-after"]) >= 1
        with lock:
            statuses[status] += 1

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return statuses


def test_two_workers_serve_and_share_a_device_tokens_rate_limit(backend: Backend) -> None:
    backend.add_facilitator("ann")
    server = ServerProcess(backend, extra=["--workers", "2", "--rate-limit", "0.01",
                                           "--burst", "10"]).start()
    try:
        assert _worker_processes(server) == 2
        _device, token = token_for(server, "ann")
        statuses = _at_once(40, lambda: _call(server, "GET", "/v1/sync/hello", token=token))
        # One bucket of 10 for the token, whichever process answered: not 10 per process.
        assert statuses == {200: 10, 429: 30}
    finally:
        server.stop()


def test_sign_in_throttling_holds_across_workers_without_locking_the_owner_out(
    backend: Backend
) -> None:
    backend.add_facilitator("ann")
    server = ServerProcess(backend, extra=["--workers", "2"]).start()
    try:
        # Someone guessing ann's password from one address is held back after 10 tries...
        guesses = _at_once(14, lambda: _sign_in(server, "ann", "guess", "127.0.0.2"))
        assert guesses == {401: 10, 429: 4}
        # ... while ann signs in from her own address, and the guesser may still try a
        # name of their own.
        assert _sign_in(server, "ann", PASSWORD, "127.0.0.3")[0] == 200
        assert _sign_in(server, "ann", PASSWORD, "127.0.0.2")[0] == 429
        assert _sign_in(server, "bob", "guess", "127.0.0.2")[0] == 401

        # Guessing over 40 names from one address is held back too (60 tries at once, one
        # more a second), and does not hold ann back elsewhere.
        names = iter([f"user{n % 40}" for n in range(100)])
        lock = threading.Lock()

        def spray() -> tuple[int, dict[str, str]]:
            with lock:
                name = next(names)
            return _sign_in(server, name, "guess", "127.0.0.4")

        sprayed = _at_once(100, spray)
        assert set(sprayed) == {401, 429} and sprayed[401] < 75, sprayed
        assert _sign_in(server, "ann", PASSWORD, "127.0.0.3")[0] == 200
    finally:
        server.stop()
