"""The sync log after a sync that never finished (the app killed, the power cut): the next
sync marks it "interrupted" instead of leaving it unfinished for ever."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldsessions.sync.credentials import ENV_DIR
from tests.integration.conftest import PASSWORD, Backend, ServerProcess
from tests.integration.faultproxy import Fault, FaultProxy


def _laptop_cli(db: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, ENV_DIR: str(db.parent / "credentials"),
           "FIELDSESSIONS_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "fieldsessions", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _done(db: Path, *args: str) -> tuple[int, str]:
    process = _laptop_cli(db, *args)
    out, err = process.communicate(timeout=120)
    return process.returncode, out + err


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_sync_killed_midway_shows_as_interrupted_in_the_sync_log(
    backend: Backend, server: ServerProcess, tmp_path: Path
) -> None:
    backend.add_facilitator("ann")
    db = tmp_path / "laptop.sqlite"
    with FaultProxy(server.port) as proxy:
        code, text = _done(db, "login", "--server", proxy.url, "--user", "ann")
        assert code == 0, text
        proxy.plan(Fault.stall())  # the next sync waits for an answer that never comes
        seen = len(proxy.faults_applied)
        killed = _laptop_cli(db, "sync")
        while len(proxy.faults_applied) == seen and killed.poll() is None:
            time.sleep(0.01)
        killed.kill()
        killed.communicate(timeout=30)

        code, text = _done(db, "sync")
        assert code == 0, text
    code, log = _done(db, "sync-log")
    assert code == 0, log
    newest, older = log.splitlines()[:2]
    assert newest.endswith(" ok")
    assert older.endswith("stopped (interrupted)")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_interrupted_sync_in_the_log_counts_what_was_sent_before_it_stopped(
    backend: Backend, server: ServerProcess, tmp_path: Path
) -> None:
    """A new user's trial: a sync killed after 4,000 changes were accepted was logged as
    "sent 0, accepted 0 ... interrupted"."""
    from fieldsessions.db import store as local_store
    from fieldsessions.services import attendance
    from tests.unit import helpers

    backend.add_facilitator("ann")
    db = tmp_path / "laptop.sqlite"
    local_store.open_store(db)
    try:
        circle = helpers.programme("Circle", count=3)
        helpers.people(5, circle.id)
        attendance.mark_all_present(helpers.past_session(circle.id))
    finally:
        local_store.close_store()
    with FaultProxy(server.port) as proxy:
        code, text = _done(db, "login", "--server", proxy.url, "--user", "ann")
        assert code == 0, text
        proxy.plan(Fault.stall(on="GET /v1/sync/changes"))  # everything sent, then stuck
        seen = len(proxy.faults_applied)
        killed = _laptop_cli(db, "sync")
        while len(proxy.faults_applied) == seen and killed.poll() is None:
            time.sleep(0.01)
        time.sleep(0.3)
        killed.kill()
        killed.communicate(timeout=30)
        code, text = _done(db, "sync")
        assert code == 0, text
    code, log = _done(db, "sync-log")
    older = log.splitlines()[1]
    assert older.endswith("stopped (interrupted)")
    # programme, 3 sessions, 5 + 5, 5 marks (their history entries ride along, not counted)
    assert "sent 19, accepted 19" in older, older
