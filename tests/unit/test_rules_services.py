"""Rule services on real data: compliance, completion/certificates/pathways, hours, summaries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fieldsessions.core.completion import ExpiryStatus
from fieldsessions.core.compliance import ComplianceStatus
from fieldsessions.core.errors import NotFoundError, RuleError, ValidationError
from fieldsessions.db.models import Completion, Enrolment, Programme, Session
from fieldsessions.services import (
    attendance,
    completion,
    compliance,
    hours,
    participants,
    sessions,
    summaries,
)
from tests.unit.helpers import people, programme


def ids_of(programme_id: str) -> list[str]:
    return [s.id for s in Session.select().where(Session.programme == programme_id)
            .order_by(Session.starts_at)]


def backdate(programme_id: str, participant_id: str | None = None, days: int = 60) -> None:
    query = Enrolment.update(requested_at=datetime.now(UTC) - timedelta(days=days)).where(
        Enrolment.programme == programme_id)
    if participant_id:
        query = query.where(Enrolment.participant == participant_id)
    query.execute()


@pytest.fixture
def weekly(db: object) -> tuple[str, list[str], list[str]]:
    """Eight weekly sessions: four past (roll taken), today's at 00:05, three to come."""
    p = programme("Weekly", weeks_ago=4, count=8, required_attendance=75)
    who = people(3, p.id)
    backdate(p.id)
    return p.id, ids_of(p.id), who


def test_compliance_lists_everyone_booked_with_status_and_follow_up(weekly):
    p, ids, (ann, ben, cat) = weekly
    for sid in ids[:4]:
        attendance.mark_many(sid, {ann: ("present", None), ben: ("absent", None),
                                   cat: ("present", None)})
    attendance.mark(ids[0], cat, "absent")
    now = Session.get_by_id(ids[3]).starts_at + timedelta(days=1)
    result = compliance.compliance(p, now=now)
    by_id = {r.participant_id: r for r in result.participants}
    assert by_id[ann].status is ComplianceStatus.COMPLIANT
    assert by_id[cat].status is ComplianceStatus.COMPLIANT  # 3/4 = 75 %
    assert by_id[ben].status is ComplianceStatus.NON_COMPLIANT  # at best 4/8
    assert by_id[ben].absence_alert
    assert [r.participant_id for r in result.follow_up] == [ben]
    assert result.programme_name == "Weekly"


def test_enrolled_mid_programme_counts_only_sessions_after_enrolment(weekly):
    p, ids, (ann, _ben, _cat) = weekly
    for sid in ids[:4]:
        attendance.mark(sid, ann, "present")
    (late,) = people(1, prefix="Late")
    participants.enrol(p, late)
    backdate(p, late, days=9)  # enrolled between the third and fourth sessions
    attendance.mark(ids[3], late, "present")
    now = Session.get_by_id(ids[3]).starts_at + timedelta(days=1)
    row = compliance.participant(p, late, now=now)
    assert (row.attended, row.missed, row.rate) == (1, 0, 100.0)


def test_walk_in_keeps_credit_for_the_session_they_walked_into(weekly):
    p, ids, _who = weekly
    result = participants.walk_in(ids[1], participants.ParticipantInput(name="Walk In"))
    row = compliance.participant(p, result.participant.id,
                                 now=Session.get_by_id(ids[3]).starts_at + timedelta(days=1))
    assert (row.attended, row.missed) == (1, 0)


def test_all_sessions_cancelled_leaves_everyone_not_yet_assessed_with_no_rate(weekly):
    p, ids, (ann, _ben, _cat) = weekly
    for sid in ids:
        sessions.cancel_session(sid, "Programme suspended")
    row = compliance.participant(p, ann)
    assert (row.rate, row.max_achievable, row.status) == (
        None, None, ComplianceStatus.NOT_YET_ASSESSED)


def test_compliance_of_someone_not_enrolled_is_refused(weekly):
    p, _ids, _who = weekly
    (stranger,) = people(1, prefix="Stranger")
    with pytest.raises(ValidationError, match="not enrolled"):
        compliance.participant(p, stranger)
    with pytest.raises(NotFoundError):
        compliance.compliance("No such programme")


def test_completion_status_expiry_and_certificate(db):
    p = programme("First aid", weeks_ago=2, count=2, required_attendance=100, expiry_months=1)
    s0, s1 = ids_of(p.id)
    (ann, ben) = people(2, p.id)
    backdate(p.id)
    for sid in (s0, s1):
        attendance.mark_many(sid, {ann: ("present", None), ben: ("absent", None)})
    done_on = Session.get_by_id(s1).local_date
    # A week after completing, a 1-month validity has 21-24 days left in any month: soon.
    status = completion.completion_status(p.id, today=done_on + timedelta(days=7))
    assert status.completed == 1
    row = {r.participant_id: r for r in status.rows}
    assert row[ann].expiry is not None and row[ann].expiry.status is ExpiryStatus.EXPIRING_SOON
    assert row[ben].expiry is None and row[ben].check.attended == 0
    cert = completion.certificate(p.id, ann, today=done_on)
    assert (cert.participant_name, cert.completed_on, cert.attended, cert.sessions) == (
        "Person 000", done_on, 2, 2)
    with pytest.raises(RuleError, match="has not completed"):
        completion.certificate(p.id, ben, today=done_on)
    later = done_on + timedelta(days=40)
    with pytest.raises(RuleError, match="expired"):
        completion.certificate(p.id, ann, today=later)
    expired = completion.expiring(today=later)
    assert [(e.name, e.expiry.status) for e in expired] == [("Person 000",
                                                            ExpiryStatus.EXPIRED)]


def test_recompute_after_a_rule_change_creates_and_removes_records(db):
    p = programme("Course", weeks_ago=3, count=3, required_attendance=100)
    ids = ids_of(p.id)
    (ann,) = people(1, p.id)
    backdate(p.id)
    for sid in ids[:2]:
        attendance.mark(sid, ann, "present")
    attendance.mark(ids[2], ann, "absent")
    assert Completion.select().count() == 0
    Programme.update(completion_min_attendance=60).where(Programme.id == p.id).execute()
    changes = completion.recompute(p.id)
    assert [(c.participant_id, c.action) for c in changes] == [(ann, "create")]
    assert Completion.get().completed_on == Session.get_by_id(ids[1]).local_date
    Programme.update(completion_required_sessions=[ids[2]]).where(Programme.id == p.id).execute()
    assert completion.recompute_all() == 1  # the required third session was missed
    assert Completion.select().count() == 0
    assert completion.recompute(p.id) == []


def test_pathway_completes_with_all_programmes_or_any_of_a_group(db):
    core_p = programme("Core", weeks_ago=2, count=1, required_attendance=100)
    elective_a = programme("Elective A", weeks_ago=2, count=1, required_attendance=100)
    elective_b = programme("Elective B", weeks_ago=2, count=1, required_attendance=100)
    (ann,) = people(1)
    for p in (core_p, elective_a, elective_b):
        participants.enrol(p.id, ann)
    pathway = completion.create_pathway("Certificate track", [
        ("Core", ""), ("Elective A", "elective"), ("Elective B", "elective")])
    attendance.mark(ids_of(core_p.id)[0], ann, "present")
    progress = completion.pathway_progress_of(pathway, ann)
    assert (progress.complete, progress.missing) == (False, ("group:elective",))
    attendance.mark(ids_of(elective_b.id)[0], ann, "present")
    progress = completion.pathway_progress_of("certificate track", ann)
    assert progress.complete
    assert [r.progress.complete for r in completion.pathway_status(pathway)] == [True]


def test_pathway_needs_a_name_and_distinct_programmes(db):
    programme("Core", weeks_ago=1, count=1)
    with pytest.raises(ValidationError):
        completion.create_pathway(" ", [("Core", "")])
    with pytest.raises(ValidationError, match="named twice"):
        completion.create_pathway("Track", [("Core", ""), ("Core", "x")])


def test_programme_hours_lists_budgets_and_use(db):
    p = programme("Tutoring", weeks_ago=2, count=3, hours_budget=5.0)
    s0 = ids_of(p.id)[0]
    ann, ben = people(2, p.id)
    hours.set_budget(p.id, ben, 1.5)
    attendance.mark(s0, ann, "present", minutes=45)
    result = hours.programme_hours(p.id)
    assert [(r.name, r.budget_hours, r.own_budget, r.balance.used_min, r.balance.remaining_min)
            for r in result.rows] == [("Person 000", 5.0, False, 45, 255),
                                      ("Person 001", 1.5, True, 0, 90)]
    with pytest.raises(ValidationError, match="cannot be negative"):
        hours.set_budget(p.id, ann, -1)


def test_changing_a_session_duration_recalculates_the_hours_used(db):
    p = programme("Tutoring", weeks_ago=2, count=3, hours_budget=5.0)
    s0 = ids_of(p.id)[0]
    (ann,) = people(1, p.id)
    attendance.mark(s0, ann, "present")
    sessions.update_session(s0, duration_min=90)
    assert hours.participant_hours(p.id, ann).balance.used_min == 90


def test_summaries_per_programme_and_month(db):
    p = programme("Tutoring", weeks_ago=3, count=4, facilitator="Grace")
    ids = ids_of(p.id)
    ann, ben = people(2, p.id)
    attendance.mark_many(ids[0], {ann: ("present", None), ben: ("absent", None)})
    sessions.cancel_session(ids[1], "Rain")
    now = Session.get_by_id(ids[2]).starts_at + timedelta(hours=2)
    (summary,) = summaries.summaries("programme", p.id, now=now)
    assert (summary.held, summary.cancelled, summary.roll_missing, summary.to_come) == (
        1, 1, 1, 1)  # the session over with no roll is missing its roll, not held
    assert [(f.facilitator, f.minutes) for f in summary.facilitator_hours] == [("Grace", 60)]
    assert [(h.name, h.minutes) for h in summary.participant_hours] == [("Person 000", 60)]
    assert summary.no_show_rate == 50.0
    months = summaries.summaries("month", now=now)
    assert sum(m.sessions for m in months) == 4
    with pytest.raises(ValidationError, match="week, month or programme"):
        summaries.summaries("year")
    with pytest.raises(ValidationError, match="before the start"):
        summaries.summaries("month", start=date(2026, 2, 1), end=date(2026, 1, 1))
