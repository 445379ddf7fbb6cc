"""Roster import: header mapping, broken rows reported by line, duplicates, CSV and XLSX."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldsessions.core.errors import FieldSessionsError, ValidationError
from fieldsessions.core.roster_import import map_headers
from fieldsessions.db.models import Enrolment, Outbox, Participant
from fieldsessions.services import importing, participants
from tests.unit.helpers import programme

GOOD = """First Name;Surname;Learner ID;Mobile;Sex;DOB;Village
Ana;Cruz;A-1;+63 917 111 2222;F;1990-05-01;San Isidro
José;Núñez;A-2;;M;02/03/1985;Malaya
;;A-3;;;;
Γιώργος;Παπαδόπουλος;A-4;;M;1975-13-40;San Isidro
Анна;Иванова;A-5;not a phone;F;;Malaya
Zoë;Müller;A-2;;F;;Malaya
Wanjiru;Kamau;A-6;;F;2001-07-09;Kibera
"""


def write(tmp_path: Path, text: str, name: str = "roster.csv",
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_headers_are_mapped_by_their_common_names() -> None:
    assert map_headers(["Full name", "ID number", "Phone", "Gender", "Date of birth",
                        "Community", "Notes"]) == {
        0: "name", 1: "external_id", 2: "phone", 3: "gender", 4: "birth_date",
        5: "group_name"}


def test_broken_rows_are_reported_by_line_and_the_rest_import(
    db: object, tmp_path: Path
) -> None:
    p = programme(capacity=2)
    report = importing.import_roster(write(tmp_path, GOOD), p.id)
    assert report.imported == 3
    assert (report.enrolled, report.waitlisted) == (2, 1)
    reasons = {i.line: i.reason for i in report.skipped}
    assert set(reasons) == {4, 5, 6, 7}
    assert "no name" in reasons[4]
    assert "date of birth" in reasons[5]
    assert "phone" in reasons[6]
    assert "duplicate of line 3" in reasons[7]
    names = sorted(x.name for x in Participant.select())
    assert names == ["Ana Cruz", "José Núñez", "Wanjiru Kamau"]
    assert Participant.get(Participant.external_id == "A-2").birth_date == date(1985, 3, 2)
    assert Outbox.select().where(Outbox.entity == "participant").count() == 3
    assert Outbox.select().where(Outbox.entity == "enrolment").count() == 3


def test_people_already_registered_are_not_doubled_but_enrolled(
    db: object, tmp_path: Path
) -> None:
    participants.add_participant(participants.ParticipantInput(name="Ana Cruz",
                                                               external_id="A-1"))
    p = programme()
    report = importing.import_roster(write(tmp_path, GOOD), p.id)
    assert report.imported == 2
    assert any("already registered" in i.reason and i.line == 2 for i in report.skipped)
    assert Participant.select().where(Participant.external_id == "A-1").count() == 1
    assert Enrolment.select().where(Enrolment.programme == p.id).count() == 3


def test_line_numbers_count_physical_lines_with_quoted_newlines(
    db: object, tmp_path: Path
) -> None:
    text = 'name,phone\n"Ana\nCruz",123456\nBad Phone,xx\n'
    report = importing.import_roster(write(tmp_path, text))
    assert [(i.line, "phone" in i.reason) for i in report.skipped] == [(4, True)]


def test_windows_1252_file_with_a_bom_less_header_still_imports(
    db: object, tmp_path: Path
) -> None:
    path = write(tmp_path, "Name,Group\nJosé Núñez,Malaya\n", encoding="cp1252")
    report = importing.import_roster(path)
    assert report.imported == 1
    assert Participant.get().name == "José Núñez"


def test_xlsx_roster_imports_with_dates_and_numbers(db: object, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Name", "Student ID", "Birthday", "Class"])
    ws.append(["Amina Mwangi", 1001, datetime(2012, 4, 3), "7B"])
    ws.append([None, 1002, None, "7B"])
    ws.append(["Baraka Otieno", 1003, "someday", "7B"])
    ws.append(["Neema Achieng", 1004, None, "7A"])
    path = tmp_path / "class.xlsx"
    wb.save(path)
    report = importing.import_roster(path)
    assert report.imported == 2
    assert [i.line for i in report.skipped] == [3, 4]
    amina = Participant.get(Participant.name == "Amina Mwangi")
    assert (amina.external_id, amina.birth_date) == ("1001", date(2012, 4, 3))


def test_a_file_without_a_name_column_is_refused_with_the_columns_listed(
    db: object, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match=r"No name column.*Colour"):
        importing.import_roster(write(tmp_path, "Colour,Size\nred,3\n"))
    assert Participant.select().count() == 0


def test_a_damaged_xlsx_is_refused_clearly(db: object, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(ValidationError, match="XLSX"):
        importing.import_roster(path)


def test_the_preview_parses_without_saving(db: object, tmp_path: Path) -> None:
    parsed = importing.parse_file(write(tmp_path, GOOD))
    assert len(parsed.records) == 3 and len(parsed.issues) == 4
    assert Participant.select().count() == 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), as_xlsx=st.booleans())
def test_arbitrary_bytes_never_crash_the_importer(data: bytes, as_xlsx: bool) -> None:
    name = "x.xlsx" if as_xlsx else "x.csv"
    try:
        parsed = importing.parse_file(name, data=data)
    except FieldSessionsError:
        return
    assert all(issue.line >= 1 for issue in parsed.issues)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=5), max_size=20))
def test_arbitrary_csv_cells_never_crash_the_importer(rows: list[list[str]]) -> None:
    import csv

    buffer = io.StringIO()
    csv.writer(buffer).writerows([["name", "id", "dob", "phone", "group"], *rows])
    try:
        parsed = importing.parse_file("x.csv", data=buffer.getvalue().encode())
    except FieldSessionsError:
        return
    assert len(parsed.records) + len(parsed.issues) <= len(rows)
