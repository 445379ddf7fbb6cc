"""Back-pressure: how many requests one server process holds at once, and the answer past it.

Requests the process can hold wait their turn (for one of the threads that serve them, then
for a database connection: store.POOL_WAIT). Past `limit` requests at once, a new one is
answered at once with 503 and Retry-After, which the laptop honours (SYNC.md, "Load"), instead
of queueing for longer than a laptop would wait for its answer. The health check is always
answered, so a load balancer does not take a busy process for a dead one.
"""

from __future__ import annotations

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

BUSY = "The server is busy; try again in a few seconds."
RETRY_AFTER = "2"  # seconds: most pushes take well under a second each
HEALTH = "/v1/health"


def busy_body() -> bytes:
    return orjson.dumps({"detail": BUSY})


class Admission:
    """ASGI middleware holding at most `limit` HTTP requests at once (0: no limit).

    Attributes:
        held: requests inside now (waiting or being served).
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit
        self.held = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.limit <= 0 or scope.get("path") == HEALTH:
            await self.app(scope, receive, send)
            return
        if self.held >= self.limit:
            body = busy_body()
            await send({"type": "http.response.start", "status": 503, "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", RETRY_AFTER.encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        self.held += 1  # one event loop per process: no lock needed
        try:
            await self.app(scope, receive, send)
        finally:
            self.held -= 1
