"""Integration set-up: the real server (uvicorn subprocess on a free loopback port), real
SQLite files for laptops, and the server's database on SQLite or on a private PostgreSQL 15
cluster started here (skipped with a reason when the binaries are missing, failed under CI).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from fieldsessions.db import store as local_store
from fieldsessions.server import admin, store
from fieldsessions.sync import engine as sync_engine
from fieldsessions.sync.client import RetryPolicy, ServerClient
from fieldsessions.sync.credentials import CredentialStore

PG_BIN = Path(os.environ.get("FIELDSESSIONS_PG_BIN", "/usr/lib/postgresql/15/bin"))
PASSWORD = "correct horse battery"
FAST_RETRY = RetryPolicy(attempts=3, base=0.05, cap=0.2, max_retry_after=5)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------------------- PostgreSQL


@dataclass
class PgCluster:
    port: int
    folder: Path
    as_postgres: list[str]

    def url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def admin_sql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} failed: {done.stdout}\n{done.stderr}")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    if not (PG_BIN / "initdb").exists():
        reason = (f"PostgreSQL 15 binaries not found in {PG_BIN} "
                  "(apt-get install postgresql-15, or set FIELDSESSIONS_PG_BIN)")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the cluster as the postgres user
        shutil.chown(folder, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    os.chmod(folder, 0o700)
    data = folder / "data"
    _run([*as_postgres, str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U",
          "postgres", "-E", "UTF8", "--locale=C", "--no-sync"])
    port = free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
    _run([*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
          "-w", "-t", "60", "-o", options, "start"])
    try:
        yield PgCluster(port, folder, as_postgres)
    finally:
        subprocess.run([*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m",
                        "immediate", "-w", "stop"], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


# ---------------------------------------------------------------------------- server database


@dataclass
class Backend:
    """The server's database for one test, with backup and restore for the rollback test."""

    kind: str
    url: str
    folder: Path
    cluster: PgCluster | None = None
    name: str = ""

    @contextlib.contextmanager
    def db(self) -> Iterator[Any]:
        database = store.open_database(self.url, pooled=False)
        try:
            yield database
        finally:
            database.close()

    def rows(self, table: str) -> list[tuple[Any, ...]]:
        with self.db() as database:
            return [tuple(r) for r in database.execute_sql(
                f"SELECT * FROM {table} ORDER BY 1").fetchall()]

    def count(self, table: str, where: str = "1 = 1") -> int:
        with self.db() as database:
            return int(database.execute_sql(
                f"SELECT COUNT(*) FROM {table} WHERE {where}").fetchone()[0])

    def received(self) -> int:
        """How many changes the server holds receipts for (one push_receipt row per push,
        listing its changes)."""
        with self.db() as database:
            return sum(len(json.loads(items)) for (items,) in database.execute_sql(
                "SELECT items FROM push_receipt").fetchall())

    def tables(self) -> dict[str, list[tuple[Any, ...]]]:
        names = ["record", "push_receipt", "conflict", "assignment", "participant_scope", "counter"]
        return {name: self.rows(name) for name in names}

    def backup(self) -> None:
        """Copy the database aside (the server must be stopped)."""
        if self.cluster is None:
            path = Path(self.url[len("sqlite:///"):])
            for suffix in ("", "-wal", "-shm"):
                source = Path(str(path) + suffix)
                if source.exists():
                    shutil.copy(source, self.folder / ("backup" + suffix))
        else:
            self.cluster.admin_sql(f"CREATE DATABASE {self.name}_bak TEMPLATE {self.name}")

    def restore(self) -> None:
        """Put the backup back (the server must be stopped)."""
        if self.cluster is None:
            path = Path(self.url[len("sqlite:///"):])
            for suffix in ("", "-wal", "-shm"):
                target = Path(str(path) + suffix)
                target.unlink(missing_ok=True)
                source = self.folder / ("backup" + suffix)
                if source.exists():
                    shutil.copy(source, target)
        else:
            self.cluster.admin_sql(f"DROP DATABASE {self.name}")
            self.cluster.admin_sql(f"CREATE DATABASE {self.name} TEMPLATE {self.name}_bak")

    def add_facilitator(self, username: str, display: str = "") -> None:
        with self.db() as database:
            admin.add_facilitator(database, username, PASSWORD, display or username.title())

    def assign(self, username: str, programme_id: str) -> None:
        with self.db() as database:
            admin.assign(database, username, programme_id)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "sqlite":
        yield Backend("sqlite", f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path)
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    name = "t" + uuid.uuid4().hex[:12]
    cluster.admin_sql(f"CREATE DATABASE {name}")
    try:
        yield Backend("postgres", cluster.url(name), tmp_path, cluster, name)
    finally:
        for db_name in (name, f"{name}_bak"):
            cluster.admin_sql(f"DROP DATABASE IF EXISTS {db_name} WITH (FORCE)")


# ---------------------------------------------------------------------------- server process


@dataclass
class ServerProcess:
    backend: Backend
    port: int = field(default_factory=free_port)
    extra: list[str] = field(default_factory=list)
    proc: subprocess.Popen[str] | None = None
    lines: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ServerProcess:
        command = [sys.executable, "-m", "fieldsessions.server.cli", "serve", "--database",
                   self.backend.url, "--host", "127.0.0.1", "--port", str(self.port),
                   "--rate-limit", "0", *self.extra]
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True, env=env)
        ready = threading.Event()

        def drain(stream: Any) -> None:
            for line in stream:
                self.lines.append(line)
                del self.lines[:-200]
                if "Uvicorn running on" in line:
                    ready.set()

        self.reader = threading.Thread(target=drain, args=(self.proc.stderr,), daemon=True)
        self.reader.start()
        deadline = time.monotonic() + 30
        while not ready.wait(0.05):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the server did not start:\n" + "".join(self.lines))
        while True:  # with --workers, the port answers once a worker has started
            try:
                requests.get(self.url + "/v1/health", timeout=5).raise_for_status()
                return self
            except requests.ConnectionError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the server did not start:\n"
                                       + "".join(self.lines)) from None
                time.sleep(0.05)

    def _reap(self) -> None:
        assert self.proc is not None
        if self.reader is not None:
            self.reader.join(10)
        if self.proc.stderr is not None:
            self.proc.stderr.close()

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, like a power cut."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
            self._reap()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
            self._reap()


@pytest.fixture
def server(backend: Backend) -> Iterator[ServerProcess]:
    process = ServerProcess(backend).start()
    try:
        yield process
    finally:
        process.stop()


# ---------------------------------------------------------------------------- laptops


class Laptop:
    """One facilitator's laptop: its own SQLite file; the models are bound while inside."""

    def __init__(self, folder: Path, name: str) -> None:
        self.name = name
        self.path = folder / f"{name}.sqlite"
        self.credentials = CredentialStore(folder / f"{name}-credentials", use_keyring=False)
        with self:
            pass

    def __enter__(self) -> Laptop:
        local_store.open_store(self.path)
        return self

    def __exit__(self, *_exc: object) -> None:
        local_store.close_store()

    def sign_in(self, server: ServerProcess, username: str) -> None:
        with self:
            sync_engine.sign_in(server.url, username, PASSWORD, credentials=self.credentials)

    def client(self, url: str | None = None, **kwargs: Any) -> ServerClient:
        """Call inside `with laptop:`."""
        server_url = sync_engine.get_setting(sync_engine.SERVER_KEY)
        assert server_url
        device_id = sync_engine.SyncEngine._device_id()
        token = self.credentials.load(server_url, device_id)
        kwargs.setdefault("retry", FAST_RETRY)
        kwargs.setdefault("timeout", (2.0, 20.0))
        return ServerClient(url or server_url, token, **kwargs)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`fieldsessions --db <this laptop> ARGS` as a user runs it, with its credentials."""
        env = dict(os.environ, FIELDSESSIONS_CREDENTIALS_DIR=str(self.credentials.folder))
        return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(self.path),
                               *args], capture_output=True, text=True, env=env, timeout=120,
                              check=False)

    def sync(self, **kwargs: Any) -> sync_engine.Receipt:
        batch_size = kwargs.pop("batch_size", 500)
        with self:
            client = self.client(**kwargs)
            try:
                return sync_engine.SyncEngine(client, batch_size=batch_size).run()
            finally:
                client.close()


@pytest.fixture
def laptops(tmp_path: Path) -> Any:
    def make(name: str) -> Laptop:
        return Laptop(tmp_path, name)

    return make


def signed_in(backend: Backend, server: ServerProcess, laptops: Any,
              *users: str) -> list[Laptop]:
    """A laptop for each user, made a facilitator on the server and signed in."""
    signed = []
    for user in users:
        backend.add_facilitator(user)
        laptop = laptops(user)
        laptop.sign_in(server, user)
        signed.append(laptop)
    return signed


def token_for(server: ServerProcess, username: str, device_id: str | None = None) -> tuple[
    str, str
]:
    """A device token by plain HTTP: (device_id, token)."""
    device_id = device_id or str(uuid.uuid4())
    answer = requests.post(server.url + "/v1/auth/device", json={
        "username": username, "password": PASSWORD, "device_id": device_id,
        "device_name": "test"}, timeout=10)
    answer.raise_for_status()
    return device_id, str(answer.json()["token"])
