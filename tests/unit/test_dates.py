"""The one date form (core.dates): the order from a locale pattern, the CLI's fallback from
the environment, and the form itself."""

from __future__ import annotations

from datetime import UTC, date, datetime

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
