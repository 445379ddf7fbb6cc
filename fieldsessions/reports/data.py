"""What the reports print: frozen plain-data records, filled by services.report_data.

Renderers (sheet, tickoff, compliance, hours, certificates, exports) take only these, so they
can be tested without a database and the GUI can build them on a worker thread. Times are the
programme's local wall-clock times; `marked_at` instants are aware UTC datetimes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from fieldsessions.core.i18n import fill, tr


@dataclass(frozen=True)
class SessionHeader:
    """The facts printed at the top of every page of a session's sheet or template.

    Attributes:
        session_id: the session's UUID, printed in words and as a QR code.
        programme_name: the programme the session belongs to.
        title: the session's title ("" when it has none).
        topic: the session's topic ("" when it has none).
        local_date: the date in the programme's time zone.
        start, end: local wall-clock start and end.
        duration_min: length in minutes.
        timezone: IANA name of the programme's time zone.
        location: where it is held ("" when online only).
        online_url: the meeting link ("" when in person only).
        facilitator: who runs it.
    """

    session_id: str
    programme_name: str
    title: str
    topic: str
    local_date: date
    start: time
    end: time
    duration_min: int
    timezone: str
    location: str
    online_url: str
    facilitator: str

    @property
    def place(self) -> str:
        """Location, link, or both."""
        return " · ".join(part for part in (self.location, self.online_url) if part)

    @property
    def heading(self) -> str:
        """Title and topic, whichever exist."""
        parts = [p for p in (self.title, self.topic) if p]
        if len(parts) == 2 and parts[0].casefold() == parts[1].casefold():
            parts = parts[:1]
        return " — ".join(parts)


@dataclass(frozen=True)
class SheetRow:
    """One pre-filled participant on an attendance sheet; `status` None means not marked."""

    participant_id: str
    external_id: str
    name: str
    status: str | None = None
    marked_by: str = ""
    marked_at: datetime | None = None
    is_walk_in: bool = False


@dataclass(frozen=True)
class AttendanceSheet:
    """A session's roll, in roster order."""

    session: SessionHeader
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class OutcomeItem:
    """One outcome of the session's tick-off list, in list order."""

    outcome_id: str
    title: str
    description: str = ""


@dataclass(frozen=True)
class TickoffRow:
    """One participant of a tick-off template and the outcome ids recorded as achieved."""

    participant_id: str
    external_id: str
    name: str
    achieved: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SessionReportPart:
    """What the facilitator reported about the session (the filled template prints it)."""

    held: bool
    didnt_happen_reason: str = ""
    topics_covered: tuple[str, ...] = ()
    notes: str = ""
    facilitator: str = ""


@dataclass(frozen=True)
class TickoffTemplate:
    """Participants x outcomes, plus the session report part.

    Attributes:
        topics: the programme's topic list (printed as boxes under "topics covered").
        report: the recorded session report, or None (printed blank).
        held: what the record shows when there is no report: True when its roll has marks
            (it took place), False when it is recorded as not having happened (with
            `didnt_happen_reason`), None when nothing says.
    """

    session: SessionHeader
    outcomes: tuple[OutcomeItem, ...]
    rows: tuple[TickoffRow, ...]
    topics: tuple[str, ...] = ()
    report: SessionReportPart | None = None
    held: bool | None = None
    didnt_happen_reason: str = ""


@dataclass(frozen=True)
class ComplianceLine:
    """One participant's attendance compliance; rates are percentages or None (nothing yet)."""

    participant_id: str
    external_id: str
    name: str
    sessions_held: int
    attended: int
    excused_excluded: int
    remaining: int
    rate: float | None
    threshold: int
    status: str  # a core.compliance.ComplianceStatus value
    max_achievable: float | None
    consecutive_absences: int
    absence_alert: bool


@dataclass(frozen=True)
class ComplianceReport:
    """A programme's compliance, non-compliant first (the builder keeps that order)."""

    programme_name: str
    generated_at: datetime
    threshold: int
    excused_policy: str
    consecutive_absence_limit: int
    sessions_with_roll: int
    sessions_to_come: int
    lines: tuple[ComplianceLine, ...]
    sessions_roll_missing: int = 0  # over, not void, nobody marked: counted once marked


@dataclass(frozen=True)
class FacilitatorHours:
    """Hours a facilitator delivered in a period (held sessions only)."""

    facilitator: str
    sessions: int
    hours: float


@dataclass(frozen=True)
class ParticipantHours:
    """A participant's hours: in the period, to the end of it, and against their budget.

    `beyond_budget` is time attended (to the period's end) that the budget could not cover.
    """

    participant_id: str
    external_id: str
    name: str
    sessions: int
    hours_in_period: float
    hours_to_date: float
    budget: float | None
    remaining: float | None
    beyond_budget: float = 0.0


@dataclass(frozen=True)
class HoursPeriod:
    """One reporting period of the hours report."""

    label: str
    start: date
    end: date
    facilitators: tuple[FacilitatorHours, ...]
    participants: tuple[ParticipantHours, ...]


@dataclass(frozen=True)
class HoursReport:
    """Hours per period, plus the whole span (or the --from/--to range) as `total`."""

    programme_name: str
    generated_at: datetime
    periods: tuple[HoursPeriod, ...]
    total: HoursPeriod
    no_sessions: bool = False  # no session of the programme falls in the range
    asked: tuple[date | None, date | None] = (None, None)  # --from and --to as given

    def bounds(self, show: Callable[[date], str] = date.isoformat) -> tuple[str, str]:
        """The range as asked: ('from 2027-01-01', ''), ('', 'until 2026-10-01'), or both
        ends of the report's span when both or neither were given."""
        start, end = self.asked
        if start and not end:
            return fill(tr("from %1", "a range with only a start"), show(start)), ""
        if end and not start:
            return "", fill(tr("until %1", "a range with only an end"), show(end))
        return show(self.total.start), show(self.total.end)

    def range_text(self, show: Callable[[date], str] = date.isoformat,
                   between: str | None = None) -> str:
        """'no sessions in this range (2027-01-01 to 2027-02-01)' (or '(from 2027-01-01)'
        when only --from was given), or "" when there are sessions."""
        if not self.no_sessions:
            return ""
        bounds = [b for b in self.bounds(show) if b]
        if between is None and len(bounds) == 2:
            text = fill(tr("%1 to %2", "a date range"), *bounds)
        else:
            text = (between or "").join(bounds)
        return fill(tr("no sessions in this range (%1)"), text)


@dataclass(frozen=True)
class Certificate:
    """One completed participant's certificate."""

    participant_id: str
    external_id: str
    name: str
    programme_name: str
    completed_on: date
    hours: float
    outcomes: tuple[str, ...]
    valid_until: date | None = None
    facilitator: str = ""


@dataclass(frozen=True)
class AttendanceRecord:
    """One exported attendance line: what funders ask for. `status` "pending" = not marked."""

    programme_name: str
    session_id: str
    session_date: date
    start: time
    end: time
    duration_min: int
    title: str
    topic: str
    location: str
    facilitator: str
    participant_id: str
    external_id: str
    participant_name: str
    status: str
    minutes: int | None
    marked_by: str
    marked_at: datetime | None


def names_in(data: object) -> list[str]:
    """The people's and programmes' names a report prints (to check the font can draw them)."""
    if isinstance(data, AttendanceSheet | TickoffTemplate):
        header = data.session
        return [header.programme_name, header.facilitator, header.title, header.topic,
                *(row.name for row in data.rows)]
    if isinstance(data, ComplianceReport):
        return [data.programme_name, *(line.name for line in data.lines)]
    if isinstance(data, HoursReport):
        return [data.programme_name, *(p.name for p in data.total.participants),
                *(f.facilitator for f in data.total.facilitators)]
    if isinstance(data, list | tuple):
        return [name for item in data for name in names_in(item)]
    if isinstance(data, Certificate):
        return [data.name, data.programme_name, *data.outcomes]
    if isinstance(data, AttendanceRecord):
        return [data.participant_name]
    return []
