"""How numbers, dates and statuses are written in printed reports (one place, one style)."""

from __future__ import annotations

from datetime import date, datetime

from fieldsessions.core import dates
from fieldsessions.core.i18n import QT_TR_NOOP, decimal

# Marked for translation: write them with core.i18n.translated(label).
COMPLIANCE_LABELS = {
    "non_compliant": QT_TR_NOOP("Non-compliant"),
    "at_risk": QT_TR_NOOP("At risk"),
    "compliant": QT_TR_NOOP("Compliant"),
    "not_yet_assessed": QT_TR_NOOP("Not yet assessed"),  # nothing counted yet (core.compliance)
}
COMPLIANCE_ORDER = {"non_compliant": 0, "at_risk": 1, "compliant": 2, "not_yet_assessed": 3}
EXCUSED_POLICY_LABELS = {
    "attended": QT_TR_NOOP("excused counts as attended"),
    "excluded": QT_TR_NOOP("excused is left out of the rate"),
    "absent": QT_TR_NOOP("excused counts as absent"),
}


def percent(value: float | None) -> str:
    """"83.3 %", "100 %", or "—" for no value (the decimal separator of the user's language)."""
    if value is None:
        return "—"
    return f"{decimal(value, 1)} %"


def hours(value: float | None) -> str:
    """"12.5", "3", or "—" for no value (no budget)."""
    if value is None:
        return "—"
    return decimal(value, 2)


def long_date(day: date) -> str:
    """A date on paper: the app's one date form (core.dates), "Wed 2 Dec 2026"."""
    return dates.format_day(day)


def stamp(moment: datetime) -> str:
    """A local date and time to the minute: "Wed 2 Dec 2026 08:58"."""
    return dates.format_moment(moment)
