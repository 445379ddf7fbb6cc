"""A change the real server refuses is told in the facilitator's language: the server sends its
English sentence with a code and values (sync/wire.py), the laptop says it in French on the
command line's receipt and in the sync log, and the sync log follows a language chosen later,
because it keeps the code (sync/reasons.py). The outbox keeps the server's English."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from fieldsessions.db.models import Outbox, database
from tests.integration.conftest import Backend, ServerProcess, signed_in, token_for
from tests.integration.test_idempotency import _hlc, post, roll_call
from tests.unit import helpers


def speak(monkeypatch: pytest.MonkeyPatch, config: Path, language: str) -> None:
    """The command line run by Laptop.cli speaks `language` ("C": English), whatever the
    machine's settings say."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))  # no language chosen in Settings
    monkeypatch.setenv("LANG", "C" if language == "C" else f"{language}_FR.UTF-8")
    if language != "C":
        monkeypatch.setenv("LANGUAGE", language)


def test_a_refusal_from_the_server_reads_in_french_in_the_receipt_and_the_sync_log(
    backend: Backend, server: ServerProcess, laptops: Any, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path
) -> None:
    ann, bea = signed_in(backend, server, laptops, "ann", "bea")
    with ann:
        circle = helpers.programme("Parenting circle", count=1)
    assert ann.sync().all_accepted
    with bea:  # a programme of bea's, sent as if it were ann's: bea is not assigned to it
        helpers.programme("Youth football", count=1)
        database.execute_sql("UPDATE outbox SET entity_id = ? WHERE entity = 'programme'",
                             (circle.id,))

    speak(monkeypatch, tmp_path, "fr")
    done = bea.cli("sync")
    assert done.returncode == 1, done.stdout + done.stderr
    french = f"Vous n'êtes pas affecté au programme {circle.id}."
    english = f"You are not assigned to programme {circle.id}."
    assert french in done.stdout, done.stdout
    assert english not in done.stdout
    with bea:  # the outbox keeps the server's words (older rows are matched by them)
        assert Outbox.get(Outbox.entity == "programme").reason == english

    log = bea.cli("sync-log")
    assert log.returncode == 0, log.stderr
    assert french in log.stdout, log.stdout

    speak(monkeypatch, tmp_path, "C")  # the same log, read later in English
    log = bea.cli("sync-log")
    assert english in log.stdout and french not in log.stdout, log.stdout


def test_a_refused_sign_in_reads_in_french(
    backend: Backend, server: ServerProcess, laptops: Any, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path
) -> None:
    backend.add_facilitator("ann")
    laptop = laptops("ann")
    speak(monkeypatch, tmp_path, "fr")
    monkeypatch.setenv("FIELDSESSIONS_PASSWORD", "not the password")
    done = laptop.cli("login", "--server", server.url, "--user", "ann")
    assert done.returncode != 0
    assert "Nom d'utilisateur ou mot de passe incorrect." in done.stdout + done.stderr, \
        done.stdout + done.stderr
    assert "Wrong user name" not in done.stdout + done.stderr


def test_a_conflict_answered_again_as_a_duplicate_keeps_its_code(
    backend: Backend, server: ServerProcess
) -> None:
    backend.add_facilitator("ann")
    device, token = token_for(server, "ann")
    body, _programme = roll_call(device, marks=1)
    assert post(server, token, body).status_code == 200
    session = body["mutations"][1]["id"]
    edits = {"device_id": device, "batch_id": uuid.uuid4().hex, "mutations": [
        {"seq": 100, "hlc": _hlc(200), "entity": "session", "op": "upsert", "id": session,
         "fields": {"notes": "later"}},
        {"seq": 101, "hlc": _hlc(150), "entity": "session", "op": "upsert", "id": session,
         "fields": {"notes": "earlier"}}]}
    first = post(server, token, edits).json()["results"][1]
    again = post(server, token, edits).json()["results"][1]  # the answer was lost: resent
    assert (first["result"], again["result"]) == ("conflict", "duplicate")
    for item in (first, again):
        assert item["reason"].startswith("Concurrent edit of notes")
        assert (item["code"], item["args"]) == ("concurrent_edit", [["notes"]])
