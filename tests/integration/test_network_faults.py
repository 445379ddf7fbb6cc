"""A bad link between laptop and server (through tests/integration/faultproxy.py): answers cut
anywhere, even inside their headers, are retried; a trickling or stalled answer ends at the
request's deadline; Cancel stops a waiting request at once."""

from __future__ import annotations

import random
import threading
from typing import Any

import pytest

from fieldsessions.services import attendance, programmes
from fieldsessions.sync.client import RetryPolicy
from fieldsessions.sync.engine import Receipt, SyncEngine
from tests.integration.conftest import Backend, Laptop, ServerProcess
from tests.integration.faultproxy import Fault, FaultProxy
from tests.integration.test_restores import _laptop_marks, _ok, _server_marks
from tests.unit import helpers

PATIENT = RetryPolicy(attempts=8, base=0.01, cap=0.05, max_retry_after=5)


def _marking_laptop(backend: Backend, server: ServerProcess, laptops: Any) -> tuple[
    Laptop, list[str], list[str]
]:
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    with ann:
        circle = helpers.programme("Circle", weeks_ago=21, count=20)
        people = helpers.people(8, circle.id)
        sessions = [s.id for s in programmes.list_sessions(circle.id, kind="past")]
    return ann, people, sessions


def _mark(laptop: Laptop, session_id: str, people: list[str], status: str) -> dict[str, str]:
    with laptop:
        attendance.mark_many(session_id, {p: (status, None) for p in people})
    return {f"{session_id}:{p}": status for p in people}


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_answers_cut_inside_their_headers_or_body_are_retried_not_taken_for_a_portal(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, people, sessions = _marking_laptop(backend, server, laptops)
    entered = _mark(ann, sessions[0], people, "present")
    with FaultProxy(server.port) as proxy:
        # Each attempt at hello is a new connection: cut in the status line, in a header's
        # name, after "content-length: ", in the body; then the connection holds.
        cuts = [5, 40, 0, 300]
        with ann:
            client = ann.client(proxy.url)
            answer = client.session.get(proxy.url + "/v1/sync/hello", headers={
                "Authorization": f"Bearer {client.token}"}, timeout=5)
            client.close()
            head = b"".join(f"{k}: {v}\r\n".encode() for k, v in answer.headers.items())
        cuts[2] = len(b"HTTP/1.1 200 OK\r\n") + head.lower().index(b"content-length: ") + 16
        proxy.faults_applied.clear()
        proxy.plan(*[Fault.cut(n) for n in cuts])
        _ok(ann.sync(url=proxy.url, retry=PATIENT))
        assert [f.after for f in proxy.faults_applied if f] == cuts
    assert _server_marks(backend) == entered


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_dropped_connection_a_slow_one_and_a_lost_answer_still_deliver_each_change_once(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    ann, people, sessions = _marking_laptop(backend, server, laptops)
    entered = _mark(ann, sessions[0], people, "present")
    with FaultProxy(server.port) as proxy:
        proxy.plan(Fault.drop(), Fault.delay(0.05))
        first = _ok(ann.sync(url=proxy.url, retry=PATIENT))
        entered.update(_mark(ann, sessions[1], people, "late"))
        # hello passes; the push is applied but its answer is cut before a byte arrives.
        proxy.plan(Fault.cut(0, on="POST /v1/sync/push"))
        second = _ok(ann.sync(url=proxy.url, retry=PATIENT, batch_size=4))
        assert [f.kind if f else None for f in proxy.faults_applied[:3]] == \
            ["drop", "delay", "cut"]
    assert first.applied > len(people)
    assert second.duplicates > 0, "the lost answer's changes were answered as duplicates"
    # The receipts count marks; the server also stores each mark's history entry.
    assert second.applied + second.duplicates == len(people)
    assert backend.received() == first.applied + len(people) + 2 * len(people)  # once each
    assert _server_marks(backend) == entered


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_every_round_on_a_flaky_link_ends_with_everything_delivered(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    """Cuts at random places on about half of the connections (at most three in a row), 20
    rounds of marking and syncing: every round completes (before: 3 of these 20 rounds
    stopped on a "sign-in page"; the issue's probe saw 27 of 60)."""
    ann, people, sessions = _marking_laptop(backend, server, laptops)
    entered: dict[str, str] = {}
    stopped: list[list[str]] = []
    with FaultProxy(server.port) as proxy:
        proxy.chaos(random.Random(11), rate=0.5, faults=[Fault.cut(n) for n in range(5, 260, 9)])
        for number, session_id in enumerate(sessions):
            entered.update(_mark(ann, session_id, people, ("present", "late")[number % 2]))
            receipt = ann.sync(url=proxy.url, retry=PATIENT)
            if not receipt.all_accepted:
                stopped.append(receipt.lines())
        assert sum(1 for f in proxy.faults_applied if f) >= 10
    assert stopped == [], f"{len(stopped)} of {len(sessions)} rounds stopped: {stopped[:3]}"
    assert _server_marks(backend) == entered
    with ann:
        assert _laptop_marks() == entered


def _sync_in_thread(laptop: Laptop, **kwargs: Any) -> tuple[threading.Thread, dict[str, Any],
                                                          threading.Event]:
    outcome: dict[str, Any] = {}
    cancel = threading.Event()

    def run() -> None:
        with laptop:
            client = laptop.client(cancel=cancel, **kwargs)
            try:
                outcome["receipt"] = SyncEngine(client).run()
            finally:
                client.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome, cancel


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_trickling_answer_is_given_up_at_the_request_deadline(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    """One byte every 0.2 s never trips the read timeout (30 s between bytes); the deadline
    of each request stops it, and the sync ends saying the server did not answer in time.
    (Before, it would take hours; the join below only guards against a hang.)"""
    ann, people, sessions = _marking_laptop(backend, server, laptops)
    _mark(ann, sessions[0], people, "present")
    with FaultProxy(server.port) as proxy:
        proxy.plan(*[Fault.trickle(every=0.2)] * 20)
        thread, outcome, _cancel = _sync_in_thread(
            ann, url=proxy.url, timeout=(5.0, 30.0), deadline=1.0,
            retry=RetryPolicy(attempts=2, base=0.01, cap=0.02))
        thread.join(120)
        assert not thread.is_alive(), "the sync never gave up on a trickling answer"
    receipt: Receipt = outcome["receipt"]
    assert receipt.error is not None and "in time" in receipt.error, receipt.lines()
    assert "sign-in page" not in receipt.error


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("fault", [Fault.stall(), Fault.trickle(every=0.5)],
                         ids=["stalled", "trickling"])
def test_cancel_stops_a_request_waiting_for_its_answer(
    backend: Backend, server: ServerProcess, laptops: Any, fault: Fault
) -> None:
    """The read timeout and the deadline are ten minutes: only Cancel can end this sync in
    the two minutes the join allows (before, Cancel waited for the request)."""
    ann, people, sessions = _marking_laptop(backend, server, laptops)
    _mark(ann, sessions[0], people, "present")
    with FaultProxy(server.port) as proxy:
        proxy.plan(fault)
        thread, outcome, cancel = _sync_in_thread(ann, url=proxy.url, timeout=(5.0, 600.0),
                                                  deadline=600.0)
        while not proxy.faults_applied:
            thread.join(0.01)
        cancel.set()
        thread.join(120)
        assert not thread.is_alive(), "Cancel did not stop the waiting request"
    assert outcome["receipt"].cancelled
