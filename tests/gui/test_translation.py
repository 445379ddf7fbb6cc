"""The window's language: the catalogue chosen in Settings (else the system's) is installed
for the window and for the core's text (dates, report sentences) alike."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from fieldsessions.core import dates, i18n
from fieldsessions.gui.translation import LANGUAGE_KEY, install_translator
from tests.unit.test_command_line_language import _translations_script, planted_ts


def test_the_chosen_language_translates_the_window_and_the_core(
    qapp: QApplication, tmp_path: Path, settings: QSettings
) -> None:
    ts = tmp_path / "fieldsessions_fr.ts"
    ts.write_text(planted_ts(), encoding="utf-8")
    _translations_script().lrelease(ts, tmp_path / "fieldsessions_fr.qm")
    settings.setValue(LANGUAGE_KEY, "fr_CA")  # no fr_CA catalogue: French's
    before = QLocale()
    translators = install_translator(qapp, settings, tmp_path)
    try:
        assert translators
        assert QCoreApplication.translate("", "Wed", "weekday") == "mer."
        # Qt's own words (standard buttons, file dialogs) in the same language
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert dates.format_day(date(2026, 12, 2), "dmy") == "mer. 2 déc. 2026"
        assert QLocale().language() == QLocale.Language.French
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(before)
    settings.setValue(LANGUAGE_KEY, "en")
    assert install_translator(qapp, settings, tmp_path) == ()
    assert dates.format_day(date(2026, 12, 2), "dmy") == "Wed 2 Dec 2026"
