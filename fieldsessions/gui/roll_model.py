"""The roll of one session as a table model: who is on it and what is recorded for them.

Keeps the whole roster as plain `RosterEntry` records (a 2,000-person roster is a small list)
but hands rows to the view in pages through `canFetchMore`/`fetchMore`, so opening a big roster
costs one page of layout, not two thousand. Filtering by name or ID (accents and case ignored)
happens here rather than in a proxy, so the filtered view pages the same way.

Status is always shown as text *and* colour (a colour-blind facilitator reads the word).

Signals:
    counts_changed(): the number of present / late / excused / absent / pending people changed.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldsessions.core.enums import PENDING, AttendanceStatus, EnrolmentStatus
from fieldsessions.core.records import MarkChange, RosterEntry

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class DbWorkerLike(Protocol):
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = ...,
            on_error: Callable[[Exception], None] | None = ..., *,
            changes: str | None = ...) -> int: ...


def run_while_alive(
    worker: DbWorkerLike, owner: QObject, fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None, *, changes: str | None = None,
) -> int:
    """`worker.run`, but the callbacks are skipped once `owner` (a widget or dialog that may be
    closed while its job runs) has been deleted; a failure is then only logged."""

    def alive(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            if shiboken6.isValid(owner):
                if callback is not None:
                    callback(value)
            elif isinstance(value, Exception):
                log.error("background job failed after its window closed", exc_info=value)
        return call

    return worker.run(fn, on_done=alive(on_done), on_error=alive(on_error), changes=changes)

PAGE_SIZE = 200

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2  # "present" ... or "pending"
ComplianceRole = Qt.ItemDataRole.UserRole + 3  # the compliance status string, or None


@dataclass(frozen=True)
class StatusLook:
    key: str  # the key that sets it during roll call
    background: str
    foreground: str


STATUS_LOOK: dict[str, StatusLook] = {
    AttendanceStatus.PRESENT.value: StatusLook("P", "#d6f0dc", "#17602c"),
    AttendanceStatus.LATE.value: StatusLook("L", "#fbe8c0", "#7a4b00"),
    AttendanceStatus.EXCUSED.value: StatusLook("E", "#dbe6f6", "#1d4a85"),
    AttendanceStatus.ABSENT.value: StatusLook("A", "#f8d7d5", "#8f1d16"),
    PENDING: StatusLook("", "#f0f0f0", "#5c5c5c"),
}

COMPLIANCE_LOOK: dict[str, StatusLook] = {
    "compliant": StatusLook("", "#d6f0dc", "#17602c"),
    "at_risk": StatusLook("", "#fbe8c0", "#7a4b00"),
    "non_compliant": StatusLook("", "#f8d7d5", "#8f1d16"),
}


@dataclass(frozen=True)
class ComplianceMark:
    """What the compliance column shows for one participant."""

    status: str  # not_yet_assessed | compliant | at_risk | non_compliant
    rate: float | None  # percent, None when nothing is counted yet
    threshold: int = 0  # the programme's required attendance, percent
    consecutive_absences: int = 0
    absence_alert: bool = False


def status_text(status: str | None) -> str:
    """The word shown for a status (translated through the model's tr)."""
    return RollTableModel.status_words().get(status or PENDING, status or PENDING)


def search_key(text: str) -> str:
    """Case- and accent-insensitive form used to match a search ("nunez" finds "Núñez")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class RollTableModel(QAbstractTableModel):
    counts_changed = Signal()

    NAME, EXTERNAL_ID, GROUP, STATUS, WALK_IN, COMPLIANCE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[RosterEntry] = []
        self._position: dict[str, int] = {}  # participant id -> index in _entries
        self._keys: list[str] | None = None  # search keys, built on the first search
        self._view: list[int] = []  # indexes into _entries, in display order
        self._view_row: dict[str, int] = {}  # participant id -> row in _view
        self._loaded = 0  # rows handed to the view so far
        self._filter = ""
        self._compliance: dict[str, ComplianceMark] | None = None

    # --- words --------------------------------------------------------------------------

    @classmethod
    def status_words(cls) -> dict[str, str]:
        return {
            AttendanceStatus.PRESENT.value: QCoreApplication.translate("RollTableModel", "Present"),
            AttendanceStatus.LATE.value: QCoreApplication.translate("RollTableModel", "Late"),
            AttendanceStatus.EXCUSED.value: QCoreApplication.translate("RollTableModel", "Excused"),
            AttendanceStatus.ABSENT.value: QCoreApplication.translate("RollTableModel", "Absent"),
            PENDING: QCoreApplication.translate("RollTableModel", "Not marked"),
        }

    @classmethod
    def compliance_words(cls) -> dict[str, str]:
        return {
            "not_yet_assessed": QCoreApplication.translate("RollTableModel", "Not yet assessed"),
            "compliant": QCoreApplication.translate("RollTableModel", "On track"),
            "at_risk": QCoreApplication.translate("RollTableModel", "At risk"),
            "non_compliant": QCoreApplication.translate("RollTableModel", "Non-compliant"),
        }

    def _headers(self) -> list[str]:
        headers = [self.tr("Name"), self.tr("ID"), self.tr("Group"), self.tr("Status"),
                   self.tr("Walk-in")]
        if self._compliance is not None:
            headers.append(self.tr("Attendance rate"))
        return headers

    # --- loading ------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[RosterEntry]) -> None:
        """Show these entries. The same people in the same order only refresh their cells."""
        entries = list(entries)
        same = len(entries) == len(self._entries) and all(
            a.participant_id == b.participant_id for a, b in zip(entries, self._entries,
                                                                  strict=True)
        )
        changed: list[int] = []
        if same:
            changed = [i for i, (a, b) in enumerate(zip(entries, self._entries, strict=True))
                       if a != b]
            renamed = any(entries[i].name != self._entries[i].name
                          or entries[i].external_id != self._entries[i].external_id
                          for i in changed)
            same = not (renamed and self._filter)
            if renamed:
                self._keys = None
        if same:
            self._entries = entries
            for i in changed:
                self._emit_row_changed(entries[i].participant_id)
            if changed:
                self.counts_changed.emit()
            return
        self.beginResetModel()
        self._entries = entries
        self._position = {e.participant_id: i for i, e in enumerate(entries)}
        self._keys = None
        self._rebuild_view()
        self.endResetModel()
        self.counts_changed.emit()

    def set_compliance(self, marks: Mapping[str, ComplianceMark] | None) -> None:
        """Show (or, with None, hide) the compliance column."""
        had = self._compliance is not None
        if not had and marks is not None:
            self.beginInsertColumns(QModelIndex(), self.COMPLIANCE, self.COMPLIANCE)
            self._compliance = dict(marks)
            self.endInsertColumns()
            return
        if had and marks is None:
            self.beginRemoveColumns(QModelIndex(), self.COMPLIANCE, self.COMPLIANCE)
            self._compliance = None
            self.endRemoveColumns()
            return
        self._compliance = dict(marks) if marks is not None else None
        if self._loaded and self._compliance is not None:
            self.dataChanged.emit(self.index(0, self.COMPLIANCE),
                                  self.index(self._loaded - 1, self.COMPLIANCE))

    def update_compliance(self, asked: Iterable[str], marks: Mapping[str, ComplianceMark]) -> None:
        """New figures for the `asked` participants only (one missing from `marks` is no longer
        judged: no rate shown); the other rows keep theirs."""
        if self._compliance is None:
            return
        for pid in asked:
            mark = marks.get(pid)
            if mark is None:
                self._compliance.pop(pid, None)
            else:
                self._compliance[pid] = mark
            row = self._view_row.get(pid)
            if row is not None and row < self._loaded:
                index = self.index(row, self.COMPLIANCE)
                self.dataChanged.emit(index, index)

    def set_filter(self, text: str) -> None:
        wanted = search_key(" ".join(text.split()))
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._rebuild_view()
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self._filter

    def _rebuild_view(self) -> None:
        if self._filter:
            if self._keys is None:
                self._keys = [search_key(f"{e.name}\t{e.external_id or ''}")
                              for e in self._entries]
            needle = self._filter
            self._view = [i for i, key in enumerate(self._keys) if needle in key]
        else:
            self._view = list(range(len(self._entries)))
        self._view_row = {self._entries[i].participant_id: row for row, i in enumerate(self._view)}
        self._loaded = min(PAGE_SIZE, len(self._view))

    # --- lazy rows ----------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._view)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        remaining = len(self._view) - self._loaded
        if remaining <= 0:
            return
        count = min(PAGE_SIZE, remaining)
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def ensure_loaded(self, row: int) -> None:
        """Hand the view every row up to `row` (keyboard moves past the loaded pages)."""
        while row >= self._loaded and self.canFetchMore():
            self.fetchMore()

    # --- reading ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return 6 if self._compliance is not None else 5

    def total_rows(self) -> int:
        """Rows in the current (filtered) view, loaded or not."""
        return len(self._view)

    def entry(self, row: int) -> RosterEntry:
        return self._entries[self._view[row]]

    def entries(self) -> list[RosterEntry]:
        return list(self._entries)

    def entry_for(self, participant_id: str) -> RosterEntry | None:
        position = self._position.get(participant_id)
        return None if position is None else self._entries[position]

    def row_of(self, participant_id: str) -> int | None:
        """The participant's row in the current view (None when filtered out)."""
        return self._view_row.get(participant_id)

    def counts(self) -> Counter[str]:
        return Counter(e.status or PENDING for e in self._entries)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        headers = self._headers()
        if not 0 <= section < len(headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._loaded:
            return None
        entry = self.entry(index.row())
        column = index.column()
        if role == ParticipantIdRole:
            return entry.participant_id
        if role == StatusRole:
            return entry.status or PENDING
        if role == ComplianceRole:
            mark = self._compliance_of(entry)
            return mark.status if mark else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column, accessible=role != Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        look = self._look(entry, column)
        if look is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(look.background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(look.foreground))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COMPLIANCE:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        return None

    def _compliance_of(self, entry: RosterEntry) -> ComplianceMark | None:
        if self._compliance is None:
            return None
        return self._compliance.get(entry.participant_id)

    def _look(self, entry: RosterEntry, column: int) -> StatusLook | None:
        if column == self.STATUS:
            return STATUS_LOOK.get(entry.status or PENDING)
        if column == self.COMPLIANCE:
            mark = self._compliance_of(entry)
            if mark is not None and mark.status != "compliant":
                return COMPLIANCE_LOOK.get(mark.status)
            if mark is not None and mark.absence_alert:
                return COMPLIANCE_LOOK["at_risk"]
        return None

    def _text(self, entry: RosterEntry, column: int, *, accessible: bool) -> str | None:
        if column == self.NAME:
            return entry.name
        if column == self.EXTERNAL_ID:
            return entry.external_id or ""
        if column == self.GROUP:
            return entry.group_name
        if column == self.STATUS:
            status = entry.status or PENDING
            word = status_text(status)
            if entry.minutes is not None and status != PENDING:
                word = self.tr("%1 (%2 min)").replace("%1", word).replace(
                    "%2", str(entry.minutes))
            key = STATUS_LOOK[status].key if status in STATUS_LOOK else ""
            if accessible:
                return f"{entry.name}: {word}"
            return f"{key}  {word}" if key else f"–  {word}"
        if column == self.WALK_IN:
            if accessible:
                return self.tr("Walk-in") if entry.is_walk_in else self.tr("Booked")
            return self.tr("Walk-in") if entry.is_walk_in else ""
        if column == self.COMPLIANCE:
            mark = self._compliance_of(entry)
            if mark is None:
                # Rates are of booked people; a walk-in waiting for a place has none yet.
                return (self.tr("waiting for a place")
                        if entry.enrolment_status == EnrolmentStatus.WAITLISTED.value else "")
            word = self.compliance_words().get(mark.status, mark.status)
            # Rounded down, so a rate just under the requirement never reads as meeting it.
            rate = (self.tr("no sessions yet") if mark.rate is None
                    else f"{math.floor(mark.rate)} %")
            # Nothing counted yet (core.compliance NOT_YET_ASSESSED) reads "no sessions yet".
            text = (rate if mark.status in ("compliant", "not_yet_assessed")
                    else f"{rate} · {word}")
            if mark.absence_alert:
                text += " · " + self.tr("%1 missed in a row").replace(
                    "%1", str(mark.consecutive_absences))
            if accessible:
                return f"{entry.name}: {text}"
            return text
        return None

    def _tooltip(self, entry: RosterEntry, column: int) -> str | None:
        if column == self.STATUS:
            return self.tr("P present · L late · E excused · A absent · Delete clears")
        if column == self.WALK_IN and entry.is_walk_in:
            return self.tr("Added at the door (walk-in)")
        if column == self.COMPLIANCE:
            mark = self._compliance_of(entry)
            if mark is not None:
                return self.tr("%1 — the programme asks for %2 % attendance").replace(
                    "%1", self.compliance_words().get(mark.status, mark.status)).replace(
                    "%2", str(mark.threshold))
        return None

    # --- changing -----------------------------------------------------------------------

    def set_status(self, participant_id: str, status: str | None,
                   minutes: int | None = None) -> str | None:
        """Show a status for one participant; returns the one shown before."""
        position = self._position.get(participant_id)
        if position is None:
            raise KeyError(participant_id)
        old = self._entries[position]
        if old.status != status or old.minutes != minutes:
            self._entries[position] = dataclasses.replace(old, status=status, minutes=minutes)
            self._emit_row_changed(participant_id)
            self.counts_changed.emit()
        return old.status

    def apply_changes(self, changes: Iterable[MarkChange]) -> list[str]:
        """Show what the database now holds; returns the participants not on this roll."""
        unknown: list[str] = []
        touched = False
        for change in changes:
            position = self._position.get(change.participant_id)
            if position is None:
                unknown.append(change.participant_id)
                continue
            old = self._entries[position]
            if old.status != change.status or old.minutes != change.minutes:
                self._entries[position] = dataclasses.replace(
                    old, status=change.status, minutes=change.minutes)
                self._emit_row_changed(change.participant_id)
                touched = True
        if touched:
            self.counts_changed.emit()
        return unknown

    def _emit_row_changed(self, participant_id: str) -> None:
        row = self._view_row.get(participant_id)
        if row is not None and row < self._loaded:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class StatusChipDelegate(QStyledItemDelegate):
    """Paints a status as a coloured chip with its word, kept visible on the selected row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        status = index.data(StatusRole)
        look = STATUS_LOOK.get(str(status)) if status is not None else None
        if look is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        opt.backgroundBrush = QBrush()
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip = opt.rect.adjusted(4, 3, -4, -3)
        painter.setPen(QPen(QColor(look.foreground), 1) if status != PENDING else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(look.background))
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor(look.foreground))
        font = opt.font
        if status != PENDING:
            font.setBold(True)
        painter.setFont(font)
        painter.drawText(chip.adjusted(8, 0, -4, 0),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()
