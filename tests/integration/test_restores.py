"""Restores from backups (SYNC.md "Restores"): a laptop put back to an earlier copy of its own
data file, and a server put back to an earlier backup, both converge with nothing lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.db import store as local_store
from fieldsessions.db.models import Attendance, Device, Outbox, database
from fieldsessions.server import store
from fieldsessions.services import attendance, programmes
from fieldsessions.sync.engine import Receipt
from tests.integration.conftest import Backend, Laptop, ServerProcess, signed_in
from tests.unit import helpers

STATUSES = ("present", "late", "excused", "absent")


def _ok(receipt: Receipt) -> Receipt:
    assert receipt.error is None, receipt.lines()
    assert receipt.all_accepted, receipt.lines()
    return receipt


def _server_marks(backend: Backend) -> dict[str, str]:
    """Every live mark on the server: 'session:participant' -> status."""
    with backend.db() as db:
        rows = db.execute_sql(store.q(
            db, "SELECT key, data FROM record WHERE entity = 'attendance' AND deleted = ?"),
            (False,)).fetchall()
    return {str(key): str(json.loads(data)["status"]) for key, data in rows}


def _laptop_marks() -> dict[str, str]:
    """Call inside `with laptop:`."""
    return {f"{a.session_id}:{a.participant_id}": str(a.status)
            for a in Attendance.select() if a.status}


def _remark(sessions: list[str], people: list[str], status: str) -> dict[str, str]:
    """Mark everyone of `sessions` with `status`; returns what was entered."""
    entered: dict[str, str] = {}
    for session_id in sessions:
        attendance.mark_many(session_id, {p: (status, None) for p in people})
        entered.update({f"{session_id}:{p}": status for p in people})
    return entered


def _backup_laptop(laptop: Laptop, folder: Path) -> Path:
    """An online copy of the laptop's file, as the app writes into backups/."""
    with laptop:
        return local_store.backup(database.obj, laptop.path, "before")


def _restore_laptop(laptop: Laptop, copy: Path) -> None:
    """Put the copy back over the laptop's file (what a user does after a disk fault)."""
    for suffix in ("-wal", "-shm"):
        Path(str(laptop.path) + suffix).unlink(missing_ok=True)
    shutil.copy(copy, laptop.path)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("after_restore", [2, 6], ids=["fewer-new", "more-new"])
def test_a_laptop_restored_from_its_own_backup_converges(
    backend: Backend, server: ServerProcess, laptops: Any, tmp_path: Path,
    after_restore: int,
) -> None:
    """Sessions' worth of marks are made after the backup and synced; the file is put back;
    new marks made on the restored file reuse change numbers the server holds for other
    content. Every mark entered before and after the restore ends up on the server and on
    the laptop, and no change is left refused as a "mismatch"."""
    backend.add_facilitator("ann")
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    with ann:
        circle = helpers.programme("Circle", weeks_ago=9, count=8)
        people = helpers.people(20, circle.id)
        sessions = [s.id for s in programmes.list_sessions(circle.id, kind="past")]
        entered = _remark(sessions[:4], people, "present")
    _ok(ann.sync())
    copy = _backup_laptop(ann, tmp_path)

    # After the backup: four sessions are marked (and one re-marked) and reach the server.
    with ann:
        entered.update(_remark(sessions[4:8], people, "late"))
        entered.update(_remark(sessions[:1], people, "excused"))
        lost_high = int(Device.select(Device.next_seq).scalar()) - 1
    _ok(ann.sync())

    _restore_laptop(ann, copy)
    with ann:
        assert int(Device.select(Device.next_seq).scalar()) - 1 < lost_high
        # New marks on the restored file: their change numbers are already on the server.
        entered.update(_remark(sessions[1:1 + after_restore // 2], people, "absent"))
        if after_restore > 2:
            entered.update(_remark(sessions[4:4 + after_restore // 2], people, "excused"))

    first = _ok(ann.sync())
    assert first.mismatches == 0
    assert _server_marks(backend) == entered
    with ann:
        assert _laptop_marks() == entered
        left = Outbox.select().where(Outbox.state.not_in(["acked", "superseded"])).count()
        assert left == 0, [(o.seq, o.state, o.result, o.reason) for o in Outbox.select()
                           .where(Outbox.state.not_in(["acked", "superseded"]))]
        # Nothing that reuses a number the server holds is ever sent as new again.
        assert int(Device.select(Device.next_seq).scalar()) > lost_high
    second = _ok(ann.sync())
    assert second.sent == 0, second.lines()
    with ann:
        assert _laptop_marks() == entered


def _session_marks(laptop: Laptop, circle_id: str, people: list[str], status: str,
                   count: int) -> dict[str, str]:
    with laptop:
        sessions = [s.id for s in programmes.list_sessions(circle_id, kind="past")][:count]
        return _remark(sessions, people, status)


def test_a_co_facilitators_marks_wait_for_sessions_the_owner_has_not_re_sent(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    """After a server restore the co-facilitator syncs first: her marks refer to sessions
    the server lost. They wait (not refused), the sync says so and does not count as all
    accepted; once the owner has sent the sessions again, the next sync delivers them."""
    ann, bea = signed_in(backend, server, laptops, "ann", "bea")
    with ann:
        circle = helpers.programme("Circle", weeks_ago=4, count=3)
        people = helpers.people(10, circle.id)
    for user in ("ann", "bea"):
        backend.assign(user, circle.id)
    server.stop()
    backend.backup()  # the server knows the assignments, not yet the programme
    server.start()
    _ok(ann.sync())
    _ok(bea.sync())
    entered = _session_marks(bea, circle.id, people, "present", 3)

    server.stop()
    backend.restore()
    server.start()

    waiting = bea.sync()
    assert waiting.error is None, waiting.lines()
    assert (waiting.rejected, waiting.waiting, waiting.sent) == (0, len(entered), 0), \
        waiting.lines()
    assert not waiting.all_accepted  # `fieldsessions sync` exits 1
    assert any("wait for records the server does not have yet" in line
               for line in waiting.lines())
    assert any(line.startswith("  waiting: mark") and "does not have session" in line
               for line in waiting.lines())
    with bea:
        # Each mark and its history entry (which the receipts do not count).
        assert Outbox.select().where(Outbox.state == "pending").count() == 2 * len(entered)

    owner = _ok(ann.sync())
    assert owner.resent > 0
    delivered = _ok(bea.sync())
    assert delivered.applied == len(entered) and delivered.waiting == 0
    assert _server_marks(backend) == entered
    _ok(ann.sync())
    with ann:
        assert _laptop_marks() == entered


def test_a_stale_download_position_after_a_server_restore_is_refused_and_nothing_is_missed(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    """bea pulled changes the restored server lost; after the restore cat writes first, so
    the lost version numbers are handed out again for cat's marks. bea's download position
    names one of those numbers: it must be refused (a full download follows), or bea never
    receives cat's marks."""
    for user in ("ann", "bea", "cat"):
        backend.add_facilitator(user)
    ann, bea, cat = laptops("ann"), laptops("bea"), laptops("cat")
    for laptop, user in ((ann, "ann"), (bea, "bea"), (cat, "cat")):
        laptop.sign_in(server, user)
    with ann:
        circle = helpers.programme("Circle", weeks_ago=4, count=3)
        people = helpers.people(10, circle.id)
    _ok(ann.sync())
    for user in ("bea", "cat"):
        backend.assign(user, circle.id)
    _ok(bea.sync())
    _ok(cat.sync())
    server.stop()
    backend.backup()
    server.start()

    entered = _session_marks(ann, circle.id, people, "present", 2)
    _ok(ann.sync())
    _ok(bea.sync())  # bea's position is now past what the backup holds

    server.stop()
    backend.restore()
    server.start()
    with cat:
        sessions = [s.id for s in programmes.list_sessions(circle.id, kind="past")]
        entered.update(_remark(sessions[2:3], people, "late"))
    _ok(cat.sync())  # takes the version numbers bea has already seen
    assert _ok(ann.sync()).resent == 20  # 20 marks (and their history entries)

    _ok(bea.sync())
    with bea:
        assert _laptop_marks() == entered
    assert _server_marks(backend) == entered


def test_a_value_replaced_by_a_laptop_pushing_with_a_stale_position_is_kept_as_a_conflict(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    """After a server restore cat marks Amy "excused"; bea, whose download position is from
    before the restore and who never saw that, marks her "absent" later. bea's mark wins (it
    is later), and cat's value is kept in the conflicts table for review: bea's stale
    position does not count as having seen it."""
    for user in ("ann", "bea", "cat"):
        backend.add_facilitator(user)
    ann, bea, cat = laptops("ann"), laptops("bea"), laptops("cat")
    for laptop, user in ((ann, "ann"), (bea, "bea"), (cat, "cat")):
        laptop.sign_in(server, user)
    with ann:
        circle = helpers.programme("Circle", weeks_ago=4, count=3)
        people = helpers.people(3, circle.id)
    _ok(ann.sync())
    for user in ("bea", "cat"):
        backend.assign(user, circle.id)
    _ok(bea.sync())
    _ok(cat.sync())
    server.stop()
    backend.backup()
    server.start()
    _session_marks(ann, circle.id, people, "present", 2)
    _ok(ann.sync())
    _ok(bea.sync())  # bea's position is now past what the backup holds

    server.stop()
    backend.restore()
    server.start()
    amy = people[0]
    with cat:
        session_id = [s.id for s in programmes.list_sessions(circle.id, kind="past")][2]
        attendance.mark(session_id, amy, "excused")
    _ok(cat.sync())
    with bea:
        attendance.mark(session_id, amy, "absent")
    _ok(bea.sync())

    assert _server_marks(backend)[f"{session_id}:{amy}"] == "absent"
    with backend.db() as db:
        kept = db.execute_sql("SELECT field, losing_value FROM conflict").fetchall()
    assert ("status", '"excused"') in [tuple(row) for row in kept]
