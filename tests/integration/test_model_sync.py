"""The whole system against a model: several laptops, the real server, the admin, and faults.

A hypothesis state machine (Jepsen's set workload, in the shape of SQLite's crash tests) drives
what facilitators do on their laptops through the services a screen or command calls, what the
server's admin does, and syncs at any moment through faults: refused connections, answers cut
or lost after the server acted, slow answers, and clients killed between any two requests
(in process, and as `fieldsessions sync` processes killed with SIGKILL).

The model is plain Python and knows nothing of the product's code: every user action is a
write `(time, entity, key, value)`; what every copy must hold is, per record, the value of its
latest write (a deletion included), which is what per-field last-writer-wins by HLC gives when
the clocks agree (all laptops here share one clock, and writes are a few milliseconds apart).

Actors: the server (SQLite, and PostgreSQL when the private cluster can start), ann's two
laptops, bea (ann's co-facilitator on programmes the admin assigns her), cat (a facilitator of
her own), and the admin (imports rosters, assigns and unassigns programmes, revokes a device,
and starts today's server on a database a server before the delete rule left: a session or
person deleted with marks or bookings still live in it, which the server keeps on start).

Deletes (a session deleted, a programme or a person removed where nothing is recorded in it on
that laptop) may race other laptops' work: a record stays alive, with its last value, while a
live record is in it (`Model.live`; server/push.py). Unassigned, bea's laptop holds nothing of
the programme any more (her view, `Model.view`, no longer has it); assigned again, all of it.

Checked after every sync that went through cleanly: the laptop holds exactly what the server
holds for its facilitator, nothing is left waiting in its outbox or backlog, and every mark's
history (in the order the server settles changes) ends in its current value. Checked whenever
no sync is in doubt: the server holds exactly the model. At the end everyone syncs twice and
every laptop equals the model's view for its facilitator; the counts lost / duplicated /
unexpected are all 0; every laptop holds every history entry any laptop holds of every mark
it sees (the union), and each mark's history is every value it was given, in order.

Run longer with FIELDSESSIONS_SOAK=<examples> (and FIELDSESSIONS_SOAK_STEPS=<steps>), e.g.
`FIELDSESSIONS_SOAK=500 .venv/bin/python -m pytest --timeout=0 -k sqlite \
tests/integration/test_model_sync.py` (`--timeout=0`: the suite stops a test after 300 s).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from peewee import SQL

from fieldsessions.core.enums import Frequency, ReportingFrequency
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.programme import ProgrammeSpec
from fieldsessions.db import store as local_store
from fieldsessions.db.models import (
    Attendance,
    AttendanceHistory,
    Enrolment,
    Outbox,
    Outcome,
    OutcomeTick,
    OutcomeTickHistory,
    Participant,
    PeriodReport,
    Programme,
    PulledChange,
    Session,
    SessionReport,
    history_order,
)
from fieldsessions.server import admin, store
from fieldsessions.services import (
    attendance,
    outcomes,
    participants,
    programmes,
    session_reports,
    sessions,
)
from fieldsessions.sync import engine as sync_engine
from fieldsessions.sync.client import RetryPolicy
from tests.integration.conftest import Backend, Laptop, ServerProcess
from tests.integration.test_server_upgrade_keeps_held_records import delete_as_before_the_rule

SOAK = int(os.environ.get("FIELDSESSIONS_SOAK", "0"))
EXAMPLES = SOAK or int(os.environ.get("FIELDSESSIONS_MODEL_EXAMPLES", "10"))
STEPS = int(os.environ.get("FIELDSESSIONS_SOAK_STEPS", "40" if SOAK else "30"))
RETRY = RetryPolicy(attempts=3, base=0.01, cap=0.05, max_retry_after=2)
STATUSES = ("present", "late", "excused", "absent")
FAULTS = ("ok", "ok", "ok", "refuse", "cut", "timeout", "delay", "kill_before", "kill_after")

Key = tuple[str, ...]
Pick = tuple[int, int, int]
PICKS = st.tuples(st.integers(0, 999), st.integers(0, 999), st.integers(0, 999))


def choose(items: list[Any], index: int) -> Any:
    """One of `items` by a drawn number: the same number of draws whatever the laptop holds,
    so hypothesis can replay and shrink an example."""
    return items[index % len(items)]


class Killed(BaseException):
    """The client process dies here (not an Exception: nothing in the engine catches it)."""


class FaultySession(requests.Session):
    """A requests session that fails requests as its plan says, one action per request.

    refuse: no connection (nothing reached the server); cut: the server acted, the answer was
    cut short; timeout: the server acted, the answer never came; delay: a slow answer;
    kill_before / kill_after: the client dies before sending / after the server acted."""

    def __init__(self, plan: list[str]) -> None:
        super().__init__()
        self.plan = list(plan)

    def request(self, method: str | bytes, url: str | bytes,  # type: ignore[override]
                *args: Any, **kwargs: Any) -> requests.Response:
        action = self.plan.pop(0) if self.plan else "ok"
        if action == "refuse":
            raise requests.exceptions.ConnectionError("fault: connection refused")
        if action == "kill_before":
            raise Killed()
        if action == "delay":
            time.sleep(0.03)
        response = super().request(method, url, *args, **kwargs)
        if action in ("cut", "timeout", "kill_after"):
            response.close()  # the answer is lost on the way: its connection goes too
        if action == "cut":
            raise requests.exceptions.ChunkedEncodingError("fault: answer cut short")
        if action == "timeout":
            raise requests.exceptions.ReadTimeout("fault: no answer")
        if action == "kill_after":
            raise Killed()
        return response


# ---------------------------------------------------------------------------- the model


@dataclass
class Model:
    """What every copy must hold: per (entity, key), the latest write (None: deleted)."""

    clock: int = 0
    values: dict[tuple[str, Key], tuple[int, Any]] = field(default_factory=dict)
    assigned: dict[str, set[str]] = field(default_factory=dict)  # facilitator -> programmes
    owner: dict[str, str | None] = field(default_factory=dict)  # participant -> creator
    # (entity, key) -> every value a mark or a tick was given, in the order given
    history: dict[tuple[str, Key], list[Any]] = field(default_factory=dict)
    last_live: dict[tuple[str, Key], Any] = field(default_factory=dict)  # last value not None

    def write(self, entity: str, key: Key, value: Any) -> None:
        self.clock += 1
        self.values[(entity, key)] = (self.clock, value)
        if entity in ("attendance", "outcome_tick"):
            self.history.setdefault((entity, key), []).append(value)
        if value is not None:
            self.last_live[(entity, key)] = value

    def alive(self, entity: str) -> dict[Key, Any]:
        return {k: v for (e, k), (_t, v) in self.values.items() if e == entity and v is not None}

    def live(self) -> dict[str, dict[Key, Any]]:
        """Every live record: its latest write; or, when that deleted it but a live record
        is still in it (a co-facilitator's mark in a session a schedule edit removed), its
        last value. Recorded work keeps what it is in, whatever order things happened in."""
        out = {name: self.alive(name) for name in PROJECTIONS}

        def keep(entity: str, keys: set[Key]) -> None:
            for k in keys - set(out[entity]):
                if (entity, k) in self.last_live:
                    out[entity][k] = self.last_live[(entity, k)]

        keep("session", {(k[0],) for e in ("attendance", "outcome_tick", "session_report")
                         for k in out[e]})
        keep("outcome", {(k[2],) for k in out["outcome_tick"]})
        keep("participant", {(k[1],) for e in ("attendance", "outcome_tick", "enrolment")
                             for k in out[e]})
        keep("programme", {(v[0],) for e in ("session", "outcome") for v in out[e].values()}
             | {(k[0],) for e in ("enrolment", "period_report") for k in out[e]})
        return out

    def view_all(self, facilitators: list[str]) -> dict[str, dict[Key, Any]]:
        """What the server must hold for these facilitators together."""
        out: dict[str, dict[Key, Any]] = {name: {} for name in PROJECTIONS}
        for facilitator in facilitators:
            for entity, records in self.view(facilitator).items():
                out[entity].update(records)
        return out

    def view(self, facilitator: str) -> dict[str, dict[Key, Any]]:
        """Everything `facilitator` may see."""
        mine = self.assigned.get(facilitator, set())
        out = self.live()
        sessions_ = {k: v for k, v in out["session"].items() if v[0] in mine}
        programmes_ = {k: v for k, v in out["programme"].items() if k[0] in mine}
        everyone = {k for (e, k) in self.values if e == "enrolment"}
        seen_people = {k[1] for k in everyone if k[0] in mine}
        return {
            "programme": programmes_,
            "session": sessions_,
            "outcome": {k: v for k, v in out["outcome"].items() if v[0] in mine},
            "participant": {k: v for k, v in out["participant"].items()
                            if self.owner.get(k[0]) == facilitator or k[0] in seen_people},
            "enrolment": {k: v for k, v in out["enrolment"].items() if k[0] in mine},
            "attendance": {k: v for k, v in out["attendance"].items()
                           if (k[0],) in sessions_},
            "outcome_tick": {k: v for k, v in out["outcome_tick"].items()
                             if (k[0],) in sessions_},
            "session_report": {k: v for k, v in out["session_report"].items()
                               if (k[0],) in sessions_},
            "period_report": {k: v for k, v in out["period_report"].items() if k[0] in mine},
        }


# What is compared, per entity: key -> value, the same projection on every copy.
PROJECTIONS = ("programme", "session", "outcome", "participant", "enrolment", "attendance",
               "outcome_tick", "session_report", "period_report")


def laptop_state() -> dict[str, dict[Key, Any]]:
    """The projection of the laptop whose store is open."""
    return {
        "programme": {(p.id,): p.name for p in Programme.select()},
        "session": {(s.id,): (s.programme_id, s.local_date.isoformat(), s.status)
                    for s in Session.select()},
        "outcome": {(o.id,): (o.programme_id, o.title) for o in Outcome.select()},
        "participant": {(p.id,): p.name for p in Participant.select()},
        "enrolment": {(e.programme_id, e.participant_id): e.status for e in Enrolment.select()},
        "attendance": {(a.session_id, a.participant_id): a.status for a in Attendance.select()},
        "outcome_tick": {(t.session_id, t.participant_id, t.outcome_id): bool(t.achieved)
                         for t in OutcomeTick.select()},
        "session_report": {(r.session_id,): r.notes for r in SessionReport.select()},
        "period_report": {(r.programme_id, r.period_key): r.notes
                          for r in PeriodReport.select()},
    }


def server_state(backend: Backend, facilitators: list[str],
                 ) -> tuple[dict[str, dict[Key, Any]], int]:
    """The projection of what the server holds for these facilitators together, and how
    many records it holds twice."""
    out: dict[str, dict[Key, Any]] = {name: {} for name in PROJECTIONS}
    with backend.db() as db:
        rows = db.execute_sql(
            "SELECT entity, key, data, deleted, sole_device, programme_id, owner_id "
            "FROM record").fetchall()
        twice = int(db.execute_sql(
            "SELECT COUNT(*) FROM (SELECT entity, key FROM record GROUP BY entity, key "
            "HAVING COUNT(*) > 1) AS d").fetchone()[0])
        me: set[int] = set()
        mine: set[str] = set()
        for facilitator in facilitators:
            user = int(db.execute_sql(store.q(
                db, "SELECT id FROM facilitator WHERE username = ?"),
                (facilitator,)).fetchone()[0])
            me.add(user)
            mine.update(str(p) for (p,) in db.execute_sql(store.q(
                db, "SELECT programme_id FROM assignment WHERE facilitator_id = ?"),
                (user,)).fetchall())
    enrolled: set[str] = set()
    people: dict[Key, tuple[str, Any]] = {}
    for entity, where, text, deleted, sole, programme_id, owner_id in rows:
        entity = str(entity)
        if entity not in PROJECTIONS:
            continue
        data = store.read_data(entity, str(text), deleted=bool(deleted), sole=sole)
        if entity == "enrolment" and programme_id in mine:
            enrolled.add(str(data.get("participant_id")))
        if deleted:
            continue
        if entity == "participant":
            people[(str(where),)] = (data.get("name"), owner_id)
            continue
        if programme_id not in mine:
            continue
        key, value = _project(entity, str(where), data)
        if key in out[entity]:
            twice += 1  # two records for one (programme, period): one report twice
        out[entity][key] = value
    for key, (name, owner_id) in people.items():
        if owner_id in me or key[0] in enrolled:
            out["participant"][key] = name
    return out, twice


def _project(entity: str, where: str, data: dict[str, Any]) -> tuple[Key, Any]:
    if entity == "programme":
        return (where,), data.get("name")
    if entity == "session":
        return (where,), (data.get("programme_id"), data.get("local_date"),
                          data.get("status", "scheduled"))
    if entity == "outcome":
        return (where,), (data.get("programme_id"), data.get("title"))
    if entity == "enrolment":
        return (data["programme_id"], data["participant_id"]), data.get("status")
    if entity == "attendance":
        return (data["session_id"], data["participant_id"]), data.get("status")
    if entity == "outcome_tick":
        return (data["session_id"], data["participant_id"], data["outcome_id"]), bool(
            data.get("achieved"))
    if entity == "period_report":
        return (data["programme_id"], data["period_key"]), data.get("notes", "")
    assert entity == "session_report"
    return (data["session_id"],), data.get("notes", "")


def differences(expected: dict[str, dict[Key, Any]], actual: dict[str, dict[Key, Any]],
                ) -> dict[str, int]:
    """Jepsen's counts: lost (expected, missing or with another value), unexpected (there,
    not expected)."""
    lost = unexpected = 0
    for entity in PROJECTIONS:
        want, have = expected.get(entity, {}), actual.get(entity, {})
        lost += sum(1 for k, v in want.items() if have.get(k, object()) != v)
        unexpected += sum(1 for k in have if k not in want)
    return {"lost": lost, "unexpected": unexpected}


def explain(expected: dict[str, dict[Key, Any]], actual: dict[str, dict[Key, Any]]) -> str:
    lines = []
    for entity in PROJECTIONS:
        want, have = expected.get(entity, {}), actual.get(entity, {})
        for k in sorted(set(want) | set(have)):
            if want.get(k, "<absent>") != have.get(k, "<absent>"):
                lines.append(f"{entity} {k}: expected {want.get(k, '<absent>')!r}, "
                             f"found {have.get(k, '<absent>')!r}")
    return "\n".join(lines[:40])


# ---------------------------------------------------------------------------- actors


@dataclass
class Machine:
    laptop: Laptop
    facilitator: str
    clean: bool = True  # its last sync went through: nothing of it is in doubt
    revoked: bool = False
    backup: Path | None = None
    sign_in_again: bool = False


class World:
    """The server, the laptops and the model for one example."""

    def __init__(self, backend: Backend, server: ServerProcess, folder: Path) -> None:
        self.backend, self.server, self.folder = backend, server, folder
        tag = uuid.uuid4().hex[:6]
        self.users = {name: f"{name}{tag}" for name in ("ann", "bea", "cat")}
        for user in self.users.values():
            backend.add_facilitator(user)
        self.model = Model()
        self.machines: dict[str, Machine] = {}
        for name, user in (("ann1", "ann"), ("ann2", "ann"), ("bea", "bea"), ("cat", "cat")):
            laptop = Laptop(folder, f"{name}-{tag}")
            laptop.sign_in(server, self.users[user])
            self.machines[name] = Machine(laptop, self.users[user])
        self.last_write = 0.0
        self.count = 0
        self.server_backup = False
        self.admin_since_backup = False

    def serial(self) -> int:
        self.count += 1
        return self.count

    def pace(self) -> None:
        """Keep writes a few milliseconds apart, so HLC order is real-time order."""
        wait = self.last_write + 0.003 - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.last_write = time.monotonic()


def _weekly_dates(start: date, count: int) -> list[str]:
    return [(start + timedelta(weeks=i)).isoformat() for i in range(count)]


class SyncMachine(RuleBasedStateMachine):
    """Rules are what people do; invariants are what must stay true."""

    programmes_ = Bundle("programmes")
    world_factory: Any = None  # set by the test: makes the World of one example

    def __init__(self) -> None:
        super().__init__()
        self.w: World = type(self).world_factory()
        self.m = self.w.model
        self.stats = STATS

    # ------------------------------------------------------------------ helpers

    def on(self, name: str) -> Machine:
        return self.w.machines[name]

    def sessions_of(self, name: str, programme_id: str) -> list[str]:
        """The programme's scheduled sessions up to today (the ones people mark)."""
        with self.on(name).laptop:
            return [s.id for s in Session.select().where(
                (Session.programme == programme_id) & (Session.status == "scheduled")
                & (Session.local_date <= date.today())).order_by(Session.local_date, SQL("rowid"))]

    def visible_programmes(self, name: str) -> list[str]:
        with self.on(name).laptop:
            return [p.id for p in Programme.select().order_by(SQL("rowid"))]

    def booked(self, name: str, programme_id: str) -> list[str]:
        with self.on(name).laptop:
            return [e.participant_id for e in Enrolment.select().where(
                (Enrolment.programme == programme_id) & (Enrolment.status == "booked"))
                .order_by(SQL("rowid"))]

    def roll(self, name: str, pick: Pick, person: bool = True,
             ) -> tuple[str, str, str] | None:
        """A programme this laptop shows, one of its sessions up to today and (with
        `person`) one of its booked people, by the drawn numbers; None when there is none."""
        visible = self.visible_programmes(name)
        if not visible:
            return None
        programme_id = choose(visible, pick[0])
        sessions_ = self.sessions_of(name, programme_id)
        people = self.booked(name, programme_id) if person else [""]
        if not sessions_ or not people:
            return None
        return programme_id, choose(sessions_, pick[1]), choose(people, pick[2])

    # ------------------------------------------------------------------ laptops

    @rule(target=programmes_, name=st.sampled_from(["ann1", "ann2", "bea", "cat"]),
          weeks_ago=st.integers(0, 3), count=st.integers(2, 5), people=st.integers(0, 4),
          weekly_reports=st.booleans())
    def create_programme(self, name: str, weeks_ago: int, count: int, people: int,
                         weekly_reports: bool = False) -> str:
        machine = self.on(name)
        start = date.today() - timedelta(weeks=weeks_ago)
        self.w.pace()
        with machine.laptop:
            spec = ProgrammeSpec(
                name=f"Circle {self.w.serial()}", frequency=Frequency.WEEKLY,
                start_date=start, weekdays=(start.weekday(),), count=count,
                start_time=dtime(0, 5), duration_min=60, outcomes=("Reads aloud",),
                reporting_frequency=ReportingFrequency.WEEKLY if weekly_reports
                else ReportingFrequency.EVERY_SESSION)
            info = programmes.create_programme(spec)
            made = list(Session.select().where(Session.programme == info.id)
                        .order_by(Session.local_date))
            outcome_rows = list(Outcome.select().where(Outcome.programme == info.id))
        assert [s.local_date.isoformat() for s in made] == _weekly_dates(start, count), \
            "a weekly programme has one session a week from its start"
        self.m.assigned.setdefault(machine.facilitator, set()).add(info.id)
        self.m.write("programme", (info.id,), spec.name)
        for s in made:
            self.m.write("session", (s.id,), (info.id, s.local_date.isoformat(), "scheduled"))
        for o in outcome_rows:
            self.m.write("outcome", (o.id,), (info.id, o.title))
        for _ in range(people):
            self._add_person(name, info.id)
        return info.id

    def _add_person(self, name: str, programme_id: str) -> None:
        machine = self.on(name)
        self.w.pace()
        with machine.laptop:
            person = participants.add_participant(participants.ParticipantInput(
                name=f"Person {self.w.serial()}"))
            result = participants.enrol(programme_id, person.id)
        self.m.owner[person.id] = machine.facilitator
        self.m.write("participant", (person.id,), person.name)
        self.m.write("enrolment", (programme_id, person.id), str(result.status))

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def add_and_enrol(self, name: str, pick: Pick) -> None:
        visible = self.visible_programmes(name)
        if not visible:
            return
        self._add_person(name, choose(visible, pick[0]))

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def rename_programme(self, name: str, pick: Pick) -> None:
        visible = self.visible_programmes(name)
        if not visible:
            return
        programme_id = choose(visible, pick[0])
        new_name = f"Renamed {self.w.serial()}"
        self.w.pace()
        with self.on(name).laptop:
            before = {s.id for s in Session.select().where(Session.programme == programme_id)}
            spec = programmes.spec_of(programme_id)
            spec = ProgrammeSpec(**{**spec.__dict__, "name": new_name})
            try:
                programmes.update_programme(programme_id, spec)
            except ValidationError:
                return  # e.g. an imported programme with no end: the dialog asks for one
            after = {s.id: s for s in Session.select().where(Session.programme == programme_id)}
        self.m.write("programme", (programme_id,), new_name)
        # Regenerated sessions (future, untouched ones) are what the laptop did.
        for gone in before - set(after):
            self.m.write("session", (gone,), None)
        for new in set(after) - before:
            s = after[new]
            self.m.write("session", (new,), (programme_id, s.local_date.isoformat(),
                                             s.status))

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS,
          status=st.sampled_from([*STATUSES, None]))
    def mark(self, name: str, pick: Pick, status: str | None) -> None:
        found = self.roll(name, pick)
        if found is None:
            return
        _programme_id, session_id, person = found
        self.w.pace()
        with self.on(name).laptop:
            changes = attendance.mark(session_id, person, status)
        if changes:
            self.m.write("attendance", (session_id, person), status)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS,
          rest_absent=st.booleans())
    def mark_all(self, name: str, pick: Pick, rest_absent: bool) -> None:
        found = self.roll(name, pick, person=False)
        if found is None:
            return
        programme_id, session_id, _nobody = found
        booked = set(self.booked(name, programme_id))
        self.w.pace()
        with self.on(name).laptop:
            unmarked = booked - {a.participant_id for a in Attendance.select().where(
                Attendance.session == session_id)}
            go = attendance.mark_rest_absent if rest_absent else attendance.mark_all_present
            changes = go(session_id)
        assert {c.participant_id for c in changes} <= unmarked, \
            "mark-all marks only booked people with no mark yet"
        for c in changes:
            self.m.write("attendance", (session_id, c.participant_id),
                         "absent" if rest_absent else "present")

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS,
          achieved=st.booleans())
    def tick(self, name: str, pick: Pick, achieved: bool) -> None:
        found = self.roll(name, pick)
        if found is None:
            return
        _programme_id, session_id, person = found
        self.w.pace()
        with self.on(name).laptop:
            items = outcomes.session_outcomes(session_id)
            if not items:
                return
            outcome_id = items[0].id
            changes = outcomes.tick(session_id, person, outcome_id, achieved)
        if changes:
            self.m.write("outcome_tick", (session_id, person, outcome_id), achieved)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def write_report(self, name: str, pick: Pick) -> None:
        found = self.roll(name, pick, person=False)
        if found is None:
            return
        _programme_id, session_id, _nobody = found
        notes = f"Notes {self.w.serial()}"
        self.w.pace()
        with self.on(name).laptop:
            try:
                session_reports.save_session_report(session_id, notes=notes)
            except RuleError:
                return  # a session today that has not started yet
        self.m.write("session_report", (session_id,), notes)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS,
          cancel=st.booleans())
    def cancel_or_reinstate(self, name: str, pick: Pick, cancel: bool) -> None:
        visible = self.visible_programmes(name)
        if not visible:
            return
        programme_id = choose(visible, pick[0])
        with self.on(name).laptop:
            rows = [(s.id, s.local_date.isoformat(), s.status) for s in Session.select()
                    .where(Session.programme == programme_id)
                    .order_by(Session.local_date, SQL("rowid"))]
        if not rows:
            return
        session_id, day, status = choose(rows, pick[1])
        self.w.pace()
        with self.on(name).laptop:
            if cancel:
                sessions.cancel_session(session_id, "Rain")
            else:
                sessions.reinstate_session(session_id)
            after = Session.get_by_id(session_id).status
        if after != status:
            self.m.write("session", (session_id,), (programme_id, day, after))

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def walk_in(self, name: str, pick: Pick) -> None:
        found = self.roll(name, pick, person=False)
        if found is None:
            return
        programme_id, session_id, _nobody = found
        self.w.pace()
        with self.on(name).laptop:
            result = participants.walk_in(session_id, participants.ParticipantInput(
                name=f"Walk-in {self.w.serial()}"))
            enrolled = Enrolment.get((Enrolment.programme == programme_id)
                                     & (Enrolment.participant == result.participant.id))
        self.m.owner[result.participant.id] = self.on(name).facilitator
        self.m.write("participant", (result.participant.id,), result.participant.name)
        self.m.write("enrolment", (programme_id, result.participant.id), enrolled.status)
        self.m.write("attendance", (session_id, result.participant.id), "present")

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def exclude_a_holiday(self, name: str, pick: Pick) -> None:
        """A schedule edit: one date becomes a holiday. Every other session keeps its id."""
        visible = self.visible_programmes(name)
        if not visible:
            return
        programme_id = choose(visible, pick[0])
        with self.on(name).laptop:
            rows = [(s.id, s.local_date) for s in Session.select().where(
                Session.programme == programme_id).order_by(Session.local_date, SQL("rowid"))]
            if not rows:
                return
            spec = programmes.spec_of(programme_id)
        _sid, day = choose(rows, pick[1])
        spec = ProgrammeSpec(**{**spec.__dict__,
                                "excluded_dates": (*spec.excluded_dates, day)})
        self.w.pace()
        with self.on(name).laptop:
            before = dict(rows)
            try:
                programmes.update_programme(programme_id, spec)
            except ValidationError:
                return  # e.g. an imported programme with no end: the dialog asks for one
            after = {s.id: s for s in Session.select().where(Session.programme == programme_id)}
        kept = {sid for sid, d in before.items() if d != day}
        assert kept <= set(after), "a holiday keeps the id of every other session"
        assert all(after[sid].local_date == before[sid] for sid in kept)
        self.m.write("programme", (programme_id,), spec.name)
        for gone in set(before) - set(after):
            self.m.write("session", (gone,), None)
        for new in set(after) - set(before):
            s_ = after[new]
            self.m.write("session", (new,), (programme_id, s_.local_date.isoformat(),
                                             s_.status))

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def cancel_a_booking(self, name: str, pick: Pick) -> None:
        visible = self.visible_programmes(name)
        if not visible:
            return
        programme_id = choose(visible, pick[0])
        people = self.booked(name, programme_id)
        if not people:
            return
        person = choose(people, pick[1])
        self.w.pace()
        with self.on(name).laptop:
            participants.cancel_enrolment(programme_id, person)
            changed = {(e.programme_id, e.participant_id): e.status for e in Enrolment.select()
                       .where(Enrolment.programme == programme_id)}
        self.m.write("enrolment", (programme_id, person), changed[(programme_id, person)])

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def submit_a_period_report(self, name: str, pick: Pick) -> None:
        visible = self.visible_programmes(name)
        if not visible:
            return
        programme_id = choose(visible, pick[0])
        with self.on(name).laptop:
            if Programme.get_by_id(programme_id).reporting_frequency != "weekly":
                return
            owed = session_reports.reports_owed(programme_id)
        if not owed:
            return
        key = choose([o.period.key for o in owed], pick[1])
        notes = f"Week notes {self.w.serial()}"
        self.w.pace()
        with self.on(name).laptop:
            session_reports.save_period_report(programme_id, key, notes)
        self.m.write("period_report", (programme_id, key), notes)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def remove_a_person_added_by_mistake(self, name: str, pick: Pick) -> None:
        """Removed before any sync sent them: the tombstone follows the record up."""
        with self.on(name).laptop:
            unsent = [e for (e,) in Outbox.select(Outbox.entity_id).where(
                (Outbox.entity == "participant") & (Outbox.state == "pending")
                & (Outbox.op == "upsert")).order_by(Outbox.seq).tuples()]
            unsent = [p for p in unsent if Participant.get_or_none(Participant.id == p)
                      and not Attendance.select().where(Attendance.participant == p).exists()
                      and not OutcomeTick.select().where(OutcomeTick.participant == p).exists()]
        if not unsent or not self.on(name).clean:
            return  # after a sync in doubt the record may have reached the server already
        person = choose(unsent, pick[0])
        self.w.pace()
        with self.on(name).laptop:
            enrolments = [(e.programme_id, e.participant_id) for e in Enrolment.select()
                          .where(Enrolment.participant == person)]
            removal = participants.remove_participant(person)
        assert removal.deletable
        self.m.write("participant", (person,), None)
        for key in enrolments:
            self.m.write("enrolment", key, None)

    def _what_changed(self, before: dict[str, dict[Key, Any]],
                      after: dict[str, dict[Key, Any]], deleted: tuple[str, ...]) -> None:
        """Write to the model what a removal did on a laptop: the records of `deleted`
        entities it deleted, and every value it changed (a waiting person booked)."""
        for entity in PROJECTIONS:
            for key, value in after[entity].items():
                if before[entity].get(key, object()) != value:
                    self.m.write(entity, key, value)
            if entity in deleted:
                for key in set(before[entity]) - set(after[entity]):
                    self.m.write(entity, key, None)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def delete_a_session(self, name: str, pick: Pick) -> None:
        """A session with nothing recorded on this laptop (a co-facilitator may be marking
        it at the same time: the server keeps it then)."""
        found = self.roll(name, pick, person=False)
        if found is None:
            return
        session_id = found[1]
        self.w.pace()
        with self.on(name).laptop:
            try:
                sessions.delete_session(session_id)
            except RuleError:
                return  # something is recorded in it here
        self.stats["removed"] += 1
        self.m.write("session", (session_id,), None)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea"]),
          other=st.sampled_from(["ann1", "ann2", "bea"]), pick=PICKS,
          what=st.sampled_from(["session", "programme", "person"]))
    def delete_while_another_marks(self, name: str, other: str, pick: Pick,
                                   what: str) -> None:
        """Two laptops offline: one marks a person in a session, the other deletes that
        session, or removes its programme or the person (nothing is recorded there)."""
        found = self.roll(name, pick)
        if found is None:
            return
        if other == name:
            other = {"ann1": "ann2", "ann2": "bea", "bea": "ann1"}[name]
        programme_id, session_id, person = found

        def holds() -> bool:
            return all(session_id in self.sessions_of(laptop, programme_id)
                       and person in self.booked(laptop, programme_id)
                       for laptop in (name, other))

        if not holds():
            # Both sync first (bea may need the admin to assign her), then go offline.
            for laptop in (name, other):
                if laptop == "bea" and programme_id not in self.m.assigned.get(
                        self.w.users["bea"], set()):
                    self.admin_assigns_bea(programme_id)
                receipt = self._sync(laptop, [])
                if receipt is None or not receipt.complete:
                    return
            if not holds():
                return
        self.w.pace()
        with self.on(other).laptop:
            if attendance.mark(session_id, person, "late"):
                self.m.write("attendance", (session_id, person), "late")
        self.stats["races"] += 1
        if what == "session":
            self.w.pace()
            with self.on(name).laptop:
                try:
                    sessions.delete_session(session_id)
                except RuleError:
                    return  # something is recorded in it here
            self.m.write("session", (session_id,), None)
        elif what == "programme":
            self._remove_programme(name, programme_id)
        else:
            self._remove_person(name, person)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def remove_a_programme(self, name: str, pick: Pick) -> None:
        """Removed where nothing is recorded in it on this laptop; another laptop may be
        marking it at the same time (the server keeps it then, with what was recorded)."""
        visible = self.visible_programmes(name)
        if visible:
            self._remove_programme(name, choose(visible, pick[0]))

    def _remove_programme(self, name: str, programme_id: str) -> None:
        with self.on(name).laptop:
            if not programmes.programme_removal(programme_id).deletable:
                return
            before = laptop_state()
        self.w.pace()
        with self.on(name).laptop:
            programmes.remove_programme(programme_id)
            after = laptop_state()
        self.stats["removed"] += 1
        self._what_changed(before, after, ("programme", "session", "outcome", "enrolment"))

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]), pick=PICKS)
    def remove_a_person(self, name: str, pick: Pick) -> None:
        """A booked person with nothing recorded on this laptop (others may be marking them
        at the same time)."""
        found = self.roll(name, pick)
        if found is not None:
            self._remove_person(name, found[2])

    def _remove_person(self, name: str, person: str) -> None:
        with self.on(name).laptop:
            if not participants.participant_removal(person).deletable:
                return
            before = laptop_state()
        self.w.pace()
        with self.on(name).laptop:
            participants.remove_participant(person)
            after = laptop_state()
        self.stats["removed"] += 1
        self._what_changed(before, after, ("participant", "enrolment"))

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]))
    def back_up_a_laptop(self, name: str) -> None:
        machine = self.on(name)
        machine.backup = machine.laptop.path.with_suffix(".backup")
        _copy_database(machine.laptop.path, machine.backup)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]))
    def restore_a_laptop_from_its_backup(self, name: str) -> None:
        """What the damaged-file message tells a user to do. Only when everything the laptop
        did since is on the server (else the restore itself loses it, as it must)."""
        machine = self.on(name)
        if machine.backup is None or not machine.clean or self._pending(name):
            return
        with machine.laptop:
            pass
        for suffix in ("-wal", "-shm"):
            Path(str(machine.laptop.path) + suffix).unlink(missing_ok=True)
        _copy_database(machine.backup, machine.laptop.path)
        self.stats["restores"] += 1

    @rule()
    def back_up_the_server(self) -> None:
        self.w.server.stop()
        _backup_server(self.w.backend)
        self.w.server.start()
        self.w.server_backup, self.w.admin_since_backup = True, False

    @rule()
    def restore_the_server_from_its_backup(self) -> None:
        """The server goes back in time. What laptops sent since is re-sent by them; a
        laptop's download position from after the backup is refused, never trusted. (Not
        after admin work since the backup: that is lost with the restore, as it must be.)"""
        if not self.w.server_backup or self.w.admin_since_backup:
            return
        self.w.server.stop()
        _restore_server(self.w.backend)
        self.w.server.start()
        for machine in self.w.machines.values():
            machine.sign_in_again = True  # sign-ins since the backup are gone too
        self.stats["server_restores"] += 1

    # ------------------------------------------------------------------ the admin

    @rule(target=programmes_, facilitator=st.sampled_from(["ann", "bea", "cat"]),
          people=st.integers(1, 4))
    def admin_imports_a_roster(self, facilitator: str, people: int) -> str:
        self.w.admin_since_backup = True
        start = date.today() - timedelta(weeks=1)
        pid = str(uuid.uuid4())
        session_ids = [str(uuid.uuid4()) for _ in range(2)]
        person_ids = [str(uuid.uuid4()) for _ in range(people)]
        doc = {
            "programme": {"id": pid, "name": f"Imported {pid[:5]}", "frequency": "weekly",
                          "start_date": start.isoformat()},
            "sessions": [{"id": sid, "local_date": (start + timedelta(weeks=i)).isoformat(),
                          "starts_at": f"{(start + timedelta(weeks=i)).isoformat()}T00:00:00Z",
                          "duration_min": 60} for i, sid in enumerate(session_ids)],
            "participants": [{"id": p, "name": f"Imported {p[:6]}"} for p in person_ids],
        }
        path = self.w.folder / f"roster-{pid}.json"
        path.write_text(json.dumps(doc))
        self.w.pace()
        user = self.w.users[facilitator]
        with self.w.backend.db() as db:
            admin.import_roster(db, path, assign_to=[user])
        self.m.assigned.setdefault(user, set()).add(pid)
        self.m.write("programme", (pid,), doc["programme"]["name"])
        for i, sid in enumerate(session_ids):
            self.m.write("session", (sid,), (pid, (start + timedelta(weeks=i)).isoformat(),
                                             "scheduled"))
        for p in person_ids:
            self.m.owner[p] = None
            self.m.write("participant", (p,), f"Imported {p[:6]}")
            self.m.write("enrolment", (pid, p), "booked")
        return pid

    @rule(programme_id=programmes_)
    def admin_assigns_bea(self, programme_id: str) -> None:
        """bea becomes ann's (or anyone's) co-facilitator."""
        self.w.admin_since_backup = True
        user = self.w.users["bea"]
        with self.w.backend.db() as db:
            # The admin assigns what the server shows. (Assigning an id before it arrives
            # reserves it for those assigned: its creator, not assigned, would be refused.)
            if db.execute_sql(store.q(db, "SELECT 1 FROM record WHERE entity = 'programme' "
                                          "AND key = ?"), (programme_id,)).fetchone() is None:
                return
            admin.assign(db, user, programme_id)
        self.m.assigned.setdefault(user, set()).add(programme_id)

    @rule(programme_id=programmes_)
    def admin_unassigns_bea(self, programme_id: str) -> None:
        """`assign --remove`, between two syncs of bea (her changes all sent before: one
        made after is refused, tests/integration/test_unassign.py). Her laptop drops the
        programme; assigned again later, it all comes back."""
        user = self.w.users["bea"]
        if programme_id not in self.m.assigned.get(user, set()):
            return
        before = self._sync("bea", [])
        if before is None or not before.complete or self._pending("bea"):
            return
        self.w.admin_since_backup = True
        with self.w.backend.db() as db:
            admin.assign(db, user, programme_id, remove=True)
        self.m.assigned[user].discard(programme_id)
        self.stats["unassigned"] += 1
        receipt = self._sync("bea", [])
        assert receipt is not None and receipt.complete, receipt.lines() if receipt else ""
        assert programme_id not in self.visible_programmes("bea")

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]))
    def admin_revokes_a_device(self, name: str) -> None:
        self.w.admin_since_backup = True
        machine = self.on(name)
        with machine.laptop:
            device_id = sync_engine.SyncEngine._device_id()
        with self.w.backend.db() as db:
            admin.revoke_device(db, device_id)
        machine.revoked = True

    @rule(what=st.sampled_from(["session", "participant"]), pick=st.integers(0, 999))
    def the_server_is_upgraded_from_before_the_delete_rule(self, what: str, pick: int) -> None:
        """The server's database as a server before the delete rule left it: a session
        with marks in it, or a person with marks or bookings, deleted while those stay
        live. Started again, the server keeps the record (store._keep_held_records), as
        the model does: every copy must converge on it, nothing waiting."""
        inside: set[str] = set()
        with self.w.backend.db() as db:
            for entity, text in db.execute_sql(
                    "SELECT entity, data FROM record WHERE entity IN ('attendance', "
                    "'enrolment') AND NOT deleted").fetchall():
                if what == "participant" or entity == "attendance":
                    inside.add(str(json.loads(text)[f"{what}_id"]))
        if not inside:
            return
        self.w.server.stop()
        delete_as_before_the_rule(self.w.backend, what, choose(sorted(inside), pick))
        self.w.server.start()
        self.stats["upgrades"] += 1

    # ------------------------------------------------------------------ syncing

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]),
          plan=st.lists(st.sampled_from(FAULTS), max_size=6))
    def sync(self, name: str, plan: list[str]) -> None:
        self._sync(name, plan)

    @rule(name=st.sampled_from(["ann1", "ann2", "bea", "cat"]),
          after=st.floats(0.05, 1.5))
    def sync_killed(self, name: str, after: float) -> None:
        """`fieldsessions sync` as a process, killed with SIGKILL at some moment."""
        machine = self.on(name)
        if machine.revoked:
            return
        env = dict(os.environ, FIELDSESSIONS_CREDENTIALS_DIR=str(machine.laptop.credentials
                                                                 .folder))
        proc = subprocess.Popen(
            [sys.executable, "-m", "fieldsessions", "--db", str(machine.laptop.path), "sync",
             "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            proc.wait(after)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            self.stats["kills"] += 1
        machine.clean = False

    def _sync(self, name: str, plan: list[str]) -> sync_engine.Receipt | None:
        machine = self.on(name)
        if machine.revoked:
            refused = machine.laptop.sync(retry=RETRY)
            assert refused.error and "sign in" in refused.error, refused.lines()
            machine.laptop.sign_in(self.w.server, machine.facilitator)
            machine.revoked = False
        if machine.sign_in_again:
            machine.laptop.sign_in(self.w.server, machine.facilitator)
            machine.sign_in_again = False
        self.stats["syncs"] += 1
        self.stats["faults"] += sum(1 for a in plan if a != "ok")
        with machine.laptop:
            client = machine.laptop.client(retry=RETRY, timeout=(2.0, 20.0))
            client.session.close()
            faulty = FaultySession(plan)
            faulty.verify = client.session.verify
            client.session = faulty
            try:
                receipt = sync_engine.SyncEngine(client, batch_size=7, page_size=9).run()
            except Killed:
                local_store.close_store()  # the process is gone; its connection too
                machine.clean = False
                self.stats["kills"] += 1
                return None
            finally:
                client.close()
        if receipt.error or receipt.cancelled:
            machine.clean = False
            return receipt
        assert receipt.all_accepted, receipt.lines()
        machine.clean = True  # whatever failed on the way was retried: nothing is in doubt
        self._check_after_sync(name)
        return receipt

    def _check_after_sync(self, name: str) -> None:
        machine = self.on(name)
        with machine.laptop:
            pending = Outbox.select().where(
                Outbox.state.not_in(["acked", "superseded"])).count()
            waiting = [(p.entity, p.entity_id, p.reason) for p in PulledChange.select()]
            mine = laptop_state()
            history = _history_problems()
        assert pending == 0, f"{name}: {pending} outbox rows not acknowledged after a sync"
        assert not waiting, f"{name}: pulled changes left waiting: {waiting[:5]}"
        assert not history, f"{name}: {history[:5]}"
        theirs, twice = server_state(self.w.backend, [machine.facilitator])
        assert twice == 0, "the server holds a record twice"
        assert differences(theirs, mine) == {"lost": 0, "unexpected": 0}, \
            f"{name} differs from the server after a clean sync:\n{explain(theirs, mine)}"

    # ------------------------------------------------------------------ invariants

    @invariant()
    def server_equals_the_model_when_nothing_is_in_doubt(self) -> None:
        if not all(m.clean for m in self.w.machines.values()):
            return
        if any(self._pending(name) for name in self.w.machines):
            # Changes still on laptops: the server holds the model minus those. Checked at
            # the end, when everything is sent.
            return
        theirs, twice = server_state(self.w.backend, list(self.w.users.values()))
        expected = self.m.view_all(list(self.w.users.values()))
        assert twice == 0
        assert differences(expected, theirs) == {"lost": 0, "unexpected": 0}, \
            f"the server differs from the model:\n{explain(expected, theirs)}"

    def _pending(self, name: str) -> int:
        with self.on(name).laptop:
            return int(Outbox.select().where(Outbox.state == "pending").count())

    def teardown(self) -> None:
        try:
            self.finish()
        finally:
            local_store.close_store()

    def finish(self) -> None:
        """Everyone syncs twice with no faults: every copy equals the model."""
        for _round in range(2):
            for name in self.w.machines:
                receipt = self._sync(name, [])
                assert receipt is not None and receipt.complete, \
                    (receipt.lines() if receipt else "killed")
        everyone = list(self.w.users.values())
        self.stats["kept"] += sum(len(v) for e, v in self.m.live().items()) \
            - sum(len(self.m.alive(e)) for e in PROJECTIONS)
        expected_server = self.m.view_all(everyone)
        theirs, twice = server_state(self.w.backend, everyone)
        counts = {**differences(expected_server, theirs), "duplicated": twice}
        assert counts == {"lost": 0, "unexpected": 0, "duplicated": 0}, \
            f"server: {counts}\n{explain(expected_server, theirs)}"
        for name, machine in self.w.machines.items():
            expected = self.m.view(machine.facilitator)
            with machine.laptop:
                mine = laptop_state()
            counts = differences(expected, mine)
            assert counts == {"lost": 0, "unexpected": 0}, \
                f"{name}: {counts}\n{explain(expected, mine)}"
        self._check_histories()
        self.stats["examples"] += 1

    def _check_histories(self) -> None:
        """Every laptop holds the union of the history entries of the marks and ticks it
        sees, and each one's history is the values it was given, in order."""
        held: dict[str, dict[tuple[str, Key], list[tuple[str, Any]]]] = {}
        for name, machine in self.w.machines.items():
            with machine.laptop:
                held[name] = {}
                for h in AttendanceHistory.select().order_by(*history_order()):
                    held[name].setdefault(("attendance", (h.session_id, h.participant_id)),
                                          []).append((h.uid, h.new_status))
                for t in OutcomeTickHistory.select().order_by(
                        OutcomeTickHistory.hlc, OutcomeTickHistory.device_id):
                    held[name].setdefault(("outcome_tick", (t.session_id, t.participant_id,
                                                            t.outcome_id)), []).append(
                        (t.uid, bool(t.new_achieved)))
        union: dict[tuple[str, Key], set[str]] = {}
        for marks in held.values():
            for key, entries in marks.items():
                union.setdefault(key, set()).update(uid for uid, _status in entries)
        for name, machine in self.w.machines.items():
            sessions_seen = self.m.view(machine.facilitator)["session"]
            for key, given in self.m.history.items():
                if (key[1][0],) not in sessions_seen:
                    continue
                entries = held[name].get(key, [])
                assert {uid for uid, _status in entries} == union.get(key, set()), \
                    f"{name}: mark {key} lacks history entries other laptops hold"
                assert [status for _uid, status in entries] == given, \
                    f"{name}: mark {key} has history {entries}, was given {given}"


def _history_problems() -> list[str]:
    """Every mark's history, in the order the server settles changes, ends in its current
    value, and no entry stands in for one a laptop did not send (all send them here)."""
    problems = [f"history entry {h.uid} of mark {h.attendance_id} is a stand-in"
                for h in AttendanceHistory.select().where(AttendanceHistory.stand_in)]
    last: dict[str, str | None] = {}
    for h in AttendanceHistory.select().order_by(*history_order()):
        last[h.attendance_id] = h.new_status
    for a in Attendance.select():
        if last.get(a.id, "<none>") != a.status:
            problems.append(f"mark {a.id} is {a.status} but its history ends in "
                            f"{last.get(a.id, '<none>')}")
    return problems


STATS: dict[str, int] = {"examples": 0, "syncs": 0, "faults": 0, "kills": 0, "restores": 0,
                         "server_restores": 0, "unassigned": 0, "removed": 0, "races": 0,
                         "kept": 0, "upgrades": 0}


def _backup_server(backend: Backend) -> None:
    """Copy the server's database aside (the server is stopped)."""
    if backend.cluster is None:
        backend.backup()
        return
    backend.cluster.admin_sql(f"DROP DATABASE IF EXISTS {backend.name}_bak")
    backend.cluster.admin_sql(f"CREATE DATABASE {backend.name}_bak TEMPLATE {backend.name}")


def _restore_server(backend: Backend) -> None:
    backend.restore()


def _copy_database(source: Path, target: Path) -> None:
    """An online copy with SQLite's backup API (what the app's backups are)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


@pytest.fixture
def world_factory(backend: Backend, server: ServerProcess, tmp_path: Path) -> Iterator[Any]:
    count = 0

    def make() -> World:
        nonlocal count
        count += 1
        folder = tmp_path / f"example-{count}"
        folder.mkdir()
        return World(backend, server, folder)

    yield make


@pytest.mark.slow
def test_every_copy_equals_the_model_whatever_fails(world_factory: Any) -> None:
    SyncMachine.world_factory = staticmethod(world_factory)
    STATS.update(examples=0, syncs=0, faults=0, kills=0, restores=0, server_restores=0,
                 unassigned=0, removed=0, races=0, kept=0, upgrades=0)
    run_state_machine_as_test(SyncMachine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
        suppress_health_check=list(HealthCheck), derandomize=not SOAK, database=None,
        print_blob=True))
    print(f"model-based sync: {STATS}")


# ---------------------------------------------------------------------------- shrunk failures
# Each is a sequence the state machine once failed on, kept as it shrank.


def _replay(world_factory: Any, steps: Any) -> None:
    SyncMachine.world_factory = staticmethod(world_factory)
    machine = SyncMachine()
    try:
        steps(machine)
    finally:
        machine.teardown()


def test_regression_a_second_laptop_receives_a_mark_beside_a_new_participant(
    world_factory: Any
) -> None:
    """Lost a mark: a pulled page that upserted a new participant hid the participants
    already stored, and the mark naming one of them was dropped."""
    def steps(m: SyncMachine) -> None:
        m.create_programme(name="ann1", weeks_ago=1, count=2, people=2)
        m.sync(name="ann1", plan=[])
        m.sync(name="ann2", plan=[])
        m.add_and_enrol(name="ann1", pick=(0, 0, 0))
        m.mark(name="ann1", pick=(0, 0, 0), status="present")
        m.sync(name="ann1", plan=[])
        m.sync(name="ann2", plan=[])

    _replay(world_factory, steps)


def test_regression_renaming_a_programme_with_no_future_session(world_factory: Any) -> None:
    """Crashed with UnboundLocalError in programmes._has_records (no session to look at)."""
    def steps(m: SyncMachine) -> None:
        m.create_programme(name="ann1", weeks_ago=3, count=2, people=1)
        m.rename_programme(name="ann1", pick=(0, 0, 0))
        m.sync(name="ann1", plan=["cut", "kill_after"])

    _replay(world_factory, steps)


def test_regression_a_restored_laptop_with_new_marks_converges(world_factory: Any) -> None:
    def steps(m: SyncMachine) -> None:
        m.create_programme(name="bea", weeks_ago=2, count=3, people=3)
        m.mark_all(name="bea", pick=(0, 0, 0), rest_absent=False)
        m.sync(name="bea", plan=[])
        m.back_up_a_laptop(name="bea")
        m.mark(name="bea", pick=(0, 1, 1), status="late")
        m.sync(name="bea", plan=["timeout"])
        m.sync(name="bea", plan=[])
        m.restore_a_laptop_from_its_backup(name="bea")
        m.mark(name="bea", pick=(0, 0, 2), status="excused")
        m.mark_all(name="bea", pick=(0, 1, 0), rest_absent=True)

    _replay(world_factory, steps)


def test_regression_a_restored_laptop_downloads_all_its_own_changes_back(
    world_factory: Any
) -> None:
    """A new user's trial: restored from a copy taken before a busy day, the laptop got its
    own changes back on the first page only (later pages skipped what it wrote), and every
    later sync downloaded everything again without converging."""
    def steps(m: SyncMachine) -> None:
        m.back_up_a_laptop(name="cat")
        m.create_programme(name="cat", weeks_ago=3, count=4, people=4)
        for pick in ((0, 0, 0), (0, 1, 0), (0, 2, 0)):
            m.mark_all(name="cat", pick=pick, rest_absent=False)
        m.sync(name="cat", plan=[])
        m.restore_a_laptop_from_its_backup(name="cat")
        m.sync(name="cat", plan=[])
        second = m._sync("cat", [])
        assert second is not None and second.pulled == 0, "the restored laptop converged"

    _replay(world_factory, steps)


def test_regression_a_restored_laptop_whose_first_sync_is_cut_still_gets_its_own_back(
    world_factory: Any
) -> None:
    """A review found: the restore was noticed at the first sync only; killed before its
    download finished, the next syncs skipped the laptop's own changes for good."""
    def steps(m: SyncMachine) -> None:
        m.create_programme(name="cat", weeks_ago=3, count=4, people=4)
        m.sync(name="cat", plan=[])
        m.back_up_a_laptop(name="cat")
        for pick in ((0, 0, 0), (0, 1, 0), (0, 2, 0)):
            m.mark_all(name="cat", pick=pick, rest_absent=False)
        m.sync(name="cat", plan=[])
        m.restore_a_laptop_from_its_backup(name="cat")
        m.mark(name="cat", pick=(0, 3, 1), status="late")
        m.sync(name="cat", plan=["ok", "ok", "ok", "ok", "kill_before"])

    _replay(world_factory, steps)


# ---------------------------------------------------------------------------- deletes, unassign
# Races the random runs reach rarely, driven through the same machine and its checks.


def _shared(m: SyncMachine) -> str:
    """ann's programme with two people, on ann1 and (co-facilitating) bea."""
    programme_id = m.create_programme(name="ann1", weeks_ago=3, count=4, people=2)
    m.sync(name="ann1", plan=[])
    m.admin_assigns_bea(programme_id=programme_id)
    m.sync(name="bea", plan=[])
    return programme_id


@pytest.mark.parametrize("first", ["ann1", "bea"])
def test_model_a_session_deleted_while_bea_marks_it(world_factory: Any, first: str) -> None:
    def steps(m: SyncMachine) -> None:
        _shared(m)
        m.delete_a_session(name="ann1", pick=(0, 0, 0))  # the first session goes
        m.mark(name="bea", pick=(0, 0, 0), status="present")  # offline, in that session
        m.write_report(name="bea", pick=(0, 0, 0))
        second = "bea" if first == "ann1" else "ann1"
        for name in (first, second, first):
            m.sync(name=name, plan=[])
        assert m.m.live()["session"] != m.m.alive("session"), "the session was kept"

    _replay(world_factory, steps)


@pytest.mark.parametrize("first", ["ann1", "bea"])
def test_model_a_programme_removed_while_bea_marks_it(world_factory: Any, first: str) -> None:
    def steps(m: SyncMachine) -> None:
        _shared(m)
        m.remove_a_programme(name="ann1", pick=(0, 0, 0))
        m.mark(name="bea", pick=(0, 1, 1), status="late")
        m.tick(name="bea", pick=(0, 1, 0), achieved=True)
        second = "bea" if first == "ann1" else "ann1"
        for name in (first, second, "ann2"):
            m.sync(name=name, plan=["cut"] if name == first else [])

    _replay(world_factory, steps)


@pytest.mark.parametrize("first", ["ann1", "bea"])
def test_model_a_person_removed_while_bea_marks_them(world_factory: Any, first: str) -> None:
    def steps(m: SyncMachine) -> None:
        _shared(m)
        m.remove_a_person(name="ann1", pick=(0, 0, 0))
        for pick in ((0, 0, 0), (0, 0, 1)):
            m.mark(name="bea", pick=pick, status="present")
        second = "bea" if first == "ann1" else "ann1"
        for name in (first, second):
            m.sync(name=name, plan=[])

    _replay(world_factory, steps)


def test_model_bea_unassigned_then_assigned_again(world_factory: Any) -> None:
    def steps(m: SyncMachine) -> None:
        programme_id = _shared(m)
        own = m.create_programme(name="bea", weeks_ago=1, count=2, people=1)
        m.mark_all(name="bea", pick=(0, 0, 0), rest_absent=False)
        m.add_and_enrol(name="bea", pick=(0, 0, 0))
        m.admin_unassigns_bea(programme_id=programme_id)
        assert m.stats["unassigned"] >= 1
        m.mark(name="ann1", pick=(0, 1, 0), status="excused")
        m.sync(name="ann1", plan=[])
        m.admin_assigns_bea(programme_id=programme_id)
        m.sync(name="bea", plan=["timeout"])
        m.sync(name="bea", plan=[])
        m.admin_unassigns_bea(programme_id=own)  # her own: it leaves her laptop too

    _replay(world_factory, steps)


@pytest.mark.parametrize("what", ["session", "programme", "person"])
def test_model_a_delete_races_a_mark_on_another_laptop(world_factory: Any, what: str) -> None:
    def steps(m: SyncMachine) -> None:
        m.create_programme(name="ann1", weeks_ago=2, count=3, people=2)
        before = m.stats["races"]
        m.delete_while_another_marks(name="ann1", other="bea", pick=(0, 0, 1), what=what)
        assert m.stats["races"] == before + 1
        m.sync(name="ann1", plan=["cut"])
        m.sync(name="bea", plan=[])

    _replay(world_factory, steps)


@pytest.mark.parametrize("what", ["session", "participant"])
def test_model_a_server_upgraded_from_before_the_delete_rule(world_factory: Any,
                                                            what: str) -> None:
    def steps(m: SyncMachine) -> None:
        _shared(m)
        m.mark(name="bea", pick=(0, 0, 0), status="present")
        m.sync(name="bea", plan=[])
        m.sync(name="ann1", plan=[])
        m.the_server_is_upgraded_from_before_the_delete_rule(what=what, pick=0)
        assert m.stats["upgrades"] == 1
        for name in ("ann1", "bea", "ann2"):
            m.sync(name=name, plan=[])

    STATS["upgrades"] = 0
    _replay(world_factory, steps)
