"""Benchmark: push 100,000 queued marks to a local server, against a raw baseline, in one run.

    .venv/bin/python tests/bench/bench_sync.py [--marks 100000]

Prints: the sync's time vs the same request bodies POSTed to a trivial JSON endpoint that
inserts them with one raw `executemany` per request (target: <= 3x); the client's peak memory
above its start (target: <= 50 MB); bytes on the wire per mark, compressed (target: <= 80).
The sync runs in its own process so its memory is its own. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench password"
PEOPLE = 40
HEADER_BYTES = 330  # request line + headers of one push, as requests sends them


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


def _start(command: list[str], ready: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    seen = threading.Event()

    def drain() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            if ready in line:
                seen.set()

    threading.Thread(target=drain, daemon=True).start()
    if not seen.wait(60):
        proc.kill()
        raise SystemExit(f"server did not start: {command}")
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
    people = []
    for i in range(PEOPLE):
        person = participants.add_participant(
            participants.ParticipantInput(name=f"Person {i:03d}", external_id=f"P-{i}"))
        participants.enrol(info.id, person.id)
        people.append(person.id)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--marks", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--client", nargs=2, metavar=("DB", "CREDENTIALS"))
    parser.add_argument("--baseline-server", nargs=2, metavar=("PORT", "DB"))
    args = parser.parse_args()
    if args.client:
        run_client(args.client[0], args.client[1], args.batch_size)
        return 0
    if args.baseline_server:
        run_baseline_server(int(args.baseline_server[0]), args.baseline_server[1])
        return 0

    import requests

    from fieldsessions.server import admin
    from fieldsessions.server import store as server_store

    folder = Path(tempfile.mkdtemp(prefix="fieldsessions-bench-"))
    try:
        url = f"sqlite:///{folder / 'server.sqlite'}"
        db = server_store.open_database(url, pooled=False)
        admin.add_facilitator(db, "bench", PASSWORD, "Bench")
        db.close()
        port = _free_port()
        server = _start([sys.executable, "-m", "fieldsessions.server.cli", "serve",
                         "--database", url, "--port", str(port), "--rate-limit", "0",
                         "--log-level", "info"], "Uvicorn running on")
        try:
            print(f"preparing {args.marks} marks on a laptop store ...", flush=True)
            t0 = time.perf_counter()
            db_path, credentials, queued = prepare(folder, f"http://127.0.0.1:{port}",
                                                   args.marks)
            print(f"  {queued} changes queued in {time.perf_counter() - t0:.1f}s", flush=True)
            payloads = bodies(db_path, args.batch_size)
            client = subprocess.run(
                [sys.executable, __file__, "--client", str(db_path), str(credentials),
                 "--batch-size", str(args.batch_size)],
                capture_output=True, text=True, check=True, cwd=ROOT)
            result = json.loads(client.stdout.strip().splitlines()[-1])
        finally:
            _stop(server)
        if result["error"] or result["accepted"] != queued:
            print(f"sync did not accept everything: {result}")
            return 1

        base_port = _free_port()
        baseline = _start([sys.executable, __file__, "--baseline-server", str(base_port),
                           str(folder / "baseline.sqlite")], "Uvicorn running on")
        try:
            session = requests.Session()
            t0 = time.perf_counter()
            for payload in payloads:
                answer = session.post(f"http://127.0.0.1:{base_port}/push", data=payload,
                                      headers={"Content-Type": "application/json",
                                               "Content-Encoding": "gzip"}, timeout=120)
                answer.raise_for_status()
            base_seconds = time.perf_counter() - t0
        finally:
            _stop(baseline)

        body_bytes = sum(len(p) for p in payloads)
        ratio = result["seconds"] / base_seconds
        memory = result["peak_rss"] - result["start_rss"]
        per_mark = result["bytes_sent"] / queued
        per_mark_http = (result["bytes_sent"] + HEADER_BYTES * len(payloads)) / queued
        print(f"marks pushed:               {queued}")
        print(f"sync (push + pull):         {result['seconds']:.2f}s "
              f"({queued / result['seconds']:.0f} marks/s); push alone "
              f"{result['push_seconds']:.2f}s")
        print(f"baseline (POST + executemany): {base_seconds:.2f}s")
        print(f"ratio sync / baseline:      {ratio:.2f}x   (target <= 3x); push alone "
              f"{result['push_seconds'] / base_seconds:.2f}x")
        print(f"client memory:              start {result['start_rss']:.1f} MB, peak "
              f"{result['peak_rss']:.1f} MB, +{memory:.1f} MB   (target <= 50 MB)")
        print(f"wire bytes per mark:        {per_mark:.1f} compressed body, "
              f"{per_mark_http:.1f} with HTTP headers   (target <= 80)")
        print(f"request bodies:             {len(payloads)} x ~{body_bytes // len(payloads)} "
              "bytes")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
