"""The UI language: installing the translator chosen in Settings, at start-up.

Kept apart from `settings_dialog` (whose module loads the dialog's widgets and Qt's `Qt`
namespace) because the translator is installed before the window's first paint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from fieldsessions.core import i18n
from fieldsessions.core.i18n import LANGUAGE_KEY as LANGUAGE_KEY
from fieldsessions.core.i18n import TRANSLATIONS as TRANSLATIONS


def install_translator(app: QApplication, settings: QSettings,
                       folder: Path | None = None) -> tuple[QTranslator, ...]:
    """Load the chosen language (or the system's, when none is chosen), if translated; the
    core's text (core.i18n.tr) is looked up in the same catalogue. Returns the translators
    installed (none for English)."""
    code = str(settings.value(LANGUAGE_KEY, "") or "") or QLocale.system().name()
    path = i18n.catalogue(code, folder)
    translator = QTranslator(app)
    if path is None or not translator.load(str(path)):
        return ()
    language = QLocale(path.stem.removeprefix("fieldsessions_"))
    installed = [translator]
    qt_own = QTranslator(app)  # Qt's words (file dialogs), where Qt translates them; ours,
    if qt_own.load(language, "qtbase", "_",  # installed after, win (gui/qt_texts.py)
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.insert(0, qt_own)
    app.installTranslator(translator)
    QLocale.setDefault(language)
    i18n.install(lambda source, disambiguation:
                 QCoreApplication.translate("", source, disambiguation or None))
    return tuple(installed)
