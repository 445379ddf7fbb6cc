"""The outcome tick-off grid of one session: participants down, outcomes across.

Space (or a click) ticks or unticks the current cell; arrows move; Enter moves down. Ctrl+Z on
this page (`undo_last`) takes back the last tick or untick made here. Each tick
goes through the database worker (`services.outcomes.tick`); the cell shows the new value at
once and goes back, with the reason in the message line, if the service refuses (e.g. a
session that has not started).

Signals (OutcomeGrid):
    ticks_changed(str): the session id whose ticks changed.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.outcomes import TickChange, TickOffRow, TickOffSheet
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.roll_model import run_while_alive
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import outcomes

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ACHIEVED_BACKGROUND = "#d6f0dc"
ACHIEVED_FOREGROUND = "#17602c"
NAME_WIDTH = 220
OUTCOME_WIDTH = 160


class OutcomeTableModel(QAbstractTableModel):
    """Rows: participants of the roll; column 0 the name, then one column per outcome.

    Signals:
        tick_requested(str, str, bool): participant id, outcome id, achieved.
    """

    tick_requested = Signal(str, str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sheet: TickOffSheet | None = None
        self._rows: list[TickOffRow] = []
        self._row_of: dict[str, int] = {}

    def set_sheet(self, sheet: TickOffSheet | None) -> None:
        self.beginResetModel()
        self._sheet = sheet
        self._rows = list(sheet.rows) if sheet else []
        self._row_of = {r.participant_id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def sheet(self) -> TickOffSheet | None:
        return self._sheet

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._sheet is None:
            return 0
        return 1 + len(self._sheet.outcomes)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or self._sheet is None:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == 0:
            title = self.tr("Name")
            tip = None
        else:
            outcome = self._sheet.outcomes[section - 1]
            title = outcome.title
            tip = outcome.title + (f"\n{outcome.description}" if outcome.description else "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
        if index.column() > 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def achieved(self, row: int, column: int) -> bool:
        return bool(self._rows[row].ticks[column - 1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._sheet is None:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole and row.external_id:
                return row.external_id
            return None
        done = bool(row.ticks[column - 1])
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Achieved") if done else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            title = self._sheet.outcomes[column - 1].title
            state = self.tr("achieved") if done else self.tr("not achieved")
            return f"{row.name}, {title}: {state}"
        if done and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(ACHIEVED_BACKGROUND))
        if done and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ACHIEVED_FOREGROUND))
        return None

    def setData(self, index: Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() == 0 or self._sheet is None
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        row = self._rows[index.row()]
        outcome = self._sheet.outcomes[index.column() - 1]
        self.set_tick(row.participant_id, outcome.id, checked)
        self.tick_requested.emit(row.participant_id, outcome.id, checked)
        return True

    def set_tick(self, participant_id: str, outcome_id: str, achieved: bool | None) -> None:
        if self._sheet is None:
            return
        row_number = self._row_of.get(participant_id)
        columns = [i for i, o in enumerate(self._sheet.outcomes) if o.id == outcome_id]
        if row_number is None or not columns:
            return
        row = self._rows[row_number]
        ticks = list(row.ticks)
        ticks[columns[0]] = achieved
        self._rows[row_number] = dataclasses.replace(row, ticks=tuple(ticks))
        index = self.index(row_number, columns[0] + 1)
        self.dataChanged.emit(index, index)

    def apply(self, changes: list[TickChange]) -> None:
        for change in changes:
            self.set_tick(change.participant_id, change.outcome_id, change.achieved)


class _GridView(QTableView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.currentIndex()
        model = self.model()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            below = model.index(min(index.row() + 1, model.rowCount() - 1), index.column())
            self.setCurrentIndex(below)
            return
        if key == Qt.Key.Key_Space and index.isValid() and index.column() > 0:
            state = model.data(index, Qt.ItemDataRole.CheckStateRole)
            checked = state == Qt.CheckState.Checked
            model.setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                          Qt.ItemDataRole.CheckStateRole)
            return
        super().keyPressEvent(event)


class OutcomeGrid(QWidget):
    ticks_changed = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._session_id: str | None = None
        self._generation = 0
        self._undo: list[tuple[str, list[TickChange]]] = []  # (what, changes), newest last
        self.setAccessibleName(self.tr("Outcome tick-off"))
        self.model = OutcomeTableModel(self)
        self.view = _GridView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Outcomes achieved, one row per participant"))
        self.view.setAccessibleDescription(native_keys(self.tr(
                "Space ticks or unticks; arrows move")))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Tick-off message"))
        self.hint_label = QLabel(native_keys(self.tr(
                "<b>Space</b> ticks or unticks · <b>arrows</b> move · "
                "hover a column title for the whole outcome")), self)
        self.hint_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint_label)
        self.model.tick_requested.connect(self._on_model_tick_requested)

    def set_session(self, session_id: str | None) -> None:
        if session_id != self._session_id:
            self._undo.clear()  # undo belongs to the session it was done on
        self._session_id = session_id
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        session_id = self._session_id
        if session_id is None:
            self.model.set_sheet(None)
            return
        run_while_alive(self._worker, self, lambda: outcomes.tickoff_sheet(session_id),
                        on_done=lambda sheet: self._on_loaded(generation, sheet),
                        on_error=self._show_error)

    def _on_loaded(self, generation: int, sheet: TickOffSheet) -> None:
        if generation != self._generation:
            return
        current = self.view.currentIndex()
        self.model.set_sheet(sheet)
        if not sheet.outcomes:
            self._show_message(self.tr("This session has no outcomes to tick off. Add them to "
                                       "the programme's outcome list."))
        elif not sheet.rows:
            self._show_message(self.tr("Nobody is on this session's roll yet."))
        else:
            self._show_message("")
        self.view.setColumnWidth(0, NAME_WIDTH)
        self._fit_columns()
        if self.model.rowCount() and self.model.columnCount() > 1:
            row = min(max(current.row(), 0), self.model.rowCount() - 1)
            column = min(max(current.column(), 1), self.model.columnCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, column))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Outcomes share the width while each keeps room for its title; else they scroll."""
        outcomes_shown = self.model.columnCount() - 1
        if outcomes_shown <= 0 or not self.isVisible():
            return
        room = (self.view.viewport().width() - self.view.columnWidth(0)) // outcomes_shown
        for column in range(1, outcomes_shown + 1):
            self.view.setColumnWidth(column, max(room, OUTCOME_WIDTH))

    @Slot(str, str, bool)
    def _on_model_tick_requested(self, participant_id: str, outcome_id: str,
                                 achieved: bool) -> None:
        session_id = self._session_id
        if session_id is None:
            return
        run_while_alive(
            self._worker, self,
            lambda: outcomes.tick(session_id, participant_id, outcome_id, achieved),
            on_done=self._on_ticked,
            on_error=lambda exc: self._on_tick_failed(participant_id, outcome_id, achieved,
                                                      exc),
            changes="outcomes")

    def _on_ticked(self, changes: list[TickChange]) -> None:
        self.model.apply(changes)
        if changes:
            self._undo.append((self._describe(changes[0]), changes))
        if changes and self._session_id is not None:
            self._show_message("")
            self.ticks_changed.emit(self._session_id)

    def _on_tick_failed(self, participant_id: str, outcome_id: str, achieved: bool,
                        exc: Exception) -> None:
        self.model.set_tick(participant_id, outcome_id, not achieved)
        self._show_error(exc)

    def _describe(self, change: TickChange) -> str:
        sheet = self.model.sheet()
        name = title = ""
        if sheet is not None:
            name = next((r.name for r in sheet.rows if r.participant_id == change.participant_id),
                        "")
            title = next((o.title for o in sheet.outcomes if o.id == change.outcome_id), "")
        text = self.tr("tick of %1: %2") if change.achieved else self.tr("untick of %1: %2")
        return text.replace("%1", name).replace("%2", title)

    def undo_text(self) -> str | None:
        """What Ctrl+Z on this page takes back, or None."""
        return self._undo[-1][0] if self._undo else None

    def undo_last(self) -> None:
        session_id = self._session_id
        if not self._undo or session_id is None:
            self._show_message(self.tr("Nothing to undo on this page."))
            return
        what, changes = self._undo.pop()
        wanted = {(c.participant_id, c.outcome_id): bool(c.previous) for c in changes}

        def done(undone: list[TickChange]) -> None:
            self.model.apply(undone)
            self._show_message(self.tr("Undone: %1.").replace("%1", what))
            self.ticks_changed.emit(session_id)

        run_while_alive(self._worker, self, lambda: outcomes.tick_many(session_id, wanted),
                        on_done=done, on_error=self._show_error, changes="outcomes")

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        self.message_label.setStyleSheet("color: #8f1d16;" if error else "")

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, FieldSessionsError):
            self._show_message(str(exc), error=True)
        else:
            log.error("tick-off work failed", exc_info=exc)
            self._show_message(self.tr("Something went wrong; the log has the details."),
                               error=True)
