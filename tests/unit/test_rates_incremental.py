"""The roster's rate column after marks: the figures of the people marked, worked out again on
their own, always equal everyone's worked out from scratch (services.compliance.rates)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from fieldsessions.core.compliance import ParticipantCompliance
from fieldsessions.db.models import Enrolment, Session
from fieldsessions.services import attendance, compliance
from tests.unit.helpers import people, programme


def _everyone(programme_id: str, now: datetime) -> dict[str, ParticipantCompliance]:
    return {r.participant_id: r for r in compliance.compliance(programme_id, now=now).participants}


def test_rates_after_random_marks_equal_a_full_recomputation(db: object) -> None:
    p = programme("Weekly", weeks_ago=4, count=8, required_attendance=75)
    who = people(9, p.id)
    Enrolment.update(requested_at=datetime.now(UTC) - timedelta(days=60)).where(
        Enrolment.programme == p.id).execute()
    ids = [s.id for s in Session.select().where(Session.programme == p.id)
           .order_by(Session.starts_at)]
    now = datetime.now(UTC) + timedelta(hours=2)  # four sessions past and today's over
    first = compliance.rates(p.id, now=now)
    assert first.whole
    shown = {r.participant_id: r for r in first.figures.participants}
    key = first.sessions_key
    rng = random.Random(16)
    kinds = set()
    for _step in range(60):
        session = rng.choice(ids[:5])  # the past ones and today's
        marked = rng.sample(who, rng.randint(1, 3))
        attendance.mark_many(session, {pid: (rng.choice(
            ["present", "late", "absent", "excused", None]), None) for pid in marked})
        update = compliance.rates(p.id, marked, key, now=now)
        kinds.add(update.whole)
        if update.whole:
            shown = {r.participant_id: r for r in update.figures.participants}
        else:
            assert {r.participant_id for r in update.figures.participants} <= set(marked)
            for pid in marked:
                shown.pop(pid, None)
            shown.update((r.participant_id, r) for r in update.figures.participants)
        key = update.sessions_key
        assert shown == _everyone(p.id, now)
    assert kinds == {True, False}  # both ways were taken: a roll completed, and marks alone


def test_rates_for_everyone_when_a_session_has_ended_since(db: object) -> None:
    p = programme("Weekly", weeks_ago=2, count=4, required_attendance=75)
    who = people(2, p.id)
    ids = [s.id for s in Session.select().where(Session.programme == p.id)
           .order_by(Session.starts_at)]
    start = Session.get_by_id(ids[2]).starts_at
    before = compliance.rates(p.id, now=start - timedelta(hours=1))
    attendance.mark(ids[0], who[0], "present")
    after = compliance.rates(p.id, [who[0]], before.sessions_key, now=start + timedelta(days=1))
    assert after.whole
    still = compliance.rates(p.id, [who[0]], after.sessions_key, now=start + timedelta(days=1))
    assert not still.whole
