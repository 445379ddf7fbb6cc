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

from PySide6.QtCore import QLocale, QSettings, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.gui.helpers import while_alive
from fieldsessions.gui.translation import LANGUAGE_KEY as LANGUAGE_KEY  # (start-up's module)
from fieldsessions.gui.translation import TRANSLATIONS as TRANSLATIONS
from fieldsessions.gui.translation import install_translator as install_translator
from fieldsessions.gui.worker import DbWorker

if TYPE_CHECKING:
    from fieldsessions.services.status import DeviceSettings

log = logging.getLogger(__name__)

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


def _device_settings() -> DeviceSettings:
    from fieldsessions.services import status

    return status.device_settings()


def _save_device_settings(name: str, facilitator: str) -> DeviceSettings:
    from fieldsessions.services import status

    return status.save_device_settings(name=name, facilitator=facilitator)


def _save_facilitator_name(name: str) -> DeviceSettings:
    from fieldsessions.services import status

    return status.save_facilitator_name(name)


class FacilitatorNameDialog(QDialog):
    """Asked on first run: the facilitator's name, kept in this laptop's settings and printed
    on attendance sheets, session reports and exports. It cannot be skipped (Continue stays
    disabled while the name is blank, Escape does nothing), so nothing is ever signed
    "(unknown)"; it can be changed later in Settings.

    Signals:
        name_saved(str): the name, once stored.
    """

    name_saved = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._saving = False
        self.setWindowTitle(self.tr("Welcome to fieldsessions"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        intro = QLabel(self.tr("What is your name? It is printed on attendance sheets, session "
                               "reports and exports. You can change it later in Settings."),
                       self)
        intro.setWordWrap(True)
        label = QLabel(self.tr("Your &name:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Amina Otieno"))
        label.setBuddy(self.name_edit)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.continue_button = buttons.addButton(self.tr("&Continue"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        self.continue_button.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (intro, label, self.name_edit, self.error_label, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        self.name_edit.setFocus()

    @Slot(str)
    def _on_name_edit_text_changed(self, text: str) -> None:
        self.continue_button.setEnabled(bool(text.strip()) and not self._saving)
        self.error_label.clear()

    @Slot()
    def _on_continue_clicked(self) -> None:
        name = self.name_edit.text()
        if not name.strip() or self._saving:
            return
        self._saving = True
        self.continue_button.setEnabled(False)
        self._worker.run(lambda: _save_facilitator_name(name),
                         while_alive(self, self._on_saved), while_alive(self, self._on_failed),
                         changes="settings")

    def _on_saved(self, found: DeviceSettings) -> None:
        self._saving = False
        self.name_saved.emit(found.facilitator)
        self.done(QDialog.DialogCode.Accepted)

    def _on_failed(self, exc: Exception) -> None:
        self._saving = False
        self.continue_button.setEnabled(bool(self.name_edit.text().strip()))
        if isinstance(exc, FieldSessionsError):
            self.error_label.setText(str(exc))
        else:
            log.error("the facilitator's name could not be saved", exc_info=exc)
            self.error_label.setText(self.tr("Your name could not be saved (%1). Details are "
                                             "in the log file.").replace(
                                                 "%1", type(exc).__name__))

    def reject(self) -> None:
        """Escape or closing does not skip the name; closing the main window still quits."""


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
