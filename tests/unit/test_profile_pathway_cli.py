"""`fieldsessions profile PERSON` and `fieldsessions pathway add|list|status` as a process:
outcomes across programmes, and a pathway of one programme plus any one of a group."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from fieldsessions.db import store
from fieldsessions.services import attendance, outcomes, programmes
from tests.unit.helpers import people, programme


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldsessions", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def fill(db_path: Path) -> str:
    """Ann attends all of 'First aid' (ticking 'Bandage') and all of 'CPR'; 'Fire safety' is
    the alternative to CPR she did not take. Returns Ann's external ID."""
    store.open_store(db_path)
    try:
        first_aid = programme("First aid", count=2, weeks_ago=3, outcomes=("Bandage",))
        cpr = programme("CPR", count=2, weeks_ago=3)
        programme("Fire safety", count=2, weeks_ago=3)
        (ann,) = people(1, first_aid.id, prefix="Ann")
        from fieldsessions.services import participants

        participants.enrol(cpr.id, ann)
        for p in (first_aid, cpr):
            for s in programmes.list_sessions(p.id, kind="past"):
                attendance.mark(s.id, ann, "present")
        session = programmes.list_sessions(first_aid.id, kind="past")[0]
        (bandage,) = outcomes.session_outcomes(session.id)
        outcomes.tick(session.id, ann, bandage.id, True)
    finally:
        store.close_store()
    return "Ann-0"


def test_profile_lists_outcomes_across_programmes_and_pathway_standing(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite"
    ann = fill(db)
    assert run_cli(db, "pathway", "list").stdout.startswith("No pathways yet.")
    done = run_cli(db, "pathway", "add", "--name", "Safety certificate", "--programme",
                   "First aid", "--any-of", "CPR|Fire safety")
    assert done.returncode == 0, done.stderr
    listed = run_cli(db, "pathway", "list").stdout
    assert "First aid; any one of: CPR, Fire safety" in listed

    profile = run_cli(db, "profile", ann)
    assert profile.returncode == 0, profile.stderr
    assert "Ann 000 (Ann-0)" in profile.stdout
    assert "First aid" in profile.stdout and "Bandage" in profile.stdout
    assert "Pathway Safety certificate: complete on " in profile.stdout
    page = json.loads(run_cli(db, "profile", ann, "--json").stdout)
    assert [e["outcome_title"] for e in page["outcomes"]] == ["Bandage"]

    status = run_cli(db, "pathway", "status", "Safety certificate")
    assert status.returncode == 0 and "Ann 000" in status.stdout and "complete on" in status.stdout


def test_a_pathway_not_done_says_what_is_missing_and_bad_input_is_one_sentence(
    tmp_path: Path
) -> None:
    db = tmp_path / "data.sqlite"
    ann = fill(db)
    run_cli(db, "pathway", "add", "--name", "Fire warden", "--programme", "Fire safety")
    assert "Pathway Fire warden: still needs Fire safety" in run_cli(db, "profile", ann).stdout
    bad = run_cli(db, "pathway", "add", "--name", "Odd", "--any-of", "CPR")
    assert bad.returncode == 1 and "needs two or more programmes" in bad.stderr
    missing = run_cli(db, "pathway", "status", "Nope")
    assert missing.returncode == 1 and missing.stderr == "fieldsessions: No pathway 'Nope'.\n"
