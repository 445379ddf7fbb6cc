"""Rules every stored value obeys, on the laptop and on the server alike.

The laptop applies them to what a facilitator enters; the server applies the same functions
to every pushed value (through `sync.wire.value_problem`), so nothing it accepts can break
another laptop's download, lists, exports or reports.

* Dates and instants lie in the years FIRST_YEAR..LAST_YEAR (1900-2200): wide enough for any
  birth date and any plan, narrow enough that converting between time zones, adding a
  session's duration or printing a year can never leave what Python's datetime holds
  (`0001-01-01T00:00:00+14:00` is year 0 in UTC, `9999-12-31T23:59:59-14:00` year 10000).
  The roster reader's "before 1900" rule for a date of birth is this rule's lower bound.
* A time zone is one of the IANA zones this machine knows (`zoneinfo.available_timezones`,
  less "localtime"), not any file name ZoneInfo happens to load.
* A programme's weekdays are stored as day numbers (Monday 0 .. Sunday 6) joined by commas;
  its start time is HH:MM; a custom schedule's RRULE parses; "the Nth weekday" is week 1-4
  or -1 (the last).
* Two names are the same name (`name_key`) when they differ only in case, in the Unicode form
  of their letters (NFKC: a composed "é" and "e" + accent, a full-width "Ｙ" and "Y"), or in
  spaces (a no-break space, two spaces, spaces around). Case is ignored because every command
  and screen finds a programme by its name in any case: names that differ only in case could
  never be told apart there.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from datetime import UTC, date, datetime

from dateutil import rrule as rr

from fieldsessions.core.errors import ValidationError

FIRST_YEAR = 1900
LAST_YEAR = 2200
WEEKS_OF_MONTH = (1, 2, 3, 4, -1)

_WEEKDAY_NUMBERS = re.compile(r"[0-6](,[0-6])*")
_HH_MM = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


def name_key(name: str) -> str:
    """What two names are compared by (see the module's rules)."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _years() -> str:
    return f"{FIRST_YEAR}-{LAST_YEAR}"


def check_day(day: date, what: str = "date") -> date:
    """`day`, when its year is within FIRST_YEAR..LAST_YEAR."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(f"The {what} {day.isoformat()} is outside the years {_years()}.")
    return day


def check_moment(moment: datetime, what: str = "date and time") -> datetime:
    """`moment` (aware), when it falls within FIRST_YEAR..LAST_YEAR both where it was
    written and in UTC."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(f"The {what} {moment.isoformat()} has no time zone.")
    if not FIRST_YEAR <= moment.year <= LAST_YEAR \
            or not FIRST_YEAR <= moment.astimezone(UTC).year <= LAST_YEAR:
        raise ValidationError(f"The {what} {moment.isoformat()} is outside the years "
                              f"{_years()}.")
    return moment


def parse_day(text: str, what: str = "date") -> date:
    """An ISO date (YYYY-MM-DD) within the years this app keeps."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"The {what} {text!r} is not a date (YYYY-MM-DD).") from None
    return check_day(day, what)


def parse_moment(text: str, what: str = "date and time") -> datetime:
    """An ISO-8601 date and time with a zone, within the years this app keeps."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"The {what} {text!r} is not an ISO-8601 date and "
                              "time.") from None
    return check_moment(moment, what)


@functools.cache
def known_timezones() -> frozenset[str]:
    """The IANA time zones a programme may use (what the programme dialog offers)."""
    # "localtime" is a link to whatever zone one machine is set to: not a zone to share.
    return frozenset(zoneinfo.available_timezones()) - {"localtime"}


def check_timezone(name: str) -> str:
    """`name`, when it is a known IANA time zone."""
    if name not in known_timezones():
        raise ValidationError(f"{name!r} is not a known time zone (e.g. Africa/Nairobi).")
    return name


def parse_weekday_numbers(text: str) -> tuple[int, ...]:
    """A programme's stored weekdays ("1,3": Monday 0 .. Sunday 6; "" for none)."""
    if text == "":
        return ()
    if _WEEKDAY_NUMBERS.fullmatch(text) is None:
        raise ValidationError(f"The weekdays {text[:40]!r} are not day numbers 0 (Monday) to "
                              "6 (Sunday) joined by commas.")
    return tuple(sorted({int(part) for part in text.split(",")}))


def check_start_time(text: str) -> str:
    """A programme's start time as stored (HH:MM, 24-hour clock)."""
    if _HH_MM.fullmatch(text) is None:
        raise ValidationError(f"The start time {text[:40]!r} is not a time in the form HH:MM "
                              "(00:00-23:59).")
    return text


def check_rrule(text: str) -> str:
    """A custom schedule's RRULE (RFC 5545, "RRULE:" optional), when dateutil reads it (as
    `Recurrence` does)."""
    rule = text.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if not rule:
        raise ValidationError("A custom schedule needs an RRULE, e.g. FREQ=WEEKLY;BYDAY=MO.")
    try:
        rr.rrulestr(rule, dtstart=datetime(2000, 1, 1), forceset=False, ignoretz=True)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise ValidationError(f"The RRULE {text[:80]!r} is not valid: {exc}.") from None
    return text


def check_week_of_month(week: int | None) -> int | None:
    """"The Nth weekday of the month": week 1-4 or -1 (the last), or none."""
    if week is not None and week not in WEEKS_OF_MONTH:
        raise ValidationError(f"The week of the month {week} is not 1, 2, 3, 4 or -1 "
                              "(the last).")
    return week
