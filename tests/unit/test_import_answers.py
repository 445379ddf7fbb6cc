"""What the roster import answers, through the installed command as a user runs it: files too
big to be a roster (zip bombs, endless sheets) and files that are no roster (binary, old .xls)
are refused with one sentence before anything is saved; a row's message says what is wrong
with that row and, for a duplicate, names the person already registered."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.roster_import import MAX_ROWS, parse_rows
from fieldsessions.services import importing

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml":
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} xmlns:r="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
}


def workbook(path: Path, rows: int, *, dimension: str = "", padding: int = 0,
             last_row: int | None = None) -> Path:
    """A tiny XLSX whose sheet unpacks to `rows` people (plus `padding` bytes of blanks, and a
    last row numbered `last_row` when given): the shape of a zip bomb."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'.encode())
            if dimension:
                sheet.write(f'<dimension ref="{dimension}"/>'.encode())
            sheet.write(b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is>'
                        b'</c></row>')
            person = b'<row><c t="inlineStr"><is><t>Bomb Person</t></is></c></row>'
            for start in range(0, rows, 1000):
                sheet.write(person * min(1000, rows - start))
            blank = b"<!--" + b" " * (1024 * 1024 - 7) + b"-->"
            for _ in range(padding // len(blank)):
                sheet.write(blank)
            if last_row is not None:
                sheet.write(f'<row r="{last_row}"><c r="A{last_row}" t="inlineStr"><is><t>Last'
                            '</t></is></c></row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command on `db`, made first when it is missing (so stderr holds only the answer)."""
    env = dict(os.environ, FIELDSESSIONS_DB=str(db))
    if not db.exists():
        subprocess.run([sys.executable, "-m", "fieldsessions", "programme", "list"], env=env,
                       capture_output=True, timeout=120, check=True)
    return subprocess.run([sys.executable, "-m", "fieldsessions", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_zip_bomb_of_rows_is_refused_in_one_sentence_and_nothing_is_imported(
    tmp_path: Path
) -> None:
    bomb = workbook(tmp_path / "roster.xlsx", MAX_ROWS + 10)
    assert bomb.stat().st_size < 100_000
    db = tmp_path / "data.sqlite"
    done = run_cli(db, "import-roster", str(bomb))
    assert done.returncode == 1, done.stdout
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "more than 100,000 rows" in done.stderr and "split it" in done.stderr
    listed = run_cli(db, "participants", "list", "--json")
    assert listed.returncode == 0 and listed.stdout.strip() == "[]"


def test_a_workbook_that_unpacks_past_the_limit_is_refused_before_it_is_read(
    tmp_path: Path
) -> None:
    bomb = workbook(tmp_path / "roster.xlsx", 10, padding=110 * 1024 * 1024)
    assert bomb.stat().st_size < 1_000_000
    done = run_cli(tmp_path / "data.sqlite", "import-roster", str(bomb))
    assert done.returncode == 1
    assert done.stderr.startswith("fieldsessions: This workbook unpacks to 110 MB")
    assert "import that" in done.stderr and "Traceback" not in done.stderr


def test_a_sheet_that_claims_a_million_rows_and_every_column_is_refused_not_padded(
    tmp_path: Path
) -> None:
    bomb = workbook(tmp_path / "roster.xlsx", 3, dimension="A1:XFD1048576", last_row=1_048_576)
    with pytest.raises(ValidationError, match="more than 100,000 rows"):
        importing.parse_file(bomb)


def test_a_roster_with_blank_formatted_rows_down_to_the_sheet_end_still_imports(
    tmp_path: Path
) -> None:
    rows = [(1, ["Name"]), (2, ["Ana Cruz"]), (3, ["Ben Okafor"])]
    rows += [(line, [None, ""]) for line in range(4, MAX_ROWS + 10)]
    parsed = parse_rows(rows)
    assert [r.name for r in parsed.records] == ["Ana Cruz", "Ben Okafor"]


def test_a_csv_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Name\n" + "Someone\n" * MAX_ROWS)
    with pytest.raises(ValidationError, match="more than 100,000 rows"):
        importing.parse_file(path)


def test_a_binary_file_is_refused_without_printing_its_bytes(tmp_path: Path) -> None:
    blob = tmp_path / "photo.csv"
    blob.write_bytes(bytes(range(256)) * 40)
    done = run_cli(tmp_path / "data.sqlite", "import-roster", str(blob))
    assert done.returncode == 1
    assert done.stderr == ("fieldsessions: The file is not a roster: it is neither CSV text nor "
                           "an XLSX workbook; save the roster as CSV or XLSX and import that.\n")
    old_excel = tmp_path / "roster.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    done = run_cli(tmp_path / "data.sqlite", "import-roster", str(old_excel))
    assert "old Excel (.xls) workbook; save it as .xlsx" in done.stderr


def test_utf16_text_without_a_byte_order_mark_still_imports(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("Name,ID\nZoë,Z-1\n".encode("utf-16-le"))
    assert [r.name for r in importing.parse_file(path).records] == ["Zoë"]


def test_row_messages_say_what_is_wrong_with_the_row(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Name,Phone,Email\nCruz, Ana,+63 917,ana@example.org\nBen,123456,\n")
    parsed = importing.parse_file(path)
    assert [r.name for r in parsed.records] == ["Ben"]
    (issue,) = parsed.issues
    assert issue.line == 2 and "more values than the header has columns (3 named)" in issue.reason
    assert "quotes" in issue.reason and "phone" not in issue.reason


def test_a_number_in_the_name_column_of_a_workbook_is_not_taken_as_a_name(
    tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "ID"])
    sheet.append([12345, "A-1"])
    sheet.append(["Ana Cruz", "A-2"])
    book.save(tmp_path / "roster.xlsx")
    parsed = importing.parse_file(tmp_path / "roster.xlsx")
    assert [r.name for r in parsed.records] == ["Ana Cruz"]
    assert parsed.issues[0].line == 2 and "'12345' is a number or a date, not a name" in (
        parsed.issues[0].reason)


def test_a_duplicate_by_name_and_birth_date_names_the_person_already_registered(
    tmp_path: Path
) -> None:
    db = tmp_path / "data.sqlite"
    first = tmp_path / "first.csv"
    first.write_text("Name,ID,Date of birth\nAna Cruz,OLD-7,1990-05-01\n")
    assert run_cli(db, "import-roster", str(first)).returncode == 0
    second = tmp_path / "second.csv"
    second.write_text("Name,ID,Date of birth\nAna Cruz,NEW-9,1990-05-01\n")
    done = run_cli(db, "import-roster", str(second))
    assert done.returncode == 0
    assert ("line 2: already registered as Ana Cruz (ID OLD-7), same name and date of birth; "
            "not added again") in done.stdout
    assert "NEW-9" not in done.stdout


def test_a_broken_row_lists_every_problem_it_has() -> None:
    from datetime import date

    parsed = parse_rows([(1, ["Name", "ID", "Phone", "Date of birth"]),
                         (2, ["", "SV1", "call me", "31/02/1990"]),
                         (3, ["Amina", "SV2", "0712345678", "1990-02-03"])],
                        today=date(2026, 12, 2))
    assert [r.name for r in parsed.records] == ["Amina"]
    (issue,) = parsed.issues
    assert issue.line == 2
    assert issue.reason.startswith("no name; phone 'call me' is not a phone number; ")
    assert "31/02/1990" in issue.reason
