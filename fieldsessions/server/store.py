"""The server's own store: peewee models over SQLite or PostgreSQL, chosen by a database URL.

Synced records are kept generically (`Record`: entity, key, programme, JSON data, per-field
stamps), so one conflict rule serves every entity. A record's `key` is its id, except for an
entity whose id is derived from references (attendance, enrolment, ...): there it is those
references joined by ":" (`record_key`), so the unique `(entity, key)` index holds a
session's marks side by side instead of at random uuid5 places, and a push of one session's
marks dirties a few index pages, not one per mark. `record_id` gives the wire id back.
`Counter` is a single row whose update, inside each writing transaction, hands out change-feed
versions: on PostgreSQL the row lock (`SELECT ... FOR UPDATE`) serializes writers, so versions
commit in order and a reader never sees version n+1 before version n; on SQLite the IMMEDIATE
write lock does the same.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import orjson
import peewee
from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    Database,
    DatabaseError,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    SqliteDatabase,
    TextField,
)
from playhouse.pool import PooledPostgresqlDatabase, PooledSqliteDatabase

from fieldsessions.server.errors import ServerConfigError
from fieldsessions.sync import wire

log = logging.getLogger(__name__)

# 2: derived-id records keyed by their references (record_key); 3: receipts keyed by
# (device_id, seq) themselves; 4: empty record stamps read from hlc, sole_device, version;
# 5: records indexed by (programme_id, version); 6: one receipt row per push (PushReceipt),
# record data without a device_id that sole_device holds (stored_data), no
# record.updated_at; 7: issued_cursor (a nonce per feed version given out, feed.py);
# 8: no deleted record with live records in it (push.keep_held_records)
SCHEMA_VERSION = 8
DEFAULT_SQLITE = "fieldsessions-server.sqlite"
# Connections one server process keeps, and how long a request waits for one when all are
# in use (it then gets 503 with Retry-After, never 500). The process serves requests on at
# most POOL_SIZE threads (app.create_app), so it waits only for the connections of others.
POOL_SIZE = 32
POOL_WAIT = 10.0

database = DatabaseProxy()


def utcnow() -> datetime:
    """Naive UTC (both back ends store it as is)."""
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Meta(BaseModel):
    """Facts about this server database: schema version, epoch id."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()


class Counter(BaseModel):
    """One row: the last change-feed version handed out."""

    id = IntegerField(primary_key=True)
    version = BigIntegerField(default=0)


class Facilitator(BaseModel):
    id = AutoField()
    username = CharField(unique=True, max_length=100)
    display_name = TextField(default="")
    password_hash = TextField()
    active = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)


class Assignment(BaseModel):
    """A facilitator assigned to a programme (co-facilitators share one)."""

    id = AutoField()
    facilitator = ForeignKeyField(Facilitator, on_delete="CASCADE")
    programme_id = CharField(max_length=64, index=True)

    class Meta:
        indexes = ((("facilitator", "programme_id"), True),)


class Device(BaseModel):
    """A laptop signed in by a facilitator; its id is made by the laptop."""

    id = CharField(primary_key=True, max_length=64)
    facilitator = ForeignKeyField(Facilitator, on_delete="CASCADE")
    name = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    last_seen_at = DateTimeField(null=True)
    revoked_at = DateTimeField(null=True)


class Token(BaseModel):
    """A device token, stored only as its SHA-256."""

    token_hash = CharField(primary_key=True, max_length=64)
    device = ForeignKeyField(Device, on_delete="CASCADE")
    created_at = DateTimeField(default=utcnow)
    revoked_at = DateTimeField(null=True)


class Record(BaseModel):
    """One synced record, found by `(entity, key)` (see `record_key`). `data` is its fields
    as JSON, less a device_id that `sole_device` holds (`stored_data`, `read_data`).
    `stamps` maps each field to [hlc, device_id, version] of its value; `_deleted` in it is
    the tombstone's stamp. Empty `stamps` stand for `{"*": [hlc, sole_device, version]}` (a
    record written once by one device, most of them), read from those columns."""

    id = AutoField()
    entity = CharField(max_length=32)
    key = CharField(max_length=3 * wire.MAX_ID + 2)  # up to three ids joined by ":"
    programme_id = CharField(max_length=64, null=True)
    owner_id = IntegerField(null=True)  # facilitator who first sent it (participants,
    # programmes; None for what an administrator imported)
    data = TextField()
    stamps = TextField()
    deleted = BooleanField(default=False)
    version = BigIntegerField(index=True)
    hlc = BigIntegerField(default=0)
    sole_device = CharField(max_length=64, null=True)  # set while one device wrote it all

    class Meta:
        # (programme_id, version): the feed reads a programme's records above a cursor
        # without visiting the older ones.
        indexes = ((("entity", "key"), True), (("programme_id", "version"), False))


class ParticipantScope(BaseModel):
    """A participant seen in a programme (enrolled or marked): its facilitators may see it."""

    id = AutoField()
    participant_id = CharField(max_length=64)
    programme_id = CharField(max_length=64, index=True)

    class Meta:
        indexes = ((("participant_id", "programme_id"), True),)


class PushReceipt(BaseModel):
    """What one push applied, so the same (device, seq) again is answered from here.

    One row per push, not per change: `items` is the JSON list of `[seq, digest,
    result]` (plus the reason when there is one) of the changes that push applied, and
    `low_seq`/`high_seq` bound their seqs. A seq is received at most once (pushes are
    serialized by the feed lock, and a repeated seq is answered, never stored again), so a
    device's `high_seq` values are distinct, and a push finds the receipts it may repeat by
    `high_seq >= its lowest seq`: none at all for a push of new changes, the common case."""

    id = AutoField()
    device_id = CharField(max_length=64)
    batch_id = CharField(max_length=64)
    low_seq = BigIntegerField()
    high_seq = BigIntegerField()
    items = TextField()
    received_at = DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("device_id", "high_seq"), True),)


class IssuedCursor(BaseModel):
    """A feed version given out in a cursor, with the random nonce the cursor carries
    (feed.py): a cursor is valid only while this row holds its nonce, so a cursor from
    before a restore to an older backup is refused, never taken for a later write that was
    given the same version."""

    version = BigIntegerField(primary_key=True)
    nonce = CharField(max_length=32)


class Conflict(BaseModel):
    """A concurrent edit that lost the last-writer-wins rule, kept for review."""

    id = AutoField()
    entity = CharField(max_length=32)
    key = CharField(max_length=64)
    programme_id = CharField(max_length=64, null=True, index=True)
    field = CharField(max_length=64)
    losing_value = TextField()
    winning_value = TextField()
    losing_device = CharField(max_length=64)
    losing_hlc = BigIntegerField()
    winning_device = CharField(max_length=64)
    winning_hlc = BigIntegerField()
    created_at = DateTimeField(default=utcnow)


ALL_MODELS: list[type[BaseModel]] = [
    Meta, Counter, Facilitator, Assignment, Device, Token, Record, ParticipantScope,
    PushReceipt, Conflict, IssuedCursor,
]


def default_url() -> str:
    return f"sqlite:///{Path(DEFAULT_SQLITE).resolve()}"


def _pool_options(size: int) -> dict[str, Any]:
    """A pool of `size` connections; a request that finds them all in use waits up to
    POOL_WAIT seconds for one (peewee's pool otherwise fails at once), then gets
    MaxConnectionsExceeded, which the app answers 503 with Retry-After."""
    return {"max_connections": size, "stale_timeout": 600, "timeout": POOL_WAIT}


def make_database(url: str, *, pooled: bool = True, pool_size: int | None = None) -> Database:
    """A peewee database for `sqlite:///path` or `postgresql://...` (not yet connected);
    pooled: `pool_size` connections (POOL_SIZE when None)."""
    pool_size = pool_size or POOL_SIZE
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        # As SQLAlchemy reads it: sqlite:///relative.sqlite, sqlite:////absolute/path.sqlite
        path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else ""
        if not path:
            raise ServerConfigError("A SQLite URL needs a file: sqlite:///path/to/file.sqlite")
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # Every commit is still synced (synchronous FULL). The WAL is copied back into the
        # database every 16384 pages (64 MB) instead of SQLite's 1000: a push touches
        # hundreds of random index pages (uuid keys), which a checkpoint then copies once
        # instead of many times (push -17 % at 100,000 marks). It is cut back to 64 MB after.
        pragmas = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                   "busy_timeout": 30000, "cache_size": -65536, "temp_store": 2,
                   "wal_autocheckpoint": 16384, "journal_size_limit": 64 * 1024 * 1024}
        cls = PooledSqliteDatabase if pooled else SqliteDatabase
        extra: dict[str, Any] = _pool_options(pool_size) if pooled else {}
        return cls(str(Path(path).expanduser()), pragmas=pragmas, lock_type="IMMEDIATE",
                   check_same_thread=False, **extra)
    if parsed.scheme in ("postgresql", "postgres"):
        normal = "postgresql://" + url.split("://", 1)[1]
        if pooled:
            return PooledPostgresqlDatabase(normal, **_pool_options(pool_size))
        return PostgresqlDatabase(normal)
    raise ServerConfigError(
        f"Unsupported database URL {url!r}: use sqlite:///path or postgresql://user@host/db."
    )


@contextlib.contextmanager
def connected(db: Database) -> Iterator[None]:
    """This thread's connection for the block: opened (from the pool) and given back after
    when the thread had none, else the one it has, left open (peewee's connection_context
    would close an outer block's connection)."""
    if not db.is_closed():
        yield
        return
    with db.connection_context():
        yield


def is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def open_database(url: str | None = None, *, pooled: bool = True,
                  pool_size: int | None = None) -> Database:
    """Connect, create or check the schema, and bind the models. Returns the database."""
    url = url or os.environ.get("FIELDSESSIONS_SERVER_DATABASE") or default_url()
    db = make_database(url, pooled=pooled, pool_size=pool_size)
    database.initialize(db)
    try:
        with db.connection_context():
            _migrate(db)
    except DatabaseError as exc:
        where = url.split("@")[-1]
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0].strip("'\" ")
        raise ServerConfigError(f"Cannot open the server database {where}: {detail}") from exc
    return db


def _migrate(db: Database) -> None:
    with db.atomic():
        if not db.table_exists("meta"):
            _create_tables(db)
            Meta.insert_many([
                {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                {"key": "epoch", "value": wire.new_epoch()},
            ]).execute()
            Counter.insert(id=1, version=0).execute()
            return
        row = Meta.get_or_none(Meta.key == "schema_version")
        version = int(row.value) if row else 0
        if version > SCHEMA_VERSION:
            raise ServerConfigError(
                f"The server database has schema {version}; this server understands up to "
                f"{SCHEMA_VERSION}. Update fieldsessions-server."
            )
        while version in _UPGRADES and version < SCHEMA_VERSION:
            _UPGRADES[version](db)
            version += 1
            Meta.update(value=str(version)).where(Meta.key == "schema_version").execute()
            log.info("server database upgraded to schema %d", version)
        if version < SCHEMA_VERSION:
            # Schemas 1-5 came from development builds only (no server was deployed with them).
            raise ServerConfigError(
                f"The server database has schema {version}, from a development build this "
                f"server cannot convert; start with a new database file (schema "
                f"{SCHEMA_VERSION})."
            )


def _add_issued_cursor(db: Database) -> None:
    """6 -> 7. Cursors given out before have no nonce: each laptop downloads everything
    once more after the upgrade (safe; nothing is missed)."""
    db.create_tables([IssuedCursor])


def _keep_held_records(db: Database) -> None:
    """7 -> 8. A server before the delete rule (server/push.py, "Deletes and recorded
    work") could hold a deleted record with live records in it (a deleted session with
    marks): laptops then kept the marks but not the session, or the session's delete waited
    on them forever. Such records are kept now, as the rule does, and every laptop pulls
    them again; each is logged, and the conflicts table names it."""
    from fieldsessions.server import push  # push builds on this module

    for line in push.keep_held_records(db):
        log.warning("server database upgrade: %s", line)


# schema version -> the step that upgrades a database from it to the next, in a transaction
_UPGRADES: dict[int, Callable[[Database], None]] = {6: _add_issued_cursor,
                                                    7: _keep_held_records}


# The reference fields a derived record's id is made from, per entity (wire.Entity.derive).
_KEY_NAMES = {name: entity.derive[1] for name, entity in wire.ENTITIES.items()
              if entity.derive is not None}


def record_key(entity: str, fields: dict[str, Any], record_id: str | None) -> str | None:
    """Where a record is stored: its references joined by ":" when its id is derived from
    them, else its id; None when a derived record's references are missing from `fields`.
    The derived id is the uuid5 of exactly this text (`record_id`), so two records share a
    key exactly when they share an id."""
    names = _KEY_NAMES.get(entity)
    if names is None:
        return record_id
    parts: list[str] = []
    for name in names:
        part = fields.get(name)
        if type(part) is not str or not part:
            return None
        parts.append(part)
    return ":".join(parts)


def record_id(entity: str, key: str) -> str:
    """The wire id of the record stored under `key` (wire.derive_id for derived entities)."""
    spec = wire.ENTITIES[entity].derive if entity in wire.ENTITIES else None
    return key if spec is None else wire.uuid5_text(spec[0] + ":" + key)


def encode_json(value: Any) -> str:
    """Compact JSON text (UTF-8 kept, keys in their order) of a value made of JSON types,
    with orjson: the server encodes every change it receives, so this is a hot path. The
    values come from checked requests (no NaN: orjson would write it as null) or from JSON
    the server stored."""
    return orjson.dumps(value).decode()


def stored_data(entity: str, data: dict[str, Any], *, deleted: bool, sole: str | None) -> str:
    """A record's data as stored: JSON, without a `device_id` field equal to `sole_device`
    in a live record of an entity that names its writing device (marks, ticks: almost
    always the one device that wrote it). `read_data` puts it back."""
    if not deleted and sole is not None and entity in wire.DEVICE_FIELD_ENTITIES \
            and data.get("device_id") == sole:
        return encode_json({name: value for name, value in data.items()
                            if name != "device_id"})
    return encode_json(data)


def read_data(entity: str, text: str, *, deleted: bool, sole: str | None) -> dict[str, Any]:
    """The data `stored_data` wrote, whole again."""
    data: dict[str, Any] = json.loads(text)
    if not deleted and sole is not None and entity in wire.DEVICE_FIELD_ENTITIES \
            and "device_id" not in data:
        data["device_id"] = sole
    return data


def _create_tables(db: Database) -> None:
    """The schema at SCHEMA_VERSION."""
    db.create_tables(ALL_MODELS)


def epoch(db: Database) -> str:
    """This server database's epoch id (raw SQL: the app does not rely on the model proxy)."""
    return str(db.execute_sql("SELECT value FROM meta WHERE key = 'epoch'").fetchone()[0])


def moment_param(db: Database, moment: datetime) -> Any:
    """A naive UTC datetime as a query parameter for many rows: on SQLite the text its
    default adapter would make (adapted once instead of once per row)."""
    return moment if is_postgres(db) else moment.isoformat(" ")


def q(db: Database, sql: str) -> str:
    """SQL written with ? placeholders, for this back end."""
    return sql.replace("?", "%s") if is_postgres(db) else sql


def among(db: Database, values: list[str]) -> tuple[str, tuple[Any, ...]]:
    """A test of a column against `values`, and its parameters. On PostgreSQL `IN (SELECT
    unnest(?))` with one array: a short statement whose placeholders psycopg converts once
    (`IN (?, ...)` with hundreds is converted in Python on every push), which the planner
    joins by hash where `IN (list)` or `= ANY` compares every row with every value (a
    push's 200 participants against participant_scope: 2.6 -> 0.8 ms). `IN (?, ...)` on
    SQLite."""
    if is_postgres(db):
        return "IN (SELECT unnest(?::text[]))", (list(values),)
    return f"IN ({', '.join('?' * len(values))})", tuple(values)


def executemany(db: Database, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """`sql` (with ? placeholders) for each row in one call, raising the driver's errors as
    peewee's (IntegrityError, DatabaseError, ...) the way `execute_sql` does.

    On PostgreSQL a plain `INSERT INTO table (columns) VALUES (?, ...)` is sent as one COPY
    of the rows: psycopg's executemany sends and binds each row on its own, which took most
    of a push's time there. A key already taken still fails the whole COPY with an
    IntegrityError, as the INSERTs would."""
    with peewee.__exception_wrapper__:
        head, values, tail = sql.partition(" VALUES (")
        target = head.strip()
        if is_postgres(db) and values and target.upper().startswith("INSERT INTO ") \
                and tail.strip() == ", ".join(["?"] * tail.count("?")) + ")":
            with db.cursor().copy(f"COPY {target[len('INSERT INTO '):]} FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        db.cursor().executemany(q(db, sql), rows)


def cursor_nonce(db: Database, version: int) -> str | None:
    """The nonce of the cursors given out at feed `version` (IssuedCursor), if any."""
    row = db.execute_sql(q(db, "SELECT nonce FROM issued_cursor WHERE version = ?"),
                         (version,)).fetchone()
    return None if row is None else str(row[0])


def lock_counter(db: Database) -> int:
    """Inside a transaction: take the feed lock and return the current version."""
    return int(ask_lock(db).fetchone()[0])


def ask_lock(db: Database) -> Any:
    """`lock_counter`, its answer read later from the returned cursor (inside `pipeline`,
    with the statements sent after it)."""
    suffix = " FOR UPDATE" if is_postgres(db) else ""
    return db.execute_sql("SELECT version FROM counter WHERE id = 1" + suffix)


@contextlib.contextmanager
def pipeline(db: Database) -> Iterator[None]:
    """On PostgreSQL, statements executed inside are sent without waiting for each one's
    answer (psycopg's pipeline mode): reading a result waits for the answers of everything
    sent before it, and leaving the block for the rest. So statements that do not need
    each other's answers, sent one after another and read after, cost one round trip to
    the database instead of one each, which counts inside the feed lock. No COPY inside
    (`executemany`). Errors are raised as peewee's, as `execute_sql` raises them. On
    SQLite each statement runs when executed, as outside."""
    if not is_postgres(db):
        yield
        return
    with peewee.__exception_wrapper__, db.connection().pipeline():
        yield


def save_counter(db: Database, version: int) -> None:
    db.execute_sql(q(db, "UPDATE counter SET version = ? WHERE id = 1"), (version,))
