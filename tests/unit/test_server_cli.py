"""`fieldsessions-server` run as an admin runs it (a subprocess): one sentence on a mistake,
never a traceback; conflicts read as one line each (issue 13 point 12)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldsessions.server import store


def server_cli(url: str, *args: str, password: str | None = "a-long-password",
               ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FIELDSESSIONS_PASSWORD"}
    if password is not None:
        env["FIELDSESSIONS_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "fieldsessions.server.cli", "--database", url,
                           *args], capture_output=True, text=True, timeout=120, env=env,
                          stdin=subprocess.DEVNULL)


def one_sentence(done: subprocess.CompletedProcess[str], phrase: str, code: int = 1) -> None:
    assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and phrase in done.stderr, done.stderr


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.sqlite'}"


def test_a_port_out_of_range_is_refused_without_a_traceback(url: str) -> None:
    one_sentence(server_cli(url, "serve", "--port", "99999"),
                 "99999 is not a port; use 1-65535", code=2)


def test_add_facilitator_with_no_terminal_and_no_password_says_how_to_give_one(
    url: str
) -> None:
    done = server_cli(url, "add-facilitator", "ann", password=None)
    one_sentence(done, "No password given: set $FIELDSESSIONS_PASSWORD")


def test_assign_notes_an_unknown_programme_and_conflicts_refuse_one(url: str) -> None:
    assert server_cli(url, "add-facilitator", "ann").returncode == 0
    # Assigning ahead of a programme's first sync is allowed (test_assigned_first), with a note.
    not_sent = "0b7f3c5e-8a2d-4c1e-9f6a-2d5e8b1c4a70"  # an id as a laptop makes one
    done = server_cli(url, "assign", "ann", not_sent)
    assert done.returncode == 0 and done.stdout == f"Assigned ann to {not_sent}.\n"
    assert done.stderr.startswith("fieldsessions-server: note: the server has no programme "
                                  f"'{not_sent}' yet; ann gets it when a laptop first sends it.")
    # A name that matches no programme would be stored as an id no programme ever has.
    one_sentence(server_cli(url, "assign", "ann", "Nope"),
                 "No programme is named 'Nope' on the server; give its id to assign one not "
                 "sent yet.")
    db = store.open_database(url, pooled=False)
    try:
        assert [a.programme_id for a in store.Assignment.select()] == [not_sent]
    finally:
        db.close()
    one_sentence(server_cli(url, "conflicts", "--programme", "nope"),
                 "No programme 'nope' on the server.")
    assert server_cli(url, "conflicts").stdout == "No conflicts.\n"


def test_conflicts_print_participant_session_and_both_values_on_one_line(url: str) -> None:
    db = store.open_database(url, pooled=False)
    try:
        def record(entity: str, key: str, programme: str, **data: object) -> None:
            store.Record.create(entity=entity, key=key, programme_id=programme,
                                data=json.dumps(data), stamps="", version=1)

        record("programme", "p1", "p1", name="Tutoring")
        record("participant", "ana", "p1", name="Ana Cruz")
        record("session", "s1", "p1", starts_at="2027-03-01T09:00:00+00:00")
        record("attendance", "s1:ana", "p1", session_id="s1", participant_id="ana",
               status="present")
        store.Conflict.create(entity="attendance", key="s1:ana", programme_id="p1",
                              field="status", losing_value='"absent"',
                              winning_value='"present"', losing_device="dev-b",
                              losing_hlc=1, winning_device="dev-a", winning_hlc=2)
    finally:
        db.close()
    done = server_cli(url, "conflicts", "--programme", "p1")
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.endswith("attendance status (Ana Cruz, session of 2027-03-01 09:00, "
                         "Tutoring): kept 'present', lost 'absent'")


def test_conflicts_of_a_person_or_a_session_name_them_and_programme_takes_a_name(
    url: str
) -> None:
    db = store.open_database(url, pooled=False)
    try:
        def record(entity: str, key: str, programme: str, **data: object) -> None:
            store.Record.create(entity=entity, key=key, programme_id=programme,
                                data=json.dumps(data), stamps="", version=1)

        def conflict(entity: str, key: str, field: str, lost: str, kept: str) -> None:
            store.Conflict.create(entity=entity, key=key, programme_id="p1", field=field,
                                  losing_value=json.dumps(lost), winning_value=json.dumps(kept),
                                  losing_device="dev-b", losing_hlc=1, winning_device="dev-a",
                                  winning_hlc=2)

        record("programme", "p1", "p1", name="Youth Circle", timezone="Africa/Nairobi")
        record("participant", "ana", "p1", name="Ana Cruz")
        record("session", "s1", "p1", starts_at="2027-03-01T06:00:00+00:00",
               local_date="2027-03-01", location="Hall")
        conflict("participant", "ana", "phone", "0700 000 001", "0700 000 002")
        conflict("session", "s1", "location", "Yard", "Hall")
    finally:
        db.close()
    done = server_cli(url, "conflicts", "--programme", "youth circle")
    assert done.returncode == 0, done.stderr
    session_line, person_line = done.stdout.splitlines()
    assert person_line.endswith("participant phone (Ana Cruz, Youth Circle): kept "
                                "'0700 000 002', lost '0700 000 001'"), person_line
    # The session's time in the programme's time zone, as the facilitator knows it.
    assert session_line.endswith("session location (session of 2027-03-01 09:00, "
                                 "Youth Circle): kept 'Hall', lost 'Yard'"), session_line
    one_sentence(server_cli(url, "conflicts", "--programme", "Old Circle"),
                 "No programme 'Old Circle' on the server.")


def test_a_laptop_data_file_is_refused_without_a_write_and_a_new_file_is_announced(
    tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.sqlite"
    made = subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(laptop),
                           "programme", "list"], capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    before = laptop.read_bytes()
    for command in (["list-devices"], ["serve", "--port", "1"]):
        done = server_cli(f"sqlite:///{laptop}", *command)
        one_sentence(done, f"{laptop} is a laptop's data file, not a server database")
        assert done.stderr.count("\n") == 1, done.stderr
    assert laptop.read_bytes() == before
    assert not Path(f"{laptop}-wal").exists() or Path(f"{laptop}-wal").stat().st_size == 0
    typo = tmp_path / "sever.sqlite"
    done = server_cli(f"sqlite:///{typo}", "list-devices")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ("fieldsessions-server: note: created a new, empty server database "
                           f"at {typo} (there was none there).\n")
    assert server_cli(f"sqlite:///{typo}", "list-devices").stderr == ""


def test_serve_on_a_taken_port_or_a_foreign_address_says_so_in_one_sentence(
    url: str
) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = server_cli(url, "serve", "--port", str(port))
    one_sentence(done, f"Port {port} on 127.0.0.1 is already in use")
    assert done.stderr.count("\n") == 1 and "Errno" not in done.stderr, done.stderr
    done = server_cli(url, "serve", "--host", "203.0.113.7", "--port", str(port))
    one_sentence(done, "203.0.113.7 is not an address of this computer")
    assert done.stderr.count("\n") == 1, done.stderr


def test_a_roster_of_one_is_counted_in_the_singular(url: str, tmp_path: Path) -> None:
    roster = tmp_path / "one.json"
    roster.write_text(json.dumps({
        "programme": {"name": "Solo", "frequency": "once", "start_date": "2027-01-05"},
        "sessions": [{"local_date": "2027-01-05", "starts_at": "2027-01-05T09:00:00Z",
                      "duration_min": 60}],
        "participants": [{"name": "Amina Diallo", "external_id": "A-1"}],
    }))
    done = server_cli(url, "import-roster", str(roster))
    assert done.returncode == 0, done.stderr
    assert ": 1 session, 1 participant, 1 enrolment imported; 0 rows refused;" in done.stdout


def test_an_attendance_conflict_kept_under_its_wire_id_names_the_person_and_session(
    url: str
) -> None:
    # A push records a conflict under the record's wire id, which for attendance is derived
    # from (session, participant) while the record is stored under "session:participant".
    db = store.open_database(url, pooled=False)
    try:
        def record(entity: str, key: str, **data: object) -> None:
            store.Record.create(entity=entity, key=key, programme_id="p1",
                                data=json.dumps(data), stamps="", version=1)

        record("programme", "p1", name="Weekly Thu", timezone="Africa/Nairobi")
        record("participant", "bob", name="Bob Barasa")
        record("session", "s1", starts_at="2026-11-26T07:00:00+00:00")
        record("attendance", "s1:bob", session_id="s1", participant_id="bob",
               status="absent")
        store.Conflict.create(entity="attendance", key=store.record_id("attendance", "s1:bob"),
                              programme_id="p1", field="status", losing_value='"present"',
                              winning_value='"absent"', losing_device="dev-b", losing_hlc=1,
                              winning_device="dev-a", winning_hlc=2)
    finally:
        db.close()
    done = server_cli(url, "conflicts")
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    assert line.endswith("attendance status (Bob Barasa, session of 2026-11-26 10:00, "
                         "Weekly Thu): kept 'absent', lost 'present'"), line


def test_assign_takes_a_programme_name_as_conflicts_does(url: str) -> None:
    assert server_cli(url, "add-facilitator", "ann").returncode == 0
    db = store.open_database(url, pooled=False)
    try:
        store.Record.create(entity="programme", key="p-thu", programme_id="p-thu",
                            data=json.dumps({"name": "Weekly Thu"}), stamps="", version=1)
    finally:
        db.close()
    done = server_cli(url, "assign", "ann", "weekly thu")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Assigned ann to Weekly Thu (p-thu).\n" and done.stderr == ""
    db = store.open_database(url, pooled=False)
    try:
        assert [a.programme_id for a in store.Assignment.select()] == ["p-thu"]
    finally:
        db.close()
    again = server_cli(url, "assign", "ann", "Weekly Thu", "--remove")
    assert again.returncode == 0 and again.stdout.startswith("Unassigned ann from Weekly Thu")


def test_set_password_for_nobody_is_refused_before_a_password_is_asked(url: str) -> None:
    done = server_cli(url, "set-password", "nobody", password=None)
    one_sentence(done, "No facilitator 'nobody'")
    assert "No password given" not in done.stderr, done.stderr
