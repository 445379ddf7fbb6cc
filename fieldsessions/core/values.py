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
import stat
import unicodedata
import zoneinfo
from datetime import UTC, date, datetime
from pathlib import Path

from dateutil import parser as du_parser
from dateutil import rrule as rr

from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr

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


def check_day(day: date, what: str | None = None) -> date:
    """`day`, when its year is within FIRST_YEAR..LAST_YEAR. `what` names the value in the
    user's language (`tr("start date")`; "date" when None)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValidationError(fill(tr("The %1 %2 is outside the years %3."),
                                   what or tr("date"), day.isoformat(), _years()))
    return day


def check_moment(moment: datetime, what: str | None = None) -> datetime:
    """`moment` (aware), when it falls within FIRST_YEAR..LAST_YEAR both where it was
    written and in UTC. `what` as for `check_day` ("date and time" when None)."""
    what = what or tr("date and time")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(fill(tr("The %1 %2 has no time zone."), what, moment.isoformat()))
    if not FIRST_YEAR <= moment.year <= LAST_YEAR \
            or not FIRST_YEAR <= moment.astimezone(UTC).year <= LAST_YEAR:
        raise ValidationError(fill(tr("The %1 %2 is outside the years %3."),
                                   what, moment.isoformat(), _years()))
    return moment


def parse_day(text: str, what: str | None = None) -> date:
    """An ISO date (YYYY-MM-DD) within the years this app keeps (`what` as for `check_day`)."""
    what = what or tr("date")
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(fill(tr("The %1 %2 is not a date (YYYY-MM-DD)."),
                                   what, repr(text))) from None
    return check_day(day, what)


def parse_moment(text: str, what: str | None = None) -> datetime:
    """An ISO-8601 date and time with a zone, within the years this app keeps (`what` as for
    `check_moment`)."""
    what = what or tr("date and time")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(fill(tr("The %1 %2 is not an ISO-8601 date and time."),
                                   what, repr(text))) from None
    return check_moment(moment, what)


@functools.cache
def known_timezones() -> frozenset[str]:
    """The IANA time zones a programme may use (what the programme dialog offers)."""
    # "localtime" is a link to whatever zone one machine is set to: not a zone to share.
    return frozenset(zoneinfo.available_timezones()) - {"localtime"}


def check_timezone(name: str) -> str:
    """`name`, when it is a known IANA time zone."""
    if name not in known_timezones():
        raise ValidationError(fill(tr("%1 is not a known time zone (e.g. Africa/Nairobi)."),
                                   repr(name)))
    return name


def parse_weekday_numbers(text: str) -> tuple[int, ...]:
    """A programme's stored weekdays ("1,3": Monday 0 .. Sunday 6; "" for none)."""
    if text == "":
        return ()
    if _WEEKDAY_NUMBERS.fullmatch(text) is None:
        raise ValidationError(fill(tr("The weekdays %1 are not day numbers 0 (Monday) to "
                                      "6 (Sunday) joined by commas."), repr(text[:40])))
    return tuple(sorted({int(part) for part in text.split(",")}))


def check_start_time(text: str) -> str:
    """A programme's start time as stored (HH:MM, 24-hour clock)."""
    if _HH_MM.fullmatch(text) is None:
        raise ValidationError(fill(tr("The start time %1 is not a time in the form HH:MM "
                                      "(00:00-23:59)."), repr(text[:40])))
    return text


_FREQUENCIES = frozenset({"YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY",
                          "SECONDLY"})  # (more often than daily: refused by core.recurrence)
_BYDAY_ITEM = re.compile(r"[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)")


def _rrule_parts(rule: str) -> dict[str, str]:
    """NAME -> VALUE of an RRULE, each mistake a sentence that names it (dateutil's own
    texts name a Python argument or nothing: "missing 1 required positional argument")."""
    parts: dict[str, str] = {}
    for part in (p.strip() for p in rule.split(";")):
        if not part:
            continue
        name, equals, value = part.partition("=")
        if not equals or not name.strip():
            raise ValidationError(fill(tr("In the RRULE, %1 is not a NAME=VALUE part; "
                                          "write it like FREQ=WEEKLY;BYDAY=MO,TH."),
                                       repr(part[:40])))
        name = name.strip().upper()
        if name in parts:
            raise ValidationError(fill(tr("The RRULE gives %1 twice; keep one."), name))
        parts[name] = value.strip()
    return parts


def _check_rrule_parts(rule: str, parts: dict[str, str]) -> None:
    freq = parts.get("FREQ")
    if freq is None:
        raise ValidationError(fill(tr("The RRULE %1 has no FREQ; start it with FREQ=DAILY, "
                                      "WEEKLY, MONTHLY or YEARLY, e.g. FREQ=WEEKLY;BYDAY=MO."),
                                   repr(rule[:80])))
    if freq.upper() not in _FREQUENCIES:
        raise ValidationError(fill(tr("In the RRULE, FREQ=%1 is not a frequency; use DAILY, "
                                      "WEEKLY, MONTHLY or YEARLY."), freq[:20]))
    if "COUNT" in parts and "UNTIL" in parts:  # RFC 5545: they MUST NOT occur together
        raise ValidationError(tr("The RRULE has both COUNT and UNTIL; keep one: COUNT (how many "
                                 "sessions) or UNTIL (the last date)."))
    for name, zero in (("COUNT", tr("In the RRULE, COUNT=0 makes no sessions; COUNT is the "
                                    "number of sessions, 1 or more.")),
                       ("INTERVAL", tr("In the RRULE, INTERVAL=0 is not a step; INTERVAL is 1 "
                                       "or more (1: every week, 2: every other one)."))):
        if name not in parts:
            continue
        value = parts[name]
        if not value.isdigit():
            raise ValidationError(fill(tr("In the RRULE, %1=%2 is not a whole number."),
                                       name, value[:20]))
        if int(value) == 0:
            raise ValidationError(zero)
    for item in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else ():
        if _BYDAY_ITEM.fullmatch(item.strip().upper()) is None:
            raise ValidationError(fill(tr("In the RRULE, BYDAY %1 is not a weekday; use MO, "
                                          "TU, WE, TH, FR, SA or SU, e.g. BYDAY=MO,TH."),
                                       repr(item.strip()[:20])))


def check_rrule(text: str) -> str:
    """A custom schedule's RRULE (RFC 5545, "RRULE:" optional): its parts checked one by one
    with a sentence for each mistake, then read by dateutil (as `Recurrence` does)."""
    rule = text.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if not rule:
        raise ValidationError(tr("A custom schedule needs an RRULE, e.g. FREQ=WEEKLY;BYDAY=MO."))
    _check_rrule_parts(rule, _rrule_parts(rule))
    try:
        rr.rrulestr(rule, dtstart=datetime(2000, 1, 1), forceset=False, ignoretz=True)
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
        raise ValidationError(fill(tr("The RRULE %1 is not valid (%2)."),
                                   repr(text[:80]), exc)) from None
    return text


def rrule_until(text: str) -> date | None:
    """The date of a valid RRULE's own UNTIL, if it has one."""
    rule = text.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    value = _rrule_parts(rule).get("UNTIL")
    if value is None:
        return None
    try:
        return du_parser.parse(value, ignoretz=True).date()  # as rrulestr reads UNTIL
    except (ValueError, OverflowError):
        return None


def check_week_of_month(week: int | None) -> int | None:
    """"The Nth weekday of the month": week 1-4 or -1 (the last), or none."""
    if week is not None and week not in WEEKS_OF_MONTH:
        raise ValidationError(fill(tr("The week of the month %1 is not 1, 2, 3, 4 or -1 "
                                      "(the last)."), week))
    return week


def not_a_file(path: Path, wanted: str) -> str | None:
    """Why `path` cannot be read or written as a file, or None: a folder, or a device, pipe or
    socket (reading a pipe waits for ever; writing over a device replaces it). `wanted` names
    the kind of file to give instead ("a data file, such as /x/fieldsessions.sqlite")."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # missing or unreadable: the caller's open says which
    if stat.S_ISDIR(mode):
        return fill(tr("%1 is a folder; give the path of %2."), path, wanted)
    if not stat.S_ISREG(mode):
        return fill(tr("%1 is not a regular file (a device, a pipe or a socket); give the "
                       "path of %2."), path, wanted)
    return None
