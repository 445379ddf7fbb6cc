"""The one way a date is written for people: in the window, on every PDF, in the human columns
of exports and in the labels of report periods.

The form: weekday and month abbreviated, the day without a leading zero, the year in full, in
the order of the user's locale -- "Wed 2 Dec 2026" (day first: most of the world), "Wed Dec 2,
2026" (month first: the US and a few others), "Wed 2026 Dec 2" (year first: China, Japan,
Korea, Hungary, ...). A month name, never numbers only, so 03/04 is not read as two different
days; a time is added as 24-hour "08:58".

Where the order comes from: the desktop app sets it once from Qt's locale (the user's, or the
language chosen in Settings) with `set_order`, so the window and the PDFs it makes agree. The
command line has no Qt: its fallback is the territory of the environment's locale (LC_ALL,
LC_TIME, then LANG, e.g. "en_US.UTF-8" -> month first), and day first when that names none.
The weekday and month abbreviations are translated (core.i18n, disambiguated as "weekday" and
"month abbreviation", so "May" and "Mon" stay apart from any other word).
Machine columns (CSV date cells, file names, keys) stay ISO 8601 and never go through here.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import Literal

from fieldsessions.core import i18n
from fieldsessions.core.i18n import tr

Order = Literal["dmy", "mdy", "ymd"]

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Territories whose dates are written month first (CLDR's M/d/y short dates).
MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI",
                         "BZ"})
# Territories whose dates are written year first.
YEAR_FIRST = frozenset({"CN", "JP", "KR", "KP", "TW", "HU", "LT", "MN", "IR", "BT"})

_order: Order | None = None  # set by the desktop app; None: from the environment


_names: tuple[i18n.Lookup | None, tuple[str, ...], tuple[str, ...]] | None = None


def _translated_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(weekdays from Monday, months from January), abbreviated in the user's language; looked
    up once per catalogue installed, as a date is written for every row of a table."""
    global _names
    lookup = i18n.installed()
    if _names is None or _names[0] is not lookup:
        weekdays = (tr("Mon", "weekday"), tr("Tue", "weekday"), tr("Wed", "weekday"),
                    tr("Thu", "weekday"), tr("Fri", "weekday"), tr("Sat", "weekday"),
                    tr("Sun", "weekday"))
        months = (tr("Jan", "month abbreviation"), tr("Feb", "month abbreviation"),
                  tr("Mar", "month abbreviation"), tr("Apr", "month abbreviation"),
                  tr("May", "month abbreviation"), tr("Jun", "month abbreviation"),
                  tr("Jul", "month abbreviation"), tr("Aug", "month abbreviation"),
                  tr("Sep", "month abbreviation"), tr("Oct", "month abbreviation"),
                  tr("Nov", "month abbreviation"), tr("Dec", "month abbreviation"))
        _names = (lookup, weekdays, months)
    return _names[1], _names[2]


def weekday_names() -> tuple[str, ...]:
    """The weekdays from Monday, abbreviated in the user's language ("Mon", ...)."""
    return _translated_names()[0]


def weekday_name(day: date) -> str:
    """The day's weekday, abbreviated in the user's language ("Wed")."""
    return _translated_names()[0][day.weekday()]


def month_name(day: date) -> str:
    """The day's month, abbreviated in the user's language ("Dec")."""
    return _translated_names()[1][day.month - 1]


def set_order(order: Order | None) -> None:
    """Use this order for every date written from now on (None: back to the environment's)."""
    global _order
    _order = order


def order_of_pattern(pattern: str) -> Order:
    """The order of a locale's date pattern, e.g. Qt's "dd/MM/yyyy" -> "dmy", "M/d/yy" ->
    "mdy", "yyyy-MM-dd" -> "ymd" (the first of d, M, y found decides between them)."""
    positions = {key: pattern.find(key) for key in ("d", "M", "y")}
    found = sorted((pos, key) for key, pos in positions.items() if pos >= 0)
    first = found[0][1] if found else "d"
    if first == "y":
        return "ymd"
    return "mdy" if first == "M" else "dmy"


def environment_order() -> Order:
    """The CLI's fallback: from the territory of LC_ALL, LC_TIME or LANG ("en_US.UTF-8")."""
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name, "")
        if value:
            language = value.split(".")[0].split("@")[0]
            territory = language.split("_")[1].upper() if "_" in language else ""
            if territory in MONTH_FIRST:
                return "mdy"
            if territory in YEAR_FIRST:
                return "ymd"
            return "dmy"
    return "dmy"


def current_order() -> Order:
    return _order or environment_order()


def format_day(day: date, order: Order | None = None) -> str:
    """"Wed 2 Dec 2026" (or the locale's order of it; see the module docstring)."""
    weekday, month = weekday_name(day), month_name(day)
    order = order or current_order()
    if order == "mdy":
        return f"{weekday} {month} {day.day}, {day.year}"
    if order == "ymd":
        return f"{weekday} {day.year} {month} {day.day}"
    return f"{weekday} {day.day} {month} {day.year}"


def format_moment(moment: datetime, order: Order | None = None) -> str:
    """A moment in this computer's time zone, to the minute: "Wed 2 Dec 2026 08:58"."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_day(local.date(), order)} {local:%H:%M}"


def format_span(start: date, end: date, order: Order | None = None) -> str:
    """"Mon 30 Nov 2026 – Sun 6 Dec 2026", or one day when start is end."""
    if start == end:
        return format_day(start, order)
    return f"{format_day(start, order)} – {format_day(end, order)}"
