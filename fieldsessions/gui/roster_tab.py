"""The Roster tab: take one session's roll by keyboard, add walk-ins, manage enrolment.

Roll call keys, while the roll table has the focus:

* P / L / E / A mark the current person present / late / excused / absent and move down;
  Delete (or Backspace) clears the mark back to "not marked".
* Up / Down / Page Up / Page Down / Home / End move; Enter moves down.
* Ctrl+Z undoes the last mark (or the last "mark all", or a walk-in, who then leaves the
  roll), one step at a time. Undo is per page: on Enrolment it takes back the last enrol or
  cancel, on Outcomes the last tick, never a change made on a page not shown (`undo_last`,
  which the window's Edit > Undo calls; `undo_text` says what it will undo).
* "/" or Ctrl+F goes to the search box; any other letter or digit starts a search with that
  character. In the search box, typing filters by name or ID (accents and case ignored),
  Enter or Down returns to the table on the first match, Esc clears the search and returns.
  The four mark letters are kept for marking, because a roll is taken far more often than
  searched; names starting with P, L, E or A are searched with "/" first.
* "+" (or Insert, or Ctrl+Shift+N anywhere in the tab) adds a walk-in.
* Ctrl+Shift+P marks everyone still unmarked present; Ctrl+Shift+A marks the rest absent.
* Ctrl+H shows the current person's mark history (every change, from every laptop that has
  synced).

Every database call goes through the DbWorker. A mark is shown at once (optimistically) and
confirmed by the worker's answer; if the service refuses (a RuleError such as "roll can be taken
from one hour before the session starts"), the row goes back to what the database holds and the
reason is shown in the message line of the tab, never in a dialog.

Undo entries are filled *on the worker thread* by the job that made the change, so Ctrl+Z
pressed before an earlier mark has come back still undoes that mark: the worker runs jobs in
order, so the undo job finds the changes already recorded.

Signals:
    session_changed(str): another session is now shown (the window remembers it).
    roster_loaded(str): the roll of this session has been (re)loaded from the database.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.enums import PENDING, AttendanceStatus, SessionStatus
from fieldsessions.core.i18n import tr
from fieldsessions.core.lifecycle import MARKING_LEAD
from fieldsessions.core.records import MarkChange, MarkHistoryEntry, RosterEntry, SessionInfo
from fieldsessions.gui.enrolment_panel import EnrolmentPanel
from fieldsessions.gui.helpers import (
    count_text,
    failure_sentence,
    fill,
    focus_first_field,
    format_day,
    show_message,
)
from fieldsessions.gui.import_dialog import ImportDialog
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.mark_history_dialog import MarkHistoryDialog
from fieldsessions.gui.outcome_grid import OutcomeGrid
from fieldsessions.gui.roll_model import (
    STATUS_LOOK,
    ComplianceMark,
    RollTableModel,
    StatusChipDelegate,
    run_while_alive,
    status_text,
)
from fieldsessions.gui.session_report_form import SessionReportForm
from fieldsessions.gui.walk_in_dialog import WalkInChoice, WalkInDialog
from fieldsessions.gui.worker import DbWorker
from fieldsessions.services import attendance, compliance, participants, programmes
from fieldsessions.services.status import device_settings


def roll_keys() -> tuple[tuple[str, str], ...]:
    """The keys of the roll itself (RollView.keyPressEvent), as Help > Keyboard shortcuts lists
    them; the marks come from MARK_KEYS. (Key names, what they do, translated.)"""
    return (
        ("Delete", tr("Clear the mark")),
        ("Enter", tr("Next person")),
        ("+", tr("Add a walk-in")),
        ("/", tr("Find a person (or just type a name)")),
        ("Esc", tr("Show everyone again")),
        ("Home / End", tr("First / last person")),
    )


MARK_KEYS = {
    Qt.Key.Key_P: AttendanceStatus.PRESENT.value,
    Qt.Key.Key_L: AttendanceStatus.LATE.value,
    Qt.Key.Key_E: AttendanceStatus.EXCUSED.value,
    Qt.Key.Key_A: AttendanceStatus.ABSENT.value,
}
UNDO_LIMIT = 500
# Work announced by DbWorker.data_changed that does not change what this tab shows.
OWN_CHANGES = frozenset({"marks", "outcomes", "report-draft"})


COMPLIANCE_DELAY_MS = 1500  # after the last mark, the rates are worked out again


@dataclass(frozen=True)
class RollData:
    """What the roll shows for one session, read in one worker job."""

    session: SessionInfo
    entries: list[RosterEntry]


def load_roll(session_id: str) -> RollData:
    """Worker side: the session and its roll (what opening the roster costs)."""
    return RollData(programmes.session_info(session_id), attendance.roster(session_id))


def load_compliance(programme_id: str, changed: Sequence[str] | None = None,
                    sessions_key: Hashable = None) -> RatesLoad:
    """Worker side: each booked participant's attendance rate and compliance status; after
    marks, those of the `changed` people only when the sessions are as at `sessions_key`
    (services.compliance.rates).

    Read in its own job after the roll, so a big programme's rates never delay the roll.
    """
    update = compliance.rates(programme_id, changed, sessions_key)
    marks = {
        p.participant_id: ComplianceMark(p.status.value, p.rate, p.threshold,
                                         p.consecutive_absences, p.absence_alert)
        for p in update.figures.participants
    }
    return RatesLoad(marks, update.sessions_key, None if update.whole else tuple(changed or ()))


@dataclass(frozen=True)
class RatesLoad:
    """The rate column's figures: everyone's (`asked` None) or those of the `asked` people."""

    marks: dict[str, ComplianceMark]
    sessions_key: Hashable
    asked: tuple[str, ...] | None


class _UndoStep:
    """What one action changed; `changes` is written by the worker job that made them."""

    __slots__ = ("changes", "label", "walk_in")

    def __init__(self, label: str) -> None:
        self.label = label
        self.changes: list[MarkChange] | None = None
        # A walk-in's undo takes them off the roll (enrolment, and the person it created).
        self.walk_in: participants.WalkInResult | None = None


class RollTableView(QTableView):
    """The roll table: keys mark, move and start a search (see the module docstring).

    Signals:
        mark_requested(str): a status value, or "" to clear the mark.
        search_requested(str): text to start the search with ("" just goes to the box).
        walk_in_requested(): "+" or Insert.
        filter_clear_requested(): Esc while a search filters the roll.
        undo_requested(): Ctrl+Z reached the table (the tab's shortcut did not take it, as
            when no window is active just after a dialog closed).
    """

    mark_requested = Signal(str)
    search_requested = Signal(str)
    walk_in_requested = Signal()
    filter_clear_requested = Signal()
    undo_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                          | Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
            return
        if key in MARK_KEYS:
            self.mark_requested.emit(MARK_KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.mark_requested.emit("")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_by(1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Insert):
            self.walk_in_requested.emit()
        elif key == Qt.Key.Key_Slash:
            self.search_requested.emit("")
        elif key == Qt.Key.Key_Escape:
            self.filter_clear_requested.emit()
        elif key == Qt.Key.Key_Home:
            self.select_row(0)
        elif key == Qt.Key.Key_End:  # the last person, not the last column
            model = self.model()
            if isinstance(model, RollTableModel):
                model.ensure_loaded(model.total_rows() - 1)
            self.select_row(model.rowCount() - 1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            model = self.model()
            if isinstance(model, RollTableModel):
                step = 1 if key == Qt.Key.Key_Down else max(1, self.viewport().height()
                                                            // max(1, self.rowHeight(0)))
                model.ensure_loaded(self.currentIndex().row() + step)
            super().keyPressEvent(event)
        elif event.text() and event.text().isalnum():
            self.search_requested.emit(event.text())
        else:
            super().keyPressEvent(event)

    def move_by(self, delta: int) -> None:
        model = self.model()
        if model is None:
            return
        current = self.currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if isinstance(model, RollTableModel):
            model.ensure_loaded(row)
        row = max(0, min(row, model.rowCount() - 1))
        self.select_row(row)

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)


class RosterTab(QWidget):
    """The Roster tab (keys and signals: see the module docstring).

    Mnemonics: the page tabs take Alt+C, N, T and P; Alt+F, E, S, V and H belong to the main
    window's menus, so no control of the tab uses them.
    """

    session_changed = Signal(str)
    roster_loaded = Signal(str)
    compliance_loaded = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._session: SessionInfo | None = None
        self._session_id: str | None = None
        self._generation = 0
        self._reload_queued = False
        self._undo: list[_UndoStep] = []
        self._select_after_load: str | None = None
        self._sized_columns = 0
        self._compliance_generation = 0
        self._compliance_timer = QTimer(self)
        self._compliance_timer.setSingleShot(True)
        self._compliance_timer.setInterval(COMPLIANCE_DELAY_MS)
        self._compliance_timer.timeout.connect(lambda: self._load_compliance(after_marks=True))
        self._rates_changed: set[str] = set()  # marked since the rates were last asked for
        self._rates_key: Hashable = None  # services.compliance.rates: the sessions they saw
        self.setAccessibleName(self.tr("Roster"))

        self.model = RollTableModel(self)
        self._build()
        self._wire()
        self._show_empty()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(native_keys(self.tr(
            "Choose a session in the Sessions tab, or press Ctrl+R (Take roll), to take its "
            "roll.")), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No session chosen"))
        self.stack.addWidget(self.empty_label)

        content = QWidget(self)
        self.title_label = QLabel(content)
        self.title_label.setAccessibleName(self.tr("Session"))
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel(content)
        self.details_label.setAccessibleName(self.tr("Session details"))
        self.details_label.setWordWrap(True)
        self.counts_label = QLabel(content)
        self.counts_label.setAccessibleName(self.tr("Roll counts"))
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label = QLabel(content)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.message_label.setMargin(6)

        self.pages = QTabWidget(content)
        self.pages.setAccessibleName(self.tr("Roster pages"))
        self.pages.setDocumentMode(True)
        self.pages.addTab(self._build_roll_page(), self.tr("Roll &call"))
        self.enrolment_panel = EnrolmentPanel(self._worker, self)
        self.pages.addTab(self.enrolment_panel, self.tr("E&nrolment"))
        self.outcome_grid = OutcomeGrid(self._worker, self)
        self.pages.addTab(self.outcome_grid, self.tr("Ou&tcomes"))
        self.report_form = SessionReportForm(self._worker, self)
        self.pages.addTab(self.report_form, self.tr("Session re&port"))

        layout = QVBoxLayout(content)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.pages, 1)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _build_roll_page(self) -> QWidget:
        page = QWidget(self)
        self.search_edit = QLineEdit(page)
        self.search_edit.setAccessibleName(self.tr("Search the roll by name or ID"))
        self.search_edit.setPlaceholderText(native_keys(self.tr(
                "Search name or ID  ( / or Ctrl+F )")))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)

        def button(text: str, accessible: str, tip: str) -> QPushButton:
            result = QPushButton(text, page)
            result.setAccessibleName(accessible)
            result.setToolTip(tip)
            result.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            return result

        self.all_present_button = button(self.tr("Mark all present"),
                                         self.tr("Mark everyone not marked yet present"),
                                         native_keys(self.tr(
                                                 "Everyone not marked yet (Ctrl+Shift+P)")))
        self.rest_absent_button = button(self.tr("Mark the rest absent"),
                                         self.tr("Mark everyone not marked yet absent"),
                                         native_keys(self.tr(
                                                 "Everyone not marked yet (Ctrl+Shift+A)")))
        self.undo_button = button(self.tr("Undo"), self.tr("Undo the last mark"),
                                  native_keys(self.tr("Undo the last mark (Ctrl+Z)")))
        self.walk_in_button = button(self.tr("Add walk-in…"), self.tr("Add a walk-in"),
                                     native_keys(self.tr(
                                             "Someone at the door (+ or Ctrl+Shift+N)")))
        self.import_button = button(self.tr("Import roster…"),
                                    self.tr("Import a roster file"),
                                    native_keys(self.tr("CSV or XLSX file (Ctrl+I)")))
        self.paper_button = button(self.tr("Read pape&r sheets…"),
                                   self.tr("Read ticked attendance sheets back in"),
                                   self.tr("Scans or photos of printed tick sheets"))
        self.undo_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        for widget in (self.all_present_button, self.rest_absent_button, self.undo_button,
                       self.walk_in_button, self.import_button, self.paper_button):
            row.addWidget(widget)

        self.view = RollTableView(page)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(RollTableModel.STATUS, StatusChipDelegate(self.view))
        self.view.setAccessibleName(self.tr("Roll"))
        self.view.setAccessibleDescription(native_keys(self.tr(
            "P present, L late, E excused, A absent, Delete clears; arrows move; "
            "Ctrl+Z undoes; slash searches")))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self._size_columns()
        self.hint_label = QLabel(native_keys(self.tr(
            "<b>P</b> present · <b>L</b> late · <b>E</b> excused · <b>A</b> absent · "
            "<b>Del</b> clear · <b>↑ ↓ Enter</b> move · <b>Ctrl+Z</b> undo · "
            "<b>/</b> search · <b>+</b> walk-in")), page)
        self.hint_label.setAccessibleName(self.tr("Keys"))
        self.hint_label.setStyleSheet("color: #555;")

        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint_label)
        return page

    def _size_columns(self) -> None:
        if self._sized_columns == self.model.columnCount():
            return  # keep the widths the facilitator chose
        self._sized_columns = self.model.columnCount()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RollTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        widths = {RollTableModel.EXTERNAL_ID: 90, RollTableModel.GROUP: 130,
                  RollTableModel.STATUS: 130, RollTableModel.WALK_IN: 80,
                  RollTableModel.COMPLIANCE: 170}
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(column, widths.get(column, 100))

    def _wire(self) -> None:
        self.view.mark_requested.connect(self._on_view_mark_requested)
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self.view.search_requested.connect(self.focus_search)
        self.view.walk_in_requested.connect(self.open_walk_in)
        self.view.filter_clear_requested.connect(self._on_view_filter_clear_requested)
        self.view.undo_requested.connect(self.undo_last)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.all_present_button.clicked.connect(self.mark_all_present)
        self.rest_absent_button.clicked.connect(self.mark_rest_absent)
        self.undo_button.clicked.connect(self.undo_last)
        self.walk_in_button.clicked.connect(self.open_walk_in)
        self.import_button.clicked.connect(self.open_import)
        self.paper_button.clicked.connect(self.read_paper_sheets)
        self.model.counts_changed.connect(self._update_counts)
        self.model.modelReset.connect(self._on_model_reset)
        self._worker.data_changed.connect(self._on_worker_data_changed)
        # Ctrl+Z of its own while the tab stands alone; in the window, Edit > Undo has the key
        # (`use_window_undo`) and calls `undo_last`, so the two never compete for it.
        self._undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self._undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._undo_shortcut.setWhatsThis(self.tr("Undo the last change on this tab"))
        self._undo_shortcut.activated.connect(self.undo_last)
        shortcuts: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object],
                              str]] = [
            (QKeySequence.StandardKey.Find, lambda: self.focus_search(""),
             self.tr("Find a person on the roll")),
            (QKeySequence("Ctrl+Shift+P"), self.mark_all_present,
             self.tr("Mark everyone present")),
            (QKeySequence("Ctrl+Shift+A"), self.mark_rest_absent,
             self.tr("Mark the rest absent")),
            (QKeySequence("Ctrl+Shift+N"), self.open_walk_in, self.tr("Add a walk-in")),
            (QKeySequence("Ctrl+H"), self.show_mark_history,
             self.tr("Show the current person's mark history")),
            (QKeySequence.StandardKey.Refresh, self.reload, self.tr("Reload the roll")),
        ]
        for sequence, slot, what in shortcuts:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # listed in Help > Keyboard shortcuts
            shortcut.activated.connect(slot)

    # --- public ---------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def show_session(self, session_id: str) -> None:
        """Show this session's roll (loaded on the worker; `roster_loaded` says when)."""
        if session_id != self._session_id:
            # Undo is per roll, by design: Ctrl+Z takes back what was just done on the roll in
            # front of the facilitator. Once another roll was opened, an earlier roll's change
            # is no longer "the last thing I did" there, so it is not undone from a stack that
            # outlived the roll (the Edit menu says "Nothing to undo"); Mark history and the
            # Enrolment page correct it instead.
            self._undo.clear()
            self._update_undo_button()
            self.search_edit.clear()  # a search belongs to the roll it was typed on
            self._show_message("")
            self._session_id = session_id
            self._select_after_load = None
            self._load(first=True)
        else:
            self.reload()

    def reload(self) -> None:
        """Read the roll again (keeps the current row)."""
        if self._session_id is not None:
            self._load(first=False)

    def focus_roll(self) -> None:
        self.pages.setCurrentIndex(0)
        self.view.setFocus()
        if not self.view.currentIndex().isValid():
            self.view.select_row(0)

    def focus_page(self) -> None:
        """The focus on the main control of the page shown (the roll table, or the page's
        first field): where the next key acts, when the tab or the page is shown again."""
        if self.stack.currentIndex() == 0:
            return  # no roll open: nothing takes keys
        if self.pages.currentIndex() == 0:
            self.focus_roll()
        else:
            page = self.pages.currentWidget()
            if page is not None:
                focus_first_field(page)

    @Slot(int)
    def _on_pages_current_changed(self, _index: int) -> None:
        # Alt+C/N/T/P switch the page; the focus follows into it unless the user is moving
        # along the page tabs with the arrow keys (the tab bar keeps the focus then).
        if self.isVisible() and QApplication.focusWidget() is not self.pages.tabBar():
            self.focus_page()

    @Slot(str)
    def focus_search(self, text: str = "") -> None:
        self.pages.setCurrentIndex(0)
        self.search_edit.setFocus()
        if text:
            self.search_edit.setText(text)
            self.search_edit.end(False)
        else:
            self.search_edit.selectAll()

    # --- loading --------------------------------------------------------------------------

    def _load(self, *, first: bool) -> None:
        self._generation += 1
        generation = self._generation
        session_id = self._session_id
        assert session_id is not None
        self._reload_queued = True
        run_while_alive(self._worker, self, lambda: load_roll(session_id),
                        on_done=lambda data: self._on_loaded(generation, first, data),
                        on_error=lambda exc: self._on_load_failed(generation, exc))

    def _on_loaded(self, generation: int, first: bool, data: RollData) -> None:
        if generation != self._generation:
            return
        self._reload_queued = False
        current = self._current_participant()
        previous_status = (self._session.status, self._session.didnt_happen_reason) \
            if self._session else None
        self._session = data.session
        self.model.set_entries(data.entries)
        self.stack.setCurrentIndex(1)
        self._show_header(data.session)
        wanted = self._select_after_load or current
        self._select_after_load = None
        row = self.model.row_of(wanted) if wanted else None
        if row is not None:
            self.model.ensure_loaded(row)
            self.view.select_row(row)
        elif not self.view.currentIndex().isValid():
            self.view.select_row(0)
        if first:
            self.enrolment_panel.set_programme(data.session.programme_id,
                                               data.session.programme_name)
            self.outcome_grid.set_session(data.session.id)
            self.report_form.set_session(data.session.id)
            self._show_session_state(data, first=True)
            self.session_changed.emit(data.session.id)
        else:
            if (data.session.status, data.session.didnt_happen_reason) != previous_status:
                self._show_session_state(data, first=False)
            self.enrolment_panel.reload()
            self.outcome_grid.reload()
            self.report_form.reload()
        self._update_counts()
        self._load_compliance()
        self.roster_loaded.emit(data.session.id)

    def _load_compliance(self, *, after_marks: bool = False) -> None:
        """Everyone's rates; `after_marks`: those of the people marked since (the worker's jobs
        run in order, so each update lands on the figures of the one before)."""
        self._compliance_timer.stop()
        if self._session is None:
            return
        if not after_marks:
            self._compliance_generation += 1  # a new roll: earlier answers are stale
            self._rates_key = None
        changed = sorted(self._rates_changed) if after_marks else None
        self._rates_changed.clear()
        generation, key = self._compliance_generation, self._rates_key
        programme_id = self._session.programme_id
        run_while_alive(self._worker, self, lambda: load_compliance(programme_id, changed, key),
                        on_done=lambda load: self._on_compliance_loaded(generation, load),
                        on_error=self._on_compliance_failed)

    def _on_compliance_loaded(self, generation: int, load: RatesLoad) -> None:
        if generation != self._compliance_generation:
            return
        self._rates_key = load.sessions_key
        if load.asked is None:
            self.model.set_compliance(load.marks)
        else:
            self.model.update_compliance(load.asked, load.marks)
        self._size_columns()
        self.compliance_loaded.emit()

    def _on_compliance_failed(self, exc: Exception) -> None:
        # The roll works without the rates; say why they are missing and keep going.
        self._report_error(exc, self.tr("Attendance rates could not be worked out"))

    def _on_load_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._reload_queued = False
        self._report_error(exc, self.tr("The roll could not be read"))

    def _show_empty(self) -> None:
        self.stack.setCurrentIndex(0)

    def _show_header(self, session: SessionInfo) -> None:
        title = session.programme_name
        if session.title:
            title += f" — {session.title}"
        self.title_label.setText(title)
        day = format_day(session.local_date)
        parts = [f"{day} · {session.local_start}–{session.local_end}"]
        if session.location:
            parts.append(session.location)
        if session.topic:
            parts.append(self.tr("Topic: %1").replace("%1", session.topic))
        if session.facilitator:
            parts.append(session.facilitator)
        self.details_label.setText(" · ".join(parts))

    def _show_session_state(self, data: RollData, *, first: bool) -> None:
        """Say up front why a roll cannot be taken (or is empty); a reload that changed the
        session's state (cancelled or reinstated elsewhere) says it again or clears it."""
        session = data.session
        if session.status == SessionStatus.CANCELLED.value:
            reason = f" ({session.cancel_reason})" if session.cancel_reason else ""
            self._show_message(self.tr("This session was cancelled%1; its roll cannot be taken.")
                               .replace("%1", reason), error=True)
        elif session.didnt_happen_reason:
            self._show_message(self.tr("Recorded as not held (%1); its roll cannot be taken.")
                               .replace("%1", session.didnt_happen_reason), error=True)
        elif session.starts_at - datetime.now(UTC) > MARKING_LEAD:
            self._show_message(self.tr("This session has not started yet; roll can be taken "
                                       "from one hour before it starts."))
        elif first and not data.entries:
            self._show_message(native_keys(self.tr(
                "Nobody is on this roll yet: import a roster (Ctrl+I), enrol people "
                "(Enrolment page) or add a walk-in (+).")))
        elif not first:
            self._show_message("")

    def _current_participant(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.entry(index.row()).participant_id

    @Slot()
    def _update_counts(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        parts = [self.tr("<b>%1</b> on the roll").replace("%1", str(total))]
        forms = {  # whole phrases, one and many, so each language agrees its words
            AttendanceStatus.PRESENT.value: (self.tr("%1 present", "one"),
                                             self.tr("%1 present", "many")),
            AttendanceStatus.LATE.value: (self.tr("%1 late", "one"), self.tr("%1 late", "many")),
            AttendanceStatus.EXCUSED.value: (self.tr("%1 excused", "one"),
                                             self.tr("%1 excused", "many")),
            AttendanceStatus.ABSENT.value: (self.tr("%1 absent", "one"),
                                            self.tr("%1 absent", "many")),
            PENDING: (self.tr("%1 not marked", "one"), self.tr("%1 not marked", "many")),
        }
        said = []
        for status, (one, many) in forms.items():
            look = STATUS_LOOK[status]
            words = count_text(counts.get(status, 0), one, many)
            said.append(words)
            parts.append(
                f'<span style="background:{look.background}; color:{look.foreground};">'
                f"&nbsp;{words}&nbsp;</span>")
        self.counts_label.setText(" &nbsp; ".join(parts))
        self.counts_label.setAccessibleDescription(", ".join(said))

    @Slot()
    def _on_model_reset(self) -> None:
        self._size_columns()

    @Slot(str)
    def _on_worker_data_changed(self, what: str) -> None:
        if what in OWN_CHANGES or self._session_id is None or self._reload_queued:
            return
        self.reload()

    # --- searching ------------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, text: str) -> None:
        current = self._current_participant()
        self.model.set_filter(text)
        row = self.model.row_of(current) if current else None
        self.view.select_row(row if row is not None else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self._clear_search_keep_person()
                self.focus_roll()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self.focus_roll()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_view_filter_clear_requested(self) -> None:
        if self.search_edit.text():
            self._clear_search_keep_person()
        else:
            self._show_message("")

    def _clear_search_keep_person(self) -> None:
        self.search_edit.clear()  # textChanged keeps the current person selected

    # --- marking --------------------------------------------------------------------------

    @Slot(str)
    def _on_view_mark_requested(self, status: str) -> None:
        self.mark_current(status or None)

    def mark_current(self, status: str | None) -> None:
        """Mark the current row (None clears) and move to the next row."""
        index = self.view.currentIndex()
        session_id = self._session_id
        if session_id is None or not index.isValid():
            return
        entry = self.model.entry(index.row())
        pid = entry.participant_id
        previous = self.model.set_status(pid, status)
        step = self._push_undo(fill(self.tr("mark of %1"), entry.name))

        def job() -> list[MarkChange]:
            step.changes = attendance.mark(session_id, pid, status)
            return step.changes

        run_while_alive(self._worker, self, job,
                        on_done=lambda changes: self._on_marked(step, changes),
                        on_error=lambda exc: self._on_mark_failed(step, pid, status, previous,
                                                                  exc),
                        changes="marks")
        self.view.move_by(1)

    def _on_marked(self, step: _UndoStep, changes: list[MarkChange]) -> None:
        if not changes:
            self._drop_undo(step)
        self.model.apply_changes(changes)
        self._marks_changed(changes)
        if self.message_label.property("error"):
            self._show_message("")

    def _on_mark_failed(self, step: _UndoStep, pid: str, status: str | None,
                        previous: str | None, exc: Exception) -> None:
        self._drop_undo(step)
        entry = self.model.entry_for(pid)
        if entry is not None and entry.status == status:
            self.model.set_status(pid, previous, entry.minutes)
        self._report_error(exc, self.tr("The mark was not saved"))
        self._reload_soon()

    def mark_all_present(self) -> None:
        self._mark_pending(AttendanceStatus.PRESENT.value)

    def mark_rest_absent(self) -> None:
        self._mark_pending(AttendanceStatus.ABSENT.value)

    def _mark_pending(self, status: str) -> None:
        session_id = self._session_id
        if session_id is None:
            return
        step = self._push_undo(fill(self.tr("“%1” for everyone not marked"),
                                    status_text(status)))

        def job() -> list[MarkChange]:
            step.changes = attendance.mark_pending(session_id, status)
            return step.changes

        def done(changes: list[MarkChange]) -> None:
            if not changes:
                self._drop_undo(step)
                self._show_message(self.tr("Nobody is left unmarked."))
                return
            self.model.apply_changes(changes)
            self._marks_changed(changes)
            self._show_message(native_keys(self.tr("Marked %1 people %2. Ctrl+Z undoes this."))
                               .replace("%1", str(len(changes)))
                               .replace("%2", status_text(status).lower()))

        def failed(exc: Exception) -> None:
            self._drop_undo(step)
            self._report_error(exc, self.tr("Nothing was marked"))

        run_while_alive(self._worker, self, job, on_done=done, on_error=failed, changes="marks")

    def _marks_changed(self, changes: list[MarkChange]) -> None:
        """Rates follow the marks: worked out again once the facilitator pauses."""
        if changes and self.model.columnCount() > RollTableModel.COMPLIANCE:
            self._rates_changed.update(change.participant_id for change in changes)
            self._compliance_timer.start()

    # --- undo -----------------------------------------------------------------------------

    def _push_undo(self, label: str) -> _UndoStep:
        step = _UndoStep(label)
        self._undo.append(step)
        del self._undo[:-UNDO_LIMIT]
        self._update_undo_button()
        return step

    def _drop_undo(self, step: _UndoStep) -> None:
        if step in self._undo:
            self._undo.remove(step)
        self._update_undo_button()

    def _update_undo_button(self) -> None:
        self.undo_button.setEnabled(bool(self._undo))

    def can_undo(self) -> bool:
        return bool(self._undo)

    def use_window_undo(self) -> None:
        """The window's Edit > Undo takes Ctrl+Z (and calls `undo_last`)."""
        self._undo_shortcut.setEnabled(False)

    def _page_undo(self) -> EnrolmentPanel | OutcomeGrid | None:
        page = self.pages.currentWidget()
        if page is self.enrolment_panel or page is self.outcome_grid:
            return page
        return None

    def undo_text(self) -> str | None:
        """What Ctrl+Z takes back on the page shown (Edit > Undo shows it), or None. Each page
        undoes only what was done on it: nothing hidden is ever undone."""
        page = self._page_undo()
        if page is not None:
            return page.undo_text()
        if self.pages.currentWidget() is self.report_form:
            return None  # the report's text fields undo their own typing
        return self._undo[-1].label if self._undo else None

    @Slot()
    def undo_last(self) -> None:
        """Ctrl+Z: undo the last change made on the page shown (roll, enrolment, ticks)."""
        page = self._page_undo()
        if page is not None:
            page.undo_last()
            return
        if self.pages.currentWidget() is self.report_form:
            self._show_message(self.tr("Nothing to undo on this page."))
            return
        self._undo_roll()

    def _undo_roll(self) -> None:
        if not self._undo:
            self._show_message(self.tr("Nothing to undo on this roll since it was opened."))
            return
        step = self._undo.pop()
        self._update_undo_button()

        walk_in = step.walk_in

        def job() -> list[MarkChange]:
            if walk_in is not None:
                return participants.undo_walk_in(walk_in)
            if not step.changes:  # the action failed or changed nothing
                return []
            return attendance.undo(step.changes)

        def done(changes: list[MarkChange]) -> None:
            if walk_in is None:
                self._on_undone(changes)
                return
            self._show_message(self.tr("Undone: %1 is no longer on this roll.").replace(
                "%1", walk_in.participant.name))

        run_while_alive(self._worker, self, job, on_done=done,
                        on_error=lambda exc: self._report_error(exc, self.tr("Undo failed")),
                        changes="roster" if walk_in is not None else "marks")

    def _on_undone(self, changes: list[MarkChange]) -> None:
        if not changes:
            self._show_message(self.tr("Nothing to undo."))
            return
        unknown = self.model.apply_changes(changes)
        self._marks_changed(changes)
        if unknown:
            self._reload_soon()
        if len(changes) == 1:
            entry = self.model.entry_for(changes[0].participant_id)
            if entry is not None:
                self._show_message(self.tr("Undone: %1 is %2 again.")
                                   .replace("%1", entry.name)
                                   .replace("%2", status_text(entry.status).lower()))
                row = self.model.row_of(entry.participant_id)
                if row is not None:
                    self.model.ensure_loaded(row)
                    self.view.select_row(row)
        else:
            self._show_message(self.tr("Undone: %1 marks.").replace("%1", str(len(changes))))

    # --- walk-ins and imports -------------------------------------------------------------

    @Slot()
    def show_mark_history(self) -> None:
        """The current person's mark history, read on the worker, in a dialog."""
        index = self.view.currentIndex()
        session_id = self._session_id
        if session_id is None or not index.isValid():
            return
        entry = self.model.entry(index.row())

        def job() -> tuple[list[MarkHistoryEntry], str]:
            return (attendance.mark_history(session_id, entry.participant_id),
                    device_settings().device_id)

        def done(found: tuple[list[MarkHistoryEntry], str]) -> None:
            dialog = MarkHistoryDialog(entry.name, found[0], found[1], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._on_dialog_finished)
            dialog.open()

        run_while_alive(self._worker, self, job, on_done=done, on_error=lambda exc:
                        self._report_error(exc, self.tr("The mark history could not be read")))

    def open_walk_in(self) -> WalkInDialog | None:
        if self._session_id is None:
            return None
        dialog = WalkInDialog(self._worker, self, session_id=self._session_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._on_walk_in_chosen)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()
        return dialog

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.activateWindow()
        self.view.setFocus()

    @Slot(object)
    def _on_walk_in_chosen(self, choice: WalkInChoice) -> None:
        session_id = self._session_id
        if session_id is None:
            return
        step = self._push_undo(fill(self.tr("walk-in %1"), choice.name))

        def job() -> participants.WalkInResult:
            result = participants.walk_in(session_id, choice.data,
                                          participant_id=choice.participant_id,
                                          status=choice.status, book=choice.book)
            step.changes = result.changes
            step.walk_in = result
            return result

        def done(result: participants.WalkInResult) -> None:
            if not result.changes:
                self._drop_undo(step)
            self._select_after_load = result.participant.id
            if result.enrolment == "waitlisted":
                text = self.tr("%1 is marked %2 for this session and waits for a place (the "
                               "programme has none free).")
            elif result.created:
                text = self.tr("%1 added as a walk-in and marked %2.")
            else:
                text = self.tr("%1 is on the roll and marked %2.")
            self._show_message(text.replace("%1", result.participant.name)
                               .replace("%2", status_text(choice.status).lower()))

        def failed(exc: Exception) -> None:
            self._drop_undo(step)
            self._report_error(exc, self.tr("The walk-in was not added"))

        run_while_alive(self._worker, self, job, on_done=done, on_error=failed, changes="roster")

    @Slot()
    def open_import(self, programme_id: str | None = None) -> ImportDialog:
        """The import dialog, enrolling into `programme_id` (else this roll's programme)."""
        if programme_id is None and self._session is not None:
            programme_id = self._session.programme_id
        dialog = ImportDialog(self._worker, programme_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def read_paper_sheets(self) -> None:
        """Scans chosen, reviewed and written page by page (gui/paper_review_dialog)."""
        from fieldsessions.gui.paper_review_dialog import start_review

        dialog = start_review(self, self._worker, lambda text: self._show_message(text,
                                                                                  error=True))
        if dialog is not None:
            dialog.written.connect(self._on_paper_written)
            dialog.finished.connect(self._on_dialog_finished)

    def _on_paper_written(self, session_id: str, label: str, changes: list[MarkChange]) -> None:
        if session_id == self._session_id and changes:  # Ctrl+Z takes the page back
            self._push_undo(label).changes = changes

    # --- messages -------------------------------------------------------------------------

    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisibleTo(self) else ""

    def _show_message(self, text: str, *, error: bool = False) -> None:
        show_message(self.message_label, text, error=error)

    def _report_error(self, exc: Exception, context: str) -> None:
        self._show_message(failure_sentence(exc, context), error=True)

    def _reload_soon(self) -> None:
        if not self._reload_queued:
            self.reload()


def show_demo_session(tab: RosterTab, timeout_ms: int = 10000) -> str | None:
    """Put the tab in a good state for screenshots: the latest session with a roll taken,
    of the programme with the largest roll, loaded and focused. Returns its id.

    For packaging/screenshots.py; waits (with a local event loop) until the roll has loaded.
    """
    loop = QEventLoop()
    found: list[str | None] = [None]

    def pick() -> str | None:
        """The latest session with marks of each programme; the one with the largest roll."""
        candidates = []
        for programme in programmes.list_programmes():
            marked = [s for s in programmes.list_sessions(programme.id, kind="past")
                      if s.marked and s.status != SessionStatus.CANCELLED.value]
            if marked:
                candidates.append(marked[-1])
        candidates.sort(key=lambda s: (s.roster_size, s.starts_at))
        return candidates[-1].id if candidates else None

    def picked(session_id: str | None) -> None:
        found[0] = session_id
        loop.quit()

    run_while_alive(tab._worker, tab, pick, on_done=picked, on_error=lambda _exc: loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    session_id = found[0]
    if session_id is None:
        return None
    tab.roster_loaded.connect(loop.quit)
    tab.show_session(session_id)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    tab.roster_loaded.disconnect(loop.quit)
    tab.focus_roll()
    tab.view.select_row(min(3, tab.model.rowCount() - 1))
    return session_id

