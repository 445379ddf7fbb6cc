"""The value rules the laptop and the server share (core.values), on the laptop's own inputs."""

from __future__ import annotations

from datetime import date

import pytest

from fieldsessions.core import values
from fieldsessions.core.enums import Frequency
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.programme import ProgrammeSpec


def _spec(**changes: object) -> ProgrammeSpec:
    base: dict[str, object] = {"name": "Circle", "frequency": Frequency.WEEKLY,
                               "start_date": date(2027, 1, 5), "weekdays": (1,), "count": 3}
    return ProgrammeSpec(**{**base, **changes})  # type: ignore[arg-type]


@pytest.mark.parametrize(("changes", "words"), [
    ({"start_date": date(1899, 12, 31)}, "outside the years 1900-2200"),
    ({"until": date(2201, 1, 1)}, "outside the years 1900-2200"),
    ({"excluded_dates": (date(1, 1, 1),)}, "outside the years 1900-2200"),
    ({"start_date": date(2200, 12, 1), "count": 10}, "last session's date"),
    ({"timezone": "Not/AZone"}, "not a known time zone"),
    ({"timezone": "localtime"}, "not a known time zone"),
    ({"frequency": Frequency.RRULE, "rrule": "FREQ=SOMETIMES", "count": None},
     "FREQ=SOMETIMES is not a frequency"),
])
def test_a_programme_the_server_would_refuse_is_refused_on_the_laptop_first(
    changes: dict[str, object], words: str
) -> None:
    with pytest.raises(ValidationError, match=words):
        _spec(**changes).occurrences()


def test_the_edges_of_the_range_and_ordinary_values_are_kept() -> None:
    assert values.parse_day("1900-01-01") == date(1900, 1, 1)
    assert values.parse_moment("2200-12-31T09:59:59-14:00").year == 2200
    assert values.parse_weekday_numbers("3,1") == (1, 3)
    assert values.parse_weekday_numbers("") == ()
    assert values.check_timezone("Africa/Nairobi") == "Africa/Nairobi"
    assert values.check_rrule("RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    assert len(_spec(timezone="UTC").occurrences()) == 3


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
                                  "2200-12-31T23:00:00-14:00", "2026-01-05T09:00:00"])
def test_an_instant_out_of_range_or_without_a_zone_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        values.parse_moment(text)


def test_a_date_of_birth_or_session_date_out_of_range_is_refused_on_the_laptop(
    db: object
) -> None:
    from fieldsessions.services import participants, sessions
    from fieldsessions.services.participants import ParticipantInput
    from tests.unit.helpers import programme

    with pytest.raises(ValidationError, match="date of birth 1850-01-01 is outside"):
        participants.add_participant(ParticipantInput("Old", birth_date=date(1850, 1, 1)))
    circle = programme("Circle", count=1)
    with pytest.raises(ValidationError, match="session date 2300-01-01 is outside"):
        sessions.add_session(circle.id, date(2300, 1, 1))
    assert participants.add_participant(
        ParticipantInput("Born 1900", birth_date=date(1900, 1, 1))).name == "Born 1900"
