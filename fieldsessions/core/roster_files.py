"""Reading a roster file (CSV or XLSX) into numbered rows of cells, for roster_import.

Shared by the laptop (services.importing, the import dialog) and the server's
`import-roster`, so both read the same files the same way: CSV in UTF-8 (with or without a
BOM), UTF-16 or Windows-1252, separated by , ; tab or |; or the first sheet of an XLSX
workbook. A file too large or unreadable is refused with one sentence (ValidationError).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.roster_import import ParsedRoster, parse_rows

MAX_FILE_BYTES = 200 * 1024 * 1024
Rows = Iterator[tuple[int, Sequence[object]]]


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else (
        "utf-8-sig",
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def csv_rows(data: bytes) -> Rows:
    text = _decode(data).replace("\x00", "")
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
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError) as exc:
        raise ValidationError(f"The file is not a readable XLSX workbook ({exc}).") from None
    except Exception as exc:  # openpyxl raises many types on damaged workbooks
        raise ValidationError(f"The file is not a readable XLSX workbook ({exc}).") from None
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
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
