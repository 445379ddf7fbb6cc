"""Paper round trip: match the pages read by fieldsessions.paper to the roll, then write them.

`plan` pairs each read row with the person printed on it (the page's code says which sheet
rows it holds and a fingerprint of who was on them) and with the mark already on the laptop.
A page whose session is not here is refused with a sentence; so is one whose people are no
longer together on the roll as printed (one of them removed, someone put among them). People
added or removed before them only move them: they are found by the page's fingerprint.

`accept` writes, in ONE transaction for all pages, only the marks read clearly for people
still pending: a mark already taken on the laptop is never overwritten, whatever the
paper says; doubtful rows and conflicts are left for a person, unless the person reviewing
the page chose a mark for them (`choices`, from the review screen). Each page is written through
attendance's own path (history reason "paper sheet, page N", queued for sync), and its image
is kept in a "paper-sheets" folder beside the data file as evidence.

A tick-off template's page is planned box by box (`PlannedTick`: one participant, one
outcome): its outcome columns must still be the session's (the code's fingerprint of their
ids), its people are found as a sheet's are. Accept writes, through the outcome grid's own
service (outcomes.tick_many, one call per page), only clear ticks of boxes never set on the
laptop; a box whose tick on the laptop differs from the paper (ticked there, empty on paper,
or the other way round) is a conflict and is kept as the laptop has it unless the person
chose a value for it (`tick_choices`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldsessions.core.dates import format_day
from fieldsessions.core.errors import NotFoundError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.outcomes import TickChange
from fieldsessions.core.records import MarkChange, session_code
from fieldsessions.db.models import OutcomeTick, database
from fieldsessions.paper.reader import (
    PageReading,
    Refusal,
    encode_evidence,
    encode_jpeg,
    walk_in_crop,
)
from fieldsessions.reports.sheet_layout import TICKOFF, PageCode, fingerprint
from fieldsessions.services import attendance, outcomes, participants, report_data
from fieldsessions.services.common import get_session

EVIDENCE_FOLDER = "paper-sheets"


@dataclass(frozen=True)
class PlannedMark:
    """One row of a page: who, what the paper says, what the laptop has.

    Attributes:
        row: the sheet row number. participant_id, name, external_id: who is on it.
        read: the status read (None: no box marked). doubtful, confidence, note: as read.
        current: the status on the laptop now (None: pending).
    """

    row: int
    participant_id: str
    name: str
    external_id: str
    read: str | None
    doubtful: bool
    confidence: float
    note: str
    current: str | None
    # (source, read, doubtful) on each copy of the page, when the copies differ on this row
    copies: tuple[tuple[str, str | None, bool], ...] = ()

    @property
    def conflict(self) -> bool:
        """The paper and the laptop both have a mark, and they differ."""
        return self.read is not None and self.current is not None and self.read != self.current

    @property
    def unmarked(self) -> bool:
        """No box marked on the paper and no mark on the laptop: a person decides."""
        return (self.read is None and not self.doubtful and self.current is None
                and not self.copies)

    @property
    def writable(self) -> bool:
        """Read clearly, alike on every copy of the page, and the person is still pending."""
        return (self.read is not None and not self.doubtful and self.current is None
                and not self.copies)


@dataclass(frozen=True)
class PlannedTick:
    """One outcome box of a tick-off page: who, which outcome, what the paper and the laptop say.

    Attributes:
        row: the template row number. participant_id, name, external_id: who is on it.
        outcome_id, outcome_number (as printed, 1-based), outcome_title: which outcome.
        read: the box is ticked on paper (a doubtful box: the likelier reading).
        doubtful, confidence, note: as read.
        current: the tick on the laptop (None: never set there).
    """

    row: int
    participant_id: str
    name: str
    external_id: str
    outcome_id: str
    outcome_number: int
    outcome_title: str
    read: bool
    doubtful: bool
    confidence: float
    note: str
    current: bool | None
    # (source, read, doubtful) on each copy of the page, when the copies differ on this box
    copies: tuple[tuple[str, bool, bool], ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return self.participant_id, self.outcome_id

    @property
    def conflict(self) -> bool:
        """The laptop has this box set, and the paper says otherwise."""
        return self.current is not None and self.current != self.read

    @property
    def writable(self) -> bool:
        """Ticked clearly on paper, alike on every copy, and never set on the laptop."""
        return self.read and not self.doubtful and self.current is None and not self.copies


@dataclass(frozen=True)
class PagePlan:
    """A page matched to its session's roll (a tick-off page: `ticks`, no `marks`)."""

    reading: PageReading
    session_label: str
    marks: tuple[PlannedMark, ...]
    moved: int = 0  # rows the page's people moved on the roll since it was printed
    ticks: tuple[PlannedTick, ...] = ()
    copies: tuple[str, ...] = ()  # the sources of every copy of this page, when read twice+

    @property
    def tickoff(self) -> bool:
        return self.reading.code.kind == TICKOFF

    @property
    def session_id(self) -> str:
        return self.reading.code.session_id

    @property
    def page(self) -> int:
        return self.reading.code.page


def _label(session_id: str) -> str:
    header = report_data.attendance_sheet(session_id).session
    # The day as every screen writes it (core.dates: the user's language and order).
    parts = [header.programme_name, f"{format_day(header.local_date)} {header.start:%H:%M}"]
    if header.heading:
        parts.append(header.heading)
    return " · ".join(parts)


def _where_now(rows: Sequence[Any], code: PageCode) -> int | None:
    """Where the page's people start on the roll now (0-based): where they were printed, or,
    when people were added or removed before them since, wherever the same people stand
    together in the same order (the page's fingerprint says who they were)."""
    count = code.row_count

    def matches(start: int) -> bool:
        block = rows[start:start + count]
        return (len(block) == count
                and fingerprint([row.participant_id for row in block]) == code.fingerprint)

    printed = code.first_row - 1
    if matches(printed):
        return printed
    return next((start for start in range(len(rows) - count + 1) if matches(start)), None)


def plan(reading: PageReading) -> PagePlan | Refusal:
    """Match one read page to the roll of its session, or refuse it with a sentence."""
    code = reading.code
    try:
        get_session(code.session_id)
    except NotFoundError:
        return Refusal(reading.source, fill(
            tr("%1 is the sheet of session %2, which is not on this laptop: sync first, or read "
               "it on the laptop it was printed from."),
            reading.source, session_code(code.session_id)))
    if code.kind == TICKOFF:
        return _plan_ticks(reading)
    sheet = report_data.attendance_sheet(code.session_id)
    start = _where_now(sheet.rows, code)
    if start is None:
        return Refusal(reading.source, fill(
            tr("The people on %1 are no longer together on the session's roll as they were "
               "printed (someone among them was removed or added, or renamed), so its rows "
               "cannot be matched safely: type these marks in, or print a new sheet."),
            reading.source))
    rows = sheet.rows[start:start + code.row_count]
    marks = tuple(
        PlannedMark(row=read.row, participant_id=person.participant_id, name=person.name,
                    external_id=person.external_id, read=read.status, doubtful=read.doubtful,
                    confidence=read.confidence, note=read.note, current=person.status)
        for read, person in zip(reading.rows, rows, strict=True)
    )
    return PagePlan(reading, _label(code.session_id), marks, start - (code.first_row - 1))


def plan_all(readings: Sequence[PageReading]) -> tuple[list[PagePlan], list[Refusal]]:
    """`plan` for every page, then `compare_copies`: the plans in session and page order,
    and the pages refused."""
    plans: list[PagePlan] = []
    refused: list[Refusal] = []
    for reading in readings:
        planned = plan(reading)
        if isinstance(planned, Refusal):
            refused.append(planned)
        else:
            plans.append(planned)
    plans = compare_copies(plans)
    plans.sort(key=lambda p: (p.session_label, p.session_id, p.page))
    return plans, refused


def compare_copies(plans: Sequence[PagePlan]) -> list[PagePlan]:
    """The plans, with the copies of one page (the same session, kind and page read more than
    once: scanned twice, or a photocopy ticked too) compared row by row. Rows read alike stay
    as they are (the first written, the others then already on the laptop); rows read
    differently (or doubtful on one copy only) carry every copy's reading (`copies`) and are
    never written as read: a person decides, whichever copy came first."""
    groups: dict[tuple[str, str, int], list[int]] = {}
    for index, item in enumerate(plans):
        groups.setdefault((item.session_id, item.reading.code.kind, item.page), []).append(index)
    result = list(plans)
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        group = [plans[i] for i in indexes]
        sources = tuple(item.reading.source for item in group)
        marks: dict[str, list[tuple[str, str | None, bool]]] = {}
        ticks: dict[tuple[str, str], list[tuple[str, bool, bool]]] = {}
        for item in group:
            source = item.reading.source
            for mark in item.marks:
                marks.setdefault(mark.participant_id, []).append(
                    (source, mark.read, mark.doubtful))
            for tick in item.ticks:
                ticks.setdefault(tick.key, []).append((source, tick.read, tick.doubtful))

        def differ(readings: Sequence[tuple[str, Any, bool]]) -> bool:
            return len({(value, doubtful) for _source, value, doubtful in readings}) > 1

        for i, item in zip(indexes, group, strict=True):
            result[i] = replace(item, copies=sources, marks=tuple(
                replace(m, copies=tuple(marks[m.participant_id]))
                if differ(marks[m.participant_id]) else m for m in item.marks),
                ticks=tuple(replace(t, copies=tuple(ticks[t.key])) if differ(ticks[t.key])
                            else t for t in item.ticks))
    return result


def _stored_ticks(session_id: str) -> dict[tuple[str, str], bool]:
    """Every tick set on the laptop for the session: (participant id, outcome id) -> value."""
    return {(pid, oid): bool(achieved) for pid, oid, achieved in OutcomeTick.select(
        OutcomeTick.participant, OutcomeTick.outcome, OutcomeTick.achieved
    ).where(OutcomeTick.session == session_id).tuples()}


def _plan_ticks(reading: PageReading) -> PagePlan | Refusal:
    """A tick-off page matched to its session's outcomes and roll (the session exists)."""
    code = reading.code
    template = report_data.tickoff_template(code.session_id)
    first = code.first_outcome - 1
    columns = template.outcomes[first:first + code.outcome_count] if first >= 0 else ()
    if (len(columns) != code.outcome_count
            or fingerprint([o.outcome_id for o in columns]) != code.outcomes):
        return Refusal(reading.source, fill(
            tr("The outcome list of the session has changed since %1 was printed (an outcome "
               "added, dropped or moved), so its columns cannot be matched safely: tick these "
               "outcomes on the Outcomes tab, or print a new tick-off template."),
            reading.source))
    start = _where_now(template.rows, code)
    if start is None:
        return Refusal(reading.source, fill(
            tr("The people on %1 are no longer together on the session's roll as they were "
               "printed (someone among them was removed or added, or renamed), so its rows "
               "cannot be matched safely: type these ticks in, or print a new template."),
            reading.source))
    stored = _stored_ticks(code.session_id)
    ticks = tuple(
        PlannedTick(row=read.row, participant_id=person.participant_id, name=person.name,
                    external_id=person.external_id, outcome_id=outcome.outcome_id,
                    outcome_number=code.first_outcome + column, outcome_title=outcome.title,
                    read=box.ticked, doubtful=box.doubtful, confidence=box.confidence,
                    note=box.note,
                    current=stored.get((person.participant_id, outcome.outcome_id)))
        for read, person in zip(reading.ticks, template.rows[start:start + code.row_count],
                                strict=True)
        for column, (box, outcome) in enumerate(zip(read.boxes, columns, strict=True))
    )
    return PagePlan(reading, _label(code.session_id), (), start - (code.first_row - 1), ticks)


@dataclass(frozen=True)
class WalkInEntry:
    """A handwritten walk-in row as a person typed it in from its crop on the review screen.

    Attributes:
        name: the name written. id_or_phone: what was written beside it ("their ID or
            phone", the sheet asks): a phone number when it looks like one, else an ID (a
            person already here with that ID is found, not added twice).
        status: the mark for the session (None: the person is added with no mark).
    """

    name: str
    id_or_phone: str
    status: str | None

    def participant(self) -> participants.ParticipantInput:
        written = self.id_or_phone.strip()
        if _PHONE.fullmatch(written):
            return participants.ParticipantInput(name=self.name, phone=written)
        return participants.ParticipantInput(name=self.name, external_id=written or None)


_PHONE = re.compile(r"\+?[\d\s\-().]{7,}")


@dataclass(frozen=True)
class Accepted:
    """What `accept` wrote for one page, and where its image was kept."""

    plan: PagePlan
    changes: tuple[MarkChange, ...]
    evidence: Path
    walk_ins: tuple[participants.WalkInResult, ...] = ()
    ticks: tuple[TickChange, ...] = ()  # a tick-off page's
    walk_in_crops: Mapping[int, Path] = field(default_factory=dict)  # line -> its crop kept


def evidence_folder() -> Path:
    """The folder beside the data file where page images are kept."""
    return Path(str(database.database)).resolve().parent / EVIDENCE_FOLDER


def accept(plans: Sequence[PagePlan], *, by: str | None = None,
           now: datetime | None = None,
           choices: Sequence[Mapping[str, str | None]] | None = None,
           walk_ins: Sequence[Sequence[WalkInEntry]] | None = None,
           tick_choices: Sequence[Mapping[tuple[str, str], bool]] | None = None,
           ) -> list[Accepted]:
    """Write every page's clear marks for people still pending, in one transaction.

    `choices` (one mapping per plan, participant id -> status, or None for "write nothing")
    are what a person decided on the review screen: a chosen status is written even over a
    mark on the laptop (the person saw both), None leaves the row alone; rows not chosen
    follow the rule above. The marks on the laptop are read again inside the transaction, so
    a mark taken since the plan was made is not overwritten either, chosen or not.
    `walk_ins` (one sequence per plan) adds the people typed in from the page's walk-in rows,
    as the Roster tab's walk-in does, in the same transaction. `tick_choices` (one mapping
    per plan, (participant id, outcome id) -> ticked) are a tick-off page's decisions, kept
    the same way. Page images are written first and removed again if the transaction fails.
    """
    decided: Sequence[Mapping[str, str | None]] = choices or [{} for _ in plans]
    typed: Sequence[Sequence[WalkInEntry]] = walk_ins or [() for _ in plans]
    toggled: Sequence[Mapping[tuple[str, str], bool]] = tick_choices or [{} for _ in plans]
    if len(decided) != len(plans) or len(typed) != len(plans) or len(toggled) != len(plans):
        raise ValueError("one mapping of choices and one list of walk-ins per page plan")
    moment = now or datetime.now(UTC)
    folder = evidence_folder()
    folder.mkdir(parents=True, exist_ok=True)
    kept: list[Path] = []  # every file written, removed again if the writing fails
    pages: list[Path] = []
    crops: list[dict[int, Path]] = []
    try:
        for item in plans:
            stem = f"{item.session_id}-page{item.page}-{moment:%Y%m%dT%H%M%S%fZ}"
            if folder / f"{stem}.jpg" in pages:  # the same page given twice
                stem = f"{stem}-{len(pages) + 1}"
            target = folder / f"{stem}.jpg"
            target.write_bytes(encode_evidence(item.reading.page))
            kept.append(target)
            pages.append(target)
            written_in: dict[int, Path] = {}
            for row in item.reading.walk_ins:  # the walk-in rows as written, to type in later
                crop = folder / f"{stem}-walk-in{row.line}.jpg"
                crop.write_bytes(encode_jpeg(walk_in_crop(item.reading, row), crop.name))
                kept.append(crop)
                written_in[row.line] = crop
            crops.append(written_in)
        results: list[Accepted] = []
        with database.atomic():
            for item, evidence, chosen, entries, chosen_ticks, walk_in_crops in zip(
                    plans, pages, decided, typed, toggled, crops, strict=True):
                if item.tickoff:
                    results.append(Accepted(item, (), evidence, (), tuple(
                        _write_ticks(item, chosen_ticks, by=by, now=moment))))
                    continue
                wanted = {mark.participant_id: mark.read for mark in item.marks
                          if mark.writable and mark.participant_id not in chosen}
                wanted.update({pid: status for pid, status in chosen.items()
                               if status is not None})
                planned = {mark.participant_id: mark.current for mark in item.marks}
                now_on_roll = {entry.participant_id: entry.status
                               for entry in attendance.roster(item.session_id)}
                marks = {pid: (status, None) for pid, status in wanted.items()
                         if pid in planned and pid in now_on_roll
                         and now_on_roll[pid] == planned[pid]
                         and (pid in chosen or now_on_roll[pid] is None)
                         and now_on_roll[pid] != status}
                changes = attendance.mark_many(item.session_id, marks, by=by,
                                               reason=fill(tr("paper sheet, page %1"), item.page),
                                               now=moment) if marks else []
                added = tuple(participants.walk_in(item.session_id, entry.participant(),
                                                   status=entry.status, by=by, now=moment)
                              for entry in entries)
                results.append(Accepted(item, tuple(changes), evidence, added,
                                        walk_in_crops=walk_in_crops))
        return results
    except BaseException:
        for path in kept:
            path.unlink(missing_ok=True)
        raise


def _write_ticks(item: PagePlan, chosen: Mapping[tuple[str, str], bool], *, by: str | None,
                 now: datetime) -> list[TickChange]:
    """A tick-off page's ticks through the outcome grid's service (inside accept's
    transaction): clear ticks of boxes never set, and what the person chose; a box whose tick
    on the laptop changed since the plan was made is left alone, chosen or not."""
    wanted = {tick.key: True for tick in item.ticks if tick.writable and tick.key not in chosen}
    wanted.update(chosen)
    planned = {tick.key: tick.current for tick in item.ticks}
    stored = _stored_ticks(item.session_id)
    on_roll = {entry.participant_id for entry in attendance.roster(item.session_id)}
    ticks = {key: value for key, value in wanted.items()
             if key in planned and key[0] in on_roll and stored.get(key) == planned[key]
             and (key in chosen or stored.get(key) is None)
             and stored.get(key, False) != value}
    return outcomes.tick_many(item.session_id, ticks, by=by, now=now) if ticks else []
