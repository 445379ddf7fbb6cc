"""One mark's history: every change made on any laptop that has synced, oldest first.

The Roster tab opens it for the current row (Ctrl+H) with what `attendance.mark_history`
returned on the database worker; the dialog only shows it. The last row is the mark as it
stands (the order is the one the server settles concurrent changes in).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.records import MarkHistoryEntry
from fieldsessions.gui.helpers import count_text, fill, format_moment
from fieldsessions.gui.roll_model import status_text


class MarkHistoryDialog(QDialog):
    """A read-only table: when, change, by whom, on which laptop, why."""

    def __init__(self, name: str, entries: Sequence[MarkHistoryEntry], this_device: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("History of %1's mark"), name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            count_text(len(entries),
                       self.tr("1 change, from every laptop that has synced."),
                       self.tr("%1 changes, from every laptop that has synced, oldest first."))
            if entries else
            self.tr("This mark has no history: it was never changed."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(entries), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Change"),
                                              self.tr("By"), self.tr("Laptop"),
                                              self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, entry in enumerate(entries):
            cells = [
                format_moment(entry.changed_at),
                fill(self.tr("%1 → %2"), self._value(entry.previous, entry.previous_minutes),
                     self._value(entry.status, entry.minutes)),
                entry.changed_by,
                self.tr("this laptop") if entry.device_id == this_device
                else entry.device_id[:8],
                self.tr("(received without its own entry)") if entry.from_sync
                else entry.reason,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _value(self, status: str | None, minutes: int | None) -> str:
        word = status_text(status)
        return word if minutes is None else fill(self.tr("%1 (%2 min)"), word, minutes)
