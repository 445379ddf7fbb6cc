"""Who is booked on a programme and who waits, with the places left; enrol and cancel.

Enrolling past capacity puts the person on the waitlist; cancelling a booking gives the freed
place to the first person waiting, and the panel says who moved up. Ctrl+Z on this page
(`undo_last`) takes back the last enrol or cancel made here, a promotion included. All work
runs on the database worker; the lists refresh from what the database says afterwards.

Signals:
    enrolment_changed(str): the programme id whose enrolment changed (the roll reloads).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.enums import EnrolmentStatus
from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.records import ParticipantInfo, Removal
from fieldsessions.gui.helpers import count_text, fill
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.roll_model import run_while_alive
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import participants
from fieldsessions.services.participants import EnrolmentResult

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
MAX_CANDIDATES = 50


@dataclass(frozen=True)
class _Enrolment:
    people: list[ParticipantInfo]
    capacity_left: int | None


def _load(programme_id: str) -> _Enrolment:
    return _Enrolment(participants.list_participants(programme_id),
                      participants.capacity_left(programme_id))


def _label(person: ParticipantInfo) -> str:
    details = [d for d in (person.external_id, person.group_name) if d]
    return person.name + (f"  ({', '.join(details)})" if details else "")


class EnrolmentPanel(QWidget):
    enrolment_changed = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._programme_id: str | None = None
        self._programme_name = ""
        self._generation = 0
        self._search_generation = 0
        self._enrolled_ids: set[str] = set()
        self._names: dict[str, str] = {}
        self._undo: list[tuple[str, EnrolmentResult]] = []  # (what, result), newest last
        self.setAccessibleName(self.tr("Enrolment"))

        self.capacity_label = QLabel(self)
        self.capacity_label.setAccessibleName(self.tr("Places left"))
        font = self.capacity_label.font()
        font.setBold(True)
        self.capacity_label.setFont(font)
        self.capacity_label.setWordWrap(True)  # long hints must not widen the window
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Enrolment message"))

        self.booked_list = QListWidget(self)
        self.booked_list.setAccessibleName(self.tr("Booked"))
        self.waitlist_list = QListWidget(self)
        self.waitlist_list.setAccessibleName(self.tr("Waitlist"))
        self.booked_box = QGroupBox(self.tr("Booked"), self)
        booked_layout = QVBoxLayout(self.booked_box)
        booked_layout.addWidget(self.booked_list)
        self.waitlist_box = QGroupBox(self.tr("Waitlist"), self)
        waitlist_layout = QVBoxLayout(self.waitlist_box)
        waitlist_layout.addWidget(self.waitlist_list)
        self.cancel_button = QPushButton(self.tr("Cancel &booking"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected booking or "
                                                     "waitlist place"))
        self.cancel_button.setToolTip(native_keys(self.tr(
                "Delete key in the lists; a freed place goes to "
                "the first person on the waitlist")))
        self.cancel_button.setEnabled(False)
        self.remove_button = QPushButton(self.tr("Re&move person…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected person"))
        self.remove_button.setToolTip(native_keys(self.tr(
                "Shift+Delete in the lists. Deleted when nothing "
                "was recorded for them, else taken off every "
                "programme with their history kept.")))
        self.remove_button.setEnabled(False)
        self.remove_box: QMessageBox | None = None  # the confirmation asked (tests answer it)
        self.page_button = QPushButton(self.tr("Person's pa&ge…"), self)
        self.page_button.setAccessibleName(self.tr(
            "Show the selected person's outcomes across programmes and pathway progress"))
        self.page_button.setEnabled(False)
        self.page_dialog: QDialog | None = None  # the last page opened (tests read it)

        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Find a person to enrol"))
        self.search_edit.setPlaceholderText(self.tr("Name or ID of a registered person"))
        self.candidates_list = QListWidget(self)
        self.candidates_list.setAccessibleName(self.tr("People who can be enrolled"))
        self.enrol_button = QPushButton(self.tr("En&rol"), self)
        self.enrol_button.setAccessibleName(self.tr("Enrol the selected person"))
        self.enrol_button.setToolTip(native_keys(self.tr("Enter in the list; books a place, or the "
                                             "waitlist when the programme is full")))
        self.enrol_button.setEnabled(False)
        find_label = QLabel(self.tr("Fin&d a person to enrol:"), self)
        find_label.setBuddy(self.search_edit)
        enrol_box = QGroupBox(self.tr("Enrol"), self)
        enrol_layout = QVBoxLayout(enrol_box)
        enrol_layout.addWidget(find_label)
        enrol_layout.addWidget(self.search_edit)
        enrol_layout.addWidget(self.candidates_list)
        enrol_layout.addWidget(self.enrol_button)

        lists = QGridLayout()
        lists.addWidget(self.booked_box, 0, 0)
        lists.addWidget(self.waitlist_box, 0, 1)
        lists.addWidget(enrol_box, 0, 2)
        lists.setColumnStretch(0, 3)
        lists.setColumnStretch(1, 2)
        lists.setColumnStretch(2, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.page_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.capacity_label)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._on_search_return_pressed)
        self.candidates_list.itemActivated.connect(self._on_candidate_activated)
        self.candidates_list.currentItemChanged.connect(self._update_buttons)
        self.booked_list.currentItemChanged.connect(self._on_booked_current_changed)
        self.waitlist_list.currentItemChanged.connect(self._on_waitlist_current_changed)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.enrol_button.clicked.connect(self._on_enrol_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.page_button.clicked.connect(self.show_person_page)
        for widget in (self.booked_list, self.waitlist_list):
            shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(self.tr("Cancel the selected booking or waitlist place"))
            shortcut.activated.connect(self._on_cancel_clicked)
            remove = QShortcut(QKeySequence("Shift+Del"), widget)
            remove.setContext(Qt.ShortcutContext.WidgetShortcut)
            remove.setWhatsThis(self.tr("Remove the selected person"))
            remove.activated.connect(self._on_remove_clicked)

    # --- public ---------------------------------------------------------------------------

    def set_programme(self, programme_id: str | None, name: str = "") -> None:
        changed = programme_id != self._programme_id
        self._programme_id, self._programme_name = programme_id, name
        if changed:
            self._undo.clear()  # undo belongs to the programme it was done on
            self.message_label.clear()
            self.search_edit.clear()
            self.candidates_list.clear()
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        programme_id = self._programme_id
        if programme_id is None:
            self.booked_list.clear()
            self.waitlist_list.clear()
            self.capacity_label.setText(native_keys(self.tr(
                "No session chosen. Open a session's roll (Enter on it in the Sessions tab) "
                "to see who is booked and enrol people.")))
            return
        run_while_alive(self._worker, self, lambda: _load(programme_id),
                        on_done=lambda result: self._on_loaded(generation, result),
                        on_error=self._show_error)

    def booked_names(self) -> list[str]:
        return [str(self.booked_list.item(i).data(Qt.ItemDataRole.UserRole + 1))
                for i in range(self.booked_list.count())]

    def waitlisted_names(self) -> list[str]:
        return [str(self.waitlist_list.item(i).data(Qt.ItemDataRole.UserRole + 1))
                for i in range(self.waitlist_list.count())]

    # --- loading --------------------------------------------------------------------------

    def _on_loaded(self, generation: int, result: _Enrolment) -> None:
        if generation != self._generation:
            return
        for widget in (self.booked_list, self.waitlist_list):
            widget.clear()
        self._enrolled_ids = set()
        for person in result.people:
            self._names[person.id] = person.name
            self._enrolled_ids.add(person.id)
            target = (self.waitlist_list
                      if person.enrolment_status == EnrolmentStatus.WAITLISTED.value
                      else self.booked_list)
            text = _label(person) + ("  · " + self.tr("walk-in") if person.is_walk_in else "")
            item = QListWidgetItem(text, target)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.name)
        booked, waiting = self.booked_list.count(), self.waitlist_list.count()
        self.booked_box.setTitle(self.tr("Booked (%1)").replace("%1", str(booked)))
        self.waitlist_box.setTitle(self.tr("Waitlist (%1)").replace("%1", str(waiting)))
        if result.capacity_left is None:
            capacity = self.tr("%1: no limit on places.")
        elif result.capacity_left == 0:
            capacity = self.tr("%1: full. New enrolments go on the waitlist.")
        else:
            capacity = (self.tr("%1: 1 place left.") if result.capacity_left == 1 else
                        self.tr("%1: %2 places left.").replace("%2", str(result.capacity_left)))
        self.capacity_label.setText(capacity.replace("%1", self._programme_name
                                                     or self.tr("Programme")))
        self._refilter_candidates()
        self._update_buttons()

    # --- enrolling ------------------------------------------------------------------------

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        text = self.search_edit.text().strip()
        self._search_generation += 1
        generation = self._search_generation
        if not text:
            self.candidates_list.clear()
            self._update_buttons()
            return
        run_while_alive(self._worker, self, lambda: participants.list_participants(None, text),
                        on_done=lambda found: self._on_candidates_found(generation, found),
                        on_error=self._show_error)

    def _on_candidates_found(self, generation: int, found: list[ParticipantInfo]) -> None:
        if generation != self._search_generation:
            return
        self.candidates_list.clear()
        shown = 0
        for person in found:
            if person.id in self._enrolled_ids:
                continue
            item = QListWidgetItem(_label(person), self.candidates_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.name)
            shown += 1
            if shown >= MAX_CANDIDATES:
                break
        if self.candidates_list.count():
            self.candidates_list.setCurrentRow(0)
        self._update_buttons()

    def _refilter_candidates(self) -> None:
        for row in reversed(range(self.candidates_list.count())):
            item = self.candidates_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in self._enrolled_ids:
                self.candidates_list.takeItem(row)

    @Slot()
    def _on_search_return_pressed(self) -> None:
        if self.candidates_list.count():
            self.candidates_list.setFocus()
            if self.candidates_list.currentRow() < 0:
                self.candidates_list.setCurrentRow(0)

    @Slot(QListWidgetItem)
    def _on_candidate_activated(self, item: QListWidgetItem) -> None:
        self._enrol(str(item.data(Qt.ItemDataRole.UserRole)))

    @Slot()
    def _on_enrol_clicked(self) -> None:
        item = self.candidates_list.currentItem()
        if item is not None:
            self._enrol(str(item.data(Qt.ItemDataRole.UserRole)))

    def _enrol(self, participant_id: str) -> None:
        programme_id = self._programme_id
        if programme_id is None:
            return
        run_while_alive(self._worker, self,
                        lambda: participants.enrol(programme_id, participant_id),
                        on_done=self._on_enrolled, on_error=self._show_error,
                        changes="roster")

    def _on_enrolled(self, result: EnrolmentResult) -> None:
        name = self._names.get(result.participant_id, "")
        item = self.candidates_list.currentItem()
        if not name and item is not None:
            name = str(item.data(Qt.ItemDataRole.UserRole + 1))
        self._undo.append((fill(self.tr("enrolment of %1"), name), result))
        if result.status == EnrolmentStatus.WAITLISTED.value:
            text = self.tr("The programme is full: %1 is on the waitlist.")
        else:
            text = self.tr("%1 is booked.")
        self._show_message(text.replace("%1", name))
        self._after_change()

    # --- cancelling -----------------------------------------------------------------------

    def _selected_enrolled(self) -> QListWidgetItem | None:
        """The chosen booked or waitlisted person (choosing in one list clears the other)."""
        return self.booked_list.currentItem() or self.waitlist_list.currentItem()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_booked_current_changed(self, current: QListWidgetItem | None,
                                   _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.waitlist_list.setCurrentRow(-1)
        self._update_buttons()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_waitlist_current_changed(self, current: QListWidgetItem | None,
                                     _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.booked_list.setCurrentRow(-1)
        self._update_buttons()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        item = self._selected_enrolled()
        programme_id = self._programme_id
        if item is None or programme_id is None:
            return
        participant_id = str(item.data(Qt.ItemDataRole.UserRole))
        run_while_alive(self._worker, self,
                        lambda: participants.cancel_enrolment(programme_id, participant_id),
                        on_done=self._on_cancelled, on_error=self._show_error,
                        changes="roster")

    def _on_cancelled(self, result: EnrolmentResult) -> None:
        name = self._names.get(result.participant_id, "")
        self._undo.append((fill(self.tr("cancelled place of %1"), name), result))
        text = native_keys(self.tr(
                "%1's place is cancelled (Ctrl+Z takes it back).")).replace("%1", name)
        if result.promoted:
            text += " " + self.tr("%1 moved up from the waitlist and is now booked.").replace(
                "%1", self._names.get(result.promoted, ""))
        self._show_message(text)
        self._after_change()

    @Slot()
    def show_person_page(self) -> None:
        """The selected person's page: outcomes across programmes, pathway progress."""
        from fieldsessions.gui.participant_page import ParticipantPageDialog

        item = self._selected_enrolled()
        if item is None:
            return
        participant_id = str(item.data(Qt.ItemDataRole.UserRole))
        dialog = ParticipantPageDialog(self._worker, participant_id,
                                       self._names.get(participant_id, ""), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page_dialog = dialog
        dialog.open()

    # --- undo -----------------------------------------------------------------------------

    def undo_text(self) -> str | None:
        """What Ctrl+Z on this page takes back, or None."""
        return self._undo[-1][0] if self._undo else None

    def undo_last(self) -> None:
        if not self._undo:
            self._show_message(self.tr("Nothing to undo on this page."))
            return
        what, result = self._undo.pop()

        def done(_none: object) -> None:
            self._show_message(fill(self.tr("Undone: %1."), what))
            self._after_change()

        run_while_alive(self._worker, self, lambda: participants.undo_enrolment(result),
                        on_done=done, on_error=self._show_error, changes="roster")

    # --- removing a person ----------------------------------------------------------------

    @Slot()
    def _on_remove_clicked(self) -> None:
        item = self._selected_enrolled()
        if item is None:
            return
        participant_id = str(item.data(Qt.ItemDataRole.UserRole))
        run_while_alive(self._worker, self,
                        lambda: participants.participant_removal(participant_id),
                        on_done=lambda removal: self._confirm_removal(participant_id, removal),
                        on_error=self._show_error)

    def _confirm_removal(self, participant_id: str, removal: Removal) -> None:
        if removal.deletable:
            text = fill(self.tr("Delete %1 from this laptop? Nothing was recorded for them; "
                                "%2 too, and they are deleted from the server at the next "
                                "sync."), removal.name,
                        count_text(removal.enrolments, self.tr("their 1 booking goes"),
                                   self.tr("their %1 bookings go")))
            label = self.tr("&Delete person")
        else:
            text = fill(self.tr("%1 has %2, so they cannot be deleted. Take them off every "
                                "programme? Their history is kept for the reports."),
                        removal.name,
                        count_text(removal.records, self.tr("1 attendance mark or tick"),
                                   self.tr("%1 attendance marks or ticks")))
            label = self.tr("&Take off every programme")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove person"), text,
                          QMessageBox.StandardButton.NoButton, self)
        confirm = box.addButton(label, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps the person
        self.remove_box = box

        def answered() -> None:
            self.remove_box = None
            if box.clickedButton() is not confirm:
                return
            run_while_alive(self._worker, self,
                            lambda: participants.remove_participant(participant_id),
                            on_done=self._on_removed, on_error=self._show_error,
                            changes="roster")

        box.finished.connect(answered)
        box.open()

    def _on_removed(self, removal: Removal) -> None:
        self._show_message(
            fill(self.tr("%1 was deleted."), removal.name) if removal.deletable
            else fill(self.tr("%1 is off every programme; their history is kept."),
                      removal.name))
        self._after_change()

    # --- common ---------------------------------------------------------------------------

    def _after_change(self) -> None:
        self.reload()
        if self._programme_id is not None:
            self.enrolment_changed.emit(self._programme_id)

    @Slot()
    def _update_buttons(self) -> None:
        self.enrol_button.setEnabled(self.candidates_list.currentItem() is not None)
        self.cancel_button.setEnabled(self.booked_list.currentItem() is not None
                                      or self.waitlist_list.currentItem() is not None)
        self.remove_button.setEnabled(self.cancel_button.isEnabled())
        self.page_button.setEnabled(self.cancel_button.isEnabled())

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #8f1d16;" if error else "")

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, FieldSessionsError):
            self._show_message(str(exc), error=True)
        else:
            log.error("enrolment work failed", exc_info=exc)
            self._show_message(self.tr("Something went wrong; the log has the details."),
                               error=True)
