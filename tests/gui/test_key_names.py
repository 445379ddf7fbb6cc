"""The keys a hint names are written as Qt writes them in the window's language, so a hint and
Help > Keyboard shortcuts name the same key: in French "Suppr", "Entrée", "Ctrl+Maj+P" (Qt's
words), never the English "Delete" kept in the catalogue's sentences; English is unchanged but
for "Del", as the menus write it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fieldsessions.core import i18n
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.main_window import MainWindow
from fieldsessions.gui.shortcuts_dialog import collect_shortcuts
from fieldsessions.gui.translation import LANGUAGE_KEY, install_translator
from fieldsessions.gui.worker import DbWorker


@pytest.fixture
def french(qapp: QApplication, settings: QSettings) -> Iterator[None]:
    """The shipped French catalogue, with Qt's own French words."""
    settings.setValue(LANGUAGE_KEY, "fr")
    before = QLocale()
    translators = install_translator(qapp, settings)
    assert translators, "the French catalogue is compiled (packaging/translations.py)"
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(before)


def test_hints_name_the_keys_as_the_shortcuts_list_does_in_french(
    french: None, qtbot: QtBot, worker: DbWorker, db_path: Path, settings: QSettings
) -> None:
    window = MainWindow(worker, db_path, settings)
    qtbot.addWidget(window)
    listed = {row.keys for row in collect_shortcuts(window)}
    assert {"Suppr", "Entrée"} <= listed
    hint = window.roster_tab.hint_label.text()
    assert "<b>Suppr</b> effacer" in hint and "Entrée</b>" in hint, hint
    assert window.sessions_tab.remove_button.toolTip().startswith("Touche Suppr dans la liste")
    assert "(Ctrl+Maj+P)" in window.roster_tab.all_present_button.toolTip()
    for text in (hint, window.sessions_tab.remove_button.toolTip()):
        assert "Delete" not in text and "Del<" not in text and "Enter" not in text


def test_english_hints_keep_their_words_and_write_the_delete_key_as_the_menus_do(
    qapp: QApplication
) -> None:
    assert native_keys("Delete key in the list (Ctrl+Shift+P); press Enter") == \
        "Del key in the list (Ctrl+Shift+P); press Enter"
    assert native_keys("<b>Space</b> ticks · <b>Ctrl+Z</b> undo · A absent") == \
        "<b>Space</b> ticks · <b>Ctrl+Z</b> undo · A absent"
    assert native_keys("Deleted when nothing was recorded; Entering") == \
        "Deleted when nothing was recorded; Entering"
