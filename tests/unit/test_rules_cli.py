"""`fieldsessions compliance --programme N [--json]`: table, follow-up list, JSON, errors."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from fieldsessions.cli import run
from fieldsessions.db import store
from fieldsessions.db.models import Enrolment, Session
from fieldsessions.services import attendance, participants, programmes
from tests.unit.helpers import people


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = run(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """'Tutoring': four weekly past sessions; Ann always present, Ben always absent."""
    start = date.today() - timedelta(weeks=4)
    code, _out, err = cli(capsys, db_path, "programme", "add", "--name", "Tutoring", "--start",
                          start.isoformat(), "--weekly", start.strftime("%a").lower(),
                          "--count", "4", "--time", "00:05", "--required-attendance", "75")
    assert code == 0, err
    store.open_store(db_path)
    try:
        (programme,) = programmes.list_programmes()
        ann, ben = people(2, programme.id)
        participants.update_participant(ann, participants.ParticipantInput(name="Ann"))
        participants.update_participant(ben, participants.ParticipantInput(name="Ben"))
        Enrolment.update(requested_at=Session.select().order_by(Session.starts_at).first()
                         .starts_at - timedelta(days=1)).execute()
        for session in Session.select():
            attendance.mark_many(session.id, {ann: ("present", None), ben: ("absent", None)})
    finally:
        store.close_store()
    return db_path


def test_compliance_prints_each_participant_with_rate_and_status(filled, capsys):
    code, out, _err = cli(capsys, filled, "compliance", "--programme", "Tutoring")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Tutoring: required attendance 75%")
    ann = next(line for line in lines if line.startswith("Ann"))
    ben = next(line for line in lines if line.startswith("Ben"))
    assert "4/4" in ann and "100.0%" in ann and "compliant" in ann
    assert "0/4" in ben and "non-compliant" in ben and "ALERT" in ben
    assert "Follow-up: 1 of 2" in out


def test_follow_up_lists_only_those_needing_a_call(filled, capsys):
    code, out, _err = cli(capsys, filled, "compliance", "--programme", "tutoring",
                          "--follow-up")
    assert code == 0
    assert "Ben" in out and "Ann" not in out


def test_json_gives_every_figure_and_the_follow_up_list(filled, capsys):
    code, out, _err = cli(capsys, filled, "compliance", "--programme", "Tutoring", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["programme_name"] == "Tutoring"
    rows = {r["name"]: r for r in data["participants"]}
    assert rows["Ann"]["rate"] == 100.0 and rows["Ann"]["status"] == "compliant"
    assert rows["Ben"]["status"] == "non_compliant" and rows["Ben"]["absence_alert"] is True
    assert [r["name"] for r in data["follow_up"]] == ["Ben"]


def test_unknown_programme_is_one_sentence_on_stderr(filled, capsys):
    code, out, err = cli(capsys, filled, "compliance", "--programme", "Nope")
    assert code == 1 and out == ""
    assert err.startswith("fieldsessions: No programme 'Nope'") and "Traceback" not in err


def test_programme_is_required(filled, capsys):
    code, _out, err = cli(capsys, filled, "compliance")
    assert code == 2
    assert "the following arguments are required: --programme" in err
