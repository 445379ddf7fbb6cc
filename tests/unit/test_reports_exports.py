"""CSV and XLSX exports: what is read back equals what was exported, in any script."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from fieldsessions.reports.data import (
    AttendanceRecord,
    ComplianceLine,
    ComplianceReport,
    FacilitatorHours,
    HoursPeriod,
    HoursReport,
    ParticipantHours,
)
from fieldsessions.reports.errors import ReportError
from fieldsessions.reports.exports import (
    ATTENDANCE_COLUMNS,
    export_attendance,
    export_compliance,
    export_hours,
)

NAMES = ["Zoë Lefèvre", "Γιώργος Παπαδόπουλος", "Ольга Кузнецова", "Nguyễn Thị Thảo",
         "Amina \"Mimi\" Okafor, Jr.", "Line\nbreak"]


def records(count: int) -> list[AttendanceRecord]:
    statuses = ["present", "late", "excused", "absent", "pending"]
    return [
        AttendanceRecord(
            programme_name="Family Development Sessions", session_id=f"s{i // 3}",
            session_date=date(2026, 3, 1 + i // 3), start=time(9), end=time(10, 30),
            duration_min=90, title="Week", topic="Budgeting, at home", location="Hall; room 2",
            facilitator="Thandi", participant_id=f"p{i}", external_id=f"E{i:03d}",
            participant_name=NAMES[i % len(NAMES)], status=statuses[i % 5],
            minutes=45 if i % 4 == 0 else None, marked_by="" if i % 5 == 4 else "Thandi",
            marked_at=None if i % 5 == 4 else datetime(2026, 3, 1, 7, 5, 9, tzinfo=UTC),
        )
        for i in range(count)
    ]


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def expected_csv_row(r: AttendanceRecord) -> list[str]:
    return [
        r.programme_name, r.session_date.isoformat(), f"{r.start:%H:%M}", f"{r.end:%H:%M}",
        str(r.duration_min), r.title, r.topic, r.location, r.facilitator, r.external_id,
        r.participant_name, r.status, "" if r.minutes is None else str(r.minutes), r.marked_by,
        "" if r.marked_at is None else r.marked_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        r.session_id, r.participant_id,
    ]


def test_attendance_csv_read_back_equals_the_records() -> None:
    rows = records(40)
    buffer = io.BytesIO()
    assert export_attendance(rows, buffer, "csv") == 40
    table = read_csv(buffer.getvalue())
    assert table[0] == [c.title for c in ATTENDANCE_COLUMNS]
    assert table[0][:5] == ["Programme", "Session date", "Start", "End", "Duration (min)"]
    assert table[1:] == [expected_csv_row(r) for r in rows]


def test_attendance_xlsx_read_back_has_typed_cells_equal_to_the_records(tmp_path: Path) -> None:
    rows = records(40)
    target = tmp_path / "attendance.xlsx"
    export_attendance(rows, target, "xlsx")
    sheet = load_workbook(target).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == [c.title for c in ATTENDANCE_COLUMNS]
    assert sheet.freeze_panes == "A2"
    for record, row in zip(rows, values[1:], strict=True):
        assert row[0] == record.programme_name
        assert row[1] == datetime.combine(record.session_date, time())  # a real date cell
        assert row[2] == record.start and row[3] == record.end
        assert row[4] == record.duration_min
        assert row[10] == record.participant_name
        assert row[11] == record.status
        assert row[12] == record.minutes
        assert row[14] == (None if record.marked_at is None
                           else record.marked_at.replace(tzinfo=None))


def test_formula_like_text_is_defused_in_csv_and_kept_as_text_in_xlsx(tmp_path: Path) -> None:
    evil = records(1)[0]
    evil = AttendanceRecord(**{**evil.__dict__, "participant_name": "=HYPERLINK(\"x\")",
                               "topic": "+1", "facilitator": "@admin"})
    buffer = io.BytesIO()
    export_attendance([evil], buffer, "csv")
    row = read_csv(buffer.getvalue())[1]
    assert row[10] == "'=HYPERLINK(\"x\")" and row[6] == "'+1" and row[8] == "'@admin"
    target = tmp_path / "evil.xlsx"
    export_attendance([evil], target, "xlsx")
    cells = next(iter(load_workbook(target).active.iter_rows(min_row=2)))  # type: ignore[union-attr]
    assert cells[10].value == "=HYPERLINK(\"x\")" and cells[10].data_type == "s"


@pytest.mark.parametrize("lead", ["\uff1d", "\uff0b", "\uff0d", "\uff20", "\ufe66", "\ufe62"])
def test_full_width_and_small_formula_signs_are_defused_like_the_ascii_ones(
    tmp_path: Path, lead: str
) -> None:
    evil = AttendanceRecord(**{**records(1)[0].__dict__,
                               "participant_name": f"{lead}HYPERLINK(\"http://x\")"})
    buffer = io.BytesIO()
    export_attendance([evil], buffer, "csv")
    assert read_csv(buffer.getvalue())[1][10] == f"'{lead}HYPERLINK(\"http://x\")"
    target = tmp_path / "evil.xlsx"
    export_attendance([evil], target, "xlsx")
    cells = next(iter(load_workbook(target).active.iter_rows(min_row=2)))  # type: ignore[union-attr]
    assert cells[10].value == f"{lead}HYPERLINK(\"http://x\")" and cells[10].data_type == "s"
    assert cells[10].quotePrefix  # Excel keeps it text even when the cell is edited


def test_text_that_only_contains_a_formula_sign_is_left_alone() -> None:
    plain = AttendanceRecord(**{**records(1)[0].__dict__, "participant_name": "Ana＝Maria"})
    buffer = io.BytesIO()
    export_attendance([plain], buffer, "csv")
    assert read_csv(buffer.getvalue())[1][10] == "Ana＝Maria"


def test_no_records_give_a_header_only_file(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    assert export_attendance([], buffer, "csv") == 0
    assert len(read_csv(buffer.getvalue())) == 1
    export_attendance([], tmp_path / "empty.xlsx", "xlsx")
    assert load_workbook(tmp_path / "empty.xlsx").active.max_row == 1  # type: ignore[union-attr]


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ReportError, match="csv or xlsx"):
        export_attendance(records(1), io.BytesIO(), "ods")


def test_compliance_export_puts_non_compliant_first_for_each_programme() -> None:
    def line(name: str, status: str, rate: float | None) -> ComplianceLine:
        return ComplianceLine(name, f"X{name}", name, 8, 5, 1, 2, rate, 75, status,
                              None if rate is None else rate + 10, 2, status != "compliant")

    reports = [
        ComplianceReport("Alpha", datetime(2026, 5, 1, tzinfo=UTC), 75, "excluded", 3, 8, 2,
                         (line("Ann", "compliant", 90.0), line("Bob", "non_compliant", 33.333))),
        ComplianceReport("Beta", datetime(2026, 5, 1, tzinfo=UTC), 75, "excluded", 3, 8, 2,
                         (line("Cid", "at_risk", 62.5), line("Dee", "compliant", None))),
    ]
    buffer = io.BytesIO()
    assert export_compliance(reports, buffer, "csv") == 4
    table = read_csv(buffer.getvalue())
    assert [(r[0], r[2], r[7], r[10]) for r in table[1:]] == [
        ("Alpha", "Bob", "33.33", "Non-compliant"), ("Alpha", "Ann", "90", "Compliant"),
        ("Beta", "Cid", "62.5", "At risk"), ("Beta", "Dee", "", "Compliant"),
    ]


def test_hours_export_lists_the_whole_span_then_each_period(tmp_path: Path) -> None:
    person = ParticipantHours("p1", "H1", "Ольга", 2, 1.5, 4.25, 10.0, 5.75)
    period = HoursPeriod("May 2026", date(2026, 5, 1), date(2026, 5, 31),
                         (FacilitatorHours("Kwame", 2, 3.0),), (person,))
    whole = ParticipantHours("p1", "H1", "Ольга", 4, 4.25, 4.25, 10.0, 5.75)
    total = HoursPeriod("Whole programme", date(2026, 4, 1), date(2026, 5, 31),
                        (FacilitatorHours("Kwame", 4, 6.0),), (whole,))
    target = tmp_path / "hours.xlsx"
    assert export_hours([HoursReport("Tutoring", datetime.now(UTC), (period,), total)],
                        target, "xlsx") == 4
    rows = list(load_workbook(target).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert [(r[1], r[4], r[5], r[8], r[9], r[10], r[11]) for r in rows[1:]] == [
        ("Whole programme", "facilitator", "Kwame", 6.0, None, None, None),
        ("Whole programme", "participant", "Ольга", 4.25, 4.25, 10.0, 5.75),
        ("May 2026", "facilitator", "Kwame", 3.0, None, None, None),
        ("May 2026", "participant", "Ольга", 1.5, 4.25, 10.0, 5.75),
    ]


def test_writing_to_a_missing_folder_says_which_folder(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="does not exist"):
        export_attendance(records(1), tmp_path / "nope" / "a.csv", "csv")


def test_a_spreadsheet_is_in_the_users_language_and_csv_stays_english(tmp_path: Path) -> None:
    from fieldsessions.core import i18n

    french = {"Programme": "Programme (fr)", "Participant name": "Nom du participant",
              "Attendance": "Présence"}
    i18n.install(lambda source, disambiguation: french.get(source, ""))
    try:
        export_attendance(records(3), tmp_path / "a.xlsx", "xlsx")
        buffer = io.BytesIO()
        export_attendance(records(3), buffer, "csv")
    finally:
        i18n.install(None)
    book = load_workbook(tmp_path / "a.xlsx")
    sheet = book.active
    assert sheet is not None and sheet.title == "Présence"
    head = next(sheet.iter_rows(values_only=True))
    assert (head[0], head[1], head[10]) == ("Programme (fr)", "Session date",
                                           "Nom du participant")
    assert read_csv(buffer.getvalue())[0] == [c.title for c in ATTENDANCE_COLUMNS]
    assert read_csv(buffer.getvalue())[0][0] == "Programme"
