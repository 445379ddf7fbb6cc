"""Sentences of the core, services and data file are looked up when they are said (not when a
module is imported), whole, with their values and counts put in after the lookup."""

import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest

from fieldsessions.core import i18n
from fieldsessions.core.enums import ReportingFrequency
from fieldsessions.core.errors import RuleError, ValidationError
from fieldsessions.core.lifecycle import check_deletable, recorded_text
from fieldsessions.core.reporting import report_periods
from fieldsessions.core.values import parse_day
from fieldsessions.db import store

FRENCH = {
    ("The session of %2 has %1 attendance marks, so it cannot be deleted; cancel it instead.",
     ""): "La séance du %2 a %1 marques de présence : elle ne peut pas être supprimée ; "
          "annulez-la.",
    ("1 attendance mark", ""): "1 marque de présence",
    ("%1 outcome ticks", ""): "%1 objectifs cochés",
    ("%1 and %2", ""): "%1 et %2",
    ("The %1 %2 is not a date (YYYY-MM-DD).", ""): "%1 %2 n'est pas une date (AAAA-MM-JJ).",
    ("date", ""): "La date",
    ("The data file is busy: another fieldsessions window or program is writing to it. Try "
     "again in a moment; nothing was changed.", ""): "Le fichier de données est occupé.",
    ("March", "month"): "mars",
    ("%1 %2", "month name and year"): "%1 %2",
}


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install(lambda source, disambiguation: FRENCH.get((source, disambiguation), ""))
    try:
        yield
    finally:
        i18n.install(None)


def test_a_refusal_with_a_count_is_one_translated_sentence(french):
    with pytest.raises(RuleError) as err:
        check_deletable("2026-03-02", 3)
    assert str(err.value) == ("La séance du 2026-03-02 a 3 marques de présence : elle ne peut "
                              "pas être supprimée ; annulez-la.")
    assert recorded_text(1, 2) == "1 marque de présence et 2 objectifs cochés"


def test_a_validation_sentence_and_its_default_noun_are_translated(french):
    with pytest.raises(ValidationError) as err:
        parse_day("2026-13-01")
    assert str(err.value) == "La date '2026-13-01' n'est pas une date (AAAA-MM-JJ)."


def test_data_file_problems_are_looked_up_when_they_happen(french):
    found = store.explain(sqlite3.OperationalError("database is locked"))
    assert found is not None and str(found) == "Le fichier de données est occupé."


def test_month_names_of_report_periods_are_translated(french):
    (period,) = report_periods(ReportingFrequency.MONTHLY, [("s1", date(2026, 3, 4))])
    assert period.label == "mars 2026"


def test_english_is_unchanged_without_a_catalogue():
    i18n.install(None)
    with pytest.raises(RuleError, match=r"^The session of 2026-03-02 has 3 attendance marks, "):
        check_deletable("2026-03-02", 3)
    assert recorded_text(2, 1) == "2 attendance marks and 1 outcome tick"
    (period,) = report_periods(ReportingFrequency.MONTHLY, [("s1", date(2026, 3, 4))])
    assert period.label == "March 2026"
