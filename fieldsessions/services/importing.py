"""Importing a roster file (CSV or XLSX) into participants, enrolled in a programme.

Broken rows are reported with their line number and reason and the valid rows still import, in
one transaction. People already in the store (same external ID, or same name and date of birth)
are not added twice: they are reported, and enrolled in the programme if they were not yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.records import ImportIssue, ImportReport

# The file reader is core's, shared with the server's import-roster (names kept here for the
# import dialog and tests).
from fieldsessions.core.roster_files import MAX_FILE_BYTES as MAX_FILE_BYTES
from fieldsessions.core.roster_files import csv_rows as csv_rows
from fieldsessions.core.roster_files import parse_file
from fieldsessions.core.roster_files import read_rows as read_rows
from fieldsessions.core.roster_files import xlsx_rows as xlsx_rows
from fieldsessions.core.roster_import import ParticipantRecord
from fieldsessions.db import bulk, outbox
from fieldsessions.db.models import Enrolment, Participant, database, new_id
from fieldsessions.services.common import get_programme
from fieldsessions.services.participants import booked_count, enrolment_rows


@dataclass(frozen=True)
class _Known:
    by_external: dict[str, str]
    by_person: dict[tuple[str, date], str]
    who: dict[str, tuple[str, str | None]]  # participant id -> (name, external id)


def _known() -> _Known:
    by_external: dict[str, str] = {}
    by_person: dict[tuple[str, date], str] = {}
    who: dict[str, tuple[str, str | None]] = {}
    for pid, name, ext, born in Participant.select(
        Participant.id, Participant.name, Participant.external_id, Participant.birth_date
    ).tuples():
        if ext:
            by_external[ext.casefold()] = pid
        if born:
            by_person[(name.casefold(), born)] = pid
        if ext or born:
            who[pid] = (name, ext)
    return _Known(by_external, by_person, who)


def import_roster(
    path: Path | str,
    programme_ref: str | None = None,
    *,
    data: bytes | None = None,
    mapping: dict[int, str] | None = None,
) -> ImportReport:
    """Import a roster file; enrol everyone into the programme when one is given."""
    parsed = parse_file(path, data, mapping)
    now = datetime.now(UTC)
    stamp = bulk.ts(now)
    issues: list[ImportIssue] = list(parsed.issues)
    with database.atomic():
        programme = get_programme(programme_ref) if programme_ref else None
        known = _known()
        new_rows: list[tuple[Any, ...]] = []
        queued: list[tuple[str, str, str, dict[str, Any]]] = []
        to_enrol: list[str] = []
        for record in parsed.records:
            matched = _match(known, record)
            if matched is not None:
                existing, why = matched
                issues.append(ImportIssue(record.line, _duplicate_reason(known, existing, why)))
                to_enrol.append(existing)
                continue
            pid = new_id()
            born = record.birth_date.isoformat() if record.birth_date else None
            new_rows.append((pid, record.name, record.external_id, record.phone, record.email,
                             record.gender, born, record.group_name, 0, "", stamp, stamp))
            queued.append(("participant", pid, "upsert", {
                "name": record.name, "external_id": record.external_id, "phone": record.phone,
                "email": record.email, "gender": record.gender, "birth_date": born,
                "group_name": record.group_name, "is_walk_in": False, "notes": "",
                "updated_at": outbox.jsonable(now),
            }))
            to_enrol.append(pid)
        bulk.insert_participants(new_rows)
        enrolled = waitlisted = 0
        if programme is not None:
            already = {pid for (pid,) in Enrolment.select(Enrolment.participant).where(
                (Enrolment.programme == programme.id) & (Enrolment.status != "cancelled")
            ).tuples()}
            fresh = [pid for pid in dict.fromkeys(to_enrol) if pid not in already]
            cancelled = {pid for (pid,) in Enrolment.select(Enrolment.participant).where(
                (Enrolment.programme == programme.id) & (Enrolment.status == "cancelled")
            ).tuples()}
            if cancelled & set(fresh):
                Enrolment.delete().where(
                    (Enrolment.programme == programme.id)
                    & Enrolment.participant.in_(list(cancelled & set(fresh)))
                ).execute()
            free = None if programme.capacity is None else max(
                0, programme.capacity - booked_count(programme.id))
            rows, enrolled, waitlisted = enrolment_rows(programme.id, fresh, now, free)
            bulk.insert_enrolments(rows)
            for row in rows:
                queued.append(("enrolment", row[0], "upsert", {
                    "programme_id": programme.id, "participant_id": row[2], "status": row[3],
                    "is_walk_in": False, "requested_at": outbox.jsonable(
                        Enrolment.requested_at.python_value(row[5])),
                    "hours_budget": None, "updated_at": outbox.jsonable(now),
                }))
        outbox.append_many(queued)
    issues.sort(key=lambda i: i.line)
    return ImportReport(imported=len(new_rows), enrolled=enrolled, waitlisted=waitlisted,
                        skipped=issues)


def stored_count(records: Sequence[ParticipantRecord]) -> int:
    """How many of `records` are people already stored (same external ID, or same name and
    date of birth): an import does not add them again (the preview says so)."""
    known = _known()
    return sum(1 for record in records if _match(known, record) is not None)


def _match(known: _Known, record: ParticipantRecord) -> tuple[str, str] | None:
    """(the participant already registered, why it is them: "id" or "person"), or None."""
    if record.external_id:
        found = known.by_external.get(record.external_id.casefold())
        if found:
            return found, "id"
    if record.birth_date:
        found = known.by_person.get((record.name.casefold(), record.birth_date))
        if found:
            return found, "person"
    return None


def _duplicate_reason(known: _Known, existing: str, why: str) -> str:
    """Names the person already registered (their name and ID), not the new row's ID."""
    name, ext = known.who.get(existing, (tr("someone"), None))
    if why == "id":
        if ext:
            return fill(tr("already registered as %1 (ID %2), same ID; not added again"),
                        name, ext)
        return fill(tr("already registered as %1, same ID; not added again"), name)
    if ext:
        return fill(tr("already registered as %1 (ID %2), same name and date of birth; not "
                       "added again"), name, ext)
    return fill(tr("already registered as %1, same name and date of birth; not added again"),
                name)
