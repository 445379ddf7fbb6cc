"""A laptop that drops its connection mid-request (a field link going down) leaves no
traceback in the server's log, and the server keeps answering."""

from __future__ import annotations

import gzip
import json
import socket
import struct
import time
import uuid

import requests

from tests.integration.conftest import Backend, ServerProcess, token_for


def _send_and_drop(server: ServerProcess, raw: bytes, *, reset: bool, wait: float) -> None:
    """Send `raw` and close the connection without reading the answer; `reset` closes it
    with a TCP reset (SO_LINGER 0), as a laptop losing its link abruptly looks."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.sendall(raw)
        time.sleep(wait)


def test_requests_cut_short_by_the_client_leave_no_traceback(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    device, token = token_for(server, "ann")
    now = int(time.time() * 1000) << 16
    body = json.dumps({"device_id": device, "batch_id": uuid.uuid4().hex, "mutations": [
        {"seq": i + 1, "hlc": now + i, "entity": "participant", "op": "upsert",
         "id": str(uuid.uuid4()), "fields": {"name": f"Person {i}"}} for i in range(300)]
    }).encode()
    packed = gzip.compress(body)
    auth = f"Authorization: Bearer {token}\r\n".encode()

    def post(path: str, payload: bytes, sent: int, extra: bytes = b"") -> bytes:
        return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                f"\r\nContent-Length: {len(payload)}\r\n").encode() + auth + extra \
            + b"\r\n" + payload[:sent]

    cases = [
        post("/v1/sync/push", body, len(body) // 2),  # body cut short
        post("/v1/sync/push", packed, len(packed) // 3, b"Content-Encoding: gzip\r\n"),
        post("/v1/auth/device", b'{"username": "ann", "password": "x"}', 12),
        post("/v1/sync/push", body, len(body)),  # whole, but nobody waits for the answer
        b"GET /v1/sync/changes?limit=1000 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + b"\r\n",
        b"GET /v1/sync/hello HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + b"\r\n",
    ]
    for raw in cases:
        for reset, wait in ((False, 0.2), (True, 0.0), (True, 0.05)):
            _send_and_drop(server, raw, reset=reset, wait=wait)
    time.sleep(1.0)  # the server notices the last ones
    hello = requests.get(server.url + "/v1/sync/hello", timeout=10,
                         headers={"Authorization": f"Bearer {token}"})
    assert hello.status_code == 200
    server.stop()  # every line it wrote is read
    log = "".join(server.lines)
    assert "Traceback" not in log and "Exception in ASGI application" not in log, log[-3000:]
