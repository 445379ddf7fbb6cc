"""`fieldsessions sync-log` tells a sync still running from one that was killed (before the
next sync marks it), and a sync that ended with refused changes from one that was "ok",
with the reasons. Through the CLI against the real server."""

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
def test_the_sync_log_shows_a_sync_running_then_killed_before_the_next_sync(
    backend: Backend, server: ServerProcess, tmp_path: Path
) -> None:
    backend.add_facilitator("ann")
    db = tmp_path / "laptop.sqlite"
    with FaultProxy(server.port) as proxy:
        code, text = _done(db, "login", "--server", proxy.url, "--user", "ann")
        assert code == 0, text
        proxy.plan(Fault.stall())  # the sync waits for an answer that never comes
        seen = len(proxy.faults_applied)
        stuck = _laptop_cli(db, "sync")
        while len(proxy.faults_applied) == seen and stuck.poll() is None:
            time.sleep(0.01)
        code, log = _done(db, "sync-log")
        assert code == 0, log
        assert log.splitlines()[0].endswith(" running"), log
        stuck.kill()
        stuck.communicate(timeout=30)
    code, log = _done(db, "sync-log")
    assert log.splitlines()[0].endswith(" stopped (interrupted)"), log
