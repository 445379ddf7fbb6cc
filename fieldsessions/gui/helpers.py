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


def format_day(day: date) -> str:
    """A date the way a facilitator reads it: 'Tue 24 Nov 2026' (in the UI language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """`callback`, dropped once `owner` is deleted: a worker result that arrives after its
    window was closed (at exit, or a dialog closed early) must not touch deleted widgets."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call
