"""Reports owed: the period (or session) reports not written yet, and a place to write them.

The list comes from `session_reports.reports_owed` on the database worker: every programme's
report periods (from its reporting frequency) that are over without a report, each marked
*due* or, a week after its period, *overdue* (core.session_reports). The facilitator picks
one, writes the notes and submits it (`session_reports.submit_report`); a session's report can
also be opened on the roll, where its topics and "did not happen" are written.

Signals:
    session_requested(str): the facilitator asked to open this session (its roll and report).
    submitted(str): a report was submitted (its period key).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.gui.helpers import fill, format_day, while_alive
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.worker import DbWorker

if TYPE_CHECKING:
    from fieldsessions.core.reporting import ReportPeriod
    from fieldsessions.core.session_reports import OwedReport

log = logging.getLogger(__name__)

OVERDUE_COLOUR = "#8f1d16"


def load_owed() -> list[OwedReport]:
    """Worker side: every report owed now, oldest first."""
    from fieldsessions.services import session_reports

    return session_reports.reports_owed(now=datetime.now(UTC))


class ReportsOwedDialog(QDialog):
    session_requested = Signal(str)
    submitted = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._owed: list[OwedReport] = []
        self._busy = False
        self.setWindowTitle(self.tr("Reports owed"))
        self.setAccessibleName(self.tr("Reports owed"))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        list_label = QLabel(self.tr("&Reports not written yet:"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("owedList")
        self.list.setAccessibleName(self.tr("Reports not written yet"))
        list_label.setBuddy(self.list)
        notes_label = QLabel(self.tr("&Notes for the chosen report:"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("owedNotes")
        self.notes.setAccessibleName(self.tr("Notes for the chosen report"))
        self.notes.setPlaceholderText(self.tr("What happened in this period: who came, what "
                                              "was covered, what needs follow-up."))
        self.notes.setTabChangesFocus(True)
        notes_label.setBuddy(self.notes)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.submit_button = QPushButton(self.tr("&Submit report"), self)
        self.submit_button.setAccessibleName(self.tr("Submit the chosen report"))
        self.submit_button.setToolTip(native_keys(self.tr(
                "Submit the chosen report with these notes "
                "(Ctrl+Enter)")))
        self.open_session_button = QPushButton(self.tr("&Open the session"), self)
        self.open_session_button.setAccessibleName(self.tr(
            "Open the chosen session's roll, where its report is written in full"))
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_session_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter in the list never submits by surprise
        buttons.rejected.connect(self.reject)
        self.submit_button.clicked.connect(self.submit)
        self.open_session_button.clicked.connect(self._on_open_session_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 2)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self._update_buttons()
        self.reload()

    # --- public ---------------------------------------------------------------------------

    @property
    def owed(self) -> list[OwedReport]:
        return list(self._owed)

    @property
    def loading(self) -> bool:
        return self._busy

    def reload(self) -> None:
        self._busy = True
        self._run(load_owed, on_done=self._on_loaded, on_error=self._on_failed)

    def chosen(self) -> OwedReport | None:
        row = self.list.currentRow()
        return self._owed[row] if 0 <= row < len(self._owed) else None

    @Slot()
    def submit(self) -> None:
        owed = self.chosen()
        if owed is None or self._busy:
            return
        notes = self.notes.toPlainText().strip()
        programme_id, key = owed.programme_id, owed.period.key

        def save() -> str:
            from fieldsessions.services import session_reports

            return session_reports.submit_report(programme_id, key, notes)

        self._busy = True
        self._update_buttons()
        self._run(save, on_done=self._on_submitted, on_error=self._on_failed,
                  changes="reports")

    def period_text(self, period: ReportPeriod) -> str:
        """'Week of Mon 2 Mar 2026 – Sun 8 Mar 2026' and the like, in the app's date format."""
        kind = period.key.split(":", 1)[0]
        if kind == "month":  # 'October 2026', in the UI language
            return fill("%1 %2", QLocale().standaloneMonthName(period.start.month),
                        period.start.year)
        span = (format_day(period.start) if period.start == period.end
                else fill("%1 – %2", format_day(period.start), format_day(period.end)))
        words = {"session": self.tr("Session of %1"), "day": self.tr("Day of %1"),
                 "week": self.tr("Week of %1"),
                 "end": self.tr("Final report, %1")}
        return fill(words.get(kind, "%1"), span)

    def item_text(self, owed: OwedReport) -> str:
        state = self.tr("Overdue") if owed.overdue else self.tr("Due")
        return f"{state} · {owed.programme_name} · {self.period_text(owed.period)}"

    # --- internals ------------------------------------------------------------------------

    def keyPressEvent(self, event: Any) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, *,
             changes: str | None = None) -> None:
        self._worker.run(fn, while_alive(self, on_done) if on_done else None,
                         while_alive(self, on_error) if on_error else None, changes=changes)

    def _on_loaded(self, owed: Sequence[OwedReport]) -> None:
        self._busy = False
        keep = self.chosen()
        self._owed = list(owed)
        self.list.clear()
        for report in self._owed:
            item = QListWidgetItem(self.item_text(report))
            if report.overdue:
                item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
            self.list.addItem(item)
        overdue = sum(o.overdue for o in self._owed)
        if not self._owed:
            self.intro.setText(self.tr(
                "No reports are owed. When a programme's report period is over (each session, "
                "day, week or month, or the end, as set in the programme), its report is asked "
                "for here."))
        else:
            if len(self._owed) == 1:
                self.intro.setText(
                    self.tr("1 report owed, overdue (more than a week late). Write its notes "
                            "and press Submit.") if overdue else
                    self.tr("1 report owed. Write its notes and press Submit."))
            else:
                self.intro.setText(fill(self.tr(
                    "%1 reports owed, %2 of them overdue (more than a week late). Choose one, "
                    "write its notes and press Submit."), len(self._owed), overdue))
        row = 0
        if keep is not None:
            for i, report in enumerate(self._owed):
                if report.period.key == keep.period.key and report.programme_id == \
                        keep.programme_id:
                    row = i
        if self._owed:
            self.list.setCurrentRow(min(row, len(self._owed) - 1))
        self._update_buttons()

    def _on_submitted(self, key: str) -> None:
        self._busy = False
        self.notes.clear()
        self.error_label.clear()
        self.submitted.emit(key)
        self.reload()

    def _on_failed(self, exc: Exception) -> None:
        self._busy = False
        if isinstance(exc, FieldSessionsError):
            self.error_label.setText(str(exc))
        else:
            log.error("reports owed: a job failed", exc_info=exc)
            self.error_label.setText(fill(self.tr("Something went wrong (%1); details are in "
                                                  "the log file."), type(exc).__name__))
        self._update_buttons()

    def _update_buttons(self) -> None:
        owed = self.chosen()
        self.submit_button.setEnabled(owed is not None and not self._busy)
        self.notes.setEnabled(owed is not None)
        self.open_session_button.setVisible(owed is not None
                                            and owed.period.session_id is not None)

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self.error_label.clear()
        self._update_buttons()

    @Slot()
    def _on_open_session_clicked(self) -> None:
        owed = self.chosen()
        if owed is not None and owed.period.session_id is not None:
            self.session_requested.emit(owed.period.session_id)
            self.accept()
