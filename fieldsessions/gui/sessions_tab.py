"""The Sessions tab: programmes on the left, their sessions on the right, with filters.

Both lists are `QAbstractTableModel`s over plain records from the services, loaded on the
database worker. The sessions model hands rows to the view in pages (`canFetchMore` /
`fetchMore`), so a programme with hundreds of sessions costs one page of layout. A session's
state (scheduled, now, roll taken, roll missing, cancelled, didn't happen) is shown as a word
*and* a colour, so it reads the same for a colour-blind facilitator.

Double-click or Enter on a session opens its roll (signal `session_opened`). A session can be
cancelled (before or while it runs) or recorded as "didn't happen" (once started), each with a
reason asked in a small dialog, and reinstated. The services are
imported inside the worker jobs, so opening the window does not wait for the data layer.

Signals:
    session_opened(str): the facilitator asked to take or see the roll of this session.
    message(str): a one-line note for the status bar (e.g. "No session today").
    loaded(): the lists were (re)loaded from the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.enums import SessionStatus
from fieldsessions.core.errors import FieldSessionsError
from fieldsessions.core.lifecycle import RollState
from fieldsessions.gui.helpers import count_text, fill, format_day, while_alive
from fieldsessions.gui.keys import native_keys
from fieldsessions.gui.worker import DbWorker

if TYPE_CHECKING:
    from fieldsessions.core.records import ProgrammeInfo, Removal, SessionInfo
    from fieldsessions.core.session_reports import OwedReport
    from fieldsessions.gui.reports_owed_dialog import ReportsOwedDialog

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
IdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

# The filters of the session list, in the order of their buttons (keys of list_sessions).
FILTERS = ("all", "today", "upcoming", "roll_missing", "past", "cancelled")
FILTER_STYLE = (
    "QToolButton { padding: 3px 8px; border: 1px solid #b8b8b8; border-radius: 3px;"
    " background: #fafafa; }"
    "QToolButton:checked { background: #1d4a85; color: white; border-color: #1d4a85;"
    " font-weight: bold; }"
    "QToolButton:focus { border: 2px solid #3b7dd8; }"
)
# Changes (worker `changes=` tags) after which the lists are reloaded.
RELOAD_ON = frozenset({"programmes", "sessions", "marks", "roster", "enrolment", "import",
                       "all", "sync", "reports"})


@dataclass(frozen=True)
class StateLook:
    background: str | None
    foreground: str
    bold: bool = False


# Session states, worked out from the record and the clock (see `session_state`).
STATE_LOOK = {
    "scheduled": StateLook(None, "#3c3c3c"),
    "now": StateLook("#dbe6f6", "#1d4a85", bold=True),
    "roll_taken": StateLook(None, "#17602c"),
    "roll_missing": StateLook("#f8d7d5", "#8f1d16", bold=True),
    "roll_incomplete": StateLook("#f8d7d5", "#8f1d16", bold=True),
    "cancelled": StateLook("#ececec", "#6b6b6b"),
    "didnt_happen": StateLook("#ececec", "#6b6b6b"),
}


def session_state(s: SessionInfo, now: datetime) -> str:
    """One of the STATE_LOOK keys for a session at `now`."""
    if s.status == SessionStatus.CANCELLED.value:
        return "cancelled"
    if s.didnt_happen_reason:
        return "didnt_happen"
    ends = s.starts_at + timedelta(minutes=s.duration_min)
    if s.starts_at <= now < ends:
        return "now"
    if ends <= now:  # one rule for "Roll taken" everywhere: core.lifecycle.roll_state
        return {RollState.COMPLETE: "roll_taken", RollState.INCOMPLETE: "roll_incomplete",
                RollState.NOT_TAKEN: "roll_missing"}[s.roll]
    return "scheduled"


def _pretty_schedule(text: str) -> str:
    """'weekly on Tue, Thu' -> 'Weekly on Tue, Thu' (the service's words, starting a line)."""
    return text[:1].upper() + text[1:]


class ProgrammeTableModel(QAbstractTableModel):
    """Programmes, with an "All programmes" row first (its id is None)."""

    COLUMNS = ("name", "sessions", "booked")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgrammeInfo] = []

    def set_programmes(self, rows: Sequence[ProgrammeInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def programme_id(self, row: int) -> str | None:
        if 1 <= row <= len(self._rows):
            return self._rows[row - 1].id
        return None

    def programme(self, row: int) -> ProgrammeInfo | None:
        if 1 <= row <= len(self._rows):
            return self._rows[row - 1]
        return None

    def row_of(self, programme_id: str | None) -> int:
        if programme_id is None:
            return 0
        for i, p in enumerate(self._rows):
            if p.id == programme_id:
                return i + 1
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Programme"), self.tr("Sessions"), self.tr("Booked"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), self.COLUMNS[index.column()]
        p = self.programme(row)
        if role == IdRole:
            return p.id if p else None
        if role == Qt.ItemDataRole.FontRole and p is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("sessions", "booked"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and p is not None:
            lines = [p.name, _pretty_schedule(p.schedule),
                     fill(self.tr("Starts %1 at %2 (%3)"), format_day(p.start_date),
                          p.start_time, p.timezone)]
            if p.location:
                lines.append(p.location)
            lines.append(self.tr("Required attendance: %1%").replace(
                "%1", str(p.required_attendance)))
            return "\n".join(lines)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if p is None:
            if column == "name":
                return self.tr("All programmes")
            if column == "sessions":
                return str(sum(r.session_count for r in self._rows))
            return ""
        if column == "name":
            return p.name
        if column == "sessions":
            return str(p.session_count)
        text = (f"{p.enrolled} / {p.capacity}" if p.capacity is not None
                else str(p.enrolled))
        if p.waitlisted:
            text += " " + self.tr("(+%1 waiting)").replace("%1", str(p.waitlisted))
        return text


class SessionTableModel(QAbstractTableModel):
    """Sessions (plain `SessionInfo` records), handed to the view in pages."""

    COLUMNS = ("date", "time", "programme", "topic", "location", "roll", "state")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionInfo] = []
        self._shown = 0
        self._now = datetime.now(UTC)

    # --- loading --------------------------------------------------------------------------

    def set_sessions(self, rows: Sequence[SessionInfo], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(PAGE_SIZE, len(self._rows))
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """Re-evaluate the states (a session starts, ends) without reloading."""
        self._now = now
        if self._shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._shown - 1, len(self.COLUMNS) - 1))

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(PAGE_SIZE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # --- lookups --------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """All sessions loaded (some may not be shown yet)."""
        return len(self._rows)

    def session(self, row: int) -> SessionInfo | None:
        return self._rows[row] if 0 <= row < self._shown else None

    def row_of(self, session_id: str) -> int:
        """The row of a session, fetching pages until it is shown; -1 if not loaded."""
        for i, s in enumerate(self._rows):
            if s.id == session_id:
                while i >= self._shown:
                    self.fetchMore(QModelIndex())
                return i
        return -1

    def state(self, row: int) -> str:
        return session_state(self._rows[row], self._now)

    def state_text(self, state: str, s: SessionInfo | None = None) -> str:
        if state == "roll_incomplete" and s is not None:
            return fill(self.tr("Roll incomplete (%1 of %2)"), s.marked, s.roster_size)
        return {
            "scheduled": self.tr("Scheduled"),
            "now": self.tr("Now"),
            "roll_taken": self.tr("Roll taken"),
            "roll_missing": self.tr("Roll missing"),
            "roll_incomplete": self.tr("Roll incomplete"),
            "cancelled": self.tr("Cancelled"),
            "didnt_happen": self.tr("Didn't happen"),
        }[state]

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Date"), self.tr("Time"), self.tr("Programme"), self.tr("Topic"),
                self.tr("Location"), self.tr("Roll"), self.tr("Status"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def column_texts(self, column: str) -> set[str]:
        """The texts a column shows in the rows loaded so far (for fitting its width)."""
        index = self.COLUMNS.index(column)
        return {str(self.data(self.index(row, index)) or "") for row in range(self._shown)}

    def _roll_text(self, s: SessionInfo, state: str) -> str:
        if s.marked or state in ("roll_missing", "roll_incomplete", "now", "roll_taken"):
            return fill(self.tr("%1 of %2 marked"), s.marked, s.roster_size)
        if state == "scheduled":
            return self.tr("%1 booked").replace("%1", str(s.roster_size))
        return ""

    def _tooltip(self, s: SessionInfo, state: str) -> str:
        lines = [f"{s.programme_name} — {format_day(s.local_date)}, "
                 f"{s.local_start}–{s.local_end}"]
        if s.location:
            lines.append(s.location)
        if s.facilitator:
            lines.append(self.tr("Facilitator: %1").replace("%1", s.facilitator))
        if state == "cancelled":
            lines.append(self.tr("Cancelled: %1").replace("%1", s.cancel_reason or "—"))
        elif state == "didnt_happen":
            lines.append(self.tr("Didn't happen: %1").replace("%1", s.didnt_happen_reason or "—"))
        elif state == "roll_missing":
            lines.append(self.tr("This session has ended and no one is marked yet."))
        elif state == "roll_incomplete":
            lines.append(fill(self.tr("This session has ended and %1 of the %2 people on its "
                                      "roll have no mark yet."),
                              s.roster_size - s.marked, s.roster_size))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        s = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        state = session_state(s, self._now)
        look = STATE_LOOK[state]
        if role == IdRole:
            return s.id
        if role == StateRole:
            return state
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "date":
                return format_day(s.local_date)
            if column == "time":
                return f"{s.local_start}–{s.local_end}"
            if column == "programme":
                return s.programme_name
            if column == "topic":
                return s.topic or s.title
            if column == "location":
                return s.location
            if column == "roll":
                return self._roll_text(s, state)
            return self.state_text(state, s)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "roll":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == "state":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(look.foreground))
            if role == Qt.ItemDataRole.BackgroundRole and look.background:
                return QBrush(QColor(look.background))
            if role == Qt.ItemDataRole.FontRole and look.bold:
                font = QFont()
                font.setBold(True)
                return font
        elif role == Qt.ItemDataRole.ForegroundRole and state in ("cancelled", "didnt_happen"):
            return QBrush(QColor(look.foreground))
        return None


def _change_session(change: str, session_id: str, reason: str) -> object:
    """Worker side: cancel, record "didn't happen" or reinstate a session."""
    from fieldsessions.services import sessions

    if change == "cancel":
        return sessions.cancel_session(session_id, reason)
    if change == "didnt_happen":
        return sessions.mark_didnt_happen(session_id, reason)
    return sessions.reinstate_session(session_id)


def _marks_of(session_id: str) -> int:
    """Worker side: the attendance marks recorded on a session."""
    from fieldsessions.services import sessions

    return sessions.recorded(session_id)[0]


def _next_today(sessions: Sequence[SessionInfo], now: datetime) -> SessionInfo | None:
    """The session to take roll for now: running, else the next today, else today's last."""
    open_ = [s for s in sessions if session_state(s, now) not in ("cancelled", "didnt_happen")]
    for s in open_:
        if s.starts_at + timedelta(minutes=s.duration_min) > now:
            return s
    return open_[-1] if open_ else None


class SessionsTab(QWidget):
    session_opened = Signal(str)
    message = Signal(str)
    loaded = Signal()

    def __init__(self, worker: DbWorker, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessions")
        self._worker = worker
        self._settings = settings
        self._generation = 0
        self._dirty = True
        self._loading = False
        self._wanted_programme: str | None = None
        self._wanted_session: str | None = None
        self.reason_dialog: QInputDialog | None = None  # the last one asked (tests use it)
        self.error_box: QMessageBox | None = None

        self.programme_model = ProgrammeTableModel(self)
        self.session_model = SessionTableModel(self)

        # --- programmes (left) ---
        programmes_label = QLabel(self.tr("P&rogrammes"), self)
        title_font = programmes_label.font()
        title_font.setBold(True)
        programmes_label.setFont(title_font)
        self.programme_view = QTableView(self)
        self.programme_view.setObjectName("programmeView")
        self.programme_view.setAccessibleName(self.tr("Programmes"))
        programmes_label.setBuddy(self.programme_view)
        self._setup_view(self.programme_view, self.programme_model)
        header = self.programme_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.programme_detail = QLabel(self)
        self.programme_detail.setWordWrap(True)
        self.programme_detail.setAccessibleName(self.tr("Selected programme"))
        self.programme_detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.programme_view.selectionModel().currentRowChanged.connect(
            self._on_programme_current_changed)
        self.programme_view.activated.connect(self._on_programme_activated)

        self.new_button = QPushButton(self.tr("&New…"), self)
        self.new_button.setAccessibleName(self.tr("Create a new programme"))
        self.new_button.clicked.connect(self.new_programme)
        # No mnemonics on Edit and Remove: Alt+E opens the Edit menu, and their letters are
        # taken; Ctrl+E edits and the Delete key removes.
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the selected programme"))
        self.edit_button.setToolTip(native_keys(self.tr("Ctrl+E, or Enter on the programme")))
        self.edit_button.clicked.connect(self.edit_programme)
        self.edit_button.setEnabled(False)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected programme"))
        self.remove_button.setToolTip(native_keys(self.tr(
                "Delete key in the list. Deleted when nothing "
                "was recorded in it, else archived.")))
        self.remove_button.clicked.connect(self.remove_programme)
        self.remove_button.setEnabled(False)
        remove_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.programme_view)
        remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_shortcut.setWhatsThis(self.tr("Remove the selected programme"))
        remove_shortcut.activated.connect(self.remove_programme)
        self.remove_box: QMessageBox | None = None  # the confirmation asked (tests answer it)
        # Remove on a row of its own: three buttons side by side would widen the window's
        # minimum past a 1024-pixel screen's room for both panes.
        left_buttons = QGridLayout()
        left_buttons.addWidget(self.new_button, 0, 0)
        left_buttons.addWidget(self.edit_button, 0, 1)
        left_buttons.addWidget(self.remove_button, 1, 1)
        left_buttons.setColumnStretch(2, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(programmes_label)
        left_layout.addWidget(self.programme_view, 1)
        left_layout.addWidget(self.programme_detail)
        left_layout.addLayout(self._build_owed_row())
        left_layout.addLayout(left_buttons)

        # --- filters and sessions (right) ---
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        filter_bar = QHBoxLayout()
        show_label = QLabel(self.tr("Show:"), self)
        filter_bar.addWidget(show_label)
        labels = (self.tr("&All"), self.tr("&Today"), self.tr("&Upcoming"),
                  self.tr("Roll &missing"), self.tr("&Past"), self.tr("&Cancelled"))
        names = (self.tr("All sessions"), self.tr("Today's sessions"),
                 self.tr("Upcoming sessions"), self.tr("Sessions with the roll missing"),
                 self.tr("Past sessions"), self.tr("Cancelled sessions"))
        self.filter_buttons: dict[str, QToolButton] = {}
        for i, (key, label, name) in enumerate(zip(FILTERS, labels, names, strict=True)):
            button = QToolButton(self)
            button.setObjectName(f"filter_{key}")
            button.setText(label)
            button.setAccessibleName(name)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setStyleSheet(FILTER_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.filter_group.addButton(button, i)
            self.filter_buttons[key] = button
            filter_bar.addWidget(button)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of sessions shown"))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The count gives way first when the window is narrow (a small netbook screen).
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        filter_bar.addWidget(self.count_label, 1)
        saved_filter = str(settings.value("SessionsTab/filter", "upcoming"))
        self._filter = saved_filter if saved_filter in FILTERS else "upcoming"
        self.filter_buttons[self._filter].setChecked(True)
        self.filter_group.idClicked.connect(self._on_filter_group_clicked)

        self.session_view = QTableView(self)
        self.session_view.setObjectName("sessionView")
        self.session_view.setAccessibleName(self.tr("Sessions"))
        self._setup_view(self.session_view, self.session_model)
        sheader = self.session_view.horizontalHeader()
        sheader.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        sheader.setStretchLastSection(False)
        # The programme takes the spare width (no sideways scrolling); the other columns fit
        # their texts (_fit_session_columns, on every load and resize).
        sheader.setSectionResizeMode(SessionTableModel.COLUMNS.index("programme"),
                                     QHeaderView.ResizeMode.Stretch)
        self.session_view.setTextElideMode(Qt.TextElideMode.ElideRight)  # full name: tooltip
        self.session_view.installEventFilter(self)
        self._column_needs: dict[str, int] = {}
        self._measure_session_columns()
        self.session_view.activated.connect(self._on_session_view_activated)
        self.session_view.selectionModel().currentRowChanged.connect(
            self._on_session_current_changed)

        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(self.tr("Selected session"))
        self.detail_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.open_button = QPushButton(self.tr("&Open roll"), self)
        self.open_button.setAccessibleName(self.tr("Open the roll of the selected session"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cance&l session…"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the selected session, with a "
                                                     "reason"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.didnt_happen_button = QPushButton(self.tr("&Didn't happen…"), self)
        self.didnt_happen_button.setAccessibleName(self.tr(
            "Record that the selected session did not happen, with a reason"))
        self.didnt_happen_button.clicked.connect(self.didnt_happen_selected)
        self.reinstate_button = QPushButton(self.tr("Re&instate"), self)
        self.reinstate_button.setAccessibleName(self.tr(
            "Make the selected cancelled session count again"))
        self.reinstate_button.clicked.connect(self.reinstate_selected)
        right_buttons = QHBoxLayout()
        for action_button in (self.open_button, self.cancel_button, self.didnt_happen_button,
                              self.reinstate_button):
            action_button.setEnabled(False)
            right_buttons.addWidget(action_button)
        right_buttons.addStretch(1)
        # The same choices in the list's context menu (the Menu key or a right-click).
        self.session_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._button_actions: list[tuple[QPushButton, QAction]] = []
        for action_button in (self.open_button, self.cancel_button, self.didnt_happen_button,
                              self.reinstate_button):
            action = QAction(action_button.text(), self.session_view)
            action.triggered.connect(action_button.click)
            action.setEnabled(False)
            self.session_view.addAction(action)
            self._button_actions.append((action_button, action))

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filter_bar)
        right_layout.addWidget(self.session_view, 1)
        right_layout.addWidget(self.detail_label)
        right_layout.addLayout(right_buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("sessionsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([400, 900])
        state = settings.value("SessionsTab/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.programme_view, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.remove_button)

        worker.data_changed.connect(self._on_worker_data_changed)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        self._update_count()

    def _build_owed_row(self) -> QHBoxLayout:
        """Reports owed: how many are due or overdue, and the button that lists them."""
        self.owed_label = QLabel(self)
        self.owed_label.setObjectName("owedLabel")
        self.owed_label.setWordWrap(True)
        self.owed_label.setAccessibleName(self.tr("Reports owed"))
        self.owed_button = QPushButton(self.tr("Reports o&wed…"), self)
        self.owed_button.setObjectName("owedButton")
        self.owed_button.setAccessibleName(self.tr("List the reports owed and write them"))
        self.owed_button.clicked.connect(self.show_reports_owed)
        self.owed_dialog: ReportsOwedDialog | None = None
        self._owed: list[OwedReport] = []
        row = QHBoxLayout()
        row.addWidget(self.owed_label, 1)
        row.addWidget(self.owed_button)
        return row

    # --- public ---------------------------------------------------------------------------

    @property
    def owed(self) -> list[OwedReport]:
        """The reports owed, as last loaded."""
        return list(self._owed)

    def show_reports_owed(self) -> None:
        """List the period reports due or overdue; write and submit one."""
        from fieldsessions.gui.reports_owed_dialog import ReportsOwedDialog

        dialog = ReportsOwedDialog(self._worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.session_requested.connect(self.session_opened)
        dialog.submitted.connect(lambda _key: self.message.emit(self.tr("Report submitted.")))
        self.owed_dialog = dialog
        dialog.open()

    @property
    def filter(self) -> str:
        return self._filter

    def set_filter(self, key: str) -> None:
        """Show the sessions of this filter (reloading them, also when it is already shown)."""
        if key not in FILTERS:
            raise ValueError(f"unknown session filter {key!r}")
        self.filter_buttons[key].setChecked(True)
        self._filter = key
        self.reload()

    def current_programme_id(self) -> str | None:
        index = self.programme_view.currentIndex()
        return self.programme_model.programme_id(index.row()) if index.isValid() else None

    def select_programme(self, programme_id: str | None) -> None:
        row = self.programme_model.row_of(programme_id)
        if row < 0:
            self._wanted_programme = programme_id  # not loaded yet: select it when it is
            return
        self.programme_view.setCurrentIndex(self.programme_model.index(row, 0))

    def selected_session(self) -> SessionInfo | None:
        index = self.session_view.currentIndex()
        if not index.isValid() or not self.session_view.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        return self.session_model.session(index.row())

    def select_session(self, session_id: str) -> bool:
        """Select a loaded session; False when it is not in the current list."""
        row = self.session_model.row_of(session_id)
        if row < 0:
            return False
        index = self.session_model.index(row, 0)
        self.session_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.session_view.scrollTo(index)
        return True

    def reload(self) -> None:
        """Load programmes and the filtered sessions on the worker."""
        self._dirty = False
        self._loading = True
        self._generation += 1
        generation = self._generation
        programme_id = self.current_programme_id() or self._wanted_programme
        kind = self._filter

        def load() -> tuple[list[ProgrammeInfo], list[SessionInfo], datetime]:
            from fieldsessions.services import programmes

            now = datetime.now(UTC)
            found = programmes.list_programmes()
            wanted = programme_id if any(p.id == programme_id for p in found) else None
            return found, programmes.list_sessions(wanted, kind=kind, now=now), now

        def owed() -> list[OwedReport]:
            from fieldsessions.services import session_reports

            return session_reports.reports_owed(now=datetime.now(UTC))

        # Two jobs, queued together: the list is shown as soon as it is read, and the count of
        # reports owed (which reads every programme's sessions and rolls) follows it.
        self._run(load, on_done=lambda result: self._on_loaded(generation, result),
                         on_error=self._on_load_failed)
        self._run(owed, on_done=lambda found: self._on_owed_loaded(generation, found),
                  on_error=self._on_owed_failed)

    @property
    def loading(self) -> bool:
        """True while the list is being loaded, or is stale with a reload already scheduled."""
        return self._loading or (self._dirty and self.isVisible())

    def new_programme(self) -> None:
        from fieldsessions.gui.programme_dialog import ProgrammeDialog

        dialog = ProgrammeDialog(self._worker, self)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()

    def edit_programme(self) -> None:
        programme_id = self.current_programme_id()
        if programme_id is None:
            self.message.emit(self.tr("Choose a programme to edit."))
            return
        self.open_programme(programme_id)

    def open_programme(self, programme_id: str) -> None:
        """Load the programme's settings on the worker, then show the Edit dialog."""
        from fieldsessions.gui.programme_dialog import ProgrammeDialog

        def spec_of() -> object:
            from fieldsessions.services import programmes

            return programmes.spec_of(programme_id)

        def show(spec: object) -> None:
            dialog = ProgrammeDialog(self._worker, self, programme_id=programme_id,
                                     spec=spec)  # type: ignore[arg-type]
            dialog.saved.connect(self._on_dialog_saved)
            dialog.open()

        self._run(spec_of, on_done=show,
                         on_error=self._on_action_failed)

    def remove_programme(self) -> None:
        """Ask, then remove the selected programme (deleted, or archived when something was
        recorded in it); what will happen is read on the worker first."""
        programme_id = self.current_programme_id()
        if programme_id is None:
            self.message.emit(self.tr("Choose a programme to remove."))
            return

        def ask() -> object:
            from fieldsessions.services import programmes

            return programmes.programme_removal(programme_id)

        self._run(ask, on_done=lambda removal: self._confirm_removal(programme_id, removal),
                  on_error=self._on_action_failed)

    def _confirm_removal(self, programme_id: str, removal: Removal) -> None:
        if removal.deletable:
            text = fill(self.tr("Delete the programme “%1” with its %2 and %3? Nothing was "
                                "recorded in it. It is also deleted from the server at the "
                                "next sync; this cannot be undone."), removal.name,
                        count_text(removal.sessions, self.tr("1 session"),
                                   self.tr("%1 sessions")),
                        count_text(removal.enrolments, self.tr("1 booking"),
                                   self.tr("%1 bookings")))
            label = self.tr("&Delete programme")
        else:
            text = fill(self.tr("“%1” has %2 (marks, ticks or reports), so it cannot be "
                                "deleted. Archive it? It leaves the lists; every record is "
                                "kept for the reports."), removal.name,
                        count_text(removal.records, self.tr("1 record"),
                                   self.tr("%1 records")))
            label = self.tr("&Archive programme")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove programme"), text,
                          QMessageBox.StandardButton.NoButton, self)
        confirm = box.addButton(label, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter on a destructive question keeps the programme
        self.remove_box = box

        def answered() -> None:
            self.remove_box = None
            if box.clickedButton() is not confirm:
                return

            def remove() -> object:
                from fieldsessions.services import programmes

                return programmes.remove_programme(programme_id)

            def done(result: Removal) -> None:
                self.message.emit(
                    fill(self.tr("“%1” was deleted."), result.name) if result.deletable
                    else fill(self.tr("“%1” was archived; its records are kept."),
                              result.name))

            self._run(remove, on_done=done, on_error=self._on_action_failed,
                      changes="programmes")

        box.finished.connect(answered)
        box.open()

    def pick_session_for_roll(self, callback: Callable[[str | None], None]) -> None:
        """The session to take roll for: the selected one, else today's next one (or None)."""
        selected = self.selected_session()
        if selected is not None:
            callback(selected.id)
            return

        def load() -> tuple[list[SessionInfo], datetime]:
            from fieldsessions.services import programmes

            now = datetime.now(UTC)
            return programmes.list_sessions(kind="today", now=now), now

        def done(result: tuple[list[SessionInfo], datetime]) -> None:
            found = _next_today(*result)
            if found is None:
                self.message.emit(native_keys(self.tr(
                        "No session today. Choose one in the Sessions tab "
                        "and press Enter.")))
            callback(found.id if found else None)

        self._run(load, on_done=done, on_error=self._on_action_failed)

    def cancel_selected(self) -> None:
        """Ask why, then cancel the selected session (it stops counting anywhere)."""
        self._change_selected(
            self.tr("Cancel session"), self.tr("Why is this session cancelled?"),
            self.tr("Cancel the session"), "cancel")

    def didnt_happen_selected(self) -> None:
        """Ask why, then record that the selected (started) session did not happen."""
        self._change_selected(
            self.tr("Session did not happen"), self.tr("Why did this session not happen?"),
            self.tr("Record it"), "didnt_happen")

    def reinstate_selected(self) -> None:
        s = self.selected_session()
        if s is not None:
            self._run(lambda: _change_session("reinstate", s.id, ""),
                      on_done=lambda _info: self.message.emit(fill(
                          self.tr("%1 counts again."), format_day(s.local_date))),
                      on_error=self._on_action_failed, changes="sessions")

    def _change_selected(self, title: str, question: str, ok_text: str, change: str) -> None:
        s = self.selected_session()
        if s is None:
            return
        self.reason_dialog = None
        # The marks are counted now, on the worker: the list's row may be a refresh behind
        # (a mark made a moment ago on the roll).
        self._run(lambda: _marks_of(s.id),
                  on_done=lambda marks: self._ask_reason(s, marks, title, question, ok_text,
                                                         change),
                  on_error=self._on_action_failed)

    def _ask_reason(self, s: SessionInfo, marks: int, title: str, question: str,
                    ok_text: str, change: str) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        label = fill("%1\n%2", f"{s.programme_name}, {format_day(s.local_date)} "
                     f"{s.local_start}–{s.local_end}", question)
        if marks:
            # The same warning as `fieldsessions session cancel|didnt-happen` (which wants
            # --yes): the marks stay, but no figure counts them while it is not held.
            label += "\n\n" + count_text(
                marks,
                self.tr("Its 1 attendance mark is kept but stops counting; Reinstate makes it "
                        "count again."),
                self.tr("Its %1 attendance marks are kept but stop counting; Reinstate makes "
                        "them count again."))
        dialog.setLabelText(label)
        dialog.setOkButtonText(ok_text)
        dialog.setAccessibleName(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(reason: str) -> None:
            self._run(lambda: _change_session(change, s.id, reason),
                      on_done=lambda _info: self.message.emit(fill(
                          self.tr("%1: %2"), format_day(s.local_date), reason.strip())),
                      on_error=self._on_action_failed, changes="sessions")

        dialog.textValueSelected.connect(chosen)
        self.reason_dialog = dialog
        dialog.open()

    def save_state(self) -> None:
        self._settings.setValue("SessionsTab/filter", self._filter)
        self._settings.setValue("SessionsTab/splitter", self.splitter.saveState())

    # --- internals ------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, *,
             changes: str | None = None) -> None:
        """Queue `fn` on the database worker; its result is dropped if this is deleted."""
        self._worker.run(fn, while_alive(self, on_done) if on_done else None,
                         while_alive(self, on_error) if on_error else None, changes=changes)

    @staticmethod
    def _setup_view(view: QTableView, model: QAbstractTableModel) -> None:
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.horizontalHeader().setHighlightSections(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.session_view and event.type() == QEvent.Type.Resize:
            self._fit_session_columns()
        return super().eventFilter(watched, event)

    def _measure_session_columns(self) -> None:
        """How wide each fitted column's texts are, in the rows loaded (once per load; a
        resize only shares out the room again)."""
        view, model = self.session_view, self.session_model
        plain = view.fontMetrics()
        bold_font = QFont(view.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        samples = {"date": {format_day(datetime(2026, 9, 30).date())}, "time": {"00:00–00:00"},
                   "roll": {"60 booked"}, "state": {model.state_text("scheduled")},
                   "topic": set(), "location": set()}
        for name, texts in samples.items():
            metrics = bold if name == "state" else plain
            widest = max((metrics.horizontalAdvance(t) for t in texts | model.column_texts(name)),
                         default=0)
            self._column_needs[name] = widest + 16
        self._fit_session_columns()

    def _fit_session_columns(self) -> None:
        """Date, time, roll and status fit their texts (the status in bold); the place and
        the topic get what they need, up to a third of the room left; the programme takes
        the rest, elided at the right with its full name in the row's tooltip. At 1024×600
        the programme used to share the room equally with the place and lose to a status
        column sized for "Roll incomplete (388 of 410)"."""
        view, columns, needs = self.session_view, SessionTableModel.COLUMNS, self._column_needs
        room = view.viewport().width()
        for name in ("date", "time", "roll", "state"):
            view.setColumnWidth(columns.index(name), needs[name])
            room -= needs[name]
        for name in ("topic", "location"):
            column = columns.index(name)
            if not view.isColumnHidden(column):
                width = max(80, min(needs[name], room // 3))
                view.setColumnWidth(column, width)
                room -= width

    def _on_owed_loaded(self, generation: int, owed: list[OwedReport]) -> None:
        if generation == self._generation:  # else a newer load is on its way
            self._show_owed(owed)

    def _on_loaded(self, generation: int,
                   result: tuple[list[ProgrammeInfo], list[SessionInfo], datetime]) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self._loading = False
        found, sessions, now = result
        wanted = self.current_programme_id() or self._wanted_programme
        selected = self.selected_session()
        wanted_session = self._wanted_session or (selected.id if selected else None)
        self._wanted_programme = None
        self._wanted_session = None
        blocker = self.programme_view.selectionModel().blockSignals(True)
        self.programme_model.set_programmes(found)
        row = max(0, self.programme_model.row_of(wanted))
        self.programme_view.setCurrentIndex(self.programme_model.index(row, 0))
        self.programme_view.selectionModel().blockSignals(blocker)
        self.edit_button.setEnabled(self.programme_model.programme_id(row) is not None)
        self.remove_button.setEnabled(self.edit_button.isEnabled())
        self._show_programme_detail(row)
        # Topics are per session and often unused: no empty column for them.
        self.session_view.setColumnHidden(
            SessionTableModel.COLUMNS.index("topic"), not any(s.topic or s.title for s in sessions))
        if self._filter in ("past", "roll_missing"):
            sessions = sessions[::-1]  # the most recent first
        self.session_model.set_sessions(sessions, now)
        self._measure_session_columns()
        if wanted_session is None or not self.select_session(wanted_session):
            self._on_session_current_changed(QModelIndex(), QModelIndex())
            if self._filter == "all":
                self._scroll_to_now(sessions, now)
        self._update_count()
        self.loaded.emit()

    def _show_owed(self, owed: list[OwedReport]) -> None:
        self._owed = owed
        overdue = sum(o.overdue for o in owed)
        if not owed:
            self.owed_label.setText(self.tr("No reports owed."))
            self.owed_label.setStyleSheet("")
        else:
            self.owed_label.setText(fill(self.tr("Reports owed: %1 overdue, %2 due."),
                                         overdue, len(owed) - overdue))
            self.owed_label.setStyleSheet("color: #8f1d16; font-weight: bold;" if overdue
                                          else "font-weight: bold;")

    def _scroll_to_now(self, sessions: Sequence[SessionInfo], now: datetime) -> None:
        """In the full list, start at the first session that has not ended yet."""
        for row, s in enumerate(sessions):
            if s.starts_at + timedelta(minutes=s.duration_min) > now:
                self.session_model.row_of(s.id)  # fetch the pages up to it
                self.session_view.scrollTo(self.session_model.index(row, 0),
                                           QAbstractItemView.ScrollHint.PositionAtTop)
                return

    def _on_load_failed(self, exc: Exception) -> None:
        self._loading = False
        log.error("loading the sessions failed", exc_info=exc)
        self.message.emit(self.tr("The sessions could not be loaded: %1").replace(
            "%1", str(exc)))

    def _on_owed_failed(self, exc: Exception) -> None:
        log.error("counting the reports owed failed", exc_info=exc)
        self.message.emit(fill(self.tr("The reports owed could not be counted: %1"), exc))

    def _on_action_failed(self, exc: Exception) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("fieldsessions"))
        if isinstance(exc, FieldSessionsError):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(str(exc))
        else:
            log.error("a sessions action failed", exc_info=exc)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText(fill(self.tr("Something went wrong (%1); details are in the log file."),
                             type(exc).__name__))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box
        box.open()

    def empty_text(self) -> str:
        """What to do next when the list shows no session (by filter)."""
        if self.programme_model.rowCount() <= 1:
            return native_keys(self.tr(
                    "No programme yet. Press New… (Alt+N, or Ctrl+N anywhere) to create "
                    "one; its sessions are listed here."))
        return {
            "all": native_keys(self.tr(
                    "No sessions in this programme. Edit it (Ctrl+E) to set its dates.")),
            "today": self.tr("No session today. Show Upcoming (Alt+U) to see what comes next."),
            "upcoming": native_keys(self.tr(
                    "No session to come. Edit the programme (Ctrl+E) to add dates, "
                    "or show All (Alt+A).")),
            "roll_missing": self.tr("No roll is missing: every session that has ended has its "
                                    "roll taken."),
            "past": self.tr("No session has ended yet. Show Upcoming (Alt+U)."),
            "cancelled": self.tr("No session is cancelled."),
        }[self._filter]

    def _update_count(self) -> None:
        total = self.session_model.total
        if total == 1:
            text = self.tr("1 session")
        else:
            text = self.tr("%1 sessions").replace("%1", str(total))
        self.count_label.setText(text)

    @Slot(object)
    def _on_dialog_saved(self, result: object) -> None:
        programme_id = getattr(result, "id", None)
        if isinstance(programme_id, str):
            self._wanted_programme = programme_id  # show the new programme's sessions
            selection = self.programme_view.selectionModel()
            blocked = selection.blockSignals(True)
            selection.clearCurrentIndex()
            selection.blockSignals(blocked)
        self.reload()

    @Slot(str)
    def _on_worker_data_changed(self, changes: str) -> None:
        if changes not in RELOAD_ON:
            return
        self._dirty = True
        if self.isVisible():
            QTimer.singleShot(0, self._reload_if_dirty)  # many marks in a row: one reload

    def _reload_if_dirty(self) -> None:
        if self._dirty:
            self.reload()

    @Slot()
    def _on_clock_timeout(self) -> None:
        self.session_model.set_now(datetime.now(UTC))

    @Slot(int)
    def _on_filter_group_clicked(self, button_id: int) -> None:
        self.set_filter(FILTERS[button_id])  # clicking the current filter refreshes it

    def _show_programme_detail(self, row: int) -> None:
        p = self.programme_model.programme(row)
        if p is None:
            count = self.programme_model.rowCount() - 1
            self.programme_detail.setText(
                self.tr("1 programme") if count == 1
                else fill(self.tr("%1 programmes"), count))
            return
        when = fill(self.tr("%1 at %2 for %3 min (%4)"), _pretty_schedule(p.schedule),
                    p.start_time, p.duration_min, p.timezone)
        span = (fill(self.tr("from %1 to %2"), format_day(p.start_date), format_day(p.end_date))
                if p.end_date and p.end_date != p.start_date
                else fill(self.tr("from %1"), format_day(p.start_date)))
        rules = [fill(self.tr("%1% attendance required"), p.required_attendance)]
        if p.capacity is not None:
            rules.insert(0, count_text(p.capacity, self.tr("1 place"), self.tr("%1 places")))
        lines = [f"<b>{_escape(p.name)}</b>", _escape(f"{when}, {span}")]
        if p.location:
            lines.append(_escape(p.location))
        lines.append(_escape(" · ".join(rules)))
        self.programme_detail.setText("<br>".join(lines))

    @Slot(QModelIndex, QModelIndex)
    def _on_programme_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.edit_button.setEnabled(
            current.isValid() and self.programme_model.programme_id(current.row()) is not None)
        self.remove_button.setEnabled(self.edit_button.isEnabled())
        self._show_programme_detail(current.row() if current.isValid() else 0)
        self.reload()

    @Slot(QModelIndex)
    def _on_programme_activated(self, index: QModelIndex) -> None:
        programme_id = self.programme_model.programme_id(index.row())
        if programme_id is not None:
            self.open_programme(programme_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_session_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        s = self.session_model.session(current.row()) if current.isValid() else None
        state = self.session_model.state(current.row()) if s is not None else ""
        self.open_button.setEnabled(s is not None)
        self.cancel_button.setEnabled(state in ("scheduled", "now", "roll_missing"))
        self.didnt_happen_button.setEnabled(
            state in ("now", "roll_missing", "roll_incomplete", "roll_taken"))
        self.reinstate_button.setEnabled(state in ("cancelled", "didnt_happen"))
        for action_button, action in self._button_actions:
            action.setEnabled(action_button.isEnabled())
        if s is None:
            self.detail_label.setText(self.empty_text() if self.session_model.total == 0
                                      else native_keys(self.tr(
                                              "Choose a session, then press Enter to "
                                              "open its roll.")))
            return
        parts = [f"<b>{_escape(s.programme_name)}</b>",
                 _escape(f"{format_day(s.local_date)}, {s.local_start}–{s.local_end}")]
        if s.location:
            parts.append(_escape(s.location))
        parts.append(_escape(self.session_model.state_text(state, s)))
        if state == "cancelled" and s.cancel_reason:
            parts[-1] += ": " + _escape(s.cancel_reason)
        if state == "didnt_happen" and s.didnt_happen_reason:
            parts[-1] += ": " + _escape(s.didnt_happen_reason)
        self.detail_label.setText(" · ".join(parts))

    @Slot(QModelIndex)
    def _on_session_view_activated(self, index: QModelIndex) -> None:
        s = self.session_model.session(index.row())
        if s is not None:
            self.session_opened.emit(s.id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        s = self.selected_session()
        if s is not None:
            self.session_opened.emit(s.id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
