"""Session schedules from a programme's recurrence, on dateutil.rrule.

Rules a facilitator can rely on:

* Times are wall-clock in the programme's time zone: a 09:00 session stays at 09:00 local time
  across a daylight-saving change (its UTC instant moves instead).
* A monthly (or quarterly) rule on the 29th, 30th or 31st falls on the **last day** of months
  that are shorter, so no month is skipped silently (31 Jan -> 28/29 Feb -> 31 Mar -> 30 Apr).
* "By weekday" monthly rules take week 1-4 or -1 for "the last"; a "5th Tuesday" is refused
  because most months have none.
* Excluded dates (holidays) are skipped. With an end *by count*, the count is the number of
  sessions actually scheduled: an excluded date does not use up one of them. A raw RRULE string
  with its own COUNT keeps dateutil's meaning (excluded dates are removed after counting).
* A schedule is capped at MAX_SESSIONS occurrences, so a typo cannot create a million rows.
* Schedules are refused rather than quietly changed: dates outside FIRST_DATE..LAST_DATE; an
  RRULE that repeats more often than daily (FREQ=HOURLY, MINUTELY, SECONDLY) or puts two
  sessions on one day; an RRULE with its own COUNT or UNTIL *and* an end given beside it (one
  of them would be ignored); a once-off with an end date or a count; a schedule left with no
  session at all (every date excluded). `unused_exclusions` lists excluded dates the schedule
  never reaches, for a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as rr

from fieldsessions.core import values
from fieldsessions.core.enums import Frequency, MonthlyMode
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr

MAX_SESSIONS = 5000
# The years every laptop and the server can hold (the server-hardening branch's core/values.py
# FIRST_YEAR..LAST_YEAR; one rule once both are merged).
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2200, 12, 31)
_SUB_DAILY = re.compile(r"(^|;)\s*FREQ\s*=\s*(HOURLY|MINUTELY|SECONDLY)\s*(;|$)", re.IGNORECASE)
_OWN_END = re.compile(r"(^|;)\s*(COUNT|UNTIL)\s*=", re.IGNORECASE)

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY_ALIASES = {
    **{name: i for i, name in enumerate(WEEKDAY_NAMES)},
    **{
        full: i
        for i, full in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    "tues": 1, "wednes": 2, "thur": 3, "thurs": 3,
}
_RRULE_WEEKDAYS = (rr.MO, rr.TU, rr.WE, rr.TH, rr.FR, rr.SA, rr.SU)


def parse_date(text: str, what: str | None = None) -> date:
    """Parse an ISO date (YYYY-MM-DD) or raise a ValidationError naming the problem. `what`
    names the value in the user's language (`tr("excluded date")`; "date" when None)."""
    text = text.strip()
    what = what or tr("date")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValidationError(fill(tr("The %1 %2 is not a date in the form YYYY-MM-DD."),
                                   what, repr(text)))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(fill(tr("The %1 %2 does not exist in the calendar."),
                                   what, repr(text))) from None


def parse_time(text: str) -> time:
    """Parse HH:MM (24-hour clock)."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError(fill(
            tr("The time %1 is not a time in the form HH:MM (00:00-23:59)."), repr(text)))
    return time(int(match[1]), int(match[2]))


def parse_weekdays(text: str) -> tuple[int, ...]:
    """Parse 'tue,thu' (names or full names, any case) into sorted weekday numbers (Mon=0)."""
    days: set[int] = set()
    for part in re.split(r"[,\s]+", text.strip().lower()):
        if not part:
            continue
        if part not in _WEEKDAY_ALIASES:
            raise ValidationError(fill(
                tr("%1 is not a weekday; use mon, tue, wed, thu, fri, sat or sun."), repr(part)))
        days.add(_WEEKDAY_ALIASES[part])
    if not days:
        raise ValidationError(tr("Name at least one weekday, for example tue,thu."))
    return tuple(sorted(days))


def format_weekdays(days: Iterable[int]) -> str:
    return ",".join(WEEKDAY_NAMES[d] for d in sorted(days))


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(fill(tr("%1 is not a known time zone (e.g. Africa/Nairobi)."),
                                   repr(name))) from None


def until_for_weeks(start: date, weeks: int) -> date:
    """The last day of a run of `weeks` whole weeks beginning on `start`."""
    if weeks < 1:
        raise ValidationError(tr("The number of weeks must be at least 1."))
    return start + timedelta(days=7 * weeks - 1)


@dataclass(frozen=True)
class Recurrence:
    """When a programme's sessions fall (dates only; times are added by `schedule`).

    Attributes:
        frequency: once-off, daily, weekly, bi-weekly, monthly, quarterly or a raw RRULE.
        start: first possible date.
        weekdays: for weekly/bi-weekly (and optionally daily): Mon=0 ... Sun=6. Empty means the
            start date's weekday.
        until: last possible date (inclusive), or None.
        count: number of sessions, or None. One of until/count is needed unless once-off or the
            RRULE carries its own end.
        monthly_mode: by date or by weekday, for monthly and quarterly.
        week_of_month: 1..4 or -1 (last), for BY_WEEKDAY; the weekday is `weekdays[0]` or the
            start date's weekday.
        rrule: an RFC 5545 RRULE (e.g. "FREQ=WEEKLY;BYDAY=MO,WE"), for Frequency.RRULE.
        excluded: dates with no session (holidays).
    """

    frequency: Frequency
    start: date
    weekdays: tuple[int, ...] = ()
    until: date | None = None
    count: int | None = None
    monthly_mode: MonthlyMode = MonthlyMode.BY_DATE
    week_of_month: int | None = None
    rrule: str | None = None
    excluded: frozenset[date] = field(default_factory=frozenset)

    def validate(self) -> None:
        for what, day in ((tr("start date"), self.start), (tr("end date"), self.until)):
            if day is not None and not FIRST_DATE <= day <= LAST_DATE:
                raise ValidationError(fill(
                    tr("The %1 %2 is outside the years %3-%4 that programmes can be scheduled "
                       "in."), what, day.isoformat(), FIRST_DATE.year, LAST_DATE.year))
        if self.frequency is Frequency.ONCE and (self.until is not None or self.count):
            raise ValidationError(tr(
                "A once-off programme has a single session; leave out the end date, number "
                "of weeks or number of sessions (or choose a repeating schedule)."))
        if self.until is not None and self.until < self.start:
            raise ValidationError(fill(tr("The end date %1 is before the start date %2."),
                                       self.until.isoformat(), self.start.isoformat()))
        if self.count is not None and not 1 <= self.count <= MAX_SESSIONS:
            raise ValidationError(fill(tr("The number of sessions must be between 1 and %1."),
                                       MAX_SESSIONS))
        if any(not 0 <= d <= 6 for d in self.weekdays):
            raise ValidationError(tr("Weekdays must be numbers 0 (Monday) to 6 (Sunday)."))
        if self.frequency is Frequency.RRULE:
            if not self.rrule or not self.rrule.strip():
                raise ValidationError(
                    tr("A custom schedule needs an RRULE, e.g. FREQ=WEEKLY;BYDAY=MO."))
            values.check_rrule(self.rrule)  # one sentence per mistake in the rule itself
            if _SUB_DAILY.search(self.rrule):
                raise ValidationError(fill(
                    tr("The RRULE %1 repeats within a day; programmes have at most one session "
                       "a day, so use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY."), repr(self.rrule)))
            if _OWN_END.search(self.rrule) and (self.count is not None or self.until):
                raise ValidationError(fill(
                    tr("The RRULE %1 has its own COUNT or UNTIL; give the end either in the "
                       "rule or as an end date / number of sessions, not both."),
                    repr(self.rrule)))
        elif (
            self.frequency is not Frequency.ONCE and self.until is None and self.count is None
        ):
            raise ValidationError(
                tr("Say when the programme ends: an end date or a number of sessions."))
        if self.monthly_mode is MonthlyMode.BY_WEEKDAY and self.frequency in (
            Frequency.MONTHLY, Frequency.QUARTERLY
        ):
            week = self.week_of_month
            if week is None or week not in (1, 2, 3, 4, -1):
                raise ValidationError(tr(
                    "For 'the Nth weekday of the month' choose week 1, 2, 3, 4 or last (-1)."))

    def _rule(self) -> rr.rrule | rr.rruleset:
        start = datetime.combine(self.start, time())
        days = self.weekdays or (self.start.weekday(),)
        until = datetime.combine(self.until, time()) if self.until else None
        f = self.frequency
        if f is Frequency.ONCE:
            return rr.rrule(rr.DAILY, dtstart=start, count=1)
        if f is Frequency.DAILY:
            byweekday = [_RRULE_WEEKDAYS[d] for d in self.weekdays] if self.weekdays else None
            return rr.rrule(rr.DAILY, dtstart=start, until=until, byweekday=byweekday)
        if f in (Frequency.WEEKLY, Frequency.BIWEEKLY):
            interval = 2 if f is Frequency.BIWEEKLY else 1
            return rr.rrule(
                rr.WEEKLY, interval=interval, dtstart=start, until=until, wkst=rr.MO,
                byweekday=[_RRULE_WEEKDAYS[d] for d in days],
            )
        if f in (Frequency.MONTHLY, Frequency.QUARTERLY):
            interval = 3 if f is Frequency.QUARTERLY else 1
            if self.monthly_mode is MonthlyMode.BY_WEEKDAY:
                assert self.week_of_month is not None
                wd = _RRULE_WEEKDAYS[days[0]](self.week_of_month)
                return rr.rrule(
                    rr.MONTHLY, interval=interval, dtstart=start, until=until, byweekday=wd
                )
            day = self.start.day
            if day >= 29:
                # The last existing day among 28..day: the 31st becomes 30 Apr, 28/29 Feb.
                return rr.rrule(
                    rr.MONTHLY, interval=interval, dtstart=start, until=until,
                    bymonthday=list(range(28, day + 1)), bysetpos=-1,
                )
            return rr.rrule(rr.MONTHLY, interval=interval, dtstart=start, until=until,
                            bymonthday=day)
        assert self.rrule is not None
        text = self.rrule.strip()
        if text.upper().startswith("RRULE:"):
            text = text[6:]
        try:
            rule = rr.rrulestr(text, dtstart=start, forceset=False, ignoretz=True)
        except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
            raise ValidationError(fill(tr("The RRULE %1 is not valid: %2."),
                                       repr(self.rrule), exc)) from None
        if until is not None and isinstance(rule, rr.rrule):
            rule = rule.replace(until=until)
        return rule

    def _no_sessions(self, made_any: bool) -> str:
        """Why a schedule made no sessions, truly: all excluded, or a rule that ends before
        its start, or one that matches no date at all."""
        if made_any:
            return tr("This schedule has no sessions: every date it makes is excluded.")
        if self.frequency is Frequency.RRULE and self.rrule:
            until = values.rrule_until(self.rrule)
            if until is not None and until < self.start:
                return fill(tr("The RRULE's UNTIL (%1) is before the start (%2), so it makes "
                               "no sessions."), until.isoformat(), self.start.isoformat())
            return fill(tr("The RRULE %1 matches no date from the start on, so it makes no "
                           "sessions."), repr(self.rrule))
        return tr("This schedule makes no sessions between its start and its end.")

    def _raw(self) -> Iterator[date]:
        for moment in self._rule():
            yield moment.date()

    def dates(self) -> list[date]:
        """The session dates, in order, excluded dates removed."""
        self.validate()
        result: list[date] = []
        made_any = False
        has_own_end = (
            self.frequency is Frequency.RRULE and self.until is None and self.count is None
        )
        for day in self._raw():
            if self.until is not None and day > self.until:
                break
            if result and day == result[-1]:
                raise ValidationError(fill(
                    tr("This schedule puts more than one session on %1; programmes have at "
                       "most one session a day."), day.isoformat()))
            made_any = True
            if day in self.excluded:
                continue
            result.append(day)
            if self.count is not None and len(result) >= self.count:
                break
            if len(result) > MAX_SESSIONS:
                if has_own_end:
                    raise ValidationError(fill(
                        tr("This RRULE never ends or makes more than %1 sessions; add UNTIL or "
                           "COUNT."), MAX_SESSIONS))
                raise ValidationError(fill(
                    tr("This schedule would make more than %1 sessions; choose an earlier end."),
                    MAX_SESSIONS))
        if not result:
            raise ValidationError(self._no_sessions(made_any))
        if result[-1] > LAST_DATE:  # worded as the server-hardening branch's check
            raise ValidationError(fill(
                tr("The last session's date %1 is outside the years %2-%3."),
                result[-1].isoformat(), FIRST_DATE.year, LAST_DATE.year))
        return result

    def unused_exclusions(self) -> list[date]:
        """Excluded dates the schedule never falls on (nothing is excluded for them)."""
        if not self.excluded:
            return []
        reached = set(self._reached())
        return sorted(d for d in self.excluded if d not in reached)

    def _reached(self) -> Iterator[date]:
        """Every date the rule falls on, excluded ones included, up to its end (an excluded
        date does not use up a count)."""
        kept = 0
        for day in self._raw():
            if self.until is not None and day > self.until:
                return
            yield day
            if day not in self.excluded:
                kept += 1
                if self.count is not None and kept >= self.count:
                    return
            if kept > MAX_SESSIONS:
                return

    def describe(self) -> str:
        """A short human description, e.g. 'weekly on tue,thu until 2027-11-23'."""
        f = self.frequency
        days = format_weekdays(self.weekdays or (self.start.weekday(),))
        if f is Frequency.ONCE:
            text = f"once on {self.start.isoformat()}"
        elif f in (Frequency.WEEKLY, Frequency.BIWEEKLY):
            text = f"{'every two weeks' if f is Frequency.BIWEEKLY else 'weekly'} on {days}"
        elif f in (Frequency.MONTHLY, Frequency.QUARTERLY):
            every = "monthly" if f is Frequency.MONTHLY else "quarterly"
            if self.monthly_mode is MonthlyMode.BY_WEEKDAY:
                week = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "last"}[self.week_of_month or 1]
                day = WEEKDAY_NAMES[(self.weekdays or (self.start.weekday(),))[0]]
                text = f"{every} on the {week} {day}"
            else:
                text = f"{every} on day {self.start.day}"
        elif f is Frequency.DAILY:
            text = "daily" + (f" on {days}" if self.weekdays else "")
        else:
            text = f"RRULE {self.rrule}"
        if f is not Frequency.ONCE:
            text += f" from {self.start.isoformat()}"
            if self.until:
                text += f" until {self.until.isoformat()}"
            if self.count:
                text += f", {self.count} sessions"
        return text


@dataclass(frozen=True)
class Occurrence:
    """One scheduled session: its local date and its UTC start and end."""

    local_date: date
    starts_at: datetime  # aware, UTC
    ends_at: datetime  # aware, UTC


def schedule(
    recurrence: Recurrence, start_time: time, duration_min: int, tz: str
) -> list[Occurrence]:
    """Turn dates into UTC instants, keeping the local wall-clock time in `tz`."""
    if duration_min <= 0 or duration_min > 24 * 60:
        raise ValidationError(tr("A session lasts between 1 minute and 24 hours."))
    zi = zone(tz)
    result = []
    for day in recurrence.dates():
        local = datetime.combine(day, start_time, tzinfo=zi)
        starts = local.astimezone(UTC)
        result.append(Occurrence(day, starts, starts + timedelta(minutes=duration_min)))
    return result


def to_local(moment: datetime, tz: str) -> datetime:
    """A stored UTC instant (aware or naive-UTC) as wall-clock time in `tz`."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone(tz))
