"""Session reports, period reports and the list of reports still owed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from fieldsessions.core.enums import Frequency, ReportingFrequency
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db.models import Session
from fieldsessions.services import programmes, session_reports, sessions
from tests.unit.helpers import programme


def ids_of(programme_id: str) -> list[str]:
    return [s.id for s in Session.select().where(Session.programme == programme_id)
            .order_by(Session.starts_at)]


def daily(name: str, frequency: ReportingFrequency, start: date, count: int) -> str:
    spec = ProgrammeSpec(name=name, frequency=Frequency.DAILY, start_date=start, count=count,
                         start_time=time(9, 0), duration_min=60,
                         reporting_frequency=frequency, topics=("Budgeting", "Savings"),
                         topic_tracking=True)
    return programmes.create_programme(spec).id


def test_session_report_saves_topics_notes_and_facilitator(db):
    p = daily("Money club", ReportingFrequency.EVERY_SESSION, date(2026, 1, 5), 3)
    first = ids_of(p)[0]
    info = session_reports.save_session_report(
        first, topics_covered=["Savings", " Savings "], notes="Good turnout",
        facilitator="Grace", now=datetime(2026, 1, 6, tzinfo=UTC))
    assert (info.held, info.topics_covered, info.notes, info.facilitator) == (
        True, ("Savings",), "Good turnout", "Grace")
    assert session_reports.session_report(first) == info


def test_topics_must_come_from_the_programme_when_tracking_topics(db):
    p = daily("Money club", ReportingFrequency.EVERY_SESSION, date(2026, 1, 5), 3)
    with pytest.raises(ValidationError, match="'Cooking' is not one of the topics"):
        session_reports.save_session_report(ids_of(p)[0], topics_covered=["Cooking"],
                                            now=datetime(2026, 1, 6, tzinfo=UTC))


def test_a_not_held_report_needs_a_reason_and_marks_the_session(db):
    p = daily("Money club", ReportingFrequency.EVERY_SESSION, date(2026, 1, 5), 3)
    first = ids_of(p)[0]
    now = datetime(2026, 1, 6, tzinfo=UTC)
    with pytest.raises(ValidationError, match="did not happen"):
        session_reports.save_session_report(first, held=False, now=now)
    session_reports.save_session_report(first, held=False, didnt_happen_reason="Flood",
                                        now=now)
    assert Session.get_by_id(first).didnt_happen_reason == "Flood"
    session_reports.save_session_report(first, held=True, now=now)
    assert Session.get_by_id(first).didnt_happen_reason is None


def test_a_session_not_started_or_cancelled_cannot_be_reported(db):
    p = daily("Money club", ReportingFrequency.EVERY_SESSION, date(2026, 1, 5), 3)
    first, second, _third = ids_of(p)
    with pytest.raises(RuleError, match="once it has started"):
        session_reports.save_session_report(first, now=datetime(2026, 1, 5, 8, tzinfo=UTC))
    sessions.cancel_session(second, "Holiday")
    with pytest.raises(RuleError, match="cancelled"):
        session_reports.save_session_report(second, now=datetime(2026, 1, 7, tzinfo=UTC))


def test_every_session_owes_a_report_for_each_ended_session_without_one(db):
    p = daily("Money club", ReportingFrequency.EVERY_SESSION, date(2026, 1, 5), 4)
    s0, s1, s2, _s3 = ids_of(p)
    sessions.cancel_session(s1, "Holiday")
    now = datetime(2026, 1, 8, 9, 30, tzinfo=UTC)  # the fourth session is in progress
    session_reports.save_session_report(s0, now=now)
    owed = session_reports.reports_owed(p, now=now)
    assert [o.period.session_id for o in owed] == [s2]


def test_monthly_reports_are_owed_for_months_that_are_over(db):
    p = daily("Money club", ReportingFrequency.MONTHLY, date(2026, 1, 30), 4)  # 30 Jan - 2 Feb
    now = datetime(2026, 2, 10, tzinfo=UTC)
    owed = session_reports.reports_owed(p, now=now)
    assert [o.period.key for o in owed] == ["month:2026-01"]
    session_reports.save_period_report(p, "month:2026-01", "All well", now=now)
    assert session_reports.reports_owed(p, now=now) == []
    later = session_reports.reports_owed(p, now=datetime(2026, 3, 1, tzinfo=UTC))
    assert [o.period.key for o in later] == ["month:2026-02"]


def test_a_period_report_needs_a_real_period_of_the_programme(db):
    p = daily("Money club", ReportingFrequency.WEEKLY, date(2026, 1, 5), 3)
    with pytest.raises(ValidationError, match="not a report period"):
        session_reports.save_period_report(p, "week:2027-W01")
    session_reports.save_period_report(p, "week:2026-W02")
    every = daily("Daily club", ReportingFrequency.EVERY_SESSION, date(2026, 1, 5), 3)
    with pytest.raises(ValidationError, match="write the session reports"):
        session_reports.save_period_report(every, "session:x")


def test_reports_owed_across_programmes_oldest_first(db):
    a = daily("A club", ReportingFrequency.END, date(2026, 1, 5), 2)
    programme("Future club", weeks_ago=-2, count=2)  # nothing over yet: owes nothing
    now = datetime(2026, 1, 7, tzinfo=UTC) + timedelta(days=30)
    owed = session_reports.reports_owed(now=now)
    assert [(o.programme_id, o.period.key) for o in owed] == [(a, "end")]
