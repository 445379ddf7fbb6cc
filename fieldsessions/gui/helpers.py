"""Small helpers of the window's modules: translated templates, readable dates, late results."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QLocale, QObject


def fill(template: str, *values: object) -> str:
    """Put values into a translated template's %1, %2, ... (like QString.arg, all at once, so a
    value that itself contains "%2" is left alone)."""
    return re.sub(r"%(\d+)", lambda m: str(values[int(m[1]) - 1])
                  if 0 < int(m[1]) <= len(values) else m[0], template)


def count_text(count: int, one: str, many: str) -> str:
    """A translated count in words: `one` ("1 session") for 1, else `many` ("%1 sessions")."""
    return fill(one if count == 1 else many, count)


def day_format() -> str:
    """The one date format of the window, from the user's locale: its long date form with the
    weekday and month names shortened ('Tue 24 Nov 2026' in most places, 'Tue Nov 24, 2026' in
    the US, 'Di. 24. Nov. 2026' in Germany). A month name, never numbers only, so 03/04 is not
    read as two different days; the day-month order is the user's. Every date shown and every
    date field use it (format_day, the date edits)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return re.sub(r"ddd,\s*", "ddd ", pattern)


def format_day(day: date) -> str:
    """A date the way a facilitator reads it, in the window's one format (day_format)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), day_format())


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """`callback`, dropped once `owner` is deleted: a worker result that arrives after its
    window was closed (at exit, or a dialog closed early) must not touch deleted widgets."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call
