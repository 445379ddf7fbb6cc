"""The one date form (core.dates): the order from a locale pattern, the CLI's fallback from
the environment, and the form itself."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fieldsessions.core import dates


def test_the_form_in_each_order() -> None:
    day = date(2026, 12, 2)
    assert dates.format_day(day, "dmy") == "Wed 2 Dec 2026"
    assert dates.format_day(day, "mdy") == "Wed Dec 2, 2026"
    assert dates.format_day(day, "ymd") == "Wed 2026 Dec 2"
    assert dates.format_span(day, date(2026, 12, 6), "dmy") == "Wed 2 Dec 2026 – Sun 6 Dec 2026"


def test_the_order_of_a_locale_pattern() -> None:
    assert dates.order_of_pattern("dd/MM/yyyy") == "dmy"
    assert dates.order_of_pattern("M/d/yy") == "mdy"
    assert dates.order_of_pattern("yyyy/M/d") == "ymd"
    assert dates.order_of_pattern("dd.MM.yy") == "dmy"


@pytest.mark.parametrize(("variables", "order"), [
    ({"LANG": "en_US.UTF-8"}, "mdy"),
    ({"LANG": "fr_FR.UTF-8"}, "dmy"),
    ({"LANG": "ja_JP.UTF-8"}, "ymd"),
    ({"LANG": "en_US.UTF-8", "LC_TIME": "en_GB.UTF-8"}, "dmy"),  # LC_TIME before LANG
    ({"LC_ALL": "en_PH.UTF-8", "LC_TIME": "en_GB.UTF-8"}, "mdy"),  # LC_ALL first
    ({"LANG": "C.UTF-8"}, "dmy"),
    ({}, "dmy"),
])
def test_the_command_line_takes_the_order_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], order: str
) -> None:
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert dates.environment_order() == order


def test_the_app_s_order_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    try:
        dates.set_order("dmy")
        moment = datetime(2026, 12, 2, 8, 58, tzinfo=UTC).astimezone()
        assert dates.format_moment(moment) == f"Wed 2 Dec 2026 {moment:%H:%M}"
    finally:
        dates.set_order(None)
    assert dates.format_day(date(2026, 12, 2)) == "Wed Dec 2, 2026"


def test_an_xlsx_export_shows_its_dates_in_the_one_form_and_csv_stays_iso(
    tmp_path: Path,
) -> None:
    import io
    from datetime import time

    from openpyxl import load_workbook

    from fieldsessions.reports.data import AttendanceRecord
    from fieldsessions.reports.exports import export_attendance

    record = AttendanceRecord(
        programme_name="Tutoring", session_id="s", session_date=date(2026, 12, 2),
        start=time(9), end=time(10), duration_min=60, title="", topic="", location="",
        facilitator="Thandi", participant_id="p", external_id="E1", participant_name="Ana",
        status="present", minutes=None, marked_by="Thandi", marked_at=None)
    try:
        dates.set_order("mdy")
        export_attendance([record], tmp_path / "a.xlsx", "xlsx")
        cell = load_workbook(tmp_path / "a.xlsx").active["B2"]  # type: ignore[index]
        assert cell.number_format == "ddd mmm d, yyyy"  # Excel shows "Wed Dec 2, 2026"
        buffer = io.BytesIO()
        export_attendance([record], buffer, "csv")
        assert ",2026-12-02," in buffer.getvalue().decode("utf-8-sig")
    finally:
        dates.set_order(None)
