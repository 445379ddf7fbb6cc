"""Session reports and the programme reports still owed.

Rules:

* Every session that is not cancelled gets a session report: held (topics covered, notes) or
  not held with a reason ("didn't happen"). A report can be written once the session has
  started. When the programme tracks topics, the topics covered must come from its topic list.
* Programme reports follow the reporting frequency (core.reporting): every session (the session
  report is the report), daily, weekly, monthly, or one at the end. Cancelled sessions are
  left out of the periods; a period with no other session owes nothing.
* Owed: for "every session", each session that has ended (not cancelled) without a session
  report; for the others, each period whose last day is before today (the programme's local
  date) without a period report. Periods still running are not owed yet.
* Due or overdue: a report owed is *due* for the first week after its period (or session)
  ended, and *overdue* after that (OVERDUE_AFTER_DAYS). A week is the slack most funders give
  and lets a facilitator write Friday's report on Monday without the app calling it late.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fieldsessions.core.enums import ReportingFrequency
from fieldsessions.core.facts import SessionFact
from fieldsessions.core.reporting import ReportPeriod, report_periods


@dataclass(frozen=True)
class SessionReportInfo:
    session_id: str
    held: bool
    didnt_happen_reason: str
    topics_covered: tuple[str, ...]
    notes: str
    facilitator: str
    updated_at: datetime
    updated_by: str


@dataclass(frozen=True)
class PeriodReportInfo:
    programme_id: str
    period_key: str
    notes: str
    submitted_at: datetime
    submitted_by: str


OVERDUE_AFTER_DAYS = 7


@dataclass(frozen=True)
class OwedReport:
    """A report not written yet; `overdue` once OVERDUE_AFTER_DAYS have passed since the
    period's last day (before that it is due)."""

    programme_id: str
    programme_name: str
    period: ReportPeriod
    overdue: bool = False


def is_overdue(period: ReportPeriod, today: date) -> bool:
    """True when the report of `period` is late, not merely due (see the module rules)."""
    return today > period.end + timedelta(days=OVERDUE_AFTER_DAYS)


def programme_periods(
    frequency: ReportingFrequency, sessions: Sequence[SessionFact]
) -> list[ReportPeriod]:
    """The report periods of a programme (cancelled sessions left out)."""
    return report_periods(frequency, [(s.id, s.local_date) for s in sessions if not s.cancelled])


def owed_periods(
    frequency: ReportingFrequency,
    sessions: Sequence[SessionFact],
    submitted: Collection[str],
    now: datetime,
    today: date,
) -> list[ReportPeriod]:
    """Periods owed: over, and with no report among `submitted` (period keys; for "every
    session", the ids of sessions with a session report)."""
    ends = {s.id: s.ends_at for s in sessions}
    owed = []
    for period in programme_periods(frequency, sessions):
        if frequency is ReportingFrequency.EVERY_SESSION:
            assert period.session_id is not None
            if now >= ends[period.session_id] and period.session_id not in submitted:
                owed.append(period)
        elif period.end < today and period.key not in submitted:
            owed.append(period)
    return owed
