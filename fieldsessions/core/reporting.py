"""Which report periods a programme owes, from its reporting frequency and session dates."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from fieldsessions.core.dates import format_day, format_span
from fieldsessions.core.enums import ReportingFrequency
from fieldsessions.core.i18n import fill, tr


@dataclass(frozen=True)
class ReportPeriod:
    """A span the facilitator must report on; `key` is stable (for storing submitted reports).

    For ReportingFrequency.EVERY_SESSION, `session_id` names the session reported on.
    """

    key: str
    start: date
    end: date
    label: str
    session_id: str | None = None


def month_name(month: int) -> str:
    """The full name of `month` (1-12) in the user's language: "December"."""
    return (tr("January", "month"), tr("February", "month"), tr("March", "month"),
            tr("April", "month"), tr("May", "month"), tr("June", "month"),
            tr("July", "month"), tr("August", "month"), tr("September", "month"),
            tr("October", "month"), tr("November", "month"), tr("December", "month"))[month - 1]


def report_periods(
    frequency: ReportingFrequency, sessions: Sequence[tuple[str, date]]
) -> list[ReportPeriod]:
    """The periods owed for `sessions` [(session id, local date)], in date order.

    Periods with no session in them are not owed (a month with no session needs no report).
    """
    ordered = sorted(sessions, key=lambda s: (s[1], s[0]))
    if not ordered:
        return []
    if frequency is ReportingFrequency.EVERY_SESSION:
        return [
            ReportPeriod(f"session:{sid}", day, day, fill(tr("Session of %1"), format_day(day)),
                         sid)
            for sid, day in ordered
        ]
    if frequency is ReportingFrequency.END:
        first, last = ordered[0][1], ordered[-1][1]
        return [ReportPeriod("end", first, last,
                             fill(tr("Final report %1"), format_span(first, last)))]
    periods: dict[str, ReportPeriod] = {}
    for _sid, day in ordered:
        if frequency is ReportingFrequency.DAILY:  # one report per day with sessions
            key = f"day:{day.isoformat()}"
            if key not in periods:
                periods[key] = ReportPeriod(key, day, day, fill(tr("Day of %1"), format_day(day)))
        elif frequency is ReportingFrequency.WEEKLY:
            monday = day - timedelta(days=day.weekday())
            year, week, _ = day.isocalendar()
            key = f"week:{year}-W{week:02d}"
            if key not in periods:
                periods[key] = ReportPeriod(
                    key, monday, monday + timedelta(days=6), fill(tr("Week %1 of %2"), week, year)
                )
        else:
            key = f"month:{day.year}-{day.month:02d}"
            if key not in periods:
                last_day = calendar.monthrange(day.year, day.month)[1]
                periods[key] = ReportPeriod(
                    key, day.replace(day=1), day.replace(day=last_day),
                    fill(tr("%1 %2", "month name and year"), month_name(day.month), day.year),
                )
    return list(periods.values())
