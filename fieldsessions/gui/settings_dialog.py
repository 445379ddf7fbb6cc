"""Settings: facilitator and device names, where the data file lives, the UI language.

The names are stored in this laptop's Device row (through services.status on the worker); the
language is a per-user preference kept in QSettings and applied at the next start, when
`install_translator` loads resources/translations/fieldsessions_<code>.qm. The form and the
services are imported when the dialog opens, so start-up (which installs the translator) does
not pay for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSettings, QTranslator, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.gui.helpers import while_alive
from fieldsessions.gui.worker import DbWorker

if TYPE_CHECKING:
    from fieldsessions.services.status import DeviceSettings

log = logging.getLogger(__name__)

LANGUAGE_KEY = "language"
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
ERROR_COLOUR = "#8f1d16"


def available_languages(folder: Path = TRANSLATIONS) -> list[tuple[str, str]]:
    """(code, name in that language): English, which the app is written in, plus every
    compiled translation found."""
    found = {"en": "English"}
    if folder.is_dir():
        for qm in sorted(folder.glob("fieldsessions_*.qm")):
            code = qm.stem.removeprefix("fieldsessions_")
            found[code] = QLocale(code).nativeLanguageName() or code
    return sorted(found.items(), key=lambda item: item[1].casefold())


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
            return translator
    return None


def _device_settings() -> DeviceSettings:
    from fieldsessions.services import status

    return status.device_settings()


def _save_device_settings(name: str, facilitator: str) -> DeviceSettings:
    from fieldsessions.services import status

    return status.save_device_settings(name=name, facilitator=facilitator)


class SettingsDialog(QDialog):
    def __init__(self, worker: DbWorker, db_path: Path, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._db_path = db_path
        self._settings = settings
        self._loaded = False
        self._saving = False
        from fieldsessions.gui.forms.settings_dialog import Ui_SettingsDialog

        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        self.save_button: QPushButton = save
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAccessibleName(self.tr("Close without saving"))
        ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        ui.dataFileEdit.setText(str(db_path))
        ui.dataFileEdit.setCursorPosition(0)
        ui.languageCombo.addItem(self.tr("The system's language"), "")
        for code, name in available_languages():
            ui.languageCombo.addItem(name, code)
        chosen = str(settings.value(LANGUAGE_KEY, "") or "")
        index = ui.languageCombo.findData(chosen)
        ui.languageCombo.setCurrentIndex(max(0, index))
        ui.openFolderButton.clicked.connect(self._on_open_folder_button_clicked)
        ui.buttonBox.accepted.connect(self._on_button_box_accepted)
        for edit in (ui.facilitatorEdit, ui.deviceEdit):
            edit.setEnabled(False)
        self.save_button.setEnabled(False)
        self._run(_device_settings, on_done=self._on_loaded, on_error=self._on_failed)

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, *,
             changes: str | None = None) -> None:
        """Queue `fn` on the database worker; its result is dropped if this is deleted."""
        self._worker.run(fn, while_alive(self, on_done) if on_done else None,
                         while_alive(self, on_error) if on_error else None, changes=changes)

    @property
    def loaded(self) -> bool:
        return self._loaded

    def folder(self) -> Path:
        return self._db_path.resolve().parent

    def _on_loaded(self, found: DeviceSettings) -> None:
        self._loaded = True
        self.ui.facilitatorEdit.setText(found.facilitator)
        self.ui.deviceEdit.setText(found.name)
        for edit in (self.ui.facilitatorEdit, self.ui.deviceEdit):
            edit.setEnabled(True)
        self.save_button.setEnabled(True)
        self.ui.facilitatorEdit.setFocus()

    def _on_failed(self, exc: Exception) -> None:
        self._saving = False
        self.save_button.setEnabled(self._loaded)
        if isinstance(exc, FieldSessionsError):
            self.ui.errorLabel.setText(str(exc))
        else:
            log.error("settings could not be read or saved", exc_info=exc)
            self.ui.errorLabel.setText(self.tr("The settings could not be saved (%1). Details "
                                               "are in the log file.").replace(
                                                   "%1", type(exc).__name__))

    @Slot()
    def _on_open_folder_button_clicked(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder()))):
            self.ui.errorLabel.setText(self.tr("No file manager could be opened; the folder "
                                               "is %1").replace("%1", str(self.folder())))

    @Slot()
    def _on_button_box_accepted(self) -> None:
        if not self._loaded or self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self._settings.setValue(LANGUAGE_KEY, self.ui.languageCombo.currentData() or "")
        name = self.ui.deviceEdit.text()
        facilitator = self.ui.facilitatorEdit.text()
        self._run(
            lambda: _save_device_settings(name, facilitator),
            on_done=self._on_saved, on_error=self._on_failed, changes="settings")

    def _on_saved(self, _found: DeviceSettings) -> None:
        self._saving = False
        self.accept()
