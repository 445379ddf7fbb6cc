"""Rate limits that hold across every worker process: token buckets kept in a shared table.

Each key (a device token's hash, a client address, a client address and user name) gets
`burst` requests at once and `rate` more per second; past that the caller gets 429 with
Retry-After saying when the next request will be let in. One statement takes a token from a
bucket (an upsert that refills it by the time passed, takes one when there is one, and returns
what is left), so two processes never both take the last one.

Where the buckets live: on PostgreSQL an UNLOGGED table `rate_bucket` in the server's own
database (every worker, on every box behind a load balancer, sees it; a crash may forget
buckets, which only refills them). On SQLite a file of its own beside the database
(`<database>.limits`): the server's database takes one writer at a time, and a push holds it
for its whole transaction, so a bucket there would make every request wait for the pushes.
A SQLite server runs on one box, and its workers share that file.
"""

from __future__ import annotations

import math
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from peewee import Database, DatabaseError

from fieldsessions.server import store

PRUNE_AFTER = 3600.0  # seconds: a bucket untouched this long is full again (burst / rate)
PRUNE_ONE_IN = 1000  # takes between prunes, on average


class Buckets(Protocol):
    def take(self, key: str, rate: float, burst: int, now: float) -> float:
        """Take one token from `key`'s bucket: 0 when there was one, else the seconds until
        there is."""


def _take_sql(least: str) -> str:
    refilled = f"{least}(?, rate_bucket.tokens + (? - rate_bucket.stamp) * ?)"
    return (
        "INSERT INTO rate_bucket (key, tokens, stamp, granted) VALUES (?, ?, ?, 1) "
        "ON CONFLICT (key) DO UPDATE SET "
        f"tokens = {refilled} - CASE WHEN {refilled} >= 1 THEN 1 ELSE 0 END, "
        f"granted = CASE WHEN {refilled} >= 1 THEN 1 ELSE 0 END, stamp = ? "
        "RETURNING tokens, granted"
    )


def _take_params(key: str, rate: float, burst: int, now: float) -> tuple[object, ...]:
    refill = (float(burst), now, rate)
    return (key, float(burst) - 1.0, now, *refill, *refill, *refill, now)


def _wait(row: tuple[float, int], rate: float) -> float:
    tokens, granted = row
    return 0.0 if granted else (1.0 - float(tokens)) / rate


class SqliteBuckets:
    """Buckets in a SQLite file of their own, one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._sql = _take_sql("min")
        self._connection().execute(
            "CREATE TABLE IF NOT EXISTS rate_bucket (key TEXT PRIMARY KEY, tokens REAL NOT "
            "NULL, stamp REAL NOT NULL, granted INTEGER NOT NULL)")

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=10,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode=wal")
            conn.execute("PRAGMA synchronous=OFF")  # a lost bucket is only a full one
            self._local.conn = conn
        return conn

    def take(self, key: str, rate: float, burst: int, now: float) -> float:
        conn = self._connection()
        row = conn.execute(self._sql, _take_params(key, rate, burst, now)).fetchone()
        if random.randrange(PRUNE_ONE_IN) == 0:
            conn.execute("DELETE FROM rate_bucket WHERE stamp < ?", (now - PRUNE_AFTER,))
        return _wait(row, rate)


class PostgresBuckets:
    """Buckets in an UNLOGGED table of the server's PostgreSQL database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._sql = _take_sql("LEAST").replace("?", "%s")
        with store.connected(db):
            try:
                db.execute_sql(
                    "CREATE UNLOGGED TABLE IF NOT EXISTS rate_bucket (key TEXT PRIMARY KEY, "
                    "tokens DOUBLE PRECISION NOT NULL, stamp DOUBLE PRECISION NOT NULL, "
                    "granted INTEGER NOT NULL)")
            except DatabaseError:  # another worker made it at the same moment
                if not db.table_exists("rate_bucket"):
                    raise

    def take(self, key: str, rate: float, burst: int, now: float) -> float:
        with store.connected(self.db):
            row = self.db.execute_sql(self._sql, _take_params(key, rate, burst, now)).fetchone()
            if random.randrange(PRUNE_ONE_IN) == 0:
                self.db.execute_sql("DELETE FROM rate_bucket WHERE stamp < %s",
                                    (now - PRUNE_AFTER,))
        return _wait(row, rate)


def shared_buckets(db: Database) -> Buckets:
    """The buckets every process serving `db` shares (see the module docstring)."""
    if store.is_postgres(db):
        return PostgresBuckets(db)
    return SqliteBuckets(Path(str(db.database) + ".limits"))


class RateLimiter:
    """Attributes:
    rate: requests added per second (0: no limit).
    burst: the bucket's size.
    """

    def __init__(self, buckets: Buckets | None, rate: float, burst: int, *, kind: str,
                 clock: Callable[[], float] = time.time) -> None:
        self.buckets = buckets
        self.rate = rate
        self.burst = max(1, burst)
        self.kind = kind  # keeps each limit's keys apart in the shared table
        self._clock = clock

    def check(self, key: str) -> float:
        """Take one request from `key`'s bucket: 0 when allowed, else seconds to wait."""
        if self.rate <= 0 or self.buckets is None:
            return 0.0
        return self.buckets.take(f"{self.kind}:{key}", self.rate, self.burst, self._clock())


def retry_after_header(wait: float) -> str:
    return str(max(1, math.ceil(wait)))
