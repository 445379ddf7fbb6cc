"""Participants and enrolment: add, edit, list, enrol within capacity, waitlist, walk-ins.

Capacity counts booked enrolments that are not walk-ins. Enrolling past capacity waitlists;
cancelling a booking promotes the longest-waiting person. A walk-in is marked in the session
they came to and enrolled in the same transaction: booked when a place is free and nobody is
waiting, else at the end of the waitlist unless the facilitator books them anyway (over
capacity, flagged as a walk-in so capacity reports can tell). A booked walk-in is on the rolls
from that session on, never on earlier ones (core.lifecycle.joins_roll).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fieldsessions.core import values
from fieldsessions.core.enums import AttendanceStatus, EnrolmentStatus
from fieldsessions.core.errors import ValidationError
from fieldsessions.core.i18n import fill, tr
from fieldsessions.core.records import MarkChange, ParticipantInfo, Removal
from fieldsessions.db import outbox
from fieldsessions.db.models import (
    Enrolment,
    Participant,
    Programme,
    database,
    enrolment_id,
    new_id,
)
from fieldsessions.services import attendance, completion
from fieldsessions.services.common import get_participant, get_programme, get_session


@dataclass(frozen=True)
class ParticipantInput:
    name: str
    external_id: str | None = None
    phone: str = ""
    email: str = ""
    gender: str = ""
    birth_date: date | None = None
    group_name: str = ""
    notes: str = ""

    def cleaned(self) -> ParticipantInput:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError(tr("A participant needs a name."))
        if len(name) > 200:
            raise ValidationError(tr("A name is at most 200 characters."))
        ext = (self.external_id or "").strip() or None
        if self.birth_date is not None:
            values.check_day(self.birth_date, tr("date of birth"))  # as the server checks it
        return replace(self, name=name, external_id=ext, phone=self.phone.strip(),
                       email=self.email.strip(), gender=self.gender.strip(),
                       group_name=self.group_name.strip())


def info(p: Participant, enrolment_status: str | None = None) -> ParticipantInfo:
    return ParticipantInfo(
        id=p.id, name=p.name, external_id=p.external_id, phone=p.phone, gender=p.gender,
        birth_date=p.birth_date, group_name=p.group_name, is_walk_in=p.is_walk_in,
        enrolment_status=enrolment_status,
    )


def _duplicate_of(data: ParticipantInput, ignore_id: str | None = None) -> Participant | None:
    if data.external_id:
        query = Participant.select().where(Participant.external_id == data.external_id)
        if ignore_id:
            query = query.where(Participant.id != ignore_id)
        found = query.first()
        if found:
            return found
    if data.birth_date:
        query = Participant.select().where(
            Participant.birth_date == data.birth_date
        )
        for candidate in query:
            if candidate.id != ignore_id and candidate.name.casefold() == data.name.casefold():
                return candidate
    return None


def add_participant(data: ParticipantInput, *, walk_in: bool = False) -> ParticipantInfo:
    data = data.cleaned()
    with database.atomic():
        duplicate = _duplicate_of(data)
        if duplicate is not None:
            raise ValidationError(
                fill(tr("%1 is already registered with ID %2; not added twice."),
                     duplicate.name, duplicate.external_id) if duplicate.external_id else
                fill(tr("%1 is already registered; not added twice."), duplicate.name))
        p = Participant.create(
            id=new_id(), name=data.name, external_id=data.external_id, phone=data.phone,
            email=data.email, gender=data.gender, birth_date=data.birth_date,
            group_name=data.group_name, notes=data.notes, is_walk_in=walk_in,
        )
        outbox.append("participant", p.id, "upsert", outbox.snapshot(p))
    return info(p)


def update_participant(participant_id: str, data: ParticipantInput) -> ParticipantInfo:
    data = data.cleaned()
    with database.atomic():
        p = get_participant(participant_id)
        duplicate = _duplicate_of(data, ignore_id=p.id)
        if duplicate is not None:
            raise ValidationError(fill(tr("Another participant (%1) has the same ID or name "
                                          "and date of birth."), duplicate.name))
        for name in ("name", "external_id", "phone", "email", "gender", "birth_date",
                     "group_name", "notes"):
            setattr(p, name, getattr(data, name))
        p.updated_at = datetime.now(UTC)
        p.save()
        outbox.append("participant", p.id, "upsert", outbox.snapshot(p))
    return info(p)


def list_participants(programme_ref: str | None = None, search: str = "") -> list[ParticipantInfo]:
    """Everyone by name; or a programme's booked people by name followed by its waitlist in
    waiting order (first in line first). Cancelled enrolments are left out."""
    needle = search.casefold().strip()
    if programme_ref is None:
        rows = [(p, None, "") for p in Participant.select()]
    else:
        programme = get_programme(programme_ref)
        query = (Participant.select(Participant, Enrolment.status.alias("enrolment_status"),
                                    Enrolment.requested_at.alias("requested_at"))
                 .join(Enrolment)
                 .where((Enrolment.programme == programme.id)
                        & (Enrolment.status != EnrolmentStatus.CANCELLED.value)))
        rows = [(p, p.enrolment_status, str(p.requested_at)) for p in query.objects()]
    if needle:
        rows = [r for r in rows if needle in r[0].name.casefold()
                or needle in (r[0].external_id or "").casefold()]

    def order(row: tuple[Participant, str | None, str]) -> tuple[int, str, str, str]:
        p, status, requested = row
        if status == EnrolmentStatus.WAITLISTED.value:
            return (1, requested, "", p.id)
        return (0, p.name.casefold(), "", p.id)

    return [info(p, status) for p, status, _requested in sorted(rows, key=order)]


def similar_participants(name: str, limit: int = 5) -> list[ParticipantInfo]:
    """People whose name is close to `name` (a hint before adding a walk-in twice)."""
    wanted = " ".join(name.split()).casefold()
    if len(wanted) < 2:
        return []
    scored = []
    for p in Participant.select(Participant.id, Participant.name, Participant.external_id,
                                Participant.phone, Participant.gender, Participant.birth_date,
                                Participant.group_name, Participant.is_walk_in):
        candidate = p.name.casefold()
        if wanted in candidate:
            score = 1.0
        else:
            score = difflib.SequenceMatcher(None, wanted, candidate).quick_ratio()
            if score < 0.75:
                continue
            score = difflib.SequenceMatcher(None, wanted, candidate).ratio()
        if score >= 0.75:
            scored.append((score, p))
    scored.sort(key=lambda item: (-item[0], item[1].name))
    return [info(p) for _score, p in scored[:limit]]


@dataclass(frozen=True)
class WalkInMatch:
    """A registered person the walk-in may be: `likely` when they share the name, the ID or
    the phone number (the dialog then picks them on Enter), else only a similar name."""

    person: ParticipantInfo
    likely: bool
    reason: str  # "same ID" | "same phone" | "same name" | "similar name"


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def walk_in_matches(name: str, external_id: str = "", phone: str = "",
                    limit: int = 5) -> list[WalkInMatch]:
    """People the walk-in may already be: same ID, same phone (6 digits or more, spaces and
    signs ignored), same name (any case and spacing), then similar names; likely ones first."""
    wanted = " ".join(name.split()).casefold()
    ext = external_id.strip()
    digits = _digits(phone)
    found: dict[str, WalkInMatch] = {}
    if ext:
        for p in Participant.select().where(Participant.external_id == ext):
            found[p.id] = WalkInMatch(info(p), True, "same ID")
    if len(digits) >= 6:
        for p in Participant.select().where(Participant.phone != ""):
            if p.id not in found and _digits(p.phone) == digits:
                found[p.id] = WalkInMatch(info(p), True, "same phone")
    for person in similar_participants(name, limit=limit):
        if person.id in found:
            continue
        same = " ".join(person.name.split()).casefold() == wanted
        found[person.id] = WalkInMatch(person, same, "same name" if same else "similar name")
    ordered = sorted(found.values(), key=lambda m: (not m.likely,))
    return ordered[:limit]


# --- enrolment -----------------------------------------------------------------------------

@dataclass(frozen=True)
class EnrolmentResult:
    """What an enrolment change did; `before` lets `undo_enrolment` put it all back.

    Attributes:
        before: (programme id, participant id, the enrolment's fields before or None when
            there was none) of every enrolment the change touched, promotions included.
    """

    participant_id: str
    status: str  # booked | waitlisted
    promoted: str | None = None  # participant promoted from the waitlist, if any
    before: tuple[tuple[str, str, dict[str, Any] | None], ...] = ()


def _snapshot_of(programme_id: str, participant_id: str) -> dict[str, Any] | None:
    found = Enrolment.get_or_none((Enrolment.programme == programme_id)
                                  & (Enrolment.participant == participant_id))
    return None if found is None else outbox.snapshot(found)


def _restore_enrolment(programme_id: str, participant_id: str,
                       before: dict[str, Any] | None) -> None:
    """Put one enrolment back as it was (`before` None: there was none, so it goes), with its
    outbox row (a tombstone naming its references, or the restored fields)."""
    enrolment = Enrolment.get_or_none((Enrolment.programme == programme_id)
                                      & (Enrolment.participant == participant_id))
    if before is None:
        if enrolment is not None:
            enrolment.delete_instance()
            outbox.append("enrolment", enrolment.id, "delete", {
                "programme_id": programme_id, "participant_id": participant_id})
        return
    if enrolment is None:
        enrolment = Enrolment(id=enrolment_id(programme_id, participant_id),
                              programme=programme_id, participant=participant_id)
        created = True
    elif outbox.snapshot(enrolment) == before:
        return
    else:
        created = False
    enrolment.status = before["status"]
    enrolment.is_walk_in = before["is_walk_in"]
    enrolment.requested_at = datetime.fromisoformat(
        str(before["requested_at"]).replace("Z", "+00:00"))
    enrolment.hours_budget = before.get("hours_budget")
    enrolment.updated_at = datetime.now(UTC)
    enrolment.save(force_insert=created)
    outbox.append("enrolment", enrolment.id, "upsert", outbox.snapshot(enrolment))


def undo_enrolment(result: EnrolmentResult) -> None:
    """Take back an enrol or a cancel (Ctrl+Z on the Enrolment page): every enrolment it
    touched is as it was, a promotion from the waitlist included."""
    with database.atomic():
        programmes: set[str] = set()
        for programme_id, participant_id, before in reversed(result.before):
            _restore_enrolment(programme_id, participant_id, before)
            programmes.add(programme_id)
        for programme_id in programmes:
            completion.recompute(programme_id,
                                 [participant_id for _p, participant_id, _b in result.before])


def booked_count(programme_id: str) -> int:
    return Enrolment.select().where(
        (Enrolment.programme == programme_id)
        & (Enrolment.status == EnrolmentStatus.BOOKED.value)
        & ~Enrolment.is_walk_in
    ).count()


def capacity_left(programme_ref: str) -> int | None:
    programme = get_programme(programme_ref)
    if programme.capacity is None:
        return None
    return max(0, programme.capacity - booked_count(programme.id))


def _enrol(programme: Programme, participant_id: str) -> Enrolment:
    existing = Enrolment.get_or_none(
        (Enrolment.programme == programme.id) & (Enrolment.participant == participant_id)
    )
    now = datetime.now(UTC)
    if existing is not None and existing.status != EnrolmentStatus.CANCELLED.value:
        return existing
    full = programme.capacity is not None and booked_count(programme.id) >= programme.capacity
    status = EnrolmentStatus.WAITLISTED if full else EnrolmentStatus.BOOKED
    if existing is None:
        existing = Enrolment(id=enrolment_id(programme.id, participant_id),
                             programme=programme.id, participant=participant_id)
        existing.requested_at = now
        created = True
    else:
        existing.requested_at = now
        created = False
    existing.status = status.value
    existing.is_walk_in = False
    existing.updated_at = now
    existing.save(force_insert=created)
    outbox.append("enrolment", existing.id, "upsert", outbox.snapshot(existing))
    return existing


def enrol(programme_ref: str, participant_id: str) -> EnrolmentResult:
    """Book a place, or waitlist when the programme is full."""
    with database.atomic():
        programme = get_programme(programme_ref)
        participant = get_participant(participant_id)
        before = _snapshot_of(programme.id, participant.id)
        enrolment = _enrol(programme, participant.id)
    return EnrolmentResult(participant.id, enrolment.status,
                           before=((programme.id, participant.id, before),))


def cancel_enrolment(programme_ref: str, participant_id: str) -> EnrolmentResult:
    """Cancel a booking (or a waitlist place); a freed place goes to the first waitlisted."""
    with database.atomic():
        programme = get_programme(programme_ref)
        participant = get_participant(participant_id)
        enrolment = Enrolment.get_or_none(
            (Enrolment.programme == programme.id) & (Enrolment.participant == participant.id)
        )
        if enrolment is None or enrolment.status == EnrolmentStatus.CANCELLED.value:
            raise ValidationError(fill(tr("%1 is not enrolled in %2."), participant.name,
                                       programme.name))
        was_booked = enrolment.status == EnrolmentStatus.BOOKED.value
        before = [(programme.id, participant.id, outbox.snapshot(enrolment))]
        waiting = {e.participant_id: outbox.snapshot(e) for e in Enrolment.select().where(
            (Enrolment.programme == programme.id)
            & (Enrolment.status == EnrolmentStatus.WAITLISTED.value))} if was_booked else {}
        enrolment.status = EnrolmentStatus.CANCELLED.value
        enrolment.updated_at = datetime.now(UTC)
        enrolment.save()
        outbox.append("enrolment", enrolment.id, "upsert", outbox.snapshot(enrolment))
        promoted_ids = promote_waitlisted(programme) if was_booked else []
        promoted = promoted_ids[0] if promoted_ids else None
        before += [(programme.id, pid, waiting[pid]) for pid in promoted_ids]
        completion.recompute(programme.id, [participant.id, *promoted_ids])
    return EnrolmentResult(participant.id, EnrolmentStatus.CANCELLED.value, promoted,
                           tuple(before))


def promote_waitlisted(programme: Programme) -> list[str]:
    """Book waitlisted people, longest waiting first, while places are free (in the caller's
    transaction). A promoted person's booking starts now: sessions held while they waited do
    not count against them."""
    free = None if programme.capacity is None else programme.capacity - booked_count(
        programme.id)
    if free is not None and free <= 0:
        return []
    query = (Enrolment.select()
             .where((Enrolment.programme == programme.id)
                    & (Enrolment.status == EnrolmentStatus.WAITLISTED.value))
             .order_by(Enrolment.requested_at, Enrolment.id))
    if free is not None:
        query = query.limit(free)
    promoted = []
    now = datetime.now(UTC)
    for enrolment in query:
        enrolment.status = EnrolmentStatus.BOOKED.value
        enrolment.requested_at = now  # the booking time, from which sessions count
        enrolment.updated_at = now
        enrolment.save()
        outbox.append("enrolment", enrolment.id, "upsert", outbox.snapshot(enrolment))
        promoted.append(enrolment.participant_id)
    return promoted


@dataclass(frozen=True)
class WalkInResult:
    """What a walk-in did, with what `undo_walk_in` needs to take it back.

    Attributes:
        participant: the person (new or existing).
        created: the person was created by this walk-in.
        changes: the mark.
        enrolment: "booked" or "waitlisted": what the walk-in's enrolment is now.
        enrolment_before: the enrolment's fields before (None: there was none).
        session_id: the session they walked into.
    """

    participant: ParticipantInfo
    created: bool
    changes: list[MarkChange]
    enrolment: str = EnrolmentStatus.BOOKED.value
    enrolment_before: dict[str, Any] | None = None
    session_id: str = ""


def has_free_place(programme: Programme) -> bool:
    """A place is free when the programme is below capacity and nobody is waiting for one."""
    waiting = Enrolment.select().where(
        (Enrolment.programme == programme.id)
        & (Enrolment.status == EnrolmentStatus.WAITLISTED.value)).exists()
    return not waiting and (programme.capacity is None
                            or booked_count(programme.id) < programme.capacity)


def session_has_free_place(session_id: str) -> bool:
    """Whether a walk-in to this session would get a booked place without being asked."""
    return has_free_place(Programme.get_by_id(get_session(session_id).programme_id))


def _walk_in_enrolment(programme: Programme, participant_id: str, starts_at: datetime,
                       now: datetime, book: bool) -> Enrolment:
    """Enrol someone who walked into the session starting at `starts_at`.

    The rule (issue: a walk-in never jumps the waitlist): with a free place and nobody waiting,
    the walk-in is booked; otherwise they join the end of the waitlist (marked in the session
    they came to all the same), unless the facilitator books them anyway (`book`), over
    capacity. A booked walk-in joins from that session (`requested_at` no later than its
    start, core.lifecycle.joins_roll), so earlier rolls never list them. Someone already
    booked stays as they are; someone already waiting keeps their place in the queue.
    """
    existing = Enrolment.get_or_none(
        (Enrolment.programme == programme.id) & (Enrolment.participant == participant_id))
    if existing is not None and existing.status == EnrolmentStatus.BOOKED.value:
        return existing
    waiting = existing is not None and existing.status == EnrolmentStatus.WAITLISTED.value
    if waiting and not book:
        return existing
    booked = book or has_free_place(programme)
    if existing is None:
        existing = Enrolment(id=enrolment_id(programme.id, participant_id),
                             programme=programme.id, participant=participant_id)
        created = True
    else:
        created = False
    existing.status = (EnrolmentStatus.BOOKED if booked else EnrolmentStatus.WAITLISTED).value
    existing.is_walk_in = True
    existing.requested_at = min(now, starts_at) if booked else now
    existing.updated_at = now
    existing.save(force_insert=created)
    outbox.append("enrolment", existing.id, "upsert", outbox.snapshot(existing))
    return existing


def walk_in(
    session_id: str,
    data: ParticipantInput | None = None,
    *,
    participant_id: str | None = None,
    status: AttendanceStatus | str | None = AttendanceStatus.PRESENT,
    book: bool = False,
    by: str | None = None,
    now: datetime | None = None,
) -> WalkInResult:
    """Add someone at the door: find or create them, enrol them (see `_walk_in_enrolment`:
    booked when a place is free and nobody waits, else waitlisted unless `book`), mark them
    (`status` None: on the roll with no mark yet)."""
    with database.atomic():
        session = get_session(session_id)
        created = False
        if participant_id is not None:
            participant = get_participant(participant_id)
        else:
            if data is None:
                raise ValidationError(tr("A walk-in needs a name."))
            data = data.cleaned()
            found = _duplicate_of(data) if data.external_id else None
            if found is not None:
                participant = found
            else:
                participant = Participant.create(
                    id=new_id(), name=data.name, external_id=data.external_id, phone=data.phone,
                    email=data.email, gender=data.gender, birth_date=data.birth_date,
                    group_name=data.group_name, is_walk_in=True,
                )
                outbox.append("participant", participant.id, "upsert",
                              outbox.snapshot(participant))
                created = True
        programme = Programme.get_by_id(session.programme_id)
        before = Enrolment.get_or_none((Enrolment.programme == programme.id)
                                       & (Enrolment.participant == participant.id))
        snapshot = None if before is None else outbox.snapshot(before)
        enrolment = _walk_in_enrolment(programme, participant.id, session.starts_at,
                                       now or datetime.now(UTC), book)
        changes = attendance.mark(session.id, participant.id, status, by=by, now=now)
    return WalkInResult(info(participant), created, changes, enrolment.status, snapshot,
                        session.id)


def undo_walk_in(result: WalkInResult, *, by: str | None = None) -> list[MarkChange]:
    """Take a walk-in back (Ctrl+Z): the mark, the enrolment it made or changed, and the person
    it created when nothing else is recorded for them; they leave that roll."""
    with database.atomic():
        session = get_session(result.session_id)
        changes = attendance.undo(result.changes, by=by)
        pid = result.participant.id
        _restore_enrolment(session.programme_id, pid, result.enrolment_before)
        if result.created:
            person = Participant.get_or_none(Participant.id == pid)
            if person is not None and not _has_anything(pid):
                person.delete_instance()
                outbox.append("participant", pid, "delete", {})
        completion.recompute(session.programme_id, [pid])
    return changes


def _has_anything(participant_id: str) -> bool:
    """Whether anything is recorded for a person (marks, ticks, enrolments, completions)."""
    from fieldsessions.db.models import Attendance, Completion, OutcomeTick

    return any(model.select().where(model.participant == participant_id).exists()
               for model in (Attendance, OutcomeTick, Enrolment, Completion))


def enrolment_rows(
    programme_id: str, participants: Sequence[str], now: datetime, capacity_free: int | None
) -> tuple[list[tuple[Any, ...]], int, int]:
    """Enrolment rows for a bulk import: booked while capacity lasts, then waitlisted."""
    rows = []
    booked = waitlisted = 0
    for index, pid in enumerate(participants):
        # Waitlist order is file order: one microsecond apart.
        stamp = Enrolment.requested_at.db_value(now + timedelta(microseconds=index))
        if capacity_free is None or booked < capacity_free:
            status = EnrolmentStatus.BOOKED.value
            booked += 1
        else:
            status = EnrolmentStatus.WAITLISTED.value
            waitlisted += 1
        rows.append((enrolment_id(programme_id, pid), programme_id, pid, status, 0, stamp,
                     stamp, stamp))
    return rows, booked, waitlisted


# --- removing a participant --------------------------------------------------------------------

def _participant_records(participant_id: str) -> int:
    from fieldsessions.db.models import Attendance, OutcomeTick

    return sum(model.select().where(model.participant == participant_id).count()
               for model in (Attendance, OutcomeTick))


def participant_removal(participant_id: str) -> Removal:
    """What `remove_participant` would do; changes nothing."""
    person = get_participant(participant_id)
    records = _participant_records(person.id)
    enrolments = Enrolment.select().where(
        (Enrolment.participant == person.id)
        & (Enrolment.status != EnrolmentStatus.CANCELLED.value)).count()
    return Removal(person.name, records == 0, records, 0, enrolments)


def remove_participant(participant_id: str) -> Removal:
    """Remove a person (the facilitator confirmed). With nothing recorded (no marks, no ticks)
    they are deleted with their enrolments, each a tombstone for the server. Otherwise they
    are archived: every booking and waitlist place is cancelled (the first person waiting
    moves up), so they leave every roll, and their attendance history is kept."""
    with database.atomic():
        removal = participant_removal(participant_id)
        person = get_participant(participant_id)
        enrolments = list(Enrolment.select().where(Enrolment.participant == person.id))
        freed = {e.programme_id for e in enrolments
                 if e.status == EnrolmentStatus.BOOKED.value}
        now = datetime.now(UTC)
        if removal.deletable:
            queued: list[tuple[str, str, str, dict[str, Any]]] = [
                ("enrolment", e.id, "delete",
                 {"programme_id": e.programme_id, "participant_id": person.id})
                for e in enrolments]
            queued.append(("participant", person.id, "delete", {}))
            Enrolment.delete().where(Enrolment.participant == person.id).execute()
            from fieldsessions.db.models import Completion

            Completion.delete().where(Completion.participant == person.id).execute()
            person.delete_instance()
            outbox.append_many(queued)
        else:
            for enrolment in enrolments:
                if enrolment.status == EnrolmentStatus.CANCELLED.value:
                    continue
                enrolment.status = EnrolmentStatus.CANCELLED.value
                enrolment.updated_at = now
                enrolment.save()
                outbox.append("enrolment", enrolment.id, "upsert", outbox.snapshot(enrolment))
        for programme_id in freed:
            programme = Programme.get_by_id(programme_id)
            promoted = promote_waitlisted(programme)
            completion.recompute(programme_id, promoted + ([] if removal.deletable
                                                           else [person.id]))
    return removal
