"""The one door for user-visible text outside the window: English by default, the installed
catalogue when there is one, values put in after the lookup."""

from fieldsessions.core import i18n


def test_english_source_without_a_catalogue():
    i18n.install(None)
    assert i18n.tr("The session was cancelled.") == "The session was cancelled."


def test_installed_catalogue_translates_and_falls_back_to_the_source():
    catalogue = {("%1 marks kept", ""): "%1 marques conservées"}
    i18n.install(lambda source, disambiguation: catalogue.get((source, disambiguation), ""))
    try:
        assert i18n.count_text(3, i18n.tr("1 mark kept"), i18n.tr("%1 marks kept")) \
            == "3 marques conservées"
        assert i18n.count_text(1, i18n.tr("1 mark kept"), i18n.tr("%1 marks kept")) \
            == "1 mark kept"
    finally:
        i18n.install(None)


def test_fill_leaves_placeholders_inside_values_alone():
    assert i18n.fill("%1 then %2", "a %2", "b") == "a %2 then b"


def test_dates_write_the_weekday_and_month_of_the_installed_catalogue():
    from datetime import date

    from fieldsessions.core import dates

    catalogue = {("Wed", "weekday"): "mer.", ("Dec", "month abbreviation"): "déc.",
                 ("May", ""): "Peut"}  # the verb: never used for the month
    day = date(2026, 12, 2)
    assert dates.format_day(day, "dmy") == "Wed 2 Dec 2026"
    i18n.install(lambda source, disambiguation: catalogue.get((source, disambiguation), ""))
    try:
        assert dates.format_day(day, "dmy") == "mer. 2 déc. 2026"
        assert dates.format_day(date(2026, 5, 6), "mdy") == "mer. May 6, 2026"
    finally:
        i18n.install(None)
    assert dates.format_day(day, "dmy") == "Wed 2 Dec 2026"  # back to English with it


def test_decimals_for_people_use_the_languages_separator():
    from fieldsessions.reports import formats

    assert [i18n.decimal(v, 2) for v in (12.5, 3.0, 0.125, -0.001, 80.0)] \
        == ["12.5", "3", "0.12", "0", "80"]
    assert (formats.percent(87.5), formats.percent(100.0), formats.hours(12.25)) \
        == ("87.5 %", "100 %", "12.25")
    i18n.install(lambda source, disambiguation:
                 "," if (source, disambiguation) == (".", "decimal separator") else "")
    try:
        assert (formats.percent(87.5), formats.hours(12.5), formats.hours(3.0)) \
            == ("87,5 %", "12,5", "3")
    finally:
        i18n.install(None)


def test_the_environment_names_the_language_as_gettext_reads_it():
    assert i18n.environment_language({"LANGUAGE": "pt_BR:pt", "LANG": "fr_FR.UTF-8"}) == "pt_BR"
    assert i18n.environment_language({"LC_ALL": "sw_KE.UTF-8@euro", "LANG": "fr"}) == "sw_KE"
    assert i18n.environment_language({"LC_ALL": "C", "LANGUAGE": "es", "LANG": "es_ES"}) == ""
    assert i18n.environment_language({"LANGUAGE": "es"}) == "es"
    assert i18n.environment_language({}) == ""


def test_a_language_finds_its_catalogue_or_its_base_languages(tmp_path):
    (tmp_path / "fieldsessions_pt.qm").write_bytes(b"")
    (tmp_path / "fieldsessions_pt_BR.qm").write_bytes(b"")
    assert i18n.catalogue("pt_BR", tmp_path) == tmp_path / "fieldsessions_pt_BR.qm"
    assert i18n.catalogue("pt_PT", tmp_path) == tmp_path / "fieldsessions_pt.qm"
    assert i18n.catalogue("sw", tmp_path) is None
    assert i18n.catalogue("en_US", tmp_path) is None and i18n.catalogue("", tmp_path) is None



def test_zero_takes_the_singular_where_the_language_says_so():
    french = {("plural", "the form a count of 0 takes: write 'singular' or 'plural'"): "singular",
              ("%1 present", ""): "%1 présents", ("1 present", ""): "%1 présent"}
    i18n.install(lambda source, disambiguation: french.get((source, disambiguation), ""))
    try:
        one, many = i18n.tr("1 present"), i18n.tr("%1 present")
        assert [i18n.count_text(n, one, many) for n in (0, 1, 2)] == [
            "0 présent", "1 présent", "2 présents"]
    finally:
        i18n.install(None)
    assert i18n.count_text(0, "1 session", "%1 sessions") == "0 sessions"
    i18n.install(lambda source, disambiguation: french.get((source, disambiguation), ""))
    try:  # a singular written with a literal 1 is never used for 0
        assert i18n.count_text(0, "1 séance", "%1 séances") == "0 séances"
    finally:
        i18n.install(None)
