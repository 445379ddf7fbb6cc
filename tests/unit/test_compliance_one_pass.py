"""A programme's compliance read in one pass (one row per person, the rules run once per
pattern of marks) gives exactly the figures of the rules run on every person's marks one by
one (core.compliance.programme_compliance on the marks as objects), on random programmes:
late enrolments, walk-ins, bookings after a roll was begun, cancelled bookings with marks,
void sessions, incomplete rolls, every excused policy."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from fieldsessions.core.compliance import (
    ComplianceRules,
    EnrolledPerson,
    ProgrammeCompliance,
    programme_compliance,
    programme_compliance_by_marks,
)
from fieldsessions.core.enums import AttendanceStatus, EnrolmentStatus, ExcusedPolicy, SessionStatus
from fieldsessions.core.facts import MarkFact, SessionFact
from fieldsessions.db.models import Enrolment, Programme, Session
from fieldsessions.services import attendance, compliance, sessions
from fieldsessions.services import rules_data as data
from fieldsessions.services.common import get_programme
from tests.unit.helpers import people, programme


def _one_by_one(programme_id: str, now: datetime,
                only: list[str] | None = None) -> ProgrammeCompliance:
    """The figures as worked out before the one-pass read: every mark an object, every
    person's rules run on their own."""
    p = get_programme(programme_id)
    booked = {pid: e for pid, e in data.enrolments(p.id, only).items()
              if e.status is EnrolmentStatus.BOOKED}
    who = data.names(booked)
    everyone = [EnrolledPerson(pid, who[pid][0], e.enrolled_at, e.walk_in)
                for pid, e in booked.items()]
    return programme_compliance(data.compliance_rules(p), data.session_facts(p.id),
                                data.marks(p.id, only), everyone, now,
                                programme_id=p.id, programme_name=p.name)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_pass_compliance_equals_the_rules_person_by_person(db: object, seed: int) -> None:
    rng = random.Random(seed)
    p = programme("Weekly", weeks_ago=6, count=9, required_attendance=rng.choice([0, 60, 80, 100]))
    Programme.update(excused_policy=rng.choice(list(ExcusedPolicy)).value,
                     consecutive_absence_limit=rng.choice([0, 2, 3])).where(
        Programme.id == p.id).execute()
    who = people(60, p.id)
    ids = [s.id for s in Session.select().where(Session.programme == p.id)
           .order_by(Session.starts_at)]
    starts = [Session.get_by_id(sid).starts_at for sid in ids]
    # Enrolments spread before, between and after the sessions; some walk in.
    for pid in who:
        at = rng.choice(starts) + timedelta(hours=rng.choice([-48, -1, 0, 1, 3, 30]))
        Enrolment.update(requested_at=at, is_walk_in=rng.random() < 0.2).where(
            (Enrolment.programme == p.id) & (Enrolment.participant == pid)).execute()
    sessions.cancel_session(ids[2], "Venue closed")
    now = datetime.now(UTC) + timedelta(hours=2)
    # Marks in the past sessions: most rolls complete, some partly taken, one left alone.
    # Each roll begun 2 hours after its start: someone booked 1 hour after it is expected
    # on it, someone booked 3 hours after it is not (while it is incomplete).
    for sid, start in zip(ids[:6], starts, strict=False):
        if sid == ids[2]:
            continue
        share = rng.choice([1.0, 0.5, 0.5, 0.0])
        attendance.mark_many(sid, {pid: (rng.choice(["present", "late", "absent", "excused"]),
                                         None)
                                   for pid in who if rng.random() < share},
                             now=start + timedelta(hours=2))
    # Someone marked whose booking was cancelled since: not judged, as before.
    Enrolment.update(status=EnrolmentStatus.CANCELLED.value).where(
        (Enrolment.programme == p.id) & (Enrolment.participant == who[0])).execute()

    fast = compliance.compliance(p.id, now=now)
    slow = _one_by_one(p.id, now)
    assert fast == slow
    assert len(fast.participants) == 59
    assert len({(r.status, r.remaining, r.consecutive_absences) for r in fast.participants}) >= 3
    some = rng.sample(who, 5)
    assert compliance.compliance(p.id, now=now, participant_ids=some) == _one_by_one(
        p.id, now, some)
    many = who[:data.FEW + 3]  # past the id list: the programme read and filtered
    assert compliance.compliance(p.id, now=now, participant_ids=many) == _one_by_one(
        p.id, now, many)


def test_rules_once_per_pattern_equal_the_rules_for_each_person() -> None:
    """The pattern shortcut on its own (no store): many people, few kinds of marks, enrolment
    times on and around every session start and roll start, so people share patterns and
    a key that missed a time would hand someone another's figures."""
    rng = random.Random(16)
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    facts = []
    for i in range(8):
        at = start + timedelta(days=7 * i)
        begun = at + timedelta(hours=2) if rng.random() < 0.7 else None
        facts.append(SessionFact(
            f"s{i}", at.date(), at, 60,
            SessionStatus.CANCELLED if rng.random() < 0.1 else SessionStatus.SCHEDULED,
            False, begun is not None and rng.random() < 0.6, "", "p", begun))
    now = start + timedelta(days=40)
    times = [t + timedelta(minutes=m) for f in facts for t in (f.starts_at, f.roll_started_at)
             if t is not None for m in (-1, 0, 1)]
    everyone = [EnrolledPerson(f"p{n}", f"Person {n}", rng.choice(times), rng.random() < 0.3)
                for n in range(1500)]
    marks = [MarkFact(f.id, p.participant_id, rng.choice([AttendanceStatus.PRESENT,
                                                          AttendanceStatus.ABSENT,
                                                          AttendanceStatus.EXCUSED]))
             for p in everyone for f in facts if rng.random() < 0.25]
    mine: dict[str, dict[str, MarkFact]] = {}
    for m in marks:
        mine.setdefault(m.participant_id, {})[m.session_id] = m
    for policy in ExcusedPolicy:
        rules = ComplianceRules(70, policy, 2)
        one_by_one = programme_compliance(rules, facts, marks, everyone, now)
        keyed = programme_compliance_by_marks(
            rules, facts,
            ((p, tuple(sorted((sid, m.status) for sid, m in mine.get(p.participant_id, {})
                              .items()))) for p in everyone),
            lambda key: {sid: MarkFact(sid, "", status) for sid, status in key}, now)
        assert keyed == one_by_one
