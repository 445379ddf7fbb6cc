"""Figures a new user found wrong after issue 13, checked through the installed command as a
user runs it (a subprocess): compliance's best still possible, "not yet assessed", completion
as of a date, a session that did not happen, two sessions of a programme on one day."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

from tests.unit.test_cli_answers import fresh_db, refused, run_cli


def _sessions(db: Path, programme: str) -> list[dict[str, object]]:
    done = run_cli(db, "sessions", "list", "--programme", programme, "--json")
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def _roster(db: Path, tmp_path: Path, programme: str, rows: str) -> None:
    roster = tmp_path / f"{programme}.csv"
    roster.write_text("Name,ID\n" + rows, encoding="utf-8")
    done = run_cli(db, "import-roster", str(roster), "--programme", programme)
    assert done.returncode == 0, done.stderr


def _weekday(day: date) -> str:
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]


def test_best_still_possible_counts_past_sessions_whose_roll_can_still_be_taken(
    tmp_path: Path
) -> None:
    # Weekly from four weeks ago: -28, -21, -14, -7, today, +7. The roster is imported today,
    # so everyone is on every roll (they can be entered from paper). Ana is absent at -28 and
    # present at -21; the rolls of -14 and -7 are missing. Still possible for her: -21's
    # roll is incomplete but she is marked; -14, -7, today and +7 -> (1 + 4) / (2 + 4).
    db = fresh_db(tmp_path)
    start = date.today() - timedelta(weeks=4)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", start.isoformat(),
                   "--weekly", _weekday(start), "--count", "6", "--required-attendance", "80"
                   ).returncode == 0
    _roster(db, tmp_path, "Circle", "Ana,A1\nBen,B1\n")
    first, second = (str(s["id"]) for s in _sessions(db, "Circle")[:2])
    for session, who, status in ((first, "A1", "absent"), (first, "B1", "present"),
                                 (second, "A1", "present")):
        assert run_cli(db, "mark", "--session", session, "--participant", who, "--status",
                       status).returncode == 0
    shown = run_cli(db, "compliance", "--programme", "Circle")
    ana = next(line for line in shown.stdout.splitlines() if line.startswith("Ana"))
    assert ana.split()[1:5] == ["1/2", "50.0%", "83.3%", "at"], shown.stdout
    data = json.loads(run_cli(db, "compliance", "--programme", "Circle", "--json").stdout)
    row = next(p for p in data["participants"] if p["name"] == "Ana")
    assert (row["remaining"], row["status"]) == (4, "at_risk")


def test_someone_with_no_session_counted_is_not_yet_assessed_in_the_command_and_export(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    start = date.today() + timedelta(days=7)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", start.isoformat(),
                   "--once").returncode == 0
    _roster(db, tmp_path, "Circle", "Ana,A1\n")
    shown = run_cli(db, "compliance", "--programme", "Circle")
    ana = next(line for line in shown.stdout.splitlines() if line.startswith("Ana"))
    assert "not yet assessed" in ana and "compliant" not in ana, shown.stdout
    data = json.loads(run_cli(db, "compliance", "--programme", "Circle", "--json").stdout)
    assert data["participants"][0]["status"] == "not_yet_assessed"
    target = tmp_path / "compliance.csv"
    assert run_cli(db, "export", "compliance", "--format", "csv", "-o", str(target)
                   ).returncode == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [r["Status"] for r in rows] == ["Not yet assessed"]


def test_completion_as_of_a_date_before_anyone_completed_shows_nobody_completed(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    held = date.today() - timedelta(days=7)
    assert run_cli(db, "programme", "add", "--name", "Once", "--start", held.isoformat(),
                   "--once").returncode == 0
    _roster(db, tmp_path, "Once", "Ana,A1\n")
    session = str(_sessions(db, "Once")[0]["id"])
    assert run_cli(db, "mark", "--session", session, "--participant", "A1", "--status",
                   "present").returncode == 0
    before = run_cli(db, "completion", "--programme", "Once", "--as-of",
                     (held - timedelta(days=1)).isoformat())
    ana = next(line for line in before.stdout.splitlines() if line.startswith("Ana"))
    assert ana.split()[2:] == ["not", "yet"], before.stdout
    on_the_day = run_cli(db, "completion", "--programme", "Once", "--as-of", held.isoformat())
    assert "completed" in on_the_day.stdout and held.isoformat() in on_the_day.stdout


def test_a_session_that_did_not_happen_is_not_listed_as_completed(tmp_path: Path) -> None:
    db = fresh_db(tmp_path)
    held = date.today() - timedelta(days=7)
    assert run_cli(db, "programme", "add", "--name", "Once", "--start", held.isoformat(),
                   "--once").returncode == 0
    _roster(db, tmp_path, "Once", "Ana,A1\n")
    session = str(_sessions(db, "Once")[0]["id"])
    assert run_cli(db, "mark", "--session", session, "--participant", "A1", "--status",
                   "present").returncode == 0
    listed = run_cli(db, "sessions", "list").stdout.splitlines()[1]
    assert "completed" in listed
    assert run_cli(db, "session", "didnt-happen", session, "--reason", "flooded road", "--yes"
                   ).returncode == 0
    listed = run_cli(db, "sessions", "list").stdout.splitlines()[1]
    assert "didn't happen" in listed and "completed" not in listed, listed
    assert _sessions(db, "Once")[0]["state"] == "didnt_happen"


def test_a_programme_gets_at_most_one_session_a_day_from_add_and_change(
    tmp_path: Path
) -> None:
    db = fresh_db(tmp_path)
    assert run_cli(db, "programme", "add", "--name", "Circle", "--start", "2027-03-01",
                   "--weekly", "mon", "--count", "2", "--time", "09:00").returncode == 0
    refused(run_cli(db, "session", "add", "--programme", "Circle", "--date", "2027-03-01",
                    "--time", "14:00"),
            "Circle already has a session on 2027-03-01 (09:00-10:00)", "one session a day")
    second = str(_sessions(db, "Circle")[1]["id"])
    refused(run_cli(db, "session", "change", second, "--date", "2027-03-01"),
            "Circle already has a session on 2027-03-01")
    assert [s["local_date"] for s in _sessions(db, "Circle")] == ["2027-03-01", "2027-03-08"]
    # A cancelled session leaves its day free for a replacement; a time change stays allowed.
    first = str(_sessions(db, "Circle")[0]["id"])
    assert run_cli(db, "session", "change", first, "--time", "11:00").returncode == 0
    assert run_cli(db, "session", "cancel", first, "--reason", "hall booked").returncode == 0
    added = run_cli(db, "session", "add", "--programme", "Circle", "--date", "2027-03-01",
                    "--time", "14:00")
    assert added.returncode == 0, added.stderr


def test_mark_finds_an_external_id_within_the_sessions_programme(db_path: Path) -> None:
    # Two laptops' rosters both used "K1" (synced here as two people): each programme's
    # session marks its own K1; a K1 or K2 nobody in the programme has is said to be so.
    from datetime import time

    from fieldsessions.core.enums import Frequency
    from fieldsessions.core.programme import ProgrammeSpec
    from fieldsessions.db import store
    from fieldsessions.db.models import Participant
    from fieldsessions.services import participants, programmes

    held = date.today() - timedelta(days=7)
    store.open_store(db_path)
    try:
        sessions, ids = {}, {}
        for name, who, at in (("Alpha", "Ana", time(9)), ("Beta", "Bea", time(14))):
            info = programmes.create_programme(ProgrammeSpec(
                name=name, frequency=Frequency.ONCE, start_date=held, start_time=at))
            person = participants.add_participant(participants.ParticipantInput(name=who))
            # (the laptop refuses a second K1; a sync brings one in as it is)
            Participant.update(external_id="K1").where(Participant.id == person.id).execute()
            participants.enrol(info.id, person.id)
            sessions[name] = programmes.list_sessions(info.id)[0].id
            ids[name] = info.id
        gamma = programmes.create_programme(ProgrammeSpec(
            name="Gamma", frequency=Frequency.ONCE, start_date=held, start_time=time(18)))
        sessions["Gamma"] = programmes.list_sessions(gamma.id)[0].id
        only_beta = participants.add_participant(
            participants.ParticipantInput(name="Cleo", external_id="K2"))
        participants.enrol(ids["Beta"], only_beta.id)
    finally:
        store.close_store()
    for name, who in (("Beta", "Bea"), ("Alpha", "Ana")):
        done = run_cli(db_path, "mark", "--session", sessions[name], "--participant", "K1",
                       "--status", "present")
        assert done.returncode == 0 and done.stdout == f"{who}: pending -> present\n", done
    refused(run_cli(db_path, "mark", "--session", sessions["Alpha"], "--participant", "K2",
                    "--status", "present"),
            "Cleo is not enrolled in Alpha, so they are not on this session's roll")
    refused(run_cli(db_path, "mark", "--session", sessions["Gamma"], "--participant", "K1",
                    "--status", "present"), "Nobody with the ID 'K1' is enrolled in Gamma")
    done = run_cli(db_path, "cancel-booking", "--programme", "Alpha", "--participant", "K1")
    assert done.stdout == "Ana's place in Alpha is cancelled.\n", done  # not Bea's in Beta


def test_a_sync_that_fails_at_the_start_prints_only_why_and_what_is_safe(
    tmp_path: Path
) -> None:
    from fieldsessions.db import store
    from fieldsessions.db.models import Device
    from fieldsessions.sync.apply import set_setting
    from fieldsessions.sync.credentials import CredentialStore
    from fieldsessions.sync.engine import SERVER_KEY
    from tests.unit.test_cli_answers import _free_port

    db = fresh_db(tmp_path)
    folder = tmp_path / "credentials"
    down = f"http://127.0.0.1:{_free_port()}"
    store.open_store(db)
    try:
        set_setting(SERVER_KEY, down)
        device = str(Device.select(Device.id).limit(1).scalar())
        CredentialStore(folder, use_keyring=False).save(down, device, "a-token")
    finally:
        store.close_store()
    done = run_cli(db, "sync", env={"FIELDSESSIONS_CREDENTIALS_DIR": str(folder)})
    assert done.returncode == 1
    assert "Sent" not in done.stdout + done.stderr and "Received" not in done.stdout, done
    lines = (done.stdout + done.stderr).splitlines()
    assert lines == [f"Sync stopped before anything was sent or received: Cannot reach the "
                     f"sync server at {down} (no connection); the changes stay queued and "
                     "will be sent next time."], lines
