"""Realistic demo data: programmes of different frequencies, 150 participants, past roll calls.

Demo data lives in a demo file of its own (store.demo_path, beside the facilitator's data
file), marked as such: nothing in it is ever queued for the organisation's server, and the
facilitator's own file never receives demo data.

Names mix scripts on purpose (accented Latin, Greek, Cyrillic, Vietnamese), so every screen
and printout is seen with names a real roster has. Deterministic for a given `today`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from fieldsessions.core.enums import (
    AttendanceStatus,
    ExcusedPolicy,
    Frequency,
    MonthlyMode,
    ReportingFrequency,
)
from fieldsessions.core.i18n import tr
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import store
from fieldsessions.db.models import Device, Session, database
from fieldsessions.services import attendance, outcomes, participants, programmes
from fieldsessions.services import sessions as session_service
from fieldsessions.services.status import is_empty as is_empty

FIRST = ["Maria", "José", "Ana", "Juan", "Rosa", "Pedro", "Luz", "Carlos", "Elena", "Miguel",
         "Amina", "Kwame", "Fatuma", "Baraka", "Zawadi", "Juma", "Neema", "Otieno", "Wanjiru",
         "Chipo", "Zoë", "François", "Ngozi", "Tendai", "Aroha", "Siosaia", "Lưu", "Thảo",
         "Søren", "Åsa"]
LAST = ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Mwangi", "Otieno", "Achieng",
        "Kamau", "Njoroge", "Moyo", "Dlamini", "Müller", "Martínez", "Núñez", "Okafor",
        "Nguyễn", "Trần", "Løvik", "Ó Briain"]
OTHER_SCRIPTS = ["Γιώργος Παπαδόπουλος", "Ελένη Νικολάου", "Анна Иванова", "Дмитрий Соколов",
                 "Олена Шевченко", "Νίκος Δημητρίου", "Мария Петрова", "Nguyễn Thị Hoa",
                 "Trần Văn Đức", "Ǹgozí Àdébáyọ̀"]
GROUPS = ["San Isidro", "Malaya", "Kibera East", "Kibera West", "Riverside"]


@dataclass(frozen=True)
class DemoSummary:
    programmes: int
    participants: int
    sessions: int
    marks: int


def create_demo(today: date | None = None, seed: int = 7) -> DemoSummary:
    """Fill an empty store with demo data (refuses a store that already has programmes)."""
    from fieldsessions.core.errors import ValidationError

    if not is_empty():
        raise ValidationError(tr("The data file already has programmes; demo data goes into "
                                 "an empty file (use --db with a new file name)."))
    # The file becomes a demo file for good: nothing done in it is queued for the server.
    store.mark_demo()
    rng = random.Random(seed)
    today = today or date.today()
    with database.atomic():
        # Name the laptop and its facilitator only where the user has not already.
        Device.update(facilitator="Demo Facilitator").where(Device.facilitator == "").execute()
        Device.update(name="Demo laptop").where(Device.name == "").execute()
    specs = [
        ProgrammeSpec(
            name="Family Development Sessions", frequency=Frequency.WEEKLY,
            start_date=today - timedelta(weeks=8), weekdays=(1, 3),
            until=today + timedelta(weeks=20), start_time=time(9, 0), duration_min=120,
            timezone="Asia/Manila", location="Barangay Hall, San Isidro", capacity=60,
            required_attendance=85, excused_policy=ExcusedPolicy.EXCLUDED,
            topics=("Parenting", "Household budgeting", "Health and nutrition", "Child rights"),
            topic_tracking=True,
            outcomes=("Attended with a family member", "Completed the home activity",
                      "Can explain the session's key message"),
            reporting_frequency=ReportingFrequency.MONTHLY, facilitator="Demo Facilitator",
            excluded_dates=(today + timedelta(weeks=6),),
        ),
        ProgrammeSpec(
            name="Maths tutoring (Grade 7)", frequency=Frequency.BIWEEKLY,
            start_date=today - timedelta(weeks=10), weekdays=(2,),
            count=16, start_time=time(15, 30), duration_min=90, timezone="Africa/Nairobi",
            location="Kibera Community Library", capacity=30, required_attendance=75,
            hours_budget=20.0, excused_policy=ExcusedPolicy.ATTENDED,
            outcomes=("Fractions", "Ratios", "Negative numbers", "Simple equations"),
            reporting_frequency=ReportingFrequency.EVERY_SESSION, facilitator="Demo Facilitator",
        ),
        ProgrammeSpec(
            name="Savings group coaching", frequency=Frequency.MONTHLY,
            start_date=today - timedelta(days=95), monthly_mode=MonthlyMode.BY_WEEKDAY,
            week_of_month=2, weekdays=(5,), count=12, start_time=time(10, 0), duration_min=60,
            timezone="Africa/Nairobi", location="Riverside church hall", capacity=None,
            required_attendance=70, outcomes=("Kept a savings record", "Made a deposit"),
            reporting_frequency=ReportingFrequency.END, expiry_months=12,
            facilitator="Demo Facilitator",
        ),
        ProgrammeSpec(
            name="First aid refresher", frequency=Frequency.ONCE,
            start_date=today - timedelta(days=20), start_time=time(13, 0), duration_min=240,
            timezone="Europe/Athens", location="Health centre", capacity=25,
            required_attendance=100, outcomes=("CPR demonstration", "Recovery position"),
            expiry_months=24, facilitator="Demo Facilitator",
        ),
    ]
    created = [programmes.create_programme(spec) for spec in specs]
    people = []
    for i in range(150):
        if i % 15 == 0:
            name = OTHER_SCRIPTS[(i // 15) % len(OTHER_SCRIPTS)]
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 365 * 50))
        people.append(participants.add_participant(participants.ParticipantInput(
            name=name, external_id=f"P{1000 + i}", phone=f"+63 917 {rng.randrange(1000000):07d}",
            gender=rng.choice(["F", "M", "F", "M", ""]), birth_date=born,
            group_name=rng.choice(GROUPS),
        )))
    # Enrolments: overlapping rosters; the first programme fills and waitlists.
    plan = [(created[0], people[:64]), (created[1], people[60:92]),
            (created[2], people[90:135]), (created[3], people[130:150] + people[:5])]
    for programme, members in plan:
        for person in members:
            participants.enrol(programme.id, person.id)
    now = datetime.now(UTC)
    marks = 0
    for programme, _members in plan:
        sessions = programmes.list_sessions(programme.id)
        past = [s for s in sessions if s.starts_at + timedelta(minutes=s.duration_min) < now]
        roll_missing = past[-1].id if len(past) > 3 else None
        for s in past:
            if s.id == roll_missing:
                continue  # one past session left without roll, as happens in the field
            roster = attendance.roster(s.id)
            wanted: dict[str, tuple[str | None, int | None]] = {}
            for entry in roster:
                r = rng.random()
                status = (AttendanceStatus.PRESENT if r < 0.72 else AttendanceStatus.LATE
                          if r < 0.82 else AttendanceStatus.EXCUSED if r < 0.88
                          else AttendanceStatus.ABSENT)
                wanted[entry.participant_id] = (status.value, None)
            marks += len(attendance.mark_many(s.id, wanted, by="Demo Facilitator", now=now))
            _tick_outcomes(s.id, wanted, rng, now)
    # One cancelled future session, with its reason.
    upcoming = programmes.list_sessions(created[0].id, kind="upcoming")
    if len(upcoming) > 3:
        session_service.cancel_session(upcoming[3].id, "Typhoon warning: the hall is closed")
    return DemoSummary(
        programmes=len(created), participants=len(people),
        sessions=Session.select().count(), marks=marks,
    )


def _tick_outcomes(session_id: str, marks: dict[str, tuple[str | None, int | None]],
                   rng: random.Random, now: datetime) -> None:
    """Tick about 60% of each outcome for the people who came."""
    ticks = {
        (pid, item.id): True
        for item in outcomes.session_outcomes(session_id)
        for pid, (status, _minutes) in marks.items()
        if status in ("present", "late") and rng.random() < 0.6
    }
    outcomes.tick_many(session_id, ticks, by="Demo Facilitator", now=now)
