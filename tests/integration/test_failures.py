"""Whatever fails, nothing acknowledged is lost and nothing is applied twice: captive portals,
a server killed mid-push, a server restored from an older backup."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fieldsessions.db import outbox
from fieldsessions.db.models import Attendance, Outbox
from fieldsessions.services import attendance, programmes
from fieldsessions.sync.engine import SyncEngine
from tests.integration.conftest import Backend, Laptop, ServerProcess, free_port
from tests.unit import helpers

Answer = Callable[[str, str], tuple[int, str, bytes]]


@contextmanager
def fake_server(answer: Answer) -> Iterator[str]:
    """A loopback HTTP server whose every answer comes from `answer(method, path)`."""

    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            status, kind, body = answer(self.command, self.path)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _reply

        def log_message(self, *_args: Any) -> None:
            pass

    port = free_port()
    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


PORTAL = b"<html><body><h1>Welcome to Cafe Wi-Fi</h1>Please sign in.</body></html>"


def _hello(device_id: str) -> bytes:
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    return json.dumps({"protocol": 1, "server_time": now, "epoch": "ab12",
                       "device_id": device_id, "facilitator": "ann", "high_seq": 0,
                       "limits": {"max_mutations": 500}}).encode()


def _changes(laptop: Laptop) -> int:
    """How many changes the laptop's receipts count: its outbox rows but the history entries
    that ride with each mark (db.outbox.COMPANIONS)."""
    with laptop:
        return int(Outbox.select().where(Outbox.entity.not_in(outbox.COMPANIONS)).count())


def _marked_laptop(laptop: Laptop, people: int = 5, sessions: int = 1) -> int:
    """Marks on the laptop; returns how many outbox rows it holds."""
    with laptop:
        circle = helpers.programme("Circle", weeks_ago=sessions + 1, count=sessions)
        helpers.people(people, circle.id)
        for info in programmes.list_sessions(circle.id, kind="past"):
            attendance.mark_all_present(info.id)
        return int(Outbox.select().count())


def test_a_captive_portal_or_a_wrong_echo_acknowledges_nothing(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    queued = _marked_laptop(ann)
    with ann:
        device_id = SyncEngine._device_id()

    def portal(_method: str, _path: str) -> tuple[int, str, bytes]:
        return 200, "text/html", PORTAL

    def html_receipt(method: str, _path: str) -> tuple[int, str, bytes]:
        if method == "GET":
            return 200, "application/json", _hello(device_id)
        return 200, "text/html; charset=utf-8", PORTAL

    def wrong_echo(method: str, _path: str) -> tuple[int, str, bytes]:
        if method == "GET":
            return 200, "application/json", _hello(device_id)
        return 200, "application/json", json.dumps(
            {"batch_id": "not-yours", "device_id": device_id,
             "results": [{"seq": s, "result": "applied"} for s in range(1, 1000)]}).encode()

    for answer in (portal, html_receipt, wrong_echo):
        with fake_server(answer) as url, ann:
            client = ann.client(url)
            receipt = SyncEngine(client).run()
            client.close()
            assert receipt.error is not None and not receipt.all_accepted
            assert "nothing was marked as sent" in receipt.error or \
                "not from the sync server" in receipt.error
            assert Outbox.select().where(Outbox.state == "pending").count() == queued

    counted = _changes(ann)
    receipt = ann.sync()
    assert receipt.all_accepted and receipt.applied == counted, receipt.lines()
    assert backend.received() == queued


def test_a_server_killed_mid_push_then_restarted_ends_with_every_change_once(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    queued = _marked_laptop(ann, people=40, sessions=40)
    counted = _changes(ann)
    outcome: dict[str, Any] = {}

    def run_sync() -> None:
        outcome["receipt"] = ann.sync(batch_size=40)

    worker = threading.Thread(target=run_sync)
    worker.start()
    deadline = time.monotonic() + 60
    while backend.received() < 200 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()
    worker.join(60)
    first = outcome["receipt"]
    assert first.error is not None, "the sync must notice the server died"
    stored = backend.received()
    assert 0 < stored < queued

    server.start()
    second = ann.sync()
    assert second.all_accepted, second.lines()
    assert backend.received() == queued
    assert backend.count("record", "entity = 'attendance'") == 40 * 40
    with ann:
        assert Outbox.select().where(Outbox.state != "acked").count() == 0
    # What the first run had acknowledged was not sent again as new: at most the one batch
    # in flight when the server died is answered as a duplicate.
    assert second.applied + second.duplicates == counted - first.sent
    assert second.duplicates <= 40


def test_a_server_restored_from_an_older_backup_gets_the_missing_changes_again(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    first = _marked_laptop(ann, people=4, sessions=2)
    assert ann.sync().all_accepted
    server.stop()
    backend.backup()
    server.start()

    with ann:
        session_id = programmes.list_sessions(
            programmes.list_programmes()[0].id, kind="past")[0].id
        people = [a.participant_id for a in Attendance.select().where(
            Attendance.session == session_id)]
        for person in people:
            attendance.mark(session_id, person, "late")
        later = int(Outbox.select().count()) - first
    marks = len(people)  # each with its history entry: `later` outbox rows, `marks` changes
    assert ann.sync().all_accepted
    assert backend.received() == first + later

    server.stop()
    backend.restore()
    server.start()
    assert backend.received() == first

    receipt = ann.sync()
    assert receipt.all_accepted, receipt.lines()
    assert receipt.resent == marks
    assert receipt.applied == marks
    assert backend.received() == first + later
    with backend.db() as database:
        statuses = [json.loads(row[0])["status"] for row in database.execute_sql(
            "SELECT data FROM record WHERE entity = 'attendance'").fetchall()]
    assert statuses.count("late") == len(people)
