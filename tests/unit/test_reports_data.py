"""Report data read from the store: what the paper and the exports say equals the database."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldsessions.core.errors import NotFoundError, ValidationError
from fieldsessions.db.models import Attendance, Enrolment, Participant, Session
from fieldsessions.reports.exports import export_attendance
from fieldsessions.services import attendance, outcomes, programmes, report_data, session_reports
from fieldsessions.services import compliance as compliance_service
from fieldsessions.services import participants as participant_service
from tests.unit import helpers

pytestmark = pytest.mark.usefixtures("db")


def setup_programme(**extra: Any) -> tuple[str, list[str], list[str]]:
    """A weekly programme of 6 sessions that began 3 weeks ago, 4 people booked."""
    info = helpers.programme("Parenting circle", outcomes=("Listens", "Explains"),
                             topics=("Praise", "Routines"), **extra)
    people = helpers.people(4, info.id, prefix="Ωmega")
    sessions = [s.id for s in programmes.list_sessions(info.id)]
    return info.id, people, sessions


def test_the_sheet_lists_the_roster_in_order_with_recorded_marks() -> None:
    _pid, people, sessions = setup_programme()
    attendance.mark(sessions[0], people[1], "late", by="Thandi")
    walk_in = participant_service.add_participant(
        participant_service.ParticipantInput(name="Aaron Walk-in", external_id="W-1"),
        walk_in=True)
    attendance.mark(sessions[0], walk_in.id, "present", by="Thandi")
    sheet = report_data.attendance_sheet(sessions[0])
    roster = attendance.roster(sessions[0])
    assert [r.participant_id for r in sheet.rows] == [e.participant_id for e in roster]
    assert sheet.rows[0].name == "Aaron Walk-in"  # marked but not booked: still on the sheet
    by_id = {r.participant_id: r for r in sheet.rows}
    assert by_id[people[1]].status == "late" and by_id[people[1]].marked_by == "Thandi"
    assert by_id[people[1]].marked_at is not None
    assert by_id[people[0]].status is None and by_id[people[0]].marked_at is None
    stored = Session.get_by_id(sessions[0])
    assert sheet.session.session_id == stored.id
    assert sheet.session.programme_name == "Parenting circle"
    assert sheet.session.local_date == stored.local_date
    assert sheet.session.start.strftime("%H:%M") == "00:05"
    assert sheet.session.duration_min == 60


def test_an_unknown_session_is_a_not_found_error() -> None:
    with pytest.raises(NotFoundError):
        report_data.attendance_sheet("no-such-session")


def test_the_tickoff_template_carries_ticks_topics_and_the_session_report() -> None:
    _pid, people, sessions = setup_programme()
    items = outcomes.session_outcomes(sessions[0])
    outcomes.tick(sessions[0], people[2], items[1].id)
    session_reports.save_session_report(sessions[0], topics_covered=["Praise"],
                                        notes="Good turnout", facilitator="Thandi")
    template = report_data.tickoff_template(sessions[0])
    assert [o.title for o in template.outcomes] == ["Listens", "Explains"]
    assert template.topics == ("Praise", "Routines")
    achieved = {r.participant_id: r.achieved for r in template.rows}
    assert achieved[people[2]] == frozenset({items[1].id})
    assert achieved[people[0]] == frozenset()
    assert template.report is not None and template.report.held
    assert template.report.topics_covered == ("Praise",)
    assert template.report.notes == "Good turnout"
    assert report_data.tickoff_template(sessions[1]).report is None


def test_compliance_lines_match_the_rule_service_with_non_compliant_first() -> None:
    pid, people, _sessions = setup_programme()
    past = [s.id for s in programmes.list_sessions(pid, kind="past")]
    for index, session in enumerate(past):
        attendance.mark(session, people[0], "present")
        attendance.mark(session, people[1], "absent")
        attendance.mark(session, people[2], "present" if index else "absent")
    report = report_data.compliance_report(pid)
    service = {p.participant_id: p for p in compliance_service.compliance(pid).participants}
    assert next(line.status for line in report.lines) == "non_compliant"
    assert report.lines[0].participant_id == people[1]
    for line in report.lines:
        figures = service[line.participant_id]
        assert (line.attended, line.sessions_held, line.rate, line.status) == (
            figures.attended, figures.counted, figures.rate, figures.status.value)
        assert line.external_id.startswith("Ωmega-")
    ranks = {"non_compliant": 0, "at_risk": 1, "compliant": 2, "not_yet_assessed": 3}
    assert [ranks[line.status] for line in report.lines] == sorted(
        ranks[line.status] for line in report.lines)


def test_hours_report_sums_attended_time_per_period_and_against_the_budget() -> None:
    pid, people, _sessions = setup_programme(hours_budget=3.0)
    past = programmes.list_sessions(pid, kind="past")[:3]
    assert len(past) == 3
    attendance.mark(past[0].id, people[0], "present")
    attendance.mark(past[1].id, people[0], "present")
    attendance.mark(past[2].id, people[0], "late", minutes=30)
    attendance.mark(past[0].id, people[1], "late", minutes=45)
    attendance.mark(past[1].id, people[1], "absent")
    report = report_data.hours_report(pid, period="week")
    total = {p.participant_id: p for p in report.total.participants}
    assert total[people[0]].hours_to_date == pytest.approx(2.5)
    assert total[people[0]].remaining == pytest.approx(0.5)
    assert total[people[1]].hours_to_date == pytest.approx(0.75)
    assert total[people[3]].hours_to_date == 0 and total[people[3]].budget == 3.0
    weekly = [next((p.hours_in_period for p in period.participants
                    if p.participant_id == people[0]), 0.0) for period in report.periods]
    assert weekly[:3] == pytest.approx([1.0, 1.0, 0.5])
    to_date = [next(p.hours_to_date for p in period.participants
                    if p.participant_id == people[0]) for period in report.periods[:3]]
    assert to_date == pytest.approx([1.0, 2.0, 2.5])
    assert report.periods[0].facilitators[0].hours == pytest.approx(1.0)
    assert report.periods and all(p.start <= date.today() for p in report.periods)
    assert report.total.end > date.today()  # the whole span still ends with the programme
    with pytest.raises(ValidationError):
        report_data.hours_report(pid, period="fortnight")


def test_certificates_go_to_those_who_completed_with_their_outcomes() -> None:
    info = helpers.programme("First aid", count=2, outcomes=("CPR", "Recovery position"),
                             expiry_months=12, facilitator="Amina")
    people = helpers.people(2, info.id, prefix="Σ")
    sessions = programmes.list_sessions(info.id)
    items = outcomes.session_outcomes(sessions[0].id)
    for session in sessions:
        attendance.mark(session.id, people[0], "present")
        attendance.mark(session.id, people[1], "absent")
    outcomes.tick(sessions[0].id, people[0], items[0].id)
    certificates = report_data.certificates(info.id)
    assert [c.participant_id for c in certificates] == [people[0]]
    cert = certificates[0]
    assert cert.outcomes == ("CPR",) and cert.hours == pytest.approx(2.0)
    assert cert.completed_on == sessions[-1].local_date
    assert cert.valid_until is not None and cert.valid_until > cert.completed_on
    assert cert.facilitator == "Amina" and cert.programme_name == "First aid"


def test_expired_completions_get_no_certificate() -> None:
    info = helpers.programme("Refresher", count=2, weeks_ago=60, expiry_months=1)
    person = helpers.people(1, info.id)[0]
    Enrolment.update(requested_at=datetime.now(UTC) - timedelta(weeks=70)).execute()
    for session in programmes.list_sessions(info.id):
        attendance.mark(session.id, person, "present")
    assert report_data.certificates(info.id) == []


def db_attendance() -> list[tuple[str, str, str, str]]:
    """(session, participant name, status, marked by) of every mark in the store."""
    return sorted(
        (a.session_id, a.participant.name, a.status, a.marked_by)
        for a in Attendance.select(Attendance, Participant).join(Participant)
    )


def test_exported_attendance_read_back_equals_the_database(tmp_path: Path) -> None:
    pid, people, _sessions = setup_programme()
    statuses = ["present", "late", "excused", "absent"]
    for index, session in enumerate(programmes.list_sessions(pid, kind="past")):
        for offset, person in enumerate(people):
            attendance.mark(session.id, person, statuses[(index + offset) % 4], by="Lwazi")
    records = report_data.attendance_records(pid)
    buffer = io.BytesIO()
    export_attendance(records, buffer, "csv")
    table = list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))
    head = table[0]
    got = sorted((row[head.index("Session key")], row[head.index("Participant name")],
                  row[head.index("Status")], row[head.index("Marked by")]) for row in table[1:])
    assert got == db_attendance()
    target = tmp_path / "attendance.xlsx"
    export_attendance(records, target, "xlsx")
    rows = list(load_workbook(target).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    got_xlsx = sorted((str(r[head.index("Session key")]), str(r[head.index("Participant name")]),
                       str(r[head.index("Status")]), str(r[head.index("Marked by")]))
                      for r in rows[1:])
    assert got_xlsx == db_attendance()


def test_unmarked_people_booked_before_a_held_session_are_exported_as_pending() -> None:
    pid, people, _sessions = setup_programme()
    Enrolment.update(requested_at=datetime.now(UTC) - timedelta(weeks=10)).execute()
    past = programmes.list_sessions(pid, kind="past")
    attendance.mark(past[0].id, people[0], "present")
    records = report_data.attendance_records(pid)
    first = [r for r in records if r.session_id == past[0].id]
    assert sorted(r.status for r in first) == ["pending"] * 3 + ["present"]
    assert all(r.marked_at is None for r in first if r.status == "pending")
    in_range = report_data.attendance_records(pid, start=past[0].local_date,
                                              end=past[0].local_date)
    assert {r.session_id for r in in_range} == {past[0].id}
    with pytest.raises(ValidationError):
        report_data.attendance_records(pid, start=past[-1].local_date,
                                       end=past[0].local_date - timedelta(days=1))


def test_cancelled_sessions_are_left_out_of_the_attendance_export() -> None:
    from fieldsessions.services import sessions as session_service

    pid, people, _sessions = setup_programme()
    past = programmes.list_sessions(pid, kind="past")
    attendance.mark(past[0].id, people[0], "present")
    session_service.cancel_session(past[1].id, "Storm")
    assert past[1].id not in {r.session_id for r in report_data.attendance_records(pid)}


def test_an_untitled_session_is_headed_with_its_number_in_the_programme() -> None:
    _pid, _people, sessions = setup_programme()
    header = report_data.attendance_sheet(sessions[1]).session
    assert header.title == "Session 2 of 6"
