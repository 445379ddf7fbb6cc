"""An admin's roster reaches the facilitator's laptop on the next sync (and is not queued
back); `fieldsessions login` + `fieldsessions sync` work headless with honest exit codes;
the admin commands of `fieldsessions-server` do what they say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.cli import run
from fieldsessions.db import store as local_store
from fieldsessions.db.models import Enrolment, Outbox, Participant, Programme, Session, SyncLog
from fieldsessions.services import attendance
from fieldsessions.sync.credentials import ENV_DIR
from tests.integration.conftest import PASSWORD, Backend, ServerProcess


def _roster(path: Path) -> Path:
    path.write_text(json.dumps({
        "programme": {"name": "Literacy club", "frequency": "weekly",
                      "start_date": "2026-01-05", "weekdays": "0", "location": "Hall"},
        "sessions": [
            {"local_date": "2026-01-05", "starts_at": "2026-01-05T09:00:00Z",
             "duration_min": 90},
            {"local_date": "2026-01-12", "starts_at": "2026-01-12T09:00:00Z",
             "duration_min": 90},
        ],
        "participants": [
            {"name": "Amina Diallo", "external_id": "A-1"},
            {"name": "Ben Okafor", "external_id": "B-2", "phone": "+27 555 0101"},
            {"name": "Chen Wei", "group_name": "North"},
        ],
    }))
    return path


def _server_cli(backend: Backend, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fieldsessions.server.cli", "--database", backend.url, *args],
        capture_output=True, text=True, check=False, timeout=120,
        env={**__import__("os").environ, "FIELDSESSIONS_PASSWORD": PASSWORD},
    )


def test_an_imported_roster_reaches_the_laptop_and_is_not_sent_back(
    backend: Backend, server: ServerProcess, laptops: Any, tmp_path: Path
) -> None:
    added = _server_cli(backend, "add-facilitator", "ann", "--name", "Ann Field")
    assert added.returncode == 0, added.stderr
    imported = _server_cli(backend, "import-roster", str(_roster(tmp_path / "club.json")),
                           "--assign", "ann")
    assert imported.returncode == 0, imported.stderr
    assert "3 participants" in imported.stdout

    ann = laptops("ann")
    ann.sign_in(server, "ann")
    receipt = ann.sync()
    assert receipt.all_accepted and receipt.sent == 0, receipt.lines()
    with ann:
        programme = Programme.get(Programme.name == "Literacy club")
        assert programme.location == "Hall"
        sessions = list(Session.select().where(Session.programme == programme.id)
                        .order_by(Session.local_date))
        assert [s.duration_min for s in sessions] == [90, 90]
        assert sorted(p.name for p in Participant.select()) == [
            "Amina Diallo", "Ben Okafor", "Chen Wei"]
        assert Enrolment.select().where(Enrolment.status == "booked").count() == 3
        assert Outbox.select().count() == 0
        attendance.mark_all_present(sessions[0].id)
    receipt = ann.sync()
    assert receipt.all_accepted and receipt.applied == 3, receipt.lines()  # (history not counted)
    assert backend.count("record", "entity = 'attendance'") == 3
    assert backend.count("record", "entity = 'attendance_history'") == 3

    # A second roster for the same programme adds people and updates by external id.
    csv = tmp_path / "more.csv"
    csv.write_text("name,external_id,phone\nAmina Diallo,A-1,+27 555 0199\nDara Ncube,D-4,\n")
    again = _server_cli(backend, "import-roster", str(csv), "--programme", programme.id)
    assert again.returncode == 0, again.stderr
    assert ann.sync().all_accepted
    with ann:
        assert Participant.get(Participant.external_id == "A-1").phone == "+27 555 0199"
        assert Participant.select().count() == 4
        assert Outbox.select().where(Outbox.state == "pending").count() == 0


def test_server_admin_commands_list_revoke_and_explain_errors(
    backend: Backend, server: ServerProcess, laptops: Any
) -> None:
    assert _server_cli(backend, "add-facilitator", "ann").returncode == 0
    twice = _server_cli(backend, "add-facilitator", "ann")
    assert twice.returncode == 1 and "already exists" in twice.stderr
    unknown = _server_cli(backend, "assign", "nobody", "some-programme")
    assert unknown.returncode == 1 and "No facilitator 'nobody'" in unknown.stderr
    ann = laptops("ann")
    ann.sign_in(server, "ann")
    listed = _server_cli(backend, "list-devices", "--json")
    devices = json.loads(listed.stdout)
    assert len(devices) == 1 and devices[0]["facilitator"] == "ann"
    assert _server_cli(backend, "revoke-device", devices[0]["id"]).returncode == 0
    receipt = ann.sync()
    assert not receipt.all_accepted and "sign in again" in (receipt.error or "")
    assert _server_cli(backend, "conflicts").stdout.strip() == "No conflicts."


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "credentials"))
    monkeypatch.setenv("FIELDSESSIONS_PASSWORD", PASSWORD)
    return tmp_path / "laptop.sqlite"


def test_cli_login_and_sync_print_the_receipt_and_exit_0_only_when_all_accepted(
    backend: Backend, server: ServerProcess, cli_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backend.add_facilitator("ann")
    db = str(cli_env)
    assert run(["--db", db, "sync"]) == 1
    assert "Sign in to a sync server first" in capsys.readouterr().err
    bad = run(["--db", db, "login", "--server", "http://example.org", "--user", "ann"])
    assert bad == 1 and "https://" in capsys.readouterr().err

    assert run(["--db", db, "login", "--server", server.url, "--user", "ann"]) == 0
    out = capsys.readouterr().out
    assert "Signed in" in out and PASSWORD not in out
    credential_files = list((cli_env.parent / "credentials").iterdir())
    assert len(credential_files) == 1
    assert oct(credential_files[0].stat().st_mode & 0o777) == "0o600"
    assert PASSWORD not in credential_files[0].read_text()

    local_store.open_store(cli_env)
    try:
        from tests.unit import helpers

        circle = helpers.programme("Circle", count=2)
        helpers.people(3, circle.id)
        attendance.mark_all_present(helpers.past_session(circle.id))
        # A mark the server will refuse for good: its id does not match its session and
        # participant. (This was a mark stamped a day ahead; such a mark is now re-stamped
        # and accepted, tests/integration/test_clock_ahead.py.)
        Outbox.update(entity_id="0" * 32).where(
            Outbox.seq == Outbox.select(Outbox.seq).where(Outbox.entity == "attendance")
            .order_by(Outbox.seq.desc()).limit(1).scalar()).execute()
        # (each mark's history entry rides along and is not counted)
        queued = Outbox.select().where(Outbox.entity != "attendance_history").count()
    finally:
        local_store.close_store()

    assert run(["--db", db, "sync", "--quiet"]) == 1
    out = capsys.readouterr().out
    assert f"Sent {queued} changes: {queued - 1} accepted" in out
    assert "rejected: mark" in out and "does not match" in out
    assert run(["--db", db, "sync", "--json"]) == 0  # nothing left to send: all accepted
    doc = json.loads(capsys.readouterr().out)
    assert doc["sent"] == 0 and doc["all_accepted"] is True
    assert run(["--db", db, "sync-log"]) == 0
    assert "rejected 1" in capsys.readouterr().out
    local_store.open_store(cli_env)
    try:
        assert SyncLog.select().count() == 2  # the sync before signing in never started
    finally:
        local_store.close_store()
