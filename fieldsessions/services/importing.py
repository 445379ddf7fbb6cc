"""Importing a roster file (CSV or XLSX) into participants, enrolled in a programme.

Broken rows are reported with their line number and reason and the valid rows still import, in
one transaction. People already in the store (same external ID, or same name and date of birth)
are not added twice: they are reported, and enrolled in the programme if they were not yet.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.records import ImportIssue, ImportReport
from fieldsessions.core.roster_import import (
    MAX_COLUMNS,
    MAX_ROWS,
    ParsedRoster,
    ParticipantRecord,
    check_xlsx_size,
    parse_rows,
)
from fieldsessions.db import bulk, outbox
from fieldsessions.db.models import Enrolment, Participant, database, new_id
from fieldsessions.services.common import get_programme
from fieldsessions.services.participants import booked_count, enrolment_rows

MAX_FILE_BYTES = 200 * 1024 * 1024
Rows = Iterator[tuple[int, Sequence[object]]]


def _decode(data: bytes) -> str:
    sample = data[:4096]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encodings: tuple[str, ...] = ("utf-8-sig", "utf-16")
    elif len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 2 * 0.9:
        encodings = ("utf-16-le",)  # UTF-16 text saved without its byte-order mark
    elif len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 2 * 0.9:
        encodings = ("utf-16-be",)
    else:
        encodings = ("utf-8-sig",)
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def _looks_binary(text: str) -> bool:
    """More than 2 % control characters (not tab or line ends) or undecodable bytes in the
    first 8 KB: not a text file."""
    sample = text[:8192]
    odd = sum(1 for ch in sample
              if ch == "\ufffd" or (ch not in "\t\r\n" and unicodedata.category(ch) == "Cc"))
    return bool(sample) and odd > len(sample) * 0.02


def csv_rows(data: bytes) -> Rows:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ValidationError("This is an old Excel (.xls) workbook; save it as .xlsx or CSV "
                              "and import that.")
    decoded = _decode(data)
    if _looks_binary(decoded):
        raise ValidationError("The file is not a roster: it is neither CSV text nor an XLSX "
                              "workbook; save the roster as CSV or XLSX and import that.")
    text = decoded.replace("\x00", "")
    sample = text[:8192]
    delimiter = ","
    counts = {d: sample.split("\n", 1)[0].count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] > 0:
        delimiter = best
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_end = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ValidationError(
                f"Line {reader.line_num}: the file cannot be read as CSV ({exc})."
            ) from None
        yield previous_end + 1, row
        previous_end = reader.line_num


def xlsx_rows(data: bytes) -> Rows:
    """The first sheet's rows, MAX_COLUMNS cells each; blank rows past MAX_ROWS are left out
    (parse_rows refuses anything else past it). Size checked before anything is unpacked."""
    from openpyxl import load_workbook

    check_xlsx_size(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError) as exc:
        raise ValidationError(f"The file is not a readable XLSX workbook ({exc}).") from None
    except Exception as exc:  # openpyxl raises many types on damaged workbooks
        raise ValidationError(f"The file is not a readable XLSX workbook ({exc}).") from None
    return _sheet_rows(workbook)


def _sheet_rows(workbook: Any) -> Rows:
    try:
        sheet = workbook.worksheets[0]
        # max_col, or openpyxl pads every row to the width the sheet declares (A1:XFD1048576
        # in a few bytes); it also invents the blank rows a jump in row numbers skips.
        rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        for number, row in enumerate(rows, start=1):
            if number > MAX_ROWS and row.count(None) == len(row):
                continue
            yield number, list(row)
    finally:
        workbook.close()


def read_rows(path: Path | str, data: bytes | None = None) -> Rows:
    path = Path(path)
    if data is None:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(f"{path.name} is larger than 200 MB; split it.")
        data = path.read_bytes()
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:4] == b"PK\x03\x04":
        return xlsx_rows(data)
    return csv_rows(data)


def parse_file(
    path: Path | str, data: bytes | None = None, mapping: dict[int, str] | None = None
) -> ParsedRoster:
    """Read and validate a roster file without saving anything (the import dialog's preview)."""
    rows = read_rows(path, data)
    try:
        return parse_rows(rows, mapping=mapping)
    except ValidationError:
        raise
    except Exception as exc:  # a damaged XLSX fails while streaming rows
        raise ValidationError(f"The file cannot be read ({exc}).") from None


@dataclass(frozen=True)
class _Known:
    by_external: dict[str, str]
    by_person: dict[tuple[str, date], str]
    who: dict[str, tuple[str, str | None]]  # participant id -> (name, external id)


def _known() -> _Known:
    by_external: dict[str, str] = {}
    by_person: dict[tuple[str, date], str] = {}
    who: dict[str, tuple[str, str | None]] = {}
    for pid, name, ext, born in Participant.select(
        Participant.id, Participant.name, Participant.external_id, Participant.birth_date
    ).tuples():
        if ext:
            by_external[ext.casefold()] = pid
        if born:
            by_person[(name.casefold(), born)] = pid
        if ext or born:
            who[pid] = (name, ext)
    return _Known(by_external, by_person, who)


def import_roster(
    path: Path | str,
    programme_ref: str | None = None,
    *,
    data: bytes | None = None,
    mapping: dict[int, str] | None = None,
) -> ImportReport:
    """Import a roster file; enrol everyone into the programme when one is given."""
    parsed = parse_file(path, data, mapping)
    now = datetime.now(UTC)
    stamp = bulk.ts(now)
    issues: list[ImportIssue] = list(parsed.issues)
    with database.atomic():
        programme = get_programme(programme_ref) if programme_ref else None
        known = _known()
        new_rows: list[tuple[Any, ...]] = []
        queued: list[tuple[str, str, str, dict[str, Any]]] = []
        to_enrol: list[str] = []
        for record in parsed.records:
            matched = _match(known, record)
            if matched is not None:
                existing, why = matched
                issues.append(ImportIssue(record.line, _duplicate_reason(known, existing, why)))
                to_enrol.append(existing)
                continue
            pid = new_id()
            born = record.birth_date.isoformat() if record.birth_date else None
            new_rows.append((pid, record.name, record.external_id, record.phone, record.email,
                             record.gender, born, record.group_name, 0, "", stamp, stamp))
            queued.append(("participant", pid, "upsert", {
                "name": record.name, "external_id": record.external_id, "phone": record.phone,
                "email": record.email, "gender": record.gender, "birth_date": born,
                "group_name": record.group_name, "is_walk_in": False, "notes": "",
                "updated_at": outbox.jsonable(now),
            }))
            to_enrol.append(pid)
        bulk.insert_participants(new_rows)
        enrolled = waitlisted = 0
        if programme is not None:
            already = {pid for (pid,) in Enrolment.select(Enrolment.participant).where(
                (Enrolment.programme == programme.id) & (Enrolment.status != "cancelled")
            ).tuples()}
            fresh = [pid for pid in dict.fromkeys(to_enrol) if pid not in already]
            cancelled = {pid for (pid,) in Enrolment.select(Enrolment.participant).where(
                (Enrolment.programme == programme.id) & (Enrolment.status == "cancelled")
            ).tuples()}
            if cancelled & set(fresh):
                Enrolment.delete().where(
                    (Enrolment.programme == programme.id)
                    & Enrolment.participant.in_(list(cancelled & set(fresh)))
                ).execute()
            free = None if programme.capacity is None else max(
                0, programme.capacity - booked_count(programme.id))
            rows, enrolled, waitlisted = enrolment_rows(programme.id, fresh, now, free)
            bulk.insert_enrolments(rows)
            for row in rows:
                queued.append(("enrolment", row[0], "upsert", {
                    "programme_id": programme.id, "participant_id": row[2], "status": row[3],
                    "is_walk_in": False, "requested_at": outbox.jsonable(
                        Enrolment.requested_at.python_value(row[5])),
                    "hours_budget": None, "updated_at": outbox.jsonable(now),
                }))
        outbox.append_many(queued)
    issues.sort(key=lambda i: i.line)
    return ImportReport(imported=len(new_rows), enrolled=enrolled, waitlisted=waitlisted,
                        skipped=issues)


def _match(known: _Known, record: ParticipantRecord) -> tuple[str, str] | None:
    """(the participant already registered, why it is them), or None."""
    if record.external_id:
        found = known.by_external.get(record.external_id.casefold())
        if found:
            return found, "same ID"
    if record.birth_date:
        found = known.by_person.get((record.name.casefold(), record.birth_date))
        if found:
            return found, "same name and date of birth"
    return None


def _duplicate_reason(known: _Known, existing: str, why: str) -> str:
    """Names the person already registered (their name and ID), not the new row's ID."""
    name, ext = known.who.get(existing, ("someone", None))
    ident = f" (ID {ext})" if ext else ""
    return f"already registered as {name}{ident}, {why}; not added again"
