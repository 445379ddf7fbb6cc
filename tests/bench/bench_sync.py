"""Benchmark: what facilitators wait on when they sync, each against a floor measured here.

    .venv/bin/python tests/bench/bench_sync.py [--part a,b,c] [--laptops 200] [--marks 200]

(a) a week's work: 300 marks (100 people x 3 sessions), 3 session reports and 20 outcome
    ticks, synced by the engine through a link emulator on 127.0.0.1 (`Link`: 60 kbit/s up,
    120 kbit/s down, 300 ms each way). Against the physical floor of what crossed the link:
    bytes up / 60 kbit/s + bytes down / 120 kbit/s + HTTP requests x 600 ms (one round trip
    each). Target: <= 1.3x.
(b) a new laptop's first sync of a 2,000-person, 100-session programme (its programme,
    sessions, participants and enrolments, pushed by another laptop of the same
    facilitator), on the same link, against the same floor. Target: <= 1.3x.
(c) `--laptops` laptops pushing `--marks` marks each at the same moment to the server on
    PostgreSQL (a private cluster started here, as the integration tests do): marks/s,
    p50/p95 latency of a laptop's push (retries included), HTTP 5xx answers and laptops
    that never got through, 429/503 answers (back-pressure, retried after Retry-After as the
    app does). Baseline in the same run: the same marks inserted into PostgreSQL by the
    same number of clients, each its own connection and one transaction, taken 3 times (a
    single sample varied 0.5-3 s on a shared machine): the ratio is to their median.
    Target: 0 errors and the whole push within 3x the raw insert.

Only the sync (engine.run) and the pushes are timed, not setting up stores and servers. (a)
and (b) run the engine in this process; the link runs on its own event-loop thread. A script,
not a test: it asserts no timings and pytest does not collect it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "bench password"
READY = "Uvicorn running on"
UP_BPS, DOWN_BPS, ONE_WAY = 60_000, 120_000, 0.300
PACKET = 1460
PG_BIN = Path(os.environ.get("FIELDSESSIONS_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------------------- link emulator


class Link:
    """A TCP relay on 127.0.0.1 to `target_port` that delays and paces the bytes like a slow
    link: each direction is a pipe of its own bandwidth, and a packet (at most 1460 bytes)
    arrives `ONE_WAY` seconds after the pipe finished sending it. `shaping` off passes bytes
    straight through (for setting up). Counts the bytes each way and the connections."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = _free_port()
        self.shaping = False
        self.up = self.down = self.connections = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(10)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        self.up = self.down = self.connections = 0

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._accept, "127.0.0.1", self.port))
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()

    def close(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        target_reader, target_writer = await asyncio.open_connection("127.0.0.1",
                                                                     self.target_port)
        await asyncio.gather(self._pipe(reader, target_writer, UP_BPS, "up"),
                             self._pipe(target_reader, writer, DOWN_BPS, "down"),
                             return_exceptions=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                    bits_per_second: int, side: str) -> None:
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        async def deliver() -> None:
            while (item := await queue.get()) is not None:
                at, data = item
                wait = at - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            if writer.can_write_eof():
                writer.write_eof()

        sender = asyncio.create_task(deliver())
        free_at = 0.0
        try:
            while data := await reader.read(65536):
                if side == "up":
                    self.up += len(data)
                else:
                    self.down += len(data)
                if not self.shaping:
                    queue.put_nowait((0.0, data))
                    continue
                for start in range(0, len(data), PACKET):
                    packet = data[start:start + PACKET]
                    free_at = max(free_at, loop.time()) + len(packet) * 8 / bits_per_second
                    queue.put_nowait((free_at + ONE_WAY, packet))
        finally:
            queue.put_nowait(None)
            await sender


class RequestCounter:
    """Counts the HTTP requests this process sends (every try of a retried one too)."""

    def __init__(self) -> None:
        import requests.adapters

        self.count = 0
        adapter = requests.adapters.HTTPAdapter
        original = adapter.send

        def send(adapter_self: Any, *args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return original(adapter_self, *args, **kwargs)

        adapter.send = send  # type: ignore[method-assign]


# ---------------------------------------------------------------------------- server process


def start_server(database_url: str, log: Path, *extra: str) -> tuple[
    subprocess.Popen[str], int
]:
    """The server on a free port, its log in `log` (a pipe nobody reads would fill up and
    stop it)."""
    port = _free_port()
    with log.open("a") as stream:
        proc = subprocess.Popen(
            [sys.executable, "-m", "fieldsessions.server.cli", "serve", "--database",
             database_url, "--port", str(port), "--rate-limit", "0", "--log-level", "warning",
             *extra], stdout=subprocess.DEVNULL, stderr=stream, text=True, cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1"))
    import requests

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server did not start:\n{log.read_text()}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).ok:
                return proc, port
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start in 60 s")


def stop_server(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


@contextmanager
def server_on(database_url: str, *extra: str) -> Iterator[int]:
    log = Path(tempfile.mkstemp(prefix="bench-server-", suffix=".log")[1])
    proc, port = start_server(database_url, log, *extra)
    try:
        yield port
    finally:
        stop_server(proc)
        errors = log.read_text().count("Traceback")
        if errors:
            print(f"  the server logged {errors} tracebacks")
        log.unlink()


# ---------------------------------------------------------------------------- laptops


class Laptop:
    """A laptop data file; its models are bound while inside `with`."""

    def __init__(self, folder: Path, name: str) -> None:
        from fieldsessions.sync.credentials import CredentialStore

        self.path = folder / f"{name}.sqlite"
        self.credentials = CredentialStore(folder / f"{name}-credentials", use_keyring=False)

    def __enter__(self) -> Laptop:
        from fieldsessions.db import store

        store.open_store(self.path)
        return self

    def __exit__(self, *_exc: object) -> None:
        from fieldsessions.db import store

        store.close_store()

    def sign_in(self, url: str, username: str) -> None:
        from fieldsessions.sync import engine

        engine.sign_in(url, username, PASSWORD, credentials=self.credentials)

    def sync(self) -> Any:
        from fieldsessions.sync import engine

        receipt = engine.engine_from_settings(credentials=self.credentials).run()
        if receipt.error or not receipt.all_accepted:
            raise SystemExit("sync failed: " + "; ".join(receipt.lines()))
        return receipt


def add_facilitator(database_url: str, username: str) -> None:
    from fieldsessions.server import admin
    from fieldsessions.server import store as server_store

    db = server_store.open_database(database_url, pooled=False)
    try:
        admin.add_facilitator(db, username, PASSWORD, username.title())
    finally:
        db.close()


def programme(name: str, sessions: int, people: int, folder: Path, *,
              outcomes: tuple[str, ...] = ()) -> str:
    """On the open laptop: a daily programme whose `sessions` sessions are all past, with
    `people` participants imported from a roster and enrolled."""
    from datetime import time as clock

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.services import importing, programmes

    spec = ProgrammeSpec(name=name, frequency=Frequency.DAILY,
                         start_date=date.today() - timedelta(days=sessions + 1), count=sessions,
                         start_time=clock(0, 5), duration_min=60, outcomes=outcomes)
    info = programmes.create_programme(spec)
    roster = folder / f"{uuid.uuid4().hex}.csv"
    roster.write_text("name,id,group\n" + "".join(
        f"Person {i:05d},ID{i},Group {i % 9}\n" for i in range(people)), encoding="utf-8")
    importing.import_roster(roster, info.id)
    return info.id


@dataclass
class LinkFigure:
    seconds: float
    up: int
    down: int
    requests: int
    connections: int

    @property
    def floor(self) -> float:
        return (self.up * 8 / UP_BPS + self.down * 8 / DOWN_BPS
                + self.requests * 2 * ONE_WAY)

    def line(self, label: str) -> str:
        return (f"{label}: {self.seconds:.2f}s over the link; floor {self.floor:.2f}s "
                f"({self.up} B up, {self.down} B down, {self.requests} requests, "
                f"{self.connections} connections) -> {self.seconds / self.floor:.2f}x the "
                "floor (target <= 1.3x)")


def timed_sync(laptop: Laptop, link: Link, counter: RequestCounter) -> LinkFigure:
    link.reset()
    counter.count = 0
    link.shaping = True
    try:
        with laptop:
            started = time.perf_counter()
            laptop.sync()
            seconds = time.perf_counter() - started
    finally:
        link.shaping = False
    return LinkFigure(seconds, link.up, link.down, counter.count, link.connections)


def part_a(folder: Path, counter: RequestCounter, people: int = 100) -> LinkFigure:
    """A week's work: 300 marks (3 sessions of `people`), 3 session reports, 20 outcome
    ticks."""
    from fieldsessions.services import (
        attendance,
        outcomes,
        participants,
        programmes,
        session_reports,
    )

    url = f"sqlite:///{folder / 'server-a.sqlite'}"
    add_facilitator(url, "week")
    with server_on(url) as port:
        link = Link(port)
        try:
            laptop = Laptop(folder, "week")
            with laptop:
                pid = programme("Weekly group", 3, people, folder,
                                outcomes=("Knows the steps", "Can explain them"))
                laptop.sign_in(link.url, "week")
                laptop.sync()
                people = [p.id for p in participants.list_participants(pid)]
                sessions = programmes.list_sessions(pid, kind="past")
                for n, session in enumerate(sessions):
                    attendance.mark_many(session.id, {
                        person: ("absent" if i % 7 == n else "present", None)
                        for i, person in enumerate(people)})
                    session_reports.save_session_report(
                        session.id, held=True, notes=f"Day {n + 1} went well.")
                first = outcomes.session_outcomes(sessions[0].id)
                outcomes.tick_many(sessions[0].id, {
                    (people[i // 2], first[i % 2].id): True for i in range(20)})
            return timed_sync(laptop, link, counter)
        finally:
            link.close()


def part_b(folder: Path, counter: RequestCounter) -> LinkFigure:
    """A new laptop's first sync of a 2,000-person, 100-session programme."""
    url = f"sqlite:///{folder / 'server-b.sqlite'}"
    add_facilitator(url, "big")
    with server_on(url) as port:
        link = Link(port)
        try:
            office = Laptop(folder, "office")
            with office:
                programme("Big programme", 100, 2000, folder)
                office.sign_in(link.url, "big")
                office.sync()
            new = Laptop(folder, "new")
            with new:
                new.sign_in(link.url, "big")
            figure = timed_sync(new, link, counter)
            with new:
                from fieldsessions.db.models import Enrolment, Participant, Session

                held = (Participant.select().count(), Session.select().count(),
                        Enrolment.select().count())
            if held != (2000, 100, 2000):
                print(f"  the new laptop holds {held} participants, sessions, enrolments; "
                      "expected (2000, 100, 2000)")
            return figure
        finally:
            link.close()


# ---------------------------------------------------------------------------- (c) PostgreSQL


@contextmanager
def pg_cluster(folder: Path) -> Iterator[str]:
    """A private PostgreSQL 15 cluster (settings of tests/integration/conftest.py); yields
    the URL of its `postgres` database without the name."""
    if not (PG_BIN / "initdb").exists():
        raise SystemExit(f"PostgreSQL 15 binaries not found in {PG_BIN}")
    home = folder / "pg"
    home.mkdir()
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(home, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    os.chmod(home, 0o700)
    os.chmod(folder, 0o755)
    data = home / "data"
    subprocess.run([*as_postgres, str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U",
                    "postgres", "-E", "UTF8", "--locale=C", "--no-sync"],
                   check=True, capture_output=True)
    port = _free_port()
    options = (f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=500")
    subprocess.run([*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-l",
                    str(home / "log"), "-w", "-t", "60", "-o", options, "start"],
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/"
    finally:
        subprocess.run([*as_postgres, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m",
                        "immediate", "-w", "stop"], capture_output=True, check=False)


def _create_database(base: str, name: str) -> str:
    import psycopg

    with psycopg.connect(base + "postgres", autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return base + name


@dataclass
class Crowd:
    """What the crowd of laptops sends: per laptop its device id, token and push body."""

    devices: list[tuple[str, str]]
    bodies: list[bytes]
    rows: list[list[tuple[str, int, str, str, int]]]  # the same marks, for the raw insert


def crowd(url: str, server_url: str, folder: Path, laptops: int, marks: int) -> Crowd:
    """A programme of `laptops` sessions and `marks` people, pushed by a setup laptop; then
    `laptops` devices signed in (token rows written directly) and each one's marks of its
    own session, encoded as the engine encodes a push."""
    from fieldsessions.core.hlc import next_hlc
    from fieldsessions.db.models import Participant, Session, attendance_id
    from fieldsessions.server import auth
    from fieldsessions.server import store as server_store
    from fieldsessions.sync import wire

    add_facilitator(url, "crowd")
    setup = Laptop(folder, "crowd-setup")
    with setup:
        programme("Crowd", laptops, marks, folder)
        setup.sign_in(server_url, "crowd")
        setup.sync()
        sessions = [s.id for s in Session.select(Session.id).order_by(Session.id)]
        people = [p.id for p in Participant.select(Participant.id).order_by(Participant.id)]
    db = server_store.open_database(url, pooled=False)
    devices: list[tuple[str, str]] = []
    try:
        facilitator = db.execute_sql("SELECT id FROM facilitator WHERE username = 'crowd'"
                                     ).fetchone()[0]
        now = server_store.utcnow()
        with db.atomic():
            for n in range(laptops):
                device, token = str(uuid.uuid4()), auth.new_token()
                db.execute_sql(server_store.q(db, "INSERT INTO device (id, facilitator_id, "
                                                  "name, created_at) VALUES (?, ?, ?, ?)"),
                               (device, facilitator, f"laptop {n}", now))
                db.execute_sql(server_store.q(db, "INSERT INTO token (token_hash, device_id, "
                                                  "created_at) VALUES (?, ?, ?)"),
                               (auth.token_hash(token), device, now))
                devices.append((device, token))
    finally:
        db.close()
    bodies, rows = [], []
    marked_at = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    for n, (device, _token) in enumerate(devices):
        session, hlc = sessions[n], 0
        mutations, mine = [], []
        for seq, person in enumerate(people[:marks], 1):
            hlc = next_hlc(hlc, int(time.time() * 1000))
            fields = {"session_id": session, "participant_id": person,
                      "status": "present" if seq % 5 else "absent", "minutes": None,
                      "marked_at": marked_at, "marked_by": "Crowd", "note": ""}
            mutations.append(wire.mutation_from_outbox(
                device, seq, "attendance", attendance_id(session, person), "upsert",
                json.dumps(fields), hlc))
            mine.append((device, seq, "attendance", json.dumps(fields), hlc))
        body, _headers = wire.encode_body({"device_id": device, "batch_id": uuid.uuid4().hex,
                                           "mutations": mutations})
        bodies.append(body)
        rows.append(mine)
    return Crowd(devices, bodies, rows)


@dataclass
class CrowdFigure:
    seconds: float
    latencies: list[float]
    errors: int  # 5xx answers and laptops that never got through
    pushed_back: int  # 429 and 503 answers
    failed: int  # laptops whose marks were not all applied

    def line(self, label: str, marks: int) -> str:
        p50 = statistics.median(self.latencies)
        p95 = sorted(self.latencies)[max(0, int(len(self.latencies) * 0.95) - 1)]
        return (f"{label}: {self.seconds:.2f}s, {marks / self.seconds:.0f} marks/s, latency "
                f"p50 {p50:.2f}s p95 {p95:.2f}s, errors {self.errors} (5xx answers or "
                f"gave up), laptops not done {self.failed}, 429/503 answers {self.pushed_back}")


def push_crowd(port: int, pack: Crowd, *, attempts: int = 30) -> CrowdFigure:
    """Every laptop posts its push at the same moment; 429/503/connection errors are retried
    after Retry-After (or a short jittered wait), as the app does; a 5xx is counted as an
    error and retried too, so that every laptop's marks get in."""
    import random

    import requests

    from fieldsessions.sync import wire

    barrier = threading.Barrier(len(pack.bodies) + 1)
    latencies: list[float] = [0.0] * len(pack.bodies)
    counts = {"errors": 0, "pushed_back": 0, "failed": 0}
    lock = threading.Lock()

    def laptop(n: int) -> None:
        _device, token = pack.devices[n]
        headers = {**wire.BODY_HEADERS, "Authorization": f"Bearer {token}",
                   "Accept-Encoding": "gzip"}
        with requests.Session() as session:
            barrier.wait()
            started = time.perf_counter()
            for _attempt in range(attempts):
                wait = random.uniform(0.1, 1.0)
                try:
                    answer = session.post(f"http://127.0.0.1:{port}/v1/sync/push",
                                          data=pack.bodies[n], headers=headers,
                                          timeout=(10, 120))
                except requests.RequestException:
                    with lock:
                        counts["errors"] += 1
                else:
                    if answer.status_code == 200:
                        results = answer.json()["results"]
                        if any(r["result"] not in ("applied", "duplicate") for r in results):
                            with lock:
                                counts["failed"] += 1
                        break
                    with lock:
                        counts["pushed_back" if answer.status_code in (429, 503)
                               else "errors"] += 1
                    hinted = answer.headers.get("Retry-After")
                    if hinted and hinted.isdigit():
                        wait = float(hinted) + random.uniform(0, 0.5)
                time.sleep(wait)
            else:
                with lock:
                    counts["failed"] += 1
            latencies[n] = time.perf_counter() - started

    threads = [threading.Thread(target=laptop, args=(n,)) for n in range(len(pack.bodies))]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return CrowdFigure(time.perf_counter() - started, latencies, counts["errors"],
                       counts["pushed_back"], counts["failed"])


def raw_crowd(url: str, pack: Crowd, table: str = "raw_mark") -> float:
    """The same marks, each laptop's inserted by its own client on its own connection in
    one transaction into a new `table`, all at the same moment: seconds until the last
    commits."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (device_id TEXT, seq BIGINT, entity TEXT, "
                     "fields TEXT, hlc BIGINT, PRIMARY KEY (device_id, seq))")
    barrier = threading.Barrier(len(pack.rows) + 1)
    done = threading.Barrier(len(pack.rows) + 1)

    def client(n: int) -> None:
        with psycopg.connect(url) as conn:
            barrier.wait()
            with conn.cursor() as cursor:
                cursor.executemany(f"INSERT INTO {table} VALUES (%s, %s, %s, %s, %s)",
                                   pack.rows[n])
            conn.commit()
            done.wait()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(len(pack.rows))]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    done.wait()
    seconds = time.perf_counter() - started
    for thread in threads:
        thread.join()
    return seconds


def part_c(folder: Path, laptops: int, marks: int, serve_args: list[str]) -> tuple[
    CrowdFigure, list[float]
]:
    with pg_cluster(folder) as base:
        url = _create_database(base, "crowd")
        with server_on(url, *serve_args) as port:
            pack = crowd(url, f"http://127.0.0.1:{port}", folder, laptops, marks)
            figure = push_crowd(port, pack)
        from fieldsessions.server import store as server_store

        db = server_store.open_database(url, pooled=False)
        try:
            stored = db.execute_sql("SELECT COUNT(*) FROM record WHERE entity = "
                                    "'attendance'").fetchone()[0]
        finally:
            db.close()
        if stored != laptops * marks:
            print(f"  the server holds {stored} marks of {laptops * marks}")
        raw_url = _create_database(base, "raw")
        raw = [raw_crowd(raw_url, pack, f"raw_mark_{n}") for n in range(3)]
    return figure, raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", default="a,b,c", help="which of a, b, c (comma-separated)")
    parser.add_argument("--people", type=int, default=100,
                        help="(a) people marked in each of the week's 3 sessions")
    parser.add_argument("--laptops", type=int, default=200, help="(c) laptops at once")
    parser.add_argument("--marks", type=int, default=200, help="(c) marks per laptop")
    parser.add_argument("--serve", default="", help="(c) extra arguments to serve")
    args = parser.parse_args()
    parts = {p.strip() for p in args.part.split(",")}
    logging.basicConfig(level=logging.ERROR)
    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-"))
    counter = RequestCounter()
    try:
        if "a" in parts:
            print(part_a(folder, counter, args.people).line("(a) a week's work"), flush=True)
        if "b" in parts:
            print(part_b(folder, counter).line("(b) new laptop's first sync"), flush=True)
        if "c" in parts:
            figure, raws = part_c(folder, args.laptops, args.marks, args.serve.split())
            raw = statistics.median(raws)
            total = args.laptops * args.marks
            print(figure.line(f"(c) {args.laptops} laptops x {args.marks} marks at once",
                              total))
            print(f"    raw PostgreSQL inserts, {args.laptops} clients at once: median "
                  f"{raw:.2f}s of {', '.join(f'{r:.2f}' for r in raws)}, "
                  f"{total / raw:.0f} marks/s -> server {figure.seconds / raw:.2f}x raw "
                  "(target: 0 errors, <= 3x)", flush=True)
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
