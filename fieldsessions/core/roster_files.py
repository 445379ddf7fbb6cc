"""Reading a roster file (CSV or XLSX) into numbered rows of cells, for roster_import.

Shared by the laptop (services.importing, the import dialog) and the server's
`import-roster`, so both read the same files the same way: CSV in UTF-8 (with or without a
BOM), UTF-16 or Windows-1252, separated by , ; tab or |; or the first sheet of an XLSX
workbook. A file too large or unreadable is refused with one sentence (ValidationError), and so
is one that is no roster at all (binary, an old .xls); the limits on rows, columns and an XLSX's
unpacked size are roster_import's (a small zip bomb is refused before it is unpacked).
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.roster_import import (
    MAX_COLUMNS,
    MAX_ROWS,
    ParsedRoster,
    check_xlsx_size,
    parse_rows,
)
from fieldsessions.core.values import not_a_file

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
        raise ValidationError(tr("This is an old Excel (.xls) workbook; save it as .xlsx or "
                                 "CSV and import that."))
    decoded = _decode(data)
    if _looks_binary(decoded):
        raise ValidationError(tr("The file is not a roster: it is neither CSV text nor an "
                                 "XLSX workbook; save the roster as CSV or XLSX and import "
                                 "that."))
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
            raise ValidationError(fill(tr("Line %1: the file cannot be read as CSV (%2)."),
                                       reader.line_num, exc)) from None
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
        raise ValidationError(fill(tr("The file is not a readable XLSX workbook (%1)."),
                                   exc)) from None
    except Exception as exc:  # openpyxl raises many types on damaged workbooks
        raise ValidationError(fill(tr("The file is not a readable XLSX workbook (%1)."),
                                   exc)) from None
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
        wrong = not_a_file(path, tr("a roster file (.csv or .xlsx)"))
        if wrong is not None:
            raise ValidationError(wrong)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(fill(tr("%1 is larger than 200 MB; split it."), path.name))
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
        raise ValidationError(fill(tr("The file cannot be read (%1)."), exc)) from None
