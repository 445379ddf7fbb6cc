"""A participant's page (outcome profile across programmes, pathway progress) and pathways.

The rules are core.outcomes.outcome_profile and core.completion.pathway_progress, reached
through services.outcomes and services.completion; this module puts them in the words a screen
or a command shows: programme names instead of ids, "any one of ..." for alternatives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from fieldsessions.core.completion import PathwayProgress
from fieldsessions.core.errors import NotFoundError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.outcomes import ProfileEntry
from fieldsessions.db.models import Pathway, PathwayProgramme, Programme
from fieldsessions.services import completion, outcomes
from fieldsessions.services.common import get_participant


@dataclass(frozen=True)
class PathwayInfo:
    """A pathway and what it needs: `needs` lists each required programme's name, and for a
    group of alternatives 'any one of: A, B'."""

    id: str
    name: str
    needs: tuple[str, ...]
    programme_ids: tuple[str, ...]


@dataclass(frozen=True)
class PathwayStanding:
    """One participant on one pathway: complete (and when), else what is still missing."""

    pathway_id: str
    name: str
    complete: bool
    completed_on: date | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ParticipantPage:
    participant_id: str
    name: str
    external_id: str | None
    outcomes: tuple[ProfileEntry, ...]
    pathways: tuple[PathwayStanding, ...]


def _names(programme_ids: Sequence[str]) -> dict[str, str]:
    return dict(Programme.select(Programme.id, Programme.name)
                .where(Programme.id.in_(list(programme_ids))).tuples())


def _group_text(programmes: Sequence[str], names: dict[str, str]) -> str:
    return fill(tr("any one of: %1"), ", ".join(names.get(p, p) for p in programmes))


def list_pathways(programme_id: str | None = None) -> list[PathwayInfo]:
    """Every pathway (or those `programme_id` is part of), by name."""
    members: dict[str, list[tuple[str, str]]] = {}
    for pathway_id, prog, group in (PathwayProgramme.select(
            PathwayProgramme.pathway, PathwayProgramme.programme, PathwayProgramme.any_group)
            .order_by(PathwayProgramme.id).tuples()):
        members.setdefault(pathway_id, []).append((prog, group.strip()))
    names = _names([prog for found in members.values() for prog, _group in found])
    result = []
    for pathway in Pathway.select().order_by(Pathway.name):
        found = members.get(pathway.id, [])
        if programme_id is not None and programme_id not in {p for p, _g in found}:
            continue
        needs: list[str] = []
        groups: dict[str, list[str]] = {}
        for prog, group in found:
            if group:
                if group not in groups:
                    needs.append(f"group:{group}")
                groups.setdefault(group, []).append(prog)
            else:
                needs.append(names.get(prog, prog))
        shown = tuple(_group_text(groups[n[6:]], names) if n.startswith("group:") else n
                      for n in needs)
        result.append(PathwayInfo(pathway.id, pathway.name, shown,
                                  tuple(p for p, _g in found)))
    return result


def _missing_text(pathway_id: str) -> dict[str, str]:
    """A pathway's missing-item codes (programme ids, 'group:NAME') -> the words shown."""
    groups: dict[str, list[str]] = {}
    programme_ids = []
    for prog, group in (PathwayProgramme.select(PathwayProgramme.programme,
                                                PathwayProgramme.any_group)
                        .where(PathwayProgramme.pathway == pathway_id)
                        .order_by(PathwayProgramme.id).tuples()):
        programme_ids.append(prog)
        if group.strip():
            groups.setdefault(group.strip(), []).append(prog)
    names = _names(programme_ids)
    words = {prog: names.get(prog, prog) for prog in programme_ids}
    words.update({f"group:{g}": _group_text(progs, names) for g, progs in groups.items()})
    return words


def _standing(pathway_id: str, name: str, progress: PathwayProgress) -> PathwayStanding:
    words = _missing_text(pathway_id)
    return PathwayStanding(pathway_id, name, progress.complete, progress.completed_on,
                           tuple(words.get(m, m) for m in progress.missing))


def participant_page(participant_ref: str) -> ParticipantPage:
    """What a participant achieved across programmes, and where they stand on each pathway."""
    person = get_participant(participant_ref)
    standings = tuple(
        _standing(p.id, p.name, completion.pathway_progress_of(p.id, person.id))
        for p in list_pathways())
    return ParticipantPage(person.id, person.name, person.external_id,
                           tuple(outcomes.participant_profile(person.id)), standings)


@dataclass(frozen=True)
class PersonStanding:
    participant_id: str
    name: str
    standing: PathwayStanding


def pathway_status(pathway_ref: str) -> list[PersonStanding]:
    """Everyone booked in (or having completed) a programme of the pathway: complete first."""
    known = list_pathways()
    wanted = pathway_ref.strip().casefold()
    found = ([p for p in known if p.id == pathway_ref]
             or [p for p in known if p.name.strip().casefold() == wanted])
    if not found:
        raise NotFoundError(fill(tr("No pathway %1."), repr(pathway_ref)))
    if len(found) > 1:
        raise NotFoundError(fill(tr("More than one pathway is called %1; use its id."),
                                 repr(pathway_ref)))
    pathway = found[0]
    return [PersonStanding(row.participant_id, row.name,
                           _standing(pathway.id, pathway.name, row.progress))
            for row in completion.pathway_status(pathway.id)]
