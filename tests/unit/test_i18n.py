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
