"""The server's `import-roster` reads the files the laptop reads, takes the ID column as the
person's external ID (matched within the programme only), refuses broken rows one by one,
and never joins a programme a facilitator created unless it names that facilitator."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from fieldsessions.core.enums import Frequency
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db.models import Enrolment, Participant, Programme
from fieldsessions.services import programmes
from tests.integration.conftest import Backend, ServerProcess
from tests.integration.test_roster_and_cli import _server_cli

_PROGRAMME = {"frequency": "weekly", "start_date": "2027-01-04", "weekdays": "0"}


def _json(path: Path, doc: dict[str, Any]) -> str:
    path.write_text(json.dumps(doc))
    return str(path)


def _people(laptop: Any) -> dict[str, tuple[str | None, date | None, str]]:
    with laptop:
        return {p.name: (p.external_id, p.birth_date, p.group_name)
                for p in Participant.select()}


def test_the_id_column_is_the_external_id_and_files_read_as_on_the_laptop(
    backend: Backend, server: ServerProcess, laptops: Any, tmp_path: Path
) -> None:
    for user in ("ann", "bob"):
        assert _server_cli(backend, "add-facilitator", user).returncode == 0
    first = _server_cli(backend, "import-roster", _json(tmp_path / "one.json", {
        "programme_id": "savings-north", "programme": {"name": "Savings north", **_PROGRAMME},
        "participants": [{"id": "SV3", "name": "Sipho Dlamini", "external_id": "SV3"}]}),
        "--assign", "ann")
    assert first.returncode == 0, first.stderr

    # Another programme's JSON roster cannot name her internal id (before: renamed her).
    second = _server_cli(backend, "import-roster", _json(tmp_path / "two.json", {
        "programme_id": "savings-south", "programme": {"name": "Savings south", **_PROGRAMME},
        "participants": [{"id": "SV3", "name": "Thandiwe Mokoena"},
                         {"id": "not an id", "name": "Odd"}]}), "--assign", "bob")
    assert second.returncode == 1
    assert "participant 1: the id SV3 is a person of another programme" in second.stderr
    assert "participant 2: id: String should match pattern" in second.stderr

    # A Windows-1252 CSV with ; separators and the laptop's header names, two broken rows.
    roster = tmp_path / "south.csv"
    roster.write_bytes(
        "ID;Full name;Date of birth;Village\r\n"
        "SV3;Thandiwe Mokoena;14/03/1990;Kwa-Nyuswa\r\n"
        "SV4;José Núñez;1985-07-02;Ilembe\r\n"
        ";;;\r\n"
        "SV5;;2001-01-01;Ilembe\r\n"
        "SV6;Bad Date;31/02/1990;Ilembe\r\n".encode("cp1252"))
    csv = _server_cli(backend, "import-roster", str(roster), "--programme", "savings-south")
    assert csv.returncode == 1, csv.stderr
    assert "2 participants" in csv.stdout and "2 rows refused" in csv.stdout
    assert "line 5: no name" in csv.stderr
    assert "line 6: date of birth '31/02/1990' is not a day of the calendar" in csv.stderr
    assert "Traceback" not in csv.stderr

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "ID", "DOB", "Group"])
    sheet.append(["Lindiwe Zulu", "SV7", date(1979, 11, 30), "Ilembe"])
    book.save(tmp_path / "more.xlsx")
    xlsx = _server_cli(backend, "import-roster", str(tmp_path / "more.xlsx"), "--programme",
                       "savings-south")
    assert xlsx.returncode == 0, xlsx.stderr

    again = _server_cli(backend, "import-roster", str(roster), "--programme", "savings-south")
    assert "0 participants (2 already registered, updated)" in again.stdout, again.stdout

    ann, bob = laptops("ann"), laptops("bob")
    ann.sign_in(server, "ann")
    bob.sign_in(server, "bob")
    assert ann.sync().all_accepted and bob.sync().all_accepted
    assert _people(ann) == {"Sipho Dlamini": ("SV3", None, "")}
    assert _people(bob) == {
        "Thandiwe Mokoena": ("SV3", date(1990, 3, 14), "Kwa-Nyuswa"),
        "José Núñez": ("SV4", date(1985, 7, 2), "Ilembe"),
        "Lindiwe Zulu": ("SV7", date(1979, 11, 30), "Ilembe"),
    }
    with bob:
        assert Enrolment.select().where(Enrolment.status == "booked").count() == 3


def test_an_admin_roster_never_joins_a_programme_a_facilitator_pushed_first_unnamed(
    backend: Backend, server: ServerProcess, laptops: Any, tmp_path: Path
) -> None:
    for user in ("ann", "bob"):
        assert _server_cli(backend, "add-facilitator", user).returncode == 0
    ann, bob = laptops("ann"), laptops("bob")
    with ann:
        mine = programmes.create_programme(ProgrammeSpec(
            name="Ann's circle", frequency=Frequency.WEEKLY, start_date=date(2027, 1, 5),
            weekdays=(1,), count=2))
    ann.sign_in(server, "ann")
    bob.sign_in(server, "bob")
    assert ann.sync().all_accepted

    roster = _json(tmp_path / "bob.json", {
        "programme_id": mine.id,
        "participants": [{"name": "Grace Banda", "external_id": "G-1", "phone": "+265 1"}]})
    refused = _server_cli(backend, "import-roster", roster, "--assign", "bob")
    assert refused.returncode == 1
    assert "created by ann's laptop" in refused.stderr and "--assign ann" in refused.stderr
    assert ann.sync().all_accepted and bob.sync().all_accepted
    assert _people(ann) == {} and _people(bob) == {}
    with bob:
        assert Programme.select().count() == 0

    named = _server_cli(backend, "import-roster", roster, "--assign", "ann", "--assign", "bob")
    assert named.returncode == 0, named.stderr
    assert ann.sync().all_accepted and bob.sync().all_accepted
    assert _people(ann) == _people(bob) == {"Grace Banda": ("G-1", None, "")}
