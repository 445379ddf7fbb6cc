"""Benchmark: push 100,000 queued marks to a local server, against a raw baseline, in rounds.

    .venv/bin/python tests/bench/bench_sync.py [--marks 100000] [--rounds 3] [--batch-size 500]

Prepares once (the slow part): a laptop store with `--marks` queued attendance marks, signed in
to our sync server, and the gzip request bodies the engine will send. The closed laptop store
and server database are checkpointed (WAL folded back into the file) and kept, with the
credentials folder, as templates. Then `--rounds` rounds, interleaved (sync, baseline, sync,
baseline, ...) so drift on a shared machine hits both sides alike:

- sync: fresh copies of the laptop store, the credentials and the server database; the server
  restarted on its copy, on the port the laptop signed in to (the saved server URL and token
  stay valid: the copy holds the token's hash); our engine syncs in its own process (so its
  memory is its own) and every mark must be accepted;
- baseline: the same request bodies POSTed to a trivial Starlette endpoint that inserts each one
  with one raw `executemany` into a fresh database.

Before each round (either side) every dirty page is written out (`os.sync`), so the
kernel's background writeback of the copies just made, or of files the round before deleted,
does not compete with the round's commits.

Prints every round's seconds for both sides, then the ratio of the best sync to the best baseline
(the headline, target: <= 3x) and the ratio of the medians; the client's peak memory above its
start in its worst round (target: <= 50 MB); bytes on the wire per mark, compressed (target:
<= 80). Only the client's `engine.run()` and the baseline's POST loop are timed (not process or
server start-up, nor the copies). A script, not a test: it asserts no timings and pytest does not
collect it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import checkpoint, fresh_copy

ROOT = Path(__file__).resolve().parents[2]

PASSWORD = "bench password"
PEOPLE = 40
HEADER_BYTES = 330  # request line + headers of one push, as requests sends them
READY = "Uvicorn running on"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _start(command: list[str], ready: str = READY) -> subprocess.Popen[str]:
    """Start a server process and wait for its `ready` line (fail fast if it exits first)."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    seen = threading.Event()
    tail: deque[str] = deque(maxlen=10)

    def drain() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            tail.append(line)
            if ready in line:
                seen.set()

    threading.Thread(target=drain, daemon=True).start()
    deadline = time.monotonic() + 60
    while not seen.wait(0.1):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            raise SystemExit(f"server did not start: {command}\n{''.join(tail)}")
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    proc.wait(30)


# ---------------------------------------------------------------------------- baseline server


def baseline_app(db_path: str) -> Any:
    """A trivial JSON endpoint: gunzip, parse, one raw executemany per request."""
    import gzip
    import sqlite3

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    conn = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS item (device_id TEXT, seq INTEGER, entity TEXT, "
                 "fields TEXT, hlc INTEGER, PRIMARY KEY (device_id, seq))")
    lock = threading.Lock()

    async def push(request: Request) -> Response:
        body = json.loads(gzip.decompress(await request.body()))
        device = body["device_id"]
        rows = [(device, m["seq"], m["entity"], json.dumps(m["fields"]), m["hlc"])
                for m in body["mutations"]]
        with lock:
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO item VALUES (?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
        return Response(json.dumps({"count": len(rows)}), media_type="application/json")

    return Starlette(routes=[Route("/push", push, methods=["POST"])])


def run_baseline_server(port: int, db_path: str) -> None:
    import uvicorn

    uvicorn.run(baseline_app(db_path), host="127.0.0.1", port=port, log_level="info")


# ---------------------------------------------------------------------------- client process


def run_client(db_path: str, credentials: str, batch_size: int) -> None:
    """Sync in this fresh process and print what it measured as JSON."""
    from fieldsessions.db import store
    from fieldsessions.sync.credentials import CredentialStore
    from fieldsessions.sync.engine import engine_from_settings

    store.open_store(db_path)
    phases: dict[str, float] = {}

    def progress(p: Any) -> None:
        phases.setdefault(p.phase, time.perf_counter())

    engine = engine_from_settings(credentials=CredentialStore(Path(credentials),
                                                              use_keyring=False),
                                  batch_size=batch_size, progress=progress)
    start_rss = _rss_mb()
    started = time.perf_counter()
    receipt = engine.run()
    seconds = time.perf_counter() - started
    push_seconds = phases.get("receiving", started) - phases.get("sending", started)
    print(json.dumps({"seconds": seconds, "push_seconds": push_seconds,
                      "start_rss": start_rss, "peak_rss": _peak_mb(),
                      "sent": receipt.sent, "accepted": receipt.accepted,
                      "bytes_sent": receipt.bytes_sent, "requests": -(-receipt.sent //
                                                                      batch_size),
                      "error": receipt.error}))


# ---------------------------------------------------------------------------- the run


def prepare(folder: Path, server_url: str, marks: int) -> tuple[Path, Path, int]:
    """A laptop store, signed in, with `marks` queued attendance marks (made by the app)."""
    from datetime import UTC, date, datetime, timedelta
    from datetime import time as clock

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.db import bulk, outbox, store
    from fieldsessions.db.models import Device, Outbox, attendance_id, database
    from fieldsessions.services import participants, programmes
    from fieldsessions.sync import engine
    from fieldsessions.sync.credentials import CredentialStore

    db_path = folder / "laptop.sqlite"
    credentials = folder / "credentials"
    store.open_store(db_path)
    sessions = -(-marks // PEOPLE)
    start = date.today() - timedelta(days=sessions + 2)
    spec = ProgrammeSpec(name="Bench", frequency=Frequency.DAILY, start_date=start,
                         count=sessions, start_time=clock(0, 5), duration_min=60)
    info = programmes.create_programme(spec)
    people: list[str] = []
    for i in range(PEOPLE):
        added = participants.add_participant(
            participants.ParticipantInput(name=f"Person {i:03d}", external_id=f"P-{i}"))
        participants.enrol(info.id, added.id)
        people.append(added.id)
    engine.sign_in(server_url, "bench", PASSWORD,
                   credentials=CredentialStore(credentials, use_keyring=False))
    setup = engine.engine_from_settings(
        credentials=CredentialStore(credentials, use_keyring=False)).run()
    assert setup.all_accepted, setup.lines()
    # The marks, written the way services.attendance writes them (row + history + outbox in
    # one transaction per session) but without its per-session rule checks, which get slow
    # on a store this size and are not what this benchmark measures.
    made = 0
    device_id = str(Device.select(Device.id).scalar())
    for session in programmes.list_sessions(info.id, kind="past"):
        if made >= marks:
            break
        moment = datetime.now(UTC)
        stamp, marked_at = bulk.ts(moment), outbox.jsonable(moment)
        rows, history, queued = [], [], []
        for i, person in enumerate(people[: marks - made]):
            status = "present" if (made + i) % 5 else "absent"
            aid = attendance_id(session.id, person)
            rows.append((aid, session.id, person, status, None, stamp, "Bench", device_id, ""))
            history.append((aid, session.id, person, None, status, None, None, stamp,
                            "Bench", device_id, ""))
            queued.append(("attendance", aid, "upsert", {
                "session_id": session.id, "participant_id": person, "status": status,
                "minutes": None, "marked_at": marked_at, "marked_by": "Bench", "note": ""}))
        with database.atomic():
            bulk.upsert_attendance(rows)
            bulk.insert_attendance_history(history)
            outbox.append_many(queued)
        made += len(rows)
    queued = Outbox.select().where(Outbox.state == "pending").count()
    store.close_store()
    return db_path, credentials, int(queued)


def bodies(db_path: Path, batch_size: int) -> list[bytes]:
    """The push bodies the engine will send (same encoding, fresh batch ids)."""
    from fieldsessions.db import store
    from fieldsessions.db.models import Device, Outbox
    from fieldsessions.sync import wire

    store.open_store(db_path)
    device_id = str(Device.select(Device.id).scalar())
    rows = list(Outbox.select(Outbox.seq, Outbox.entity, Outbox.entity_id, Outbox.op,
                              Outbox.fields, Outbox.hlc)
                .where(Outbox.state == "pending").order_by(Outbox.seq).tuples())
    store.close_store()
    result = []
    for start in range(0, len(rows), batch_size):
        mutations = [wire.mutation_from_outbox(device_id, *row)
                     for row in rows[start:start + batch_size]]
        body, _headers = wire.encode_body({"device_id": device_id,
                                           "batch_id": uuid.uuid4().hex,
                                           "mutations": mutations})
        result.append(body)
    return result


@dataclass(frozen=True)
class Prepared:
    """What every round starts from: checkpointed templates, never written to after prepare."""

    laptop: Path
    credentials: Path
    server: Path
    port: int  # the port in the laptop's saved server URL (and its credentials' account)
    queued: int
    payloads: list[bytes]


def _serve(database: Path, port: int) -> list[str]:
    return [sys.executable, "-m", "fieldsessions.server.cli", "serve",
            "--database", f"sqlite:///{database}", "--port", str(port), "--rate-limit", "0",
            "--log-level", "info"]


def prepare_all(folder: Path, marks: int, batch_size: int) -> Prepared:
    """The slow part, once: server database, signed-in laptop with queued marks, bodies."""
    from fieldsessions.server import admin
    from fieldsessions.server import store as server_store

    server_db = folder / "server.sqlite"
    db = server_store.open_database(f"sqlite:///{server_db}", pooled=False)
    admin.add_facilitator(db, "bench", PASSWORD, "Bench")
    db.close()
    port = _free_port()
    server = _start(_serve(server_db, port))
    try:
        db_path, credentials, queued = prepare(folder, f"http://127.0.0.1:{port}", marks)
    finally:
        _stop(server)
    payloads = bodies(db_path, batch_size)
    checkpoint(db_path)
    checkpoint(server_db)
    return Prepared(db_path, credentials, server_db, port, queued, payloads)


def settle() -> None:
    """Write out every dirty page before a round (the copies just made, the files the round
    before deleted), so that the kernel's background writeback of them does not compete with
    the round's own commits; both sides start from a quiet disk."""
    os.sync()


def sync_round(prepared: Prepared, folder: Path, batch_size: int) -> dict[str, Any]:
    """Fresh copies of laptop, credentials and server database; sync in a client process."""
    work = Path(tempfile.mkdtemp(prefix="sync-", dir=folder))
    try:
        laptop = fresh_copy(prepared.laptop, work, "laptop")
        credentials = work / "credentials"
        shutil.copytree(prepared.credentials, credentials)
        server_copy = fresh_copy(prepared.server, work, "server")
        settle()
        server = _start(_serve(server_copy, prepared.port))
        try:
            client = subprocess.run(
                [sys.executable, __file__, "--client", str(laptop), str(credentials),
                 "--batch-size", str(batch_size)],
                capture_output=True, text=True, cwd=ROOT)
        finally:
            _stop(server)
        if client.returncode:
            raise SystemExit(f"sync client failed ({client.returncode}):\n{client.stderr}")
        result: dict[str, Any] = json.loads(client.stdout.strip().splitlines()[-1])
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def baseline_round(payloads: list[bytes], folder: Path) -> float:
    """POST the bodies to a fresh baseline server and database; seconds for the POST loop."""
    import requests

    work = Path(tempfile.mkdtemp(prefix="baseline-", dir=folder))
    try:
        settle()
        port = _free_port()
        server = _start([sys.executable, __file__, "--baseline-server", str(port),
                         str(work / "baseline.sqlite")])
        try:
            with requests.Session() as session:
                started = time.perf_counter()
                for payload in payloads:
                    answer = session.post(f"http://127.0.0.1:{port}/push", data=payload,
                                          headers={"Content-Type": "application/json",
                                                   "Content-Encoding": "gzip"}, timeout=120)
                    answer.raise_for_status()
                return time.perf_counter() - started
        finally:
            _stop(server)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _seconds(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def _span(sent: list[int], extra: int, queued: int) -> str:
    """Bytes per mark over the rounds: one figure, or low-high when they differ."""
    low, high = f"{(min(sent) + extra) / queued:.1f}", f"{(max(sent) + extra) / queued:.1f}"
    return low if low == high else f"{low}-{high}"


def report(prepared: Prepared, syncs: list[dict[str, Any]], bases: list[float]) -> None:
    queued, payloads = prepared.queued, prepared.payloads
    totals = [r["seconds"] for r in syncs]
    pushes = [r["push_seconds"] for r in syncs]
    best, best_push, best_base = min(totals), min(pushes), min(bases)
    worst = max(syncs, key=lambda r: r["peak_rss"] - r["start_rss"])
    wire = [r["bytes_sent"] for r in syncs]  # varies by a few bytes: fresh batch ids
    headers = HEADER_BYTES * len(payloads)
    body_bytes = sum(len(p) for p in payloads)
    print(f"marks pushed:               {queued} per round, {len(syncs)} rounds "
          "(sync and baseline interleaved)")
    print(f"sync (push + pull):         {_seconds(totals)} s; best {best:.2f}s "
          f"({queued / best:.0f} marks/s), median {statistics.median(totals):.2f}s")
    print(f"  push alone:               {_seconds(pushes)} s; best {best_push:.2f}s, "
          f"median {statistics.median(pushes):.2f}s")
    print(f"baseline (POST + executemany): {_seconds(bases)} s; best {best_base:.2f}s, "
          f"median {statistics.median(bases):.2f}s")
    print(f"ratio sync / baseline:      best {best / best_base:.2f}x   (target <= 3x); "
          f"median {statistics.median(totals) / statistics.median(bases):.2f}x; push alone "
          f"best {best_push / best_base:.2f}x")
    print(f"client memory (worst round): start {worst['start_rss']:.1f} MB, peak "
          f"{worst['peak_rss']:.1f} MB, +{worst['peak_rss'] - worst['start_rss']:.1f} MB   "
          "(target <= 50 MB)")
    print(f"wire bytes per mark:        {_span(wire, 0, queued)} compressed body, "
          f"{_span(wire, headers, queued)} with HTTP headers   (target <= 80)")
    print(f"request bodies:             {len(payloads)} x ~{body_bytes // len(payloads)} "
          "bytes")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--marks", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--client", nargs=2, metavar=("DB", "CREDENTIALS"))
    parser.add_argument("--baseline-server", nargs=2, metavar=("PORT", "DB"))
    args = parser.parse_args()
    if args.client:
        run_client(args.client[0], args.client[1], args.batch_size)
        return 0
    if args.baseline_server:
        run_baseline_server(int(args.baseline_server[0]), args.baseline_server[1])
        return 0
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-"))
    try:
        print(f"preparing {args.marks} marks on a laptop store ...", flush=True)
        t0 = time.perf_counter()
        prepared = prepare_all(folder, args.marks, args.batch_size)
        print(f"  {prepared.queued} changes queued in {time.perf_counter() - t0:.1f}s",
              flush=True)
        syncs: list[dict[str, Any]] = []
        bases: list[float] = []
        for n in range(1, args.rounds + 1):
            result = sync_round(prepared, folder, args.batch_size)
            if result["error"] or result["accepted"] != prepared.queued:
                print(f"round {n}: sync did not accept everything: {result}")
                return 1
            syncs.append(result)
            bases.append(baseline_round(prepared.payloads, folder))
            print(f"  round {n}: sync {result['seconds']:.2f}s (push "
                  f"{result['push_seconds']:.2f}s), baseline {bases[-1]:.2f}s", flush=True)
        report(prepared, syncs, bases)
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
