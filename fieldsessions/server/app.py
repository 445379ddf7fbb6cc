"""The FastAPI application: device sign-in, hello, push, change feed, read-only programme views.

Identity comes from the bearer token only. Request bodies may be gzip-compressed; they are
read with a size cap before and after inflating, parsed as strict JSON (no NaN, no duplicate
keys) and validated by the strict schemas in schemas.py. Every failure a client can cause is
a 4xx with a `detail` sentence. Load is never a 500 (SYNC.md, "Load"): requests queue for
one of `store.POOL_SIZE` threads, each of which finds a database connection free; past
`max_requests` held at once (admission.py), when no connection frees up within
`store.POOL_WAIT`, or when the database stays locked, the answer is 503 with Retry-After.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated, Any

import orjson
from anyio import to_thread
from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from peewee import Database, IntegrityError, OperationalError
from playhouse.pool import MaxConnectionsExceeded
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import ClientDisconnect

from fieldsessions.server import admission, auth, feed, push, store
from fieldsessions.server.ratelimit import RateLimiter, retry_after_header, shared_buckets
from fieldsessions.server.schemas import (
    ChangesResponse,
    DeviceLogin,
    DeviceToken,
    HelloResponse,
    Problem,
    ProgrammeDetail,
    ProgrammeSummary,
    PushRequest,
    PushResponse,
)
from fieldsessions.sync import wire

log = logging.getLogger(__name__)

JSON = "application/json"
WRONG_PASSWORD = wire.Reason("Wrong user name or password.", "wrong_password")


def _json(obj: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer, compact, by orjson (a push's answer lists every change it held)."""
    return Response(content=orjson.dumps(obj), status_code=status, media_type=JSON,
                    headers=dict(headers) if headers else None)


class _SyncRequest(Request):
    """A request whose body is capped, gunzipped when needed and parsed as strict JSON."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            declared = self.headers.get("content-length")
            if declared is not None:
                if not declared.isdigit():
                    raise HTTPException(400, "The Content-Length header is not a number.")
                if int(declared) > wire.MAX_BODY_BYTES:
                    raise HTTPException(413, f"The body is larger than "
                                             f"{wire.MAX_BODY_BYTES} bytes.")
            chunks: list[bytes] = []
            size = 0
            try:
                async for chunk in self.stream():
                    size += len(chunk)
                    if size > wire.MAX_BODY_BYTES:
                        raise HTTPException(413, f"The body is larger than "
                                                 f"{wire.MAX_BODY_BYTES} bytes.")
                    chunks.append(chunk)
            except ClientDisconnect:
                # A laptop whose link dropped mid-request: an answer nobody reads, no
                # traceback in the log (tests/integration/test_disconnects.py).
                raise HTTPException(400, "The connection closed before the whole body "
                                         "arrived.") from None
            raw = b"".join(chunks)
            encoding = self.headers.get("content-encoding", "identity").strip().lower()
            if encoding == "gzip":
                try:
                    raw = wire.inflate(raw)
                except wire.BodyTooLarge as exc:
                    raise HTTPException(413, str(exc)) from None
                except wire.WireError as exc:
                    raise HTTPException(400, str(exc)) from None
            elif encoding not in ("", "identity"):
                raise HTTPException(415, f"Content-Encoding {encoding!r} is not supported; "
                                         "send gzip or nothing.")
            self._body = raw
        return self._body

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            try:
                self._json = wire.loads(await self.body())
            except wire.WireError as exc:
                raise HTTPException(400, str(exc)) from None
        return self._json


_Handler = Callable[[Request], Coroutine[Any, Any, Response]]


class _SyncRoute(APIRoute):
    """Requests arrive as `_SyncRequest`, so every JSON body is capped, inflated and parsed
    strictly before the schemas (schemas.py) check it: the one validation path."""

    def get_route_handler(self) -> _Handler:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            return await original(_SyncRequest(request.scope, request.receive))

        return handler


def _describe(errors: list[Any]) -> tuple[str, list[dict[str, str]]]:
    items = []
    for error in errors[:10]:
        loc = [str(part) for part in error.get("loc", ()) if part != "body"]
        items.append({"field": ".".join(loc) or "(body)", "problem": str(error.get("msg", ""))})
    if not items:
        return "The request is not valid.", []
    first = items[0]
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return f"The request is not valid: {first['field']}: {first['problem']}{more}.", items


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "Malformed body"},
    401: {"model": Problem, "description": "No valid device token"},
    413: {"model": Problem, "description": "Body too large"},
    422: {"model": Problem, "description": "Invalid content"},
    429: {"model": Problem, "description": "Too many requests (see Retry-After)"},
}


SETTINGS_ENV = "FIELDSESSIONS_SERVER_SETTINGS"


def app_from_environment() -> FastAPI:
    """The app for each worker process of `fieldsessions-server serve --workers N` (an ASGI
    factory: `uvicorn --factory fieldsessions.server.app:app_from_environment` serves it
    too). Its settings are create_app's keyword arguments as JSON in
    $FIELDSESSIONS_SERVER_SETTINGS; the database, when not among them, comes from
    $FIELDSESSIONS_SERVER_DATABASE as for every command."""
    settings: dict[str, Any] = json.loads(os.environ.get(SETTINGS_ENV) or "{}")
    app = create_app(**settings)
    _tune_process()
    return app


def _tune_process() -> None:
    """Set a serving process for pushes, which hold the feed lock one after another while
    the other requests are read and checked on the process's other threads:
    * The garbage collector: each push decodes, checks and applies up to thousands of
      changes, and many wait at once, so the default (a collection every 700 new objects,
      each looking at everything start-up made) took a quarter of the server's CPU in
      tests/bench/bench_sync.py (c) (0.96 of 3.4 s), often while a push held the lock.
      What start-up made is left out of collections (gc.freeze) and the youngest objects
      are collected every 10,000 new ones: 0.27 s.
    * The thread switch interval: a push holding the lock waits for the database several
      times, and on each answer waits again for the interpreter lock, which a busy thread
      keeps up to the switch interval (5 ms by default). At 1 ms the lock is held for
      less of that wait."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    sys.setswitchinterval(0.001)


_bearer = HTTPBearer(auto_error=False, description="The device token from /v1/auth/device")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def create_app(database_url: str | None = None, *, rate: float = 50.0, burst: int = 300,
               login_rate: float = 0.1, login_burst: int = 10,
               client_login_rate: float = 1.0, client_login_burst: int = 60,
               max_requests: int = 256) -> FastAPI:
    """The server app. `rate`/`burst` limit each device token. Sign-ins are limited per
    client address and user name (`login_*`: someone guessing one name's password from
    one address), and per client address (`client_login_*`: guessing over many names); the
    owner of a name signing in from another address is not held back by either. Past
    `max_requests` requests held at once the answer is 503 (0: no limit). Every limit is
    shared by all the processes serving the database (ratelimit.py)."""
    holder: dict[str, Database] = {}
    limiter = RateLimiter(None, rate, burst, kind="token")
    login_limiter = RateLimiter(None, login_rate, login_burst, kind="login")
    client_limiter = RateLimiter(None, client_login_rate, client_login_burst, kind="client")

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        holder["db"] = store.open_database(database_url)
        buckets = shared_buckets(holder["db"])
        limiter.buckets = login_limiter.buckets = client_limiter.buckets = buckets
        # As many threads serve requests as there are connections: a thread never waits for
        # a connection another request holds; requests wait for a thread instead.
        to_thread.current_default_thread_limiter().total_tokens = store.POOL_SIZE
        try:
            yield
        finally:
            db = holder.pop("db")
            close_all = getattr(db, "close_all", None)
            if close_all is not None:
                close_all()

    app = FastAPI(
        title="fieldsessions sync server",
        version=str(wire.PROTOCOL_VERSION),
        description="Device sign-in, push of queued changes, and the change feed (SYNC.md).",
        lifespan=lifespan, docs_url=None, redoc_url=None,  # /docs: server.docs, no CDN
    )
    from fieldsessions.server.docs import add_docs

    add_docs(app)
    app.router.route_class = _SyncRoute
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(admission.Admission, limit=max_requests)

    def database() -> Database:
        db = holder.get("db")
        if db is None:
            raise HTTPException(503, "The server is starting.")
        return db

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> Response:
        detail, items = _describe(list(exc.errors()))
        return _json({"detail": detail, "errors": items}, 422)

    @app.exception_handler(HTTPException)
    async def _http(_request: Request, exc: HTTPException) -> Response:
        return _json({"detail": str(exc.detail), **wire.reason_fields(exc.detail)},
                     exc.status_code, exc.headers)

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, exc: OperationalError) -> Response:
        log.warning("database busy: %s", exc)
        return _json({"detail": admission.BUSY}, 503, {"Retry-After": admission.RETRY_AFTER})

    @app.exception_handler(MaxConnectionsExceeded)
    async def _no_connection(_request: Request, _exc: MaxConnectionsExceeded) -> Response:
        log.warning("no database connection free in %.0f s", store.POOL_WAIT)
        return _json({"detail": admission.BUSY}, 503, {"Retry-After": admission.RETRY_AFTER})

    def authenticate(credentials: HTTPAuthorizationCredentials | None) -> auth.Caller:
        if credentials is None or not credentials.credentials:
            raise HTTPException(401, wire.Reason("Sign in first: this request has no device "
                                                 "token.", "not_signed_in"),
                                {"WWW-Authenticate": "Bearer"})
        token = credentials.credentials
        wait = limiter.check(auth.token_hash(token))
        if wait:
            raise HTTPException(429, wire.Reason("Too many requests from this device; slow "
                                                 "down.", "too_many_requests"),
                                {"Retry-After": retry_after_header(wait)})
        if len(token) > 200:
            raise HTTPException(401, wire.Reason("This device token is not valid.",
                                                 "token_invalid"),
                                {"WWW-Authenticate": "Bearer"})
        db = database()
        with store.connected(db):  # given back even when the token is refused
            try:
                caller = auth.caller_for(db, token)
            except auth.TokenExpired as exc:
                raise HTTPException(401, exc.args[0], {"WWW-Authenticate": "Bearer"}) from None
        if caller is None:
            raise HTTPException(
                401, wire.Reason("This device token is not valid or was revoked; sign in "
                                 "again.", "token_revoked"),
                {"WWW-Authenticate": "Bearer"})
        return caller

    @app.get("/v1/health", tags=["server"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/auth/device", response_model=DeviceToken, tags=["auth"],
              responses={**_ERRORS, 409: {"model": Problem}})
    def login(body: DeviceLogin, request: Request) -> Response:
        client = request.client.host if request.client else ""
        wait = max(client_limiter.check(client),
                   login_limiter.check(f"{client} {body.username.casefold()}"))
        if wait:
            raise HTTPException(429, wire.Reason("Too many sign-in attempts; wait a little.",
                                                 "too_many_sign_ins"),
                                {"Retry-After": retry_after_header(wait)})
        db = database()
        with db.connection_context():
            user = db.execute_sql(store.q(
                db, "SELECT id, password_hash, display_name FROM facilitator "
                    "WHERE username = ? AND active = ?"), (body.username, True)).fetchone()
            if user is None:
                auth.burn_time(body.password)
                raise HTTPException(401, WRONG_PASSWORD)
            user_id, password_hash, display_name = int(user[0]), str(user[1]), str(user[2])
            if not auth.verify_password(body.password, password_hash):
                raise HTTPException(401, WRONG_PASSWORD)
            token = auth.new_token()
            now = store.utcnow()
            try:
                with db.atomic():
                    device = db.execute_sql(store.q(
                        db, "SELECT facilitator_id, revoked_at, name FROM device WHERE id = ?"),
                        (body.device_id,)).fetchone()
                    if device is None:
                        db.execute_sql(store.q(
                            db, "INSERT INTO device (id, facilitator_id, name, created_at) "
                                "VALUES (?, ?, ?, ?)"),
                            (body.device_id, user_id, body.device_name, now))
                    elif device[0] != user_id:
                        # Revoked or not: a device id is its data file's, and its changes
                        # are its facilitator's; another account never takes them over.
                        raise HTTPException(
                            409, wire.Reason("This laptop's data file is registered to "
                                             "another facilitator; sign in from your own "
                                             "data file.", "other_facilitator"))
                    else:
                        db.execute_sql(store.q(
                            db, "UPDATE device SET facilitator_id = ?, revoked_at = NULL, "
                                "name = ? WHERE id = ?"),
                            (user_id, body.device_name or device[2], body.device_id))
                    # One live token per laptop: signing in again ends the old one.
                    db.execute_sql(store.q(
                        db, "UPDATE token SET revoked_at = ? WHERE device_id = ? AND "
                            "revoked_at IS NULL"), (now, body.device_id))
                    db.execute_sql(store.q(
                        db, "INSERT INTO token (token_hash, device_id, created_at) "
                            "VALUES (?, ?, ?)"), (auth.token_hash(token), body.device_id, now))
            except IntegrityError:
                raise HTTPException(409, wire.Reason("This laptop signed in twice at once; "
                                                     "try again.", "signed_in_twice")) from None
        return _json({"token": token, "device_id": body.device_id,
                      "facilitator": body.username, "display_name": display_name})

    @app.get("/v1/sync/hello", response_model=HelloResponse, tags=["sync"],
             responses=_ERRORS)
    def hello(credentials: Credentials) -> Response:
        caller = authenticate(credentials)
        db = database()
        with db.connection_context():
            row = db.execute_sql(
                store.q(db, "SELECT MAX(high_seq) FROM push_receipt WHERE device_id = ?"),
                (caller.device_id,),
            ).fetchone()
            db.execute_sql(store.q(db, "UPDATE device SET last_seen_at = ? WHERE id = ?"),
                           (store.utcnow(), caller.device_id))
            epoch = store.epoch(db)
        return _json({
            "protocol": wire.PROTOCOL_VERSION,
            "server_time": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            "epoch": epoch,
            "device_id": caller.device_id,
            "facilitator": caller.username,
            "high_seq": int(row[0] or 0) if row else 0,
            "limits": {"max_mutations": wire.MAX_MUTATIONS,
                       "max_body_bytes": wire.MAX_BODY_BYTES, "max_page": wire.MAX_PAGE},
        })

    @app.post("/v1/sync/push", response_model=PushResponse, tags=["sync"],
              responses={**_ERRORS, 403: {"model": Problem}})
    def push_changes(body: PushRequest, credentials: Credentials) -> Response:
        caller = authenticate(credentials)
        if body.device_id != caller.device_id:
            raise HTTPException(403, wire.Reason("This device token belongs to another device.",
                                                 "other_device"))
        mutations = [
            push.Mutation(m.seq, m.hlc, m.entity, m.op, m.id,
                          m.fields.model_dump(exclude_unset=True))
            for m in body.mutations
        ]
        started = time.perf_counter()
        db = database()
        with db.connection_context():
            try:
                results = push.push(db, facilitator_id=caller.facilitator_id,
                                    device_id=caller.device_id, batch_id=body.batch_id,
                                    seen=body.seen, mutations=mutations)
            except push.PushForbidden as exc:
                return _json({
                    "detail": f"Nothing was applied: {exc.items[0][1]}",
                    "device_id": caller.device_id, "batch_id": body.batch_id,
                    "forbidden": [{"seq": seq, "reason": reason, **wire.reason_fields(reason)}
                                  for seq, reason in exc.items],
                }, 403)
        log.debug("push of %d mutations in %.3fs", len(mutations), time.perf_counter() - started)
        return _json({"device_id": caller.device_id, "batch_id": body.batch_id,
                      "results": results})

    @app.get("/v1/sync/changes", response_model=ChangesResponse, tags=["sync"],
             responses={**_ERRORS, 410: {"model": Problem}})
    def changes(
        credentials: Credentials,
        since: Annotated[str | None, Query(max_length=100)] = None,
        limit: Annotated[int, Query(ge=1, le=wire.MAX_PAGE)] = wire.DEFAULT_PAGE,
        skip_own: bool = False,
    ) -> Response:
        caller = authenticate(credentials)
        db = database()
        with db.connection_context():
            try:
                page = feed.changes(db, facilitator_id=caller.facilitator_id,
                                    device_id=caller.device_id, since=since, limit=limit,
                                    skip_own=skip_own)
            except feed.BadCursor as exc:
                raise HTTPException(400, str(exc)) from None
            except feed.CursorGone as exc:
                raise HTTPException(410, str(exc)) from None
        return _json(page)

    @app.get("/v1/programmes", response_model=list[ProgrammeSummary], tags=["read"],
             responses=_ERRORS)
    def programmes(credentials: Credentials) -> Response:
        caller = authenticate(credentials)
        db = database()
        with db.connection_context():
            rows = db.execute_sql(store.q(
                db, "SELECT r.key, r.data FROM record r JOIN assignment a ON a.programme_id = "
                    "r.key WHERE r.entity = 'programme' AND r.deleted = ? AND "
                    "a.facilitator_id = ? ORDER BY r.key"),
                (False, caller.facilitator_id)).fetchall()
        return _json([{"id": key, "name": json.loads(data).get("name", "")}
                      for key, data in rows])

    @app.get("/v1/programmes/{programme_id}", response_model=ProgrammeDetail, tags=["read"],
             responses={**_ERRORS, 404: {"model": Problem}})
    def programme(
        credentials: Credentials,
        programme_id: Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")],
    ) -> Response:
        caller = authenticate(credentials)
        db = database()
        with db.connection_context():
            row = db.execute_sql(store.q(
                db, "SELECT r.data FROM record r JOIN assignment a ON a.programme_id = r.key "
                    "WHERE r.entity = 'programme' AND r.key = ? AND r.deleted = ? AND "
                    "a.facilitator_id = ?"),
                (programme_id, False, caller.facilitator_id)).fetchone()
            if row is None:
                raise HTTPException(404, wire.Reason("No such programme among yours.",
                                                     "no_such_programme"))
            count = db.execute_sql(store.q(
                db, "SELECT COUNT(*) FROM record WHERE entity = 'session' AND programme_id = ? "
                    "AND deleted = ?"), (programme_id, False)).fetchone()[0]
        return _json({"id": programme_id, "fields": json.loads(row[0]),
                      "sessions": int(count)})

    return app
