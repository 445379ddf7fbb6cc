"""Roster files to participant records: header mapping by common names, row validation.

Pure: takes rows of text cells with their line numbers (the services read CSV and XLSX) and
returns the valid records and one issue per broken row. A broken row never stops the rest.
Accepted headers (case, spaces and punctuation ignored): see HEADER_SYNONYMS.

Limits, so that a small file cannot make the app read for minutes or fill the memory (a 336 KB
XLSX "zip bomb" once unpacked to 2,000,000 rows): nothing past row MAX_ROWS (blank rows past it,
as spreadsheets save below a formatted column, are ignored), only the first MAX_COLUMNS
columns, and an XLSX workbook may unpack to at most MAX_XLSX_UNPACKED bytes. A file past a
limit is refused whole, with one sentence.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.records import ImportIssue

FIELDS = ("name", "first_name", "last_name", "external_id", "phone", "email", "gender",
          "birth_date", "group_name")

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "participant", "participantname", "learner", "learnername",
             "student", "studentname", "registrant", "attendee", "nom", "nombre", "jina"),
    "first_name": ("firstname", "first", "givenname", "given", "forename", "prenom"),
    "last_name": ("lastname", "last", "surname", "familyname", "nomdefamille", "apellido"),
    "external_id": ("id", "externalid", "participantid", "studentid", "learnerid", "idnumber",
                    "idno", "nationalid", "code", "memberid", "registrationnumber", "regno",
                    "number", "no"),
    "phone": ("phone", "phonenumber", "mobile", "mobilenumber", "cell", "cellphone",
              "telephone", "tel", "contact", "contactnumber"),
    "email": ("email", "emailaddress", "mail"),
    "gender": ("gender", "sex"),
    "birth_date": ("dob", "dateofbirth", "birthdate", "birthday", "born", "birth"),
    "group_name": ("group", "groupname", "community", "village", "class", "cohort", "team",
                   "ward", "site"),
}
_LOOKUP = {alias: field for field, aliases in HEADER_SYNONYMS.items() for alias in aliases}

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_XLSX_UNPACKED = 100 * 1024 * 1024
MAX_NAME = 200
MAX_TEXT = 120
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d %b %Y",
                 "%d %B %Y")
# The numeric forms of _DATE_FORMATS: text in one of them is a date form the file used
# correctly, so an error names the impossible day, not a format to use instead.
_DATE_SHAPE = re.compile(r"^(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{3,40}$")


def too_many_rows() -> ValidationError:
    return ValidationError(fill(
        tr("The file has more than %1 rows, more than a roster can have; split it into smaller "
           "files."), f"{MAX_ROWS:,}"))


def check_xlsx_size(data: bytes) -> None:
    """Refuse (ValidationError) a workbook that unpacks to more than MAX_XLSX_UNPACKED bytes.

    The sizes come from the zip's directory; Python's zipfile never unpacks more than an entry
    declares, so a workbook that lies about them reads short (and fails as damaged) instead.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(max(entry.file_size, 0) for entry in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ValidationError(
            tr("The file is not a readable XLSX workbook (it may be damaged).")) from None
    if unpacked > MAX_XLSX_UNPACKED:
        raise ValidationError(fill(
            tr("This workbook unpacks to %1 MB, far more than a roster needs (it may be damaged "
               "or made to overload the app); save the roster alone as a new workbook or as CSV "
               "and import that."), f"{unpacked / 1024 ** 2:,.0f}"))


def normalise_header(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum() and ch.isascii())


def map_headers(headers: Sequence[str]) -> dict[int, str]:
    """Column index -> field, for the headers we recognise (first match wins)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field = _LOOKUP.get(normalise_header(header or ""))
        if field and field not in taken:
            mapping[index] = field
            taken.add(field)
    return mapping


@dataclass(frozen=True)
class ParticipantRecord:
    line: int
    name: str
    external_id: str | None
    phone: str
    email: str
    gender: str
    birth_date: date | None
    group_name: str


def field_label(field: str) -> str:
    """A roster field's name as a user reads it in a problem ("first name")."""
    return {"name": tr("name"), "first_name": tr("first name"), "last_name": tr("last name"),
            "external_id": tr("external id"), "phone": tr("phone"), "email": tr("email"),
            "gender": tr("gender"), "group_name": tr("group name")}[field]


def parse_birth_date(value: object, today: date) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        result = value.date()
    elif isinstance(value, date):
        result = value
    else:
        text = str(value).strip()
        if not text:
            return None
        for fmt in _DATE_FORMATS:
            try:
                result = datetime.strptime(text, fmt).date()
                break
            except ValueError:
                continue
        else:
            if _DATE_SHAPE.match(text):  # a form we read, with a day that does not exist
                raise ValidationError(fill(tr("date of birth %1 is not a day of the calendar "
                                              "(check the day and the month)"), repr(text)))
            raise ValidationError(fill(tr("date of birth %1 is not a date; write it like "
                                          "1990-02-28 or 28/02/1990"), repr(text)))
    if result > today:
        raise ValidationError(fill(tr("date of birth %1 is in the future"), result.isoformat()))
    if result.year < 1900:
        raise ValidationError(fill(tr("date of birth %1 is before 1900"), result.isoformat()))
    return result


def _clean(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # XLSX numbers: 123.0 -> "123"
    text = " ".join(str(value).split())  # newlines and tabs inside a cell become spaces
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise ValidationError(tr("contains control characters"))
    return text


def parse_row(
    line: int, cells: Sequence[object], mapping: dict[int, str], today: date
) -> ParticipantRecord:
    values: dict[str, object] = {}
    for index, field in mapping.items():
        if index < len(cells):
            values[field] = cells[index]
    problems: list[str] = []  # every problem of the row, so one fix of the file fixes it
    for field in ("name", "first_name", "last_name"):
        value = values.get(field)
        if isinstance(value, (int, float, date, time)) and not isinstance(value, bool):
            problems.append(fill(
                tr("%1 %2 is a number or a date, not a name (is the right column chosen as the "
                   "name?)"), field_label(field), repr(_clean(value))))
    text = {f: _clean(values.get(f)) for f in FIELDS if f != "birth_date"}
    name = text["name"] or " ".join(p for p in (text["first_name"], text["last_name"]) if p)
    if not name and not problems:
        problems.append(tr("no name"))
    if len(name) > MAX_NAME:
        problems.append(fill(tr("name is longer than %1 characters"), MAX_NAME))
    for field in ("external_id", "phone", "email", "gender", "group_name"):
        if len(text[field]) > MAX_TEXT:
            problems.append(fill(tr("%1 is longer than %2 characters"),
                                 field_label(field), MAX_TEXT))
    if text["phone"] and len(text["phone"]) <= MAX_TEXT and not _PHONE.match(text["phone"]):
        problems.append(fill(tr("phone %1 is not a phone number"), repr(text["phone"])))
    if text["email"] and len(text["email"]) <= MAX_TEXT and "@" not in text["email"]:
        problems.append(fill(tr("email %1 has no @"), repr(text["email"])))
    birth_date = None
    try:
        birth_date = parse_birth_date(values.get("birth_date"), today)
    except ValidationError as exc:
        problems.append(str(exc))
    if problems:
        raise ValidationError("; ".join(problems))
    return ParticipantRecord(
        line=line, name=name, external_id=text["external_id"] or None, phone=text["phone"],
        email=text["email"], gender=text["gender"], birth_date=birth_date,
        group_name=text["group_name"],
    )


@dataclass
class ParsedRoster:
    headers: list[str]
    mapping: dict[int, str]
    records: list[ParticipantRecord]
    issues: list[ImportIssue]


def parse_rows(
    rows: Iterable[tuple[int, Sequence[object]]],
    *,
    mapping: dict[int, str] | None = None,
    today: date | None = None,
) -> ParsedRoster:
    """The first non-empty row is the header. Duplicates inside the file are issues too."""
    today = today or date.today()
    iterator = iter(rows)
    headers: list[str] = []
    for line, cells in iterator:
        if any(_cell_text(c) for c in cells):
            if line > MAX_ROWS:
                raise too_many_rows()
            headers = [_cell_text(c) for c in cells]
            break
    if not headers:
        raise ValidationError(tr("The file has no header row (it is empty)."))
    mapping = mapping if mapping is not None else map_headers(headers)
    fields = set(mapping.values())
    if "name" not in fields and not ({"first_name", "last_name"} & fields):
        raise ValidationError(fill(
            tr("No name column found. Name a column 'Name' (or 'First name' and 'Last name'); "
               "the columns are: %1."), _column_list(headers)))
    records: list[ParticipantRecord] = []
    issues: list[ImportIssue] = []
    seen_ids: dict[str, int] = {}
    seen_people: dict[tuple[str, date], int] = {}
    width = len(headers)
    named = len([h for h in headers if h])
    for line, cells in iterator:
        if not any(_cell_text(c) for c in cells):
            continue
        if line > MAX_ROWS:
            raise too_many_rows()
        extra = [c for c in cells[width:] if _cell_text(c)]
        if extra:
            issues.append(ImportIssue(line, fill(
                tr("has more values than the header has columns (%1 named); is there a separator "
                   "inside a value? Put that value in quotes"), named)))
            continue
        try:
            record = parse_row(line, cells, mapping, today)
        except ValidationError as exc:
            issues.append(ImportIssue(line, str(exc)))
            continue
        if record.external_id is not None:
            first = seen_ids.get(record.external_id.casefold())
            if first is not None:
                issues.append(ImportIssue(
                    line, fill(tr("duplicate of line %1 (same ID %2)"), first,
                               record.external_id)))
                continue
            seen_ids[record.external_id.casefold()] = line
        if record.birth_date is not None:
            key = (record.name.casefold(), record.birth_date)
            first = seen_people.get(key)
            if first is not None:
                issues.append(ImportIssue(
                    line, fill(tr("duplicate of line %1 (same name and date of birth)"),
                               first)))
                continue
            seen_people[key] = line
        records.append(record)
    return ParsedRoster(headers, mapping, records, issues)


def _column_list(headers: Sequence[str]) -> str:
    """The header row as a user can read it: control characters dropped, long ones cut."""
    shown = []
    for header in headers:
        text = "".join(ch for ch in header if unicodedata.category(ch)[0] != "C").strip()
        if text:
            shown.append(text if len(text) <= 40 else text[:39] + "…")
    if len(shown) > 20:
        shown = [*shown[:20], fill(tr("and %1 more"), len(shown) - 20)]
    return ", ".join(shown) or tr("(none)")


def _cell_text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()
