"""App-wide enumerations, one place for every fixed vocabulary of the domain."""

from __future__ import annotations

from enum import StrEnum


class AttendanceStatus(StrEnum):
    """What a facilitator records for one participant in one session.

    "Pending" is not a status: it is the absence of an attendance row.
    """

    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def attended(self) -> bool:
        """Late counts as attended; excused depends on the programme's policy."""
        return self in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


PENDING = "pending"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class EnrolmentStatus(StrEnum):
    BOOKED = "booked"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class Frequency(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    RRULE = "rrule"


class MonthlyMode(StrEnum):
    """How a monthly or quarterly programme picks its day."""

    BY_DATE = "by_date"  # the same day number each month (31st -> last day of short months)
    BY_WEEKDAY = "by_weekday"  # e.g. the 2nd Tuesday; week -1 means the last one


class ExcusedPolicy(StrEnum):
    """How an excused absence counts towards the attendance rate."""

    ATTENDED = "attended"  # counts as attended
    EXCLUDED = "excluded"  # left out of the denominator
    ABSENT = "absent"  # counts as absent


class ReportingFrequency(StrEnum):
    EVERY_SESSION = "every_session"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    END = "end"


class OutboxState(StrEnum):
    PENDING = "pending"
    ACKED = "acked"
    REJECTED = "rejected"
