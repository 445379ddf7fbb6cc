"""What a facilitator sets up once: a programme's schedule and rules, as one validated value."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, time

from fieldsessions.core import values
from fieldsessions.core.enums import ExcusedPolicy, Frequency, MonthlyMode, ReportingFrequency
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.recurrence import Occurrence, Recurrence, schedule

# http(s), a host with a dot in it (or localhost), then anything without spaces.
_WEB_ADDRESS = re.compile(r"^https?://(localhost|[^\s/?#@:]+\.[^\s/?#@:]+)(:\d+)?([/?#]\S*)?$",
                          re.IGNORECASE)


@dataclass(frozen=True)
class ProgrammeSpec:
    """Everything the New/Edit programme dialog and `programme add` collect."""

    name: str
    frequency: Frequency
    start_date: date
    weekdays: tuple[int, ...] = ()
    until: date | None = None
    count: int | None = None
    monthly_mode: MonthlyMode = MonthlyMode.BY_DATE
    week_of_month: int | None = None
    rrule: str | None = None
    excluded_dates: tuple[date, ...] = ()
    start_time: time = time(9, 0)
    duration_min: int = 60
    timezone: str = "UTC"
    location: str = ""
    online_url: str = ""
    capacity: int | None = None
    required_attendance: int = 80
    excused_policy: ExcusedPolicy = ExcusedPolicy.EXCLUDED
    consecutive_absence_limit: int = 3
    topics: tuple[str, ...] = ()
    topic_tracking: bool = False
    outcomes: tuple[str, ...] = ()
    hours_budget: float | None = None
    expiry_months: int | None = None
    reporting_frequency: ReportingFrequency = ReportingFrequency.EVERY_SESSION
    facilitator: str = ""
    description: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def recurrence(self) -> Recurrence:
        return Recurrence(
            frequency=self.frequency, start=self.start_date, weekdays=self.weekdays,
            until=self.until, count=self.count, monthly_mode=self.monthly_mode,
            week_of_month=self.week_of_month, rrule=self.rrule,
            excluded=frozenset(self.excluded_dates),
        )

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError(tr("A programme needs a name."))
        if len(self.name) > 200:
            raise ValidationError(tr("A programme name is at most 200 characters."))
        if self.online_url.strip() and not _WEB_ADDRESS.match(self.online_url.strip()):
            raise ValidationError(fill(
                tr("The online link %1 is not a web address; give the whole link, starting "
                   "with https://."), repr(self.online_url)))
        if not 0 <= self.required_attendance <= 100:
            raise ValidationError(tr("Required attendance is a percentage from 0 to 100."))
        if self.capacity is not None and self.capacity < 1:
            raise ValidationError(tr("Capacity must be at least 1 (or left empty for no limit)."))
        if self.consecutive_absence_limit < 1:
            raise ValidationError(tr("The consecutive-absence alert needs a limit of at least 1."))
        if self.hours_budget is not None and not math.isfinite(self.hours_budget):
            raise ValidationError(tr("An hours budget must be a number of hours."))
        if self.hours_budget is not None and self.hours_budget < 0:
            raise ValidationError(tr("An hours budget cannot be negative."))
        if self.expiry_months is not None and self.expiry_months < 1:
            raise ValidationError(tr("Expiry is at least 1 month (or empty for never)."))
        if any(not o.strip() for o in self.outcomes):
            raise ValidationError(tr("An outcome cannot be empty."))
        values.check_timezone(self.timezone)
        values.check_day(self.start_date, tr("start date"))
        if self.until is not None:
            values.check_day(self.until, tr("end date"))
        for day in self.excluded_dates:
            values.check_day(day, tr("excluded date"))
        values.check_week_of_month(self.week_of_month)
        if self.frequency is Frequency.RRULE:
            values.check_rrule(self.rrule or "")
        self.recurrence().validate()

    def occurrences(self) -> list[Occurrence]:
        """The sessions this programme schedules (validated first)."""
        self.validate()
        found = schedule(self.recurrence(), self.start_time, self.duration_min, self.timezone)
        if found:
            values.check_day(found[-1].local_date, tr("last session's date"))
        return found
