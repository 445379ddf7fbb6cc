"""The sync engine against a scripted server: what counts as an acknowledgement, batch
halving, forbidden items, rollback detection, cancel, the receipt and the sync log."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.db import outbox
from fieldsessions.db.models import Device, Outbox, Setting, SyncLog, database
from fieldsessions.sync import wire
from fieldsessions.sync.apply import CURSOR_KEY, get_setting
from fieldsessions.sync.client import BodyRejected, InvalidBatch, PushTimeout
from fieldsessions.sync.engine import EPOCH_KEY, Progress, SyncEngine, sync_log, sync_status
from fieldsessions.sync.errors import ServerUnreachable

Push = Callable[[dict[str, Any]], tuple[int, Any]]


class ScriptedServer:
    """Stands in for ServerClient: hello and changes are fixed, push is a function."""

    def __init__(self, push: Push | None = None, *, epoch: str = "e1", high_seq: int = 0) -> None:
        self.base_url = "https://sync.example.org"
        self.cancel = threading.Event()
        self.bytes_sent = self.bytes_received = 0
        self.epoch, self.high_seq = epoch, high_seq
        self.pushes: list[dict[str, Any]] = []
        self._push = push or accept_all
        self.pulls: list[str | None] = []

    def hello(self) -> dict[str, Any]:
        return {"protocol": 1, "epoch": self.epoch, "high_seq": self.high_seq,
                "device_id": device_id(), "limits": {"max_mutations": 500}}

    def push(self, body: dict[str, Any], encoded: bytes | None = None) -> tuple[int, Any]:
        if encoded is not None:
            assert wire.loads(wire.inflate(encoded)) == body
        self.pushes.append(body)
        return self._push(body)

    def changes(self, since: str | None, limit: int, *, skip_own: bool) -> dict[str, Any]:
        self.pulls.append(since)
        return {"changes": [], "next_cursor": f"{self.epoch}.9", "has_more": False}


def accept_all(body: dict[str, Any]) -> tuple[int, Any]:
    return 200, {"device_id": body["device_id"], "batch_id": body["batch_id"],
                 "results": [{"seq": m["seq"], "result": "applied"}
                             for m in body["mutations"]]}


def device_id() -> str:
    return str(Device.select(Device.id).scalar())


def queue(count: int) -> None:
    with database.atomic():
        outbox.append_many([("participant", f"p{i}", "upsert", {"name": f"P {i}"})
                            for i in range(count)])


def states() -> dict[str, int]:
    found: dict[str, int] = {}
    for (state,) in Outbox.select(Outbox.state).tuples():
        found[state] = found.get(state, 0) + 1
    return found


def run(server: ScriptedServer, **kwargs: Any) -> Any:
    return SyncEngine(server, **kwargs).run()  # type: ignore[arg-type]


def test_everything_accepted_is_marked_acked_with_one_receipt_and_log_row(db: object) -> None:
    queue(7)
    progress: list[Progress] = []
    receipt = run(ScriptedServer(), batch_size=3, progress=progress.append)
    assert receipt.all_accepted and receipt.sent == 7 and receipt.applied == 7
    assert states() == {"acked": 7}
    assert next(p.phase for p in progress) == "connecting"
    assert progress[-1].phase == "done"
    assert [p.sent for p in progress if p.phase == "sending"] == [0, 3, 6, 7]
    log = SyncLog.get()
    assert (log.sent, log.accepted, log.error) == (7, 7, None)
    assert get_setting(CURSOR_KEY) == "e1.9" and get_setting(EPOCH_KEY) == "e1"
    assert sync_status().pending == 0 and sync_status().last_sync is not None


def test_a_sync_commits_its_acks_without_fsync_and_puts_full_back(db: object) -> None:
    """Acks and pulled pages are safe to lose (sent or pulled again), so the sync's own
    connection runs synchronous=NORMAL and leaves the WAL alone (no automatic checkpoint)
    while it runs; FULL and checkpoints every 1000 pages are back afterwards, even after a
    failure, and the WAL is copied back into the file at the end."""
    def level() -> tuple[int, int]:
        return (int(database.execute_sql("PRAGMA synchronous").fetchone()[0]),
                int(database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0]))

    during: list[tuple[int, int]] = []

    def seen(p: Progress) -> None:  # called on the thread that runs the engine
        if p.phase == "sending":
            during.append(level())

    queue(3)
    assert level() == (2, 1000)
    assert run(ScriptedServer(), progress=seen).all_accepted
    assert set(during) == {(1, 0)} and level() == (2, 1000)

    def broken(body: dict[str, Any]) -> tuple[int, Any]:
        raise RuntimeError("boom")

    queue(1)
    during.clear()
    with pytest.raises(RuntimeError):
        run(ScriptedServer(broken), progress=seen)
    assert set(during) == {(1, 0)} and level() == (2, 1000)


def test_a_long_sync_grows_the_wal_and_its_log_row_commits_with_checkpoints_back(
    db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No automatic checkpoint while the sync runs: its acks grow the WAL past the usual
    1000 pages. Checkpoints are back on for the log row's commit, which then copies the WAL
    back into the file (as SQLite does after any commit that leaves it that long)."""
    wal = Path(str(database.database) + "-wal")
    seen: list[tuple[int, int]] = []
    original = SyncEngine._finish_log

    def finish(self: SyncEngine, log_id: int, receipt: Any) -> None:
        pages = wal.stat().st_size // int(database.execute_sql("PRAGMA page_size").fetchone()[0])
        seen.append((pages, int(database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0])))
        original(self, log_id, receipt)

    monkeypatch.setattr(SyncEngine, "_finish_log", finish)
    with database.atomic():  # 2000 changes of about 3 KB: each ack rewrites a page
        outbox.append_many([("participant", f"p{i}", "upsert", {"name": f"P {i}",
                                                                 "notes": "n" * 3000})
                            for i in range(2000)])
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert run(ScriptedServer()).all_accepted
    assert len(seen) == 1
    pages, autocheckpoint = seen[0]
    assert pages > 1500 and autocheckpoint == 1000


def test_the_sync_log_row_is_committed_fully_and_no_wal_means_no_relaxing(
    db: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last commit of a sync (its log row) is FULL, so a finished sync is durable as a
    whole; a file that is not in WAL mode never runs NORMAL (unsafe with a rollback
    journal)."""
    def level() -> int:
        return int(database.execute_sql("PRAGMA synchronous").fetchone()[0])

    at_log: list[int] = []
    original = SyncEngine._finish_log

    def finish(self: SyncEngine, log_id: int, receipt: Any) -> None:
        at_log.append(level())
        original(self, log_id, receipt)

    monkeypatch.setattr(SyncEngine, "_finish_log", finish)
    during: list[int] = []

    def seen(p: Progress) -> None:
        if p.phase == "sending":
            during.append(level())

    queue(2)
    assert run(ScriptedServer(), progress=seen).all_accepted
    assert set(during) == {1} and at_log == [2]
    database.execute_sql("PRAGMA journal_mode = DELETE")
    try:
        queue(2)
        during.clear()
        assert run(ScriptedServer(), progress=seen).all_accepted
        assert set(during) == {2}
    finally:
        database.execute_sql("PRAGMA journal_mode = WAL")


def test_only_items_the_answer_lists_are_acknowledged(db: object) -> None:
    queue(4)

    def half(body: dict[str, Any]) -> tuple[int, Any]:
        status, doc = accept_all(body)
        doc["results"] = [*doc["results"][:2], {"seq": 999, "result": "applied"}]
        return status, doc

    server = ScriptedServer(half)
    receipt = run(server)
    assert states() == {"acked": 4}
    assert [len(p["mutations"]) for p in server.pushes] == [4, 2]
    assert receipt.sent == 4


@pytest.mark.parametrize("answer", [
    (200, "<html>portal</html>"),
    (200, {"batch_id": "other", "device_id": "x", "results": []}),
    (200, {"results": [{"seq": 1, "result": "applied"}]}),
    (500, {"detail": "boom"}),
])
def test_an_answer_that_does_not_echo_the_batch_acknowledges_nothing(
    db: object, answer: tuple[int, Any]
) -> None:
    queue(3)
    receipt = run(ScriptedServer(lambda _body: answer))
    assert receipt.error and not receipt.all_accepted
    assert states() == {"pending": 3}
    assert SyncLog.get().error == receipt.error


def test_rejected_items_are_kept_with_reasons_and_a_mismatch_goes_again_renumbered(
    db: object
) -> None:
    """A "mismatch" means the laptop reused a number the server holds (its file was restored
    from a backup): the change is queued again under a new number, the old row superseded.
    (This test expected the mismatch kept as a rejection before; that was the bug.)"""
    queue(3)

    def mixed(body: dict[str, Any]) -> tuple[int, Any]:
        seqs = [m["seq"] for m in body["mutations"]]
        if len(seqs) < 3:
            return accept_all(body)
        return 200, {"device_id": body["device_id"], "batch_id": body["batch_id"], "results": [
            {"seq": seqs[0], "result": "applied"},
            {"seq": seqs[1], "result": "rejected", "reason": "Unknown entity x."},
            {"seq": seqs[2], "result": "mismatch", "reason": "already received"}]}

    server = ScriptedServer(mixed)
    receipt = run(server)
    assert not receipt.all_accepted and receipt.error is None
    assert (receipt.applied, receipt.rejected, receipt.mismatches, receipt.renumbered) == \
        (2, 1, 0, 1)
    assert states() == {"acked": 2, "rejected": 1, "superseded": 1}
    assert [m["seq"] for m in server.pushes[1]["mutations"]] == [4]
    assert server.pushes[1]["mutations"][0]["fields"] == \
        server.pushes[0]["mutations"][2]["fields"]
    assert Outbox.get(Outbox.result == "rejected").reason == "Unknown entity x."
    assert any("Unknown entity x." in line for line in receipt.lines())
    assert server.pulls == [None], "a reused number means the laptop lacks its own changes"


def test_a_renumbered_change_answered_mismatch_again_is_not_renumbered_forever(
    db: object
) -> None:
    queue(2)

    def always_mismatch(body: dict[str, Any]) -> tuple[int, Any]:
        return 200, {"device_id": body["device_id"], "batch_id": body["batch_id"],
                     "results": [{"seq": m["seq"], "result": "mismatch", "reason": "taken"}
                                 for m in body["mutations"]]}

    server = ScriptedServer(always_mismatch)
    receipt = run(server)
    assert [len(p["mutations"]) for p in server.pushes] == [2, 2]
    assert (receipt.renumbered, receipt.mismatches) == (2, 2)
    assert states() == {"superseded": 2, "rejected": 2}


def test_a_laptop_behind_the_server_numbers_above_it_and_downloads_its_own_changes(
    db: object
) -> None:
    queue(2)
    server = ScriptedServer(high_seq=40)
    assert run(server).all_accepted
    assert server.pulls == [None]
    with database.atomic():
        seqs = outbox.append_many([("participant", "p9", "upsert", {"name": "P 9"})])
    assert seqs == [41]


def test_each_answer_of_a_batch_is_saved_on_its_own_row(db: object) -> None:
    """Acks are saved one UPDATE per kind of answer: each row still gets its own result,
    its own reason, the batch id and the time."""
    queue(6)
    answers = [("applied", None), ("conflict", "Field a kept."), ("applied", None),
               ("duplicate", None), ("conflict", "Field b kept."), ("rejected", "No.")]
    batch_ids: list[str] = []

    def mixed(body: dict[str, Any]) -> tuple[int, Any]:
        batch_ids.append(body["batch_id"])
        results = []
        for m, (result, reason) in zip(body["mutations"], answers, strict=True):
            results.append({"seq": m["seq"], "result": result,
                            **({"reason": reason} if reason else {})})
        return 200, {"device_id": body["device_id"], "batch_id": body["batch_id"],
                     "results": results}

    run(ScriptedServer(mixed))
    rows = list(Outbox.select(Outbox.state, Outbox.result, Outbox.reason, Outbox.batch_id,
                              Outbox.acked_at).order_by(Outbox.seq).tuples())
    assert [(state, result, reason) for state, result, reason, _b, _a in rows] == [
        ("acked", "applied", None), ("acked", "conflict", "Field a kept."),
        ("acked", "applied", None), ("acked", "duplicate", None),
        ("acked", "conflict", "Field b kept."), ("rejected", "rejected", "No.")]
    assert {b for _s, _r, _e, b, _a in rows} == {batch_ids[0]}
    assert all(a is not None for *_rest, a in rows)


def test_batches_go_one_at_a_time_and_a_row_an_answer_left_out_is_sent_again_first(
    db: object
) -> None:
    """Never two batches at once. An answer that lists a result for an unknown seq in place
    of one of ours (as many results as changes) leaves that row pending: it goes again
    first, in the very next batch; every row ends acknowledged."""
    queue(10)
    lock = threading.Lock()
    flying = {"now": 0, "most": 0}
    sent: list[list[int]] = []

    def careful(body: dict[str, Any]) -> tuple[int, Any]:
        with lock:
            flying["now"] += 1
            flying["most"] = max(flying["most"], flying["now"])
        try:
            time.sleep(0.01)  # long enough for a second batch to overlap, were one sent
            seqs = [m["seq"] for m in body["mutations"]]
            sent.append(seqs)
            status, answer = accept_all(body)
            if len(sent) == 2:  # one of ours missing, an unknown seq listed instead
                answer["results"][0] = {"seq": 999, "result": "applied"}
            return status, answer
        finally:
            with lock:
                flying["now"] -= 1

    receipt = run(ScriptedServer(careful), batch_size=2)
    assert flying["most"] == 1
    assert receipt.all_accepted and receipt.sent == 10 and states() == {"acked": 10}
    second = sent[1][0]  # the row the second answer left out
    times = Counter(seq for seqs in sent for seq in seqs)
    assert times[second] == 2 and set(times.values()) == {1, 2} and len(times) == 10
    again = next(i for i in range(2, len(sent)) if second in sent[i])
    assert again == 2 and sent[again][0] == second


def test_timeouts_and_413_halve_the_batch_until_it_goes_through(db: object) -> None:
    queue(8)
    failures: list[Exception] = [PushTimeout("slow"), BodyRejected("big")]

    def flaky(body: dict[str, Any]) -> tuple[int, Any]:
        if failures:
            raise failures.pop(0)
        return accept_all(body)

    server = ScriptedServer(flaky)
    receipt = run(server, batch_size=8)
    assert receipt.all_accepted and states() == {"acked": 8}
    assert [len(p["mutations"]) for p in server.pushes] == [8, 4, 2, 4, 2]


def test_a_single_change_the_server_calls_invalid_is_isolated_and_rejected(db: object) -> None:
    queue(4)
    bad_seq = 3

    def picky(body: dict[str, Any]) -> tuple[int, Any]:
        if any(m["seq"] == bad_seq for m in body["mutations"]):
            raise InvalidBatch("The request is not valid: mutations.0.fields.name: too long.")
        return accept_all(body)

    receipt = run(ScriptedServer(picky), batch_size=4)
    assert states() == {"acked": 3, "rejected": 1}
    assert "too long" in Outbox.get(Outbox.seq == bad_seq).reason
    assert receipt.rejected == 1


def test_forbidden_items_are_rejected_and_the_rest_is_sent_again(db: object) -> None:
    queue(3)

    def forbid_first(body: dict[str, Any]) -> tuple[int, Any]:
        first = body["mutations"][0]["seq"]
        if first == 1:
            return 403, {"detail": "Nothing was applied", "device_id": body["device_id"],
                         "batch_id": body["batch_id"],
                         "forbidden": [{"seq": 1, "reason": "You are not assigned."}]}
        return accept_all(body)

    receipt = run(ScriptedServer(forbid_first))
    assert states() == {"rejected": 1, "acked": 2}
    assert receipt.rejected == 1 and receipt.applied == 2


def test_a_server_restored_from_a_backup_gets_the_lost_changes_again(db: object) -> None:
    queue(5)
    assert run(ScriptedServer()).applied == 5
    restored = ScriptedServer(high_seq=2)
    receipt = run(restored)
    assert receipt.resent == 3
    assert [m["seq"] for m in restored.pushes[0]["mutations"]] == [3, 4, 5]
    assert restored.pulls == [None], "the download starts again from the beginning"


def test_a_new_server_epoch_resends_everything_it_does_not_hold(db: object) -> None:
    queue(2)
    run(ScriptedServer(epoch="e1"))
    other = ScriptedServer(epoch="e2")
    assert run(other).resent == 2
    assert Setting.get_by_id(EPOCH_KEY).value == "e2"


def test_cancel_stops_between_batches_and_keeps_what_was_acknowledged(db: object) -> None:
    queue(6)
    server = ScriptedServer()

    def cancel_after_first(body: dict[str, Any]) -> tuple[int, Any]:
        server.cancel.set()
        return accept_all(body)

    server._push = cancel_after_first
    receipt = run(server, batch_size=2)
    assert receipt.cancelled and not receipt.all_accepted
    assert states() == {"acked": 2, "pending": 4}
    assert SyncLog.get().error == "cancelled"


def test_an_unreachable_server_leaves_everything_queued(db: object) -> None:
    queue(2)

    def down(_body: dict[str, Any]) -> tuple[int, Any]:
        raise ServerUnreachable("Cannot reach the sync server.")

    receipt = run(ScriptedServer(down))
    assert receipt.error == "Cannot reach the sync server."
    assert states() == {"pending": 2}


def test_the_push_body_is_lean_and_names_our_device(db: object) -> None:
    queue(1)
    server = ScriptedServer()
    run(server)
    body = server.pushes[0]
    assert body["device_id"] == device_id()
    assert body["mutations"][0] == {"seq": 1, "hlc": body["mutations"][0]["hlc"],
                                    "entity": "participant", "op": "upsert", "id": "p0",
                                    "fields": {"name": "P 0"}}
    assert set(body) == {"device_id", "batch_id", "seen", "mutations"}
    assert len(wire.dumps(body)) < 240


def _refuse(retry: str, times: int) -> Push:
    """Refuse each change with `retry` the first `times` times it is sent (by content)."""
    seen: dict[str, int] = {}

    def answer(body: dict[str, Any]) -> tuple[int, Any]:
        results = []
        for m in body["mutations"]:
            count = seen[m["id"]] = seen.get(m["id"], 0) + 1
            if count <= times:
                results.append({"seq": m["seq"], "result": "rejected", "reason": "not yet",
                                "retry": retry})
            else:
                results.append({"seq": m["seq"], "result": "applied"})
        return 200, {"device_id": body["device_id"], "batch_id": body["batch_id"],
                     "results": results}

    return answer


def test_a_change_refused_for_its_clock_goes_again_re_stamped_as_a_new_row(db: object) -> None:
    queue(2)
    server = ScriptedServer(_refuse("clock", 1))
    receipt = run(server)
    assert receipt.all_accepted, receipt.lines()
    assert (receipt.restamped, receipt.applied, receipt.rejected) == (2, 2, 0)
    first, again = server.pushes
    assert [m["seq"] for m in again["mutations"]] == [3, 4]
    assert [m["fields"] for m in again["mutations"]] == [m["fields"] for m in first["mutations"]]
    assert states() == {"superseded": 2, "acked": 2}


def test_a_change_still_refused_after_re_stamping_waits_for_the_next_sync(db: object) -> None:
    queue(1)
    server = ScriptedServer(_refuse("clock", 2))
    receipt = run(server)
    assert not receipt.all_accepted and receipt.waiting == 1
    assert len(server.pushes) == 2, "sent again once, then held until the next sync"
    assert sync_status().pending == 1
    assert run(server).all_accepted
    assert sync_status().pending == 0


def test_a_change_whose_parent_the_server_lacks_waits_and_goes_again_next_sync(
    db: object
) -> None:
    queue(3)
    server = ScriptedServer(_refuse("parent", 1))
    receipt = run(server)
    assert not receipt.all_accepted and receipt.error is None
    assert (receipt.waiting, receipt.rejected, receipt.sent) == (3, 0, 0)
    assert len(server.pushes) == 1, "not sent again within the same sync"
    assert states() == {"pending": 3}
    assert any("waiting: participant (change 1): not yet" in line for line in receipt.lines())
    assert SyncLog.select().order_by(SyncLog.id.desc()).get().details[0]["result"] == "waiting"
    second = run(server)
    assert second.all_accepted and second.applied == 3
    assert states() == {"acked": 3}


def test_changes_refused_for_a_clock_ahead_by_an_older_server_are_re_stamped_at_hello(
    db: object
) -> None:
    queue(2)
    Outbox.update(state="rejected", result="rejected", reason=(
        "This change is stamped more than 24 hours ahead of the server's clock; check the "
        "laptop's date and time.")).where(Outbox.seq == 1).execute()
    Outbox.update(state="rejected", result="rejected", reason="Unknown entity.").where(
        Outbox.seq == 2).execute()

    class Timed(ScriptedServer):
        def hello(self) -> dict[str, Any]:
            return {**super().hello(), "server_time": "2026-01-01T00:00:00Z"}

    server = Timed()
    receipt = run(server)
    assert receipt.restamped == 1 and receipt.applied == 1
    assert [m["seq"] for m in server.pushes[0]["mutations"]] == [3]
    assert states() == {"superseded": 1, "rejected": 1, "acked": 1}


def test_a_sync_log_row_left_unfinished_by_a_killed_sync_is_marked_interrupted(
    db: object
) -> None:
    with database.atomic():
        killed = SyncLog.create(started_at=datetime.now(UTC), server_url="x")
    receipt = run(ScriptedServer())
    killed = SyncLog.get_by_id(killed.id)
    assert killed.error == "interrupted" and killed.finished_at is not None
    assert [r.error for r in sync_log()] == [receipt.error, "interrupted"]


def test_changes_left_refused_as_mismatch_by_an_earlier_version_go_again_renumbered(
    db: object
) -> None:
    queue(2)
    Outbox.update(state="rejected", result="mismatch", reason="already received").where(
        Outbox.seq == 1).execute()
    server = ScriptedServer()
    receipt = run(server)
    assert receipt.all_accepted and receipt.renumbered == 1
    assert [m["seq"] for m in server.pushes[0]["mutations"]] == [2, 3]
    assert states() == {"superseded": 1, "acked": 2}
    assert server.pulls == [None]


def test_a_receipt_counts_one_change_in_the_singular() -> None:
    """A new user's trial read "Sent 1 changes" and "Received 1 changes"."""
    from datetime import UTC, datetime

    from fieldsessions.sync.engine import Receipt

    receipt = Receipt(started_at=datetime.now(UTC), sent=1, applied=1, pulled=1)
    lines = receipt.lines()
    assert lines[0].startswith("Sent 1 change: 1 accepted") and lines[1] == \
        "Received 1 change from the server."
    receipt = Receipt(started_at=datetime.now(UTC), sent=2, applied=2)
    assert receipt.lines()[0].startswith("Sent 2 changes:")
