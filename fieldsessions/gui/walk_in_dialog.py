"""Adding someone at the door in a few seconds: name, optional ID and phone, and a hint.

While the name, ID or phone is typed, people already registered under a similar name, the same
ID or the same phone are listed, so the facilitator can pick the existing person instead of
creating a duplicate. When one of them is a likely match (same name, ID or phone) it is
highlighted and Enter picks it; adding a new person then takes the explicit "Add as a new
person" button (Alt+W). When the programme has no free place (full, or people waiting), a
check box lets the facilitator book the walk-in anyway; otherwise they join the waitlist and
are marked for this session only. The dialog only gathers the choice; the Roster tab saves it
through the database worker.

Signals:
    chosen(object): a `WalkInChoice`, emitted when the dialog is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.enums import AttendanceStatus
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.roll_model import run_while_alive
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import participants
from fieldsessions.services.participants import ParticipantInput

HINT_DELAY_MS = 200


@dataclass(frozen=True)
class WalkInChoice:
    """Either a new person (`data`) or an existing one (`participant_id`), marked `status`."""

    data: ParticipantInput | None
    participant_id: str | None
    name: str
    status: str
    book: bool = False  # book a place even though the programme has none free


class WalkInDialog(QDialog):
    chosen = Signal(object)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *,
                 session_id: str | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._likely = False
        self._hint_generation = 0
        self._choice: WalkInChoice | None = None
        self.setWindowTitle(self.tr("Add a walk-in"))
        self.setAccessibleName(self.tr("Add a walk-in"))
        self.setMinimumWidth(440)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("Full name"))
        self.id_edit = QLineEdit(self)
        self.id_edit.setAccessibleName(self.tr("ID (optional)"))
        self.id_edit.setPlaceholderText(self.tr("optional"))
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setAccessibleName(self.tr("Phone (optional)"))
        self.phone_edit.setPlaceholderText(self.tr("optional"))
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Mark as"))
        self.status_combo.addItem(self.tr("Present"), AttendanceStatus.PRESENT.value)
        self.status_combo.addItem(self.tr("Late"), AttendanceStatus.LATE.value)

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        id_label = QLabel(self.tr("&ID:"), self)
        id_label.setBuddy(self.id_edit)
        phone_label = QLabel(self.tr("P&hone:"), self)
        phone_label.setBuddy(self.phone_edit)
        status_label = QLabel(self.tr("&Mark as:"), self)
        status_label.setBuddy(self.status_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow(id_label, self.id_edit)
        form.addRow(phone_label, self.phone_edit)
        form.addRow(status_label, self.status_combo)

        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setText(native_keys(self.tr(
            "Already registered? Press Down and Enter to pick the person instead:")))
        self.hint_list = QListWidget(self)
        self.hint_list.setAccessibleName(self.tr("People with a similar name"))
        self.hint_list.setMaximumHeight(120)
        self.hint_label.setVisible(False)
        self.hint_list.setVisible(False)

        self.book_box = QCheckBox(self.tr("&Book a place anyway (none is free now)"), self)
        self.book_box.setAccessibleName(self.tr("Book a place although none is free"))
        self.book_box.setToolTip(self.tr("The programme is full or people are waiting. "
                                         "Unticked, the walk-in is marked for this session and "
                                         "joins the end of the waitlist."))
        self.book_box.setVisible(False)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #8f1d16;")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("&Add walk-in"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName(self.tr("Add as a new walk-in"))
        self.add_button.setDefault(True)
        self.use_button: QPushButton = self.buttons.addButton(
            self.tr("&Use selected person"), QDialogButtonBox.ButtonRole.ActionRole)
        self.use_button.setAccessibleName(self.tr("Use the selected existing person"))
        self.use_button.setEnabled(False)
        self.use_button.setVisible(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.hint_list)
        layout.addWidget(self.book_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self._on_hint_timer_timeout)
        self.name_edit.textChanged.connect(self._on_name_text_changed)
        self.id_edit.textChanged.connect(self._on_name_text_changed)
        self.phone_edit.textChanged.connect(self._on_name_text_changed)
        self.name_edit.installEventFilter(self)
        self.hint_list.itemActivated.connect(self._on_hint_list_item_activated)
        self.hint_list.currentItemChanged.connect(self._on_hint_list_current_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.setFocus()
        if session_id is not None:
            run_while_alive(self._worker, self,
                            lambda: participants.session_has_free_place(session_id),
                            on_done=lambda free: self.book_box.setVisible(not free))

    # --- results --------------------------------------------------------------------------

    def choice(self) -> WalkInChoice | None:
        return self._choice

    def similar_shown(self) -> list[str]:
        """Names listed in the hint (for tests and screen readers)."""
        return [self.hint_list.item(i).text() for i in range(self.hint_list.count())]

    # --- hint -----------------------------------------------------------------------------

    @Slot(str)
    def _on_name_text_changed(self, _text: str) -> None:
        self.error_label.setVisible(False)
        self._hint_timer.start()

    @Slot()
    def _on_hint_timer_timeout(self) -> None:
        name = self.name_edit.text().strip()
        ext = self.id_edit.text().strip()
        phone = self.phone_edit.text().strip()
        self._hint_generation += 1
        generation = self._hint_generation
        if len(name) < 2 and not ext and not phone:
            self._show_hint([])
            return
        run_while_alive(self._worker, self,
                        lambda: participants.walk_in_matches(name, ext, phone),
                        on_done=lambda found: self._on_similar_found(generation, found),
                        on_error=lambda _exc: self._on_similar_found(generation, []))

    def _on_similar_found(self, generation: int,
                          found: list[participants.WalkInMatch]) -> None:
        if generation != self._hint_generation:
            return  # the name changed since; a newer answer is on its way
        self._show_hint(found)

    def likely_match_shown(self) -> bool:
        return self._likely

    def _show_hint(self, found: list[participants.WalkInMatch]) -> None:
        self.hint_list.clear()
        reasons = {"same ID": self.tr("same ID"), "same phone": self.tr("same phone"),
                   "same name": self.tr("same name"), "similar name": self.tr("similar name")}
        for match in found:
            person = match.person
            details = [d for d in (person.external_id, person.group_name) if d]
            text = person.name + (f"  ({', '.join(details)})" if details else "")
            text += "  · " + reasons[match.reason]
            item = QListWidgetItem(text, self.hint_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.name)
        shown = bool(found)
        self._likely = bool(found) and found[0].likely
        self.hint_label.setVisible(shown)
        self.hint_list.setVisible(shown)
        self.use_button.setVisible(shown)
        if self._likely:
            # A likely match is highlighted and Enter picks it; a new person is a choice.
            self.hint_label.setText(native_keys(self.tr(
                "This may be someone already registered. Enter picks the highlighted person; "
                "to register a different person, press \"Add as a new person\".")))
            self.add_button.setText(self.tr("Add as a ne&w person"))
            self.hint_list.setCurrentRow(0)
        else:
            self.hint_label.setText(native_keys(self.tr(
                "Already registered? Press Down and Enter to pick the person instead:")))
            self.add_button.setText(self.tr("&Add walk-in"))
            self.hint_list.setCurrentRow(-1)
            self.use_button.setEnabled(False)
            self.use_button.setDefault(False)
            self.add_button.setDefault(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.name_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.hint_list.count()):
            self.hint_list.setFocus()
            self.hint_list.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_hint_list_current_changed(self, current: QListWidgetItem | None,
                                      _previous: QListWidgetItem | None) -> None:
        self.use_button.setEnabled(current is not None)
        if current is not None:
            self.use_button.setDefault(True)
            self.add_button.setDefault(False)

    @Slot(QListWidgetItem)
    def _on_hint_list_item_activated(self, item: QListWidgetItem) -> None:
        self._accept_existing(item)

    # --- accepting ------------------------------------------------------------------------

    def _status(self) -> str:
        return str(self.status_combo.currentData())

    def _book(self) -> bool:
        return self.book_box.isVisibleTo(self) and self.book_box.isChecked()

    @Slot()
    def _on_use_clicked(self) -> None:
        item = self.hint_list.currentItem()
        if item is not None:
            self._accept_existing(item)

    def _accept_existing(self, item: QListWidgetItem) -> None:
        if self._choice is not None:
            return  # Enter both activates the item and presses the default button
        self._choice = WalkInChoice(
            data=None, participant_id=str(item.data(Qt.ItemDataRole.UserRole)),
            name=str(item.data(Qt.ItemDataRole.UserRole + 1)), status=self._status(),
            book=self._book())
        self.chosen.emit(self._choice)
        self.accept()

    @Slot()
    def _on_add_clicked(self) -> None:
        if self._choice is not None:
            return
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.error_label.setText(self.tr("Type the person's name first."))
            self.error_label.setVisible(True)
            self.name_edit.setFocus()
            return
        data = ParticipantInput(name=name, external_id=self.id_edit.text().strip() or None,
                                phone=self.phone_edit.text().strip())
        self._choice = WalkInChoice(data=data, participant_id=None, name=name,
                                    status=self._status(), book=self._book())
        self.chosen.emit(self._choice)
        self.accept()
