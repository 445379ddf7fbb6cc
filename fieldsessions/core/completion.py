"""Completion of a programme, pathways of programmes, and expiry of completions.

Completion rule of a programme, for one participant:

* Attendance: attended / programme sessions x 100 >= X, where X is the programme's completion
  minimum (None: its required attendance). Unlike the compliance *rate*, the denominator is the
  whole programme as it stands: every session that is not void and is relevant to the
  participant (it starts at or after their enrolment, or they have a mark in it), including
  sessions still to come and sessions left unmarked. Excused follows the programme's policy
  (attended / left out of the denominator / not attended). With nothing left in the
  denominator the condition holds only when X is 0.
* Optionally, all outcomes achieved: every outcome of the programme's own list (not the
  extras of single sessions) has an achieved tick in some session that is not void.
* Optionally, named required sessions attended; a required session that is cancelled or didn't
  happen is no longer required, and ids of sessions not in the programme are ignored.
* Completion date: sessions are replayed in date order, each one adding the participant's mark
  and achieved ticks in it; the participant completes on the local date of the first session
  after which every condition holds. Only sessions with a mark or an achieved tick of the
  participant are replay points, so nobody completes without having taken part. The record is a
  pure function of the current data: recomputing from scratch always gives the same records,
  and a correction that breaks the rule removes the record (`reconcile`).

Pathway: a set of programmes; members sharing a non-empty `any_group` are alternatives. It is
complete when every ungrouped member is complete and each group has at least one complete
member; its date is the latest of those completions (the earliest one within a group). A
pathway with no members is never complete.

Expiry: with a validity of N months a completion expires on completed_on + N months (the same
day number, or the month's last day when shorter). EXPIRED from that day on; EXPIRING_SOON within
`soon_days` days before it; VALID otherwise, and always VALID without a validity. A certificate
may be issued for a completion that has not expired.

As of a date (`on_date`, the `completion --as-of` and every "as of" figure): a participant has
completed on that day only when their completion date is on or before it; a completion first
met later is "not yet" then, and so is the rule's verdict (a date before anyone completed shows
nobody completed, not today's records with a past date's expiry).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from fieldsessions.core.compliance import Credit, session_credit
from fieldsessions.core.enums import ExcusedPolicy
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.facts import MarkFact, SessionFact, TickFact
from fieldsessions.core.i18n import tr

DEFAULT_SOON_DAYS = 30


@dataclass(frozen=True)
class CompletionRule:
    min_attendance: int
    excused_policy: ExcusedPolicy = ExcusedPolicy.EXCLUDED
    all_outcomes: bool = False
    required_sessions: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        required_attendance: int,
        completion_min_attendance: int | None,
        excused_policy: ExcusedPolicy,
        all_outcomes: bool,
        required_sessions: Iterable[str],
    ) -> CompletionRule:
        """The rule from a programme's columns (the minimum defaults to required attendance)."""
        minimum = (
            required_attendance if completion_min_attendance is None else completion_min_attendance
        )
        if not 0 <= minimum <= 100:
            raise ValidationError(tr("The completion attendance must be between 0 and 100 %."))
        return cls(minimum, excused_policy, all_outcomes, tuple(required_sessions))


@dataclass(frozen=True)
class CompletionCheck:
    """Where one participant stands against the completion rule."""

    participant_id: str
    met: bool
    completed_on: date | None
    attended: int
    sessions: int  # the denominator: programme sessions relevant to them
    outcomes_missing: tuple[str, ...]  # outcome ids (empty unless the rule needs outcomes)
    required_missing: tuple[str, ...]  # required session ids not attended

    @property
    def attendance_rate(self) -> float | None:
        return None if self.sessions == 0 else 100.0 * self.attended / self.sessions


@dataclass(frozen=True)
class CompletionChange:
    """What `reconcile` asks the store to do for one participant."""

    participant_id: str
    action: str  # "create" | "update" | "delete"
    completed_on: date | None


def _attendance_met(rule: CompletionRule, attended: int, denominator: int) -> bool:
    if denominator == 0:
        return rule.min_attendance == 0
    return attended * 100 >= rule.min_attendance * denominator


def check_completion(
    rule: CompletionRule,
    sessions: Sequence[SessionFact],
    marks: Mapping[str, MarkFact],
    ticks: Sequence[TickFact],
    outcome_ids: Sequence[str],
    participant_id: str,
    enrolled_at: datetime,
) -> CompletionCheck:
    """The rule for one participant; `marks` maps session id -> their mark, `ticks` are theirs."""
    # Called for every participant marked in a roll call: one pass per list, no re-checks.
    live = [s for s in sorted(sessions, key=_start_order) if not s.void]
    live_ids = {s.id for s in live}
    credits: dict[str, Credit] = {}
    denominator = 0
    policy = rule.excused_policy
    for session in live:
        mark = marks.get(session.id)
        if mark is None:
            if session.starts_at < enrolled_at:
                continue
            credit = Credit.MISSED
        else:
            credit = session_credit(mark.status, policy)
        credits[session.id] = credit
        if credit is not Credit.EXCLUDED:
            denominator += 1
    required = {sid for sid in rule.required_sessions if sid in live_ids}
    wanted_outcomes = set(outcome_ids) if rule.all_outcomes else set()
    ticks_by_session: dict[str, set[str]] = {}
    for tick in ticks:
        if tick.achieved and tick.session_id in live_ids:
            ticks_by_session.setdefault(tick.session_id, set()).add(tick.outcome_id)

    attended = 0
    attended_required: set[str] = set()
    achieved: set[str] = set()
    completed_on: date | None = None
    for session in live:
        took_part = session.id in marks
        new_ticks = ticks_by_session.get(session.id)
        if not took_part and not new_ticks:
            continue
        if took_part and credits[session.id] is Credit.ATTENDED:
            attended += 1
            if session.id in required:
                attended_required.add(session.id)
        if new_ticks:
            achieved |= new_ticks
        if (
            completed_on is None
            and _attendance_met(rule, attended, denominator)
            and attended_required >= required
            and achieved >= wanted_outcomes
        ):
            completed_on = session.local_date
    return CompletionCheck(
        participant_id=participant_id,
        met=completed_on is not None,
        completed_on=completed_on,
        attended=attended,
        sessions=denominator,
        outcomes_missing=tuple(o for o in outcome_ids if o in wanted_outcomes - achieved),
        required_missing=tuple(
            s.id for s in live if s.id in required and s.id not in attended_required
        ),
    )


def _start_order(session: SessionFact) -> tuple[datetime, str]:
    return (session.starts_at, session.id)


def reconcile(
    stored: Mapping[str, date], computed: Mapping[str, date | None]
) -> list[CompletionChange]:
    """Changes that make the stored records {participant: date} match the computed ones.

    Participants absent from `computed` are left alone (they were not recomputed).
    """
    changes: list[CompletionChange] = []
    for pid in sorted(computed):
        new = computed[pid]
        old = stored.get(pid)
        if new is None and old is not None:
            changes.append(CompletionChange(pid, "delete", None))
        elif new is not None and old is None:
            changes.append(CompletionChange(pid, "create", new))
        elif new is not None and old != new:
            changes.append(CompletionChange(pid, "update", new))
    return changes


@dataclass(frozen=True)
class PathwayMember:
    programme_id: str
    any_group: str = ""


@dataclass(frozen=True)
class PathwayProgress:
    """`missing` names programme ids still needed and groups (as 'group:NAME') with none done."""

    complete: bool
    completed_on: date | None
    missing: tuple[str, ...]


def pathway_progress(
    members: Sequence[PathwayMember], completions: Mapping[str, date]
) -> PathwayProgress:
    """Progress of one participant; `completions` maps programme id -> their completion date."""
    if not members:
        return PathwayProgress(False, None, ())
    dates: list[date] = []
    missing: list[str] = []
    groups: dict[str, list[str]] = {}
    for member in members:
        group = member.any_group.strip()
        if group:
            groups.setdefault(group, []).append(member.programme_id)
        elif member.programme_id in completions:
            dates.append(completions[member.programme_id])
        else:
            missing.append(member.programme_id)
    for group in sorted(groups):
        done = [completions[p] for p in groups[group] if p in completions]
        if done:
            dates.append(min(done))
        else:
            missing.append(f"group:{group}")
    if missing:
        return PathwayProgress(False, None, tuple(missing))
    return PathwayProgress(True, max(dates), ())


class ExpiryStatus(StrEnum):
    VALID = "valid"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"


@dataclass(frozen=True)
class Expiry:
    completed_on: date
    expires_on: date | None
    status: ExpiryStatus
    days_left: int | None  # None without a validity; negative once expired

    @property
    def certificate_eligible(self) -> bool:
        return self.status is not ExpiryStatus.EXPIRED


def expiry(
    completed_on: date, valid_months: int | None, today: date,
    soon_days: int = DEFAULT_SOON_DAYS,
) -> Expiry:
    if valid_months is None:
        return Expiry(completed_on, None, ExpiryStatus.VALID, None)
    if valid_months <= 0:
        raise ValidationError(tr("A completion stays valid for at least one month."))
    if soon_days < 0:
        raise ValidationError(tr("'Expiring soon' needs a number of days of 0 or more."))
    expires_on = completed_on + relativedelta(months=valid_months)
    days_left = (expires_on - today).days
    if days_left <= 0:
        status = ExpiryStatus.EXPIRED
    elif days_left <= soon_days:
        status = ExpiryStatus.EXPIRING_SOON
    else:
        status = ExpiryStatus.VALID
    return Expiry(completed_on, expires_on, status, days_left)


@dataclass(frozen=True)
class CompletionRow:
    """One participant of a programme: where they stand, their record and its expiry."""

    participant_id: str
    name: str
    external_id: str | None
    check: CompletionCheck
    expiry: Expiry | None  # None when there is no completion record


@dataclass(frozen=True)
class ProgrammeCompletion:
    programme_id: str
    programme_name: str
    rule: CompletionRule
    valid_months: int | None
    rows: tuple[CompletionRow, ...]

    @property
    def completed(self) -> int:
        return sum(1 for row in self.rows if row.expiry is not None)


def on_date(check: CompletionCheck, completed_on: date | None, day: date
            ) -> tuple[CompletionCheck, date | None]:
    """The rule's verdict and the completion record as they stood on `day` (module rules):
    a completion dated after `day` is not one yet."""
    if check.completed_on is not None and check.completed_on > day:
        check = replace(check, met=False, completed_on=None)
    return check, (completed_on if completed_on is not None and completed_on <= day else None)


@dataclass(frozen=True)
class ExpiryRow:
    """A completion record and its expiry, for the "expiring soon / expired" list."""

    programme_id: str
    programme_name: str
    participant_id: str
    name: str
    expiry: Expiry


@dataclass(frozen=True)
class Certificate:
    """What a completion certificate prints (rendered by the reports package)."""

    participant_id: str
    participant_name: str
    external_id: str | None
    programme_id: str
    programme_name: str
    facilitator: str
    completed_on: date
    expires_on: date | None
    attended: int
    sessions: int


@dataclass(frozen=True)
class PathwayRow:
    """One participant's progress along a pathway."""

    participant_id: str
    name: str
    progress: PathwayProgress
