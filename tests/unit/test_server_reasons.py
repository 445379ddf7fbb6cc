"""The server's sentences and the missing-font note's script names, in the user's language,
from the shipped French catalogue: a coded reason reads in French, a reason an older server
sent without a code (or with a code this laptop does not know) stays the server's English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldsessions.core import i18n
from fieldsessions.sync import reasons, wire
from fieldsessions.sync.engine import Receipt, SyncEngine

FRENCH_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" \
    / "fieldsessions_fr.ts"


@pytest.fixture
def french() -> Iterator[None]:
    """The shipped French catalogue (its strings outside any window: context "")."""
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(FRENCH_TS).getroot():
        if (context.findtext("name") or "") != "":
            continue
        for message in context.iter("message"):
            table[(message.findtext("source") or "", message.findtext("comment") or "")] = \
                message.findtext("translation") or ""
    i18n.install(lambda source, disambiguation: table.get((source, disambiguation), ""))
    try:
        yield
    finally:
        i18n.install(None)


def receipt_of(results: list[dict[str, object]]) -> list[str]:
    """The receipt lines of a push answered with `results` (seq 1: a programme)."""
    rows = [(1, "programme", "p1")]
    acks = SyncEngine._acks({"batch_id": "b", "device_id": "d", "results": results}, "b", "d",
                            rows)
    receipt = Receipt(started_at=None, server_url="")  # type: ignore[arg-type]
    for seq, result, reason in acks:
        receipt.details.append({"seq": seq, "entity": "programme", "entity_id": "p1",
                                "result": result, "reason": reason})
    return receipt.lines()


def test_every_code_the_server_sends_has_a_sentence_on_the_laptop() -> None:
    assert set(reasons.TEMPLATES) | set(reasons._BUILT) == wire.REASON_CODES
    with pytest.raises(ValueError):
        wire.Reason("Something new.", "not_a_code")


def test_a_coded_refusal_reads_in_french(french: None) -> None:
    lines = receipt_of([{"seq": 1, "result": "rejected",
                         "reason": "You are not assigned to programme p9.",
                         "code": "not_assigned", "args": ["p9"]}])
    assert "  refusée : programme (modification 1) : Vous n'êtes pas affecté au programme " \
           "p9." in lines
    assert not any("You are not assigned" in line for line in lines)


def test_an_older_servers_refusal_without_a_code_stays_english(french: None) -> None:
    lines = receipt_of([{"seq": 1, "result": "rejected",
                         "reason": "You are not assigned to programme p9."}])
    assert "  refusée : programme (modification 1) : You are not assigned to programme p9." \
        in lines
    newer = wire.reason_of({"reason": "A reason of tomorrow.", "code": "tomorrow", "args": []})
    assert reasons.said(newer) == "A reason of tomorrow."


def test_a_kept_delete_names_who_and_what_in_french(french: None) -> None:
    reason = wire.reason_of({"reason": "bea recorded 2 marks in this session; it was kept.",
                             "code": "kept_recorded",
                             "args": [["bea"], {"attendance": 2}, "session"]})
    assert reasons.said(reason) == "bea a enregistré 2 marques dans cette séance ; " \
                                   "l'élément a été conservé."


def test_a_sync_log_item_keeps_its_code_and_reads_in_the_language_of_the_day(
    french: None
) -> None:
    saved = reasons.coded({"seq": 1, "result": "rejected", "reason": wire.Reason(
        "The server could not store this change just now.", "not_stored")})
    assert saved == {"seq": 1, "result": "rejected", "code": "not_stored", "args": [],
                     "reason": "The server could not store this change just now."}
    assert reasons.item_said(saved) == \
        "Le serveur n'a pas pu enregistrer cette modification pour l'instant."
    i18n.install(None)
    assert reasons.item_said(saved) == "The server could not store this change just now."


def test_the_missing_font_note_names_the_scripts_in_french(
    french: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldsessions.reports.fonts import ENV_DIRS, unprintable_note

    monkeypatch.setenv(ENV_DIRS, str(tmp_path))  # only the embedded DejaVu Sans
    note = unprintable_note(["王小明", "Ravi शर्मा", "አበበ", "김민준"])
    assert "chinois/japonais (han), dévanagari, éthiopien, coréen (hangul)" in note, note
    assert "Devanagari" not in note and "Ethiopic" not in note
