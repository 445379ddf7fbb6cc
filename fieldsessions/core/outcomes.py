"""Outcome lists of sessions, tick-off sheets and participants' outcome profiles.

Rules:

* A session's outcome list = the programme's outcomes (not archived, in their order) minus the
  ones this session drops, followed by the session's own outcomes (not archived, in their
  order). This list × the session's roster is the tick-off template.
* A tick is (session, participant, outcome) -> achieved. "No tick" and "achieved = False" both
  mean not achieved; re-ticking with the value already stored changes nothing.
* A participant's outcome profile: every outcome they achieved in a session that was not void,
  across programmes, with the local date of the first session in which it was achieved; an
  outcome achieved again later keeps its first date.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class OutcomeItem:
    """One outcome as shown on a tick-off sheet; `own` marks a session's extra outcome."""

    id: str
    title: str
    description: str = ""
    position: int = 0
    own: bool = False


@dataclass(frozen=True)
class TickChange:
    """One tick that changed; `previous` None means there was no tick row."""

    session_id: str
    participant_id: str
    outcome_id: str
    previous: bool | None
    achieved: bool


@dataclass(frozen=True)
class TickOffRow:
    """One participant's line: `ticks[i]` is for `TickOffSheet.outcomes[i]` (None: no tick)."""

    participant_id: str
    name: str
    external_id: str | None
    ticks: tuple[bool | None, ...]


@dataclass(frozen=True)
class TickOffSheet:
    """The tick-off template of one session (filled with the ticks recorded so far)."""

    session_id: str
    programme_id: str
    programme_name: str
    local_date: date
    local_start: str
    local_end: str
    title: str
    topic: str
    location: str
    facilitator: str
    outcomes: tuple[OutcomeItem, ...]
    rows: tuple[TickOffRow, ...]


@dataclass(frozen=True)
class AchievedTick:
    """An achieved tick with where it happened (input of `outcome_profile`)."""

    programme_id: str
    programme_name: str
    outcome_id: str
    outcome_title: str
    session_id: str
    local_date: date


@dataclass(frozen=True)
class ProfileEntry:
    programme_id: str
    programme_name: str
    outcome_id: str
    outcome_title: str
    achieved_on: date
    session_id: str


def session_outcome_list(
    programme_outcomes: Sequence[OutcomeItem],
    dropped: Collection[str],
    own: Sequence[OutcomeItem],
) -> list[OutcomeItem]:
    """Programme outcomes minus the dropped ones, then the session's own, each in order."""
    inherited = sorted(
        (o for o in programme_outcomes if o.id not in dropped), key=lambda o: (o.position, o.id)
    )
    extra = sorted(own, key=lambda o: (o.position, o.id))
    return [*inherited, *extra]


def tick_row(
    participant_id: str, name: str, external_id: str | None,
    outcomes: Sequence[OutcomeItem], ticks: dict[str, bool],
) -> TickOffRow:
    return TickOffRow(participant_id, name, external_id, tuple(ticks.get(o.id) for o in outcomes))


def outcome_profile(achieved: Iterable[AchievedTick]) -> list[ProfileEntry]:
    """First achievement of each outcome, ordered by date then programme and outcome title."""
    first: dict[str, AchievedTick] = {}
    for tick in achieved:
        known = first.get(tick.outcome_id)
        if known is None or (tick.local_date, tick.session_id) < (known.local_date,
                                                                   known.session_id):
            first[tick.outcome_id] = tick
    entries = [
        ProfileEntry(t.programme_id, t.programme_name, t.outcome_id, t.outcome_title,
                     t.local_date, t.session_id)
        for t in first.values()
    ]
    return sorted(entries, key=lambda e: (e.achieved_on, e.programme_name.casefold(),
                                          e.outcome_title.casefold(), e.outcome_id))
