"""The UI language: installing the translator chosen in Settings, at start-up.

Kept apart from `settings_dialog` (whose module loads the dialog's widgets and Qt's `Qt`
namespace) because the translator is installed before the window's first paint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from fieldsessions.core import i18n

LANGUAGE_KEY = "language"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def install_translator(app: QApplication, settings: QSettings,
                       folder: Path = TRANSLATIONS) -> QTranslator | None:
    """Load the chosen language (or the system's, when none is chosen), if translated."""
    code = str(settings.value(LANGUAGE_KEY, "") or "") or QLocale.system().name()
    if code.startswith("en"):
        return None
    translator = QTranslator(app)
    for candidate in (code, code.split("_")[0]):
        if translator.load(f"fieldsessions_{candidate}", str(folder)):
            app.installTranslator(translator)
            QLocale.setDefault(QLocale(candidate))
            i18n.install(lambda source, disambiguation:
                         QCoreApplication.translate("", source, disambiguation or None))
            return translator
    return None
