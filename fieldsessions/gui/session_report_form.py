"""The facilitator's report on one session: held or not (with the reason), topics, notes.

Saving a "did not happen" report also records the session as not held (the service keeps both
in step). A session can be reported on once it has started; before that the form says so.

Signals:
    report_saved(str): the session id whose report was saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.records import SessionInfo
from fieldsessions.core.session_reports import SessionReportInfo
from fieldsessions.gui.roll_model import run_while_alive
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes, session_reports

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _ReportData:
    session: SessionInfo
    report: SessionReportInfo | None
    topics: tuple[str, ...]
    topic_tracking: bool


def _load(session_id: str) -> _ReportData:
    session = programmes.session_info(session_id)
    spec = programmes.spec_of(session.programme_id)
    return _ReportData(session, session_reports.session_report(session_id), spec.topics,
                       spec.topic_tracking)


class SessionReportForm(QWidget):
    report_saved = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._session_id: str | None = None
        self._data: _ReportData | None = None
        self._generation = 0
        self.setAccessibleName(self.tr("Session report"))

        self.held_radio = QRadioButton(self.tr("The session was he&ld"), self)
        self.held_radio.setAccessibleName(self.tr("The session was held"))
        self.not_held_radio = QRadioButton(self.tr("It &did not happen"), self)
        self.not_held_radio.setAccessibleName(self.tr("The session did not happen"))
        self._held_group = QButtonGroup(self)
        self._held_group.addButton(self.held_radio)
        self._held_group.addButton(self.not_held_radio)
        self.held_radio.setChecked(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Why it did not happen"))
        self.reason_edit.setPlaceholderText(self.tr("Why, e.g. flooding on the road"))
        held_row = QHBoxLayout()
        held_row.addWidget(self.held_radio)
        held_row.addWidget(self.not_held_radio)
        held_row.addWidget(self.reason_edit, 1)

        self.topics_list = QListWidget(self)
        self.topics_list.setAccessibleName(self.tr("Topics covered (Space ticks)"))
        self.topics_list.setMaximumHeight(140)
        self.other_topics_edit = QLineEdit(self)
        self.other_topics_edit.setAccessibleName(self.tr("Other topics covered"))
        self.other_topics_edit.setPlaceholderText(self.tr("Other topics, separated by commas"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What happened, what to follow up"))
        self.facilitator_edit = QLineEdit(self)
        self.facilitator_edit.setAccessibleName(self.tr("Facilitator"))

        form = QFormLayout()
        form.addRow(self.tr("Session:"), held_row)
        self.topics_label = QLabel(self.tr("Top&ics covered:"), self)
        self.topics_label.setBuddy(self.topics_list)
        form.addRow(self.topics_label, self.topics_list)
        self.other_label = QLabel(self.tr("&Other topics:"), self)
        self.other_label.setBuddy(self.other_topics_edit)
        form.addRow(self.other_label, self.other_topics_edit)
        notes_label = QLabel(self.tr("Not&es:"), self)
        notes_label.setBuddy(self.notes_edit)
        form.addRow(notes_label, self.notes_edit)
        facilitator_label = QLabel(self.tr("Facilit&ator:"), self)
        facilitator_label.setBuddy(self.facilitator_edit)
        form.addRow(facilitator_label, self.facilitator_edit)

        self.save_button = QPushButton(self.tr("Save &report"), self)
        self.save_button.setAccessibleName(self.tr("Save the session report"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Report state"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.state_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(bottom)

        self.held_radio.toggled.connect(self._on_held_toggled)
        self.save_button.clicked.connect(self._on_save_clicked)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_clicked)
        self._on_held_toggled(True)

    # --- public ---------------------------------------------------------------------------

    def set_session(self, session_id: str | None) -> None:
        self._session_id = session_id
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        session_id = self._session_id
        if session_id is None:
            self._data = None
            self.setEnabled(False)
            return
        run_while_alive(self._worker, self, lambda: _load(session_id),
                        on_done=lambda data: self._on_loaded(generation, data),
                        on_error=self._show_error)

    def topics_checked(self) -> list[str]:
        return [self.topics_list.item(i).text() for i in range(self.topics_list.count())
                if self.topics_list.item(i).checkState() == Qt.CheckState.Checked]

    # --- loading --------------------------------------------------------------------------

    def _on_loaded(self, generation: int, data: _ReportData) -> None:
        if generation != self._generation:
            return
        self._data = data
        report = data.report
        covered = list(report.topics_covered) if report else []
        self.topics_list.clear()
        for topic in data.topics:
            item = QListWidgetItem(topic, self.topics_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if topic in covered
                               else Qt.CheckState.Unchecked)
        other = [t for t in covered if t not in data.topics]
        self.other_topics_edit.setText(", ".join(other))
        has_topics = bool(data.topics)
        self.topics_list.setVisible(has_topics)
        self.topics_label.setVisible(has_topics)
        # With topic tracking only the programme's topics may be reported.
        self.other_topics_edit.setVisible(not data.topic_tracking)
        self.other_label.setVisible(not data.topic_tracking)
        held = report.held if report else not data.session.didnt_happen_reason
        self.held_radio.setChecked(held)
        self.not_held_radio.setChecked(not held)
        self.reason_edit.setText(report.didnt_happen_reason if report
                                 else data.session.didnt_happen_reason or "")
        self.notes_edit.setPlainText(report.notes if report else "")
        self.facilitator_edit.setText(report.facilitator if report
                                      else data.session.facilitator)
        started = data.session.starts_at <= datetime.now(UTC)
        cancelled = data.session.status == "cancelled"
        self.setEnabled(True)
        for widget in (self.held_radio, self.not_held_radio, self.topics_list,
                       self.other_topics_edit, self.notes_edit, self.facilitator_edit,
                       self.save_button):
            widget.setEnabled(started and not cancelled)
        self._on_held_toggled(self.held_radio.isChecked())
        if cancelled:
            self._show_state(self.tr("This session was cancelled; there is nothing to report."))
        elif not started:
            self._show_state(self.tr("The report can be written once the session has started."))
        elif report is None:
            self._show_state(self.tr("No report yet."))
        else:
            when = report.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            who = report.updated_by or report.facilitator
            if who:
                self._show_state(self.tr("Saved %1 by %2.").replace("%1", when)
                                 .replace("%2", who))
            else:  # saved before the facilitator's name was asked: no "(unknown)"
                self._show_state(self.tr("Saved %1.").replace("%1", when))

    @Slot(bool)
    def _on_held_toggled(self, held: bool) -> None:
        self.reason_edit.setEnabled(not held and self.not_held_radio.isEnabled())
        self.topics_list.setEnabled(held and self.held_radio.isEnabled())
        self.other_topics_edit.setEnabled(held and self.held_radio.isEnabled())

    # --- saving ---------------------------------------------------------------------------

    @Slot()
    def _on_save_clicked(self) -> None:
        session_id = self._session_id
        if session_id is None or not self.save_button.isEnabled():
            return
        held = self.held_radio.isChecked()
        reason = self.reason_edit.text()
        if not held and not reason.strip():
            self._show_state(self.tr("Say why the session did not happen."), error=True)
            self.reason_edit.setFocus()
            return
        topics = self.topics_checked() + [
            t.strip() for t in self.other_topics_edit.text().split(",") if t.strip()]
        notes = self.notes_edit.toPlainText()
        facilitator = self.facilitator_edit.text().strip()
        run_while_alive(
            self._worker, self,
            lambda: session_reports.save_session_report(
                session_id, held=held, didnt_happen_reason=reason, topics_covered=topics,
                notes=notes, facilitator=facilitator or None),
            on_done=self._on_saved, on_error=self._show_error, changes="sessions")

    def _on_saved(self, report: SessionReportInfo) -> None:
        self._show_state(self.tr("Report saved."))
        self.report_saved.emit(report.session_id)

    def _show_state(self, text: str, *, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #8f1d16;" if error else "")

    def _show_error(self, exc: Exception) -> None:
        if isinstance(exc, FieldSessionsError):
            self._show_state(str(exc), error=True)
        else:
            log.error("session report work failed", exc_info=exc)
            self._show_state(self.tr("Something went wrong; the log has the details."),
                             error=True)
