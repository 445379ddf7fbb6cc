"""Completion records, certificates, expiry and pathways (rules in core.completion).

The Completion table holds one record per (programme, participant) who meets the programme's
completion rule, with the date it was first met. Records are derived data: `recompute` makes
them equal to what the rule says from the current marks, ticks and sessions (creating,
re-dating or removing records), so recomputing from scratch always gives the same records.
It runs inside the transaction of every change that can affect them (marks, ticks, session
cancelled / didn't happen / moved). Records stay on this laptop: they are not queued for
sync, because every device and the server can derive them from the synced data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from fieldsessions.core.completion import (
    Certificate,
    CompletionChange,
    CompletionCheck,
    CompletionRow,
    ExpiryRow,
    ExpiryStatus,
    PathwayMember,
    PathwayProgress,
    PathwayRow,
    ProgrammeCompletion,
    check_completion,
    expiry,
    on_date,
    pathway_progress,
    reconcile,
)
from fieldsessions.core.errors import NotFoundError, RuleError, ValidationError
from fieldsessions.core.facts import TickFact
from fieldsessions.core.i18n import fill, tr
from fieldsessions.db import bulk, outbox
from fieldsessions.db.models import (
    Completion,
    Participant,
    Pathway,
    PathwayProgramme,
    Programme,
    database,
    new_id,
)
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import get_participant, get_programme

DEFAULT_SOON_DAYS = 30


def _stored(programme_id: str, participant_ids: Sequence[str] | None = None
            ) -> dict[str, date]:
    """The completion records of a programme (of some participants only, when given: a few
    by id, so that one mark reads its own record, not the programme's)."""
    query = Completion.select(Completion.participant, Completion.completed_on).where(
        Completion.programme == programme_id)
    if participant_ids is not None and len(participant_ids) <= data.FEW:
        query = query.where(Completion.participant.in_(list(participant_ids)))
    wanted = None if participant_ids is None else set(participant_ids)
    return {pid: day for pid, day in query.tuples() if wanted is None or pid in wanted}


def _checks(
    programme: Programme, participant_ids: Sequence[str] | None
) -> dict[str, CompletionCheck]:
    """The rule for the given participants, or for everyone concerned when None: booked,
    marked, ticked or already holding a record."""
    rule = data.completion_rule(programme)
    sessions = data.session_facts(programme.id, roll=False)  # core.completion reads no roll
    enrolments = data.enrolments(programme.id, participant_ids)
    marks = data.by_participant(data.marks(programme.id, participant_ids))
    ticks_by: dict[str, list[TickFact]] = {}
    for tick in data.ticks(programme.id, participant_ids):
        ticks_by.setdefault(tick.participant_id, []).append(tick)
    if participant_ids is None:
        people = set(data.booked(programme.id)) | set(marks) | set(ticks_by)
        people |= set(_stored(programme.id))
    else:
        people = set(participant_ids)
    outcomes = data.programme_outcome_ids(programme.id)
    result = {}
    for pid in sorted(people):
        enrolment = enrolments.get(pid)
        enrolled_at = enrolment.enrolled_at if enrolment else data.NEVER
        result[pid] = check_completion(rule, sessions, marks.get(pid, {}), ticks_by.get(pid, []),
                                       outcomes, pid, enrolled_at)
    return result


def recompute(
    programme_id: str, participant_ids: Sequence[str] | None = None
) -> list[CompletionChange]:
    """Bring the completion records of a programme in line with its rule (one transaction,
    or part of the caller's). `participant_ids` None recomputes everyone concerned."""
    with database.atomic():
        programme = Programme.get_or_none(Programme.id == programme_id)
        if programme is None:
            raise NotFoundError(fill(tr("No programme %1."), repr(programme_id)))
        checks = _checks(programme, participant_ids)
        stored = _stored(programme.id, None if participant_ids is None else list(checks))
        changes = reconcile(stored, {pid: c.completed_on for pid, c in checks.items()})
        bulk.apply_completion_changes(
            programme.id,
            inserts=[(new_id(), c.participant_id, c.completed_on) for c in changes
                     if c.action not in ("delete", "update")],
            updates=[(c.completed_on, c.participant_id) for c in changes
                     if c.action == "update"],
            deletes=[c.participant_id for c in changes if c.action == "delete"],
            created_at=datetime.now(UTC),
        )
    return changes


def recompute_all() -> int:
    """Recompute every programme (after an import or a sync pull); returns changes made."""
    total = 0
    with database.atomic():
        for (pid,) in Programme.select(Programme.id).tuples():
            total += len(recompute(pid))
    return total


def completion_status(
    programme_ref: str, *, today: date | None = None, soon_days: int = DEFAULT_SOON_DAYS
) -> ProgrammeCompletion:
    """Everyone concerned by a programme: the rule's verdict, their record and its expiry."""
    today = today or date.today()
    programme = get_programme(programme_ref)
    checks = _checks(programme, None)
    stored = _stored(programme.id)
    who = data.names(checks)
    rows = []
    for pid, check in checks.items():
        name, ext = who.get(pid, ("", None))
        check, done = on_date(check, stored.get(pid), today)
        rows.append(CompletionRow(
            pid, name, ext, check,
            None if done is None else expiry(done, programme.expiry_months, today, soon_days),
        ))
    rows.sort(key=lambda r: (r.name.casefold(), r.participant_id))
    return ProgrammeCompletion(programme.id, programme.name, data.completion_rule(programme),
                               programme.expiry_months, tuple(rows))


def expiring(
    programme_ref: str | None = None, *, today: date | None = None,
    soon_days: int = DEFAULT_SOON_DAYS, include_valid: bool = False,
) -> list[ExpiryRow]:
    """Completion records expiring soon or expired (all of them with include_valid), soonest
    first."""
    today = today or date.today()
    query = (Completion.select(Completion, Programme, Participant)
             .join(Programme).switch(Completion).join(Participant))
    if programme_ref:
        query = query.where(Completion.programme == get_programme(programme_ref).id)
    rows = []
    for record in query:
        state = expiry(record.completed_on, record.programme.expiry_months, today, soon_days)
        if include_valid or state.status is not ExpiryStatus.VALID:
            rows.append(ExpiryRow(record.programme_id, record.programme.name,
                                  record.participant_id, record.participant.name, state))
    rows.sort(key=lambda r: (r.expiry.expires_on or date.max, r.programme_name.casefold(),
                             r.name.casefold()))
    return rows


def certificate(
    programme_ref: str, participant_ref: str, *, today: date | None = None
) -> Certificate:
    """What a certificate prints; refused when the participant has not completed or their
    completion has expired."""
    today = today or date.today()
    programme = get_programme(programme_ref)
    participant = get_participant(participant_ref)
    record = Completion.get_or_none((Completion.programme == programme.id)
                                    & (Completion.participant == participant.id))
    if record is None:
        raise RuleError(fill(tr("%1 has not completed %2 yet, so there is no certificate to "
                                "issue."), participant.name, programme.name))
    state = expiry(record.completed_on, programme.expiry_months, today)
    if not state.certificate_eligible:
        raise RuleError(fill(tr("The completion of %1 by %2 expired on %3; no certificate can "
                                "be issued for it."),
                             programme.name, participant.name, state.expires_on))
    check = _checks(programme, [participant.id])[participant.id]
    return Certificate(
        participant_id=participant.id, participant_name=participant.name,
        external_id=participant.external_id, programme_id=programme.id,
        programme_name=programme.name, facilitator=programme.facilitator,
        completed_on=record.completed_on, expires_on=state.expires_on,
        attended=check.attended, sessions=check.sessions,
    )


# --- pathways ------------------------------------------------------------------------------

def _get_pathway(ref: str) -> Pathway:
    found = Pathway.get_or_none(Pathway.id == ref)
    if found is None:
        wanted = ref.strip().casefold()
        matches = [p for p in Pathway.select() if p.name.strip().casefold() == wanted]
        if len(matches) > 1:
            raise NotFoundError(fill(tr("More than one pathway is called %1; use its id."),
                                     repr(ref)))
        found = matches[0] if matches else None
    if found is None:
        raise NotFoundError(fill(tr("No pathway %1."), repr(ref)))
    return found


def create_pathway(name: str, members: Sequence[tuple[str, str]]) -> str:
    """A pathway of programmes [(programme id or name, any-group name or "")]; returns its id.

    Programmes sharing a group name are alternatives: any one of them is enough.
    """
    name = " ".join(name.split())
    if not name:
        raise ValidationError(tr("A pathway needs a name."))
    if not members:
        raise ValidationError(tr("A pathway needs at least one programme."))
    with database.atomic():
        pathway = Pathway.create(id=new_id(), name=name)
        queued = [("pathway", pathway.id, "upsert", outbox.snapshot(pathway))]
        seen: set[str] = set()
        for ref, group in members:
            programme = get_programme(ref)
            if programme.id in seen:
                raise ValidationError(fill(tr("%1 is named twice in the pathway."),
                                           programme.name))
            seen.add(programme.id)
            member = PathwayProgramme.create(pathway=pathway.id, programme=programme.id,
                                             any_group=group.strip())
            queued.append(("pathway_programme", f"{pathway.id}:{programme.id}", "upsert",
                           outbox.snapshot(member)))
        outbox.append_many(queued)
    return str(pathway.id)


def _members(pathway: Pathway) -> list[PathwayMember]:
    return [
        PathwayMember(pid, group) for pid, group in PathwayProgramme.select(
            PathwayProgramme.programme, PathwayProgramme.any_group
        ).where(PathwayProgramme.pathway == pathway.id).order_by(PathwayProgramme.id).tuples()
    ]


def _completions_of(programme_ids: Sequence[str]) -> dict[str, dict[str, date]]:
    """participant id -> {programme id: completion date}."""
    result: dict[str, dict[str, date]] = {}
    for chunk in data.chunks(list(programme_ids)):
        for prog, pid, day in Completion.select(
            Completion.programme, Completion.participant, Completion.completed_on
        ).where(Completion.programme.in_(chunk)).tuples():
            result.setdefault(pid, {})[prog] = day
    return result


def pathway_progress_of(pathway_ref: str, participant_ref: str) -> PathwayProgress:
    pathway = _get_pathway(pathway_ref)
    participant = get_participant(participant_ref)
    members = _members(pathway)
    done = _completions_of([m.programme_id for m in members]).get(participant.id, {})
    return pathway_progress(members, done)


def pathway_status(pathway_ref: str) -> list[PathwayRow]:
    """Progress of everyone booked in, or having completed, any programme of the pathway."""
    pathway = _get_pathway(pathway_ref)
    members = _members(pathway)
    programme_ids = [m.programme_id for m in members]
    done = _completions_of(programme_ids)
    people = set(done)
    for pid in programme_ids:
        people |= set(data.booked(pid))
    who = data.names(people)
    rows = [
        PathwayRow(pid, who.get(pid, ("", None))[0], pathway_progress(members, done.get(pid, {})))
        for pid in people
    ]
    return sorted(rows, key=lambda r: (not r.progress.complete, r.name.casefold(),
                                       r.participant_id))
