"""The message line every tab and dialog shares: a rule's own sentence as it is, an unexpected
failure as one sentence naming what went wrong (its traceback goes to the log), error lines in
red and hidden when empty."""

import logging

from PySide6.QtWidgets import QLabel, QWidget

from fieldsessions.core.errors import ValidationError
from fieldsessions.gui.helpers import MESSAGE_LOOKS, failure_sentence, show_message


def test_a_rules_sentence_is_shown_as_it_is_and_a_crash_as_one_sentence(caplog):
    assert failure_sentence(ValidationError("The session was cancelled."), "Marking") \
        == "The session was cancelled."
    with caplog.at_level(logging.ERROR):
        text = failure_sentence(KeyError("library words"), "Reading the page")
    assert text == "Reading the page: something went wrong; the log has the details."
    assert "library words" in caplog.text and "library words" not in text


def test_the_line_is_red_for_an_error_and_hidden_when_empty(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel(window)
    window.show()
    show_message(label, "Saved.", error=False)
    assert label.isVisible() and label.styleSheet() == MESSAGE_LOOKS[0]
    show_message(label, "Not saved.", error=True)
    assert label.property("error") and label.styleSheet() == MESSAGE_LOOKS[1]
    show_message(label, "")
    assert not label.isVisible() and not label.property("error")
