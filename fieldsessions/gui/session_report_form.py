"""The facilitator's report on one session: held or not (with the reason), topics, notes.

Saving a "did not happen" report also records the session as not held (the service keeps both
in step). A session can be reported on once it has started; before that the form says so.

Typed text is never lost: the report saves itself AUTOSAVE_MS after the last change, before
the form shows another session or reloads, and when the window closes (`save_pending`); a
reload that arrives while the facilitator is still typing leaves their text alone.

Signals:
    report_saved(str): the session id whose report was saved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
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
from fieldsessions.gui.helpers import format_day
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.roll_model import run_while_alive
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import programmes, session_reports

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500


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
        self._dirty = False  # changed since the last save or load
        self._filling = False  # set while _on_loaded fills the fields (not the user's edits)
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
        self.topics_list.setAccessibleName(native_keys(self.tr("Topics covered (Space ticks)")))
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
        self.other_label = QLabel(self.tr("Other top&ics:"), self)
        self.other_label.setBuddy(self.other_topics_edit)
        form.addRow(self.other_label, self.other_topics_edit)
        notes_label = QLabel(self.tr("N&otes:"), self)
        notes_label.setBuddy(self.notes_edit)
        form.addRow(notes_label, self.notes_edit)
        facilitator_label = QLabel(self.tr("Facilit&ator:"), self)
        facilitator_label.setBuddy(self.facilitator_edit)
        form.addRow(facilitator_label, self.facilitator_edit)

        self.save_button = QPushButton(self.tr("Save &report"), self)
        self.save_button.setAccessibleName(self.tr("Save the session report"))
        self.save_button.setToolTip(native_keys(self.tr("Ctrl+S")))
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
        save.setWhatsThis(self.tr("Save the session report"))  # listed in Help > Shortcuts
        save.activated.connect(self._on_save_clicked)
        self._on_held_toggled(True)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self._on_autosave_timeout)
        for edit in (self.reason_edit, self.other_topics_edit, self.facilitator_edit):
            edit.textEdited.connect(self._on_edited)
        self.notes_edit.textChanged.connect(self._on_edited)
        self.topics_list.itemChanged.connect(self._on_edited)
        self.held_radio.toggled.connect(self._on_edited)

    # --- public ---------------------------------------------------------------------------

    def set_session(self, session_id: str | None) -> None:
        if session_id != self._session_id:
            self.save_pending()  # the report being typed is saved before another is shown
            self._dirty = False
        self._session_id = session_id
        self.reload()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def save_pending(self, *, quiet: bool = False) -> bool:
        """Save what was typed and not saved yet (queued on the worker, so it is stored before
        anything queued later, closing the data file included). False when there is nothing
        to save or it cannot be saved (a "did not happen" without its reason)."""
        self._autosave.stop()
        if not self._dirty or self._session_id is None or not self.save_button.isEnabled():
            return False
        if not self.held_radio.isChecked() and not self.reason_edit.text().strip():
            return False
        self._save(quiet=quiet)
        return True

    def reload(self) -> None:
        if self._dirty:
            self.save_pending(quiet=True)  # then the load below reads what was typed
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
        # Typed since this load was asked for: the facilitator's entries stay as they are.
        keep = self._dirty and data.session.id == self._session_id
        self._filling = True
        try:
            self._fill(data, keep_entries=keep)
        finally:
            self._filling = False

    def _fill(self, data: _ReportData, *, keep_entries: bool) -> None:
        self._data = data
        if not keep_entries:
            self._fill_entries(data)
        self._fill_state(data)

    def _fill_entries(self, data: _ReportData) -> None:
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

    def _fill_state(self, data: _ReportData) -> None:
        report = data.report
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
            moment = report.updated_at.astimezone()
            when = f"{format_day(moment.date())} {moment:%H:%M}"
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
    def _on_edited(self) -> None:
        if self._filling or self._session_id is None:
            return
        self._dirty = True
        self._autosave.start()

    @Slot()
    def _on_autosave_timeout(self) -> None:
        self.save_pending(quiet=True)

    @Slot()
    def _on_save_clicked(self) -> None:
        session_id = self._session_id
        if session_id is None or not self.save_button.isEnabled():
            return
        if not self.held_radio.isChecked() and not self.reason_edit.text().strip():
            self._show_state(self.tr("Say why the session did not happen."), error=True)
            self.reason_edit.setFocus()
            return
        self._autosave.stop()
        self._save(quiet=False)

    def _save(self, *, quiet: bool) -> None:
        """Save the form as it is now; `quiet` (autosave) tells no other screen to reload, so
        the text being typed is not disturbed."""
        session_id = self._session_id
        assert session_id is not None
        self._dirty = False
        held = self.held_radio.isChecked()
        reason = self.reason_edit.text()
        topics = self.topics_checked() + [
            t.strip() for t in self.other_topics_edit.text().split(",") if t.strip()]
        notes = self.notes_edit.toPlainText()
        facilitator = self.facilitator_edit.text().strip()
        run_while_alive(
            self._worker, self,
            lambda: session_reports.save_session_report(
                session_id, held=held, didnt_happen_reason=reason, topics_covered=topics,
                notes=notes, facilitator=facilitator or None),
            on_done=lambda report: self._on_saved(report, quiet), on_error=self._on_save_failed,
            # A quiet save still says something changed ("report-draft"): the status bar
            # counts it among the changes waiting, while the roll (typed beside) stays put.
            changes="report-draft" if quiet else "sessions")

    def _on_saved(self, report: SessionReportInfo, quiet: bool = False) -> None:
        if report.session_id == self._session_id:
            when = datetime.now().strftime("%H:%M")
            self._show_state(self.tr("Saved automatically at %1.").replace("%1", when) if quiet
                             else self.tr("Report saved."))
        self.report_saved.emit(report.session_id)

    def _on_save_failed(self, exc: Exception) -> None:
        self._dirty = True  # not stored: the next chance saves it again
        self._show_error(exc)

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
